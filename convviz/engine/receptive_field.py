"""Which input cells feed an output cell: for one window, and through a whole stack."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.engine._args import Pair, pair
from convviz.engine.conv import conv2d_backward
from convviz.engine.conv_transpose import conv_transpose2d_backward
from convviz.engine.geometry import ConvGeometry, PoolGeometry, span
from convviz.engine.layers import AvgPool2d, Conv2d, ConvTranspose2d, Layer, MaxPool2d, Shape


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


def window_cells(
    out_yx: Pair, in_hw: Pair, kernel_hw: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1
) -> WindowCells:
    """The taps of output cell ``out_yx`` listed cell by cell (``ConvGeometry.window`` gives
    the same as two 1-D arrays, which is what hot paths should use)."""
    geo = ConvGeometry.resolve(in_hw, pair(kernel_hw, "kernel_size"), stride, padding, dilation)
    y, x = out_yx
    if not (0 <= y < geo.out_hw[0] and 0 <= x < geo.out_hw[1]):
        raise ValueError(f"output cell {out_yx} is outside the output of shape {geo.out_hw}")
    rows, cols = geo.window(y, x)
    inside = ((rows >= 0) & (rows < in_hw[0]))[:, None] & ((cols >= 0) & (cols < in_hw[1]))[None, :]
    taps = [(int(r), int(c)) for r in rows for c in cols]
    padding_taps = [(int(rows[i]), int(cols[j])) for i, j in zip(*np.nonzero(~inside), strict=True)]
    r0, r1, c0, c1 = int(rows[0]), int(rows[-1]), int(cols[0]), int(cols[-1])
    # A span cell is a hole unless both its row and its column are tapped.
    row_tapped = np.isin(np.arange(r0, r1 + 1), rows)
    col_tapped = np.isin(np.arange(c0, c1 + 1), cols)
    skipped = ~(row_tapped[:, None] & col_tapped[None, :])
    holes = [(r0 + int(i), c0 + int(j)) for i, j in zip(*np.nonzero(skipped), strict=True)]
    return WindowCells(rows, cols, inside, taps, padding_taps, holes, ((r0, r1), (c0, c1)))


@dataclass(frozen=True)
class RFInfo:
    """Receptive field of one cell of a layer's output, measured in input pixels."""

    name: str
    size: tuple[float, float]  # how many input cells one output cell sees
    jump: tuple[float, float]  # input distance between neighbouring output cells
    start: tuple[float, float]  # input coordinate of the centre of output cell (0, 0)


def _window_geometry(layer: Layer, in_hw: Pair) -> ConvGeometry | PoolGeometry | None:
    """The geometry of a sliding-window layer (None for any other layer)."""
    if isinstance(layer, Conv2d):
        return ConvGeometry.resolve(
            in_hw, pair(layer.kernel_size, "kernel_size"), layer.stride, layer.padding, layer.dilation
        )
    if isinstance(layer, (MaxPool2d, AvgPool2d)):
        return PoolGeometry.resolve(
            in_hw,
            layer.kernel_size,
            layer.stride,
            layer.padding,
            getattr(layer, "dilation", 1),
            getattr(layer, "ceil_mode", False),
        )
    return None


def receptive_field(layers: list[Layer], input_shape: Shape) -> list[RFInfo]:
    """Size, jump and start of each layer's receptive field (r_out = r_in + (k_eff - 1)·j_in,
    j_out = j_in·s, start_out = start_in + ((k_eff - 1)/2 - p)·j_in).

    Global pooling, Flatten and Linear see the whole input. A transposed convolution divides
    the jump by its stride.
    """
    size, jump, start = [1.0, 1.0], [1.0, 1.0], [0.0, 0.0]
    shape = tuple(input_shape)
    out: list[RFInfo] = []
    for layer in layers:
        next_shape = layer.output_shape(shape)
        geo = _window_geometry(layer, shape[1:]) if len(shape) == 3 else None
        if geo is not None:
            for a, axis in enumerate(geo.axes):
                start[a] += ((axis.span - 1) / 2 - axis.before) * jump[a]
                size[a] += (axis.span - 1) * jump[a]
                jump[a] *= axis.stride
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
        out.append(RFInfo(f"{layer.name}-{len(out) + 1}", (size[0], size[1]), (jump[0], jump[1]), (start[0], start[1])))
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
    # shapes[:-1] are the inputs of layers[: layer_index + 1], one each.
    for layer, in_shape in zip(reversed(layers[: layer_index + 1]), reversed(shapes[:-1]), strict=True):
        x = np.zeros((1, 1, *in_shape[1:]))
        mask = _influence(layer, mask, x)
    return mask[0, 0] > 0


def _influence(layer: Layer, mask: np.ndarray, x: np.ndarray) -> np.ndarray:
    geo = _window_geometry(layer, x.shape[2:])
    if isinstance(geo, ConvGeometry):
        assert isinstance(layer, Conv2d)  # the only layer _window_geometry gives a ConvGeometry
        return conv2d_backward(
            mask,
            x,
            np.ones((1, 1, *geo.kernel_hw)),
            stride=geo.stride,
            padding=geo.pads,
            dilation=geo.dilation,
            padding_mode=layer.padding_mode,
        )[0]
    if isinstance(geo, PoolGeometry):  # every cell of the window counts, whatever its value
        return conv2d_backward(
            mask, x, np.ones((1, 1, *geo.kernel_hw)), stride=geo.stride, padding=geo.pads, dilation=geo.dilation
        )[0]
    if isinstance(layer, ConvTranspose2d):
        k = pair(layer.kernel_size, "kernel_size")
        return conv_transpose2d_backward(
            mask,
            x,
            np.ones((1, 1, *k)),
            stride=layer.stride,
            padding=layer.padding,
            output_padding=layer.output_padding,
            dilation=layer.dilation,
        )[0]
    if mask.shape[2:] != x.shape[2:]:  # global pooling and the like: the whole map
        return np.ones_like(x)
    return mask  # elementwise
