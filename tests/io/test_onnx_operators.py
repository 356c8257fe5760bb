"""Every operator the ONNX reader maps, with its attributes, against onnxruntime.

Each case is a small model built with ``onnx.helper`` (checked by ``onnx.checker`` first, so
the case is a valid model and not a test of our own reading of the spec), written to disk,
read with ``onnx_files.load`` and run on the engine, and run by onnxruntime: the two outputs
must agree to 1e-4 (float32). Opset 17 unless a case is about an older opset's semantics
(Softmax's flattening before 13, Clip's and Pad's attribute forms before 11, Squeeze's and
Unsqueeze's ``axes`` attribute before 13, AveragePool's ``dilations`` from 19).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from convviz.io import onnx_files
from tests.conftest import reference_library

ort = reference_library("onnxruntime")

RTOL, ATOL = 1e-4, 1e-5
IN = "x"


def make_model(
    nodes: list[onnx.NodeProto],
    in_shape: tuple | list,
    inits: dict[str, np.ndarray] | None = None,
    opset: int = 17,
    out_shape: tuple | None = None,
    check: bool = True,
) -> onnx.ModelProto:
    """A model with one float input ``x`` of ``in_shape`` (a str is a named dynamic axis) and
    one output ``y`` (its shape inferred by ONNX unless given)."""
    x = helper.make_tensor_value_info(IN, TensorProto.FLOAT, list(in_shape))
    ys = [helper.make_tensor_value_info("y", TensorProto.FLOAT, None if out_shape is None else list(out_shape))]
    tensors = [numpy_helper.from_array(np.asarray(v), k) for k, v in (inits or {}).items()]
    graph = helper.make_graph(nodes, "case", [x], ys, tensors)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = max(helper.find_min_ir_version_for(model.opset_import), 7)
    if check:  # ONNX's own shape inference (strict) fills the outputs' shapes and checks every node
        model = onnx.shape_inference.infer_shapes(model, strict_mode=True)
        onnx.checker.check_model(model, full_check=True)
    return model


def ort_run(path: Path, x: np.ndarray) -> np.ndarray:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return session.run(None, {IN: x})[0]


def reference_run(path: Path, x: np.ndarray) -> np.ndarray:
    """The onnx package's reference evaluator: the oracle where onnxruntime refuses a valid model."""
    from onnx.reference import ReferenceEvaluator

    return ReferenceEvaluator(str(path)).run(None, {IN: x})[0]


def compare(tmp_path: Path, model: onnx.ModelProto, x: np.ndarray, name: str = "m.onnx", oracle=ort_run) -> np.ndarray:
    """Load and run on the engine, run on onnxruntime, assert they agree; the engine's output."""
    path = tmp_path / name
    if not path.exists():
        onnx.save_model(model, str(path))
    ours = onnx_files.load(path).forward(x)
    ref = oracle(path, x)
    assert ours.shape == ref.shape
    np.testing.assert_allclose(ours, ref, rtol=RTOL, atol=ATOL)
    return ours


def _rand(seed: int, *shape: int, scale: float = 1.0) -> np.ndarray:
    return (np.random.default_rng(seed).standard_normal(shape) * scale).astype(np.float32)


def _i64(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


# --- Conv -----------------------------------------------------------------------------------

X_CONV = (2, 4, 9, 8)  # odd and even sizes, so SAME's total padding is odd on one axis

CONV_CASES = {
    "k3 default, bias": ({"kernel_shape": [3, 3]}, (5, 4, 3, 3), True),
    "k3 pads asymmetric": ({"kernel_shape": [3, 3], "pads": [1, 0, 2, 1]}, (5, 4, 3, 3), False),
    "k3 pads asymmetric s2": ({"kernel_shape": [3, 3], "pads": [0, 2, 1, 0], "strides": [2, 2]}, (5, 4, 3, 3), True),
    "same_upper s1": ({"auto_pad": "SAME_UPPER"}, (3, 4, 3, 3), True),
    "same_upper s2": ({"auto_pad": "SAME_UPPER", "strides": [2, 2]}, (3, 4, 3, 3), True),
    "same_upper s2 k4": ({"auto_pad": "SAME_UPPER", "strides": [2, 2]}, (3, 4, 4, 4), False),
    "same_lower s1 k4": ({"auto_pad": "SAME_LOWER"}, (3, 4, 4, 4), True),
    "same_lower s2": ({"auto_pad": "SAME_LOWER", "strides": [2, 2]}, (3, 4, 3, 3), True),
    "same_lower s2 k4": ({"auto_pad": "SAME_LOWER", "strides": [2, 2]}, (3, 4, 4, 4), False),
    "valid s1": ({"auto_pad": "VALID"}, (3, 4, 3, 3), True),
    "valid s2": ({"auto_pad": "VALID", "strides": [2, 2]}, (3, 4, 3, 3), False),
    "group 2": ({"group": 2, "pads": [1, 1, 1, 1]}, (6, 2, 3, 3), True),
    "depthwise": ({"group": 4, "pads": [1, 1, 1, 1], "strides": [2, 2]}, (4, 1, 3, 3), True),
    "depthwise multiplier 2": ({"group": 4}, (8, 1, 3, 3), False),
    "dilations": ({"dilations": [2, 3], "pads": [2, 1, 0, 3]}, (3, 4, 3, 3), True),
    "strides 2x3": ({"strides": [2, 3]}, (3, 4, 3, 3), True),
    "k1": ({"kernel_shape": [1, 1]}, (6, 4, 1, 1), True),
    "k3x5 pads": ({"kernel_shape": [3, 5], "pads": [1, 2, 1, 2]}, (2, 4, 3, 5), True),
    "no kernel_shape (from the weights)": ({"strides": [1, 2], "pads": [0, 1, 1, 0]}, (3, 4, 2, 3), True),
}


@pytest.mark.parametrize("attrs, w_shape, bias", CONV_CASES.values(), ids=CONV_CASES.keys())
def test_conv(tmp_path, attrs, w_shape, bias):
    inits = {"w": _rand(1, *w_shape)}
    if bias:
        inits["b"] = _rand(2, w_shape[0])
    node = helper.make_node("Conv", ["x", *inits], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_CONV, inits), _rand(3, *X_CONV))


@pytest.mark.parametrize("auto_pad", ["SAME_UPPER", "SAME_LOWER"])
def test_conv_same_with_dilations_against_the_reference_evaluator(tmp_path, auto_pad):
    """onnxruntime refuses dilations with SAME ("Dilation not supported for AutoPadType::
    SAME_UPPER"); the spec defines them (the pads cover the dilated kernel), and the onnx
    package's reference evaluator is the oracle."""
    inits = {"w": _rand(1, 3, 4, 3, 3), "b": _rand(2, 3)}
    node = helper.make_node("Conv", ["x", "w", "b"], ["y"], auto_pad=auto_pad, strides=[2, 2], dilations=[2, 2])
    x = _rand(3, *X_CONV)
    ours = compare(tmp_path, make_model([node], X_CONV, inits), x, oracle=reference_run)
    try:  # should a later onnxruntime run it, it must agree too
        ref = ort_run(tmp_path / "m.onnx", x)
    except Exception as exc:  # noqa: BLE001 (onnxruntime's own error type)
        assert "Dilation not supported" in str(exc)
    else:
        np.testing.assert_allclose(ours, ref, rtol=RTOL, atol=ATOL)


# --- ConvTranspose --------------------------------------------------------------------------

X_CT = (2, 4, 5, 6)

CONV_T_CASES = {
    "k3 s1, bias": ({}, (4, 3, 3, 3), True),
    "s2 output_padding": ({"strides": [2, 2], "output_padding": [1, 0]}, (4, 3, 3, 3), True),
    "s2 pads asymmetric, output_padding": (
        {"strides": [2, 2], "pads": [1, 0, 0, 2], "output_padding": [1, 1]},
        (4, 3, 3, 3),
        False,
    ),
    "s3x2 dilations": ({"strides": [3, 2], "dilations": [2, 1], "pads": [1, 1, 1, 1]}, (4, 2, 3, 3), True),
    "group 2": ({"group": 2, "strides": [2, 2]}, (4, 3, 3, 3), True),
    "depthwise": ({"group": 4, "strides": [2, 1]}, (4, 1, 3, 2), False),
    "output_shape, even total crop": ({"strides": [2, 2], "output_shape": [9, 11]}, (4, 3, 3, 3), True),
    "output_shape, odd total crop": ({"strides": [2, 2], "output_shape": [10, 12]}, (4, 3, 3, 3), True),
    "output_shape past the stamping (an implied output_padding)": (
        {"strides": [2, 2], "output_shape": [12, 14]},
        (4, 3, 3, 3),
        True,
    ),
    "output_shape past the stamping, SAME_LOWER": (
        {"strides": [2, 3], "output_shape": [12, 17], "auto_pad": "SAME_LOWER"},
        (4, 3, 3, 3),
        False,
    ),
    "auto_pad SAME_UPPER s2": ({"strides": [2, 2], "auto_pad": "SAME_UPPER"}, (4, 3, 3, 3), True),
    "auto_pad SAME_UPPER s2 k4": ({"strides": [2, 2], "auto_pad": "SAME_UPPER"}, (4, 3, 4, 4), False),
    "k4 s2 p1 (the usual 2x upsampler)": ({"strides": [2, 2], "pads": [1, 1, 1, 1]}, (4, 3, 4, 4), True),
    "output_shape, odd total crop, SAME_UPPER": (
        {"strides": [2, 2], "output_shape": [10, 12], "auto_pad": "SAME_UPPER"},
        (4, 3, 3, 3),
        True,
    ),
    "auto_pad SAME_LOWER s2 k4 with output_padding": (
        {"strides": [2, 2], "auto_pad": "SAME_LOWER", "output_padding": [1, 0]},
        (4, 3, 4, 4),
        True,
    ),
    "auto_pad SAME_UPPER s3 dilations 2": (
        {"strides": [3, 3], "auto_pad": "SAME_UPPER", "dilations": [2, 2]},
        (4, 3, 3, 3),
        False,
    ),
}


@pytest.mark.parametrize("attrs, w_shape, bias", CONV_T_CASES.values(), ids=CONV_T_CASES.keys())
def test_conv_transpose(tmp_path, attrs, w_shape, bias):
    inits = {"w": _rand(1, *w_shape)}
    if bias:
        inits["b"] = _rand(2, w_shape[1] * attrs.get("group", 1))
    node = helper.make_node("ConvTranspose", ["x", *inits], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_CT, inits), _rand(3, *X_CT))


def test_conv_transpose_implied_output_padding_backward_is_torchs(tmp_path):
    """An output_shape one cell past the stamping is torch's output_padding=1: the engine's
    gradient of the input and the weights agrees with torch's autograd."""
    torch = reference_library("torch")
    w, x = _rand(1, 4, 3, 3, 3), _rand(3, *X_CT)
    node = helper.make_node("ConvTranspose", ["x", "w"], ["y"], strides=[2, 2], output_shape=[12, 14])
    path = tmp_path / "m.onnx"
    onnx.save_model(make_model([node], X_CT, {"w": w}), str(path))
    net = onnx_files.load(path)
    values = net.run(x)
    seed = _rand(4, *values["y"].shape)
    grads = net.graph.backward(values, "y", seed, {"x"})
    op = net.graph.nodes[0].op
    dw = op.backward(seed, [x, w], values["y"], [False, True])[1]
    tx, tw = torch.from_numpy(x).requires_grad_(True), torch.from_numpy(w).requires_grad_(True)
    ty = torch.nn.functional.conv_transpose2d(tx, tw, stride=2, output_padding=(1, 1))
    assert tuple(ty.shape) == values["y"].shape
    (ty * torch.from_numpy(seed)).sum().backward()
    np.testing.assert_allclose(values["y"], ty.detach().numpy(), rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(grads["x"], tx.grad.numpy(), rtol=RTOL, atol=1e-4)
    np.testing.assert_allclose(dw, tw.grad.numpy(), rtol=RTOL, atol=1e-4)


# --- Pooling --------------------------------------------------------------------------------

X_POOL = (2, 3, 9, 8)

MAX_POOL_CASES = {
    "k2 s2": {"kernel_shape": [2, 2], "strides": [2, 2]},
    "k2, strides default 1 (not the kernel, as in torch)": {"kernel_shape": [2, 2]},
    "k3 s2 ceil_mode": {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1},
    "k3 s2 pads ceil_mode (last window in the padding dropped)": {
        "kernel_shape": [3, 3],
        "strides": [2, 2],
        "pads": [1, 1, 1, 1],
        "ceil_mode": 1,
    },
    "k2 s2 pads 1 ceil_mode": {"kernel_shape": [2, 2], "strides": [2, 2], "pads": [1, 1, 1, 1], "ceil_mode": 1},
    "pads asymmetric": {"kernel_shape": [3, 3], "pads": [0, 1, 2, 0]},
    "dilations": {"kernel_shape": [3, 2], "strides": [2, 1], "dilations": [2, 3]},
    "dilations pads ceil_mode": {
        "kernel_shape": [2, 2],
        "strides": [2, 2],
        "dilations": [2, 2],
        "pads": [1, 0, 0, 1],
        "ceil_mode": 1,
    },
    "same_upper s2": {"kernel_shape": [3, 3], "strides": [2, 2], "auto_pad": "SAME_UPPER"},
    "same_lower s2": {"kernel_shape": [2, 2], "strides": [2, 2], "auto_pad": "SAME_LOWER"},
    "same_upper s1 k2": {"kernel_shape": [2, 2], "auto_pad": "SAME_UPPER"},
    "valid s2": {"kernel_shape": [3, 3], "strides": [2, 2], "auto_pad": "VALID"},
    "k2x3 s1x2": {"kernel_shape": [2, 3], "strides": [1, 2]},
}


@pytest.mark.parametrize("attrs", MAX_POOL_CASES.values(), ids=MAX_POOL_CASES.keys())
def test_max_pool(tmp_path, attrs):
    node = helper.make_node("MaxPool", ["x"], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_POOL), _rand(4, *X_POOL))


AVG_POOL_CASES = {
    "k2 s2": {"kernel_shape": [2, 2], "strides": [2, 2]},
    "pads, count_include_pad 0": {"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1]},
    "pads, count_include_pad 1": {
        "kernel_shape": [3, 3],
        "strides": [2, 2],
        "pads": [1, 1, 1, 1],
        "count_include_pad": 1,
    },
    "asymmetric pads, cip 0": {"kernel_shape": [3, 3], "pads": [0, 1, 2, 0], "count_include_pad": 0},
    "asymmetric pads, cip 1": {"kernel_shape": [3, 3], "pads": [0, 1, 2, 0], "count_include_pad": 1},
    "ceil_mode, cip 0": {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1},
    "ceil_mode, cip 1": {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1, "count_include_pad": 1},
    "ceil_mode pads, cip 1": {
        "kernel_shape": [3, 3],
        "strides": [2, 2],
        "pads": [1, 0, 1, 1],
        "ceil_mode": 1,
        "count_include_pad": 1,
    },
    "ceil_mode pads, cip 0": {"kernel_shape": [2, 2], "strides": [2, 2], "pads": [1, 1, 1, 1], "ceil_mode": 1},
    "same_upper s2, cip 0": {"kernel_shape": [3, 3], "strides": [2, 2], "auto_pad": "SAME_UPPER"},
    "same_lower s2, cip 0": {"kernel_shape": [2, 2], "strides": [2, 2], "auto_pad": "SAME_LOWER"},
    "same_upper s1 k2, cip 1": {"kernel_shape": [2, 2], "auto_pad": "SAME_UPPER", "count_include_pad": 1},
    "valid s2": {"kernel_shape": [3, 3], "strides": [2, 2], "auto_pad": "VALID"},
    "k2x3 s1x2": {"kernel_shape": [2, 3], "strides": [1, 2]},
}


@pytest.mark.parametrize("attrs", AVG_POOL_CASES.values(), ids=AVG_POOL_CASES.keys())
def test_average_pool(tmp_path, attrs):
    node = helper.make_node("AveragePool", ["x"], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_POOL), _rand(5, *X_POOL))


@pytest.mark.parametrize("cip", [0, 1])
@pytest.mark.parametrize(
    "attrs",
    [
        {"kernel_shape": [2, 2], "dilations": [2, 2]},
        {"kernel_shape": [3, 2], "strides": [2, 1], "dilations": [2, 3], "pads": [1, 1, 2, 0]},
    ],
    ids=["d2", "d2x3 s2 pads"],
)
def test_average_pool_dilations_opset_19(tmp_path, attrs, cip):
    node = helper.make_node("AveragePool", ["x"], ["y"], count_include_pad=cip, **attrs)
    compare(tmp_path, make_model([node], X_POOL, opset=19), _rand(6, *X_POOL))


def test_average_pool_count_include_pad_defaults_to_0_the_opposite_of_torch(tmp_path):
    """Without the attribute the pads are not counted: onnxruntime agrees, and the result
    differs from torch's default (count_include_pad=True) by the border windows."""
    torch = reference_library("torch")
    x = _rand(7, *X_POOL)
    node = helper.make_node("AveragePool", ["x"], ["y"], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    ours = compare(tmp_path, make_model([node], X_POOL), x)
    torch_default = torch.nn.functional.avg_pool2d(torch.from_numpy(x), 3, 2, 1).numpy()
    torch_no_pad = torch.nn.functional.avg_pool2d(torch.from_numpy(x), 3, 2, 1, count_include_pad=False).numpy()
    np.testing.assert_allclose(ours, torch_no_pad, rtol=RTOL, atol=ATOL)
    assert np.abs(ours - torch_default).max() > 1e-2


@pytest.mark.parametrize("op", ["GlobalAveragePool", "GlobalMaxPool"])
def test_global_pool(tmp_path, op):
    node = helper.make_node(op, ["x"], ["y"])
    compare(tmp_path, make_model([node], X_POOL), _rand(8, *X_POOL))


# --- Pad ------------------------------------------------------------------------------------

X_PAD = (2, 3, 5, 6)

PAD_CASES = {
    "constant with value": ("constant", [0, 0, 1, 2, 0, 0, 3, 1], 1.5),
    "constant, value input omitted (0)": ("constant", [0, 0, 2, 0, 0, 0, 0, 2], None),
    "constant, negative pads crop": ("constant", [0, 0, -1, 2, 0, 0, 1, -2], -0.5),
    "constant on the channel axis": ("constant", [0, 1, 0, 0, 0, 2, 0, 0], 0.25),
    "reflect": ("reflect", [0, 0, 2, 1, 0, 0, 1, 3], None),
    "edge": ("edge", [0, 0, 3, 0, 0, 0, 1, 4], None),
}


@pytest.mark.parametrize("mode, pads, value", PAD_CASES.values(), ids=PAD_CASES.keys())
def test_pad(tmp_path, mode, pads, value):
    inits = {"pads": _i64(*pads)}
    if value is not None:
        inits["value"] = np.array(value, np.float32)
    node = helper.make_node("Pad", ["x", *inits], ["y"], mode=mode)
    compare(tmp_path, make_model([node], X_PAD, inits), _rand(9, *X_PAD))


def test_pad_attribute_form_opset_10(tmp_path):
    node = helper.make_node("Pad", ["x"], ["y"], mode="constant", pads=[0, 0, 1, 2, 0, 0, 2, 0], value=-2.0)
    compare(tmp_path, make_model([node], X_PAD, opset=10), _rand(10, *X_PAD))


def test_pad_reflect_attribute_form_opset_10(tmp_path):
    node = helper.make_node("Pad", ["x"], ["y"], mode="reflect", pads=[0, 0, 1, 2, 0, 0, 2, 1])
    compare(tmp_path, make_model([node], X_PAD, opset=10), _rand(11, *X_PAD))


def test_pad_wrap_opset_19(tmp_path):
    node = helper.make_node("Pad", ["x", "pads"], ["y"], mode="wrap")
    inits = {"pads": _i64(0, 0, 2, 1, 0, 0, 1, 3)}
    compare(tmp_path, make_model([node], X_PAD, inits, opset=19), _rand(12, *X_PAD))


def test_pad_axes_input_opset_18(tmp_path):
    inits = {"pads": _i64(1, 2, 2, 0), "value": np.array(3.0, np.float32), "axes": _i64(2, -1)}
    node = helper.make_node("Pad", ["x", "pads", "value", "axes"], ["y"], mode="constant")
    compare(tmp_path, make_model([node], X_PAD, inits, opset=18), _rand(12, *X_PAD))


# --- Element-wise activations ---------------------------------------------------------------

X_ACT = (2, 3, 4, 5)

UNARY_CASES = {
    "Relu": ("Relu", {}),
    "LeakyRelu alpha default 0.01": ("LeakyRelu", {}),
    "LeakyRelu alpha 0.3": ("LeakyRelu", {"alpha": 0.3}),
    "Sigmoid": ("Sigmoid", {}),
    "Tanh": ("Tanh", {}),
    "HardSigmoid defaults": ("HardSigmoid", {}),
    "HardSigmoid alpha beta": ("HardSigmoid", {"alpha": 1 / 6, "beta": 0.4}),
    "HardSwish": ("HardSwish", {}),
    "Identity": ("Identity", {}),
}


@pytest.mark.parametrize("op, attrs", UNARY_CASES.values(), ids=UNARY_CASES.keys())
def test_unary(tmp_path, op, attrs):
    node = helper.make_node(op, ["x"], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_ACT), _rand(13, *X_ACT, scale=4.0))  # beyond HardSwish's ±3


@pytest.mark.parametrize(
    "slope_shape", [(3, 1, 1), (1, 3, 1, 1), (1,), (5,)], ids=["per channel", "1C11", "one slope", "per column"]
)
def test_prelu_slope_broadcast(tmp_path, slope_shape):
    inits = {"slope": np.random.default_rng(14).uniform(0.05, 0.9, slope_shape).astype(np.float32)}
    node = helper.make_node("PRelu", ["x", "slope"], ["y"])
    compare(tmp_path, make_model([node], X_ACT, inits), _rand(15, *X_ACT))


CLIP_CASES = {
    "ReLU6 (min 0 max 6 inputs)": (["x", "lo", "hi"], {"lo": 0.0, "hi": 6.0}),
    "min only": (["x", "lo"], {"lo": -1.0}),
    "max only (min omitted)": (["x", "", "hi"], {"hi": 0.5}),
    "no bounds": (["x"], {}),
}


@pytest.mark.parametrize("inputs, bounds", CLIP_CASES.values(), ids=CLIP_CASES.keys())
def test_clip(tmp_path, inputs, bounds):
    inits = {k: np.array(v, np.float32) for k, v in bounds.items()}
    node = helper.make_node("Clip", inputs, ["y"])
    compare(tmp_path, make_model([node], X_ACT, inits), _rand(16, *X_ACT, scale=5.0))


@pytest.mark.parametrize("opset", [6, 10])
def test_clip_attribute_form_before_opset_11(tmp_path, opset):
    node = helper.make_node("Clip", ["x"], ["y"], min=0.0, max=6.0)
    ours = compare(tmp_path, make_model([node], X_ACT, opset=opset), _rand(17, *X_ACT, scale=5.0))
    assert ours.min() == 0.0 and ours.max() == 6.0  # the bounds were applied, not ignored


@pytest.mark.parametrize("attrs", [{}, {"epsilon": 1e-2}], ids=["epsilon default", "epsilon 1e-2"])
def test_batch_normalization(tmp_path, attrs):
    rng = np.random.default_rng(18)
    c = X_ACT[1]
    inits = {
        "scale": rng.uniform(0.5, 2, c).astype(np.float32),
        "bias": rng.standard_normal(c).astype(np.float32),
        "mean": rng.standard_normal(c).astype(np.float32),
        "var": rng.uniform(0.001, 2, c).astype(np.float32),  # small variances: epsilon matters
    }
    node = helper.make_node("BatchNormalization", ["x", *inits], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_ACT, inits), _rand(19, *X_ACT))


# --- Linear layers --------------------------------------------------------------------------

X_FC = (3, 2, 3, 4)  # flattened: (3, 24)

GEMM_CASES = {
    "bias (N,)": ({}, (24, 5), (5,)),
    "transB, bias (1, N)": ({"transB": 1}, (5, 24), (1, 5)),
    "alpha beta, bias (M, N)": ({"alpha": 0.5, "beta": 2.0}, (24, 5), (3, 5)),
    "transB alpha beta, scalar bias": ({"transB": 1, "alpha": -1.5, "beta": 0.25}, (5, 24), ()),
    "no bias": ({"transB": 1}, (5, 24), None),
    "transA transB": ({"transA": 1, "transB": 1, "alpha": 0.7, "beta": 1.3}, (5, 24), (5,)),
}


@pytest.mark.parametrize("attrs, b_shape, c_shape", GEMM_CASES.values(), ids=GEMM_CASES.keys())
def test_gemm(tmp_path, attrs, b_shape, c_shape):
    inits = {"B": _rand(20, *b_shape)}
    if c_shape is not None:
        inits["C"] = _rand(21, *c_shape)
    nodes = [helper.make_node("Flatten", ["x"], ["flat"])]
    a = "flat"
    if attrs.get("transA"):
        nodes.append(helper.make_node("Transpose", ["flat"], ["flatT"], perm=[1, 0]))
        a = "flatT"
    nodes.append(helper.make_node("Gemm", [a, *inits], ["y"], **attrs))
    compare(tmp_path, make_model(nodes, X_FC, inits), _rand(22, *X_FC))


def test_matmul_after_flatten(tmp_path):
    inits = {"W": _rand(23, 24, 6)}
    nodes = [helper.make_node("Flatten", ["x"], ["f"]), helper.make_node("MatMul", ["f", "W"], ["y"])]
    compare(tmp_path, make_model(nodes, X_FC, inits), _rand(24, *X_FC))


@pytest.mark.parametrize("w_shape", [(4, 6), (2, 4, 6)], ids=["(W,K)", "(C,W,K) broadcast"])
def test_matmul_on_4d(tmp_path, w_shape):
    node = helper.make_node("MatMul", ["x", "W"], ["y"])
    compare(tmp_path, make_model([node], X_FC, {"W": _rand(25, *w_shape)}), _rand(26, *X_FC))


# --- Shapes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("axis", [0, 1, 2, 3, 4, -1, -3])
def test_flatten(tmp_path, axis):
    node = helper.make_node("Flatten", ["x"], ["y"], axis=axis)
    compare(tmp_path, make_model([node], X_FC), _rand(27, *X_FC))


def test_flatten_axis_default_1(tmp_path):
    ours = compare(tmp_path, make_model([helper.make_node("Flatten", ["x"], ["y"])], X_FC), _rand(28, *X_FC))
    assert ours.shape == (3, 24)


@pytest.mark.parametrize(
    "shape",
    [(0, -1), (0, 0, -1), (-1, 4), (0, 2, 0, -1), (3, 24), (0, 4, 6, 1)],
    ids=["0 -1", "0 0 -1", "-1 4", "0 2 0 -1", "explicit", "0 4 6 1"],
)
def test_reshape(tmp_path, shape):
    node = helper.make_node("Reshape", ["x", "shape"], ["y"])
    compare(tmp_path, make_model([node], X_FC, {"shape": _i64(*shape)}), _rand(29, *X_FC))


def test_reshape_allowzero_without_zeros(tmp_path):
    node = helper.make_node("Reshape", ["x", "shape"], ["y"], allowzero=1)
    compare(tmp_path, make_model([node], X_FC, {"shape": _i64(3, -1, 2)}), _rand(30, *X_FC))


@pytest.mark.parametrize("perm", [[0, 2, 3, 1], [0, 1, 3, 2], [3, 1, 0, 2], None], ids=str)
def test_transpose(tmp_path, perm):
    node = helper.make_node("Transpose", ["x"], ["y"], **({} if perm is None else {"perm": perm}))
    compare(tmp_path, make_model([node], X_FC), _rand(31, *X_FC))


BINARY_CASES = {
    "Add x + (C,1,1)": ("Add", "x", (2, 1, 1)),
    "Add (1,C,1,1) + x": ("Add", "c", (1, 2, 1, 1)),
    "Sub x - (W,)": ("Sub", "x", (4,)),
    "Sub (C,1,1) - x": ("Sub", "c", (2, 1, 1)),
    "Mul x * (1,1,H,1)": ("Mul", "x", (1, 1, 3, 1)),
    "Mul x * scalar": ("Mul", "x", ()),
    "Div x / (C,H,W)": ("Div", "x", (2, 3, 4)),
    "Div (H,1) / sigmoid(x)": ("Div", "c", (3, 1)),
}


@pytest.mark.parametrize("op, first, c_shape", BINARY_CASES.values(), ids=BINARY_CASES.keys())
def test_binary_broadcast(tmp_path, op, first, c_shape):
    c = np.random.default_rng(32).uniform(0.5, 2.0, c_shape).astype(np.float32)  # away from 0 for Div
    nodes = [helper.make_node("Sigmoid", ["x"], ["s"])] if op == "Div" and first == "c" else []
    data = "s" if nodes else "x"
    inputs = [data, "c"] if first == "x" else ["c", data]
    nodes.append(helper.make_node(op, inputs, ["y"]))
    compare(tmp_path, make_model(nodes, X_FC, {"c": c}), _rand(33, *X_FC))


@pytest.mark.parametrize("op", ["Add", "Sub", "Mul", "Div"])
def test_binary_of_two_branches(tmp_path, op):
    """Both operands computed from the input (a residual addition, an SE product)."""
    nodes = [
        helper.make_node("Sigmoid", ["x"], ["s"]),
        helper.make_node("GlobalAveragePool", ["x"], ["g"]),
        helper.make_node(op, ["g", "s"], ["y"]),
    ]
    compare(tmp_path, make_model(nodes, X_FC), _rand(34, *X_FC))


CONCAT_CASES = {
    "axis 1, two branches": (1, None),
    "axis -1 with a constant": (-1, (3, 2, 3, 2)),
    "axis 2, three inputs": (2, (3, 2, 1, 4)),
    "axis 0 with a constant": (0, (1, 2, 3, 4)),
}


@pytest.mark.parametrize("axis, c_shape", CONCAT_CASES.values(), ids=CONCAT_CASES.keys())
def test_concat(tmp_path, axis, c_shape):
    nodes = [helper.make_node("Relu", ["x"], ["r"])]
    inits = {} if c_shape is None else {"c": _rand(35, *c_shape)}
    inputs = ["x", "r"] if c_shape is None else ["x", "c"] if axis != 2 else ["x", "c", "r"]
    nodes.append(helper.make_node("Concat", inputs, ["y"], axis=axis))
    compare(tmp_path, make_model(nodes, X_FC, inits), _rand(36, *X_FC))


@pytest.mark.parametrize("opset", [10, 17])
def test_dropout_is_the_identity_at_inference(tmp_path, opset):
    attrs = {"ratio": 0.5} if opset == 10 else {}
    node = helper.make_node("Dropout", ["x"], ["y", "mask"], **attrs)  # the mask is declared but never read
    x = _rand(37, *X_FC)
    ours = compare(tmp_path, make_model([node], X_FC, opset=opset), x)
    np.testing.assert_array_equal(ours, x)


def test_dropout_ratio_input_training_mode_false(tmp_path):
    inits = {"ratio": np.array(0.3, np.float32), "training": np.array(False)}
    node = helper.make_node("Dropout", ["x", "ratio", "training"], ["y"])
    compare(tmp_path, make_model([node], X_FC, inits), _rand(38, *X_FC))


SOFTMAX_CASES = {
    "opset 17 axis default -1": (17, {}),
    "opset 17 axis 1": (17, {"axis": 1}),
    "opset 13 axis 2": (13, {"axis": 2}),
    "opset 11 axis default 1 (flattens C·H·W)": (11, {}),
    "opset 11 axis 2 (flattens H·W)": (11, {"axis": 2}),
    "opset 12 axis -1": (12, {"axis": -1}),
    "opset 12 axis 0": (12, {"axis": 0}),
}


@pytest.mark.parametrize("opset, attrs", SOFTMAX_CASES.values(), ids=SOFTMAX_CASES.keys())
def test_softmax(tmp_path, opset, attrs):
    node = helper.make_node("Softmax", ["x"], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_FC, opset=opset), _rand(39, *X_FC, scale=3.0))


def test_softmax_flattening_before_13_differs_from_13(tmp_path):
    """Softmax(axis=1) is over C·H·W at opset 11 and over C alone at 13: both agree with
    onnxruntime, and with each other only if the old semantics were ignored."""
    x = _rand(40, *X_FC)
    node = helper.make_node("Softmax", ["x"], ["y"], axis=1)
    old = compare(tmp_path, make_model([node], X_FC, opset=11), x, "old.onnx")
    new = compare(tmp_path, make_model([node], X_FC, opset=13), x, "new.onnx")
    np.testing.assert_allclose(old.reshape(3, -1).sum(axis=1), 1, rtol=1e-5)
    np.testing.assert_allclose(new.sum(axis=1), 1, rtol=1e-5)
    assert np.abs(old - new).max() > 1e-2


SLICE_CASES = {
    "H 1:-1": ((1,), (-1,), (2,), None),
    "W every 2nd": ((0,), (4,), (3,), (2,)),
    "reverse W": ((-1,), (-(2**63),), (3,), (-1,)),
    "ends beyond the axis (clamped)": ((1, 0), (1000, 2), (2, 1), None),
    "negative axes": ((1,), (3,), (-1,), None),
    "no axes (the first axes)": ((0, 1), (2, 2), None, None),
    "C and H with steps": ((1, 2), (2, 0), (1, 2), (1, -2)),
}


@pytest.mark.parametrize("starts, ends, axes, steps", SLICE_CASES.values(), ids=SLICE_CASES.keys())
def test_slice(tmp_path, starts, ends, axes, steps):
    inits = {"starts": _i64(*starts), "ends": _i64(*ends)}
    if axes is not None:
        inits["axes"] = _i64(*axes)
    if steps is not None:
        inits["steps"] = _i64(*steps)
    node = helper.make_node("Slice", ["x", *inits], ["y"])
    compare(tmp_path, make_model([node], X_FC, inits), _rand(41, *X_FC))


def test_slice_attribute_form_opset_9(tmp_path):
    node = helper.make_node("Slice", ["x"], ["y"], starts=[1, 1], ends=[3, 100], axes=[2, 3])
    compare(tmp_path, make_model([node], X_FC, opset=9), _rand(42, *X_FC))


REDUCE_CASES = {
    "axes 2 3 keepdims": ({"axes": [2, 3]}, None),
    "axes 1 keepdims 0": ({"axes": [1], "keepdims": 0}, None),
    "axes -1 -2 keepdims 0": ({"axes": [-1, -2], "keepdims": 0}, None),
    "all axes (none given)": ({}, None),
}


@pytest.mark.parametrize("attrs, _", REDUCE_CASES.values(), ids=REDUCE_CASES.keys())
def test_reduce_mean(tmp_path, attrs, _):
    node = helper.make_node("ReduceMean", ["x"], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_FC), _rand(43, *X_FC))


@pytest.mark.parametrize(
    "axes, attrs",
    [((2, 3), {}), ((1,), {"keepdims": 0}), (None, {}), (None, {"noop_with_empty_axes": 1})],
    ids=["axes input 2 3", "axes input 1 keepdims 0", "no axes: all", "no axes, noop_with_empty_axes"],
)
def test_reduce_mean_axes_input_opset_18(tmp_path, axes, attrs):
    inits = {} if axes is None else {"axes": _i64(*axes)}
    node = helper.make_node("ReduceMean", ["x", *inits], ["y"], **attrs)
    compare(tmp_path, make_model([node], X_FC, inits, opset=18), _rand(44, *X_FC))


# --- Shape computations with a dynamic batch ------------------------------------------------


def _flatten_by_shape(opset: int) -> tuple[list[onnx.NodeProto], dict[str, np.ndarray]]:
    """torch's x.view(x.size(0), -1): Shape → Gather(0) → Unsqueeze → Concat([n, -1]) → Reshape."""
    unsqueeze = (
        helper.make_node("Unsqueeze", ["n"], ["n1"], axes=[0])
        if opset < 13
        else helper.make_node("Unsqueeze", ["n", "zero_axis"], ["n1"])
    )
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["c"], pads=[1, 1, 1, 1]),
        helper.make_node("Shape", ["c"], ["s"]),
        helper.make_node("Gather", ["s", "i0"], ["n"], axis=0),
        unsqueeze,
        helper.make_node("Concat", ["n1", "minus1"], ["shape"], axis=0),
        helper.make_node("Reshape", ["c", "shape"], ["flat"]),
        helper.make_node("Gemm", ["flat", "fc", "fc_b"], ["y"], transB=1),
    ]
    inits = {
        "w": _rand(45, 3, 2, 3, 3),
        "i0": np.array(0, np.int64),
        "minus1": _i64(-1),
        "fc": _rand(46, 5, 36),
        "fc_b": _rand(47, 5),
    }
    if opset >= 13:
        inits["zero_axis"] = _i64(0)
    return nodes, inits


@pytest.mark.parametrize("opset", [11, 17])
def test_shape_gather_unsqueeze_concat_reshape_with_a_dynamic_batch(tmp_path, opset):
    nodes, inits = _flatten_by_shape(opset)
    model = make_model(nodes, ("N", 2, 3, 4), inits, opset=opset, out_shape=("N", 5))
    path = tmp_path / "m.onnx"
    onnx.save_model(model, str(path))
    net = onnx_files.load(path)
    assert net.fixed_batch is None
    for batch in (1, 3):
        x = _rand(48 + batch, batch, 2, 3, 4)
        ours = net.forward(x)
        assert ours.shape == (batch, 5)
        np.testing.assert_allclose(ours, ort_run(path, x), rtol=RTOL, atol=ATOL)


def test_shape_start_end_and_cast_in_a_shape_chain(tmp_path):
    """Shape(start=2) → Cast → ReduceMean-free arithmetic: (H, W) read off the tensor at run
    time, cast to float and back, then used as a Reshape target with the batch copied (0)."""
    nodes = [
        helper.make_node("Shape", ["x"], ["hw"], start=2),
        helper.make_node("Cast", ["hw"], ["hw_f"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["hw_f"], ["hw_i"], to=TensorProto.INT64),
        helper.make_node("Concat", ["zeros", "hw_i", "minus1"], ["shape"], axis=0),
        helper.make_node("Reshape", ["x", "shape"], ["y"]),
    ]
    inits = {"zeros": _i64(0), "minus1": _i64(-1)}
    model = make_model(nodes, ("N", 2, 3, 4), inits, opset=17)
    path = tmp_path / "m.onnx"
    onnx.save_model(model, str(path))
    net = onnx_files.load(path)
    for batch in (1, 3):
        x = _rand(52 + batch, batch, 2, 3, 4)
        ours = net.forward(x)
        assert ours.shape == (batch, 3, 4, 2)
        np.testing.assert_allclose(ours, ort_run(path, x), rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize(
    "value", [None, np.array([0.25], np.float32), np.array([3], np.int64)], ids=["default 0.0", "float", "int64"]
)
def test_constant_of_shape_from_a_shape_at_run_time(tmp_path, value):
    """ConstantOfShape(Shape(x)) added to x, and an int64 one as the pads of a Pad after a
    Cast: the value's type is kept, its shape read off the tensor at run time."""
    attrs = {} if value is None else {"value": numpy_helper.from_array(value)}
    nodes = [
        helper.make_node("Shape", ["x"], ["s"]),
        helper.make_node("ConstantOfShape", ["s"], ["c"], **attrs),
        helper.make_node("Cast", ["c"], ["cf"], to=TensorProto.FLOAT),
        helper.make_node("Add", ["x", "cf"], ["a"]),
        helper.make_node("ConstantOfShape", ["eight"], ["pads"], value=numpy_helper.from_array(_i64(1))),
        helper.make_node("Pad", ["a", "pads"], ["y"]),
    ]
    model = make_model(nodes, ("N", 2, 3, 4), {"eight": _i64(8)})
    for batch in (1, 2):
        ours = compare(tmp_path, model, _rand(59 + batch, batch, 2, 3, 4), name=f"b{batch}.onnx")
        assert ours.shape == (batch + 2, 4, 5, 6)


@pytest.mark.parametrize("opset", [11, 17])
def test_squeeze_unsqueeze_axes(tmp_path, opset):
    """GlobalAveragePool → Squeeze(2, 3) → Unsqueeze(1): the axes as attributes (opset 11)
    or as inputs (13+)."""
    if opset < 13:
        squeeze = helper.make_node("Squeeze", ["g"], ["s"], axes=[2, 3])
        unsqueeze = helper.make_node("Unsqueeze", ["s"], ["y"], axes=[1, -1])
        inits = {}
    else:
        squeeze = helper.make_node("Squeeze", ["g", "sq_axes"], ["s"])
        unsqueeze = helper.make_node("Unsqueeze", ["s", "unsq_axes"], ["y"])
        inits = {"sq_axes": _i64(2, 3), "unsq_axes": _i64(1, -1)}
    nodes = [helper.make_node("GlobalAveragePool", ["x"], ["g"]), squeeze, unsqueeze]
    ours = compare(tmp_path, make_model(nodes, X_FC, inits, opset=opset), _rand(56, *X_FC))
    assert ours.shape == (3, 1, 2, 1)


def test_squeeze_without_axes_drops_every_1(tmp_path):
    nodes = [helper.make_node("GlobalMaxPool", ["x"], ["g"]), helper.make_node("Squeeze", ["g"], ["y"])]
    compare(tmp_path, make_model(nodes, X_FC), _rand(57, *X_FC))


def test_gather_of_channels(tmp_path):
    node = helper.make_node("Gather", ["x", "idx"], ["y"], axis=1)
    compare(tmp_path, make_model([node], X_FC, {"idx": _i64(1, 0, 1)}), _rand(58, *X_FC))


# --- Where the weights are ------------------------------------------------------------------


def _small_cnn(const_nodes: bool, target_node: bool = False) -> onnx.ModelProto:
    """Conv → BatchNorm → Relu → MaxPool → Reshape → Gemm, weights as initializers or as
    Constant nodes (as Paddle exports them, with value_ints for the Reshape target)."""
    weights = {
        "w": _rand(60, 4, 3, 3, 3),
        "b": _rand(61, 4),
        "scale": np.random.default_rng(62).uniform(0.5, 2, 4).astype(np.float32),
        "shift": _rand(63, 4),
        "mean": _rand(64, 4),
        "var": np.random.default_rng(65).uniform(0.5, 2, 4).astype(np.float32),
        "fc": _rand(66, 7, 4 * 4 * 4),
        "fc_b": _rand(67, 7),
    }
    nodes = [
        helper.make_node("Conv", ["x", "w", "b"], ["c"], pads=[1, 1, 1, 1]),
        helper.make_node("BatchNormalization", ["c", "scale", "shift", "mean", "var"], ["bn"]),
        helper.make_node("Relu", ["bn"], ["r"]),
        helper.make_node("MaxPool", ["r"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Reshape", ["p", "target"], ["flat"]),
        helper.make_node("Gemm", ["flat", "fc", "fc_b"], ["y"], transB=1),
    ]
    target = helper.make_node("Constant", [], ["target"], value_ints=[0, -1])
    if not const_nodes:
        if target_node:
            return make_model([target, *nodes], (2, 3, 8, 8), weights)
        return make_model(nodes, (2, 3, 8, 8), {**weights, "target": _i64(0, -1)})
    constants = [helper.make_node("Constant", [], [k], value=numpy_helper.from_array(v, k)) for k, v in weights.items()]
    return make_model([*constants, target, *nodes], (2, 3, 8, 8))


@pytest.mark.parametrize("const_nodes", [False, True], ids=["initializers", "Constant nodes"])
def test_weights_as_initializers_or_constant_nodes(tmp_path, const_nodes):
    x = _rand(68, 2, 3, 8, 8)
    ours = compare(tmp_path, _small_cnn(const_nodes), x)
    other = compare(tmp_path, _small_cnn(not const_nodes), x, "other.onnx")
    np.testing.assert_array_equal(ours, other)


def test_weights_in_a_sibling_data_file(tmp_path):
    # the Reshape target stays a Constant node: onnxruntime cannot infer shapes from external data
    model = _small_cnn(False, target_node=True)
    path = tmp_path / "m.onnx"
    onnx.save_model(
        model, str(path), save_as_external_data=True, all_tensors_to_one_file=True, location="m.onnx.data",
        size_threshold=0,
    )  # fmt: skip
    assert (tmp_path / "m.onnx.data").stat().st_size > 4 * 27 * 4  # the weights really are outside
    assert not any(t.raw_data for t in onnx.load(str(path), load_external_data=False).graph.initializer)
    compare(tmp_path, model, _rand(69, 2, 3, 8, 8))


# --- Missing attributes take ONNX's defaults ------------------------------------------------


def test_missing_attributes_take_onnx_defaults(tmp_path):
    """A chain where every operator relies on defaults whose values differ from torch's or
    from a guess: Conv strides/pads/dilations 1/0/1, MaxPool strides 1, AveragePool no pads
    counted, LeakyRelu alpha 0.01, HardSigmoid 0.2/0.5, Gemm alpha=beta=1 without transpose,
    Softmax axis -1, BatchNormalization epsilon 1e-5."""
    rng = np.random.default_rng(70)
    inits = {
        "w": _rand(71, 3, 2, 3, 3),
        "scale": np.ones(3, np.float32),
        "shift": np.zeros(3, np.float32),
        "mean": np.zeros(3, np.float32),
        "var": np.full(3, 1e-4, np.float32),  # epsilon's share is 10 %
        "fc": _rand(72, 3 * 3 * 3, 4),
        "fc_b": rng.standard_normal(4).astype(np.float32),
    }
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["c"]),
        helper.make_node("BatchNormalization", ["c", "scale", "shift", "mean", "var"], ["bn"]),
        helper.make_node("LeakyRelu", ["bn"], ["l"]),
        helper.make_node("MaxPool", ["l"], ["m"], kernel_shape=[2, 2]),
        helper.make_node("AveragePool", ["m"], ["a"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
        helper.make_node("HardSigmoid", ["a"], ["h"]),
        helper.make_node("Flatten", ["h"], ["f"]),
        helper.make_node("Gemm", ["f", "fc", "fc_b"], ["g"]),
        helper.make_node("Softmax", ["g"], ["y"]),
    ]
    ours = compare(tmp_path, make_model(nodes, (2, 2, 6, 6), inits), _rand(73, 2, 2, 6, 6, scale=3.0))
    assert ours.shape == (2, 4)
