"""PyTorch source for a stack: an ``nn.Sequential`` named ``model`` whose modules, taken in
order, hold the engine's parameters in the engine's own layouts (torch is NCHW and keeps
weights as (out, in / groups, kH, kW), as convviz does).

Where torch's own arguments cannot say what the engine does (TensorFlow's SAME at a stride,
or any uneven padding), the padding is a module of its own before the layer, with a comment.
"""

from __future__ import annotations

from convviz import engine as E
from convviz.model.codegen.common import (
    Stack,
    Step,
    call,
    conv_pads,
    floats,
    kernel_hw,
    num,
    pads_text,
    pool_windows,
    shape_text as _shape,
    wrap_comments,
)

_PAD_MODULES = {
    "zeros": "nn.ZeroPad2d",
    "reflect": "nn.ReflectionPad2d",
    "replicate": "nn.ReplicationPad2d",
    "circular": "nn.CircularPad2d",
}


def _conv(step: Step) -> list[str]:
    layer = step.layer
    assert isinstance(layer, E.Conv2d)
    (t, b), (left, r) = pads = conv_pads(step)
    s, d = layer.stride, layer.dilation
    mode = layer.padding_mode
    lines, padding = [], None
    stride_one = num(s) == "1"
    if isinstance(layer.padding, str) and layer.padding == "same" and stride_one and mode == "zeros":
        lines.append(
            "# padding='same' (PyTorch allows it at stride 1 only) pads as TF's SAME does: the odd extra cell "
            "at the bottom/right."
        )
        padding = "'same'"
    elif t == b and left == r:
        padding = None if t == left == 0 else num((t, left))
        if isinstance(layer.padding, str) and layer.padding == "same" and padding is not None:
            lines.append(f"# TF's SAME here is even ({pads_text(pads)}), so a plain padding={padding}.")
    else:
        why = f"TF's SAME at stride {num(s)}" if isinstance(layer.padding, str) else "The padding is uneven and"
        lines.append(
            f"# {why} pads {pads_text(pads)} (the odd extra cell bottom/right); PyTorch's padding='same' is for "
            "stride 1 only and its padding= is the same on both sides, so the pad is a module: "
            "(left, right, top, bottom)."
        )
        lines.append(f"{_PAD_MODULES[mode]}(({left}, {r}, {t}, {b})),")
    lines.append(
        call(
            "nn.Conv2d",
            str(layer.in_channels),
            str(layer.out_channels),
            kernel_size=num(kernel_hw(layer)),
            stride=None if stride_one else num(s),
            padding=padding,
            dilation=None if num(d) == "1" else num(d),
            groups=None if layer.groups == 1 else str(layer.groups),
            bias=None if "bias" in layer.params else "False",
            padding_mode=None if mode == "zeros" or padding in (None, "'same'") else repr(mode),
        )
        + ","
    )
    return lines


def _conv_transpose(step: Step) -> list[str]:
    layer = step.layer
    assert isinstance(layer, E.ConvTranspose2d)
    lines = []
    if num(layer.padding) != "0":
        lines.append("# padding= crops that many rows/cols from each side of the stamped output.")
    if num(layer.output_padding) != "0":
        lines.append(
            "# output_padding= adds rows/cols at the bottom/right only (they get just the bias where no input reaches)."
        )
    lines.append(
        call(
            "nn.ConvTranspose2d",
            str(layer.in_channels),
            str(layer.out_channels),
            kernel_size=num(kernel_hw(layer)),
            stride=None if num(layer.stride) == "1" else num(layer.stride),
            padding=None if num(layer.padding) == "0" else num(layer.padding),
            output_padding=None if num(layer.output_padding) == "0" else num(layer.output_padding),
            groups=None if layer.groups == 1 else str(layer.groups),
            bias=None if "bias" in layer.params else "False",
            dilation=None if num(layer.dilation) == "1" else num(layer.dilation),
        )
        + ","
    )
    return lines


def _pool(step: Step) -> list[str]:
    layer = step.layer
    assert isinstance(layer, (E.MaxPool2d, E.AvgPool2d))
    is_max = isinstance(layer, E.MaxPool2d)
    w = pool_windows(step)
    stride = None if layer.stride is None else num(w.stride)
    lines = []
    padding = None if w.padding == (0, 0) else num(w.padding)
    ceil = bool(getattr(layer, "ceil_mode", False))
    if w.tf_same and w.pads != ((0, 0), (0, 0)):
        (t, b), (left, r) = w.pads
        if is_max:
            lines.append(f"# TF's SAME pooling pads {pads_text(w.pads)}; padding never wins a max, as -inf cells do.")
            lines.append(f"nn.ConstantPad2d(({left}, {r}, {t}, {b}), float('-inf')),")
        elif t == b and left == r:
            lines.append("# TF's SAME pooling: the padding is never counted in the average (count_include_pad=False).")
            padding = num((t, left))
        else:
            return [
                f"# TF's SAME average pooling pads {pads_text(w.pads)} and never counts the padding; nn.AvgPool2d",
                "# pads evenly, so a small module of its own (defined above) divides by the real cells.",
                f"CountedAvgPool2d({num(w.kernel)}, {num(w.stride)}, ({left}, {r}, {t}, {b})),",
            ]
    if ceil:
        lines.append(
            "# ceil_mode=True keeps a last window that overhangs the input (TF has no such mode); the overhang "
            + ("never wins." if is_max else "is never counted.")
        )
    if is_max:
        d = w.dilation
        args = dict(
            stride=stride,
            padding=padding,
            dilation=None if num(d) == "1" else num(d),
            ceil_mode="True" if ceil else None,
        )
        lines.append(call("nn.MaxPool2d", num(w.kernel), **args) + ",")
        return lines
    assert isinstance(layer, E.AvgPool2d)
    count_pad = bool(layer.count_include_pad) and not w.tf_same
    if padding is not None:
        lines.append(
            "# count_include_pad=True (torch's default) divides by the whole window, padding included; False by the "
            "real cells only (as TF's SAME)."
        )
    args = dict(
        stride=stride,
        padding=padding,
        ceil_mode="True" if ceil else None,
        count_include_pad=None if count_pad or w.pads == ((0, 0), (0, 0)) else "False",
    )
    lines.append(call("nn.AvgPool2d", num(w.kernel), **args) + ",")
    return lines


def _module(step: Step) -> list[str]:
    layer = step.layer
    kind = type(layer)
    if kind is E.Conv2d:
        return _conv(step)
    if kind is E.ConvTranspose2d:
        return _conv_transpose(step)
    if kind in (E.MaxPool2d, E.AvgPool2d):
        return _pool(step)
    if isinstance(layer, E.BatchNorm2d):
        return [
            call("nn.BatchNorm2d", str(layer.num_features), eps=floats(layer.eps), momentum=floats(layer.momentum))
            + ","
        ]
    if isinstance(layer, E.Linear):
        bias = None if "bias" in layer.params else "False"
        return [call("nn.Linear", str(layer.in_features), str(layer.out_features), bias=bias) + ","]
    if isinstance(layer, E.Dropout):
        return [call("nn.Dropout", p=floats(layer.p)) + ","]
    if isinstance(layer, E.LeakyReLU):
        return [call("nn.LeakyReLU", negative_slope=floats(layer.negative_slope)) + ","]
    simple = {
        E.ReLU: "nn.ReLU()",
        E.Sigmoid: "nn.Sigmoid()",
        E.Tanh: "nn.Tanh()",
        E.Flatten: "nn.Flatten()",
        E.GlobalAvgPool2d: "nn.AdaptiveAvgPool2d(1)",
        E.GlobalMaxPool2d: "nn.AdaptiveMaxPool2d(1)",
    }
    if kind in simple:
        return [simple[kind] + ","]
    return [f"# NOT EXPRESSIBLE in PyTorch: {step.name} ({layer.name}) has no module here; it is left out."]


COUNTED_AVG_POOL = '''

class CountedAvgPool2d(nn.Module):
    """TensorFlow's SAME average pooling: pads (left, right, top, bottom) that never count."""

    def __init__(self, kernel_size, stride, pads):
        super().__init__()
        self.kernel_size, self.stride, self.pads = kernel_size, stride, pads

    def forward(self, x):
        total = F.avg_pool2d(F.pad(x, self.pads), self.kernel_size, self.stride)
        counted = F.avg_pool2d(F.pad(torch.ones_like(x[:, :1]), self.pads), self.kernel_size, self.stride)
        return total / counted
'''


def source(stack: Stack, title: str) -> str:
    c, h, w = stack.input_shape
    out = [
        f"# {title} as PyTorch: input (N, {c}, {h}, {w}), NCHW as convviz.",
        "# Weights are in convviz's layouts already: Conv2d (out, in/groups, kH, kW), ConvTranspose2d",
        "# (in, out/groups, kH, kW), Linear (out, in). The modules with parameters, in order, are the",
        "# stack's layers with weights, in order.",
    ]
    if stack.note:
        out.append(f"# {stack.note}")
    body = []
    for step in stack.steps:
        body.append(f"    # {step.name}: {_shape(step.in_shape)} → {_shape(step.out_shape)}")
        body += [f"    {line}" for line in _module(step)]
    counted = any("CountedAvgPool2d(" in line for line in body)
    out += ["import torch", "from torch import nn"]
    if counted:
        out += ["import torch.nn.functional as F", *COUNTED_AVG_POOL.splitlines(), ""]
    out += ["", "model = nn.Sequential(", *body]
    out += [
        ")",
        "model.eval()  # inference (convviz's eval mode): dropout passes all, batch norm uses running statistics",
        "",
        f"x = torch.rand(1, {c}, {h}, {w})",
        "y = model(x)",
        "",
    ]
    return wrap_comments("\n".join(out))
