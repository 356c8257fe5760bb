"""Where a sliding window reads: a layer's geometry, resolved once and carried with its result.

A 2-D window is a row window times a column window, so every question is answered along one
axis by ``WindowAxis``; ``ConvGeometry`` and ``PoolGeometry`` hold one per axis (``rows``,
``cols``) and ``LayerGeometry`` chains a convolution with its pooling.

Two kinds of coordinates. Cell indices are input coordinates *before* padding: index -1 is the
first padding cell above or left of the input, ``size`` the first one after it. Continuous
coordinates (the view link) put cell i on [i, i + 1), its centre at i + ½.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from convviz.engine._args import Pair, pair
from convviz.engine.padding import Pads, resolve_padding


def span(k: int, d: int) -> int:
    """Input cells covered by k taps spaced d apart:  d·(k − 1) + 1."""
    return d * (k - 1) + 1


def conv_output_size(size: int, k: int, s: int, d: int, pad_total: int) -> int:
    """⌊(size + P − d·(k − 1) − 1) / s⌋ + 1, P the padding on both sides together."""
    return (size + pad_total - span(k, d)) // s + 1


def pool_output_size(size: int, k: int, s: int, p: int, d: int, ceil_mode: bool) -> int:
    """⌊ or ⌈ (size + 2p − d·(k − 1) − 1) / s ⌋ or ⌉ + 1, as torch counts pooling windows."""
    numerator = size + 2 * p - span(k, d)
    out = (-(-numerator // s) if ceil_mode else numerator // s) + 1
    if ceil_mode and (out - 1) * s >= size + p:
        out -= 1  # the last window must start inside the input or its left padding
    return out


@dataclass(frozen=True)
class WindowAxis:
    """One axis of a sliding window: output o reads input cells  o·s − p + i·d,  i = 0 … k − 1."""

    size: int  # input cells along this axis
    kernel: int  # k: taps
    stride: int  # s
    dilation: int  # d
    before: int  # p: padding cells before the input
    after: int  # padding cells after it
    out: int  # output cells

    @property
    def span(self) -> int:
        """Input cells from a window's first tap to its last:  d·(k − 1) + 1."""
        return span(self.kernel, self.dilation)

    def first(self, o: Any) -> Any:
        """First tap of output o:  o·s − p  (o: an index or an array of them)."""
        return np.asarray(o) * self.stride - self.before

    def tap(self, o: Any, i: Any) -> Any:
        """Tap i of output o:  o·s − p + i·d."""
        return self.first(o) + np.asarray(i) * self.dilation

    def taps(self, o: Any) -> np.ndarray:
        """Every tap of output o:  taps(o)[..., i] = o·s − p + i·d,  shape o.shape + (k,)."""
        return self.first(o)[..., None] + np.arange(self.kernel) * self.dilation

    def inside(self, o: int) -> range:
        """The taps of output o on real input cells (0 ≤ o·s − p + i·d < size), step d."""
        first = int(self.first(o))
        skip = max(0, -(first // self.dilation))  # taps on the padding before the input
        return range(first + skip * self.dilation, min(first + self.span, self.size), self.dilation)

    def read(self, outs: range) -> np.ndarray:
        """Sorted distinct input cells read by the outputs ``outs``:  ∪ₒ {o·s − p + i·d}."""
        if len(outs) == 0:
            return np.zeros(0, dtype=np.int64)
        lo = int(self.first(outs[0]))
        hit = np.zeros(int(self.first(outs[-1])) + self.span - lo, dtype=bool)
        hit[self.taps(np.asarray(outs)).ravel() - lo] = True  # O(cells), no sort
        return np.flatnonzero(hit) + lo

    def centre(self, o: Any) -> Any:
        """Centre of output o's window, as a cell index:  o·s − p + d·(k − 1)/2."""
        return self.first(o) + self.dilation * (self.kernel - 1) / 2

    def to_output(self, u: Any) -> Any:
        """Continuous input coordinate → output coordinate:  v = (u − ½ − centre(0)) / s + ½."""
        return (np.asarray(u) - 0.5 - self.centre(0)) / self.stride + 0.5

    def to_input(self, v: Any) -> Any:
        """Continuous output coordinate → input coordinate:  u = (v − ½)·s + centre(0) + ½."""
        return (np.asarray(v) - 0.5) * self.stride + self.centre(0) + 0.5


class _Axes:
    """What convolution and pooling geometry share: a window along rows times one along cols.

    Subclasses provide in_hw, kernel_hw, stride, dilation, pads and out_hw."""

    in_hw: Pair
    kernel_hw: Pair
    stride: Pair
    dilation: Pair
    out_hw: Pair

    pads: Pads  # a field of ConvGeometry, derived by PoolGeometry

    @cached_property
    def axes(self) -> tuple[WindowAxis, WindowAxis]:
        """One ``WindowAxis`` per axis, built once from the fields."""
        pads = self.pads

        def axis(a: int) -> WindowAxis:
            return WindowAxis(
                self.in_hw[a],
                self.kernel_hw[a],
                self.stride[a],
                self.dilation[a],
                pads[a][0],
                pads[a][1],
                self.out_hw[a],
            )

        return axis(0), axis(1)

    @property
    def rows(self) -> WindowAxis:
        return self.axes[0]

    @property
    def cols(self) -> WindowAxis:
        return self.axes[1]

    def window(self, y: Any, x: Any) -> tuple[np.ndarray, np.ndarray]:
        """Output (y, x) reads input rows × cols:  rows[i] = y·sₕ − top + i·dₕ,  cols likewise."""
        return self.rows.taps(y), self.cols.taps(x)

    def read(self, ys: range, xs: range) -> tuple[np.ndarray, np.ndarray]:
        """Input rows and cols read by the block of outputs ys × xs (a union of windows is
        again rows × cols, since a window's rows depend on y only and its cols on x only)."""
        return self.rows.read(ys), self.cols.read(xs)

    def to_output(self, u: Any, axis: int) -> Any:
        """Continuous input coordinate along ``axis`` (0 rows, 1 cols) → output coordinate."""
        return self.axes[axis].to_output(u)

    def to_input(self, v: Any, axis: int) -> Any:
        """Continuous output coordinate along ``axis`` → input coordinate."""
        return self.axes[axis].to_input(v)


@dataclass(frozen=True)
class ConvGeometry(_Axes):
    """Everything about one convolution's shapes, resolved and checked once."""

    in_hw: Pair
    kernel_hw: Pair
    stride: Pair
    dilation: Pair
    pads: Pads  # ((top, bottom), (left, right))
    padded_hw: Pair
    out_hw: Pair

    @classmethod
    def resolve(
        cls, in_hw: Pair, kernel_hw: Pair, stride: Any = 1, padding: Any = 0, dilation: Any = 1
    ) -> ConvGeometry:
        """Any padding form (see ``resolve_padding``) → per-side pads and output size; raises
        ValueError when the dilated kernel does not fit the padded input."""
        in_hw, kernel_hw = (int(in_hw[0]), int(in_hw[1])), (int(kernel_hw[0]), int(kernel_hw[1]))
        s, d = pair(stride, "stride"), pair(dilation, "dilation")
        pads = resolve_padding(padding, in_hw, kernel_hw, s, d)
        padded = (in_hw[0] + sum(pads[0]), in_hw[1] + sum(pads[1]))
        for axis in (0, 1):
            if padded[axis] < span(kernel_hw[axis], d[axis]):
                raise ValueError(
                    f"kernel (size {kernel_hw} with dilation {d}, span "
                    f"{(span(kernel_hw[0], d[0]), span(kernel_hw[1], d[1]))}) is larger than the "
                    f"padded input {padded}: the output would be empty"
                )
        out = (
            conv_output_size(in_hw[0], kernel_hw[0], s[0], d[0], sum(pads[0])),
            conv_output_size(in_hw[1], kernel_hw[1], s[1], d[1], sum(pads[1])),
        )
        return cls(in_hw, kernel_hw, s, d, pads, padded, out)

    def gather(self, padded: np.ndarray, y: int, x: int) -> np.ndarray:
        """The values under output (y, x)'s taps, from an array padded by ``pads``:
        padded[..., rows + top, cols + left]  → shape (..., kH, kW)."""
        rows, cols = self.window(y, x)
        return padded[..., rows[:, None] + self.pads[0][0], cols[None, :] + self.pads[1][0]]


@dataclass(frozen=True)
class PoolGeometry(_Axes):
    """One pooling layer's windows (torch semantics: ``stride=None`` means the kernel size)."""

    in_hw: Pair
    kernel_hw: Pair
    stride: Pair
    padding: Pair  # before the input (top, left); after it too unless ``extra`` says more
    dilation: Pair
    ceil_mode: bool
    out_hw: Pair
    # cells after the input beyond ``padding``: ceil mode's overhang, or SAME's odd extra cell
    # (pool.pool_geometry stores TensorFlow's uneven pads as padding = top, extra = bottom − top)
    extra: Pair

    @classmethod
    def resolve(
        cls,
        in_hw: Pair,
        kernel_size: Any,
        stride: Any = None,
        padding: Any = 0,
        dilation: Any = 1,
        ceil_mode: bool = False,
    ) -> PoolGeometry:
        in_hw, k = (int(in_hw[0]), int(in_hw[1])), pair(kernel_size, "kernel_size")
        s = k if stride is None else pair(stride, "stride")
        p, d = pair(padding, "padding", 0), pair(dilation, "dilation")
        for a in (0, 1):
            if 2 * p[a] > k[a]:
                raise ValueError(f"padding {p} must be at most half the kernel_size {k}")
        out = (
            pool_output_size(in_hw[0], k[0], s[0], p[0], d[0], ceil_mode),
            pool_output_size(in_hw[1], k[1], s[1], p[1], d[1], ceil_mode),
        )
        if min(out) < 1:  # ceil_mode keeps one window that overhangs, as torch does
            raise ValueError(f"pooling window {k} (dilation {d}) is larger than the padded input {in_hw}")
        extra = tuple(max((out[a] - 1) * s[a] + span(k[a], d[a]) - in_hw[a] - 2 * p[a], 0) for a in (0, 1))
        return cls(in_hw, k, s, p, d, bool(ceil_mode), out, extra)  # type: ignore[arg-type]

    @classmethod
    def global_pool(cls, in_hw: Pair) -> PoolGeometry:
        """Global pooling: one window, the whole map."""
        return cls.resolve(in_hw, in_hw)

    @property
    def pads(self) -> Pads:  # type: ignore[override]  # derived here, a plain field in ConvGeometry
        """The cells the windows need around the input: padding, then ceil mode's overhang."""
        (ph, pw), (eh, ew) = self.padding, self.extra
        return (ph, ph + eh), (pw, pw + ew)

    def block(self, py: int, px: int) -> tuple[range, range]:
        """The input cells pooled into (py, px), padding left out: rows × cols, each
        range(first, first + d·(k − 1) + 1, d) clipped to the input."""
        return self.rows.inside(py), self.cols.inside(px)

    def tap_cell(self, py: int, px: int, t: int) -> Pair:
        """The input cell under window offset t = i·kW + j of (py, px) (``max_pool2d_argmax``)."""
        i, j = divmod(int(t), self.kernel_hw[1])
        return int(self.rows.tap(py, i)), int(self.cols.tap(px, j))


@dataclass(frozen=True)
class LayerGeometry:
    """A convolution and the pooling after it (None: no pooling), chained input → conv → pool."""

    conv: ConvGeometry
    pool: PoolGeometry | None = None

    def conv_block(self, py: int, px: int) -> tuple[range, range]:
        """The conv-output cells behind pooled cell (py, px); without pooling, the cell itself."""
        if self.pool is None:
            return range(py, py + 1), range(px, px + 1)
        return self.pool.block(py, px)

    def input_cells(self, ys: range, xs: range) -> tuple[np.ndarray, np.ndarray]:
        """Input rows and cols (padding included) that the conv-output block ys × xs reads."""
        return self.conv.read(ys, xs)
