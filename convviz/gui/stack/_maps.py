"""Lookup tables, levels and tiles shared by the stack views.

The colours are the app's one colour system (``convviz.gui.colormaps``): a layer's maps are
drawn in the colour map the user chose (View → Colour map), with the same levels as the explorer.
"""

from __future__ import annotations

import numpy as np

from convviz.gui import colormaps


def map_style(values: np.ndarray, name: str = colormaps.DEFAULT) -> tuple[np.ndarray, tuple[float, float]]:
    """LUT and levels for a layer's maps in colour map ``name``: symmetric about zero for a
    diverging map (so zero is its neutral centre, also after ReLU), the data's range for a
    sequential one; exactly what the explorer's feature maps use."""
    return colormaps.lut(name), colormaps.levels_for(values, name)


def as_tile(a: np.ndarray) -> np.ndarray:
    """C-contiguous float32, what ImageItem draws fastest."""
    return np.ascontiguousarray(a, dtype=np.float32)


def vector_shape(n: int, width: int = 32) -> tuple[int, int]:
    """(rows, width) a vector of n features is folded into."""
    w = min(width, n)
    return -(-n // w), w


def vector_tile(v: np.ndarray, width: int = 32, max_rows: int | None = None) -> np.ndarray:
    """A 1-D feature vector folded into rows of ``width`` so it reads as a small image; with
    ``max_rows``, only every f-th row is taken (a thumbnail of a long vector, without copying it)."""
    v = v.ravel()
    rows, w = vector_shape(v.size, width)
    step = 1 if max_rows is None else max(1, -(-rows // max_rows))
    index = np.arange(0, rows, step)[:, None] * w + np.arange(w)[None, :]
    out = np.full(index.shape, np.nan, dtype=np.float32)
    inside = index < v.size
    out[inside] = v[index[inside]]
    return out
