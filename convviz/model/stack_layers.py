"""The layer kinds a stack can hold: their parameters (as data, so the editor and the file
reader share one description) and how each becomes an engine layer for a given input shape.

Input channels and features are never stored: they follow from the shape before the layer,
so inserting or removing a layer upstream cannot leave a stale channel count behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from convviz import engine as E

Shape = tuple[int, ...]
MAX_WEIGHTS = 4_000_000  # building more random weights than this stalls the GUI for seconds


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str  # int | float | bool | padding (an int, "same" or "valid")
    default: Any
    lo: float = 0
    hi: float = 0
    tip: str = ""


@dataclass(frozen=True)
class KindSpec:
    label: str
    tip: str
    params: tuple[ParamSpec, ...]
    build: Callable[[dict, Shape, int], E.Layer]


def _p(name: str, type_: str, default: Any, lo: float = 0, hi: float = 0, tip: str = "") -> ParamSpec:
    return ParamSpec(name, type_, default, lo, hi, tip)


OUT = _p("out_channels", "int", 8, 1, 512, "Number of filters = channels of the output")
KERNEL = _p("kernel_size", "int", 3, 1, 15, "Height and width of each filter")
STRIDE = _p("stride", "int", 1, 1, 8, "Step between neighbouring windows")
PAD = _p("padding", "padding", 1, 0, 10, "Zeros added around the input: a number, 'same' or 'valid'")
BIAS = _p("bias", "bool", True, tip="Add one learned constant per output channel")
POOL_K = _p("kernel_size", "int", 2, 1, 15, "Pooling window size")
POOL_S = _p("stride", "int", 0, 0, 8, "Step between windows (0 = the window size)")
POOL_P = _p("padding", "int", 0, 0, 7, "Padding (at most half the window)")


def _guard(count: int) -> None:
    if count > MAX_WEIGHTS:
        raise ValueError(f"{count:,} weights is too many to build here; use a smaller input or fewer channels")


def _channels(shape: Shape) -> int:
    return int(shape[0]) if shape else 1


def _conv(p: dict, shape: Shape, seed: int) -> E.Layer:
    _guard(_channels(shape) * p["out_channels"] * p["kernel_size"] ** 2)
    return E.Conv2d(_channels(shape), p["out_channels"], p["kernel_size"], p["stride"], p["padding"],
                    p["dilation"], 1, p["bias"], seed=seed)


def _depthwise(p: dict, shape: Shape, seed: int) -> E.Layer:
    c = _channels(shape)  # groups = channels: each filter sees one input channel only
    return E.Conv2d(c, c * p["multiplier"], p["kernel_size"], p["stride"], p["padding"], 1, c, p["bias"], seed=seed)


def _pointwise(p: dict, shape: Shape, seed: int) -> E.Layer:
    _guard(_channels(shape) * p["out_channels"])
    return E.Conv2d(_channels(shape), p["out_channels"], 1, 1, 0, 1, 1, p["bias"], seed=seed)


def _transpose(p: dict, shape: Shape, seed: int) -> E.Layer:
    _guard(_channels(shape) * p["out_channels"] * p["kernel_size"] ** 2)
    if p["output_padding"] >= p["stride"]:
        raise ValueError(f"output_padding ({p['output_padding']}) must be smaller than stride ({p['stride']})")
    return E.ConvTranspose2d(_channels(shape), p["out_channels"], p["kernel_size"], p["stride"], p["padding"],
                             p["output_padding"], 1, p["bias"], seed=seed)


def _pool(cls: type) -> Callable[[dict, Shape, int], E.Layer]:
    def build(p: dict, shape: Shape, seed: int) -> E.Layer:
        if 2 * p["padding"] > p["kernel_size"]:
            raise ValueError(f"pool padding {p['padding']} is more than half the window {p['kernel_size']}")
        return cls(p["kernel_size"], p["stride"] or None, p["padding"])
    return build


def _linear(p: dict, shape: Shape, seed: int) -> E.Layer:
    # On a (C, H, W) input this builds a small layer whose output_shape raises the engine's
    # "add a Flatten" message, instead of allocating C·H·W·out weights first.
    _guard(_channels(shape) * p["out_features"])
    return E.Linear(_channels(shape), p["out_features"], p["bias"], seed=seed)


def _plain(cls: type) -> Callable[[dict, Shape, int], E.Layer]:
    return lambda p, shape, seed: cls(**p)


KINDS: dict[str, KindSpec] = {
    "conv2d": KindSpec("Conv2d", "Standard convolution: every filter sees every input channel",
                       (OUT, KERNEL, STRIDE, PAD, _p("dilation", "int", 1, 1, 8, "Gap between kernel taps"), BIAS),
                       _conv),
    "depthwise": KindSpec("Depthwise conv", "One filter per input channel (groups = channels)",
                          (KERNEL, STRIDE, PAD, _p("multiplier", "int", 1, 1, 8, "Filters per input channel"), BIAS),
                          _depthwise),
    "pointwise": KindSpec("Pointwise 1×1 conv", "1×1 convolution: mixes channels at each pixel", (OUT, BIAS),
                          _pointwise),
    "conv_transpose2d": KindSpec("ConvTranspose2d", "Transposed convolution: each input cell stamps the kernel",
                                 (OUT, _p("kernel_size", "int", 2, 1, 15, "Kernel size"),
                                  _p("stride", "int", 2, 1, 8, "Upsampling factor"),
                                  _p("padding", "int", 0, 0, 10, "Rows/cols cropped from the output border"),
                                  _p("output_padding", "int", 0, 0, 7, "Extra rows/cols on one side (< stride)"),
                                  BIAS), _transpose),
    "relu": KindSpec("ReLU", "max(0, x)", (), _plain(E.ReLU)),
    "leaky_relu": KindSpec("LeakyReLU", "x if x > 0 else slope·x",
                           (_p("negative_slope", "float", 0.01, 0, 1, "Slope for negative inputs"),),
                           _plain(E.LeakyReLU)),
    "sigmoid": KindSpec("Sigmoid", "1 / (1 + e^-x)", (), _plain(E.Sigmoid)),
    "tanh": KindSpec("Tanh", "Hyperbolic tangent", (), _plain(E.Tanh)),
    "max_pool": KindSpec("MaxPool2d", "Largest value in each window", (POOL_K, POOL_S, POOL_P), _pool(E.MaxPool2d)),
    "avg_pool": KindSpec("AvgPool2d", "Mean of each window", (POOL_K, POOL_S, POOL_P), _pool(E.AvgPool2d)),
    "global_avg_pool": KindSpec("GlobalAvgPool2d", "Mean of each whole channel", (), _plain(E.GlobalAvgPool2d)),
    "global_max_pool": KindSpec("GlobalMaxPool2d", "Largest value of each whole channel", (),
                                _plain(E.GlobalMaxPool2d)),
    "dropout": KindSpec("Dropout", "Zero random units while training, scale the rest by 1/(1-rate)",
                        (_p("p", "float", 0.5, 0, 0.95, "Dropout rate: the chance each unit is zeroed"),
                         _p("training", "bool", True, tip="Training drops units; inference passes all through"),
                         _p("seed", "int", 0, 0, 9999, "Random seed of the mask")), _plain(E.Dropout)),
    "flatten": KindSpec("Flatten", "(C, H, W) → (C·H·W,)", (), _plain(E.Flatten)),
    "linear": KindSpec("Linear", "Fully connected: every feature to every output",
                       (_p("out_features", "int", 10, 1, 4096, "Number of outputs"), BIAS), _linear),
}


def defaults(kind: str) -> dict:
    return {s.name: s.default for s in spec(kind).params}


def spec(kind: str) -> KindSpec:
    if kind not in KINDS:
        raise ValueError(f"unknown layer kind {kind!r}; known: {', '.join(KINDS)}")
    return KINDS[kind]


def _value(s: ParamSpec, value: Any) -> Any:
    """One parameter checked against its spec, or a ValueError saying what is wrong."""
    if s.type == "bool":
        if not isinstance(value, (bool, np.bool_)):
            raise ValueError(f"{s.name} must be true or false, got {value!r}")
        return bool(value)
    if s.type == "padding" and isinstance(value, str):
        if value.strip().isdigit():
            value = int(value)
        elif value.strip().lower() in ("same", "valid"):
            return value.strip().lower()
        else:
            raise ValueError(f"{s.name} must be a number, 'same' or 'valid', got {value!r}")
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ValueError(f"{s.name} must be a number, got {value!r}")
    if s.type in ("int", "padding"):
        if float(value) != int(value):
            raise ValueError(f"{s.name} must be a whole number, got {value!r}")
        value = int(value)
    else:
        value = float(value)
    if not s.lo <= value <= s.hi:
        raise ValueError(f"{s.name} must be in [{s.lo:g}, {s.hi:g}], got {value!r}")
    return value


def check_params(kind: str, params: dict, base: dict | None = None) -> dict:
    """Full, checked parameters: ``base`` (or the defaults) updated by ``params``."""
    known = {s.name: s for s in spec(kind).params}
    unknown = set(params) - set(known)
    if unknown:
        raise ValueError(f"{spec(kind).label} has no parameter {', '.join(sorted(unknown))}")
    out = dict(defaults(kind) if base is None else base)
    out.update({k: _value(known[k], v) for k, v in params.items()})
    return out


def build(kind: str, params: dict, in_shape: Shape, seed: int) -> tuple[E.Layer, Shape]:
    """The engine layer and its output shape; ValueError (from us or the engine) if it cannot
    take ``in_shape``."""
    layer = spec(kind).build(params, tuple(in_shape), seed)
    return layer, tuple(layer.output_shape(tuple(in_shape)))
