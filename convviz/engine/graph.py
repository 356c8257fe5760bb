"""A network as a graph of ops: what an ONNX model is, run forward and backward on the engine.

A ``Sequential`` stack is a chain; real networks are DAGs (residual additions, squeeze-and-
excitation products, Inception concatenations). A ``Graph`` holds named values — the input,
the constants (weights) and every node's output — and nodes in an order where each node's
inputs exist before it runs (topological). Each node's op is a small object from
``graph_ops`` with ``forward(*inputs)``, ``backward(grad, inputs, output, need)`` and
``connect(mask, inputs, output)``: which input cells an output cell depends on, for the
receptive field through the whole graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from convviz.text import tr


class Op(Protocol):
    @property
    def kind(self) -> str: ...  # the operator's name, as the file named it (Conv, Relu, …)

    def forward(self, *inputs: Any) -> np.ndarray: ...

    def backward(
        self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]
    ) -> list[np.ndarray | None]: ...

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> list[np.ndarray | None]: ...


@dataclass
class Node:
    name: str
    op: Op
    inputs: list[str]  # value names; "" is an omitted optional input
    output: str


@dataclass
class Graph:
    """Nodes in a runnable order; ``constants`` are the weights, ``input``/``output`` value names."""

    nodes: list[Node]
    input: str
    output: str
    constants: dict[str, np.ndarray] = field(default_factory=dict)
    # The most a pass may keep (it keeps every value, for the maps): a small hostile file can
    # otherwise chain nodes that each ask for a gigabyte. None: no limit.
    max_value_bytes: int | None = None

    def __post_init__(self) -> None:
        known = {self.input, *self.constants, ""}
        for node in self.nodes:
            missing = [name for name in node.inputs if name not in known]
            if missing:
                raise ValueError(
                    tr("Graph", "node {node} ({op}) reads {value}, which no earlier node makes").format(
                        node=repr(node.name), op=node.op.kind, value=repr(missing[0])
                    )
                )
            known.add(node.output)
        if self.output not in known:
            raise ValueError(
                tr("Graph", "the graph's output {value} is made by no node").format(value=repr(self.output))
            )

    def run(self, x: np.ndarray, until: str | None = None) -> dict[str, np.ndarray]:
        """Every value of a forward pass on x (NCHW), by name; stops after ``until`` if given.
        A node that cannot run, or a pass past ``max_value_bytes``, raises ValueError naming the node."""
        values: dict[str, np.ndarray] = {**self.constants, self.input: np.asarray(x)}
        kept = values[self.input].nbytes
        for node in self.nodes:
            try:
                out = node.op.forward(*(_read(values, name) for name in node.inputs))
            except (ValueError, IndexError, TypeError) as exc:
                raise ValueError(
                    tr("Graph", "node {node} ({op}): {error}").format(node=repr(node.name), op=node.op.kind, error=exc)
                ) from exc
            kept += np.asarray(out).nbytes
            if self.max_value_bytes is not None and kept > self.max_value_bytes:
                raise ValueError(
                    tr("Graph", "node {node} ({op}): one pass would keep more than {limit} MiB of values").format(
                        node=repr(node.name), op=node.op.kind, limit=f"{self.max_value_bytes / 2**20:,.0f}"
                    )
                )
            values[node.output] = out
            if node.output == until:
                break
        return values

    def forward(self, x: np.ndarray) -> np.ndarray:
        return self.run(x)[self.output]

    def _inputs(self, node: Node, values: dict[str, np.ndarray]) -> list[np.ndarray]:
        return [_read(values, name) for name in node.inputs]

    def backward(
        self, values: dict[str, np.ndarray], seed: str, grad: np.ndarray, want: set[str]
    ) -> dict[str, np.ndarray]:
        """d(seed · grad)/d(value) for every value in ``want`` (the input, or a layer's output), by
        the chain rule from ``seed`` back through the nodes that lead to it."""
        needed = self._ancestors_of(seed, want)
        grads: dict[str, np.ndarray] = {seed: np.asarray(grad, dtype=values[seed].dtype)}
        for node in reversed(self.nodes):
            g = grads.get(node.output)
            if g is None or node.output not in needed:
                continue
            need = [name in needed and name not in self.constants for name in node.inputs]
            if not any(need):
                continue
            parts = node.op.backward(g, self._inputs(node, values), values[node.output], need)
            for name, part, wanted in zip(node.inputs, parts, need, strict=True):
                if wanted and part is not None:
                    grads[name] = grads[name] + part if name in grads else part
        return {name: grads.get(name, np.zeros_like(values[name])) for name in want}

    def connected(self, values: dict[str, np.ndarray], seed: str, mask: np.ndarray) -> np.ndarray:
        """Which input cells the cells of ``seed`` marked in ``mask`` depend on: the receptive
        field through every path of the graph (a bool array shaped like the input)."""
        needed = self._ancestors_of(seed, {self.input})
        masks: dict[str, np.ndarray] = {seed: np.asarray(mask, dtype=bool)}
        for node in reversed(self.nodes):
            m = masks.get(node.output)
            if m is None or node.output not in needed:
                continue
            parts = node.op.connect(m, self._inputs(node, values), values[node.output])
            for name, part in zip(node.inputs, parts, strict=True):
                if part is not None and name in needed and name not in self.constants:
                    masks[name] = masks[name] | part if name in masks else part
        return masks.get(self.input, np.zeros(np.shape(values[self.input]), dtype=bool))

    def _ancestors_of(self, seed: str, sources: set[str]) -> set[str]:
        """Values on some path from one of ``sources`` to ``seed`` (where gradients must flow)."""
        makers = {node.output: node for node in self.nodes}
        reaches = dict.fromkeys(sources, True)
        for node in self.nodes:  # in order, so every input is decided before its reader
            reaches[node.output] = node.output in sources or any(reaches.get(n, False) for n in node.inputs if n)
        upstream: set[str] = set()
        stack = [seed]
        while stack:
            name = stack.pop()
            if name in upstream or not reaches.get(name, False):
                continue
            upstream.add(name)
            if name in makers:
                stack.extend(n for n in makers[name].inputs if n)
        return upstream


def _read(values: dict[str, Any], name: str) -> Any:
    return None if name == "" else values[name]
