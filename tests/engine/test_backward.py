"""Every backward against central differences (float64) of an independent forward, and against
the loop references' backward (convviz.engine.reference), which are held to the same differences."""

from __future__ import annotations

import numpy as np
import pytest

from convviz import engine as E
from convviz.engine import reference as ref
from tests.engine.gradcheck import assert_grad_close, distinct_values, numerical_grad

CONV_CASES = [
    dict(),
    dict(stride=2, padding=1),
    dict(stride=(2, 3), dilation=(2, 1), padding=((1, 0), (2, 1))),
    dict(stride=2, padding="same", k=(4, 4)),  # asymmetric SAME (extra at bottom/right)
    dict(stride=(1, 3), padding="same", k=(2, 3), dilation=(1, 2)),
    dict(groups=2, C=4, O=6, padding=1),
    dict(groups=4, C=4, O=4, padding=1, stride=2),  # depthwise
    dict(groups=2, C=2, O=4, padding=((0, 2), (1, 1)), padding_mode="reflect"),
    dict(padding=((1, 2), (2, 1)), padding_mode="reflect"),
    dict(padding=((1, 2), (2, 1)), padding_mode="replicate", stride=2),
    dict(padding=((2, 1), (0, 2)), padding_mode="circular"),
    dict(padding="same", padding_mode="circular", k=(2, 3)),
    dict(flip=True, padding=1),
    dict(flip=True, stride=2, dilation=2, padding=((2, 1), (1, 2)), padding_mode="replicate"),
    dict(stride=3, k=(2, 2), H=8, W=7),  # some input rows/cols feed no output: zero gradient there
]


def _conv_setup(case, seed):
    case = dict(case)
    rng = np.random.default_rng(seed)
    C, O = case.pop("C", 2), case.pop("O", 3)
    k = case.pop("k", (3, 3))
    H, W = case.pop("H", 6), case.pop("W", 5)
    groups = case.get("groups", 1)
    x = rng.standard_normal((2, C, H, W))
    w = rng.standard_normal((O, C // groups, *k))
    b = rng.standard_normal(O)
    return x, w, b, case


@pytest.mark.parametrize("case", CONV_CASES, ids=str)
def test_conv2d_backward(case):
    x, w, b, kw = _conv_setup(case, 0)
    G = np.random.default_rng(1).standard_normal(ref.conv2d(x, w, b, **kw).shape)
    gx, gw, gb = E.conv2d_backward(G, x, w, b, **kw)
    assert_grad_close(gx, numerical_grad(lambda a: ref.conv2d(a, w, b, **kw), x, G), name="grad_input")
    assert_grad_close(gw, numerical_grad(lambda a: ref.conv2d(x, a, b, **kw), w, G), name="grad_weight")
    assert_grad_close(gb, numerical_grad(lambda a: ref.conv2d(x, w, a, **kw), b, G), name="grad_bias")
    rx, rw, rb = ref.conv2d_backward(G, x, w, b, **kw)
    assert_grad_close(rx, numerical_grad(lambda a: ref.conv2d(a, w, b, **kw), x, G), name="reference grad_input")
    assert_grad_close(rw, numerical_grad(lambda a: ref.conv2d(x, a, b, **kw), w, G), name="reference grad_weight")
    for got, want in ((gx, rx), (gw, rw), (gb, rb)):
        np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-12)


def test_conv2d_backward_uncovered_inputs_get_zero_gradient():
    x, w, b, kw = _conv_setup(dict(stride=3, k=(2, 2), H=8, W=7), 2)
    G = np.ones(ref.conv2d(x, w, b, **kw).shape)
    gx, _, _ = E.conv2d_backward(G, x, w, b, **kw)
    # rows 2, 5 and cols 2, 5 are never touched by a 2-tap window starting at multiples of 3.
    assert np.all(gx[:, :, [2, 5], :] == 0) and np.all(gx[:, :, :, [2, 5, 6]] == 0)
    assert np.any(gx[:, :, [0, 1, 3, 4], :][:, :, :, [0, 1, 3, 4]] != 0)


@pytest.mark.parametrize("flip", [False, True])
def test_conv2d_backward_2d_rank(flip):
    rng = np.random.default_rng(3)
    x, k = rng.standard_normal((6, 7)), rng.standard_normal((3, 2))
    G = rng.standard_normal((6, 7))
    kw = dict(padding="same", flip=flip)
    gx, gk, _ = E.conv2d_backward(G, x, k, **kw)
    assert gx.shape == x.shape and gk.shape == k.shape

    def f(xx, kk):
        return ref.conv2d(xx[None, None], kk[None, None], **kw)[0, 0]

    assert_grad_close(gx, numerical_grad(lambda a: f(a, k), x, G))
    assert_grad_close(gk, numerical_grad(lambda a: f(x, a), k, G))


TRANSPOSE_CASES = [
    dict(),
    dict(stride=2),
    dict(stride=2, padding=1, output_padding=1),
    dict(stride=(3, 2), padding=(1, 0), output_padding=(2, 1), dilation=(1, 2)),
    dict(groups=2, C=4, O=6, stride=2, padding=1),
    dict(dilation=2, padding=2, output_padding=1),
]


@pytest.mark.parametrize("case", TRANSPOSE_CASES, ids=str)
def test_conv_transpose2d_backward(case):
    case = dict(case)
    rng = np.random.default_rng(4)
    C, O = case.pop("C", 2), case.pop("O", 3)
    g = case.get("groups", 1)
    x = rng.standard_normal((2, C, 4, 3))
    w = rng.standard_normal((C, O // g, 3, 2))
    b = rng.standard_normal(O)
    G = rng.standard_normal(ref.conv_transpose2d(x, w, b, **case).shape)
    gx, gw, gb = E.conv_transpose2d_backward(G, x, w, b, **case)
    assert_grad_close(gx, numerical_grad(lambda a: ref.conv_transpose2d(a, w, b, **case), x, G))
    assert_grad_close(gw, numerical_grad(lambda a: ref.conv_transpose2d(x, a, b, **case), w, G))
    assert_grad_close(gb, G.sum(axis=(0, 2, 3)))
    rx, rw, rb = ref.conv_transpose2d_backward(G, x, w, b, **case)
    assert_grad_close(rx, numerical_grad(lambda a: ref.conv_transpose2d(a, w, b, **case), x, G), name="reference")
    assert_grad_close(rw, numerical_grad(lambda a: ref.conv_transpose2d(x, a, b, **case), w, G), name="reference")
    for got, want in ((gx, rx), (gw, rw), (gb, rb)):
        np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-12)


POOL_CASES = [
    dict(kernel_size=2),
    dict(kernel_size=3, stride=2, padding=1),
    dict(kernel_size=(3, 2), stride=(2, 1), padding=(1, 1)),
    dict(kernel_size=3, stride=2, ceil_mode=True),
    dict(kernel_size=2, stride=3, padding=1, ceil_mode=True),
    dict(kernel_size=3, stride=1),  # heavily overlapping windows accumulate
]


@pytest.mark.parametrize(
    "case",
    POOL_CASES
    + [dict(kernel_size=2, dilation=2, stride=1), dict(kernel_size=3, dilation=(2, 1), padding=1, ceil_mode=True)],
    ids=str,
)
def test_max_pool2d_backward(case):
    rng = np.random.default_rng(5)
    x = distinct_values(rng, (2, 2, 7, 8))
    G = rng.standard_normal(ref.max_pool2d(x, **case).shape)
    got = E.max_pool2d_backward(G, x, **case)
    assert_grad_close(got, numerical_grad(lambda a: ref.max_pool2d(a, **case), x, G))
    np.testing.assert_allclose(got, ref.max_pool2d_backward(G, x, **case), rtol=1e-12, atol=1e-15)  # sum order
    pooled, arg = E.max_pool2d_argmax(x, **case)
    ref_pooled, ref_arg = ref.max_pool2d_argmax(x, **case)
    np.testing.assert_array_equal(pooled, ref_pooled)
    np.testing.assert_array_equal(arg, ref_arg)
    # The winners kept from the forward pass (as torch keeps its indices) give the same gradient.
    kept = E.max_pool2d_backward(G, x, **case, argmax=arg)
    np.testing.assert_allclose(kept, ref.max_pool2d_backward(G, x, **case), rtol=1e-12, atol=1e-15)


def test_max_pool2d_backward_ties_go_to_first_maximum():
    x = np.array([[[[1.0, 3.0, 3.0], [3.0, 0.0, 3.0], [2.0, 2.0, 2.0]]]])
    G = np.ones((1, 1, 2, 2))
    got = E.max_pool2d_backward(G, x, kernel_size=2, stride=1)
    # windows (row-major): (0,0)->first 3 at (0,1); (0,1)->(0,1); (1,0)->(1,0); (1,1)->(1,2)
    expected = np.zeros((1, 1, 3, 3))
    expected[0, 0, 0, 1] = 2
    expected[0, 0, 1, 0] = 1
    expected[0, 0, 1, 2] = 1
    np.testing.assert_array_equal(got, expected)
    np.testing.assert_array_equal(ref.max_pool2d_backward(G, x, kernel_size=2, stride=1), expected)
    flat = E.max_pool2d_backward(np.ones((1, 1, 1, 1)), np.zeros((1, 1, 2, 2)), kernel_size=2)
    np.testing.assert_array_equal(flat, [[[[1, 0], [0, 0]]]])
    ref_flat = ref.max_pool2d_backward(np.ones((1, 1, 1, 1)), np.zeros((1, 1, 2, 2)), kernel_size=2)
    np.testing.assert_array_equal(ref_flat, [[[[1, 0], [0, 0]]]])


@pytest.mark.parametrize("case", POOL_CASES, ids=str)
@pytest.mark.parametrize("count_include_pad", [True, False])
def test_avg_pool2d_backward(case, count_include_pad):
    rng = np.random.default_rng(6)
    x = rng.standard_normal((2, 2, 7, 8))
    kw = dict(case, count_include_pad=count_include_pad)
    G = rng.standard_normal(ref.avg_pool2d(x, **kw).shape)
    got = E.avg_pool2d_backward(G, x, **kw)
    assert_grad_close(got, numerical_grad(lambda a: ref.avg_pool2d(a, **kw), x, G))
    want = ref.avg_pool2d_backward(G, x, **kw)
    assert_grad_close(want, numerical_grad(lambda a: ref.avg_pool2d(a, **kw), x, G), name="reference")
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)


def test_global_pool_backward():
    rng = np.random.default_rng(7)
    x = distinct_values(rng, (2, 3, 4, 5))
    G = rng.standard_normal((2, 3, 1, 1))
    assert_grad_close(
        E.global_avg_pool2d_backward(G, x), numerical_grad(lambda a: a.mean(axis=(2, 3), keepdims=True), x, G)
    )
    assert_grad_close(
        E.global_max_pool2d_backward(G, x), numerical_grad(lambda a: a.max(axis=(2, 3), keepdims=True), x, G)
    )
    for name in ("global_avg_pool2d", "global_max_pool2d"):
        np.testing.assert_allclose(getattr(E, name)(x), getattr(ref, name)(x), rtol=1e-12)
        want = getattr(ref, f"{name}_backward")(G, x)
        assert_grad_close(want, numerical_grad(getattr(ref, name), x, G), name=f"reference {name}_backward")
        np.testing.assert_allclose(getattr(E, f"{name}_backward")(G, x), want, rtol=1e-12)


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


ACT_REFS = {
    "relu": (lambda a: np.where(a > 0, a, 0.0), {}),
    "leaky_relu": (lambda a: np.where(a > 0, a, 0.01 * a), {}),
    "sigmoid": (_sigmoid, {}),
    "tanh": (np.tanh, {}),
}


@pytest.mark.parametrize("name", sorted(ACT_REFS))
def test_activation_forward_and_backward(name):
    rng = np.random.default_rng(8)
    x = distinct_values(rng, (2, 3, 4, 4), spread=6.0)
    G = rng.standard_normal(x.shape)
    f, _ = ACT_REFS[name]
    fwd, bwd = getattr(E, name), getattr(E, f"{name}_backward")
    np.testing.assert_allclose(fwd(x), f(x), rtol=1e-12, atol=1e-15)
    num = numerical_grad(f, x, G)
    assert_grad_close(bwd(G, x), num, rtol=1e-6)
    np.testing.assert_allclose(E.activation(name, x), f(x), rtol=1e-12, atol=1e-15)
    assert_grad_close(E.activation_backward(name, G, x), num, rtol=1e-6)


@pytest.mark.parametrize("slope", [0.2, 0.0, 1.5])
def test_leaky_relu_slope(slope):
    rng = np.random.default_rng(9)
    x = distinct_values(rng, (3, 7), spread=4.0)
    G = rng.standard_normal(x.shape)
    f = lambda a: np.where(a > 0, a, slope * a)  # noqa: E731
    np.testing.assert_allclose(E.leaky_relu(x, negative_slope=slope), f(x))
    assert_grad_close(E.leaky_relu_backward(G, x, negative_slope=slope), numerical_grad(f, x, G))


def test_activation_none_is_identity():
    x = np.random.default_rng(10).standard_normal((2, 3))
    G = np.random.default_rng(11).standard_normal((2, 3))
    np.testing.assert_array_equal(E.activation("none", x), x)
    np.testing.assert_array_equal(E.activation_backward("none", G, x), G)


def test_sigmoid_is_stable_for_large_inputs():
    out = E.sigmoid(np.array([-1000.0, -50.0, 0.0, 50.0, 1000.0]))
    assert np.all(np.isfinite(out))
    np.testing.assert_allclose(out, [0.0, _sigmoid(-50.0), 0.5, _sigmoid(50.0), 1.0], atol=1e-15)


@pytest.mark.parametrize("rate,seed", [(0.5, 0), (0.2, 123), (0.8, 7)])
def test_dropout_forward_mask_and_backward(rate, seed):
    rng = np.random.default_rng(12)
    x = rng.standard_normal((2, 3, 5, 5))
    G = rng.standard_normal(x.shape)
    kept = np.asarray(E.dropout_mask(x.shape, rate, seed)).astype(bool)
    assert kept.shape == x.shape
    assert 0 < kept.sum() < kept.size  # some dropped, some kept
    expected = np.where(kept, x / (1 - rate), 0.0)
    np.testing.assert_allclose(E.dropout(x, rate, seed), expected, rtol=1e-12)
    np.testing.assert_allclose(E.dropout(x, rate, seed), E.dropout(x, rate, seed))  # reproducible
    num = numerical_grad(lambda a: E.dropout(a, rate, seed), x, G)
    assert_grad_close(E.dropout_backward(G, rate, seed), num)
    assert_grad_close(E.dropout_backward(G, rate, seed), np.where(kept, G / (1 - rate), 0.0))


def test_dropout_eval_mode_is_identity_and_seed_matters():
    x = np.random.default_rng(13).standard_normal((4, 50))
    np.testing.assert_array_equal(E.dropout(x, 0.5, 1, training=False), x)
    np.testing.assert_array_equal(E.dropout_backward(x, 0.5, 1, training=False), x)
    assert not np.array_equal(E.dropout_mask(x.shape, 0.5, 1), E.dropout_mask(x.shape, 0.5, 2))


@pytest.mark.parametrize(
    "start_dim,shape,out", [(1, (2, 3, 4, 5), (2, 60)), (0, (2, 3, 4), (24,)), (2, (2, 3, 4, 5), (2, 3, 20))]
)
def test_flatten_forward_backward(start_dim, shape, out):
    rng = np.random.default_rng(14)
    x = rng.standard_normal(shape)
    y = E.flatten(x, start_dim=start_dim)
    assert y.shape == out
    np.testing.assert_array_equal(y.reshape(-1), x.reshape(-1))
    G = rng.standard_normal(out)
    assert_grad_close(E.flatten_backward(G, x.shape), numerical_grad(lambda a: a.reshape(out), x, G))


def test_linear_forward_backward():
    rng = np.random.default_rng(15)
    x, w, b = rng.standard_normal((4, 6)), rng.standard_normal((3, 6)), rng.standard_normal(3)

    def f(xx, ww, bb):
        out = np.zeros((xx.shape[0], ww.shape[0]))
        for n in range(xx.shape[0]):
            for o in range(ww.shape[0]):
                out[n, o] = sum(xx[n, i] * ww[o, i] for i in range(ww.shape[1])) + bb[o]
        return out

    np.testing.assert_allclose(E.linear(x, w, b), f(x, w, b), rtol=1e-12)
    np.testing.assert_allclose(E.linear(x, w), f(x, w, np.zeros(3)), rtol=1e-12)
    G = rng.standard_normal((4, 3))
    gx, gw, gb = E.linear_backward(G, x, w)
    assert_grad_close(gx, numerical_grad(lambda a: f(a, w, b), x, G))
    assert_grad_close(gw, numerical_grad(lambda a: f(x, a, b), w, G))
    assert_grad_close(gb, numerical_grad(lambda a: f(x, w, a), b, G))
