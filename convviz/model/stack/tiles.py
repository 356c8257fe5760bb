"""What the stack's tile grid draws, made from a layer's maps off the GUI thread: at most
MAX_TILES channels side by side, a gap between them, as one picture per layer (a row), and the
finite range of the whole output, from which the view takes its colour levels.

One picture per row, not one per channel: drawing costs per picture (a 100-tile stack took tens
of milliseconds a repaint), and a row's picture is at most TILE_PX pixels high and ROW_PX wide,
about what it covers on screen. The view stretches it over the row's cells, so hovering still
names exact cells; when the maps are larger it shows every f-th cell."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_TILES = 16  # channels drawn per layer; the row's label says how many more there are
TILE_PX = 128  # a row's picture height: a row is 92 px high, a 2048² map drawn whole would cost 16 MB
ROW_PX = 1024  # and its width: a row is about 900 px wide on a laptop
BAR_MAX = 256  # bars a vector's row draws at most (2–4 px each on a laptop)


def gap(width: int) -> int:
    """Cells between two tiles of maps ``width`` cells wide."""
    return max(1, width // 6)


def as_tile(a: np.ndarray) -> np.ndarray:
    """C-contiguous float32, what ImageItem draws fastest."""
    return np.ascontiguousarray(a, dtype=np.float32)


def vector_bars(v: np.ndarray, max_bars: int = BAR_MAX) -> tuple[np.ndarray, int]:
    """A feature vector as the bars its row draws, and how many units each bar stands for: one
    bar per unit up to ``max_bars``, else each bar is a run of units shown by its value of
    largest magnitude (so a spike stays visible)."""
    v = np.asarray(v, dtype=np.float32).ravel()
    per = max(1, -(-v.size // max_bars))
    if per == 1:
        return as_tile(v), 1
    bars = -(-v.size // per)
    padded = np.zeros(bars * per, dtype=np.float32)
    padded[: v.size] = np.nan_to_num(v, nan=0.0)
    runs = padded.reshape(bars, per)
    pick = np.abs(runs).argmax(axis=1)
    return as_tile(runs[np.arange(bars), pick]), per


@dataclass(frozen=True)
class RowPicture:
    """A layer's row: ``shown`` tiles of ``hw`` cells, ``gap(hw[1])`` cells apart, drawn from
    ``picture`` stretched over ``width`` × hw[0] cells. A vector's row (``vector``) is a bar
    chart instead: ``picture`` holds one value per bar, each bar ``per_bar`` units, and
    ``hw`` is (1, units)."""

    picture: np.ndarray  # float32 (rows, cols), NaN (transparent) between the tiles; a vector's: (bars,)
    hw: tuple[int, int]
    shown: int
    vector: bool = False
    per_bar: int = 1  # units one bar stands for (a vector's row)

    @property
    def width(self) -> int:
        return self.hw[1] if self.vector else self.shown * (self.hw[1] + gap(self.hw[1])) - gap(self.hw[1])


def row_picture(a: np.ndarray) -> RowPicture:
    """The row drawn for one layer's output (C, H, W) or (features,)."""
    if a.ndim == 1:
        bars, per = vector_bars(a)
        return RowPicture(bars, (1, int(a.size)), 1, vector=True, per_bar=per)
    c, h, w = a.shape
    shown = min(c, MAX_TILES)
    pitch = w + gap(w)
    total = shown * pitch - gap(w)
    step = max(1, -(-h // TILE_PX), -(-total // ROW_PX))  # every step-th cell
    rows, cols = -(-h // step), -(-w // step)
    starts = [round(k * pitch / step) for k in range(shown)]
    out = np.full((rows, max(-(-total // step), starts[-1] + cols)), np.nan, dtype=np.float32)
    for k, x0 in enumerate(starts):
        out[:, x0 : x0 + cols] = a[k, ::step, ::step]
    return RowPicture(out, (h, w), shown)


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
