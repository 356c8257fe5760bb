"""A Keras-style summary of a network: each layer's operator, output shape, parameters,
multiply-adds and receptive field, from one forward pass on zeros.

The receptive field is the textbook recurrence along each axis — size r, jump j (input cells
between neighbouring outputs): a window of k taps, dilation d, stride s gives
r′ = r + d·(k − 1)·j, j′ = j·s — taken through every path of the graph (the largest where
branches meet), and "all" after an op that mixes every cell (global pooling, a dense layer).
The exact field of one chosen cell is ``Graph.connected``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.engine import graph_ops as ops, graph_shapes as shapes, graph_windows as windows
from convviz.engine.graph import Node
from convviz.model.network.network import Network
from convviz.text import tr

PLUMBING = (shapes.Shape, shapes.Gather, shapes.Squeeze, shapes.Unsqueeze, shapes.Cast)  # shape arithmetic, not layers
WHOLE = None  # a receptive field that covers the whole input

Field = tuple[float, float, float, float] | None  # (rows, cols, row jump, col jump); None: the whole input


@dataclass(frozen=True)
class LayerRow:
    name: str
    op: str
    output_shape: tuple[int, ...]  # per sample (the batch axis dropped)
    params: int
    mult_adds: int
    receptive_field: tuple[int, int] | None  # (rows, cols) of input cells; None: the whole input


@dataclass(frozen=True)
class NetworkSummary:
    rows: list[LayerRow]

    @property
    def params(self) -> int:
        return sum(r.params for r in self.rows)

    @property
    def mult_adds(self) -> int:
        return sum(r.mult_adds for r in self.rows)

    def total_line(self) -> str:
        """The network in one line, in the interface's language: "62 layers, 11,689,512 parameters, …"."""
        return tr("NetworkSummary", "{layers} layers, {params} parameters, {mult_adds} mult-adds").format(
            layers=len(self.rows), params=f"{self.params:,}", mult_adds=f"{self.mult_adds:,}"
        )


def summarize(network: Network) -> NetworkSummary:
    graph = network.graph
    x = np.zeros((1, *network.input_shape), np.float32)
    values = graph.run(x)
    fields: dict[str, Field] = {graph.input: (1.0, 1.0, 1.0, 1.0)}
    counted: set[str] = set()
    rows = []
    for node in graph.nodes:
        inputs = [values[n] if n else None for n in node.inputs]
        fields[node.output] = _field(
            node, inputs, values[node.output], [fields.get(n, (1.0, 1.0, 1.0, 1.0)) if n else None for n in node.inputs]
        )
        if isinstance(node.op, PLUMBING) or node.output not in values or not _is_float(values[node.output]):
            continue
        params = 0
        for name in node.inputs:
            if name in graph.constants and name not in counted and _is_float(graph.constants[name]):
                counted.add(name)
                params += int(graph.constants[name].size)
        f = fields[node.output]
        rf = None if f is None else (int(round(f[0])), int(round(f[1])))
        out = np.shape(values[node.output])
        rows.append(
            LayerRow(node.name, node.op.kind, tuple(out[1:]), params, _mult_adds(node, inputs, values[node.output]), rf)
        )
    return NetworkSummary(rows)


def _is_float(a: object) -> bool:
    return a is not None and np.issubdtype(np.asarray(a).dtype, np.floating)


def _field(node: Node, inputs: list[Any], output: np.ndarray, fields: list[Field]) -> Field:
    op = node.op
    if isinstance(
        op, (ops.GlobalPool, ops.Gemm, ops.MatMul, shapes.Flatten, shapes.Reshape, ops.ReduceMean, ops.Softmax)
    ):
        return WHOLE
    first = fields[0] if fields else (1.0, 1.0, 1.0, 1.0)
    if first is None:
        return WHOLE
    if isinstance(op, (windows.Conv, windows.MaxPool, windows.AveragePool)):
        if isinstance(op, windows.Conv):
            w = inputs[1]
            kernel, stride, dilation = (w.shape[2], w.shape[3]), op.window.stride, op.window.dilation
        else:
            kernel, stride, dilation = op.window.kernel, op.window.stride, op.window.dilation
        r, c, jr, jc = first
        return (
            r + dilation[0] * (kernel[0] - 1) * jr,
            c + dilation[1] * (kernel[1] - 1) * jc,
            jr * stride[0],
            jc * stride[1],
        )
    if isinstance(op, windows.ConvTranspose):
        w = inputs[1]
        r, c, jr, jc = first
        taps = [
            ((op.dilation[a] * (w.shape[2 + a] - 1)) // op.stride[a]) for a in (0, 1)
        ]  # input cells one output reads, less 1
        return (r + taps[0] * jr, c + taps[1] * jc, jr / op.stride[0], jc / op.stride[1])
    merged = [
        f
        for f, a in zip(fields, inputs, strict=True)
        if a is not None and _is_float(a) and np.ndim(a) == 4 and f is not None
    ]
    if any(
        f is None
        for f, a in zip(fields, inputs, strict=True)
        if a is not None and _is_float(a) and np.ndim(a) >= 2 and np.size(a) > 1
    ):
        return WHOLE  # a per-image vector (squeeze-and-excitation's weights) mixes every cell in
    if not merged:
        return first
    return max(merged, key=lambda f: (f[0] * f[1]) if f is not None else math.inf)


def _mult_adds(node: Node, inputs: list[Any], output: np.ndarray) -> int:
    op = node.op
    per_sample = output.size // max(output.shape[0], 1) if output.ndim else output.size
    if isinstance(op, windows.Conv):
        w = inputs[1]
        return int(per_sample * w.shape[1] * w.shape[2] * w.shape[3])
    if isinstance(op, windows.ConvTranspose):
        x, w = inputs[0], inputs[1]
        return int(x.size // x.shape[0] * w.shape[1] * w.shape[2] * w.shape[3])
    if isinstance(op, ops.Gemm):
        a = inputs[0]
        k = a.shape[0] if op.trans_a else a.shape[1]
        return int(per_sample * k)
    if isinstance(op, ops.MatMul):
        return int(per_sample * np.shape(inputs[0])[-1])
    return 0
