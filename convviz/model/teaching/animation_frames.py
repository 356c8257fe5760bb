"""The content of an animation's frames (Qt-free): its configuration, the grids a frame shows
and its caption, and the small whole numbers a slide starts from. ``animation`` validates a
configuration and makes the frames; ``animation_render`` draws them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

PASSES = ("forward", "backward", "transposed")
Cell = tuple[int, int]
Box = tuple[tuple[int, int], tuple[int, int]]  # ((first row, last row), (first col, last col))


def sizes(h: int, w: int) -> str:
    return f"{h}×{w}"


def input_pattern(h: int, w: int) -> np.ndarray:
    """1…4, quadratic in the position so that windows a stride apart differ (a linear pattern
    repeats with the stride, and so would the outputs); no zeros, so the zero padding stands out."""
    i, j = np.mgrid[0:h, 0:w]
    return ((2 * i * i + j * j + i * j + 3 * i + j) % 5 % 4 + 1).astype(np.float64)


def kernel_pattern(kh: int, kw: int) -> np.ndarray:
    """−1…2, signs mixed, so sums are neither trivial nor large (1 for a 1×1 kernel)."""
    i, j = np.mgrid[0:kh, 0:kw]
    return ((i + 2 * j + 2) % 4 - 1).astype(np.float64)


def gradient_pattern(h: int, w: int) -> np.ndarray:
    """1 and 2 in a checkerboard: every output cell sends a gradient back, not all the same one."""
    i, j = np.mgrid[0:h, 0:w]
    return ((i + j) % 2 + 1).astype(np.float64)


def number(v: float) -> str:
    """A value as a slide shows it: whole numbers plainly, others to 3 significant digits."""
    if not np.isfinite(v):
        return ""
    r = round(float(v))
    return f"{r:d}".replace("-", "−") if abs(v - r) < 1e-9 else f"{v:.3g}".replace("-", "−")


@dataclass(frozen=True)
class AnimationConfig:
    input_hw: tuple[int, int]
    kernel_hw: tuple[int, int]
    stride: Any = 1
    padding: Any = 0  # an int, a pair, per-side pairs, "same" or "valid" (transposed: int or pair)
    dilation: Any = 1
    transposed: bool = False
    output_padding: Any = 0
    backward: bool = False
    x: np.ndarray | None = None  # None: ``input_pattern``
    kernel: np.ndarray | None = None  # None: ``kernel_pattern``
    order: str = "rows"  # forward/backward: "rows" (across each row first) or "columns" (down each column)

    @property
    def pass_name(self) -> str:
        return "transposed" if self.transposed else "backward" if self.backward else "forward"


@dataclass(frozen=True)
class Grid:
    """One matrix of a frame. ``values`` NaN: a cell not written yet (drawn empty)."""

    title: str
    values: np.ndarray
    ring: Box = ((0, 0), (0, 0))  # rows/cols at each side drawn as padding (or cropped off)
    extra: tuple[int, int] = (0, 0)  # bottom rows / right cols of output padding
    read: frozenset[Cell] = frozenset()  # cells the step reads (the window's taps)
    box: Box | None = None  # the window's span, first to last tap
    written: frozenset[Cell] = frozenset()  # cells the step writes


@dataclass(frozen=True)
class Frame:
    index: int
    total: int
    grids: tuple[Grid, ...]
    caption: str  # with the arithmetic written out
    short_caption: str  # the same without the terms, for a frame too narrow for them
    position: Cell | None = None  # forward/backward: the output cell; transposed: the input cell
