"""Each ONNX operator convviz reads, mapped onto an engine graph op with ONNX's attribute
defaults and its opset's semantics (https://onnx.ai/onnx/operators/). One builder per
operator; ``build`` raises OnnxOpError, naming the operator, for anything else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from convviz.engine import graph_ops as ops, graph_shapes as shapes, graph_windows as windows
from convviz.engine.graph import Op
from convviz.text import tr

MAX_WINDOW = 1024  # kernel, stride, dilation or pad beyond this is a hostile file, not a CNN


class OnnxOpError(ValueError):
    pass


def _ints(attrs: dict[str, Any], key: str, default: tuple[int, ...], count: int) -> tuple[int, ...]:
    value = tuple(int(v) for v in attrs.get(key, default))
    if len(value) != count:
        raise OnnxOpError(
            tr("OnnxOps", "{key} {values} must have {count} values (2-D images only)").format(
                key=key, values=list(value), count=count
            )
        )
    if any(abs(v) > MAX_WINDOW for v in value):
        raise OnnxOpError(
            tr("OnnxOps", "{key} {values} is beyond {limit}").format(key=key, values=list(value), limit=MAX_WINDOW)
        )
    return value


def _window(attrs: dict[str, Any], kernel_required: bool) -> windows.Window:
    if "kernel_shape" not in attrs and kernel_required:
        raise OnnxOpError(tr("OnnxOps", "kernel_shape is required"))
    kernel = _ints(attrs, "kernel_shape", (1, 1), 2)
    stride = _ints(attrs, "strides", (1, 1), 2)
    dilation = _ints(attrs, "dilations", (1, 1), 2)
    pads = _ints(attrs, "pads", (0, 0, 0, 0), 4)
    try:
        return windows.Window(
            (kernel[0], kernel[1]),
            (stride[0], stride[1]),
            (dilation[0], dilation[1]),
            (pads[0], pads[1], pads[2], pads[3]),
            str(attrs.get("auto_pad", "NOTSET")),
            bool(attrs.get("ceil_mode", 0)),
        )
    except ValueError as exc:
        raise OnnxOpError(str(exc)) from None


def _conv(attrs: dict[str, Any], opset: int, n: int) -> Op:
    if n < 2:
        raise OnnxOpError(tr("OnnxOps", "needs an input and weights"))
    return windows.Conv(_window(attrs, kernel_required=False), int(attrs.get("group", 1)))


def _conv_transpose(attrs: dict[str, Any], opset: int, n: int) -> Op:
    win = _window(attrs, kernel_required=False)
    shape = attrs.get("output_shape")
    out = None if shape is None else _ints({"s": shape[-2:]}, "s", (1, 1), 2)
    extra = _ints(attrs, "output_padding", (0, 0), 2)
    return windows.ConvTranspose(
        win.stride,
        win.dilation,
        win.pads,
        (extra[0], extra[1]),
        None if out is None else (out[0], out[1]),
        win.auto_pad,
        int(attrs.get("group", 1)),
    )


def _max_pool(attrs: dict[str, Any], opset: int, n: int) -> Op:
    if int(attrs.get("storage_order", 0)) != 0:
        raise OnnxOpError(tr("OnnxOps", "storage_order 1 (column-major indices) is not supported"))
    return windows.MaxPool(_window(attrs, kernel_required=True))


def _average_pool(attrs: dict[str, Any], opset: int, n: int) -> Op:
    return windows.AveragePool(_window(attrs, kernel_required=True), bool(attrs.get("count_include_pad", 0)))


def _unary(kind: str) -> Callable[[dict[str, Any], int, int], Op]:
    return lambda attrs, opset, n: ops.unary(kind, **{k: float(v) for k, v in attrs.items() if k in ("alpha", "beta")})


def _dropout(attrs: dict[str, Any], opset: int, n: int) -> Op:
    return ops.Dropout()  # inference: the identity (a true training_mode input is refused when it runs)


def _clip(attrs: dict[str, Any], opset: int, n: int) -> Op:
    if opset < 11:
        return ops.Clip(float(attrs.get("min", -np.inf)), float(attrs.get("max", np.inf)))
    return ops.Clip()


def _batch_norm(attrs: dict[str, Any], opset: int, n: int) -> Op:
    if int(attrs.get("training_mode", 0)):
        raise OnnxOpError(
            tr("OnnxOps", "training_mode 1 is not supported (convviz runs BatchNormalization as at inference)")
        )
    if n != 5:
        raise OnnxOpError(tr("OnnxOps", "needs 5 inputs (X, scale, B, mean, var)"))
    return ops.BatchNorm(float(attrs.get("epsilon", 1e-5)))


def _gemm(attrs: dict[str, Any], opset: int, n: int) -> Op:
    return ops.Gemm(
        float(attrs.get("alpha", 1.0)),
        float(attrs.get("beta", 1.0)),
        bool(attrs.get("transA", 0)),
        bool(attrs.get("transB", 0)),
    )


def _softmax(attrs: dict[str, Any], opset: int, n: int) -> Op:
    if opset < 13:
        return ops.Softmax(int(attrs.get("axis", 1)), flatten_first=True)
    return ops.Softmax(int(attrs.get("axis", -1)))


def _axes(attrs: dict[str, Any], key: str = "axes") -> tuple[int, ...] | None:
    return None if key not in attrs else tuple(int(a) for a in attrs[key])


def _pad(attrs: dict[str, Any], opset: int, n: int) -> Op:
    mode = str(attrs.get("mode", "constant"))
    if mode not in shapes.PAD_MODES:
        raise OnnxOpError(
            tr("OnnxOps", "mode {mode} is not one of {modes}").format(
                mode=repr(mode), modes=", ".join(shapes.PAD_MODES)
            )
        )
    pads = None if opset >= 11 else tuple(int(p) for p in attrs.get("pads", ()))
    return shapes.Pad(mode, pads, float(attrs.get("value", 0.0)))


ONNX_TO_NUMPY = {
    1: "float32",
    2: "uint8",
    3: "int8",
    5: "int16",
    6: "int32",
    7: "int64",
    9: "bool",
    10: "float16",
    11: "float64",
}


def _cast(attrs: dict[str, Any], opset: int, n: int) -> Op:
    to = int(attrs.get("to", 1))
    if to not in ONNX_TO_NUMPY:
        raise OnnxOpError(tr("OnnxOps", "cast to ONNX type {type} is not supported").format(type=to))
    return shapes.Cast("float32" if to in (1, 10, 11) else ONNX_TO_NUMPY[to])


def _constant_of_shape(attrs: dict[str, Any], opset: int, n: int) -> Op:
    value = np.asarray(attrs.get("value", np.zeros(1, np.float32)))
    if value.size != 1:
        raise OnnxOpError(tr("OnnxOps", "'value' must hold one number, not {count}").format(count=value.size))
    return shapes.ConstantOfShape(value.ravel()[0].item(), str(value.dtype))


BUILDERS: dict[str, Callable[[dict[str, Any], int, int], Op]] = {
    "Conv": _conv,
    "ConvTranspose": _conv_transpose,
    "MaxPool": _max_pool,
    "AveragePool": _average_pool,
    "GlobalAveragePool": lambda a, o, n: ops.GlobalPool("GlobalAveragePool"),
    "GlobalMaxPool": lambda a, o, n: ops.GlobalPool("GlobalMaxPool"),
    "Pad": _pad,
    "Relu": _unary("Relu"),
    "LeakyRelu": _unary("LeakyRelu"),
    "PRelu": lambda a, o, n: ops.PRelu(),
    "Sigmoid": _unary("Sigmoid"),
    "Tanh": _unary("Tanh"),
    "HardSigmoid": _unary("HardSigmoid"),
    "HardSwish": _unary("HardSwish"),
    "Clip": _clip,
    "BatchNormalization": _batch_norm,
    "Gemm": _gemm,
    "MatMul": lambda a, o, n: ops.MatMul(),
    "Flatten": lambda a, o, n: shapes.Flatten(int(a.get("axis", 1))),
    "Reshape": lambda a, o, n: shapes.Reshape(bool(a.get("allowzero", 0))),
    "Transpose": lambda a, o, n: shapes.Transpose(None if "perm" not in a else tuple(int(p) for p in a["perm"])),
    "Add": lambda a, o, n: ops.Binary("Add"),
    "Sub": lambda a, o, n: ops.Binary("Sub"),
    "Mul": lambda a, o, n: ops.Binary("Mul"),
    "Div": lambda a, o, n: ops.Binary("Div"),
    "Concat": lambda a, o, n: shapes.Concat(int(a["axis"])) if "axis" in a else _missing("axis"),
    "Dropout": _dropout,
    "Softmax": _softmax,
    "Identity": _unary("Identity"),
    "ReduceMean": lambda a, o, n: ops.ReduceMean(
        _axes(a), bool(a.get("keepdims", 1)), bool(a.get("noop_with_empty_axes", 0))
    ),
    "Shape": lambda a, o, n: shapes.Shape(int(a.get("start", 0)), None if "end" not in a else int(a["end"])),
    "Gather": lambda a, o, n: shapes.Gather(int(a.get("axis", 0))),
    "Squeeze": lambda a, o, n: shapes.Squeeze(_axes(a)),
    "Unsqueeze": lambda a, o, n: shapes.Unsqueeze(_axes(a)),
    "Cast": _cast,
    "ConstantOfShape": _constant_of_shape,
    "Slice": lambda a, o, n: shapes.Slice(_axes(a, "starts"), _axes(a, "ends"), _axes(a)),
}


def _missing(key: str) -> Op:
    raise OnnxOpError(tr("OnnxOps", "the attribute {key} is required").format(key=repr(key)))


def build(op_type: str, attrs: dict[str, Any], opset: int, n_inputs: int) -> Op:
    builder = BUILDERS.get(op_type)
    if builder is None:
        raise OnnxOpError(
            tr("OnnxOps", "operator {op} is not supported (convviz reads {supported})").format(
                op=op_type, supported=", ".join(sorted(BUILDERS))
            )
        )
    try:
        return builder(attrs, opset, n_inputs)
    except OnnxOpError as exc:
        raise OnnxOpError(f"{op_type}: {exc}") from None
    except (TypeError, ValueError) as exc:
        raise OnnxOpError(tr("OnnxOps", "{op}: a bad attribute ({reason})").format(op=op_type, reason=exc)) from None
