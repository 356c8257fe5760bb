"""Which input cells feed an output cell — directly, or through pooling — and what a hover shows.

Everything is read from the result's geometry (``engine.LayerGeometry``), never re-derived. A
conv window is a row set times a column set, so the union of the windows of a block of conv
cells is again (union of rows) × (union of cols): even a global pool's footprint is two 1-D
arrays, and the overlay is drawn on the footprint's bounding box only, not the whole input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from convviz.model.layer.compute import Result
from convviz.model.state import Cell, Stage

if TYPE_CHECKING:
    from convviz.engine.geometry import LayerGeometry

# What the input view highlights, per cell. Padding taps and holes look different on purpose.
NONE, TAP, PAD_TAP, HOLE, WEIGHT = range(5)


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


@dataclass(frozen=True)
class Overlay:
    """A category (NONE, TAP, …) for each input cell of a box; the view colours and places it."""

    origin: tuple[int, int]  # input cell (row, col) of categories[0, 0]; padding cells are < 0
    categories: np.ndarray  # uint8 (h, w)

    def cells(self, category: int) -> set[tuple[int, int]]:
        """Input coordinates (row, col) drawn in ``category``."""
        rows, cols = np.nonzero(self.categories == category)
        return {(int(r) + self.origin[0], int(c) + self.origin[1]) for r, c in zip(rows, cols, strict=True)}


def _geometry(result: Result) -> LayerGeometry:
    """The geometry of a result that ran: the only kind of result the functions here are given."""
    assert result.geometry is not None, "the layer did not run on this result"
    return result.geometry


def conv_region(cell: Cell, result: Result) -> tuple[range, range]:
    """The conv-output cells behind `cell` (itself for a conv cell, its pool block otherwise)."""
    if cell.stage is Stage.CONV:
        return range(cell.y, cell.y + 1), range(cell.x, cell.x + 1)
    return _geometry(result).conv_block(cell.y, cell.x)


def footprint(cell: Cell, result: Result) -> Footprint:
    geometry = _geometry(result)
    ys, xs = conv_region(cell, result)
    rows, cols = geometry.input_cells(ys, xs)
    return Footprint(rows, cols, geometry.conv.in_hw, ys, xs)


def weight_footprint(cell: Cell, kernel_rc: tuple[int, int], result: Result) -> Footprint:
    """The input cells that the single weight `kernel_rc` touches for `cell`."""
    conv = _geometry(result).conv
    i, j = kernel_rc
    if result.snapshot.params.flip:  # true convolution applies weight (i, j) at the opposite tap
        i, j = conv.kernel_hw[0] - 1 - i, conv.kernel_hw[1] - 1 - j
    ys, xs = conv_region(cell, result)
    # Distinct and sorted: one tap of consecutive outputs moves by the stride.
    rows, cols = conv.rows.tap(np.asarray(ys), i), conv.cols.tap(np.asarray(xs), j)
    return Footprint(rows, cols, conv.in_hw, ys, xs)


def overlay(fp: Footprint | None, weight: Footprint | None = None) -> Overlay | None:
    """Categories on the bounding box of both footprints: taps on the image, taps on padding,
    holes (span cells dilation skips), and the cells one hovered weight touches."""
    shown = [f for f in (fp, weight) if f is not None]
    if not shown:
        return None
    r0, c0 = min(f.span[0][0] for f in shown), min(f.span[1][0] for f in shown)
    r1, c1 = max(f.span[0][1] for f in shown), max(f.span[1][1] for f in shown)
    cats = np.zeros((r1 - r0 + 1, c1 - c0 + 1), np.uint8)
    if fp is not None:
        taps = _product(fp, (r0, c0), cats.shape)
        (fr0, fr1), (fc0, fc1) = fp.span
        cats[fr0 - r0 : fr1 - r0 + 1, fc0 - c0 : fc1 - c0 + 1] = HOLE  # the span; taps drawn over it
        cats[taps] = TAP
        h, w = fp.in_hw
        rows, cols = np.arange(r0, r1 + 1), np.arange(c0, c1 + 1)
        on_image = ((rows >= 0) & (rows < h))[:, None] & ((cols >= 0) & (cols < w))[None, :]
        cats[taps & ~on_image] = PAD_TAP
    if weight is not None:
        cats[_product(weight, (r0, c0), cats.shape)] = WEIGHT
    return Overlay((r0, c0), cats)


def _product(fp: Footprint, origin: tuple[int, int], shape: tuple[int, int]) -> np.ndarray:
    """Bool mask of rows × cols on a box whose cell [0, 0] is input cell ``origin``."""
    rr, cc = np.zeros(shape[0], bool), np.zeros(shape[1], bool)
    rr[fp.rows - origin[0]] = True
    cc[fp.cols - origin[1]] = True
    return rr[:, None] & cc[None, :]


def hover_overlay(
    result: Result, cell: Cell | None, pinned: Cell | None = None, kernel_rc: tuple[int, int] | None = None
) -> Overlay | None:
    """What one hover shows on the input: `cell`'s footprint and, with a weight of the pinned
    cell's kernel hovered, the cells that weight touches. This is the GUI's hover path."""
    weight = None
    if pinned is not None and kernel_rc is not None:
        kh, kw = _geometry(result).conv.kernel_hw
        if 0 <= kernel_rc[0] < kh and 0 <= kernel_rc[1] < kw:
            weight = weight_footprint(pinned, kernel_rc, result)
    return overlay(None if cell is None else footprint(cell, result), weight)


def clamp(cell: Cell | None, result: Result) -> Cell | None:
    """Keep a pin meaningful after the maps change size (None if its map is gone)."""
    if cell is None or not result.ok:
        return cell
    maps = result.conv if cell.stage is Stage.CONV else result.pooled
    if maps is None or cell.filter >= maps.shape[0]:
        return None
    return cell.moved(0, 0, maps.shape[1:])
