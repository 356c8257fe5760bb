"""Which input cells feed an output cell: for one window, and through a whole stack."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.engine._args import Pair, pair
from convviz.engine.conv import conv2d_backward
from convviz.engine.conv_transpose import conv_transpose2d_backward
from convviz.engine.geometry import ConvGeometry, PoolGeometry, span
from convviz.engine.layers import AvgPool2d, Conv2d, ConvTranspose2d, Flatten, Layer, Linear, MaxPool2d, Shape
from convviz.engine.padding import source_index
from convviz.engine.pool import pool_geometry


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
    """Receptive field of a layer's output cells, measured in input pixels.

    ``size`` is exact: the largest box of input pixels that feeds one output cell, over all the
    layer's output cells (the box the exact region of ``input_region`` fills, so padding, the
    input's border, dilation and transposed convolutions are counted as they are). ``formula``
    is the textbook  r_out = r_in + (k_eff − 1)·j_in  without the input's border; the two agree
    for a convolution or pooling cell away from the border. A transposed convolution has no such
    formula, so ``formula`` is None from the first one on.
    """

    name: str
    size: tuple[float, float]  # how many input cells (rows, cols) one output cell sees, at most
    jump: tuple[float, float]  # input distance between neighbouring output cells
    start: tuple[float, float]  # input coordinate of the centre of output cell (0, 0)
    formula: tuple[float, float] | None = None  # r_in + (k_eff − 1)·j_in, None after a transposed conv


def _window_geometry(layer: Layer, in_hw: Pair) -> ConvGeometry | PoolGeometry | None:
    """The geometry of a sliding-window layer (None for any other layer)."""
    if isinstance(layer, Conv2d):
        return ConvGeometry.resolve(
            in_hw, pair(layer.kernel_size, "kernel_size"), layer.stride, layer.padding, layer.dilation
        )
    if isinstance(layer, (MaxPool2d, AvgPool2d)):
        return pool_geometry(  # numeric padding, or TensorFlow's "same" / "valid"
            in_hw,
            layer.kernel_size,
            layer.stride,
            layer.padding,
            getattr(layer, "dilation", 1),
            getattr(layer, "ceil_mode", False),
        )
    return None


_NONE = np.iinfo(np.int64).max // 4  # "no input cell": larger than any index, and safe to negate


def _sources(layer: Layer, in_shape: Shape, out_shape: Shape) -> tuple[np.ndarray, np.ndarray] | str:
    """Along each axis, the input cells each output cell reads: an int array (out, taps) per
    axis, -1 where a tap reads no input cell (zero padding, a stamp that lands elsewhere).
    "same" for a layer that keeps every cell (or unit) where it is, "all" for one that reads
    every cell, "flat" for Flatten (unit j is cell j of the map, row-major)."""
    if isinstance(layer, Flatten):
        return "flat"
    if isinstance(layer, Linear):
        return "all"  # fully connected, whatever its shapes
    if len(out_shape) != 3 or len(in_shape) != 3:
        return "same" if tuple(out_shape) == tuple(in_shape) else "all"
    geo = _window_geometry(layer, in_shape[1:])
    if geo is not None:
        mode = getattr(layer, "padding_mode", "zeros") if isinstance(geo, ConvGeometry) else "zeros"
        out = []
        for axis in geo.axes:
            taps = axis.taps(np.arange(axis.out))  # input coordinates before padding
            source = source_index(axis.size, axis.before, axis.after, mode)  # -1: a zero
            inside = (taps >= -axis.before) & (taps < axis.size + axis.after)
            out.append(np.where(inside, source[np.clip(taps + axis.before, 0, source.size - 1)], -1))
        return out[0], out[1]
    if isinstance(layer, ConvTranspose2d):
        k, s = pair(layer.kernel_size, "kernel_size"), pair(layer.stride, "stride")
        d, p = pair(layer.dilation, "dilation"), pair(layer.padding, "padding", 0)
        out = []
        for a in (0, 1):
            # input cell i stamps tap t onto output cell o = i·s − p + t·d
            num = np.arange(out_shape[1 + a])[:, None] + p[a] - np.arange(k[a])[None, :] * d[a]
            i = num // s[a]
            out.append(np.where((num % s[a] == 0) & (i >= 0) & (i < in_shape[1 + a]), i, -1))
        return out[0], out[1]
    if tuple(out_shape[1:]) == tuple(in_shape[1:]):
        return "same"  # elementwise, dropout, a 1×1 map to a 1×1 map
    return "all"  # global pooling and the like


def exact_extents(layers: list[Layer], input_shape: Shape) -> list[tuple[np.ndarray, np.ndarray]]:
    """For each layer, along rows and along cols: the first and last input cell feeding each
    output cell, as an int array (2, out); an output cell fed by no input cell has first > last.

    A cell's exact region (``input_region``) is its rows × its cols, so these give its box. After
    a Flatten the arrays stay those of the map before it (unit j is one of its cells: the boxes
    are the same); a Linear's units all see the union of them, one entry per axis."""
    h, w = int(input_shape[1]), int(input_shape[2])
    ext = [np.stack([np.arange(n), np.arange(n)]) for n in (h, w)]
    shape = tuple(input_shape)
    out: list[tuple[np.ndarray, np.ndarray]] = []
    for layer in layers:
        next_shape = layer.output_shape(shape)
        src = _sources(layer, shape, next_shape)
        if src == "all":
            ext = [np.array([[e[0].min()], [e[1].max()]]) for e in ext]
        elif isinstance(src, tuple):
            new = []
            for e, idx in zip(ext, src, strict=True):
                ok = idx >= 0
                first = np.where(ok, e[0][np.maximum(idx, 0)], _NONE).min(axis=1)
                last = np.where(ok, e[1][np.maximum(idx, 0)], -_NONE).max(axis=1)
                new.append(np.stack([first, last]))
            ext = new
        out.append((ext[0], ext[1]))
        shape = next_shape
    return out


def _largest(e: np.ndarray) -> float:
    return float(max(int((e[1] - e[0]).max()) + 1, 0))


def receptive_field(layers: list[Layer], input_shape: Shape) -> list[RFInfo]:
    """Size (exact, the largest over a layer's output cells), jump and start of each layer's
    receptive field, and the textbook size (r_out = r_in + (k_eff − 1)·j_in,
    j_out = j_in·s, start_out = start_in + ((k_eff − 1)/2 − p)·j_in), in input pixels.

    Global pooling and Linear see every input cell the maps before them see; a unit of Flatten
    is one cell of the map before it. A transposed convolution divides the jump by its stride.
    """
    formula: list[float] | None = [1.0, 1.0]
    jump, start = [1.0, 1.0], [0.0, 0.0]
    shape = tuple(input_shape)
    exact = exact_extents(layers, input_shape) if len(input_shape) == 3 else None
    out: list[RFInfo] = []
    for i, layer in enumerate(layers):
        next_shape = layer.output_shape(shape)
        geo = _window_geometry(layer, shape[1:]) if len(shape) == 3 else None
        if geo is not None:
            for a, axis in enumerate(geo.axes):
                start[a] += ((axis.span - 1) / 2 - axis.before) * jump[a]
                if formula is not None:
                    formula[a] += (axis.span - 1) * jump[a]
                jump[a] *= axis.stride
        elif isinstance(layer, ConvTranspose2d):
            k, s, d = pair(layer.kernel_size, "k"), pair(layer.stride, "s"), pair(layer.dilation, "d")
            p = pair(layer.padding, "padding", 0)
            formula = None  # the conv formula does not hold: ``size`` is counted exactly
            for a in (0, 1):
                jump[a] /= s[a]
                start[a] += (p[a] - (span(k[a], d[a]) - 1)) * jump[a]
        elif _sources(layer, shape, next_shape) == "all" and len(input_shape) == 3:
            if formula is not None:
                formula = [float(input_shape[1]), float(input_shape[2])]
            start = [(input_shape[1] - 1) / 2, (input_shape[2] - 1) / 2]
        if exact is not None:
            size = (_largest(exact[i][0]), _largest(exact[i][1]))
        else:
            size = (1.0, 1.0) if formula is None else (formula[0], formula[1])
        out.append(
            RFInfo(
                f"{layer.name}-{len(out) + 1}",
                size,
                (jump[0], jump[1]),
                (start[0], start[1]),
                None if formula is None else (formula[0], formula[1]),
            )
        )
        shape = next_shape
    return out


def input_region(layers: list[Layer], input_shape: Shape, layer_index: int, yx: Pair) -> np.ndarray:
    """Bool (H, W) mask of the input cells that feed cell ``yx`` of layer ``layer_index``'s output.

    Exact, not a box: pushes a one-hot mask back through each layer's own backward with
    all-ones weights, so padding, dilation holes and reflected borders come out right. For a
    vector layer ``yx`` is (0, j), unit j: after a Flatten (and elementwise layers) it is one
    cell of the map before it; after a Linear it sees what every cell of that map sees.
    """
    shapes = [tuple(input_shape)]
    for layer in layers[: layer_index + 1]:
        shapes.append(layer.output_shape(shapes[-1]))
    last = layer_index
    if len(shapes[-1]) != 3:  # a vector: back to the last map before it
        last = max((i for i in range(layer_index + 1) if len(shapes[i + 1]) == 3), default=-1)
        if last < 0:
            return np.ones(input_shape[1:], dtype=bool)
        map_shape = shapes[last + 1]
        mask = np.zeros((1, 1, *map_shape[1:]))
        if any(_sources(layers[i], shapes[i], shapes[i + 1]) == "all" for i in range(last + 1, layer_index + 1)):
            mask[:] = 1.0  # a Linear between: each unit sees every cell of the map
        else:  # Flatten and elementwise layers only: unit j is cell j of the map
            _, row, col = np.unravel_index(int(yx[1]), map_shape)
            mask[0, 0, row, col] = 1.0
    else:
        mask = np.zeros((1, 1, *shapes[-1][1:]))
        mask[0, 0, yx[0], yx[1]] = 1.0
    # shapes[:-1] are the inputs of layers[: layer_index + 1], one each.
    for layer, in_shape in zip(reversed(layers[: last + 1]), reversed(shapes[: last + 1]), strict=True):
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
