"""Which input cells feed an output cell: for one window, and through a whole stack."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ._args import Pair, pair
from .conv import ConvGeometry, conv2d_backward, span
from .conv_transpose import conv_transpose2d_backward
from .pool import _geometry as pool_geometry
from .layers import AvgPool2d, Conv2d, ConvTranspose2d, Layer, MaxPool2d, Shape


@dataclass(frozen=True)
class WindowCells:
    """The input cells under one output cell's window (input coordinates, before padding)."""

    rows: np.ndarray  # (kH,) input row of each tap; < 0 or >= H is a padding cell
    cols: np.ndarray  # (kW,)
    inside: np.ndarray  # (kH, kW) bool: the tap reads a real input cell
    taps: list[Pair]
    padding_taps: list[Pair]
    holes: list[Pair]  # cells inside the span that dilation skips (may include padding)
    span: tuple[Pair, Pair]  # ((r0, r1), (c0, c1)) inclusive


def window_cells(out_yx: Pair, in_hw: Pair, kernel_hw: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1) -> WindowCells:
    kh, kw = pair(kernel_hw, "kernel_size")
    geo = ConvGeometry.resolve(tuple(in_hw), (kh, kw), stride, padding, dilation)
    y, x = out_yx
    if not (0 <= y < geo.out_hw[0] and 0 <= x < geo.out_hw[1]):
        raise ValueError(f"output cell {out_yx} is outside the output of shape {geo.out_hw}")
    (top, _), (left, _) = geo.pads
    rows = y * geo.stride[0] - top + np.arange(kh) * geo.dilation[0]
    cols = x * geo.stride[1] - left + np.arange(kw) * geo.dilation[1]
    inside = ((rows >= 0) & (rows < in_hw[0]))[:, None] & ((cols >= 0) & (cols < in_hw[1]))[None, :]
    taps = [(int(r), int(c)) for r in rows for c in cols]
    padding_taps = [(int(rows[i]), int(cols[j])) for i, j in zip(*np.nonzero(~inside))]
    tapped = set(taps)
    r0, r1, c0, c1 = int(rows[0]), int(rows[-1]), int(cols[0]), int(cols[-1])
    holes = [(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) not in tapped]
    return WindowCells(rows, cols, inside, taps, padding_taps, holes, ((r0, r1), (c0, c1)))


@dataclass(frozen=True)
class RFInfo:
    """Receptive field of one cell of a layer's output, measured in input pixels."""

    name: str
    size: tuple[float, float]  # how many input cells one output cell sees
    jump: tuple[float, float]  # input distance between neighbouring output cells
    start: tuple[float, float]  # input coordinate of the centre of output cell (0, 0)


def _window_params(layer: Layer) -> tuple[Pair, Pair, Pair, Pair] | None:
    """(kernel, stride, dilation, top-left padding) of a sliding-window layer."""
    if isinstance(layer, Conv2d):
        return (pair(layer.kernel_size, "kernel_size"), pair(layer.stride, "stride"),
                pair(layer.dilation, "dilation"), None)
    if isinstance(layer, (MaxPool2d, AvgPool2d)):
        k = pair(layer.kernel_size, "kernel_size")
        s = k if layer.stride is None else pair(layer.stride, "stride")
        d = pair(getattr(layer, "dilation", 1), "dilation")
        return k, s, d, pair(layer.padding, "padding", 0)
    return None


def receptive_field(layers: list[Layer], input_shape: Shape) -> list[RFInfo]:
    """Size, jump and start of each layer's receptive field (r_out = r_in + (k_eff - 1)·j_in,
    j_out = j_in·s, start_out = start_in + ((k_eff - 1)/2 - p)·j_in).

    Global pooling, Flatten and Linear see the whole input. A transposed convolution divides
    the jump by its stride.
    """
    size, jump, start = [1.0, 1.0], [1.0, 1.0], [0.0, 0.0]
    shape, out = tuple(input_shape), []
    for layer in layers:
        params = _window_params(layer)
        in_hw = shape[1:] if len(shape) == 3 else None
        next_shape = layer.output_shape(shape)
        if params is not None:
            k, s, d, p = params
            if p is None:
                p = tuple(ConvGeometry.resolve(in_hw, k, s, layer.padding, d).pads[a][0] for a in (0, 1))
            for a in (0, 1):
                keff = span(k[a], d[a])
                start[a] += ((keff - 1) / 2 - p[a]) * jump[a]
                size[a] += (keff - 1) * jump[a]
                jump[a] *= s[a]
        elif isinstance(layer, ConvTranspose2d):
            k, s, d = pair(layer.kernel_size, "k"), pair(layer.stride, "s"), pair(layer.dilation, "d")
            p = pair(layer.padding, "padding", 0)
            for a in (0, 1):
                jump[a] /= s[a]
                start[a] += (p[a] - (span(k[a], d[a]) - 1)) * jump[a]
                size[a] += (span(k[a], d[a]) - 1) * jump[a]
        elif next_shape[-2:] != shape[-2:] and len(input_shape) == 3:
            size = [float(input_shape[1]), float(input_shape[2])]
            start = [(input_shape[1] - 1) / 2, (input_shape[2] - 1) / 2]
        out.append(RFInfo(f"{layer.name}-{len(out) + 1}", tuple(size), tuple(jump), tuple(start)))
        shape = next_shape
    return out


def input_region(layers: list[Layer], input_shape: Shape, layer_index: int, yx: Pair) -> np.ndarray:
    """Bool (H, W) mask of the input cells that feed cell ``yx`` of layer ``layer_index``'s output.

    Exact, not a box: pushes a one-hot mask back through each layer's own backward with
    all-ones weights, so padding, dilation holes and reflected borders come out right.
    """
    shapes = [tuple(input_shape)]
    for layer in layers[: layer_index + 1]:
        shapes.append(layer.output_shape(shapes[-1]))
    out_shape = shapes[-1]
    if len(out_shape) != 3:
        return np.ones(input_shape[1:], dtype=bool)  # flattened: every input cell feeds it
    mask = np.zeros((1, 1, *out_shape[1:]))
    mask[0, 0, yx[0], yx[1]] = 1.0
    for layer, in_shape in zip(reversed(layers[: layer_index + 1]), reversed(shapes[:-1])):
        x = np.zeros((1, 1, *in_shape[1:]))
        mask = _influence(layer, mask, x)
    return mask[0, 0] > 0


def _influence(layer: Layer, mask: np.ndarray, x: np.ndarray) -> np.ndarray:
    params = _window_params(layer)
    if isinstance(layer, Conv2d):
        k = pair(layer.kernel_size, "kernel_size")
        return conv2d_backward(mask, x, np.ones((1, 1, *k)), stride=layer.stride, padding=layer.padding,
                               dilation=layer.dilation, padding_mode=layer.padding_mode)[0]
    if params is not None:  # pooling: every cell of the window counts, whatever its value
        k, s, d, p = params
        extra = pool_geometry(x.shape[2:], k, s, p, d, getattr(layer, "ceil_mode", False))[5]
        pads = ((p[0], p[0] + extra[0]), (p[1], p[1] + extra[1]))
        return conv2d_backward(mask, x, np.ones((1, 1, *k)), stride=s, padding=pads, dilation=d)[0]
    if isinstance(layer, ConvTranspose2d):
        k = pair(layer.kernel_size, "kernel_size")
        return conv_transpose2d_backward(mask, x, np.ones((1, 1, *k)), stride=layer.stride, padding=layer.padding,
                                         output_padding=layer.output_padding, dilation=layer.dilation)[0]
    if mask.shape[2:] != x.shape[2:]:  # global pooling and the like: the whole map
        return np.ones_like(x)
    return mask  # elementwise
