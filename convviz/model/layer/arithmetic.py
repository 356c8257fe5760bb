"""The numbers behind one output cell: window × kernel = sum (+ bias → activation), or a pool."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz.model.layer.compute import Result
from convviz.model.layer.footprint import conv_region
from convviz.model.settings import Activation, Pooling
from convviz.model.state import Cell, Stage


@dataclass(frozen=True)
class ConvArithmetic:
    cell: Cell
    window: np.ndarray  # (C, kH, kW) values the kernel's taps sit on (padding included)
    kernel: np.ndarray  # (C, kH, kW) weights as applied (flipped for true convolution)
    products: np.ndarray
    total: float  # sum of products
    bias: float
    pre_activation: float
    activation: Activation
    value: float  # after the activation: what the feature map shows
    rows: np.ndarray  # (kH,) input rows the taps sit on (outside 0..H-1: padding)
    cols: np.ndarray  # (kW,)
    flipped: bool  # the kernel was turned 180° (true convolution)

    @property
    def channel_totals(self) -> np.ndarray:
        """(C,) each input channel's share of the sum: its window × its kernel slice, summed."""
        return self.products.sum(axis=(1, 2))

    def padding_taps(self, in_hw: tuple[int, int]) -> list[tuple[int, int]]:
        """Window positions (i, j) whose tap lies on the padding of an (H, W) input."""
        h, w = in_hw
        return [
            (i, j)
            for i, r in enumerate(self.rows.tolist())
            for j, c in enumerate(self.cols.tolist())
            if not (0 <= r < h and 0 <= c < w)
        ]


@dataclass(frozen=True)
class PoolArithmetic:
    cell: Cell
    values: np.ndarray  # the feature-map block behind the pooled value
    kind: Pooling
    value: float
    origin: tuple[int, int]  # feature-map (row, col) of the block's first cell

    @property
    def is_max(self) -> bool:
        return self.kind in (Pooling.MAX, Pooling.GLOBAL_MAX)

    @property
    def winner(self) -> tuple[int, int] | None:
        """Max pooling: the block cell that wins, the first maximum in reading order (torch's
        rule for ties); None for average pooling."""
        if not self.is_max or self.values.size == 0:
            return None
        r, c = divmod(int(np.argmax(self.values)), self.values.shape[1])
        return r, c

    @property
    def ties(self) -> int:
        """How many block cells hold the maximum (1: no tie)."""
        return int(np.count_nonzero(self.values == self.values.max())) if self.is_max and self.values.size else 0


def conv_arithmetic(cell: Cell, result: Result) -> ConvArithmetic:
    snap, p = result.snapshot, result.snapshot.params
    geometry, padded, activated = result.geometry, result.padded, result.activated
    assert geometry is not None and padded is not None and activated is not None, "the layer did not run"
    window = geometry.conv.gather(padded, cell.y, cell.x).astype(np.float64)
    rows, cols = geometry.conv.window(cell.y, cell.x)
    kernel = snap.weight[cell.filter].astype(np.float64)
    if p.flip:  # true convolution = correlation with the kernel turned 180°
        kernel = kernel[:, ::-1, ::-1]
    products = window * kernel
    total = float(products.sum())
    bias = float(snap.bias[cell.filter]) if p.use_bias else 0.0
    return ConvArithmetic(
        cell,
        window,
        kernel,
        products,
        total,
        bias,
        total + bias,
        p.activation,
        float(activated[cell.filter, cell.y, cell.x]),
        rows,
        cols,
        bool(p.flip),
    )


def pool_arithmetic(cell: Cell, result: Result) -> PoolArithmetic:
    activated, pooled = result.activated, result.pooled
    assert activated is not None and pooled is not None, "the layer did not run, or has no pooling"
    ys, xs = conv_region(cell, result)
    block = activated[cell.filter, ys.start : ys.stop, xs.start : xs.stop]
    value = float(pooled[cell.filter, cell.y, cell.x])
    return PoolArithmetic(cell, block, result.snapshot.params.pooling, value, (ys.start, xs.start))


def arithmetic(cell: Cell, result: Result) -> ConvArithmetic | PoolArithmetic:
    return conv_arithmetic(cell, result) if cell.stage is Stage.CONV else pool_arithmetic(cell, result)
