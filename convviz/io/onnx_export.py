"""Layer stacks out as ONNX: ``save(stack, path)`` writes a convviz stack as an opset-17 model
that onnxruntime runs to the engine's numbers.

``stack`` is the engine's ``Sequential`` (or a plain list of its layers), or the app's
``StackModel`` (its built layers, on the input it shows). The graph has one input, "input"
(N, C, H, W) float32 with the batch N left open, and one output, "output". Each layer becomes
one node, named as the stack's summary names it ("Conv2d-1"), its weights float32 initializers
("Conv2d-1.weight"). Where ONNX or onnxruntime reads an attribute otherwise than torch and
the engine do, the layer gets a second node instead (a Pad before a reflect or replicate
convolution, and the few cases commented at each layer below).

The height and width are fixed, so geometry that depends on them ('same' padding at a stride)
is resolved here, from the engine's own geometry, and every pad in the file is explicit. The
model is for inference, as torch's ``model.eval()``: dropout is the identity and batch norm
uses its running statistics, whatever mode the stack is in.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

import convviz
from convviz import engine as E
from convviz.model.codegen.common import default_names  # the engine summary's row names
from convviz.model.stack.build import row_names
from convviz.model.stack.model import StackModel
from convviz.text import tr

__all__ = ["OPSET", "save", "to_model"]

OPSET = 17
Shape = tuple[int, ...]


def save(
    stack: E.Sequential | Sequence[E.Layer] | StackModel, path: str | os.PathLike[str], input_shape: Any = None
) -> None:
    """Write ``stack`` to ``path`` as ONNX. ``input_shape`` is one sample's (C, H, W); a
    ``StackModel`` knows its own, a ``Sequential`` does not. A layer ONNX cannot express, or a
    stack that does not build on that shape, raises ValueError naming the layer (``layers[i]``,
    from 0) and nothing is written; so does a ``StackModel`` whose stack has an error row."""
    layers, names, shape = _unpack(stack, input_shape)
    model = to_model(layers, shape, names)
    onnx.checker.check_model(model, full_check=True)  # ONNX's own shape inference agrees with ours
    _write_atomically(model, Path(path))


def to_model(layers: Sequence[E.Layer], input_shape: Shape, names: Sequence[str] | None = None) -> onnx.ModelProto:
    """The ONNX model of ``layers`` run on one sample of ``input_shape`` (not yet checked)."""
    names = list(names) if names is not None else default_names(layers)
    g = _Graph()
    x, shape = "input", tuple(input_shape)
    for i, (layer, name) in enumerate(zip(layers, names, strict=True)):
        emit = _EMITTERS.get(type(layer))  # the exact class: a subclass may compute something else
        if emit is None:
            raise ValueError(
                tr("OnnxExport", "layers[{index}] ({layer}) cannot be written as ONNX: no operator maps it").format(
                    index=i, layer=layer.name
                )
            )
        try:
            out_shape = layer.output_shape(shape)
            x = emit(g, layer, x, shape, name)
        except ValueError as exc:
            raise ValueError(f"layers[{i}] ({layer.name}): {exc}") from None
        shape = out_shape
    # The last node writes "output" (an empty stack passes its input through).
    if g.nodes:
        g.nodes[-1].output[0] = "output"
    else:
        g.node("Identity", ["input"], "output")
    graph = helper.make_graph(
        g.nodes,
        "convviz-stack",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", *input_shape])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["N", *shape])],
        g.initializers,
    )
    opsets = [helper.make_opsetid("", OPSET)]
    model = helper.make_model(
        graph, opset_imports=opsets, producer_name="convviz", producer_version=convviz.__version__
    )
    model.ir_version = helper.find_min_ir_version_for(opsets)  # the oldest that opset 17 allows: more runtimes read it
    return model


# --- what is being saved -------------------------------------------------------------------
def _unpack(stack: Any, input_shape: Any) -> tuple[list[E.Layer], list[str], Shape]:
    """(layers, node names, one sample's shape) from whatever ``save`` was given."""
    if isinstance(stack, StackModel):
        result = stack.result
        if not result.valid:
            row = result.rows[result.error_index]
            raise ValueError(
                tr("OnnxExport", "layers[{index}] ({layer}) does not build, so nothing to save: {error}").format(
                    index=result.error_index, layer=row.name, error=row.error
                )
            )
        layers, names = list(result.layers), row_names(list(stack.configs))  # the labels the app shows
        shape = stack.input_shape if input_shape is None else input_shape
    else:
        layers = list(stack.layers if isinstance(stack, E.Sequential) else stack)
        names, shape = default_names(layers), input_shape
    if shape is None:
        raise ValueError(
            tr("OnnxExport", "input_shape (C, H, W) is needed: a Sequential does not record the size it runs on")
        )
    shape = tuple(shape)
    if len(shape) != 3 or not all(isinstance(n, (int, np.integer)) and n >= 1 for n in shape):
        raise ValueError(
            tr("OnnxExport", "input_shape must be (C, H, W), three positive ints, got {shape}").format(
                shape=repr(shape)
            )
        )
    return layers, names, tuple(int(n) for n in shape)


def _write_atomically(model: onnx.ModelProto, path: Path) -> None:
    """A temporary file beside ``path``, renamed over it: a reader never sees half a model, and
    a failed write leaves any earlier file whole. Opened like any new file, so the umask decides
    its permissions (mkstemp's would be owner-only)."""
    data = model.SerializeToString()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --- one layer -> ONNX nodes -----------------------------------------------------------------
class _Graph:
    """The nodes and initializers built so far; each node's one output is named after it."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []

    def node(self, op: str, inputs: list[str], name: str, **attributes: Any) -> str:
        self.nodes.append(helper.make_node(op, inputs, [name], name=name, **attributes))
        return name

    def constant(self, name: str, array: np.ndarray, dtype: type = np.float32) -> str:
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(array, dtype=dtype), name))
        return name

    def weights(self, layer: E.Layer, name: str) -> list[str]:
        """The layer's weight, then its bias if it has one (ONNX's input order for Conv and Gemm)."""
        return [self.constant(f"{name}.{k}", layer.params[k]) for k in ("weight", "bias") if k in layer.params]


Emitter = Callable[[_Graph, Any, str, Shape, str], str]

# torch's padding_mode -> ONNX Pad's mode (opset 17 has no wrap-around: circular is refused).
_PAD_MODES = {"reflect": "reflect", "replicate": "edge"}


def _conv(g: _Graph, layer: E.Conv2d, x: str, shape: Shape, name: str) -> str:
    weight = layer.params["weight"]
    geo = E.ConvGeometry.resolve((shape[1], shape[2]), weight.shape[2:], layer.stride, layer.padding, layer.dilation)
    (top, bottom), (left, right) = geo.pads  # 'same' and per-side pads already resolved, as the engine pads
    if layer.padding_mode != "zeros":
        if layer.padding_mode not in _PAD_MODES:
            raise ValueError(
                tr("OnnxExport", "padding_mode {mode} has no ONNX Pad mode at opset {opset}").format(
                    mode=repr(layer.padding_mode), opset=OPSET
                )
            )
        if layer.padding_mode == "reflect" and (max(top, bottom) >= shape[1] or max(left, right) >= shape[2]):
            raise ValueError(
                tr("OnnxExport", "reflect padding {pads} must be smaller than the input {shape}").format(
                    pads=geo.pads, shape=shape[1:]
                )
            )
        # Conv pads with zeros only, so the other modes pad first; Pad lists all begins, then all ends.
        pads = g.constant(f"{name}.pads", np.array([0, 0, top, left, 0, 0, bottom, right]), np.int64)
        x = g.node("Pad", [x, pads], f"{name}.pad", mode=_PAD_MODES[layer.padding_mode])
        top = bottom = left = right = 0
    return g.node(
        "Conv",
        [x, *g.weights(layer, name)],
        name,
        kernel_shape=list(geo.kernel_hw),
        strides=list(geo.stride),
        dilations=list(geo.dilation),
        pads=[top, left, bottom, right],
        group=layer.groups,
    )


def _conv_transpose(g: _Graph, layer: E.ConvTranspose2d, x: str, shape: Shape, name: str) -> str:
    # Both keep the weight as (in, out / groups, kH, kW) and crop `padding` from each side.
    (s, d, p, op) = (list(_pair(v)) for v in (layer.stride, layer.dilation, layer.padding, layer.output_padding))
    end, zeros = list(p), [0, 0]
    for a in (0, 1):
        if op[a] >= s[a]:
            # torch (and the engine) allow output_padding up to the dilation, onnxruntime only
            # below the stride. The cells it adds at the end are first the ones the end padding
            # would crop (so less is cropped), then cells no input reaches (zeros, appended).
            kept = min(op[a], p[a])
            end[a], zeros[a], op[a] = p[a] - kept, op[a] - kept, 0
    weights = g.weights(layer, name)
    attributes = dict(
        kernel_shape=list(layer.params["weight"].shape[2:]),
        strides=s,
        dilations=d,
        pads=[p[0], p[1], end[0], end[1]],
        output_padding=op,
        group=layer.groups,
    )
    if not any(zeros):
        return g.node("ConvTranspose", [x, *weights], name, **attributes)
    x = g.node("ConvTranspose", [x, weights[0]], f"{name}.stamped", **attributes)
    pads = g.constant(f"{name}.pads", np.array([0, 0, 0, 0, 0, 0, *zeros]), np.int64)
    if len(weights) == 1:
        return g.node("Pad", [x, pads], name, mode="constant")
    x = g.node("Pad", [x, pads], f"{name}.padded", mode="constant")
    bias = g.constant(f"{name}.bias_map", layer.params["bias"].reshape(-1, 1, 1))  # the appended cells get it too
    return g.node("Add", [x, bias], name)


# Pooling never writes ceil_mode=1: at opset 17 ONNX's spec (and its shape inference) keeps a
# last window that starts in the padding after the input, where torch, the engine and
# onnxruntime drop it, so the same file means two sizes. The engine's geometry has already
# decided the windows: ceil mode is the overhang of the last one, written as extra pads after.
def _pool_geometry(layer: E.MaxPool2d | E.AvgPool2d, shape: Shape, dilation: Any = 1) -> E.PoolGeometry:
    hw = (shape[1], shape[2])
    return E.PoolGeometry.resolve(hw, layer.kernel_size, layer.stride, layer.padding, dilation, layer.ceil_mode)


def _max_pool(g: _Graph, layer: E.MaxPool2d, x: str, shape: Shape, name: str) -> str:
    geo = _pool_geometry(layer, shape, layer.dilation)
    (top, bottom), (left, right) = geo.pads  # padding, and after it ceil mode's overhang: neither ever wins
    blind = any(not axis.inside(o) for axis in geo.axes for o in range(axis.out))
    if bottom >= geo.kernel_hw[0] or right >= geo.kernel_hw[1] or blind:
        # A dilated window's overhang can reach the kernel size, and onnxruntime refuses pads
        # that large; and a window on padding alone is -inf on the engine (as in torch) but
        # onnxruntime's lowest float. -inf cells added first never win either, just as pads.
        pads = g.constant(f"{name}.pads", np.array([0, 0, top, left, 0, 0, bottom, right]), np.int64)
        x = g.node("Pad", [x, pads, g.constant(f"{name}.fill", np.array(-np.inf))], f"{name}.pad", mode="constant")
        top = bottom = left = right = 0
    return g.node(
        "MaxPool",
        [x],
        name,
        kernel_shape=list(geo.kernel_hw),
        strides=list(geo.stride),  # stride None is the kernel size, resolved
        dilations=list(geo.dilation),
        pads=[top, left, bottom, right],
    )


def _avg_pool(g: _Graph, layer: E.AvgPool2d, x: str, shape: Shape, name: str) -> str:
    geo = _pool_geometry(layer, shape)
    (ph, pw), (eh, ew) = geo.padding, geo.extra
    count_pad = layer.count_include_pad
    if count_pad and (eh or ew):
        # torch counts the padding in a window's divisor but never the overhang; ONNX counts
        # all of its pads or none. So the padding becomes real zeros (counted), and only the
        # overhang stays a pad (not counted).
        if ph or pw:
            pads = g.constant(f"{name}.pads", np.array([0, 0, ph, pw, 0, 0, ph, pw]), np.int64)
            x = g.node("Pad", [x, pads], f"{name}.pad", mode="constant")
        ph = pw = 0
        count_pad = False
    return g.node(
        "AveragePool",
        [x],
        name,
        kernel_shape=list(geo.kernel_hw),
        strides=list(geo.stride),
        pads=[ph, pw, ph + eh, pw + ew],
        count_include_pad=int(count_pad),  # always written: ONNX's default is 0, torch's and the engine's True
    )


def _batch_norm(g: _Graph, layer: E.BatchNorm2d, x: str, shape: Shape, name: str) -> str:
    inputs = [
        g.constant(f"{name}.weight", layer.params["weight"]),
        g.constant(f"{name}.bias", layer.params["bias"]),
        g.constant(f"{name}.running_mean", layer.running_mean),
        g.constant(f"{name}.running_var", layer.running_var),
    ]
    return g.node("BatchNormalization", [x, *inputs], name, epsilon=float(layer.eps))


def _linear(g: _Graph, layer: E.Linear, x: str, shape: Shape, name: str) -> str:
    return g.node("Gemm", [x, *g.weights(layer, name)], name, transB=1)  # weight (out, in), as torch's


def _simple(op: str, **attributes: Any) -> Emitter:
    """A layer that is one attribute-free (or fixed-attribute) node."""
    return lambda g, layer, x, shape, name: g.node(op, [x], name, **attributes)


def _pair(value: Any) -> tuple[int, int]:
    """An int or an (h, w) pair as two Python ints (what ONNX attributes take)."""
    return (int(value), int(value)) if isinstance(value, (int, np.integer)) else (int(value[0]), int(value[1]))


_EMITTERS: dict[type, Emitter] = {
    E.Conv2d: _conv,
    E.ConvTranspose2d: _conv_transpose,
    E.MaxPool2d: _max_pool,
    E.AvgPool2d: _avg_pool,
    E.GlobalAvgPool2d: _simple("GlobalAveragePool"),
    E.GlobalMaxPool2d: _simple("GlobalMaxPool"),
    E.ReLU: _simple("Relu"),
    E.LeakyReLU: lambda g, layer, x, shape, name: g.node("LeakyRelu", [x], name, alpha=float(layer.negative_slope)),
    E.Sigmoid: _simple("Sigmoid"),
    E.Tanh: _simple("Tanh"),
    E.Dropout: _simple("Identity"),  # inference: every unit passes, unscaled (inverted dropout)
    E.BatchNorm2d: _batch_norm,
    E.Flatten: _simple("Flatten", axis=1),
    E.Linear: _linear,
}
