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


@dataclass(frozen=True)
class PoolArithmetic:
    cell: Cell
    values: np.ndarray  # the feature-map block behind the pooled value
    kind: Pooling
    value: float


def conv_arithmetic(cell: Cell, result: Result) -> ConvArithmetic:
    snap, p = result.snapshot, result.snapshot.params
    geometry, padded, activated = result.geometry, result.padded, result.activated
    assert geometry is not None and padded is not None and activated is not None, "the layer did not run"
    window = geometry.conv.gather(padded, cell.y, cell.x).astype(np.float64)
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
    )


def pool_arithmetic(cell: Cell, result: Result) -> PoolArithmetic:
    activated, pooled = result.activated, result.pooled
    assert activated is not None and pooled is not None, "the layer did not run, or has no pooling"
    ys, xs = conv_region(cell, result)
    block = activated[cell.filter, ys.start : ys.stop, xs.start : xs.stop]
    return PoolArithmetic(cell, block, result.snapshot.params.pooling, float(pooled[cell.filter, cell.y, cell.x]))


def arithmetic(cell: Cell, result: Result) -> ConvArithmetic | PoolArithmetic:
    return conv_arithmetic(cell, result) if cell.stage is Stage.CONV else pool_arithmetic(cell, result)
