"""Sliding-window ops of a graph (convolution, transposed convolution, pooling) with ONNX's
geometry: per-side pads [top, left, bottom, right], ``auto_pad`` resolved against the input's
size at run time, and ONNX's pooling rules (``ceil_mode``, ``count_include_pad`` whose default
is the opposite of torch's, dilated average pooling).

Each op pads its input explicitly and then runs the engine's own unpadded op, so the maths is
the engine's (``conv2d``, ``conv_transpose2d``, ``max_pool2d`` and their backwards); only the
padding and the output size are ONNX's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from convviz.engine.conv import conv2d, conv2d_backward
from convviz.engine.conv_transpose import conv_transpose2d, conv_transpose2d_backward
from convviz.engine.geometry import span
from convviz.engine.pool import max_pool2d, max_pool2d_argmax, max_pool2d_backward
from convviz.text import tr

Pair = tuple[int, int]
Pads4 = tuple[int, int, int, int]  # ONNX order: top, left, bottom, right
AUTO_PADS = ("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID")


@dataclass(frozen=True)
class Window:
    """kernel, stride, dilation, pads and auto_pad: how one sliding window reads its input."""

    kernel: Pair
    stride: Pair = (1, 1)
    dilation: Pair = (1, 1)
    pads: Pads4 = (0, 0, 0, 0)
    auto_pad: str = "NOTSET"
    ceil_mode: bool = False

    def __post_init__(self) -> None:
        if self.auto_pad not in AUTO_PADS:
            raise ValueError(f"auto_pad must be one of {', '.join(AUTO_PADS)}, got {self.auto_pad!r}")
        if min(*self.kernel, *self.stride, *self.dilation) < 1 or min(self.pads) < 0:
            raise ValueError(f"kernel, strides and dilations must be >= 1 and pads >= 0, got {self}")

    def layout(self, in_hw: Pair) -> tuple[Pads4, Pair]:
        """(pads actually used, output size) for an input of in_hw, as ONNX defines them."""
        pads, out = [0, 0, 0, 0], [0, 0]
        for a in (0, 1):
            size, k, s, d = in_hw[a], self.kernel[a], self.stride[a], self.dilation[a]
            reach = span(k, d)
            if self.auto_pad in ("SAME_UPPER", "SAME_LOWER"):
                out[a] = math.ceil(size / s)
                total = max((out[a] - 1) * s + reach - size, 0)
                small, large = total // 2, total - total // 2
                pads[a], pads[a + 2] = (small, large) if self.auto_pad == "SAME_UPPER" else (large, small)
                continue
            before, after = (0, 0) if self.auto_pad == "VALID" else (self.pads[a], self.pads[a + 2])
            pads[a], pads[a + 2] = before, after
            room = size + before + after - reach
            if room < 0:
                raise ValueError(
                    tr("GraphWindows", "a window of {reach} cells does not fit in {size} + {padding} padding").format(
                        reach=reach, size=size, padding=before + after
                    )
                )
            out[a] = (-(-room // s) if self.ceil_mode else room // s) + 1
            if self.ceil_mode and (out[a] - 1) * s >= size + before:
                out[a] -= 1  # the last window must start inside the input or its leading padding
        return (pads[0], pads[1], pads[2], pads[3]), (out[0], out[1])

    def padded(self, x: np.ndarray, fill: float) -> tuple[np.ndarray, Pads4, Pair]:
        """x padded with ``fill`` so that exactly the output's windows fit (ceil_mode's extra
        cells at the bottom/right included); also the pads and the output size."""
        pads, out = self.layout((x.shape[2], x.shape[3]))
        extra = [
            max(
                (out[a] - 1) * self.stride[a]
                + span(self.kernel[a], self.dilation[a])
                - (x.shape[2 + a] + pads[a] + pads[a + 2]),
                0,
            )
            for a in (0, 1)
        ]
        widths = ((0, 0), (0, 0), (pads[0], pads[2] + extra[0]), (pads[1], pads[3] + extra[1]))
        return np.pad(x, widths, constant_values=fill), pads, out


def _crop(padded: np.ndarray, pads: Pads4, in_hw: Pair) -> np.ndarray:
    return np.ascontiguousarray(padded[..., pads[0] : pads[0] + in_hw[0], pads[1] : pads[1] + in_hw[1]])


def _taps(a: np.ndarray, w: Window, out: Pair):  # type: ignore[no-untyped-def]
    """Each tap's view of a (padded) array: the cells tap (i, j) reads for every output."""
    (sh, sw), (dh, dw) = w.stride, w.dilation
    for i in range(w.kernel[0]):
        for j in range(w.kernel[1]):
            r, c = i * dh, j * dw
            yield a[..., r : r + (out[0] - 1) * sh + 1 : sh, c : c + (out[1] - 1) * sw + 1 : sw]


def window_sum(a: np.ndarray, w: Window, out: Pair) -> np.ndarray:
    """Σ over each window of a padded array (the loop over taps, never over pixels)."""
    views = _taps(a, w, out)
    total = next(views).copy()
    for view in views:
        total += view
    return total


def window_spread(g: np.ndarray, padded_shape: tuple[int, ...], w: Window, out: Pair) -> np.ndarray:
    """The transpose of ``window_sum``: each output cell's value added to every cell it read."""
    spread = np.zeros(padded_shape, dtype=g.dtype)
    for view in _taps(spread, w, out):
        view += g
    return spread


def _check_2d(kind: str, x: np.ndarray, weight: np.ndarray) -> None:
    if np.ndim(x) != 4 or np.ndim(weight) != 4:
        raise ValueError(
            f"{kind} runs on 2-D images only: input and weights need 4 axes, got {np.shape(x)} and {np.shape(weight)}"
        )


@dataclass(frozen=True)
class Conv:
    window: Window
    groups: int = 1
    kind: str = "Conv"

    def _geometry(self, x: np.ndarray, weight: np.ndarray) -> tuple[tuple[Pair, Pair], Window]:
        _check_2d(self.kind, x, weight)
        win = Window(
            (weight.shape[2], weight.shape[3]),
            self.window.stride,
            self.window.dilation,
            self.window.pads,
            self.window.auto_pad,
        )
        pads, _ = win.layout((x.shape[2], x.shape[3]))
        return ((pads[0], pads[2]), (pads[1], pads[3])), win

    def forward(self, x: np.ndarray, weight: np.ndarray, bias: np.ndarray | None = None) -> np.ndarray:
        pads, win = self._geometry(x, weight)
        return conv2d(x, weight, bias, win.stride, pads, win.dilation, self.groups)

    def backward(
        self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]
    ) -> list[np.ndarray | None]:
        x, weight = inputs[0], inputs[1]
        pads, win = self._geometry(x, weight)
        dx, dw, db = conv2d_backward(grad, x, weight, None, win.stride, pads, win.dilation, self.groups)
        parts: list[np.ndarray | None] = [dx, dw, db]
        return parts[: len(inputs)]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> list[np.ndarray | None]:
        x, weight = inputs[0], inputs[1]
        pads, win = self._geometry(x, weight)
        ones = np.ones(weight.shape, dtype=np.float32)
        dx, _, _ = conv2d_backward(
            mask.astype(np.float32),
            np.zeros(x.shape, np.float32),
            ones,
            None,
            win.stride,
            pads,
            win.dilation,
            self.groups,
        )
        return [dx > 0, None, None][: len(inputs)]


@dataclass(frozen=True)
class ConvTranspose:
    """ONNX ConvTranspose: the engine's uncropped stamping, then ``output_padding`` zeros added
    at the bottom/right and the pads (or the pads ``output_shape`` implies) cropped away."""

    stride: Pair = (1, 1)
    dilation: Pair = (1, 1)
    pads: Pads4 = (0, 0, 0, 0)
    output_padding: Pair = (0, 0)
    output_shape: Pair | None = None
    auto_pad: str = "NOTSET"
    groups: int = 1
    kind: str = "ConvTranspose"

    def layout(self, in_hw: Pair, kernel: Pair) -> tuple[Pair, Pads4, Pair]:
        """(uncropped size with output padding, pads, output size)."""
        full = [
            (in_hw[a] - 1) * self.stride[a] + span(kernel[a], self.dilation[a]) + self.output_padding[a] for a in (0, 1)
        ]
        pads = list(self.pads)
        target = self.output_shape
        if target is None and self.auto_pad in ("SAME_UPPER", "SAME_LOWER"):
            target = (in_hw[0] * self.stride[0], in_hw[1] * self.stride[1])
        if target is not None:
            for a in (0, 1):
                total = full[a] - target[a]
                if total < 0 and -total < self.stride[a]:  # an implied output_padding: zeros at the end
                    full[a], total = target[a], 0
                if total < 0:
                    raise ValueError(f"output_shape {target} is larger than the {tuple(full)} the stamping makes")
                small, large = total // 2, total - total // 2
                pads[a], pads[a + 2] = (small, large) if self.auto_pad == "SAME_UPPER" else (large, small)
        out = (full[0] - pads[0] - pads[2], full[1] - pads[1] - pads[3])
        if min(out) < 1:
            raise ValueError(f"pads {tuple(pads)} crop the whole output (uncropped size {tuple(full)})")
        return (full[0], full[1]), (pads[0], pads[1], pads[2], pads[3]), out

    def forward(self, x: np.ndarray, weight: np.ndarray, bias: np.ndarray | None = None) -> np.ndarray:
        _check_2d(self.kind, x, weight)
        full, pads, out = self.layout((x.shape[2], x.shape[3]), (weight.shape[2], weight.shape[3]))
        stamped = conv_transpose2d(x, weight, None, self.stride, 0, 0, self.groups, self.dilation)
        grown = np.zeros((*stamped.shape[:2], *full), dtype=stamped.dtype)
        grown[..., : stamped.shape[2], : stamped.shape[3]] = stamped
        y = _crop(grown, pads, out)
        if bias is not None:
            y += np.asarray(bias, dtype=y.dtype)[:, None, None]
        return y

    def backward(
        self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]
    ) -> list[np.ndarray | None]:
        x, weight = inputs[0], inputs[1]
        full, pads, out = self.layout((x.shape[2], x.shape[3]), (weight.shape[2], weight.shape[3]))
        g_full = np.zeros((*grad.shape[:2], *full), dtype=grad.dtype)
        g_full[..., pads[0] : pads[0] + out[0], pads[1] : pads[1] + out[1]] = grad
        stamped_hw = tuple(
            (x.shape[2 + a] - 1) * self.stride[a] + span(weight.shape[2 + a], self.dilation[a]) for a in (0, 1)
        )
        g_stamped = np.ascontiguousarray(g_full[..., : stamped_hw[0], : stamped_hw[1]])
        dx, dw, db = conv_transpose2d_backward(
            g_stamped, x, weight, None, self.stride, 0, 0, self.groups, self.dilation
        )
        return [dx, dw, grad.sum(axis=(0, 2, 3))][: len(inputs)]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> list[np.ndarray | None]:
        x, weight = inputs[0], inputs[1]
        ones = [np.zeros(x.shape, np.float32), np.ones(weight.shape, np.float32)]
        dx = self.backward(mask.astype(np.float32), ones, output, [True, False])[0]
        assert dx is not None
        return [dx > 0, None, None][: len(inputs)]


@dataclass(frozen=True)
class MaxPool:
    window: Window
    kind: str = "MaxPool"

    def forward(self, x: np.ndarray) -> np.ndarray:
        xp, _, out = self.window.padded(np.asarray(x, dtype=np.result_type(x, np.float32)), -np.inf)
        best = max_pool2d(xp, self.window.kernel, self.window.stride, 0, self.window.dilation)  # no argmax: faster
        return np.ascontiguousarray(best[..., : out[0], : out[1]])

    def backward(
        self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]
    ) -> list[np.ndarray | None]:
        x = inputs[0]
        xp, pads, out = self.window.padded(np.asarray(x, dtype=grad.dtype), -np.inf)
        best, arg = max_pool2d_argmax(xp, self.window.kernel, self.window.stride, 0, self.window.dilation)
        g = np.zeros(best.shape, dtype=grad.dtype)
        g[..., : out[0], : out[1]] = grad
        dxp = max_pool2d_backward(g, xp, self.window.kernel, self.window.stride, 0, self.window.dilation, argmax=arg)
        return [_crop(dxp, pads, (x.shape[2], x.shape[3]))]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> list[np.ndarray | None]:
        return [_window_connect(self.window, mask, inputs[0])]


def _window_connect(window: Window, mask: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Every cell of every marked output's window (max pooling depends on all of them)."""
    xp, pads, out = window.padded(np.zeros(x.shape, np.float32), 0.0)
    spread = window_spread(mask.astype(np.float32), xp.shape, window, out)
    return _crop(spread, pads, (x.shape[2], x.shape[3])) > 0


@dataclass(frozen=True)
class AveragePool:
    window: Window
    count_include_pad: bool = False  # ONNX's default (torch's is True)
    kind: str = "AveragePool"

    def _divisor(self, x: np.ndarray) -> np.ndarray:
        """Cells each window averages: the input's, plus the pads when count_include_pad
        (never ceil_mode's extra cells beyond the pads)."""
        h, w = x.shape[2], x.shape[3]
        grid, pads, out = self.window.padded(np.zeros((1, 1, h, w), np.float32), 0.0)
        if self.count_include_pad:
            grid[..., : pads[0] + h + pads[2], : pads[1] + w + pads[3]] = 1
        else:
            grid[..., pads[0] : pads[0] + h, pads[1] : pads[1] + w] = 1
        return window_sum(grid, self.window, out)

    def forward(self, x: np.ndarray) -> np.ndarray:
        xp, _, out = self.window.padded(np.asarray(x, dtype=np.result_type(x, np.float32)), 0.0)
        return window_sum(xp, self.window, out) / self._divisor(x).astype(xp.dtype)

    def backward(
        self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]
    ) -> list[np.ndarray | None]:
        x = inputs[0]
        xp, pads, out = self.window.padded(np.zeros(x.shape, dtype=grad.dtype), 0.0)
        share = grad / self._divisor(x).astype(grad.dtype)
        return [_crop(window_spread(share, xp.shape, self.window, out), pads, (x.shape[2], x.shape[3]))]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> list[np.ndarray | None]:
        return [_window_connect(self.window, mask, inputs[0])]
