"""Real architectures built in torch, exported to ONNX (eval mode, legacy exporter, dynamic
batch), read with ``onnx_files.load`` and run on the engine: the outputs agree with
onnxruntime and with torch (1e-4), at batch 1 and 3; the engine's gradient of a class score
with respect to the input agrees with torch's autograd; and the receptive field
``Graph.connected`` gives for one cell is exactly the set of input cells whose change moves
that cell, as onnxruntime sees it (every weight made positive, so no dependency can cancel).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import onnx
import pytest

from convviz.io import onnx_files
from tests.conftest import reference_library

torch = reference_library("torch")
ort = reference_library("onnxruntime")
nn = torch.nn

RTOL, ATOL = 1e-4, 1e-4


# --- The architectures ----------------------------------------------------------------------


class BasicBlock(nn.Module):
    """ResNet's basic residual block; a 1×1 strided projection on the shortcut when it downsamples."""

    def __init__(self, cin: int, cout: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.short = (
            nn.Sequential()
            if stride == 1 and cin == cout
            else nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))
        )

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(self.bn2(self.conv2(y)) + self.short(x))


def resnet_blocks() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 8, 3, 1, 1), nn.ReLU(), BasicBlock(8, 8), BasicBlock(8, 12, 2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(12, 10),
    )  # fmt: skip


class InvertedResidual(nn.Module):
    """MobileNetV2: 1×1 expand, depthwise 3×3 (stride s), 1×1 linear projection; BN and ReLU6;
    the residual addition where the stride is 1 and the channels match."""

    def __init__(self, cin: int, cout: int, stride: int, expand: int = 4) -> None:
        super().__init__()
        mid = cin * expand
        self.body = nn.Sequential(
            nn.Conv2d(cin, mid, 1, bias=False), nn.BatchNorm2d(mid), nn.ReLU6(),
            nn.Conv2d(mid, mid, 3, stride, 1, groups=mid, bias=False), nn.BatchNorm2d(mid), nn.ReLU6(),
            nn.Conv2d(mid, cout, 1, bias=False), nn.BatchNorm2d(cout),
        )  # fmt: skip
        self.residual = stride == 1 and cin == cout

    def forward(self, x):
        y = self.body(x)
        return x + y if self.residual else y


def mobilenet_blocks() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 8, 3, 2, 1), nn.BatchNorm2d(8), nn.ReLU6(),
        InvertedResidual(8, 8, 1), InvertedResidual(8, 12, 2), InvertedResidual(12, 12, 1),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.2), nn.Linear(12, 10),
    )  # fmt: skip


class SqueezeExcite(nn.Module):
    """Squeeze (global average), excite (two fully connected layers, ReLU then a gate), scale
    the channels; the view back to (N, C, 1, 1) is a Shape → Gather → Reshape chain in ONNX."""

    def __init__(self, c: int, r: int = 4, gate: str = "sigmoid") -> None:
        super().__init__()
        self.fc1, self.fc2 = nn.Linear(c, c // r), nn.Linear(c // r, c)
        self.gate = nn.Sigmoid() if gate == "sigmoid" else nn.Hardsigmoid()

    def forward(self, x):
        n, c = x.shape[0], x.shape[1]
        s = x.mean(dim=(2, 3))
        s = self.gate(self.fc2(torch.relu(self.fc1(s))))
        return x * s.view(n, c, 1, 1)


def se_net() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, 1, 1), nn.ReLU(), SqueezeExcite(16),
        nn.Conv2d(16, 16, 3, 2, 1), nn.Hardswish(), SqueezeExcite(16, gate="hard"),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 10),
    )  # fmt: skip


class Inception(nn.Module):
    """GoogLeNet's block: 1×1, 1×1→3×3, 1×1→5×5 and 3×3 max pool→1×1, concatenated."""

    def __init__(self, cin: int) -> None:
        super().__init__()
        self.b1 = nn.Sequential(nn.Conv2d(cin, 4, 1), nn.ReLU())
        self.b3 = nn.Sequential(nn.Conv2d(cin, 4, 1), nn.ReLU(), nn.Conv2d(4, 6, 3, padding=1), nn.ReLU())
        self.b5 = nn.Sequential(nn.Conv2d(cin, 2, 1), nn.ReLU(), nn.Conv2d(2, 3, 5, padding=2), nn.ReLU())
        self.bp = nn.Sequential(nn.MaxPool2d(3, 1, 1), nn.Conv2d(cin, 3, 1), nn.ReLU())

    def forward(self, x):
        return torch.cat([self.b1(x), self.b3(x), self.b5(x), self.bp(x)], dim=1)


def inception_net() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 8, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(3, 2, 1), Inception(8),
        nn.AvgPool2d(2), nn.Flatten(), nn.Linear(16 * 8 * 8, 10),
    )  # fmt: skip


def decoder() -> nn.Module:
    """An encoder–decoder: strided convolutions down, transposed convolutions (output_padding
    to reach odd sizes) back up to an image."""
    return nn.Sequential(
        nn.Conv2d(3, 8, 3, 2, 1), nn.ReLU(), nn.Conv2d(8, 16, 3, 2, 1), nn.ReLU(),
        nn.ConvTranspose2d(16, 8, 3, 2, 1, output_padding=1), nn.ReLU(),
        nn.ConvTranspose2d(8, 4, 3, 2, 1, output_padding=(0, 1)), nn.LeakyReLU(0.1),
        nn.ConvTranspose2d(4, 3, 4, 1, 1), nn.Sigmoid(),
    )  # fmt: skip


def lenet5() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2), nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10),
    )  # fmt: skip


def padded() -> nn.Module:
    """torch's padding modules: exported as Pad with its pads built at run time from
    ConstantOfShape, Concat, Reshape, Slice (reversed), Transpose and Cast."""
    return nn.Sequential(
        nn.ZeroPad2d((1, 2, 0, 1)), nn.Conv2d(3, 4, 3), nn.ReLU(),
        nn.ReflectionPad2d((2, 0, 1, 1)), nn.Conv2d(4, 4, 3, stride=2),
        nn.ReplicationPad2d(1), nn.MaxPool2d(2), nn.ConstantPad2d((0, 1, 1, 0), 0.5), nn.Conv2d(4, 2, 1),
    )  # fmt: skip


ARCHITECTURES = {
    # name: (builder, input shape, export mode: "eval" folds BatchNorm, "preserve" keeps its nodes)
    "resnet basic block": (resnet_blocks, (3, 16, 16), "eval"),
    "mobilenetv2 inverted residual": (mobilenet_blocks, (3, 32, 32), "preserve"),
    "squeeze-and-excitation": (se_net, (3, 16, 16), "eval"),
    "inception": (inception_net, (3, 32, 32), "eval"),
    "transposed-conv decoder": (decoder, (3, 15, 18), "eval"),
    "lenet-5": (lenet5, (1, 28, 28), "eval"),
    "torch padding modules": (padded, (3, 13, 12), "eval"),
}


def _randomise_batch_norms(module: nn.Module, gen) -> None:
    """Running statistics and affine parameters away from the identity, so a BN read wrong shows."""
    for m in module.modules():
        if isinstance(m, nn.BatchNorm2d):
            with torch.no_grad():
                m.running_mean.uniform_(-0.5, 0.5, generator=gen)
                m.running_var.uniform_(0.5, 2.0, generator=gen)
                m.weight.uniform_(0.5, 1.5, generator=gen)
                m.bias.uniform_(-0.5, 0.5, generator=gen)


def build(name: str, seed: int = 0) -> nn.Module:
    builder, _, _ = ARCHITECTURES[name]
    torch.manual_seed(seed)
    module = builder()
    _randomise_batch_norms(module, torch.Generator().manual_seed(seed))
    return module.eval()


def export(module: nn.Module, in_shape: tuple[int, ...], path: Path, mode: str = "eval") -> Path:
    training = torch.onnx.TrainingMode.PRESERVE if mode == "preserve" else torch.onnx.TrainingMode.EVAL
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy exporter's deprecation notice
        torch.onnx.export(
            module.eval(),
            (torch.zeros(1, *in_shape),),
            str(path),
            dynamo=False,
            input_names=["input"],
            output_names=["output"],
            dynamic_axes={"input": {0: "N"}, "output": {0: "N"}},
            training=training,
        )
    return path


def ort_run(path: Path, x: np.ndarray) -> np.ndarray:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return session.run(None, {"input": x})[0]


@pytest.fixture(scope="module", params=list(ARCHITECTURES), ids=list(ARCHITECTURES))
def exported(request, tmp_path_factory):
    name = request.param
    _, in_shape, mode = ARCHITECTURES[name]
    module = build(name)
    path = export(module, in_shape, tmp_path_factory.mktemp("arch") / "model.onnx", mode)
    return name, module, in_shape, path, onnx_files.load(path)


def test_the_export_is_what_the_architecture_says(exported):
    """The file holds the operators the architecture is about (so each test below is about them)."""
    name, _, _, path, net = exported
    kinds = {n.op_type for n in onnx.load(str(path)).graph.node}
    expected = {
        "resnet basic block": {"Conv", "Relu", "Add", "GlobalAveragePool", "Gemm"},
        "mobilenetv2 inverted residual": {"Conv", "BatchNormalization", "Clip", "Add"},
        "squeeze-and-excitation": {"ReduceMean", "Sigmoid", "HardSigmoid", "HardSwish", "Mul", "Reshape", "Shape"},
        "inception": {"Concat", "MaxPool", "AveragePool"},
        "transposed-conv decoder": {"ConvTranspose", "LeakyRelu", "Sigmoid"},
        "lenet-5": {"Conv", "Tanh", "AveragePool", "Gemm"},
        "torch padding modules": {"Pad", "ConstantOfShape", "Conv", "MaxPool"},
    }[name]
    assert expected <= kinds, expected - kinds
    assert set(net.source_ops.values()) == kinds - {"Constant"}
    assert net.fixed_batch is None


def test_a_folded_batch_norm_is_noted_exactly_when_torch_folded_one(exported):
    """torch folds a BatchNorm2d into the convolution before it when it exports in eval mode."""
    name, module, _, _, net = exported
    has_bn = any(isinstance(m, nn.BatchNorm2d) for m in module.modules())
    folded = has_bn and ARCHITECTURES[name][2] == "eval"
    assert any(note.startswith("BatchNorm folded") for note in net.notes) == folded, net.notes


@pytest.mark.parametrize("batch", [1, 3])
def test_forward_agrees_with_onnxruntime_and_torch(exported, batch):
    name, module, in_shape, path, net = exported
    x = np.random.default_rng(batch).standard_normal((batch, *in_shape)).astype(np.float32)
    ours = net.forward(x)
    with torch.no_grad():
        expected = module(torch.from_numpy(x)).numpy()
    assert ours.shape == expected.shape
    np.testing.assert_allclose(ours, ort_run(path, x), rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(ours, expected, rtol=RTOL, atol=ATOL)


def _score_seed(output: np.ndarray, cls: int) -> np.ndarray:
    """d(score)/d(output): one class of every image, or for an image output one cell of channel 0."""
    onehot = np.zeros_like(output)
    if output.ndim == 2:
        onehot[:, cls] = 1
    else:
        onehot[:, 0, output.shape[2] // 2, cls] = 1
    return onehot


def test_gradient_of_a_class_score_agrees_with_torch_autograd(exported):
    name, module, in_shape, _, net = exported
    x = np.random.default_rng(7).standard_normal((3, *in_shape)).astype(np.float32)
    values = net.run(x)
    out = values[net.graph.output]
    onehot = _score_seed(out, 3)
    grad = net.graph.backward(values, net.graph.output, onehot, {net.graph.input})[net.graph.input]

    tx = torch.from_numpy(x).requires_grad_(True)
    (module(tx) * torch.from_numpy(onehot)).sum().backward()
    expected = tx.grad.numpy()
    assert grad.shape == expected.shape
    assert np.abs(expected).max() > 0
    np.testing.assert_allclose(grad, expected, rtol=1e-4, atol=1e-4 * np.abs(expected).max())


# --- Receptive fields against a perturbation oracle -----------------------------------------


def _positive_copy(module: nn.Module) -> nn.Module:
    """Every weight, bias and BN statistic made positive: each input cell an output cell
    depends on then moves it the same way along every path, so no change can cancel."""
    with torch.no_grad():
        for p in module.parameters():
            p.abs_().add_(0.05)
        for m in module.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.running_mean.zero_()
                m.running_var.fill_(1.0)
    return module


def _perturbation_field(path: Path, x: np.ndarray, output: str, cell: tuple[int, ...]) -> np.ndarray:
    """Which input cells, each raised by 10⁴ on its own, change ``output[cell]`` — by onnxruntime,
    every perturbed image in one batch."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    size = x[0].size
    batch = np.repeat(x, size, axis=0).reshape(size, -1)
    batch[np.arange(size), np.arange(size)] += 1e4
    batch = batch.reshape(size, *x.shape[1:])
    (base,) = session.run([output], {"input": x})
    (moved,) = session.run([output], {"input": batch})
    index = (slice(None), *cell[1:])
    return (np.abs(moved[index] - base[cell]) > 1e-3 * (1 + abs(base[cell]))).reshape(x.shape)


def _with_intermediate_output(path: Path, value: str) -> Path:
    """The same model with one of its inner values also declared an output (for the oracle)."""
    proto = onnx.load(str(path))
    if value not in {o.name for o in proto.graph.output}:
        proto.graph.output.append(onnx.helper.make_tensor_value_info(value, onnx.TensorProto.FLOAT, None))
    out = path.with_name(f"{path.stem}.probe.onnx")
    onnx.save_model(proto, str(out))
    return out


def chain() -> nn.Module:
    """A plain chain that keeps channels apart at first (depthwise) and mixes strides,
    dilations, max and average pooling."""
    return nn.Sequential(
        nn.Conv2d(3, 3, 3, padding=1, groups=3), nn.ReLU(), nn.MaxPool2d(3, 2, 1),
        nn.Conv2d(3, 3, 3, padding=(2, 1), dilation=2, groups=3), nn.ReLU(),
        nn.Conv2d(3, 4, (1, 3)), nn.AvgPool2d(2, 2, ceil_mode=True),
    )  # fmt: skip


def onnx_chain(path: Path, in_shape: tuple[int, int, int]) -> Path:
    """What torch cannot export without ConstantOfShape: asymmetric pads, SAME_LOWER, a
    reflect Pad, ceil_mode max pooling and dilated average pooling, built with onnx.helper
    (positive weights)."""
    from onnx import helper, numpy_helper

    rng = np.random.default_rng(10)
    c = in_shape[0]
    w = {
        "w1": rng.uniform(0.1, 1, (c, 1, 3, 3)),
        "w2": rng.uniform(0.1, 1, (c, 1, 2, 3)),
        "w3": rng.uniform(0.1, 1, (4, c, 3, 1)),
        "pads": np.array([0, 0, 2, 0, 0, 0, 0, 1], np.int64),
    }
    nodes = [
        helper.make_node("Conv", ["input", "w1"], ["a"], pads=[2, 0, 0, 1], group=c),
        helper.make_node("MaxPool", ["a"], ["b"], kernel_shape=[3, 2], strides=[2, 2], ceil_mode=1),
        helper.make_node("Pad", ["b", "pads"], ["p"], mode="reflect"),
        helper.make_node("Conv", ["p", "w2"], ["d"], auto_pad="SAME_LOWER", strides=[1, 2], group=c),
        helper.make_node("Conv", ["d", "w3"], ["e"], dilations=[2, 1]),
        helper.make_node("AveragePool", ["e"], ["output"], kernel_shape=[2, 2], dilations=[1, 2], pads=[1, 0, 0, 1]),
    ]
    graph = helper.make_graph(
        nodes,
        "chain",
        [helper.make_tensor_value_info("input", onnx.TensorProto.FLOAT, ["N", *in_shape])],
        [helper.make_tensor_value_info("output", onnx.TensorProto.FLOAT, None)],
        [numpy_helper.from_array(v.astype(np.float32) if v.dtype == np.float64 else v, k) for k, v in w.items()],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19)])
    model.ir_version = 9
    model = onnx.shape_inference.infer_shapes(model, strict_mode=True)  # fills the output's shape
    onnx.checker.check_model(model, full_check=True)
    onnx.save_model(model, str(path))
    return path


class ResidualChain(nn.Module):
    """A stem, a residual block whose shortcut is the identity, and a 5×5 conv on one branch of
    a concatenation with a pooled identity: a cell's field differs by channel."""

    def __init__(self) -> None:
        super().__init__()
        self.stem = nn.Conv2d(2, 4, 3, padding=1, groups=2)
        self.block = BasicBlock(4, 4)
        self.wide = nn.Conv2d(4, 2, 5, padding=2)
        self.pool = nn.MaxPool2d(2, 1)

    def forward(self, x):
        y = self.block(self.stem(x))
        both = torch.cat([self.wide(y), y], dim=1)
        return self.pool(both)


FIELD_CASES = {
    # name: (builder, input shape, cells of the output (batch index 0) whose fields are checked)
    "conv/pool chain": (chain, (3, 23, 26), [(0, 0, 0, 0), (0, 1, 2, 1), (0, 3, 4, 3), (0, 2, 1, 3)]),
    "torch padding modules": (padded, (3, 13, 12), [(0, 0, 1, 0), (0, 1, 2, 1), (0, 0, 4, 3), (0, 1, 3, 2)]),
    "residual block": (ResidualChain, (2, 20, 19), [(0, 0, 9, 9), (0, 3, 0, 0), (0, 4, 18, 17), (0, 5, 2, 7)]),
    "onnx chain": (None, (2, 23, 22), [(0, 0, 0, 0), (0, 1, 3, 2), (0, 3, 4, 3), (0, 2, 2, 1)]),
}


@pytest.mark.parametrize("name", list(FIELD_CASES), ids=list(FIELD_CASES))
def test_receptive_field_matches_a_perturbation_oracle(tmp_path, name):
    builder, in_shape, cells = FIELD_CASES[name]
    if builder is None:
        path = onnx_chain(tmp_path / "m.onnx", in_shape)
    else:
        torch.manual_seed(3)
        path = export(_positive_copy(builder().eval()), in_shape, tmp_path / "m.onnx")
    net = onnx_files.load(path)
    x = np.random.default_rng(4).uniform(0.1, 1.0, (1, *in_shape)).astype(np.float32)
    values = net.run(x)
    out = values[net.graph.output]
    for cell in cells:
        mask = np.zeros(out.shape, bool)
        mask[cell] = True
        ours = net.graph.connected(values, net.graph.output, mask)
        oracle = _perturbation_field(path, x, "output", cell)
        assert ours.shape == x.shape
        assert 1 < oracle.sum() < x.size, cell  # neither one cell nor everything: a real test
        np.testing.assert_array_equal(ours, oracle, err_msg=f"{name} cell {cell}")


def test_receptive_field_of_an_inner_value(tmp_path):
    """``connected`` from a value in the middle of the graph (the residual addition, before the
    last ReLU): the same cells the oracle finds for that value."""
    torch.manual_seed(5)
    module = _positive_copy(ResidualChain().eval())
    in_shape = (2, 20, 19)
    path = export(module, in_shape, tmp_path / "m.onnx")
    net = onnx_files.load(path)
    adds = [n for n in net.graph.nodes if net.source_ops[n.name] == "Add"]
    assert len(adds) == 1
    name = adds[0].output
    probe = _with_intermediate_output(path, name)
    x = np.random.default_rng(6).uniform(0.1, 1.0, (1, *in_shape)).astype(np.float32)
    values = net.run(x)
    for cell in [(0, 1, 0, 18), (0, 2, 6, 5)]:
        mask = np.zeros(values[name].shape, bool)
        mask[cell] = True
        ours = net.graph.connected(values, name, mask)
        oracle = _perturbation_field(probe, x, name, cell)
        assert 1 < oracle.sum() < x.size
        np.testing.assert_array_equal(ours, oracle, err_msg=f"cell {cell}")


def test_receptive_field_autograd_oracle_without_max_pooling(tmp_path):
    """A second oracle where autograd is exact (no max, whose gradient reaches one cell of its
    window; no saturating sigmoid): the cells where torch's gradient of the cell is non-zero,
    weights positive. The decoder: its transposed convolutions stamp unevenly."""
    torch.manual_seed(8)
    module = _positive_copy(decoder()[:-1].eval())
    in_shape = (3, 15, 18)
    path = export(module, in_shape, tmp_path / "m.onnx")
    net = onnx_files.load(path)
    x = np.random.default_rng(9).uniform(0.1, 1.0, (1, *in_shape)).astype(np.float32)
    values = net.run(x)
    out = values[net.graph.output]
    for cell in [(0, 0, 0, 0), (0, 2, 7, 9), (0, 1, out.shape[2] - 1, out.shape[3] - 1)]:
        mask = np.zeros(out.shape, bool)
        mask[cell] = True
        ours = net.graph.connected(values, net.graph.output, mask)
        tx = torch.from_numpy(x).requires_grad_(True)
        module(tx)[cell].backward()
        oracle = tx.grad.numpy() != 0
        assert 1 < oracle.sum() < x.size
        np.testing.assert_array_equal(ours, oracle, err_msg=f"cell {cell}")
