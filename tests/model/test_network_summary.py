"""The network summary, saliency, Grad-CAM and preprocessing against independent oracles:
torch's own modules and autograd, ONNX's shape inference, the exact receptive field of
``Graph.connected`` and published ResNet-18 figures."""

from __future__ import annotations

import warnings

import numpy as np
import onnx
import pytest

from convviz.bench import _resnet18
from convviz.io import onnx_files
from convviz.model.network import attribution
from convviz.model.network.preprocess import IMAGENET_MEAN, IMAGENET_STD, Preprocess, to_input
from convviz.model.network.summary import summarize
from tests.conftest import reference_library


def _export(torch, module, shape, path):
    module.eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the legacy exporter (onnxscript is not a dependency)
        torch.onnx.export(module, (torch.zeros(1, *shape),), str(path), dynamo=False, input_names=["input"])
    return path


def _small_net(torch):
    nn = torch.nn
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Conv2d(3, 8, 5, stride=2, padding=2), nn.ReLU(), nn.MaxPool2d(3, 2, 1),
        nn.Conv2d(8, 16, 3, padding=2, dilation=2, groups=2), nn.ReLU(), nn.AvgPool2d(2),
        nn.Conv2d(16, 16, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(16 * 4 * 4, 7),
    )  # fmt: skip


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    torch = reference_library("torch")
    net = _small_net(torch)
    path = _export(torch, net, (3, 32, 32), tmp_path_factory.mktemp("m") / "small.onnx")
    return torch, net, path, onnx_files.load(path)


def test_parameters_and_mult_adds_match_torchs_modules(small):
    torch, net, _, network = small
    summary = summarize(network)
    assert summary.params == sum(p.numel() for p in net.parameters())
    # mult-adds from torch's own output shapes, recorded by hooks
    expected = 0
    shapes = {}
    hooks = [m.register_forward_hook(lambda m, i, o: shapes.__setitem__(m, o.shape)) for m in net]
    net(torch.zeros(1, 3, 32, 32))
    for h in hooks:
        h.remove()
    for m in net:
        if isinstance(m, torch.nn.Conv2d):
            expected += shapes[m].numel() * (m.in_channels // m.groups) * m.kernel_size[0] * m.kernel_size[1]
        if isinstance(m, torch.nn.Linear):
            expected += m.in_features * m.out_features
    assert summary.mult_adds == expected
    assert summary.total_line().endswith(f"{summary.params:,} parameters, {expected:,} mult-adds")


def test_output_shapes_agree_with_onnx_shape_inference(small):
    _, _, path, network = small
    inferred = onnx.shape_inference.infer_shapes(onnx.load(str(path)))
    by_name = {v.name: tuple(d.dim_value for d in v.type.tensor_type.shape.dim) for v in inferred.graph.value_info}
    by_name.update({v.name: tuple(d.dim_value for d in v.type.tensor_type.shape.dim) for v in inferred.graph.output})
    outputs = {n.name: n.output for n in network.graph.nodes}
    rows = summarize(network).rows
    assert len(rows) == len(network.graph.nodes)
    for row in rows:
        assert by_name[outputs[row.name]][1:] == row.output_shape, row.name


def _exact_extent(network, name):
    """Rows and columns of input cells the centre cell of ``name`` depends on (Graph.connected)."""
    values = network.run(np.zeros((1, *network.input_shape), np.float32))
    out = values[name]
    mask = np.zeros(out.shape, bool)
    mask[0, 0, out.shape[2] // 2, out.shape[3] // 2] = True
    cells = network.graph.connected(values, name, mask)[0].any(axis=0)
    rows, cols = np.nonzero(cells)
    return rows.max() - rows.min() + 1, cols.max() - cols.min() + 1, cells


def test_receptive_fields_are_the_exact_fields_away_from_the_border(tmp_path):
    torch = reference_library("torch")
    nn = torch.nn
    net = nn.Sequential(
        nn.Conv2d(1, 2, 3), nn.MaxPool2d(2), nn.Conv2d(2, 2, 3, dilation=2), nn.AvgPool2d(3, 2), nn.Conv2d(2, 1, 3)
    )
    network = onnx_files.load(_export(torch, net, (1, 96, 96), tmp_path / "chain.onnx"))
    for row in summarize(network).rows:
        name = next(n.output for n in network.graph.nodes if n.name == row.name)
        h, w, _ = _exact_extent(network, name)
        assert row.receptive_field == (h, w), row.name


def test_resnet18_has_its_published_size_and_receptive_field(tmp_path):
    network = onnx_files.load(_resnet18.write(tmp_path / "r18.onnx"))
    summary = summarize(network)
    model = onnx.load(str(tmp_path / "r18.onnx"))
    assert summary.params == sum(int(np.prod(t.dims)) for t in model.graph.initializer)
    assert round(summary.mult_adds / 1e9, 2) == 1.81  # torchvision's resnet18: 1.81–1.82 G MACs (BN folded here)
    last_conv = [r for r in summary.rows if r.op == "Conv"][-1]
    assert last_conv.receptive_field == (435, 435)  # the textbook ResNet-18 figure
    assert summary.rows[-1].output_shape == (1000,)


def test_saliency_is_torchs_input_gradient(small):
    torch, net, _, network = small
    image = np.random.default_rng(3).standard_normal((3, 32, 32)).astype(np.float32)
    x = torch.from_numpy(image[None]).requires_grad_(True)
    net(x)[0, 4].backward()
    expected = x.grad[0].abs().amax(dim=0).numpy()
    np.testing.assert_allclose(attribution.saliency(network, image, 4), expected, rtol=1e-4, atol=1e-7)


def test_grad_cam_is_the_textbook_formula_in_torch(small):
    torch, net, _, network = small
    image = np.random.default_rng(4).standard_normal((3, 32, 32)).astype(np.float32)
    layer = attribution.conv_layers(network)[-1]
    captured = {}
    conv = net[6]

    def keep(module, inputs, output):
        output.retain_grad()
        captured["a"] = output

    handle = conv.register_forward_hook(keep)
    net(torch.from_numpy(image[None]))[0, 2].backward()
    handle.remove()
    a = captured["a"]
    weights = a.grad[0].mean(dim=(1, 2))
    cam = torch.relu((weights[:, None, None] * a[0]).sum(0)).detach().numpy()
    ours = attribution.grad_cam(network, image, 2, layer, stretch=False)
    np.testing.assert_allclose(ours, cam, rtol=1e-4, atol=1e-6 * max(cam.max(), 1e-6))
    overlay = attribution.grad_cam(network, image, 2, layer)
    assert overlay.shape == (32, 32)
    assert overlay.min() >= 0 and np.isclose(overlay.max(), cam.max(), rtol=0.1)


def test_preprocessing_normalises_and_centre_crops():
    rows, cols = np.meshgrid(np.arange(40), np.arange(60), indexing="ij")
    image = np.stack([rows / 100, cols / 100, np.full((40, 60), 0.5)], axis=2).astype(np.float32)
    x = to_input(image, (3, 40, 40), Preprocess.imagenet())  # no scaling: a 40-row image for 40 rows
    expected_r = (rows[:, 10:50] / 100 - IMAGENET_MEAN[0]) / IMAGENET_STD[0]
    expected_g = (cols[:, 10:50] / 100 - IMAGENET_MEAN[1]) / IMAGENET_STD[1]
    np.testing.assert_allclose(x[0], expected_r, atol=1e-5)
    np.testing.assert_allclose(x[1], expected_g, atol=1e-5)
    gray = to_input(image, (1, 40, 40), Preprocess())
    np.testing.assert_allclose(gray[0], image[:, 10:50] @ np.array([0.299, 0.587, 0.114]), atol=1e-5)
