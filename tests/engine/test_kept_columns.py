"""A training step's convolution builds its im2col columns once: the forward pass keeps them
(``conv2d_keeping_columns``, ``Conv2d`` in training mode) and the backward pass takes dW and db
from them. Every result against the loop reference and the path that keeps nothing; the
columns used only by the backward of the very input they were built from, dropped after it,
never kept in evaluation."""

from __future__ import annotations

import numpy as np
import pytest

from convviz import engine as E
from convviz.engine import _dispatch, _flat, _taps, reference as ref
from convviz.engine.conv import conv2d_keeping_columns
from tests.conftest import reference_library

RNG = np.random.default_rng(47)

# (x shape, weight shape, options): each takes the GEMM path, so its columns are kept
CASES = {
    "stride 1, SAME": ((3, 2, 9, 10), (4, 2, 3, 3), dict(padding=1)),
    "LeNet-5's first layer": ((4, 1, 12, 12), (6, 1, 5, 5), dict(padding=2)),
    "LeNet-5's second layer": ((4, 6, 7, 7), (16, 6, 3, 3), dict()),
    "stride 2": ((2, 3, 11, 12), (5, 3, 3, 3), dict(stride=2, padding=1)),
    "stride and dilation per axis": ((2, 2, 13, 11), (3, 2, 3, 2), dict(stride=(2, 1), dilation=(1, 2))),
    "two groups, reflect": (
        (2, 4, 8, 9),
        (6, 2, 3, 3),
        dict(groups=2, padding=((1, 0), (2, 1)), padding_mode="reflect"),
    ),
    "circular, asymmetric SAME": ((2, 2, 7, 8), (3, 2, 2, 3), dict(padding="same", padding_mode="circular")),
    "uncovered inputs": ((2, 2, 8, 7), (3, 2, 2, 2), dict(stride=3)),
    "5 rows, strided and dilated": ((2, 2, 17, 15), (3, 2, 5, 3), dict(stride=(2, 1), dilation=(1, 2), padding=1)),
    "7 rows, two groups": ((2, 4, 12, 11), (4, 2, 7, 2), dict(groups=2, stride=(1, 2), padding=((3, 2), (0, 1)))),
}


@pytest.mark.parametrize("two_pass_from", [1, 5, 99], ids=["two passes", "as shipped", "one pass"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_frames_columns_in_two_passes_equal_the_tap_by_tap_ones(name, two_pass_from, monkeypatch):
    monkeypatch.setattr(_taps, "_TWO_PASS_MIN_ROWS", two_pass_from)
    x, w, _, options = _case(name)
    groups = options.get("groups", 1)
    geo = E.ConvGeometry.resolve(
        x.shape[2:], w.shape[2:], options.get("stride", 1), options.get("padding", 0), options.get("dilation", 1)
    )
    xp = E.pad(x, geo.pads, options.get("padding_mode", "zeros"))
    n, c = x.shape[:2]
    xg = xp.reshape(n, groups, c // groups, *xp.shape[2:])
    shape = (n, groups, c // groups, *w.shape[2:], *geo.out_hw)
    want = _taps.fill_columns(
        np.empty(shape), _taps.taps(xg, 0, geo.out_hw[0], geo.out_hw[1], geo.stride, geo.dilation)
    )
    got = _taps.fill_frame_columns(np.full(shape, np.nan), xg, geo.stride, geo.dilation)
    np.testing.assert_array_equal(got, want)
    for i, j in ((0, 0), (w.shape[2] - 1, w.shape[3] - 1)):  # the first and last taps, by hand
        rows = i * geo.dilation[0] + geo.stride[0] * np.arange(geo.out_hw[0])
        cols = j * geo.dilation[1] + geo.stride[1] * np.arange(geo.out_hw[1])
        np.testing.assert_array_equal(got[:, :, :, i, j], xg[..., rows[:, None], cols[None, :]])


def _case(name, dtype=np.float64):
    x_shape, w_shape, options = CASES[name]
    x = RNG.standard_normal(x_shape).astype(dtype)
    w = RNG.standard_normal(w_shape).astype(dtype)
    b = RNG.standard_normal(w_shape[0]).astype(dtype)
    return x, w, b, options


@pytest.fixture
def builds(monkeypatch):
    """How many im2col fills each layout ran during the test: {"strided": n, "flat": n}."""
    counts = {"strided": 0, "flat": 0}
    for module, name in ((_taps, "strided"), (_flat, "flat")):
        real = module.fill_columns

        def spy(*args, _real=real, _name=name):
            counts[_name] += 1
            return _real(*args)

        monkeypatch.setattr(module, "fill_columns", spy)
    return counts


@pytest.mark.parametrize("bias", [True, False], ids=["bias", "no bias"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_gradients_from_kept_columns_match_the_loop_reference_and_the_path_that_keeps_none(name, bias, builds):
    x, w, b, options = _case(name)
    b = b if bias else None
    y, kept = conv2d_keeping_columns(x, w, b, **options)
    assert kept is not None
    np.testing.assert_allclose(y, ref.conv2d(x, w, b, **options), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(y, E.conv2d(x, w, b, **options), rtol=1e-12, atol=1e-12)
    g = RNG.standard_normal(y.shape)
    want = ref.conv2d_backward(g, x, w, b, **options)
    plain = E.conv2d_backward(g, x, w, b, **options)
    builds.update(strided=0, flat=0)
    got = E.conv2d_backward(g, x, w, b, **options, columns=kept)
    assert builds == {"strided": 0, "flat": 0}  # dW and db came from the kept columns
    for a, r, p in zip(got, want, plain, strict=True):
        np.testing.assert_allclose(a, r, rtol=1e-9, atol=1e-10)
        np.testing.assert_allclose(a, p, rtol=1e-10, atol=1e-11)
    dw, db = E.conv2d_weight_grad(g, x, w, **options, columns=kept)
    assert builds == {"strided": 0, "flat": 0}
    np.testing.assert_allclose(dw, want[1], rtol=1e-9, atol=1e-10)
    np.testing.assert_allclose(db, want[2], rtol=1e-9, atol=1e-10)


def test_float32_from_kept_columns_matches_torch():
    torch = reference_library("torch")
    x, w, b, options = _case("LeNet-5's second layer", np.float32)
    y, kept = conv2d_keeping_columns(x, w, b, **options)
    g = RNG.standard_normal(y.shape).astype(np.float32)
    dx, dw, db = E.conv2d_backward(g, x, w, b, **options, columns=kept)
    assert y.dtype == dx.dtype == dw.dtype == db.dtype == np.float32
    tx, tw, tb = (torch.from_numpy(a.copy()).requires_grad_(True) for a in (x, w, b))
    ty = torch.nn.functional.conv2d(tx, tw, tb)
    ty.backward(torch.from_numpy(g))
    np.testing.assert_allclose(y, ty.detach().numpy(), rtol=1e-4, atol=1e-4)
    for ours, theirs in ((dx, tx), (dw, tw), (db, tb)):
        np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-4, atol=1e-4)


def test_columns_of_another_input_geometry_or_dtype_are_ignored(builds):
    x, w, b, options = _case("stride 1, SAME")
    _, kept = conv2d_keeping_columns(x, w, b, **options)
    g = RNG.standard_normal((x.shape[0], w.shape[0], *x.shape[2:]))
    other = x.copy()  # equal values, another array: its columns are not known to be these
    x32, w32 = x.astype(np.float32), w.astype(np.float32)
    _, kept32 = conv2d_keeping_columns(x32, w32, b.astype(np.float32), **options)
    cases = [
        (kept, other, w, options),
        (kept, x, w, dict(padding=1, padding_mode="replicate")),  # the same shapes, other padding
        (kept32, x32, w32, options),  # a float64 dY: the backward computes in float64
    ]
    for columns, xx, ww, opts in cases:
        builds.update(strided=0, flat=0)
        got = E.conv2d_backward(g, xx, ww, b, **opts, columns=columns)
        assert builds["flat"] == 1, opts  # built its own
        for a, r in zip(got, ref.conv2d_backward(g, xx, ww, b, **opts), strict=True):
            assert a.dtype == np.float64
            np.testing.assert_allclose(a, r, rtol=1e-9, atol=1e-10)


def test_nothing_is_kept_where_the_path_builds_no_columns_or_they_would_not_fit(monkeypatch):
    x = RNG.standard_normal((1, 1, 130, 128))
    _, kept = conv2d_keeping_columns(x, RNG.standard_normal((1, 1, 3, 3)), padding=1)  # axpy
    assert kept is None
    _, kept = conv2d_keeping_columns(x, RNG.standard_normal((1, 1, 3, 3)), stride=2)  # shift-and-add
    assert kept is None
    x, w, b, options = _case("stride 2")
    _, kept = conv2d_keeping_columns(x, w, b, **options)
    assert kept is not None
    monkeypatch.setattr(_taps, "KEPT_COLS_BYTES", kept.cols.nbytes - 1)
    y, kept = conv2d_keeping_columns(x, w, b, **options)
    assert kept is None
    np.testing.assert_allclose(y, ref.conv2d(x, w, b, **options), rtol=1e-10, atol=1e-10)


def _layer(training):
    layer = E.Conv2d(2, 4, 3, padding=1, seed=5)
    layer.training = training
    return layer


def _reference_grads(layer, g, x):
    w, b = layer.params["weight"], layer.params["bias"]
    return ref.conv2d_backward(g, x, w, b, padding=1)


def test_a_layer_in_training_keeps_columns_until_its_backward_and_uses_them(builds):
    layer = _layer(training=True)
    x = RNG.standard_normal((3, 2, 8, 9))
    y = layer.forward(x)
    assert layer._kept is not None and layer._kept.cols.shape == (3, 1, 2 * 9 + 1, 8 * 9)
    g = RNG.standard_normal(y.shape)
    builds.update(strided=0, flat=0)
    dx = layer.backward(g, x)
    assert builds == {"strided": 0, "flat": 0}
    assert layer._kept is None  # freed: one backward per forward
    want = _reference_grads(layer, g, x)
    for got, r in zip((dx, layer.grads["weight"], layer.grads["bias"]), want, strict=True):
        np.testing.assert_allclose(got, r, rtol=1e-9, atol=1e-10)
    dx_again = layer.backward(g, x)  # a second backward builds its own columns, same answer
    assert builds["flat"] == 1
    np.testing.assert_allclose(dx_again, dx, rtol=1e-10, atol=1e-11)


def test_forward_forward_backward_never_uses_the_first_inputs_columns(builds):
    layer = _layer(training=True)
    x1, x2 = RNG.standard_normal((2, 3, 2, 8, 9))
    g = RNG.standard_normal((3, 4, 8, 9))
    layer.forward(x1)
    layer.forward(x2)  # replaces x1's columns
    layer.backward(g, x1)  # x1's gradients: x2's columns must not be used
    assert builds["flat"] == 1
    for got, r in zip((layer.grads["weight"], layer.grads["bias"]), _reference_grads(layer, g, x1)[1:], strict=True):
        np.testing.assert_allclose(got, r, rtol=1e-9, atol=1e-10)
    layer.forward(x1)
    layer.forward(x2)
    builds.update(strided=0, flat=0)
    layer.weight_backward(g, x2)  # the newest input's columns are used
    assert builds == {"strided": 0, "flat": 0}
    for got, r in zip((layer.grads["weight"], layer.grads["bias"]), _reference_grads(layer, g, x2)[1:], strict=True):
        np.testing.assert_allclose(got, r, rtol=1e-9, atol=1e-10)


def test_new_weights_between_the_passes_still_give_their_gradients():
    """The columns are the input's alone: dX follows the weights the backward is given."""
    layer = _layer(training=True)
    x = RNG.standard_normal((2, 2, 8, 9))
    y = layer.forward(x)
    layer.params["weight"] = layer.params["weight"] * 2 + 1
    g = RNG.standard_normal(y.shape)
    dx = layer.backward(g, x)
    want = _reference_grads(layer, g, x)
    for got, r in zip((dx, layer.grads["weight"], layer.grads["bias"]), want, strict=True):
        np.testing.assert_allclose(got, r, rtol=1e-9, atol=1e-10)


def test_evaluation_keeps_nothing_and_drops_what_training_kept(builds):
    layer = _layer(training=False)
    x = RNG.standard_normal((2, 2, 8, 9))
    y = layer.forward(x)
    assert layer._kept is None
    layer.training = True
    layer.forward(x)
    assert layer._kept is not None
    net = E.Sequential([layer])
    net.train(False)
    net.forward(x)  # an evaluation pass, as between training steps
    assert layer._kept is None
    g = RNG.standard_normal(y.shape)
    dx = layer.backward(g, x)
    assert builds["flat"] == 1
    np.testing.assert_allclose(dx, _reference_grads(layer, g, x)[0], rtol=1e-9, atol=1e-10)


def test_a_sequential_in_training_takes_the_same_gradients_as_in_evaluation(builds):
    layers = [
        E.Conv2d(1, 3, 5, padding=2, seed=1),
        E.Tanh(),
        E.AvgPool2d(2, 2),
        E.Conv2d(3, 4, 3, seed=2),
        E.ReLU(),
        E.Conv2d(4, 2, 3, stride=2, padding=1, seed=3),
        E.Flatten(),
    ]
    net = E.Sequential(layers)
    x = RNG.standard_normal((3, 1, 12, 12))
    g = RNG.standard_normal(net.forward(x).shape)
    grads = {}
    for mode in (False, True):
        net.train(mode)
        net.forward(x)
        builds.update(strided=0, flat=0)
        net.backward_weights(g)
        grads[mode] = [a.copy() for a in net.gradients()]
        # training: no columns built in the backward (only scatter for dX); evaluation: all three
        assert builds == ({"strided": 0, "flat": 0} if mode else {"strided": 1, "flat": 2}), mode
        assert all(layer._kept is None for layer in layers if isinstance(layer, E.Conv2d))
    for a, b in zip(grads[True], grads[False], strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-11)


def test_the_dispatcher_refuses_mixed_dtypes_with_kept_columns():
    cols = np.ones((1, 1, 10, 4), np.float32)
    with pytest.raises(TypeError, match="cast to one dtype"):
        _dispatch.conv_backward_from_columns(
            cols, (2, 2), ((0, 0), (0, 0)), "zeros", np.ones((1, 1, 2, 2)), np.ones((1, 1, 3, 3)), (1, 1), (1, 1), 1
        )
