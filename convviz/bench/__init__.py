"""Benchmarks: ``python -m convviz.bench [engine|live] [options]``.

``engine`` (the default) times the convolution engine against scipy, OpenCV and torch, each
library in its own process. See ``engine_bench`` for the cases and targets.
"""
