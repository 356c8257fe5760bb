"""The onnx wheel's own backend node test cases, run on the reader.

``onnx.backend.test.case.node.collect_testcases`` builds every operator's published test case
(a one-node model, its inputs and the expected outputs the ONNX reference computes). The
structural filter keeps the cases convviz can be handed as an image model:

- the graph has exactly one node and its operator is one ``onnx_files.SUPPORTED`` names;
- the graph's first input is a float32 numpy array (not the TensorProto the Cast cases carry
  for types numpy has not, FLOAT8, INT4 …) of 1 to 5 axes with at least one value; it
  becomes the model's image input, shaped NCHW by an adapter node in front of the case's
  node that gives the node the case's array exactly: a Squeeze of trailing 1s for fewer
  axes ((3, 4, 5) arrives as a (3, 4, 5, 1) image), a Reshape for 5 ((N, C, D, H·W) → (N, C,
  D, H, W));
- the graph's other inputs (weights, pads, shapes, indices, bounds, of any type) become
  initializers holding the case's data; its outputs stay as the case declares them.

Nothing else is filtered: every kept case is its own test, and a case the reader refuses is
listed in ``EXPECTED_REFUSED`` with the reason, where the test asserts it is refused with
OnnxFileError saying so. The first output is compared with the case's expected output to
rtol 1e-4, atol 1e-5 (``LOOSER`` lists the case whose expected values are rounded).
"""

from __future__ import annotations

import contextlib
import functools
import io
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from convviz.io import onnx_files

RTOL, ATOL = 1e-4, 1e-5

_3D = ("3-D (volume) pooling: convviz reads 2-D images", ("2 values", "2-D images only"))
_1D = ("1-D (sequence) pooling: convviz reads 2-D images", ("2 values", "2-D images only"))
_CONV_ND = ("a 1-D or 3-D transposed convolution: convviz reads 2-D images", ("2-D images only",))
_EXTRA = ("a second output (a mask, indices or running statistics) is a graph output", ("extra outputs",))
_TRAINING = ("training_mode true: dropout at training is random; convviz runs at inference", ("training_mode is true",))

EXPECTED_REFUSED = {
    # case name: (reason, words of the reader's message)
    "test_averagepool_1d_default": _1D,
    "test_maxpool_1d_default": _1D,
    "test_averagepool_3d_default": _3D,
    "test_averagepool_3d_dilations_small": _3D,
    "test_averagepool_3d_dilations_large_count_include_pad_is_0_ceil_mode_is_True": _3D,
    "test_averagepool_3d_dilations_large_count_include_pad_is_0_ceil_mode_is_False": _3D,
    "test_averagepool_3d_dilations_large_count_include_pad_is_1_ceil_mode_is_True": _3D,
    "test_averagepool_3d_dilations_large_count_include_pad_is_1_ceil_mode_is_False": _3D,
    "test_maxpool_3d_default": _3D,
    "test_maxpool_3d_dilations": _3D,
    "test_maxpool_3d_dilations_use_ref_impl": _3D,
    "test_maxpool_3d_dilations_use_ref_impl_large": _3D,
    "test_convtranspose_1d": _CONV_ND,
    "test_convtranspose_3d": _CONV_ND,
    "test_maxpool_with_argmax_2d_precomputed_pads": _EXTRA,
    "test_maxpool_with_argmax_2d_precomputed_strides": _EXTRA,
    "test_batchnorm_example_training_mode": _EXTRA,
    "test_batchnorm_epsilon_training_mode": _EXTRA,
    "test_dropout_default_mask": _EXTRA,
    "test_dropout_default_mask_ratio": _EXTRA,
    "test_training_dropout_default_mask": _EXTRA,
    "test_training_dropout_mask": _EXTRA,
    "test_training_dropout_zero_ratio_mask": _EXTRA,
    "test_training_dropout_default": _TRAINING,
    "test_training_dropout": _TRAINING,
    "test_training_dropout_zero_ratio": _TRAINING,  # ratio 0 would be the identity, but it is still training
}

LOOSER = {
    # case name: (atol, why)
    "test_averagepool_2d_ceil_last_window_starts_on_pad": (1e-4, "its expected values are written to 4 decimals"),
}


@functools.cache
def _collected() -> dict[str, object]:
    """Every node test case the structural filter keeps, by name (collected once: it takes
    seconds, and prints and warns as it builds the cases)."""
    with (
        warnings.catch_warnings(),
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
    ):
        warnings.simplefilter("ignore")
        from onnx.backend.test.case import node

        cases = node.collect_testcases(None)
    supported = set(onnx_files.SUPPORTED)
    kept = {}
    for case in cases:
        graph = case.model.graph
        if len(graph.node) != 1 or graph.node[0].op_type not in supported or not graph.input:
            continue
        inputs, _ = case.data_sets[0]
        x = inputs[0] if inputs else None
        if not isinstance(x, np.ndarray) or x.dtype != np.float32:
            continue
        if 1 <= x.ndim <= 5 and x.size:
            kept[case.name] = case
    return kept


CASE_NAMES = sorted(_collected())


@pytest.fixture(scope="module")
def cases() -> dict[str, object]:
    return _collected()


def _opset(case) -> int:
    return next(int(o.version) for o in case.model.opset_import if o.domain in ("", "ai.onnx"))


def _image_model(case, folder: Path) -> tuple[Path, np.ndarray]:
    """The case as a convviz model: its first input the (adapted) image, the others initializers."""
    graph = case.model.graph
    (node,) = graph.node
    inputs, _ = case.data_sets[0]
    names = [i.name for i in graph.input]
    x = inputs[0]
    tensors = [numpy_helper.from_array(np.asarray(v), name) for name, v in zip(names[1:], inputs[1:], strict=True)]
    nodes = [node]
    if x.ndim == 4:
        image = x
    elif x.ndim < 4:  # trailing 1s, squeezed off again before the case's node
        image = x.reshape(*x.shape, *[1] * (4 - x.ndim))
        axes = list(range(x.ndim, 4))
        if _opset(case) >= 13:
            tensors.append(numpy_helper.from_array(np.array(axes, np.int64), "adapter_axes"))
            nodes.insert(0, helper.make_node("Squeeze", ["image", "adapter_axes"], [names[0]]))
        else:
            nodes.insert(0, helper.make_node("Squeeze", ["image"], [names[0]], axes=axes))
    else:  # (N, C, D, H·W) → (N, C, D, H, W)
        image = x.reshape(*x.shape[:3], -1)
        tensors.append(numpy_helper.from_array(np.array(x.shape, np.int64), "adapter_shape"))
        nodes.insert(0, helper.make_node("Reshape", ["image", "adapter_shape"], [names[0]]))
    source = names[0] if len(nodes) == 1 else "image"
    model = helper.make_model(
        helper.make_graph(
            nodes,
            case.name,
            [helper.make_tensor_value_info(source, TensorProto.FLOAT, list(image.shape))],
            list(graph.output),
            tensors,
        ),
        opset_imports=list(case.model.opset_import),
    )
    model.ir_version = case.model.ir_version
    path = folder / f"{case.name}.onnx"
    onnx.save_model(model, str(path))
    return path, np.ascontiguousarray(image)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_backend_node_case(cases, name, tmp_path):
    case = cases[name]
    path, x = _image_model(case, tmp_path)
    if name in EXPECTED_REFUSED:
        _, words = EXPECTED_REFUSED[name]
        with pytest.raises(onnx_files.OnnxFileError) as info:
            onnx_files.load(path)
        for word in words:
            assert word in str(info.value)
        return
    ours = onnx_files.load(path).forward(x)
    expected = case.data_sets[0][1][0]
    assert ours.shape == expected.shape
    atol = LOOSER.get(name, (ATOL, ""))[0]
    np.testing.assert_allclose(ours, expected, rtol=RTOL, atol=atol)


def test_the_lists_name_only_kept_cases():
    assert set(EXPECTED_REFUSED) <= set(CASE_NAMES)
    assert set(LOOSER) <= set(CASE_NAMES)


def test_the_window_operators_are_covered():
    """The filter keeps a real share of the suite: the operators the geometry is about all
    have cases (printed per operator, run and refused, with -s)."""
    counts = Counter(case.model.graph.node[0].op_type for case in _collected().values())
    refused = Counter(_collected()[name].model.graph.node[0].op_type for name in EXPECTED_REFUSED)
    print("\nbackend node cases per operator (run, refused):")
    for op, n in sorted(counts.items()):
        print(f"  {op}: {n - refused[op]}, {refused[op]}")
    for op in ("Conv", "ConvTranspose", "MaxPool", "AveragePool", "Gemm", "BatchNormalization", "Pad", "Softmax"):
        assert counts[op] >= 2, (op, counts)
    assert sum(counts.values()) - len(EXPECTED_REFUSED) >= 150
