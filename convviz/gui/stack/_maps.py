"""Colour maps and levels shared by the stack views (256-entry uint8 lookup tables)."""

from __future__ import annotations

import numpy as np


def gray_lut() -> np.ndarray:
    v = np.arange(256, dtype=np.uint8)
    return np.stack([v, v, v], axis=1)


def diverging_lut() -> np.ndarray:
    """Blue (negative) - white (zero) - red (positive), for signed maps with symmetric levels."""
    t = np.linspace(-1.0, 1.0, 256)
    neg, pos = 1 + t[:128], 1 - t[128:]  # 0 at the extremes, 1 at zero
    rgb = np.empty((256, 3))
    rgb[:128] = np.stack([0.15 + 0.85 * neg, 0.3 + 0.7 * neg, np.ones(128)], axis=1)
    rgb[128:] = np.stack([np.ones(128), 0.3 + 0.7 * pos, 0.15 + 0.85 * pos], axis=1)
    return (np.clip(rgb, 0, 1) * 255).astype(np.uint8)


def map_style(values: np.ndarray) -> tuple[np.ndarray, tuple[float, float]]:
    """LUT and levels for a layer's maps: gray from 0 when nothing is negative (after ReLU,
    sigmoid, pooling of those), else diverging with levels symmetric about zero."""
    lo, hi = float(np.min(values)), float(np.max(values))
    if lo >= 0:
        return gray_lut(), (0.0, hi if hi > 0 else 1.0)
    m = max(abs(lo), abs(hi))
    return diverging_lut(), (-m, m)


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
