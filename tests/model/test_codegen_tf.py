"""The tf.nn source, run on a stand-in for TensorFlow (TensorFlow itself is not installed): each
tf op the generator writes, done in torch on NHWC tensors as TensorFlow's documentation defines
it (SAME: out = ceil(n / s), total pad max((out − 1)·s + (k − 1)·d + 1 − n, 0), the odd cell
after; HWIO filters). Given the engine's weights in the layouts the variables' comments state,
the function ``model(x)`` must compute the engine's numbers."""

from __future__ import annotations

import sys
import types

import numpy as np
import pytest

from convviz import engine as E
from convviz.model import codegen
from convviz.model.codegen.common import unpack
from tests.conftest import reference_library
from tests.model.test_codegen import CASES, engine_forward, random_stack

torch = reference_library("torch")
F = torch.nn.functional


def _same(n: int, k: int, s: int, d: int) -> tuple[int, int]:
    out = -(-n // s)
    total = max((out - 1) * s + (k - 1) * d + 1 - n, 0)
    return total // 2, total - total // 2


def _pads_for(x, k, s, d, padding):
    """(left, right, top, bottom) for F.pad of an NCHW tensor."""
    if padding == "VALID":
        return (0, 0, 0, 0)
    t, b = _same(x.shape[2], k[0], s[0], d[0])
    left, r = _same(x.shape[3], k[1], s[1], d[1])
    return (left, r, t, b)


def _nchw(x):
    return x.permute(0, 3, 1, 2)


def _nhwc(x):
    return x.permute(0, 2, 3, 1)


def _two(v):
    v = list(v) if isinstance(v, (list, tuple)) else [v]
    return (v[0], v[0]) if len(v) == 1 else (v[1], v[2]) if len(v) == 4 else (v[0], v[1])


def fake_tensorflow() -> types.ModuleType:
    tf = types.ModuleType("tensorflow")
    tf.Variable = lambda initial, name=None: initial
    tf.random = types.SimpleNamespace(
        normal=lambda shape, stddev=1.0: torch.randn(shape, dtype=torch.float64) * stddev,
        uniform=lambda shape: torch.rand(shape, dtype=torch.float64),
    )
    tf.zeros = lambda shape: torch.zeros(shape, dtype=torch.float64)
    tf.ones = lambda shape: torch.ones(shape, dtype=torch.float64)
    tf.shape = lambda x: x.shape
    tf.ones_like = torch.ones_like

    def pad(x, paddings, mode="CONSTANT", constant_values=0.0):
        (_, _), (t, b), (left, r), (_, _) = paddings
        y = _nchw(x)
        if mode == "REFLECT":
            y = F.pad(y, (left, r, t, b), mode="reflect")
        else:
            assert mode == "CONSTANT"
            y = F.pad(y, (left, r, t, b), value=constant_values)
        return _nhwc(y)

    def conv2d(x, w, strides, padding, dilations):
        s, d, k = _two(strides), _two(dilations), tuple(w.shape[:2])
        y = F.pad(_nchw(x), _pads_for(_nchw(x), k, s, d, padding))
        groups = x.shape[3] // w.shape[2]
        return _nhwc(F.conv2d(y, w.permute(3, 2, 0, 1), stride=s, dilation=d, groups=groups))

    def depthwise_conv2d(x, w, strides, padding, dilations):
        if strides[1] != strides[2]:  # what TensorFlow's kernel says (tensorflow/tensorflow#33005)
            raise ValueError("Current implementation only supports equal length strides in the row and column")
        kh, kw, c, m = w.shape
        s, d = _two(strides), _two(dilations)
        y = F.pad(_nchw(x), _pads_for(_nchw(x), (kh, kw), s, d, padding))
        weight = w.permute(2, 3, 0, 1).reshape(c * m, 1, kh, kw)  # output channel c·m + j
        return _nhwc(F.conv2d(y, weight, stride=s, dilation=d, groups=c))

    def conv2d_transpose(x, w, output_shape, strides, padding):
        assert padding == "VALID"
        full = F.conv_transpose2d(_nchw(x), w.permute(3, 2, 0, 1), stride=_two(strides))
        _, h, wd, _ = output_shape
        assert 0 <= h - full.shape[2] < _two(strides)[0]  # TF accepts these output sizes for VALID
        return _nhwc(F.pad(full, (0, wd - full.shape[3], 0, h - full.shape[2])))  # nothing reaches the rest

    def max_pool2d(x, ksize, strides, padding):
        k, s = _two(ksize), _two(strides)
        y = F.pad(_nchw(x), _pads_for(_nchw(x), k, s, (1, 1), padding), value=-np.inf)
        return _nhwc(F.max_pool2d(y, k, s))

    def avg_pool2d(x, ksize, strides, padding):
        k, s = _two(ksize), _two(strides)
        pads = _pads_for(_nchw(x), k, s, (1, 1), padding)
        total = F.avg_pool2d(F.pad(_nchw(x), pads), k, s)
        counted = F.avg_pool2d(F.pad(torch.ones_like(_nchw(x)), pads), k, s)  # SAME counts real cells only
        return _nhwc(total / counted)

    def pool(x, window_shape, pooling_type, strides, padding, dilations):
        assert pooling_type == "MAX" and padding == "VALID" and list(strides) == [1, 1]
        return _nhwc(F.max_pool2d(_nchw(x), tuple(window_shape), 1, dilation=tuple(dilations)))

    def batch_normalization(x, mean, variance, offset, scale, variance_epsilon):
        return (x - mean) / torch.sqrt(variance + variance_epsilon) * scale + offset

    tf.nn = types.SimpleNamespace(
        conv2d=conv2d,
        depthwise_conv2d=depthwise_conv2d,
        conv2d_transpose=conv2d_transpose,
        max_pool2d=max_pool2d,
        avg_pool2d=avg_pool2d,
        pool=pool,
        bias_add=lambda x, b: x + b,
        batch_normalization=batch_normalization,
        relu=torch.relu,
        leaky_relu=lambda x, alpha: F.leaky_relu(x, alpha),
        dropout=None,
    )
    tf.pad = pad
    tf.concat = lambda xs, axis: torch.cat(list(xs), dim=axis)
    tf.repeat = lambda x, n, axis: torch.repeat_interleave(x, n, dim=axis)
    tf.split = lambda x, n, axis: torch.chunk(x, n, dim=axis)
    tf.reshape = lambda x, shape: x.reshape([int(n) for n in shape])
    tf.transpose = lambda x, perm: x.permute(*perm)
    tf.matmul = torch.matmul
    tf.sigmoid, tf.tanh = torch.sigmoid, torch.tanh
    tf.reduce_mean = lambda x, axis, keepdims: x.mean(dim=tuple(axis), keepdim=keepdims)
    tf.reduce_max = lambda x, axis, keepdims: x.amax(dim=tuple(axis), keepdim=keepdims)
    return tf


def _load(namespace: dict, layers: list[E.Layer], shape: tuple[int, ...]) -> None:
    """The engine's weights into the variables, in the layouts their comments give."""
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a, dtype=np.float64))  # noqa: E731
    for step in unpack(layers, shape).steps:
        layer, v = step.layer, step.ident
        if "bias" in layer.params and not isinstance(layer, E.BatchNorm2d):
            namespace[f"{v}_b"] = t(layer.params["bias"])
        if isinstance(layer, E.Conv2d):
            w = layer.params["weight"]
            if layer.groups == layer.in_channels > 1:
                c, m = layer.in_channels, layer.out_channels // layer.in_channels
                namespace[f"{v}_w"] = t(w.reshape(c, m, *w.shape[2:]).transpose(2, 3, 0, 1))
            else:
                namespace[f"{v}_w"] = t(w.transpose(2, 3, 1, 0))
        elif isinstance(layer, E.ConvTranspose2d):
            namespace[f"{v}_w"] = t(layer.params["weight"].transpose(2, 3, 1, 0))
        elif isinstance(layer, E.Linear):
            namespace[f"{v}_w"] = t(layer.params["weight"].T)
        elif isinstance(layer, E.BatchNorm2d):
            namespace[f"{v}_gamma"], namespace[f"{v}_beta"] = t(layer.params["weight"]), t(layer.params["bias"])
            namespace[f"{v}_mean"], namespace[f"{v}_var"] = t(layer.running_mean), t(layer.running_var)


def run_tf_source(source: str, layers, shape, x: np.ndarray, monkeypatch) -> np.ndarray:
    monkeypatch.setitem(sys.modules, "tensorflow", fake_tensorflow())
    namespace: dict = {}
    exec(compile(source, "<generated>", "exec"), namespace)  # also runs its own example call
    _load(namespace, layers, shape)
    y = namespace["model"](torch.from_numpy(x.transpose(0, 2, 3, 1).copy())).numpy()
    return y.transpose(0, 3, 1, 2) if y.ndim == 4 else y


@pytest.mark.parametrize("seed", range(40))
def test_tf_nn_source_computes_what_the_engine_does(seed, monkeypatch):
    layers, shape = random_stack(seed, exotic=False)
    source = codegen.tf_nn(layers, shape)
    assert "NOT EXPRESSIBLE" not in source
    x = np.random.default_rng(seed).normal(size=(2, *shape))
    got = run_tf_source(source, layers, shape, x, monkeypatch)
    np.testing.assert_allclose(got, engine_forward(layers, x), rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("layers, shape", CASES)
def test_each_hard_case_in_tf_nn(layers, shape, monkeypatch):
    source = codegen.tf_nn(layers, shape)
    if "NOT EXPRESSIBLE" in source:
        # circular padding (tf.pad has no such mode) and a dilated transposed convolution
        assert getattr(layers[0], "padding_mode", "") == "circular" or layers[0].dilation == 2
        return
    x = np.random.default_rng(0).normal(size=(2, *shape))
    got = run_tf_source(source, layers, shape, x, monkeypatch)
    np.testing.assert_allclose(got, engine_forward(layers, x), rtol=1e-4, atol=1e-4)


# Depthwise convolutions with unequal strides, which tf.nn.depthwise_conv2d refuses.
UNEQUAL_DEPTHWISE = [
    ([E.Conv2d(2, 2, 3, stride=(2, 1), padding=1, groups=2, seed=11)], (2, 9, 8)),
    ([E.Conv2d(2, 4, 3, stride=(1, 3), padding="same", groups=2, seed=12)], (2, 7, 10)),  # multiplier 2
    ([E.Conv2d(3, 3, (2, 3), stride=(3, 2), padding=0, groups=3, seed=13)], (3, 11, 9)),
    ([E.Conv2d(2, 2, 3, stride=(2, 1), padding=2, dilation=2, groups=2, seed=14)], (2, 10, 9)),
]


@pytest.mark.parametrize("layers, shape", UNEQUAL_DEPTHWISE)
def test_a_depthwise_convolution_with_unequal_strides_is_written_as_tf_takes_it(layers, shape, monkeypatch):
    source = codegen.tf_nn(layers, shape)
    assert "NOT EXPRESSIBLE" not in source
    calls = [line for line in source.splitlines() if "tf.nn.depthwise_conv2d(" in line]
    assert calls
    for line in calls:
        strides = line.split("strides=[", 1)[1].split("]", 1)[0].split(", ")
        assert strides[1] == strides[2], line
    x = np.random.default_rng(1).normal(size=(2, *shape))
    got = run_tf_source(source, layers, shape, x, monkeypatch)  # the stand-in refuses unequal strides
    np.testing.assert_allclose(got, engine_forward(layers, x), rtol=1e-4, atol=1e-4)
