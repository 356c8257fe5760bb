"""Spatially separable kernels: a kernel's rank, and a rank-1 kernel as a column times a row.

A rank-1 kernel K = scale · c · rᵀ (Sobel x = [1, 2, 1]ᵀ · [−1, 0, 1], a box or a Gaussian) can
be applied as two 1-D passes: the column down, then the row across, kH + kW multiplies per
output instead of kH · kW, and the same map. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from convviz import engine

# The kernel bank holds float32: singular values below this fraction of the largest are
# rounding, not structure (a float32 Gaussian's second one is ~1e-8 of its first).
RELATIVE_TOLERANCE = 1e-6
LARGEST_MULTIPLIER = 12  # [2, 3] is scaled from [1, 1.5]; a factor needing more is left fractional


def rank_tolerance(kernel: np.ndarray) -> float:
    """Singular values at or below this count as zero."""
    top = float(np.linalg.svd(np.asarray(kernel, dtype=np.float64), compute_uv=False)[0]) if kernel.size else 0.0
    return RELATIVE_TOLERANCE * top


def kernel_rank(kernel: np.ndarray) -> int:
    """How many singular values of the kernel are not rounding (0 for an all-zero kernel)."""
    k = np.asarray(kernel, dtype=np.float64)
    values = np.linalg.svd(k, compute_uv=False)
    return int(np.sum(values > rank_tolerance(k))) if values.size and values[0] > 0 else 0


@dataclass(frozen=True)
class Separation:
    """K ≈ scale · column · rowᵀ (rank 1); ``column``/``row`` are integers where they can be."""

    kernel: np.ndarray  # (kH, kW) float64
    rank: int
    column: np.ndarray | None  # (kH,), None unless rank 1
    row: np.ndarray | None  # (kW,)
    scale: float = 1.0

    @property
    def separable(self) -> bool:
        return self.rank == 1

    @property
    def numbers(self) -> tuple[int, int]:
        """(numbers in the 2-D kernel, numbers in its two factors)."""
        kh, kw = self.kernel.shape
        return kh * kw, kh + kw

    def rebuilt(self) -> np.ndarray:
        """scale · column · rowᵀ."""
        assert self.column is not None and self.row is not None, "only a rank-1 kernel has factors"
        return self.scale * np.outer(self.column, self.row)

    def text(self) -> str:
        """'[1, 2, 1]ᵀ · [−1, 0, 1]', with a leading '1/9 · ' when the factors keep a scale."""
        if self.column is None or self.row is None:
            return ""
        factors = f"{_vector(self.column)}ᵀ · {_vector(self.row)}"
        return factors if np.isclose(self.scale, 1.0) else f"{_number(self.scale)} · {factors}"


def separate(kernel: np.ndarray) -> Separation:
    """The kernel's rank and, for rank 1, its factors from the SVD's first singular triple,
    each scaled so that its smallest nonzero entry is ±1 (times the least whole multiplier
    that makes it integral), the column's first nonzero entry positive and the scale too."""
    k = np.asarray(kernel, dtype=np.float64)
    rank = kernel_rank(k)
    if rank != 1:
        return Separation(k, rank, None, None)
    u, s, vt = np.linalg.svd(k)
    column, row = _tidy(u[:, 0]), _tidy(vt[0])
    if column[np.flatnonzero(column)[0]] < 0:
        column = -column
    scale = float(column @ k @ row) / float((column @ column) * (row @ row))  # least squares
    if scale < 0:  # the sign goes into the row: Sobel x is [1, 2, 1]ᵀ · [−1, 0, 1], not −1 · …
        row, scale = -row, -scale
    if np.all(row <= 0) and np.any(column < 0):  # the minus on the mixed factor: [−1, 0, 1]ᵀ · [1, 2, 1]
        column, row = -column, -row
    return Separation(k, rank, column, row, scale)


def _tidy(v: np.ndarray) -> np.ndarray:
    """v scaled so its smallest nonzero |entry| is 1, then by the first multiplier that makes
    it whole (snapped to integers), else left at the first scale."""
    tiny = RELATIVE_TOLERANCE * float(np.max(np.abs(v)))
    v = np.where(np.abs(v) <= tiny, 0.0, v)
    v = v / np.min(np.abs(v[v != 0]))
    for m in range(1, LARGEST_MULTIPLIER + 1):
        whole = np.round(v * m)
        if np.allclose(v * m, whole, rtol=0, atol=1e-4):
            return whole
    return v


def two_passes(image: np.ndarray, sep: Separation, stride: int = 1, dilation: int = 1) -> np.ndarray:
    """The map of ``scale · column`` down, then ``row`` across: (H, W) -> the VALID map of the
    2-D kernel (cross-correlation), with the stride and dilation split between the passes."""
    assert sep.column is not None and sep.row is not None, "only a rank-1 kernel has two passes"
    x = np.asarray(image, dtype=np.float64)
    down = engine.conv2d(x, (sep.scale * sep.column)[:, None], stride=(stride, 1), dilation=(dilation, 1))
    return engine.conv2d(down, sep.row[None, :], stride=(1, stride), dilation=(1, dilation))


def one_pass(image: np.ndarray, kernel: np.ndarray, stride: int = 1, dilation: int = 1) -> np.ndarray:
    """The VALID map of the 2-D kernel, for comparing with ``two_passes``."""
    x = np.asarray(image, dtype=np.float64)
    return engine.conv2d(x, np.asarray(kernel, dtype=np.float64), stride=stride, dilation=dilation)


@dataclass(frozen=True)
class PassCheck:
    """The two 1-D passes against the 2-D kernel on one image."""

    max_difference: float  # max |two passes − one pass|
    largest_value: float  # max |one pass|, for scale
    shape: tuple[int, int]


def check_passes(image: np.ndarray, sep: Separation, stride: int = 1, dilation: int = 1) -> PassCheck:
    both, single = two_passes(image, sep, stride, dilation), one_pass(image, sep.kernel, stride, dilation)
    difference = float(np.max(np.abs(both - single))) if single.size else 0.0
    return PassCheck(difference, float(np.max(np.abs(single))) if single.size else 0.0, single.shape)


def _number(v: float) -> str:
    """An integer as one, a simple fraction as p/q, else three significant digits; − for minus."""
    if float(v).is_integer():
        text = str(int(v))
    else:
        f = Fraction(float(v)).limit_denominator(1000)
        text = f"{f.numerator}/{f.denominator}" if abs(float(f) - v) <= 1e-6 * max(abs(v), 1e-12) else f"{v:.3g}"
    return text.replace("-", "−")


def _vector(v: np.ndarray) -> str:
    return "[" + ", ".join(_number(float(x)) for x in v) + "]"
