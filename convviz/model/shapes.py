"""Shapes, parameter counts and the output-size formula filled in with the current numbers."""

from __future__ import annotations

from dataclasses import dataclass

from .settings import Activation, LayerParams, PaddingKind, Pooling

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


def conv_formula(axis: str, size: int, k: int, p: LayerParams, pads: tuple[int, int], out: int) -> str:
    """'W_out = ⌊(W − D·(F−1) − 1 + 2P)/S⌋ + 1 = ⌊(48 − 1·(3−1) − 1 + 2)/1⌋ + 1 = 48'."""
    s, d = p.stride, p.dilation
    if p.padding_kind is PaddingKind.SAME:
        return (f"{axis}_out = ⌈{axis}/S⌉ = ⌈{size}/{s}⌉ = {out}"
                f"  (SAME pads {pads[0]}+{pads[1]})")
    if pads[0] == pads[1]:
        sym, num = "2P", f"2·{pads[0]}"
    else:
        sym, num = "P₁ + P₂", f"{pads[0]} + {pads[1]}"
    return (f"{axis}_out = ⌊({axis} − D·(F−1) − 1 + {sym})/S⌋ + 1"
            f" = ⌊({size} − {d}·({k}−1) − 1 + {num})/{s}⌋ + 1 = {out}")


def pool_formula(axis: str, size: int, p: LayerParams, out: int) -> str:
    if p.pooling.is_global:
        return f"{axis}_pool = 1  (global: one value per map)"
    return (f"{axis}_pool = ⌊({axis}_out − K)/S⌋ + 1 = ⌊({size} − {p.pool_size})/{p.pool_stride}⌋ + 1"
            f" = {out}")


def engine_layers(p: LayerParams, kernel_shape: Shape, pads: Pads) -> list:
    """The same layer as engine layer specs, for engine.summary."""
    from convviz import engine

    f, c, kh, kw = kernel_shape
    layers = [engine.Conv2d(c, f, (kh, kw), p.stride, pads, p.dilation, bias=p.use_bias,
                            padding_mode=p.padding_mode.value, seed=0)]
    acts = {Activation.RELU: engine.ReLU, Activation.LEAKY_RELU: engine.LeakyReLU,
            Activation.SIGMOID: engine.Sigmoid, Activation.TANH: engine.Tanh}
    if p.activation in acts:
        layers.append(acts[p.activation]())
    if p.pooling is Pooling.MAX:
        layers.append(engine.MaxPool2d(p.pool_size, p.pool_stride))
    elif p.pooling is Pooling.AVG:
        layers.append(engine.AvgPool2d(p.pool_size, p.pool_stride))
    elif p.pooling is Pooling.GLOBAL_MAX:
        layers.append(engine.GlobalMaxPool2d())
    elif p.pooling is Pooling.GLOBAL_AVG:
        layers.append(engine.GlobalAvgPool2d())
    return layers


def shape_info(p: LayerParams, in_shape: Shape, kernel_shape: Shape, pads: Pads,
               out_shape: Shape, pooled_shape: Shape | None) -> ShapeInfo:
    c, h, w = in_shape
    f, _, kh, kw = kernel_shape
    padded = (c, h + sum(pads[0]), w + sum(pads[1]))
    try:
        table = _summary(p, kernel_shape, pads, in_shape)
        params, mult_adds, text = table.total_params, table.total_mult_adds, str(table)
    except (ValueError, TypeError) as exc:  # the summary is extra; never let it hide the maps
        params = f * c * kh * kw + (f if p.use_bias else 0)
        mult_adds = f * out_shape[1] * out_shape[2] * c * kh * kw
        text = f"(summary unavailable: {exc})"
    formulas = (conv_formula("H", h, kh, p, pads[0], out_shape[1]),
                conv_formula("W", w, kw, p, pads[1], out_shape[2]))
    pool_f = None
    if pooled_shape is not None:
        pool_f = (pool_formula("H", out_shape[1], p, pooled_shape[1]),
                  pool_formula("W", out_shape[2], p, pooled_shape[2]))
    return ShapeInfo(tuple(in_shape), padded, tuple(out_shape), pooled_shape and tuple(pooled_shape),
                     tuple(kernel_shape), params, mult_adds, formulas, pool_f, text)


def _summary(p: LayerParams, kernel_shape: Shape, pads: Pads, in_shape: Shape):
    from convviz import engine

    return engine.summary(engine_layers(p, kernel_shape, pads), tuple(in_shape))
