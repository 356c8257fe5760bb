"""Files a user might open as a model that convviz must refuse: each gives ``OnnxFileError``
(nothing else — no protobuf, numpy or OS exception escapes) with a message that says what is
wrong in words a user can act on. Also what must load: a model whose height and width are
left open runs at 224×224 (and says so) or at the size asked for."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from convviz.io import onnx_files
from convviz.model import limits
from tests.io.test_onnx_operators import make_model, ort_run

SAMPLES = Path(onnx_files.__file__).resolve().parents[1] / "resources" / "samples"


def refused(path: Path, *words: str, **load_kw) -> str:
    """Loading ``path`` raises OnnxFileError whose message holds every word; the message."""
    with pytest.raises(onnx_files.OnnxFileError) as info:
        onnx_files.load(path, **load_kw)
    message = str(info.value)
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"
    return message


def _conv_model(in_shape=(1, 3, 8, 8), **kw) -> onnx.ModelProto:
    inits = {"w": np.random.default_rng(0).standard_normal((4, 3, 3, 3)).astype(np.float32), "b": np.ones(4, "f")}
    return make_model([helper.make_node("Conv", ["x", "w", "b"], ["y"], pads=[1, 1, 1, 1])], in_shape, inits, **kw)


def _save(model: onnx.ModelProto, path: Path) -> Path:
    path.write_bytes(model.SerializeToString())  # as is: no external data written or moved
    return path


# --- Not a model at all ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        np.random.default_rng(0).bytes(4000),
        (SAMPLES / "landscape.jpg").read_bytes(),
        b"",
        b"\x00" * 64,
        b"ir_version: 8\ngraph { node { op_type: 'Relu' } }\n",  # the text format, not the binary
    ],
    ids=["random bytes", "a JPEG", "an empty file", "zeros", "protobuf text format"],
)
def test_not_protobuf(tmp_path, content):
    path = tmp_path / "picture.onnx"
    path.write_bytes(content)
    refused(path, "picture.onnx", "not an ONNX model")


def test_a_directory(tmp_path):
    folder = tmp_path / "model.onnx"
    folder.mkdir()
    refused(folder, "model.onnx", "not a regular file")


def test_a_missing_file(tmp_path):
    refused(tmp_path / "gone.onnx", "gone.onnx", "cannot read")


# --- Operators convviz does not run ---------------------------------------------------------


def test_an_unsupported_operator_names_the_operator_and_the_node(tmp_path):
    nodes = [
        helper.make_node("Relu", ["x"], ["r"], name="relu_1"),
        helper.make_node("Resize", ["r", "", "scales"], ["y"], name="upsample_7", mode="nearest"),
    ]
    model = make_model(nodes, (1, 3, 8, 8), {"scales": np.array([1, 1, 2, 2], np.float32)})
    message = refused(_save(model, tmp_path / "m.onnx"), "Resize", "upsample_7", "not supported")
    assert "Conv" in message  # and says which operators convviz does read


def test_an_unnamed_unsupported_node_is_named_by_its_operator_and_position(tmp_path):
    nodes = [helper.make_node("Relu", ["x"], ["r"]), helper.make_node("Erf", ["r"], ["y"])]
    refused(_save(make_model(nodes, (1, 3, 8, 8)), tmp_path / "m.onnx"), "Erf_1", "Erf")


def test_an_operator_from_another_domain(tmp_path):
    node = helper.make_node("FusedConv", ["x", "w"], ["y"], name="fused", domain="com.microsoft")
    model = make_model([node], (1, 3, 8, 8), {"w": np.ones((2, 3, 1, 1), np.float32)}, check=False)
    model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    refused(_save(model, tmp_path / "m.onnx"), "FusedConv", "fused", "com.microsoft")


def test_control_flow_sub_graphs(tmp_path):
    branch = helper.make_graph(
        [helper.make_node("Identity", ["x"], ["o"])], "b", [], [helper.make_tensor_value_info("o", 1, None)]
    )
    node = helper.make_node("If", ["cond"], ["y"], name="branch", then_branch=branch, else_branch=branch)
    model = make_model([node], (1, 3, 8, 8), {"cond": np.array(True)}, check=False)
    refused(_save(model, tmp_path / "m.onnx"), "sub-graph")


def test_an_extra_output_that_is_read(tmp_path):
    nodes = [
        helper.make_node("MaxPool", ["x"], ["p", "idx"], name="pool", kernel_shape=[2, 2]),
        helper.make_node("Cast", ["idx"], ["f"], to=TensorProto.FLOAT),
        helper.make_node("Add", ["p", "f"], ["y"]),
    ]
    refused(_save(make_model(nodes, (1, 3, 8, 8)), tmp_path / "m.onnx"), "pool", "extra outputs", "idx")


def test_training_mode_batch_normalization(tmp_path):
    c = np.ones(3, np.float32)
    node = helper.make_node("BatchNormalization", ["x", "s", "b", "m", "v"], ["y"], name="bn", training_mode=1)
    model = make_model([node], (1, 3, 8, 8), {"s": c, "b": c, "m": c, "v": c}, check=False)
    refused(_save(model, tmp_path / "m.onnx"), "bn", "training_mode")


def test_dropout_in_training_mode(tmp_path):
    """A true training_mode asks for random dropping: refused, not run as the identity."""
    inits = {"ratio": np.array(0.5, np.float32), "training": np.array(True)}
    node = helper.make_node("Dropout", ["x", "ratio", "training"], ["y"], name="drop")
    refused(_save(make_model([node], (1, 3, 8, 8), inits), tmp_path / "m.onnx"), "drop", "training_mode is true")


def test_a_1d_convolution_inside_an_image_model(tmp_path):
    """A Conv whose weights have 3 axes (a 1-D convolution after a Reshape): named as such."""
    nodes = [
        helper.make_node("Reshape", ["x", "shape"], ["seq"]),
        helper.make_node("Conv", ["seq", "w"], ["y"], name="conv1d"),
    ]
    inits = {"shape": np.array([1, 3, 64], np.int64), "w": np.ones((2, 3, 3), np.float32)}
    refused(_save(make_model(nodes, (1, 3, 8, 8), inits), tmp_path / "m.onnx"), "conv1d", "2-D images only")


@pytest.mark.parametrize(
    "attrs, words",
    [
        ({"kernel_shape": [3, 3, 3]}, ["kernel_shape", "2 values"]),
        ({"strides": [1, 1 << 20]}, ["strides", "beyond"]),
        ({"auto_pad": "SAME_MIDDLE"}, ["auto_pad", "SAME_MIDDLE"]),
        ({"pads": [1, -1, 0, 0]}, ["pads"]),
    ],
    ids=["3-D kernel", "huge stride", "unknown auto_pad", "negative pad"],
)
def test_bad_window_attributes(tmp_path, attrs, words):
    node = helper.make_node("MaxPool", ["x"], ["y"], name="pool", **{"kernel_shape": [2, 2], **attrs})
    model = make_model([node], (1, 3, 8, 8), check=False)
    refused(_save(model, tmp_path / "m.onnx"), "pool", *words)


# --- Graph structure ------------------------------------------------------------------------


def test_a_value_no_node_makes(tmp_path):
    node = helper.make_node("Add", ["x", "ghost"], ["y"], name="add")
    refused(_save(make_model([node], (1, 3, 8, 8), check=False), tmp_path / "m.onnx"), "add", "ghost")


def test_nodes_out_of_order(tmp_path):
    nodes = [helper.make_node("Relu", ["r"], ["y"], name="second"), helper.make_node("Relu", ["x"], ["r"])]
    refused(_save(make_model(nodes, (1, 3, 8, 8), check=False), tmp_path / "m.onnx"), "second", "'r'")


def test_an_output_no_node_makes(tmp_path):
    model = make_model([helper.make_node("Relu", ["x"], ["r"])], (1, 3, 8, 8), check=False)
    model.graph.output[0].name = "nowhere"
    refused(_save(model, tmp_path / "m.onnx"), "nowhere")


def test_weights_that_do_not_fit_the_input(tmp_path):
    """A 4-channel convolution on a 3-channel image fails in the dry run, with the node named."""
    inits = {"w": np.ones((2, 4, 3, 3), np.float32)}
    node = helper.make_node("Conv", ["x", "w"], ["y"], name="conv1")
    refused(_save(make_model([node], (1, 3, 8, 8), inits, check=False), tmp_path / "m.onnx"), "conv1", "cannot run")


def test_a_window_larger_than_the_image(tmp_path):
    node = helper.make_node("AveragePool", ["x"], ["y"], name="pool", kernel_shape=[9, 9])
    refused(_save(make_model([node], (1, 3, 8, 8), check=False), tmp_path / "m.onnx"), "pool", "cannot run")


def test_a_gather_index_out_of_range(tmp_path):
    node = helper.make_node("Gather", ["x", "i"], ["y"], name="pick", axis=1)
    model = make_model([node], (1, 3, 8, 8), {"i": np.array([5], np.int64)}, check=False)
    refused(_save(model, tmp_path / "m.onnx"), "pick", "out of range")


def test_a_reshape_to_a_huge_shape(tmp_path):
    node = helper.make_node("Reshape", ["x", "shape"], ["y"], name="grow")
    model = make_model([node], (1, 3, 8, 8), {"shape": np.array([1 << 31, 1 << 31], np.int64)}, check=False)
    refused(_save(model, tmp_path / "m.onnx"), "grow", "Reshape")


def test_a_pad_to_a_huge_shape(tmp_path):
    node = helper.make_node("Pad", ["x", "pads"], ["y"], name="pad")
    model = make_model([node], (1, 3, 8, 8), {"pads": np.array([0, 0, 1 << 20, 1 << 20] * 2, np.int64)})
    refused(_save(model, tmp_path / "m.onnx"), "pad", "larger than")


@pytest.mark.parametrize(
    "shape", [[1 << 20, 1 << 20], [4, -1], [1 << 32, 1 << 32]], ids=["huge", "negative", "int64 product wraps to 0"]
)
def test_a_constant_of_a_huge_or_negative_shape(tmp_path, shape):
    nodes = [
        helper.make_node("ConstantOfShape", ["shape"], ["c"], name="fill"),
        helper.make_node("Add", ["x", "c"], ["y"]),
    ]
    model = make_model(nodes, (1, 3, 8, 8), {"shape": np.array(shape, np.int64)}, check=False)
    refused(_save(model, tmp_path / "m.onnx"), "fill", "negative or larger than")


def test_a_small_file_whose_pass_would_keep_gigabytes(tmp_path, monkeypatch):
    """ConstantOfShape nodes each allowed alone, chained in a file of a few hundred bytes: a pass
    keeps every value, so the pass's budget refuses it at load, naming the node. (Six of 2²⁶
    values would pass the 1.5 GiB budget; the test scales both down 16×, to spare CI's memory.)"""
    monkeypatch.setattr(limits, "MODEL_MAX_VALUE_BYTES", limits.MODEL_MAX_VALUE_BYTES // 16)
    nodes, inits = [], {"big": np.array([1 << 22], np.int64)}
    last = "x"
    for i in range(6):
        nodes.append(helper.make_node("ConstantOfShape", ["big"], [f"c{i}"], name=f"fill{i}"))
        nodes.append(helper.make_node("Shape", [f"c{i}"], [f"s{i}"], name=f"shape{i}"))
    nodes.append(helper.make_node("Identity", [last], ["y"]))
    path = _save(make_model(nodes, (1, 3, 8, 8), inits, check=False), tmp_path / "m.onnx")
    assert path.stat().st_size < 1000
    message = refused(path, "more than", f"{limits.MODEL_MAX_VALUE_BYTES / 2**20:,.0f} MiB")
    assert "fill" in message


def test_a_constant_of_shape_with_more_than_one_value(tmp_path):
    value = numpy_helper.from_array(np.array([1.0, 2.0], np.float32))
    nodes = [
        helper.make_node("ConstantOfShape", ["shape"], ["c"], name="fill", value=value),
        helper.make_node("Add", ["x", "c"], ["y"]),
    ]
    model = make_model(nodes, (1, 3, 8, 8), {"shape": np.array([8], np.int64)}, check=False)
    refused(_save(model, tmp_path / "m.onnx"), "fill", "one number")


# --- Tensors --------------------------------------------------------------------------------


def test_raw_bytes_that_do_not_match_the_dims(tmp_path):
    model = _conv_model()
    w = model.graph.initializer[0]
    w.raw_data = w.raw_data[:-8]  # two values short
    refused(_save(model, tmp_path / "m.onnx"), "'w'", "cannot be read")


def test_float_data_that_does_not_match_the_dims(tmp_path):
    model = _conv_model()
    w = model.graph.initializer[0]
    w.raw_data = b""
    w.float_data[:] = [1.0] * 100  # 108 needed
    refused(_save(model, tmp_path / "m.onnx"), "'w'", "cannot be read")


def test_a_tensor_whose_dims_claim_a_huge_size(tmp_path):
    model = _conv_model()
    model.graph.initializer[0].dims[:] = [1 << 20, 1 << 20, 3, 3]  # 432 bytes given
    refused(_save(model, tmp_path / "m.onnx"), "'w'", "too large")


def test_a_negative_dim(tmp_path):
    model = _conv_model()
    model.graph.initializer[1].dims[:] = [-4]
    refused(_save(model, tmp_path / "m.onnx"), "'b'", "negative")


# --- External data --------------------------------------------------------------------------


def _external(tmp_path: Path, folder: str = "model") -> tuple[Path, onnx.ModelProto]:
    """A valid model with its weights in model/m.onnx.data; the proto with the references."""
    where = tmp_path / folder
    where.mkdir()
    path = where / "m.onnx"
    onnx.save_model(
        _conv_model(), str(path), save_as_external_data=True, all_tensors_to_one_file=True,
        location="m.onnx.data", size_threshold=0,
    )  # fmt: skip
    onnx_files.load(path)  # valid as written
    return path, onnx.load(str(path), load_external_data=False)


def _set_external(proto: onnx.ModelProto, **entries: str) -> None:
    tensor = proto.graph.initializer[0]
    info = {e.key: e.value for e in tensor.external_data}
    info.update(entries)
    del tensor.external_data[:]
    for key, value in info.items():
        tensor.external_data.add(key=key, value=value)


@pytest.mark.parametrize(
    "location, words",
    [
        ("/etc/passwd", ["beside the model"]),
        ("../m.onnx.data", ["beside the model"]),
        ("sub/../../m.onnx.data", ["beside the model"]),
        ("", ["beside the model"]),
        ("absent.bin", ["missing"]),
    ],
    ids=["absolute", "dot-dot", "dot-dot inside", "empty", "missing file"],
)
def test_external_data_location(tmp_path, location, words):
    path, proto = _external(tmp_path)
    (tmp_path / "m.onnx.data").write_bytes((path.parent / "m.onnx.data").read_bytes())  # a target beside ..
    _set_external(proto, location=location)
    refused(_save(proto, path), "'w'", *words)


def test_external_data_through_a_symlink_out_of_the_folder(tmp_path):
    path, proto = _external(tmp_path)
    outside = tmp_path / "outside.bin"
    outside.write_bytes((path.parent / "m.onnx.data").read_bytes())
    os.symlink(outside, path.parent / "link.bin")
    _set_external(proto, location="link.bin")
    refused(_save(proto, path), "'w'", "link.bin", "regular file beside the model")


def test_external_data_that_is_a_directory(tmp_path):
    path, proto = _external(tmp_path)
    (path.parent / "weights").mkdir()
    _set_external(proto, location="weights")
    refused(_save(proto, path), "'w'", "regular file")


@pytest.mark.parametrize(
    "offset, length",
    [("0", "1000000"), ("1000000", "4"), ("100", "432")],
    ids=["length past the end", "offset past the end", "offset + length past the end"],
)
def test_external_data_beyond_the_end_of_the_file(tmp_path, offset, length):
    path, proto = _external(tmp_path)
    assert (path.parent / "m.onnx.data").stat().st_size < 100 + 432
    _set_external(proto, offset=offset, length=length)
    refused(_save(proto, path), "'w'", "beyond the end")


def test_external_data_offset_past_the_end_without_a_length(tmp_path):
    path, proto = _external(tmp_path)
    tensor = proto.graph.initializer[0]
    kept = [(e.key, e.value) for e in tensor.external_data if e.key != "length"]
    del tensor.external_data[:]
    for key, value in kept:
        tensor.external_data.add(key=key, value=value)
    _set_external(proto, offset="100000")
    refused(_save(proto, path), "'w'", "beyond the end")


@pytest.mark.parametrize("offset, length", [("-4", "432"), ("zero", "432"), ("0", "-1")])
def test_external_data_bad_offset_or_length(tmp_path, offset, length):
    path, proto = _external(tmp_path)
    _set_external(proto, offset=offset, length=length)
    refused(_save(proto, path), "'w'", "bad offset or length")


def test_external_data_shorter_than_the_dims(tmp_path):
    path, proto = _external(tmp_path)
    _set_external(proto, length="400")  # 432 bytes needed
    refused(_save(proto, path), "'w'", "cannot be read")


# --- The input ------------------------------------------------------------------------------


def test_two_image_inputs(tmp_path):
    model = make_model([helper.make_node("Add", ["x", "x2"], ["y"])], (1, 3, 8, 8), check=False)
    model.graph.input.append(helper.make_tensor_value_info("x2", TensorProto.FLOAT, [1, 3, 8, 8]))
    refused(_save(model, tmp_path / "m.onnx"), "2 inputs", "one image input")


def test_no_input(tmp_path):
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], (1, 3, 8, 8), check=False)
    model.graph.initializer.append(numpy_helper.from_array(np.zeros((1, 3, 8, 8), np.float32), "x"))
    refused(_save(model, tmp_path / "m.onnx"), "0 inputs")


@pytest.mark.parametrize("shape", [(1, 8, 8), (8,), (1, 3, 4, 8, 8)], ids=["3-D", "1-D", "5-D"])
def test_an_input_that_is_not_nchw(tmp_path, shape):
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], shape)
    refused(_save(model, tmp_path / "m.onnx"), f"{len(shape)} axes", "NCHW")


def test_an_integer_input(tmp_path):
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], (1, 3, 8, 8), check=False)
    model.graph.input[0].type.tensor_type.elem_type = TensorProto.INT64
    refused(_save(model, tmp_path / "m.onnx"), "not a float tensor")


def test_a_dynamic_channel_count(tmp_path):
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], ("N", "C", 8, 8))
    refused(_save(model, tmp_path / "m.onnx"), "number of channels")


def test_no_output(tmp_path):
    model = make_model([helper.make_node("Relu", ["x"], ["y"])], (1, 3, 8, 8), check=False)
    del model.graph.output[:]
    refused(_save(model, tmp_path / "m.onnx"), "no output")


# --- Size limits ----------------------------------------------------------------------------


def test_a_model_over_the_size_limit(tmp_path, monkeypatch):
    path = _save(_conv_model(), tmp_path / "m.onnx")
    monkeypatch.setattr(limits, "ONNX_FILE_MAX_BYTES", path.stat().st_size - 1)
    message = refused(path, "m.onnx", "at most")
    assert f"{path.stat().st_size:,}" in message
    monkeypatch.setattr(limits, "ONNX_FILE_MAX_BYTES", path.stat().st_size)
    onnx_files.load(path)  # at the limit it loads


def test_external_weights_over_the_size_limit(tmp_path, monkeypatch):
    path, _ = _external(tmp_path)
    total = path.stat().st_size + (path.parent / "m.onnx.data").stat().st_size
    monkeypatch.setattr(limits, "ONNX_FILE_MAX_BYTES", total - 1)
    refused(path, "weights are larger than")
    monkeypatch.setattr(limits, "ONNX_FILE_MAX_BYTES", total)
    onnx_files.load(path)


def test_too_many_nodes(tmp_path, monkeypatch):
    nodes = [helper.make_node("Relu", ["x"], ["r0"])]
    nodes += [helper.make_node("Relu", [f"r{i}"], [f"r{i + 1}"]) for i in range(9)]
    nodes.append(helper.make_node("Identity", ["r9"], ["y"]))
    path = _save(make_model(nodes, (1, 3, 8, 8)), tmp_path / "m.onnx")
    monkeypatch.setattr(limits, "ONNX_MAX_NODES", 10)
    refused(path, "11 nodes", "at most 10")


# --- Open input sizes: what must load -------------------------------------------------------


def _open_size_model(shape=("N", 3, "H", "W")) -> onnx.ModelProto:
    inits = {
        "w": np.random.default_rng(1).standard_normal((4, 3, 3, 3)).astype(np.float32),
        "fc": np.random.default_rng(2).standard_normal((4, 5)).astype(np.float32),
    }
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["c"], strides=[2, 2], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c"], ["r"]),
        helper.make_node("GlobalAveragePool", ["r"], ["g"]),
        helper.make_node("Flatten", ["g"], ["f"]),
        helper.make_node("MatMul", ["f", "fc"], ["y"]),
    ]
    return make_model(nodes, shape, inits)


def test_open_height_and_width_run_at_224_by_default(tmp_path):
    path = _save(_open_size_model(), tmp_path / "m.onnx")
    net = onnx_files.load(path)
    assert net.input_shape == (3, 224, 224)
    assert net.fixed_batch is None
    assert any("224×224" in note and "open" in note for note in net.notes)
    x = np.random.default_rng(3).standard_normal((2, 3, 224, 224)).astype(np.float32)
    np.testing.assert_allclose(net.forward(x), ort_run(path, x), rtol=1e-4, atol=1e-5)


def test_open_height_and_width_run_at_the_size_asked_for(tmp_path):
    path = _save(_open_size_model(), tmp_path / "m.onnx")
    net = onnx_files.load(path, input_hw=(33, 20))
    assert net.input_shape == (3, 33, 20)
    assert any("33×20" in note for note in net.notes)
    x = np.random.default_rng(4).standard_normal((1, 3, 33, 20)).astype(np.float32)
    np.testing.assert_allclose(net.forward(x), ort_run(path, x), rtol=1e-4, atol=1e-5)
    with pytest.raises(ValueError, match=r"\(N, 3, 33, 20\)"):
        net.forward(np.zeros((1, 3, 224, 224), np.float32))


@pytest.mark.parametrize("hw", [(0, 20), (20, 1025), (1 << 20, 1 << 20)])
def test_an_open_size_is_bounded(tmp_path, hw):
    """Every layer's output is kept: a side past limits.MODEL_MAX_SIDE is refused before any run."""
    path = _save(_open_size_model(), tmp_path / "m.onnx")
    refused(path, f"{hw[0]}×{hw[1]}", f"1 to {limits.MODEL_MAX_SIDE:,}", input_hw=hw)
    assert onnx_files.load(path, input_hw=(limits.MODEL_MAX_SIDE, 8)).open_hw


def test_a_half_open_size_keeps_its_fixed_side(tmp_path):
    """Height fixed at 40, width open: the width is chosen (224 by default), the height stays."""
    path = _save(_open_size_model(("N", 3, 40, "W")), tmp_path / "m.onnx")
    net = onnx_files.load(path)
    assert net.input_shape == (3, 40, 224) and net.open_hw
    assert onnx_files.load(path, input_hw=(40, 64)).input_shape == (3, 40, 64)
    refused(path, "height is fixed at 40", "not 64", input_hw=(64, 64))
    x = np.random.default_rng(5).standard_normal((1, 3, 40, 64)).astype(np.float32)
    np.testing.assert_allclose(onnx_files.load(path, (40, 64)).forward(x), ort_run(path, x), rtol=1e-4, atol=1e-5)


def test_a_fixed_size_model_keeps_its_size(tmp_path):
    path = _save(_conv_model((2, 3, 8, 8)), tmp_path / "m.onnx")
    net = onnx_files.load(path, input_hw=(8, 8))
    assert (net.input_shape, net.fixed_batch, net.notes, net.open_hw) == ((3, 8, 8), 2, [], False)
    refused(path, "fixed at 8×8", "16×16", input_hw=(16, 16))


# --- Damage anywhere: a load either works or says why ---------------------------------------


def test_damaged_models_give_a_model_or_onnx_file_error(tmp_path):
    """Truncations and byte flips of a valid model, reproducibly: each load returns a network
    or raises OnnxFileError, never anything else."""
    good = _conv_model().SerializeToString()
    rng = np.random.default_rng(5)
    path = tmp_path / "m.onnx"
    outcomes = {"loaded": 0, "refused": 0}
    variants = [good[:cut] for cut in range(0, len(good), max(1, len(good) // 40))]
    for _ in range(200):
        data = bytearray(good)
        for i in rng.integers(0, len(data), rng.integers(1, 4)):
            data[i] = int(rng.integers(0, 256))
        variants.append(bytes(data))
    for data in variants:
        path.write_bytes(data)
        try:
            onnx_files.load(path)
            outcomes["loaded"] += 1
        except onnx_files.OnnxFileError:
            outcomes["refused"] += 1
    assert outcomes["refused"] > 20 and outcomes["loaded"] > 5, outcomes
