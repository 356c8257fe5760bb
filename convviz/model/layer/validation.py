"""Explain, in one sentence a learner can act on, why a layer setting cannot run on this input.

A `Problem` names the settings it is about (`LayerParams` field names), so the settings panel
shows it next to those controls while the views keep the last result that did work. When the
layer can run, `resolve_layer` returns its geometry instead: padding is resolved here, once,
and every later step reads it from the result. The messages are in the interface's language
(``convviz.text.tr``, context "LayerValidation"), written when the layer is checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from convviz.model.settings import LayerParams, PaddingKind, PaddingMode, Pooling, PoolPadding
from convviz.text import tr

if TYPE_CHECKING:
    from convviz.engine.geometry import LayerGeometry, PoolGeometry

Pair = tuple[int, int]
Pads = tuple[Pair, Pair]
AXES = (("rows", "height", "top", "bottom"), ("columns", "width", "left", "right"))  # also the pads' field names


def _word(word: str) -> str:
    """One of the AXES' words in the interface's language."""
    words = {
        "rows": tr("LayerValidation", "rows"),
        "columns": tr("LayerValidation", "columns"),
        "height": tr("LayerValidation", "height"),
        "width": tr("LayerValidation", "width"),
        "top": tr("LayerValidation", "top"),
        "bottom": tr("LayerValidation", "bottom"),
        "left": tr("LayerValidation", "left"),
        "right": tr("LayerValidation", "right"),
    }
    return words[word]


@dataclass(frozen=True)
class Problem:
    """Why the layer cannot run, and which settings (field names) it is about."""

    fields: tuple[str, ...]
    message: str


def resolve_layer(params: LayerParams, in_hw: Pair, kernel_hw: Pair) -> LayerGeometry | Problem:
    """The layer's geometry if it can run on an input of in_hw, else the problem."""
    from convviz import engine  # imported here so the state module stays cheap to import

    pads = engine.resolve_padding(params.padding_arg(), in_hw, kernel_hw, params.stride, params.dilation)
    for axis in (0, 1):
        problem = _padding_problem(params, axis, in_hw, pads) or _span_problem(params, axis, in_hw, kernel_hw, pads)
        if problem:
            return problem
    conv = engine.ConvGeometry.resolve(in_hw, kernel_hw, params.stride, pads, params.dilation)
    return check_pooling(params, conv.out_hw) or engine.LayerGeometry(conv, _pool(params, conv.out_hw))


def check_layer(params: LayerParams, in_hw: Pair, kernel_hw: Pair) -> Problem | None:
    """None if the layer can run, else why not."""
    planned = resolve_layer(params, in_hw, kernel_hw)
    return planned if isinstance(planned, Problem) else None


def check_pooling(params: LayerParams, conv_hw: Pair) -> Problem | None:
    """A window larger than the map fits nowhere, except with SAME pooling, which pads it."""
    if params.pool_padding is PoolPadding.SAME:
        return None
    if params.pooling in (Pooling.MAX, Pooling.AVG) and params.pool_size > min(conv_hw):
        return Problem(
            ("pool_size", "stride"),
            tr(
                "LayerValidation",
                "The {k}×{k} pooling window does not fit the {h}×{w} feature map. Use a smaller pool size or"
                " less stride.",
            ).format(k=params.pool_size, h=conv_hw[0], w=conv_hw[1]),
        )
    return None


def _pad_fields(params: LayerParams, sides: tuple[str, ...]) -> tuple[str, ...]:
    """The controls that set these pads: the pad boxes if explicit, else the padding kind."""
    if params.padding_kind is PaddingKind.EXPLICIT:
        return tuple(f"pad_{side}" for side in sides)
    return ("padding_kind",)


def _padding_problem(params: LayerParams, axis: int, in_hw: Pair, pads: Pads) -> Problem | None:
    """Reflect and circular padding copy the image, so they cannot reach past it."""
    _, size_word, before, after = AXES[axis]
    size, mode = in_hw[axis], params.padding_mode
    for side, pad in zip((before, after), pads[axis], strict=True):
        fields = (*_pad_fields(params, (side,)), "padding_mode")
        if mode is PaddingMode.REFLECT and pad >= size:
            return Problem(
                fields,
                tr(
                    "LayerValidation",
                    "Reflect padding mirrors the image, so each pad must be narrower than the image:"
                    " {side} pad {pad} ≥ {size_word} {size}.",
                ).format(side=_word(side), pad=pad, size_word=_word(size_word), size=size),
            )
        if mode is PaddingMode.CIRCULAR and pad > size:
            return Problem(
                fields,
                tr(
                    "LayerValidation",
                    "Circular padding wraps the image around, so a pad cannot exceed the image:"
                    " {side} pad {pad} > {size_word} {size}.",
                ).format(side=_word(side), pad=pad, size_word=_word(size_word), size=size),
            )
    return None


def _span_problem(params: LayerParams, axis: int, in_hw: Pair, kernel_hw: Pair, pads: Pads) -> Problem | None:
    """The dilated kernel must fit the padded input, or the output is empty."""
    from convviz.engine.geometry import span

    cells, _, before, after = AXES[axis]
    padded = in_hw[axis] + sum(pads[axis])
    reach = span(kernel_hw[axis], params.dilation)
    if reach > padded:
        return Problem(
            ("dilation", *_pad_fields(params, (before, after))),
            tr(
                "LayerValidation",
                "The kernel's dilated span is {reach} {cells} ({taps} taps, dilation {dilation}) but the padded"
                " input has only {padded}: the output would be empty. Add padding, lower the dilation or use a"
                " smaller kernel.",
            ).format(reach=reach, cells=_word(cells), taps=kernel_hw[axis], dilation=params.dilation, padded=padded),
        )
    return None


def _pool(params: LayerParams, conv_hw: Pair) -> PoolGeometry | None:
    from convviz import engine
    from convviz.engine.pool import pool_geometry

    if params.pooling is Pooling.NONE:
        return None
    if params.pooling.is_global:
        return engine.PoolGeometry.global_pool(conv_hw)
    return pool_geometry(conv_hw, **params.pool_args())
