"""A stack of layers: its model, layer specs, budgets and forward pass."""
