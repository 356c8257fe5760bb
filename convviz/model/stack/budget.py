"""Whether a stack fits its budgets, decided from shapes alone before anything is allocated.

Every layer's output is kept (the tab draws them all) and every layer runs on the GUI thread,
so what a stack costs is the sum of its outputs (as float64), of its weights and of its
multiply-adds; ``limits`` holds the memory budgets. ``plan`` walks the layers like the engine
would and stops at the first layer that cannot take its input or would go over a budget;
``check`` turns going over into a StackBudgetError whose message names the layer, what it
would need, the limit and how to stay under it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from convviz.model import limits
from convviz.model.stack.layers import Shape, plan as plan_layer, spec

ITEM_BYTES = 8  # outputs are float64

# How to shrink what a kind of layer makes: its output (maps) or its weights.
_SMALLER_OUTPUT = {
    "conv2d": "use a smaller input size, fewer channels or a stride",
    "depthwise": "use a smaller input size, a smaller multiplier or a stride",
    "pointwise": "use a smaller input size or fewer channels",
    "conv_transpose2d": "use a smaller input size, fewer channels or a smaller stride (it enlarges the maps)",
}
_SMALLER_WEIGHTS = {
    "depthwise": "use a smaller multiplier or kernel, or fewer channels before it",
    "linear": "use fewer outputs, or pool the maps before the Flatten",
}


def mult_adds(kind: str, params: dict, in_shape: Shape, out: Shape, weights: dict[str, Shape]) -> int:
    """Multiply-adds one layer costs, from shapes (the engine's count for conv and linear
    layers); a pooling window's reads count too, since they cost about as much."""
    if "weight" in weights:
        spatial = in_shape[1:] if kind == "conv_transpose2d" else out[1:]  # a transpose stamps per input cell
        return math.prod(weights["weight"]) * math.prod(spatial)
    if kind in ("max_pool", "avg_pool"):
        return math.prod(out) * params["kernel_size"] ** 2
    return math.prod(in_shape) if kind in ("global_avg_pool", "global_max_pool") else 0


class StackBudgetError(ValueError):
    """The stack would need more memory or arithmetic than a stack may use; the message says how to fit."""


@dataclass(frozen=True)
class StackPlan:
    """Output shape and weight shapes of each layer that fits, in order; ``error`` is why the
    next layer (``error_index``) does not: a shape it cannot take, or a budget (``over_budget``)."""

    input_shape: Shape
    outputs: tuple[Shape, ...] = ()
    weights: tuple[dict[str, Shape], ...] = ()
    error_index: int | None = None
    error: str = ""
    over_budget: bool = False

    @property
    def output_bytes(self) -> int:
        return sum(math.prod(s) for s in self.outputs) * ITEM_BYTES

    @property
    def params(self) -> int:
        return sum(math.prod(s) for w in self.weights for s in w.values())

    def in_shape(self, index: int) -> Shape:
        return self.input_shape if index == 0 else self.outputs[index - 1]


def _describe(kind: str, out: Shape) -> str:
    label = spec(kind).label
    if len(out) == 3:
        return f"{label}, {out[0]:,} ch of {out[1]}×{out[2]}"
    return f"{label}, {out[0]:,} features"


def _too_many_layers(count: int) -> str:
    return (
        f"a stack holds at most {limits.STACK_MAX_LAYERS} layers, and this one would have {count:,} "
        "— remove layers first"
    )


def _output_message(i: int, kind: str, out: Shape, need: int, total: int) -> str:
    before = f", {limits.mib(total)} with the layers before it" if total > need else ""
    hint = _SMALLER_OUTPUT.get(kind, "use a smaller input size, or a stride or pooling in an earlier layer")
    return (
        f"layer {i + 1} ({_describe(kind, out)}) would need {limits.mib(need)} for its output{before}; "
        f"a stack may use {limits.mib(limits.STACK_MAX_ACTIVATION_BYTES)} for all its outputs — {hint}"
    )


def _weights_message(i: int, kind: str, out: Shape, need: int, total: int) -> str:
    before = f", {total:,} with the layers before it" if total > need else ""
    hint = _SMALLER_WEIGHTS.get(kind, "use fewer channels or a smaller kernel")
    return (
        f"layer {i + 1} ({_describe(kind, out)}) would have {need:,} weights{before}; "
        f"a stack may have {limits.STACK_MAX_WEIGHTS:,} in all — {hint}"
    )


def _work_message(i: int, kind: str, out: Shape, need: int, total: int) -> str:
    before = f", {_billions(total)} with the layers before it" if total > need else ""
    hint = _SMALLER_OUTPUT.get(kind, "use a smaller input size, or a stride or pooling in an earlier layer")
    return (
        f"layer {i + 1} ({_describe(kind, out)}) would take {_billions(need)} multiply-adds{before}; "
        f"a stack may take {_billions(limits.STACK_MAX_MULT_ADDS)} in all (a few seconds of computing) — "
        f"{hint}, or a smaller kernel"
    )


def _billions(n: int) -> str:
    return f"{n / 1e9:.1f} billion" if n >= 1e8 else f"{n / 1e6:.1f} million"


def plan(layers: Sequence[tuple[str, dict]], input_shape: Shape) -> StackPlan:
    """Walk ``(kind, params)`` layers from ``input_shape`` without allocating anything."""
    input_shape = tuple(int(s) for s in input_shape)
    outputs: list[Shape] = []
    weights: list[dict[str, Shape]] = []
    out_bytes = params = total_work = 0

    def stop(i: int, error: str, over: bool) -> StackPlan:
        return StackPlan(input_shape, tuple(outputs), tuple(weights), i, error, over)

    shape = input_shape
    for i, (kind, p) in enumerate(layers):
        if i >= limits.STACK_MAX_LAYERS:
            return stop(i, _too_many_layers(len(layers)), True)
        try:
            out, w = plan_layer(kind, p, shape)
        except ValueError as exc:
            return stop(i, str(exc), False)
        need, count = math.prod(out) * ITEM_BYTES, sum(math.prod(s) for s in w.values())
        work = mult_adds(kind, p, shape, out, w)
        if out_bytes + need > limits.STACK_MAX_ACTIVATION_BYTES:
            return stop(i, _output_message(i, kind, out, need, out_bytes + need), True)
        if params + count > limits.STACK_MAX_WEIGHTS:
            return stop(i, _weights_message(i, kind, out, count, params + count), True)
        if total_work + work > limits.STACK_MAX_MULT_ADDS:
            return stop(i, _work_message(i, kind, out, work, total_work + work), True)
        out_bytes, params, total_work, shape = out_bytes + need, params + count, total_work + work, out
        outputs.append(out)
        weights.append(w)
    return StackPlan(input_shape, tuple(outputs), tuple(weights))


def check(layers: Sequence[tuple[str, dict]], input_shape: Shape) -> StackPlan:
    """The plan, or StackBudgetError if the stack would go over a budget. A layer that cannot
    take its input is not refused here: the stack shows it as an error row."""
    result = plan(layers, input_shape)
    if result.over_budget:
        raise StackBudgetError(result.error)
    return result
