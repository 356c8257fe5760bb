"""dtype and rank rules for every op (float32/int -> float32, any float64 -> float64; 2-D/3-D/4-D kept),
and robustness to non-contiguous and read-only inputs."""

from __future__ import annotations

import numpy as np
import pytest

from convviz import engine as E
from convviz.engine import reference as ref

RNG = np.random.default_rng(0)
X = RNG.standard_normal((2, 3, 7, 6))

UNARY = {
    "max_pool2d": (lambda x: E.max_pool2d(x, 3, stride=2, padding=1), lambda x: ref.max_pool2d(x, 3, 2, 1)),
    "avg_pool2d": (lambda x: E.avg_pool2d(x, 2, ceil_mode=True), lambda x: ref.avg_pool2d(x, 2, ceil_mode=True)),
    "relu": (E.relu, lambda x: np.maximum(x, 0)),
    "sigmoid": (E.sigmoid, lambda x: 1 / (1 + np.exp(-x))),
    "tanh": (E.tanh, np.tanh),
    "leaky_relu": (E.leaky_relu, lambda x: np.where(x > 0, x, 0.01 * x)),
    "conv2d": (
        lambda x: E.conv2d(x, np.ones((2, 3, 2, 2), np.float32), padding=1),
        lambda x: ref.conv2d(x, np.ones((2, 3, 2, 2)), padding=1),
    ),
    "conv_transpose2d": (
        lambda x: E.conv_transpose2d(x, np.ones((3, 2, 2, 2), np.float32), stride=2),
        lambda x: ref.conv_transpose2d(x, np.ones((3, 2, 2, 2)), stride=2),
    ),
}


@pytest.mark.parametrize("name", sorted(UNARY))
@pytest.mark.parametrize(
    "dtype,expected",
    [(np.float32, np.float32), (np.int16, np.float32), (np.uint8, np.float32), (np.float64, np.float64)],
)
def test_output_dtype(name, dtype, expected):
    fn, oracle = UNARY[name]
    x = (X * 4).astype(dtype) if np.issubdtype(dtype, np.floating) else RNG.integers(0, 5, X.shape).astype(dtype)
    out = fn(x)
    assert out.dtype == expected, f"{name}({np.dtype(dtype).name}) -> {out.dtype}"
    np.testing.assert_allclose(out, oracle(x.astype(np.float64)), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(
    "wdtype,bdtype,expected",
    [(np.float32, np.float32, np.float32), (np.float32, np.float64, np.float64), (np.float64, np.float32, np.float64)],
)
def test_any_float64_argument_promotes(wdtype, bdtype, expected):
    x = X.astype(np.float32)
    w = np.ones((2, 3, 3, 3), wdtype)
    b = np.ones(2, bdtype)
    assert E.conv2d(x, w, b).dtype == expected, "conv2d"
    assert E.conv_transpose2d(x, np.ones((3, 2, 2, 2), wdtype), b).dtype == expected, "conv_transpose2d"
    assert E.linear(x.reshape(2, -1), np.ones((4, 126), wdtype), np.ones(4, bdtype)).dtype == expected, "linear"


def test_backward_float32_stays_float32():
    x32, w32 = X.astype(np.float32), np.ones((2, 3, 3, 3), np.float32)
    g32 = np.ones((2, 2, 5, 4), np.float32)
    gx, gw, gb = E.conv2d_backward(g32, x32, w32, np.zeros(2, np.float32))
    assert gx.dtype == gw.dtype == gb.dtype == np.float32
    assert E.max_pool2d_backward(np.ones((2, 3, 3, 3), np.float32), x32, 2).dtype == np.float32
    assert E.relu_backward(np.ones(X.shape, np.float32), x32).dtype == np.float32
    gx, gw, _ = E.conv2d_backward(g32, x32.astype(np.float64), w32)
    assert gx.dtype == gw.dtype == np.float64


X32 = X.astype(np.float32)
W32 = np.ones((2, 3, 3, 3), np.float32)
BACKWARDS = {
    "conv2d_backward": lambda g: E.conv2d_backward(g, X32, W32)[:2],
    "conv_transpose2d_backward": lambda g: E.conv_transpose2d_backward(g, X32, np.ones((3, 2, 2, 2), np.float32))[:2],
    "max_pool2d_backward": lambda g: [E.max_pool2d_backward(g, X32, 2)],
    "avg_pool2d_backward": lambda g: [E.avg_pool2d_backward(g, X32, 2)],
    "relu_backward": lambda g: [E.relu_backward(g, X32)],
    "linear_backward": lambda g: E.linear_backward(g, X32[:, 0, 0], np.ones((4, 6), np.float32))[:2],
}
GRAD_SHAPES = {
    "conv2d_backward": (2, 2, 5, 4),
    "conv_transpose2d_backward": (2, 2, 8, 7),
    "max_pool2d_backward": (2, 3, 3, 3),
    "avg_pool2d_backward": (2, 3, 3, 3),
    "relu_backward": X.shape,
    "linear_backward": (2, 4),
}


@pytest.mark.parametrize("name", sorted(BACKWARDS))
def test_float64_grad_output_promotes(name):
    """Contract: results are float64 when *anything* is float64 (here grad_output)."""
    outs = BACKWARDS[name](np.ones(GRAD_SHAPES[name]))
    assert [o.dtype for o in outs] == [np.float64] * len(outs)


@pytest.mark.parametrize("name", sorted(UNARY))
@pytest.mark.parametrize("rank", [3, 4])
def test_rank_round_trip(name, rank):
    fn, _ = UNARY[name]
    x4 = X[:1]
    full = fn(x4)
    x = x4[0] if rank == 3 else x4
    out = fn(x)
    assert out.ndim == rank
    np.testing.assert_allclose(out, full[0] if rank == 3 else full, rtol=1e-12)


@pytest.mark.parametrize("name", ["max_pool2d", "avg_pool2d", "relu", "sigmoid"])
def test_rank_2d_round_trip(name):
    fn, oracle = UNARY[name]
    x = X[0, 0]
    out = fn(x)
    assert out.ndim == 2
    np.testing.assert_allclose(out, oracle(x[None, None])[0, 0] if "pool" in name else oracle(x), rtol=1e-12)


def test_conv_transpose_2d_input():
    x, k = X[0, 0], RNG.standard_normal((1, 1, 3, 2))
    out = E.conv_transpose2d(x, k, stride=2)
    assert out.ndim == 2
    np.testing.assert_allclose(out, ref.conv_transpose2d(x[None, None], k, stride=2)[0, 0], atol=1e-12)


def test_backward_rank_round_trip_3d():
    x, w = X[0], RNG.standard_normal((4, 3, 3, 3))
    G = RNG.standard_normal((4, 5, 4))
    gx, gw, gb = E.conv2d_backward(G, x, w)
    gx4, gw4, gb4 = E.conv2d_backward(G[None], x[None], w)
    assert gx.shape == x.shape and gw.shape == w.shape
    np.testing.assert_allclose(gx, gx4[0], rtol=1e-12)
    np.testing.assert_allclose(gw, gw4, rtol=1e-12)
    assert E.max_pool2d_backward(np.ones((3, 3, 3)), x, 2).shape == x.shape


def test_non_contiguous_and_read_only_inputs():
    base = RNG.standard_normal((6, 9, 3, 2))
    x = base.transpose(3, 2, 0, 1)[:, :, ::-1, ::2]  # (2, 3, 6, 5), negative and non-unit strides
    assert not x.flags.c_contiguous
    w = RNG.standard_normal((3, 4, 2, 2)).transpose(1, 0, 3, 2)[:, :, ::-1]
    w.setflags(write=False)
    xc = np.ascontiguousarray(x)
    kw = dict(stride=2, padding=((1, 0), (2, 1)), dilation=(1, 2), padding_mode="reflect")
    np.testing.assert_allclose(E.conv2d(x, w, **kw), ref.conv2d(xc, w, **kw), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(E.max_pool2d(x, 2, 1), ref.max_pool2d(xc, 2, 1), rtol=1e-12)
    G = RNG.standard_normal(ref.conv2d(xc, w, **kw).shape)[:, :, ::-1]
    gx, gw, _ = E.conv2d_backward(G, x, w, **kw)
    gxc, gwc, _ = E.conv2d_backward(np.ascontiguousarray(G), xc, np.ascontiguousarray(w), **kw)
    np.testing.assert_allclose(gx, gxc, rtol=1e-12)
    np.testing.assert_allclose(gw, gwc, rtol=1e-12)
