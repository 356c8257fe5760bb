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
from convviz.text import noop, tr

ITEM_BYTES = 8  # outputs are float64

# How to shrink what a kind of layer makes: its output (maps) or its weights.
# English here (marked with noop), translated when a message is made.
_SMALLER_OUTPUT = {
    "conv2d": noop("StackBudget", "use a smaller input size, fewer channels or a stride"),
    "depthwise": noop("StackBudget", "use a smaller input size, a smaller multiplier or a stride"),
    "pointwise": noop("StackBudget", "use a smaller input size or fewer channels"),
    "conv_transpose2d": noop(
        "StackBudget", "use a smaller input size, fewer channels or a smaller stride (it enlarges the maps)"
    ),
}
_SMALLER_WEIGHTS = {
    "depthwise": noop("StackBudget", "use a smaller multiplier or kernel, or fewer channels before it"),
    "linear": noop("StackBudget", "use fewer outputs, or pool the maps before the Flatten"),
}
_EARLIER = noop("StackBudget", "use a smaller input size, or a stride or pooling in an earlier layer")


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
    error_names_layer: bool = False  # the error's message names its layer (a budget's does)

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
        return tr("StackBudget", "{label}, {channels} ch of {h}×{w}").format(
            label=label, channels=f"{out[0]:,}", h=out[1], w=out[2]
        )
    return tr("StackBudget", "{label}, {features} features").format(label=label, features=f"{out[0]:,}")


def _too_many_layers(count: int) -> str:
    return tr(
        "StackBudget", "a stack holds at most {limit} layers, and this one would have {count} — remove layers first"
    ).format(limit=limits.STACK_MAX_LAYERS, count=f"{count:,}")


def _before(total: str) -> str:
    return tr("StackBudget", ", {total} with the layers before it").format(total=total)


def _output_message(i: int, kind: str, out: Shape, need: int, total: int) -> str:
    return tr(
        "StackBudget",
        "layer {index} ({layer}) would need {need} for its output{before}; "
        "a stack may use {limit} for all its outputs — {hint}",
    ).format(
        index=i + 1,
        layer=_describe(kind, out),
        need=limits.mib(need),
        before=_before(limits.mib(total)) if total > need else "",
        limit=limits.mib(limits.STACK_MAX_ACTIVATION_BYTES),
        hint=tr("StackBudget", _SMALLER_OUTPUT.get(kind, _EARLIER)),
    )


def _weights_message(i: int, kind: str, out: Shape, need: int, total: int) -> str:
    hint = _SMALLER_WEIGHTS.get(kind, noop("StackBudget", "use fewer channels or a smaller kernel"))
    return tr(
        "StackBudget",
        "layer {index} ({layer}) would have {need} weights{before}; a stack may have {limit} in all — {hint}",
    ).format(
        index=i + 1,
        layer=_describe(kind, out),
        need=f"{need:,}",
        before=_before(f"{total:,}") if total > need else "",
        limit=f"{limits.STACK_MAX_WEIGHTS:,}",
        hint=tr("StackBudget", hint),
    )


def _work_message(i: int, kind: str, out: Shape, need: int, total: int) -> str:
    return tr(
        "StackBudget",
        "layer {index} ({layer}) would take {need} multiply-adds{before}; "
        "a stack may take {limit} in all (a few seconds of computing) — {hint}, or a smaller kernel",
    ).format(
        index=i + 1,
        layer=_describe(kind, out),
        need=_billions(need),
        before=_before(_billions(total)) if total > need else "",
        limit=_billions(limits.STACK_MAX_MULT_ADDS),
        hint=tr("StackBudget", _SMALLER_OUTPUT.get(kind, _EARLIER)),
    )


def _billions(n: int) -> str:
    """A count said in words: "1.2 billion", "3.4 million". The figure is given in the units
    other languages count in too (yi = 10⁸ and wan = 10⁴ for Chinese): a translation picks its own."""
    if n >= 1e8:
        return tr("StackBudget", "{billions} billion").format(billions=f"{n / 1e9:.1f}", yi=f"{n / 1e8:.1f}")
    return tr("StackBudget", "{millions} million").format(millions=f"{n / 1e6:.1f}", wan=f"{n / 1e4:,.0f}")


def plan(layers: Sequence[tuple[str, dict]], input_shape: Shape) -> StackPlan:
    """Walk ``(kind, params)`` layers from ``input_shape`` without allocating anything."""
    input_shape = tuple(int(s) for s in input_shape)
    outputs: list[Shape] = []
    weights: list[dict[str, Shape]] = []
    out_bytes = params = total_work = 0

    def stop(i: int, error: str, over: bool, named: bool = False) -> StackPlan:
        return StackPlan(input_shape, tuple(outputs), tuple(weights), i, error, over, named)

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
            return stop(i, _output_message(i, kind, out, need, out_bytes + need), True, True)
        if params + count > limits.STACK_MAX_WEIGHTS:
            return stop(i, _weights_message(i, kind, out, count, params + count), True, True)
        if total_work + work > limits.STACK_MAX_MULT_ADDS:
            return stop(i, _work_message(i, kind, out, work, total_work + work), True, True)
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
