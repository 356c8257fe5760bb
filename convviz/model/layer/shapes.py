"""Shapes, parameter counts and the output-size formula filled in with the current numbers.

The formulas stay as they are in every language; the words beside them ("SAME pads 1+1",
"ceil mode") are in the interface's language (``convviz.text.tr``, context "LayerShapes")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from convviz.model.settings import LayerParams, PaddingKind, PoolPadding
from convviz.text import tr

if TYPE_CHECKING:
    from convviz.engine.geometry import LayerGeometry, WindowAxis
    from convviz.model.layer.adapter import LayerStages

Shape = tuple[int, ...]
Pads = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class ShapeInfo:
    in_shape: Shape  # (C, H, W)
    padded_shape: Shape  # (C, H + top + bottom, W + left + right)
    out_shape: Shape  # (F, Ho, Wo)
    pooled_shape: Shape | None
    kernel_shape: Shape  # (F, C, kH, kW)
    params: int
    mult_adds: int
    formulas: tuple[str, str]  # height, width
    pool_formulas: tuple[str, str] | None
    summary: str


def conv_formula(name: str, axis: WindowAxis, same: bool) -> str:
    """'W_out = ⌊(W − D·(F−1) − 1 + 2P)/S⌋ + 1 = ⌊(48 − 1·(3−1) − 1 + 2·1)/1⌋ + 1 = 48'."""
    pads = (axis.before, axis.after)
    if same:
        note = tr("LayerShapes", "(SAME pads {before}+{after})").format(before=pads[0], after=pads[1])
        return f"{name}_out = ⌈{name}/S⌉ = ⌈{axis.size}/{axis.stride}⌉ = {axis.out}  {note}"
    if pads[0] == pads[1]:
        sym, num = "2P", f"2·{pads[0]}"
    else:
        sym, num = "P₁ + P₂", f"{pads[0]} + {pads[1]}"
    return (
        f"{name}_out = ⌊({name} − D·(F−1) − 1 + {sym})/S⌋ + 1"
        f" = ⌊({axis.size} − {axis.dilation}·({axis.kernel}−1) − 1 + {num})/{axis.stride}⌋ + 1 = {axis.out}"
    )


def pool_formula(name: str, axis: WindowAxis, is_global: bool, padding: PoolPadding = PoolPadding.VALID) -> str:
    """The pooled size along one axis, by the rule the layer pools with (VALID, ceil, SAME)."""
    if is_global:
        return f"{name}_pool = 1  " + tr("LayerShapes", "(global: one value per map)")
    size, k, s, out = axis.size, axis.kernel, axis.stride, axis.out
    if padding is PoolPadding.SAME:
        note = tr("LayerShapes", "(SAME pads {before}+{after})").format(before=axis.before, after=axis.after)
        return f"{name}_pool = ⌈{name}_out/S⌉ = ⌈{size}/{s}⌉ = {out}  {note}"
    if padding is PoolPadding.CEIL:
        text = f"{name}_pool = ⌈({name}_out − K)/S⌉ + 1 = ⌈({size} − {k})/{s}⌉ + 1"
        counted = -(-(size - k) // s) + 1  # what the arithmetic shown gives
        ceil = tr("LayerShapes", "(ceil mode)")
        if counted != out:  # torch's rule: a window must start inside the input (engine.geometry.pool_output_size)
            drops = tr("LayerShapes", "− 1: the last window would start past the input (torch drops it)")
            return f"{text} = {counted}, {drops} = {out}  {ceil}"
        return f"{text} = {out}  {ceil}"
    return f"{name}_pool = ⌊({name}_out − K)/S⌋ + 1 = ⌊({size} − {k})/{s}⌋ + 1 = {out}"


def shape_info(
    p: LayerParams, in_shape: Shape, kernel_shape: Shape, geometry: LayerGeometry, stages: LayerStages
) -> ShapeInfo:
    """Shapes and formulas read from the layer's geometry; counts from the engine's summary of
    the very layer objects that computed the maps."""
    from convviz import engine

    c = in_shape[0]
    f, _, kh, kw = kernel_shape
    conv, pool = geometry.conv, geometry.pool
    padded = (c, *conv.padded_hw)
    out_shape = (f, *conv.out_hw)
    pooled_shape = None if pool is None else (f, *pool.out_hw)
    try:
        table = engine.summary(stages.layers, tuple(in_shape))
        params, mult_adds, text = table.total_params, table.total_mult_adds, str(table)
    except (ValueError, TypeError) as exc:  # the summary is extra; never let it hide the maps
        params = f * c * kh * kw + (f if p.use_bias else 0)
        mult_adds = f * out_shape[1] * out_shape[2] * c * kh * kw
        text = f"(summary unavailable: {exc})"
    same = p.padding_kind is PaddingKind.SAME
    formulas = (conv_formula("H", conv.rows, same), conv_formula("W", conv.cols, same))
    pool_f = None
    if pool is not None:
        glob, how = p.pooling.is_global, p.pool_padding
        pool_f = (pool_formula("H", pool.rows, glob, how), pool_formula("W", pool.cols, glob, how))
    return ShapeInfo(
        tuple(in_shape), padded, out_shape, pooled_shape, tuple(kernel_shape), params, mult_adds, formulas, pool_f, text
    )
