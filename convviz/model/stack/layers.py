"""The layer kinds a stack can hold: their parameters (as data, so the editor and the file
reader share one description), their shapes and weights planned from the input shape alone,
and how each becomes an engine layer.

Input channels and features are never stored: they follow from the shape before the layer,
so inserting or removing a layer upstream cannot leave a stale channel count behind.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz import engine as E
from convviz.text import noop, tr

Shape = tuple[int, ...]
# A layer's plan: its output shape and the shape of each weight array it would allocate.
Plan = tuple[Shape, dict[str, Shape]]


# What a form calls each parameter (its name, which files and code use, with spaces).
_PARAM_LABELS = {
    "out_channels": noop("StackParams", "out channels"),
    "kernel_size": noop("StackParams", "kernel size"),
    "stride": noop("StackParams", "stride"),
    "padding": noop("StackParams", "padding"),
    "dilation": noop("StackParams", "dilation"),
    "bias": noop("StackParams", "bias"),
    "multiplier": noop("StackParams", "multiplier"),
    "output_padding": noop("StackParams", "output padding"),
    "negative_slope": noop("StackParams", "negative slope"),
    "p": noop("StackParams", "p"),
    "seed": noop("StackParams", "seed"),
    "out_features": noop("StackParams", "out features"),
}


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str  # int | float | bool | padding (an int, "same" or "valid")
    default: Any
    lo: float = 0
    hi: float = 0
    english_tip: str = ""  # marked with noop where it is written; ``tip`` is what a user reads

    @property
    def tip(self) -> str:
        """The parameter's tooltip in the interface's language."""
        return tr("StackLayers", self.english_tip) if self.english_tip else ""

    @property
    def label(self) -> str:
        """What a form calls the parameter, in the interface's language ("out channels"); the
        name stays the key files and code use."""
        english = _PARAM_LABELS.get(self.name)
        return tr("StackParams", english) if english else self.name.replace("_", " ")


@dataclass(frozen=True)
class KindSpec:
    label: str  # the kind's name (torch's), a key too: not translated
    english_tip: str  # marked with noop where it is written; ``tip`` is what a user reads
    params: tuple[ParamSpec, ...]
    plan: Callable[[dict, Shape], Plan]  # from shapes alone: nothing is allocated
    build: Callable[[dict, Shape, int], E.Layer]

    @property
    def tip(self) -> str:
        """What the kind does, in the interface's language."""
        return tr("StackLayers", self.english_tip)


def _p(name: str, type_: str, default: Any, lo: float = 0, hi: float = 0, tip: str = "") -> ParamSpec:
    return ParamSpec(name, type_, default, lo, hi, tip)


OUT = _p("out_channels", "int", 8, 1, 512, noop("StackLayers", "Number of filters = channels of the output"))
KERNEL = _p("kernel_size", "int", 3, 1, 15, noop("StackLayers", "Height and width of each filter"))
STRIDE = _p("stride", "int", 1, 1, 8, noop("StackLayers", "Step between neighbouring windows"))
PAD = _p(
    "padding", "padding", 1, 0, 10, noop("StackLayers", "Zeros added around the input: a number, 'same' or 'valid'")
)
BIAS = _p("bias", "bool", True, tip=noop("StackLayers", "Add one learned constant per output channel"))
POOL_K = _p("kernel_size", "int", 2, 1, 15, noop("StackLayers", "Pooling window size"))
POOL_S = _p("stride", "int", 0, 0, 8, noop("StackLayers", "Step between windows (0 = the window size)"))
POOL_P = _p("padding", "int", 0, 0, 7, noop("StackLayers", "Padding (at most half the window)"))


def _article(n: int) -> str:
    """'an' before a number said with a vowel first (8, 11, 18, 80…, 11 000…), else 'a'."""
    digits = str(n)
    return "an" if digits[0] == "8" or (digits[:2] in ("11", "18") and len(digits) % 3 == 2) else "a"


def in_words(shape: Shape) -> str:
    """A per-sample shape as a sentence says it: 'an 8×28×28 map', 'a vector of 120 features'."""
    if len(shape) == 1:
        n = int(shape[0])
        if n == 1:
            return tr("StackLayers", "a vector of 1 feature")
        return tr("StackLayers", "a vector of {n} features").format(n=f"{n:,}")
    dims = "×".join(str(int(n)) for n in shape)
    if _article(int(shape[0])) == "an":
        return tr("StackLayers", "an {shape} map").format(shape=dims)
    return tr("StackLayers", "a {shape} map").format(shape=dims)


def _maps(shape: Shape, label: str) -> tuple[int, int, int]:
    if len(shape) != 3:
        raise ValueError(
            tr(
                "StackLayers",
                "{label} needs maps (channels × height × width) but gets {shape}: it cannot follow a Flatten",
            ).format(label=label, shape=in_words(shape))
        )
    return int(shape[0]), int(shape[1]), int(shape[2])


def _bias(p: dict, out: int) -> dict[str, Shape]:
    return {"bias": (out,)} if p["bias"] else {}


# --- plans (the engine's shape arithmetic, no weights) ---------------------------------------
def _conv_plan(p: dict, shape: Shape) -> Plan:
    c, h, w = _maps(shape, "Conv2d")
    k, o = p["kernel_size"], p["out_channels"]
    hw = E.conv2d_output_hw((h, w), k, p["stride"], p["padding"], p["dilation"])
    return (o, *hw), {"weight": (o, c, k, k), **_bias(p, o)}


def _depthwise_plan(p: dict, shape: Shape) -> Plan:
    c, h, w = _maps(shape, "DepthwiseConv2d")
    k, o = p["kernel_size"], c * p["multiplier"]  # groups = channels: each filter sees one channel
    hw = E.conv2d_output_hw((h, w), k, p["stride"], p["padding"])
    return (o, *hw), {"weight": (o, 1, k, k), **_bias(p, o)}


def _pointwise_plan(p: dict, shape: Shape) -> Plan:
    c, h, w = _maps(shape, "PointwiseConv2d")
    o = p["out_channels"]
    return (o, h, w), {"weight": (o, c, 1, 1), **_bias(p, o)}


def _transpose_plan(p: dict, shape: Shape) -> Plan:
    c, h, w = _maps(shape, "ConvTranspose2d")
    if p["output_padding"] >= p["stride"]:
        raise ValueError(
            tr("StackLayers", "output_padding ({output_padding}) must be smaller than stride ({stride})").format(
                output_padding=p["output_padding"], stride=p["stride"]
            )
        )
    k, o = p["kernel_size"], p["out_channels"]
    hw = E.conv_transpose2d_output_hw((h, w), k, p["stride"], p["padding"], p["output_padding"])
    return (o, *hw), {"weight": (c, o, k, k), **_bias(p, o)}


def _pool_plan(label: str) -> Callable[[dict, Shape], Plan]:
    def plan(p: dict, shape: Shape) -> Plan:
        c, h, w = _maps(shape, label)
        if 2 * p["padding"] > p["kernel_size"]:
            raise ValueError(
                tr("StackLayers", "pool padding {padding} is more than half the window {window}").format(
                    padding=p["padding"], window=p["kernel_size"]
                )
            )
        return (c, *E.pool2d_output_hw((h, w), p["kernel_size"], p["stride"] or None, p["padding"])), {}

    return plan


def _global_plan(label: str) -> Callable[[dict, Shape], Plan]:
    return lambda p, shape: ((_maps(shape, label)[0], 1, 1), {})


def _same_plan(p: dict, shape: Shape) -> Plan:
    return tuple(shape), {}


def _flatten_plan(p: dict, shape: Shape) -> Plan:
    return (math.prod(shape),), {}


def _linear_plan(p: dict, shape: Shape) -> Plan:
    if len(shape) != 1:
        raise ValueError(
            tr(
                "StackLayers",
                "Linear needs a vector of features but gets {shape}: add a Flatten before it "
                "(it would make {features} features)",
            ).format(shape=in_words(shape), features=f"{math.prod(shape):,}")
        )
    o = p["out_features"]
    return (o,), {"weight": (o, int(shape[0])), **_bias(p, o)}


# --- builds (run only after the plan fitted the stack's budgets) ------------------------------
def _conv(p: dict, shape: Shape, seed: int) -> E.Layer:
    return E.Conv2d(
        shape[0], p["out_channels"], p["kernel_size"], p["stride"], p["padding"], p["dilation"], 1, p["bias"], seed=seed
    )


def _depthwise(p: dict, shape: Shape, seed: int) -> E.Layer:
    c = shape[0]
    return E.Conv2d(c, c * p["multiplier"], p["kernel_size"], p["stride"], p["padding"], 1, c, p["bias"], seed=seed)


def _pointwise(p: dict, shape: Shape, seed: int) -> E.Layer:
    return E.Conv2d(shape[0], p["out_channels"], 1, 1, 0, 1, 1, p["bias"], seed=seed)


def _transpose(p: dict, shape: Shape, seed: int) -> E.Layer:
    return E.ConvTranspose2d(
        shape[0],
        p["out_channels"],
        p["kernel_size"],
        p["stride"],
        p["padding"],
        p["output_padding"],
        1,
        p["bias"],
        seed=seed,
    )


def _pool(cls: type) -> Callable[[dict, Shape, int], E.Layer]:
    return lambda p, shape, seed: cls(p["kernel_size"], p["stride"] or None, p["padding"])


def _linear(p: dict, shape: Shape, seed: int) -> E.Layer:
    return E.Linear(shape[0], p["out_features"], p["bias"], seed=seed)


def _plain(cls: type) -> Callable[[dict, Shape, int], E.Layer]:
    return lambda p, shape, seed: cls(**p)


KINDS: dict[str, KindSpec] = {
    "conv2d": KindSpec(
        "Conv2d",
        noop("StackLayers", "Standard convolution: every filter sees every input channel"),
        (
            OUT,
            KERNEL,
            STRIDE,
            PAD,
            _p("dilation", "int", 1, 1, 8, noop("StackLayers", "Gap between kernel taps")),
            BIAS,
        ),
        _conv_plan,
        _conv,
    ),
    "depthwise": KindSpec(
        "DepthwiseConv2d",
        noop("StackLayers", "Depthwise convolution: one filter per input channel (a Conv2d with groups = channels)"),
        (KERNEL, STRIDE, PAD, _p("multiplier", "int", 1, 1, 8, noop("StackLayers", "Filters per input channel")), BIAS),
        _depthwise_plan,
        _depthwise,
    ),
    "pointwise": KindSpec(
        "PointwiseConv2d",
        noop("StackLayers", "Pointwise convolution: a 1×1 Conv2d that mixes the channels at each pixel"),
        (OUT, BIAS),
        _pointwise_plan,
        _pointwise,
    ),
    "conv_transpose2d": KindSpec(
        "ConvTranspose2d",
        noop("StackLayers", "Transposed convolution: each input cell stamps the kernel"),
        (
            OUT,
            _p("kernel_size", "int", 2, 1, 15, noop("StackLayers", "Kernel size")),
            _p("stride", "int", 2, 1, 8, noop("StackLayers", "Upsampling factor")),
            _p("padding", "int", 0, 0, 10, noop("StackLayers", "Rows/cols cropped from the output border")),
            _p("output_padding", "int", 0, 0, 7, noop("StackLayers", "Extra rows/cols on one side (< stride)")),
            BIAS,
        ),
        _transpose_plan,
        _transpose,
    ),
    "relu": KindSpec("ReLU", noop("StackLayers", "max(0, x)"), (), _same_plan, _plain(E.ReLU)),
    "leaky_relu": KindSpec(
        "LeakyReLU",
        noop("StackLayers", "x if x > 0 else slope·x"),
        (_p("negative_slope", "float", 0.01, 0, 1, noop("StackLayers", "Slope for negative inputs")),),
        _same_plan,
        _plain(E.LeakyReLU),
    ),
    "sigmoid": KindSpec("Sigmoid", noop("StackLayers", "1 / (1 + e^-x)"), (), _same_plan, _plain(E.Sigmoid)),
    "tanh": KindSpec("Tanh", noop("StackLayers", "Hyperbolic tangent"), (), _same_plan, _plain(E.Tanh)),
    "max_pool": KindSpec(
        "MaxPool2d",
        noop("StackLayers", "Largest value in each window"),
        (POOL_K, POOL_S, POOL_P),
        _pool_plan("MaxPool2d"),
        _pool(E.MaxPool2d),
    ),
    "avg_pool": KindSpec(
        "AvgPool2d",
        noop("StackLayers", "Mean of each window"),
        (POOL_K, POOL_S, POOL_P),
        _pool_plan("AvgPool2d"),
        _pool(E.AvgPool2d),
    ),
    "global_avg_pool": KindSpec(
        "GlobalAvgPool2d",
        noop("StackLayers", "Mean of each whole channel"),
        (),
        _global_plan("GlobalAvgPool2d"),
        _plain(E.GlobalAvgPool2d),
    ),
    "global_max_pool": KindSpec(
        "GlobalMaxPool2d",
        noop("StackLayers", "Largest value of each whole channel"),
        (),
        _global_plan("GlobalMaxPool2d"),
        _plain(E.GlobalMaxPool2d),
    ),
    "dropout": KindSpec(
        "Dropout",
        noop(
            "StackLayers",
            "In train mode, zero random units and scale the rest by 1/(1 − p); in eval mode (the"
            " stack's default, as torch's model.eval()) pass everything through unchanged",
        ),
        (
            _p(
                "p",
                "float",
                0.5,
                0,
                0.95,
                noop("StackLayers", "Dropout rate: the chance each unit is zeroed in train mode"),
            ),
            _p("seed", "int", 0, 0, 9999, noop("StackLayers", "Random seed of the mask (train mode)")),
        ),
        _same_plan,
        _plain(E.Dropout),
    ),
    "flatten": KindSpec("Flatten", noop("StackLayers", "(C, H, W) → (C·H·W,)"), (), _flatten_plan, _plain(E.Flatten)),
    "linear": KindSpec(
        "Linear",
        noop("StackLayers", "Fully connected: every feature to every output"),
        (_p("out_features", "int", 10, 1, 4096, noop("StackLayers", "Number of outputs")), BIAS),
        _linear_plan,
        _linear,
    ),
}


def cut(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown(value: Any, limit: int = 40) -> str:
    """A value as messages quote it, cut short: a hostile file's 100 kB string stays readable."""
    return cut(repr(value), limit)


def defaults(kind: str) -> dict:
    return {s.name: s.default for s in spec(kind).params}


def spec(kind: str) -> KindSpec:
    if kind not in KINDS:
        raise ValueError(
            tr("StackLayers", "unknown layer kind {kind}; known: {known}").format(
                kind=shown(kind), known=", ".join(KINDS)
            )
        )
    return KINDS[kind]


def _number(s: ParamSpec, value: Any) -> int | float | np.integer | np.floating:
    """An int param takes only whole numbers (3.0, "3", true and 1e999 are refused, never
    truncated); a float param any finite number."""
    if s.type in ("int", "padding"):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            if s.type == "padding":
                raise _not_padding(s, value)
            raise ValueError(
                tr("StackLayers", "{name} must be a whole number, got {value}").format(name=s.name, value=shown(value))
            )
        return int(value)
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ValueError(
            tr("StackLayers", "{name} must be a number, got {value}").format(name=s.name, value=shown(value))
        )
    if isinstance(value, (float, np.floating)) and not math.isfinite(value):
        raise ValueError(
            tr("StackLayers", "{name} must be a finite number, got {value}").format(name=s.name, value=shown(value))
        )
    return value


def _not_padding(s: ParamSpec, value: Any) -> ValueError:
    return ValueError(
        tr("StackLayers", "{name} must be a whole number, 'same' or 'valid', got {value}").format(
            name=s.name, value=shown(value)
        )
    )


def _value(s: ParamSpec, value: Any) -> Any:
    """One parameter checked against its spec, or a ValueError saying what is wrong."""
    if s.type == "bool":
        if not isinstance(value, (bool, np.bool_)):
            raise ValueError(
                tr("StackLayers", "{name} must be true or false, got {value}").format(name=s.name, value=shown(value))
            )
        return bool(value)
    if s.type == "padding" and isinstance(value, str):
        if value.strip().lower() in ("same", "valid"):
            return value.strip().lower()
        raise _not_padding(s, value)
    value = _number(s, value)
    if not s.lo <= value <= s.hi:  # compared before any conversion: 10**400 is refused, not overflowed
        raise ValueError(
            tr("StackLayers", "{name} must be in [{lo}, {hi}], got {value}").format(
                name=s.name, lo=f"{s.lo:g}", hi=f"{s.hi:g}", value=shown(value)
            )
        )
    return value if s.type in ("int", "padding") else float(value)


def check_params(kind: str, params: dict, base: dict | None = None) -> dict:
    """Full, checked parameters: ``base`` (or the defaults) updated by ``params``."""
    known = {s.name: s for s in spec(kind).params}
    unknown = sorted(str(k) for k in set(params) - set(known))
    if unknown:
        raise ValueError(
            tr("StackLayers", "{kind} has no parameter {names}").format(
                kind=spec(kind).label, names=cut(", ".join(unknown), 60)
            )
        )
    out = dict(defaults(kind) if base is None else base)
    out.update({k: _value(known[k], v) for k, v in params.items()})
    return out


def plan(kind: str, params: dict, in_shape: Shape) -> Plan:
    """Output shape and weight shapes of a layer on ``in_shape``, from shapes alone; ValueError
    if it cannot take that shape."""
    return spec(kind).plan(params, tuple(int(s) for s in in_shape))


def build(kind: str, params: dict, in_shape: Shape, seed: int) -> tuple[E.Layer, Shape]:
    """The engine layer and its output shape (the engine's); ValueError if it cannot take
    ``in_shape``. Planned first, so a layer that cannot be built allocates nothing."""
    plan(kind, params, in_shape)
    layer = spec(kind).build(params, tuple(in_shape), seed)
    return layer, tuple(layer.output_shape(tuple(in_shape)))
