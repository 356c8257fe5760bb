"""Which input cells feed an output cell — directly, or through pooling.

A conv window is a product of a row set and a column set, so the union of the windows of a
rectangle of output cells is again (union of rows) × (union of cols). That keeps even a global
pool's footprint exact and cheap: two 1-D index arrays, not a set of every cell.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .compute import Result
from .state import Cell, Stage
from .settings import Pooling


@dataclass(frozen=True)
class Footprint:
    rows: np.ndarray  # sorted input rows tapped (may be < 0 or >= H: padding)
    cols: np.ndarray
    in_hw: tuple[int, int]
    conv_rows: range  # the conv-output cells involved (one for a conv cell)
    conv_cols: range

    @property
    def span(self) -> tuple[tuple[int, int], tuple[int, int]]:
        return (int(self.rows[0]), int(self.rows[-1])), (int(self.cols[0]), int(self.cols[-1]))

    def taps(self) -> set[tuple[int, int]]:
        return {(int(r), int(c)) for r in self.rows for c in self.cols}

    def image_taps(self) -> set[tuple[int, int]]:
        h, w = self.in_hw
        return {(r, c) for r, c in self.taps() if 0 <= r < h and 0 <= c < w}

    def padding_taps(self) -> set[tuple[int, int]]:
        return self.taps() - self.image_taps()

    def holes(self) -> set[tuple[int, int]]:
        (r0, r1), (c0, c1) = self.span
        box = {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        return box - self.taps()

    def masks(self, origin: tuple[int, int], shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
        """(taps, holes) boolean masks on a grid whose cell [0, 0] is input cell `origin`."""
        rr = np.zeros(shape[0], bool)
        cc = np.zeros(shape[1], bool)
        rr[self.rows - origin[0]] = True
        cc[self.cols - origin[1]] = True
        taps = rr[:, None] & cc[None, :]
        (r0, r1), (c0, c1) = self.span
        box = np.zeros(shape, bool)
        box[r0 - origin[0]:r1 - origin[0] + 1, c0 - origin[1]:c1 - origin[1] + 1] = True
        return taps, box & ~taps


def conv_region(cell: Cell, result: Result) -> tuple[range, range]:
    """The conv-output cells behind `cell` (itself for a conv cell, its pool window otherwise)."""
    assert result.conv is not None
    ho, wo = result.conv.shape[1:]
    if cell.stage is Stage.CONV:
        return range(cell.y, cell.y + 1), range(cell.x, cell.x + 1)
    p = result.snapshot.params
    if p.pooling.is_global or p.pooling is Pooling.NONE:
        return range(ho), range(wo)
    y0, x0 = cell.y * p.pool_stride, cell.x * p.pool_stride
    return range(y0, min(y0 + p.pool_size, ho)), range(x0, min(x0 + p.pool_size, wo))


def _window(result: Result, yx: tuple[int, int]):
    from convviz import engine

    p = result.snapshot.params
    return engine.window_cells(yx, result.x.shape[1:], result.snapshot.kernel_hw, p.stride,
                               result.pads, p.dilation)


def footprint(cell: Cell, result: Result) -> Footprint:
    ys, xs = conv_region(cell, result)
    # Rows depend only on y and columns only on x: one window per row and per column suffices.
    rows = np.unique(np.concatenate([_window(result, (y, xs[0])).rows for y in ys]))
    cols = np.unique(np.concatenate([_window(result, (ys[0], x)).cols for x in xs]))
    return Footprint(rows.astype(int), cols.astype(int), tuple(result.x.shape[1:]), ys, xs)


def weight_footprint(cell: Cell, kernel_rc: tuple[int, int], result: Result) -> Footprint:
    """The input cells that the single weight `kernel_rc` touches for `cell`."""
    i, j = kernel_rc
    if result.snapshot.params.flip:  # true convolution applies weight (i, j) at the opposite tap
        kh, kw = result.snapshot.kernel_hw
        i, j = kh - 1 - i, kw - 1 - j
    ys, xs = conv_region(cell, result)
    rows = np.unique([_window(result, (y, xs[0])).rows[i] for y in ys])
    cols = np.unique([_window(result, (ys[0], x)).cols[j] for x in xs])
    return Footprint(rows.astype(int), cols.astype(int), tuple(result.x.shape[1:]), ys, xs)


def clamp(cell: Cell | None, result: Result) -> Cell | None:
    """Keep a pin meaningful after the maps change size (None if its map is gone)."""
    if cell is None or not result.ok:
        return cell
    maps = result.conv if cell.stage is Stage.CONV else result.pooled
    if maps is None or cell.filter >= maps.shape[0]:
        return None
    return cell.moved(0, 0, maps.shape[1:])
