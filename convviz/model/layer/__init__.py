"""The explorer's one layer: run it, check it, measure it, explain it, draw it."""
