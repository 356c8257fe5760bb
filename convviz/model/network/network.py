"""A network read from a file: the engine graph, the input it expects and what it predicts."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from convviz.engine.graph import Graph
from convviz.text import tr


@dataclass
class Network:
    """``forward(x)`` takes an NCHW float32 batch of ``input_shape`` images and returns the
    model's first output. ``labels`` name the classes when the file (or the user) gives them."""

    graph: Graph
    input_shape: tuple[int, int, int]  # (C, H, W)
    name: str = "model"
    labels: list[str] | None = None
    fixed_batch: int | None = None  # the batch size the file fixes, None when it is dynamic
    notes: list[str] = field(default_factory=list)  # what a user should know (folded BatchNorm …)
    source_ops: dict[str, str] = field(default_factory=dict)  # node name -> the file's operator
    open_hw: bool = False  # the file leaves height and width open: input_shape is the size chosen

    def check_input(self, x: np.ndarray) -> np.ndarray:
        a = np.asarray(x, dtype=np.float32)
        if a.ndim != 4 or tuple(a.shape[1:]) != self.input_shape:
            raise ValueError(
                tr("Network", "{name} takes (N, {shape}) images, got {got}").format(
                    name=self.name, shape=", ".join(map(str, self.input_shape)), got=a.shape
                )
            )
        if self.fixed_batch is not None and a.shape[0] != self.fixed_batch:
            raise ValueError(
                tr("Network", "{name} takes batches of exactly {batch}, got {got}").format(
                    name=self.name, batch=self.fixed_batch, got=a.shape[0]
                )
            )
        return a

    def run(self, x: np.ndarray) -> dict[str, np.ndarray]:
        """Every value of the forward pass (each layer's output by its name)."""
        return self.graph.run(self.check_input(x))

    def forward(self, x: np.ndarray) -> np.ndarray:
        return self.run(x)[self.graph.output]
