"""Parallel branches on one input, concatenated along channels (an Inception block).

The engine's ``summary`` and ``Sequential`` run one chain; a block of several chains is their
sum: each branch summarised (or run) on the same input, outputs stacked channel-wise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz import engine as E

Shape = tuple[int, ...]


@dataclass(frozen=True)
class BranchesSummary:
    input_shape: Shape
    branches: list[E.Summary]
    output_shape: Shape
    total_params: int
    total_mult_adds: int


def _out(s: E.Summary) -> Shape:
    return s.rows[-1].output_shape if s.rows else s.input_shape


def parallel_summary(branches: list[list[E.Layer]], input_shape: Shape) -> BranchesSummary:
    """Sum of the branch summaries; ValueError if the branches' maps differ in size."""
    if not branches:
        raise ValueError("a parallel block needs at least one branch")
    summaries = [E.summary(b, input_shape) for b in branches]
    outs = [_out(s) for s in summaries]
    if any(len(o) != 3 for o in outs) or len({o[1:] for o in outs}) != 1:
        raise ValueError(f"branches must end in maps of one size to be concatenated, got {outs}")
    shape = (sum(o[0] for o in outs), *outs[0][1:])
    return BranchesSummary(
        tuple(input_shape),
        summaries,
        shape,
        sum(s.total_params for s in summaries),
        sum(s.total_mult_adds for s in summaries),
    )


def parallel_forward(branches: list[list[E.Layer]], x: np.ndarray) -> np.ndarray:
    """Run each branch on the same (N, C, H, W) batch and concatenate the outputs by channel."""
    return np.concatenate([E.Sequential(b).forward(x) if b else x for b in branches], axis=1)
