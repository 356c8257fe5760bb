"""Keras 3 source for a stack: a ``keras.Sequential`` named ``model`` that starts with
``keras.Input(shape=(H, W, C))`` (channels last) and names every layer after the stack's row
("conv2d_1"; a padding or cropping it needs is "conv2d_1_pad", "conv2d_1_crop"…).

Keras' 'same' is TensorFlow's SAME, which is the engine's 'same' too, so it is written
wherever the engine's pads are exactly SAME's; other pads are a ZeroPadding2D of their own.
Lambdas use ``keras.ops`` only, so the model runs on any Keras backend.
"""

from __future__ import annotations

from convviz import engine as E
from convviz.model.codegen.common import (
    PoolWindows,
    Stack,
    Step,
    call,
    conv_pads,
    edge_pad,
    floats,
    kernel_hw,
    not_expressible,
    num,
    pads_text,
    pair,
    pool_edge,
    pool_windows,
    shape_text,
    tf_same,
    wrap_comments,
)

NAME = "Keras"
ZERO: tuple[tuple[int, int], tuple[int, int]] = ((0, 0), (0, 0))


def _named(step: Step, suffix: str = "") -> str:
    return repr(step.ident + suffix)


def _pad_lambda(step: Step, pads: tuple, mode: str, fill: str | None = None) -> str:
    (t, b), (left, r) = pads
    extra = f", mode={mode!r}" if mode != "constant" else ""
    extra += f", constant_values={fill}" if fill else ""
    return (
        f"layers.Lambda(lambda x: ops.pad(x, [[0, 0], [{t}, {b}], [{left}, {r}], [0, 0]]{extra}), "
        f"name={_named(step, '_pad')}),"
    )


def _stride_lambda(step: Step, s: tuple[int, int]) -> str:
    return f"layers.Lambda(lambda x: x[:, ::{s[0]}, ::{s[1]}, :], name={_named(step, '_stride')}),"


def _conv(step: Step) -> list[str]:
    layer = step.layer
    assert isinstance(layer, E.Conv2d)
    pads, k = conv_pads(step), kernel_hw(layer)
    s, d = pair(layer.stride), pair(layer.dilation)
    depthwise = layer.groups == layer.in_channels > 1
    # Keras refuses a stride with a dilation; on TensorFlow, DepthwiseConv2D refuses unequal strides (tensorflow#33005).
    strided_dilated = s != (1, 1) and d != (1, 1)
    unequal_depthwise = depthwise and s[0] != s[1]
    slice_after = strided_dilated or unequal_depthwise
    lines, padding = [], "'valid'"
    if layer.padding_mode == "zeros" and pads != ZERO and pads == tf_same(step.in_hw, k, s, d) and not slice_after:
        padding = "'same'"
        if not isinstance(layer.padding, str):
            lines.append(f"# The pads ({pads_text(pads)}) are exactly TF's SAME here, so padding='same'.")
    elif pads != ZERO:
        if layer.padding_mode == "zeros":
            lines.append(
                f"layers.ZeroPadding2D({pads!r}, name={_named(step, '_pad')}),  # ((top, bottom), (left, right))"
            )
        elif layer.padding_mode == "reflect":
            lines.append(_pad_lambda(step, pads, "reflect"))
        else:
            lines.append(
                f"# {layer.padding_mode} padding ({pads_text(pads)}): Keras' pad has no such mode on TensorFlow, "
                "so the edge rows, then columns, are copied on."
            )
            exprs = edge_pad(layer.padding_mode, pads, step.in_hw, "ops.concatenate", "ops.repeat")
            for i, expr in enumerate(exprs):
                lines.append(f"layers.Lambda(lambda x: {expr}, name={_named(step, f'_pad{i + 1}')}),")
    if strided_dilated:
        lines.append(
            "# Keras refuses strides > 1 with dilation_rate > 1: a stride-1 convolution, then every "
            f"stride-th row and column (stride {num(s)}), are the same cells."
        )
    elif unequal_depthwise:
        lines.append(
            f"# DepthwiseConv2D on TensorFlow takes equal strides only, not {s[0]}×{s[1]}: a stride-1 convolution, "
            "then every stride-th row and column, are the same cells."
        )
    conv_s = None if s == (1, 1) or slice_after else num(s)
    dilation = None if d == (1, 1) else num(d)
    bias = None if "bias" in layer.params else "False"
    if depthwise:
        m = layer.out_channels // layer.in_channels
        lines.append(
            f"# Depthwise: kernel (kH, kW, C, multiplier) = w.reshape({layer.in_channels}, {m}, {k[0]}, {k[1]})"
            ".transpose(2, 3, 0, 1) of convviz's (C·multiplier, 1, kH, kW)."
        )
        conv = call(
            "layers.DepthwiseConv2D",
            num(k),
            strides=conv_s,
            padding=padding,
            depth_multiplier=None if m == 1 else str(m),
            dilation_rate=dilation,
            use_bias=bias,
            name=_named(step),
        )
    else:
        lines.append("# Kernel HWIO: w.transpose(2, 3, 1, 0) of convviz's (out, in/groups, kH, kW); bias as it is.")
        conv = call(
            "layers.Conv2D",
            str(layer.out_channels),
            num(k),
            strides=conv_s,
            padding=padding,
            dilation_rate=dilation,
            groups=None if layer.groups == 1 else str(layer.groups),
            use_bias=bias,
            name=_named(step),
        )
    lines.append(conv + ",")
    if slice_after:
        lines.append(_stride_lambda(step, s))
    return lines


def _conv_transpose(step: Step) -> list[str]:
    layer = step.layer
    assert isinstance(layer, E.ConvTranspose2d)
    s, p, op = pair(layer.stride), pair(layer.padding), pair(layer.output_padding)
    if layer.groups > 1 or pair(layer.dilation) != (1, 1) or op[0] >= s[0] or op[1] >= s[1]:
        why = "has groups or dilation, or output_padding not below the stride, which Conv2DTranspose cannot take"
        return [f"# {not_expressible(NAME, step.name, why)}"]
    lines = [
        "# Kernel (kH, kW, out, in): w.transpose(2, 3, 1, 0) of convviz's (in, out, kH, kW). Keras' padding is not",
        "# torch's: the whole stamped output is kept ('valid', output_padding at the bottom/right), then torch's",
        "# padding is cropped from each side.",
        call(
            "layers.Conv2DTranspose",
            str(layer.out_channels),
            num(kernel_hw(layer)),
            strides=None if s == (1, 1) else num(s),
            padding="'valid'",
            output_padding=num(op),
            use_bias=None if "bias" in layer.params else "False",
            name=_named(step),
        )
        + ",",
    ]
    if p != (0, 0):
        lines.append(f"layers.Cropping2D((({p[0]}, {p[0]}), ({p[1]}, {p[1]})), name={_named(step, '_crop')}),")
    return lines


def _pool(step: Step) -> list[str]:
    layer = step.layer
    assert isinstance(layer, (E.MaxPool2d, E.AvgPool2d))
    is_max = isinstance(layer, E.MaxPool2d)
    w = pool_windows(step)
    if w.dilation != (1, 1):
        return [f"# {not_expressible(NAME, step.name, 'is a dilated max pool, which MaxPooling2D cannot be')}"]
    same = tf_same(step.in_hw, w.kernel, w.stride, w.dilation)
    counts_padding, extra = w.counts_padding, w.extra
    lines, padding = [], "'valid'"
    if w.pads == ZERO:
        pass
    elif w.pads == same and not counts_padding:
        padding = "'same'"
        if not w.tf_same:
            lines.append(f"# The window overhangs ({pads_text(w.pads)}) exactly as TF's SAME pads, so padding='same'.")
    elif is_max:
        lines.append(f"# {pool_edge(w)} ({pads_text(w.pads)}) as -inf cells: they never win, as in torch.")
        lines.append(_pad_lambda(step, w.pads, "constant", "float('-inf')"))
    elif counts_padding and extra == (0, 0):
        lines.append(
            "# count_include_pad=True (torch's default): the padding counts in the average, so it is real zeros."
        )
        lines.append(f"layers.ZeroPadding2D({num(w.padding)}, name={_named(step, '_pad')}),")
    else:
        return _counted_average(step, w)
    cls = "layers.MaxPooling2D" if is_max else "layers.AveragePooling2D"
    lines.append(call(cls, num(w.kernel), strides=num(w.stride), padding=padding, name=_named(step)) + ",")
    return lines


def _counted_average(step: Step, w: PoolWindows) -> list[str]:
    """Torch's divisor where Keras' 'same' and 'valid' do not give it: the input counts, torch's
    padding too with count_include_pad, ceil_mode's overhang never; the mean of the padded map
    over the mean of a mask of the counted cells is the sum over the count."""
    (t, b), (left, r) = w.pads
    p = w.padding if w.counts_padding else (0, 0)
    mask = "ops.ones_like(x[..., :1])"
    if p != (0, 0):
        mask = f"ops.pad({mask}, [[0, 0], [{p[0]}, {p[0]}], [{p[1]}, {p[1]}], [0, 0]], constant_values=1.0)"
    rest = f"[[0, 0], [{t - p[0]}, {b - p[0]}], [{left - p[1]}, {r - p[1]}], [0, 0]]"
    pool = f"{list(w.kernel)}, {list(w.stride)}, 'valid'"
    which = "the padding counts, the overhang not" if w.counts_padding else "none of them counts"
    return [
        f"# torch divides each window's sum by its counted cells ({pads_text(w.pads)} of padding and overhang;",
        f"# {which}): the mean of the padded map over the mean of a mask of the counted cells.",
        f"layers.Lambda(lambda x: ops.average_pool(ops.pad(x, [[0, 0], [{t}, {b}], [{left}, {r}], [0, 0]]), {pool})",
        f"              / ops.average_pool(ops.pad({mask}, {rest}), {pool}), name={_named(step)}),",
    ]


def _layer(step: Step) -> list[str]:
    layer, kind, name = step.layer, type(step.layer), _named(step)
    if kind is E.Conv2d:
        return _conv(step)
    if kind is E.ConvTranspose2d:
        return _conv_transpose(step)
    if kind in (E.MaxPool2d, E.AvgPool2d):
        return _pool(step)
    if isinstance(layer, E.BatchNorm2d):
        return [
            "# Keras' momentum weighs the old statistics: torch's momentum m is Keras' 1 − m.",
            "# Weights: [weight, bias, running_mean, running_var].",
            call("layers.BatchNormalization", epsilon=floats(layer.eps), momentum=floats(1 - layer.momentum), name=name)
            + ",",
        ]
    if isinstance(layer, E.Linear):
        return [
            "# Kernel (in, out): w.T of convviz's (out, in).",
            call(
                "layers.Dense", str(layer.out_features), use_bias=None if "bias" in layer.params else "False", name=name
            )
            + ",",
        ]
    if isinstance(layer, E.Flatten):
        if len(step.in_shape) != 3:
            return [f"layers.Flatten(name={name}),"]
        return [
            "# torch flattens (C, H, W); Keras would flatten (H, W, C). Permute first, so the features come in",
            "# convviz's order and the Dense weights after it are convviz's.",
            f"layers.Permute((3, 1, 2), name={_named(step, '_chw')}),",
            f"layers.Flatten(name={name}),",
        ]
    if isinstance(layer, E.Dropout):
        return [call("layers.Dropout", floats(layer.p), name=name) + ",  # passes every unit at inference"]
    if isinstance(layer, E.LeakyReLU):
        return [
            call("layers.LeakyReLU", negative_slope=floats(layer.negative_slope), name=name) + ",  # Keras 2: alpha="
        ]
    simple = {
        E.ReLU: "layers.ReLU",
        E.Sigmoid: "layers.Activation",
        E.Tanh: "layers.Activation",
        E.GlobalAvgPool2d: "layers.GlobalAveragePooling2D",
        E.GlobalMaxPool2d: "layers.GlobalMaxPooling2D",
    }
    if kind in (E.Sigmoid, E.Tanh):
        return [call(simple[kind], repr(layer.name.lower()), name=name) + ","]
    if kind in (E.GlobalAvgPool2d, E.GlobalMaxPool2d):
        return [call(simple[kind], keepdims="True", name=name) + ",  # (N, 1, 1, C), as torch's (N, C, 1, 1)"]
    if kind in simple:
        return [call(simple[kind], name=name) + ","]
    return [f"# {not_expressible(NAME, step.name, 'has no Keras layer here')}"]


def source(stack: Stack, title: str) -> str:
    c, h, w = stack.input_shape
    out = [
        f"# {title} as Keras 3: input (N, {h}, {w}, {c}), NHWC (channels last); convviz is NCHW, so feed",
        "# x.transpose(0, 2, 3, 1), and a map comes back (N, H, W, C). Load convviz's weights with",
        "# model.get_layer(name).set_weights([...]) in the layouts each layer's comment gives.",
    ]
    if stack.note:
        out.append(f"# {stack.note}")
    out += [
        "import numpy as np",
        "import keras",
        "from keras import layers, ops",
        "",
        "model = keras.Sequential([",
        f"    keras.Input(shape=({h}, {w}, {c})),",
    ]
    for step in stack.steps:
        out.append(f"    # {step.name}: {shape_text(step.in_shape)} → {shape_text(step.out_shape)} (NCHW)")
        out += [f"    {line}" for line in _layer(step)]
    out += [
        "])",
        "",
        f"x = np.random.rand(1, {h}, {w}, {c}).astype('float32')",
        "y = model(x)",
        "",
    ]
    return wrap_comments("\n".join(out))
