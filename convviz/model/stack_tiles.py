"""What the stack's tile grid draws, made from a layer's maps off the GUI thread: at most
MAX_TILES channels, each a thumbnail of at most TILE_PX cells a side (the view stretches it
over the map's full size, so hovering still names exact cells), and the finite range of the
whole output, from which the view takes its colour levels."""

from __future__ import annotations

import numpy as np

MAX_TILES = 16  # channels drawn per layer; the row's label says how many more there are
TILE_PX = 128  # a tile's thumbnail side: a row is 92 px high, a 2048² map drawn whole would cost 16 MB


def as_tile(a: np.ndarray) -> np.ndarray:
    """C-contiguous float32, what ImageItem draws fastest."""
    return np.ascontiguousarray(a, dtype=np.float32)


def thumbnail(a: np.ndarray) -> np.ndarray:
    """Every f-th cell of a 2-D map, so neither side exceeds TILE_PX (as float32, what ImageItem draws)."""
    step = max(1, -(-max(a.shape) // TILE_PX))
    return as_tile(a[::step, ::step])


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


def layer_tiles(a: np.ndarray) -> list[np.ndarray]:
    """The tiles drawn for one layer's output (C, H, W) or (features,)."""
    if a.ndim == 1:
        return [vector_tile(a, max_rows=TILE_PX)]
    return [thumbnail(m) for m in a[:MAX_TILES]]


def finite_range(a: np.ndarray) -> np.ndarray:
    """[min, max] of the finite values (float64), or [nan] if there are none: the colour levels
    of the whole output come from these exactly as from the output itself."""
    if a.size:
        lo, hi = a.min(), a.max()
        if np.isfinite(lo) and np.isfinite(hi):  # the usual case, without copying the finite values out
            return np.array([lo, hi], dtype=np.float64)
    finite = a[np.isfinite(a)]
    return np.array([finite.min(), finite.max()], dtype=np.float64) if finite.size else np.array([np.nan])


def input_tile(x: np.ndarray) -> np.ndarray:
    """The input (C, H, W) as the view draws it whole: gray (H, W) or RGB (H, W, 3)."""
    return as_tile(x[0] if x.shape[0] == 1 else x.transpose(1, 2, 0))
