"""``tf.nn`` source for a stack: the layers' ``tf.Variable``s (filters HWIO, named after the
stack's rows: ``conv2d_1_w``, ``conv2d_1_b``…) and a function ``model(x)`` on an NHWC batch.

Explicit pads are ``tf.pad`` before a 'VALID' op, TensorFlow's own SAME is written where the
engine's pads are exactly SAME's; each layer's block starts with a "# <row name>:" comment.
"""

from __future__ import annotations

from convviz import engine as E
from convviz.model.codegen.common import (
    PoolWindows,
    Stack,
    Step,
    conv_pads,
    edge_pad,
    floats,
    kernel_hw,
    not_expressible,
    pads_text,
    pair,
    pool_edge,
    pool_windows,
    shape_text,
    tf_same,
    wrap_comments,
)

NAME = "tf.nn"
ZERO: tuple[tuple[int, int], tuple[int, int]] = ((0, 0), (0, 0))


class _Block:
    """The variables and the body lines of one layer."""

    def __init__(self, step: Step) -> None:
        self.step = step
        self.variables: list[str] = []
        self.body: list[str] = []

    def var(self, suffix: str, shape: list[int], init: str, comment: str = "") -> str:
        name = f"{self.step.ident}_{suffix}"
        initial = f"tf.random.normal({shape}, stddev=0.1)" if init == "random" else f"tf.{init}({shape})"
        tail = f"  # {comment}" if comment else ""
        self.variables.append(f"{name} = tf.Variable({initial}, name={name!r}){tail}")
        return name

    def bias(self, out: int) -> None:
        if "bias" in self.step.layer.params:
            b = self.var("b", [out], "zeros")
            self.body.append(f"x = tf.nn.bias_add(x, {b})")

    def pad(self, pads: tuple, mode: str = "CONSTANT", fill: str = "") -> None:
        (t, b), (left, r) = pads
        extra = f", mode={mode!r}" if mode != "CONSTANT" else ""
        extra += f", constant_values={fill}" if fill else ""
        self.body.append(f"x = tf.pad(x, [[0, 0], [{t}, {b}], [{left}, {r}], [0, 0]]{extra})")

    def stride_slice(self, s: tuple[int, int]) -> None:
        self.body.append(f"x = x[:, ::{s[0]}, ::{s[1]}, :]")

    def cannot(self, why: str) -> None:
        self.body.append(f"# {not_expressible(NAME, self.step.name, why)}")


def _conv(blk: _Block) -> None:
    step, layer = blk.step, blk.step.layer
    assert isinstance(layer, E.Conv2d)
    pads, k = conv_pads(step), kernel_hw(layer)
    s, d = pair(layer.stride), pair(layer.dilation)
    c, o, g = layer.in_channels, layer.out_channels, layer.groups
    depthwise = g == c > 1
    # TF refuses a stride with a dilation, and unequal strides in depthwise_conv2d (tensorflow#33005).
    strided_dilated = s != (1, 1) and d != (1, 1)
    unequal_depthwise = depthwise and s[0] != s[1]
    slice_after = strided_dilated or unequal_depthwise
    padding = '"VALID"'
    if layer.padding_mode == "zeros" and pads != ZERO and pads == tf_same(step.in_hw, k, s, d) and not slice_after:
        padding = '"SAME"'
        if not isinstance(layer.padding, str):
            blk.body.append(f"# The pads ({pads_text(pads)}) are exactly TF's SAME here.")
    elif pads != ZERO:
        if layer.padding_mode in ("zeros", "reflect"):
            blk.pad(pads, "CONSTANT" if layer.padding_mode == "zeros" else "REFLECT")
        else:
            blk.body.append(
                f"# {layer.padding_mode} padding ({pads_text(pads)}): tf.pad has no such mode, so the edge rows, "
                "then columns, are copied on."
            )
            blk.body += [f"x = {e}" for e in edge_pad(layer.padding_mode, pads, step.in_hw, "tf.concat", "tf.repeat")]
    if strided_dilated:
        blk.body.append("# TF refuses strides > 1 with dilations > 1: stride 1, then every stride-th row and column.")
    elif unequal_depthwise:
        blk.body.append(
            f"# TF's depthwise_conv2d takes equal strides only, not {s[0]}×{s[1]}: stride 1, then every stride-th "
            "row and column, which are the same cells."
        )
    cs = (1, 1) if slice_after else s
    if depthwise:
        m = o // c
        w = blk.var("w", [*k, c, m], "random", f"w.reshape({c}, {m}, {k[0]}, {k[1]}).transpose(2, 3, 0, 1)")
        blk.body.append(
            f"x = tf.nn.depthwise_conv2d(x, {w}, strides=[1, {cs[0]}, {cs[1]}, 1], padding={padding}, "
            f"dilations={list(d)})"
        )
    else:
        w = blk.var(
            "w", [*k, c // g, o], "random", "HWIO: w.transpose(2, 3, 1, 0) of convviz's (out, in/groups, kH, kW)"
        )
        op = f"tf.nn.conv2d({{x}}, {{w}}, strides={list(cs)}, padding={padding}, dilations={list(d)})"
        if g == 1:
            blk.body.append("x = " + op.format(x="x", w=w))
        else:
            blk.body.append(f"# groups={g}: each group of input channels meets its own filters, then they are joined.")
            blk.body.append(
                "x = tf.concat([" + op.format(x="xg", w="wg") + f" for xg, wg in zip(tf.split(x, {g}, axis=3), "
                f"tf.split({w}, {g}, axis=3))], axis=3)"
            )
    if slice_after:
        blk.stride_slice(s)
    blk.bias(o)


def _conv_transpose(blk: _Block) -> None:
    step, layer = blk.step, blk.step.layer
    assert isinstance(layer, E.ConvTranspose2d)
    s, p, op = pair(layer.stride), pair(layer.padding), pair(layer.output_padding)
    if pair(layer.dilation) != (1, 1) or op[0] >= s[0] or op[1] >= s[1]:
        blk.cannot("is dilated or has output_padding not below the stride, which conv2d_transpose cannot take")
        return
    k, (h, w_), g = kernel_hw(layer), step.in_hw, layer.groups
    full = ((h - 1) * s[0] + k[0] + op[0], (w_ - 1) * s[1] + k[1] + op[1])
    out_g = layer.out_channels // g
    w = blk.var(
        "w", [*k, out_g, layer.in_channels], "random", "w.transpose(2, 3, 1, 0) of convviz's (in, out/groups, kH, kW)"
    )
    blk.body.append("# The whole stamped output ('VALID', output_padding rows/cols at the bottom/right), then torch's")
    blk.body.append("# padding cropped from each side.")
    op_call = (
        f"tf.nn.conv2d_transpose({{x}}, {{w}}, output_shape=[tf.shape(x)[0], {full[0]}, {full[1]}, {out_g}], "
        f'strides={list(s)}, padding="VALID")'
    )
    if g == 1:
        blk.body.append("x = " + op_call.format(x="x", w=w))
    else:
        blk.body.append(f"# groups={g}: each group of input channels stamps its own filters, then they are joined.")
        blk.body.append(
            "x = tf.concat([" + op_call.format(x="xg", w="wg") + f" for xg, wg in zip(tf.split(x, {g}, axis=3), "
            f"tf.split({w}, {g}, axis=3))], axis=3)"
        )
    if p != (0, 0):
        blk.body.append(f"x = x[:, {p[0]}:{full[0] - p[0]}, {p[1]}:{full[1] - p[1]}, :]")
    blk.bias(layer.out_channels)


def _pool(blk: _Block) -> None:
    step, layer = blk.step, blk.step.layer
    assert isinstance(layer, (E.MaxPool2d, E.AvgPool2d))
    is_max = isinstance(layer, E.MaxPool2d)
    w = pool_windows(step)
    same = tf_same(step.in_hw, w.kernel, w.stride, w.dilation)
    counts_padding, extra = w.counts_padding, w.extra
    padding, dilated = '"VALID"', w.dilation != (1, 1)
    if w.pads == ZERO:
        pass
    elif w.pads == same and not counts_padding and not dilated:
        padding = '"SAME"'
    elif is_max:
        blk.body.append(f"# {pool_edge(w)} ({pads_text(w.pads)}) as -inf: they never win, as in torch.")
        blk.pad(w.pads, fill="float('-inf')")
    elif counts_padding and extra == (0, 0):
        blk.body.append("# count_include_pad=True (torch's default): the padding counts, so it is real zeros.")
        blk.pad(w.pads)
    else:
        _counted_average(blk, w)
        return
    k, s = list(w.kernel), list(w.stride)
    if not dilated:
        func = "tf.nn.max_pool2d" if is_max else "tf.nn.avg_pool2d"
        blk.body.append(f"x = {func}(x, ksize={k}, strides={s}, padding={padding})")
        return
    blk.body.append("# TF pools with dilations at stride 1 only: stride 1, then every stride-th row and column.")
    blk.body.append(
        f'x = tf.nn.pool(x, window_shape={k}, pooling_type="MAX", strides=[1, 1], padding="VALID", '
        f"dilations={list(w.dilation)})"
    )
    blk.stride_slice(w.stride)


def _counted_average(blk: _Block, w: PoolWindows) -> None:
    """Torch's divisor where no TF padding rule gives it: the input counts, torch's padding too
    with count_include_pad, ceil_mode's overhang never; the mean of the padded map over the mean
    of a mask of the counted cells is the sum over the count."""
    (t, b), (left, r) = w.pads
    p = w.padding if w.counts_padding else (0, 0)
    pad_list = f"[[0, 0], [{t}, {b}], [{left}, {r}], [0, 0]]"
    blk.body.append(
        f"# torch divides each window's sum by its counted cells ({pads_text(w.pads)} of padding and overhang;"
        + (" the padding counts, the overhang not)." if w.counts_padding else " none of them counts).")
    )
    counted = "tf.ones_like(x[..., :1])"
    if p != (0, 0):
        counted = f"tf.pad({counted}, [[0, 0], [{p[0]}, {p[0]}], [{p[1]}, {p[1]}], [0, 0]], constant_values=1.0)"
        pad_list = f"[[0, 0], [{t - p[0]}, {b - p[0]}], [{left - p[1]}, {r - p[1]}], [0, 0]]"
    blk.body.append(f"counted = tf.pad({counted}, {pad_list})")
    blk.pad(w.pads)
    k, s = list(w.kernel), list(w.stride)
    blk.body.append(
        f'x = tf.nn.avg_pool2d(x, ksize={k}, strides={s}, padding="VALID") / '
        f'tf.nn.avg_pool2d(counted, ksize={k}, strides={s}, padding="VALID")'
    )


def _layer(blk: _Block) -> None:
    step = blk.step
    layer, kind = step.layer, type(step.layer)
    if kind is E.Conv2d:
        _conv(blk)
    elif kind is E.ConvTranspose2d:
        _conv_transpose(blk)
    elif kind in (E.MaxPool2d, E.AvgPool2d):
        _pool(blk)
    elif isinstance(layer, E.BatchNorm2d):
        n = [layer.num_features]
        gamma, beta = blk.var("gamma", n, "ones", "convviz's weight"), blk.var("beta", n, "zeros", "convviz's bias")
        mean, var = blk.var("mean", n, "zeros", "running_mean"), blk.var("var", n, "ones", "running_var")
        blk.body.append(
            f"x = tf.nn.batch_normalization(x, {mean}, {var}, offset={beta}, scale={gamma}, "
            f"variance_epsilon={floats(layer.eps)})  # inference: the running statistics"
        )
    elif isinstance(layer, E.Linear):
        w = blk.var("w", [layer.in_features, layer.out_features], "random", "w.T of convviz's (out, in)")
        blk.body.append(f"x = tf.matmul(x, {w})")
        blk.bias(layer.out_features)
    elif isinstance(layer, E.Flatten):
        if len(step.in_shape) == 3:
            blk.body.append(
                "# torch flattens (C, H, W): back to channels first, so the features come in convviz's order."
            )
            blk.body.append("x = tf.reshape(tf.transpose(x, [0, 3, 1, 2]), [tf.shape(x)[0], -1])")
    elif isinstance(layer, E.Dropout):
        blk.body.append(f"# inference passes every unit (training: x = tf.nn.dropout(x, rate={floats(layer.p)}))")
    elif isinstance(layer, E.LeakyReLU):
        blk.body.append(f"x = tf.nn.leaky_relu(x, alpha={floats(layer.negative_slope)})")
    elif kind in _SIMPLE:
        blk.body.append(f"x = {_SIMPLE[kind]}")
    else:
        blk.cannot("has no tf.nn op here")


_SIMPLE = {
    E.ReLU: "tf.nn.relu(x)",
    E.Sigmoid: "tf.sigmoid(x)",
    E.Tanh: "tf.tanh(x)",
    E.GlobalAvgPool2d: "tf.reduce_mean(x, axis=[1, 2], keepdims=True)",
    E.GlobalMaxPool2d: "tf.reduce_max(x, axis=[1, 2], keepdims=True)",
}


def source(stack: Stack, title: str) -> str:
    c, h, w = stack.input_shape
    blocks = []
    for step in stack.steps:
        blk = _Block(step)
        _layer(blk)
        blocks.append(blk)
    out = [
        f"# {title} as tf.nn: input (N, {h}, {w}, {c}), NHWC; convviz is NCHW, so feed x.transpose(0, 2, 3, 1).",
        "# Filters are HWIO (kH, kW, in, out); each variable's comment says how to make it from convviz's weight w.",
    ]
    if stack.note:
        out.append(f"# {stack.note}")
    out += ["import tensorflow as tf", ""]
    for blk in blocks:
        out += blk.variables
    out += ["", "", "def model(x):", f'    """x: (N, {h}, {w}, {c}) float32, channels last."""']
    for blk in blocks:
        step = blk.step
        out.append(f"    # {step.name}: {shape_text(step.in_shape)} → {shape_text(step.out_shape)} (NCHW)")
        out += [f"    {line}" for line in blk.body]
    out += ["    return x", "", "", f"y = model(tf.random.uniform([1, {h}, {w}, {c}]))", ""]
    return wrap_comments("\n".join(out))
