"""The one translation of the app's layer settings onto the engine: its own layer objects.

The explorer's forward pass, the shape panel's parameter and mult-add counts, and the
stepper's trace spec all read these, so a setting means the same thing everywhere; the pooling
and activation kinds are looked up here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from convviz import engine
from convviz.engine.trace import LayerSpec
from convviz.model.settings import Activation, LayerParams, Pooling, PoolPadding
from convviz.text import tr

Pads = tuple[tuple[int, int], tuple[int, int]]

ACTIVATION_LAYERS: dict[Activation, Callable[[], engine.Layer] | None] = {
    Activation.NONE: None,
    Activation.RELU: engine.ReLU,
    Activation.LEAKY_RELU: engine.LeakyReLU,
    Activation.SIGMOID: engine.Sigmoid,
    Activation.TANH: engine.Tanh,
}
POOL_LAYERS: dict[Pooling, Callable[[LayerParams], engine.Layer] | None] = {
    Pooling.NONE: None,
    Pooling.MAX: lambda p: engine.MaxPool2d(**p.pool_args()),
    Pooling.AVG: lambda p: engine.AvgPool2d(**p.pool_args()),
    Pooling.GLOBAL_MAX: lambda p: engine.GlobalMaxPool2d(),
    Pooling.GLOBAL_AVG: lambda p: engine.GlobalAvgPool2d(),
}
# The stepper walks windowed pooling cell by cell; a global pool is one cell and is not stepped.
TRACE_POOLS: dict[Pooling, str] = {
    Pooling.NONE: "none",
    Pooling.MAX: "max",
    Pooling.AVG: "avg",
    Pooling.GLOBAL_MAX: "none",
    Pooling.GLOBAL_AVG: "none",
}


@dataclass(frozen=True)
class LayerStages:
    """The layer as engine layers, by stage; `activation` and `pool` are None when not used."""

    conv: engine.Conv2d
    activation: engine.Layer | None
    pool: engine.Layer | None

    @property
    def layers(self) -> list[engine.Layer]:
        return [layer for layer in (self.conv, self.activation, self.pool) if layer is not None]


def engine_layers(p: LayerParams, weight: np.ndarray, bias: np.ndarray | None, pads: Pads) -> LayerStages:
    """The layer with the user's weights (F, C, kH, kW) and bias (F,) or None.

    The engine's Conv2d cross-correlates; "true convolution" (flip) is the same layer with the
    kernel rotated 180°, which is how the weights are handed over.
    """
    f, c, kh, kw = weight.shape
    conv = engine.Conv2d(
        c, f, (kh, kw), p.stride, pads, p.dilation, bias=bias is not None, padding_mode=p.padding_mode.value, seed=0
    )
    conv.params["weight"] = np.ascontiguousarray(weight[:, :, ::-1, ::-1] if p.flip else weight)
    if bias is not None:
        conv.params["bias"] = np.asarray(bias, dtype=weight.dtype)
    make_activation, make_pool = ACTIVATION_LAYERS[p.activation], POOL_LAYERS[p.pooling]
    return LayerStages(
        conv, None if make_activation is None else make_activation(), None if make_pool is None else make_pool(p)
    )


def trace_spec(p: LayerParams) -> tuple[LayerSpec, str]:
    """The stepper's trace spec for the settings, and a note when part of the layer is not stepped
    (in the interface's language, context "LayerAdapter")."""
    note = tr("LayerAdapter", "global pooling is not stepped here") if p.pooling.is_global else ""
    pool = TRACE_POOLS[p.pooling]
    if p.pooling in (Pooling.MAX, Pooling.AVG) and p.pool_padding is not PoolPadding.VALID:
        # The traces step VALID pooling only; stepped as VALID the numbers would differ from the
        # explorer's, and a SAME window larger than the stepped crop could not be stepped at all.
        pool = "none"
        note = tr("LayerAdapter", "{kind} pooling is not stepped here (only VALID is); the explorer shows it").format(
            kind=p.pool_padding.value.upper()
        )
    spec = LayerSpec(
        stride=p.stride,
        padding=p.padding_arg(),
        dilation=p.dilation,
        padding_mode=p.padding_mode.value,
        flip=p.flip,
        activation=p.activation.value,
        pool=pool,
        pool_size=p.pool_size,
        pool_stride=p.pool_stride,
    )
    return spec, note
