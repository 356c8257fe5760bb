"""SAME / VALID pooling as TensorFlow and Keras define it: output ⌈in / stride⌉ (VALID: the
windows that fit), the odd extra padding at the bottom/right, padded cells never win a max and
are not counted in an average. Checked against a loop written here from the formula, against
the engine's slow reference, against torch on an explicitly padded input, and the backward
against central differences."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from convviz import engine
from convviz.engine import reference
from convviz.engine.pool import pool_geometry
from tests.conftest import reference_library
from tests.engine.gradcheck import assert_grad_close, distinct_values, numerical_grad


def tf_loop_pool(x: np.ndarray, k: int, s: int, padding: str, op: str) -> np.ndarray:
    """TensorFlow's rule, written out cell by cell from its documented formula: out = ⌈n/s⌉
    (SAME) or ⌈(n − k + 1)/s⌉ (VALID); pad_total = max((out − 1)·s + k − n, 0), pad_top =
    pad_total // 2. A window's value reads only the cells inside the input."""
    n_h, n_w = x.shape[-2:]
    outs, tops = [], []
    for n in (n_h, n_w):
        out = math.ceil(n / s) if padding == "same" else math.ceil((n - k + 1) / s)
        total = max((out - 1) * s + k - n, 0) if padding == "same" else 0
        outs.append(out)
        tops.append(total // 2)
    result = np.zeros((*x.shape[:-2], *outs))
    for y in range(outs[0]):
        for xx in range(outs[1]):
            r0, c0 = y * s - tops[0], xx * s - tops[1]
            rows = [r for r in range(r0, r0 + k) if 0 <= r < n_h]
            cols = [c for c in range(c0, c0 + k) if 0 <= c < n_w]
            block = x[..., rows, :][..., cols]
            if op == "max":
                result[..., y, xx] = block.max(axis=(-2, -1))
            else:
                result[..., y, xx] = block.sum(axis=(-2, -1)) / (len(rows) * len(cols))
    return result


SIZES = [(5, 2, 2), (4, 4, 1), (7, 3, 2), (6, 3, 3), (1, 3, 1), (5, 5, 2), (9, 2, 3), (8, 3, 1)]


@pytest.mark.parametrize(("n", "k", "s"), SIZES)
@pytest.mark.parametrize("padding", ["same", "valid"])
def test_forward_matches_the_formula_loop_and_the_reference(n, k, s, padding):
    if padding == "valid" and k > n:
        pytest.raises(ValueError, engine.max_pool2d, np.zeros((n, n)), k, s, padding=padding)
        return
    rng = np.random.default_rng(n * 100 + k * 10 + s)
    x = rng.normal(size=(2, 3, n, n + 2))
    for op, fast, slow in (
        ("max", engine.max_pool2d, lambda *a: reference.max_pool2d_tf(*a)[0]),
        ("avg", engine.avg_pool2d, reference.avg_pool2d_tf),
    ):
        got = fast(x, k, s, padding=padding)
        expected = tf_loop_pool(x, k, s, padding, op)
        np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-12, err_msg=op)
        np.testing.assert_allclose(got, slow(x, k, s, padding), rtol=1e-12, atol=1e-12, err_msg=op)


@pytest.mark.parametrize(("n", "s"), [(7, 1), (7, 2), (8, 3), (1, 2), (13, 4)])
def test_same_output_is_ceil_of_input_over_stride_with_the_extra_pad_at_the_bottom(n, s):
    for k in (1, 2, 3, 4, 5):
        geo = pool_geometry((n, n + 1), k, s, padding="same")
        assert geo.out_hw == (-(-n // s), -(-(n + 1) // s))
        assert engine.pool2d_output_hw((n, n + 1), k, s, padding="same") == geo.out_hw
        for a, size in enumerate((n, n + 1)):
            top, bottom = geo.pads[a]
            total = max((geo.out_hw[a] - 1) * s + k - size, 0)
            assert (top + bottom, bottom - top) == (total, total % 2)


def test_padding_never_wins_a_max_and_is_not_counted_in_an_average():
    x = -np.arange(1.0, 26.0).reshape(5, 5)  # all negative: a zero pad would win every border max
    got = engine.max_pool2d(x, 2, 2, padding="same")
    assert got.shape == (3, 3)
    assert got[2, 2] == x[4, 4]  # the last window holds one real cell and three pads
    assert got[0, 2] == x[0, 4] and got[2, 0] == x[4, 0]
    avg = engine.avg_pool2d(x, 2, 2, padding="same")
    assert avg[2, 2] == x[4, 4] and avg[0, 2] == (x[0, 4] + x[1, 4]) / 2
    assert np.all(got < 0)


def test_argmax_names_the_winning_cell_through_the_geometry():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(7, 6))
    pooled, t = engine.max_pool2d_argmax(x, 3, 2, padding="same")
    _, t_ref = reference.max_pool2d_tf(x[None, None], 3, 2, "same")
    np.testing.assert_array_equal(t, t_ref[0, 0])
    geo = pool_geometry(x.shape, 3, 2, padding="same")
    for (py, px), offset in np.ndenumerate(t):
        r, c = geo.tap_cell(py, px, offset)
        assert x[r, c] == pooled[py, px]
        rows, cols = geo.block(py, px)
        assert x[np.ix_(list(rows), list(cols))].max() == pooled[py, px]


@pytest.mark.parametrize(("n", "k", "s"), [(5, 2, 2), (6, 3, 2), (4, 4, 1), (7, 3, 3)])
@pytest.mark.parametrize("padding", ["same", "valid"])
def test_backward_against_central_differences_and_the_reference(n, k, s, padding):
    rng = np.random.default_rng(7)
    x = distinct_values(rng, (1, 2, n, n + 1))
    out = engine.max_pool2d(x, k, s, padding=padding)
    g = rng.normal(size=out.shape)
    dx = engine.max_pool2d_backward(g, x, k, s, padding=padding)
    assert_grad_close(dx, numerical_grad(lambda v: engine.max_pool2d(v, k, s, padding=padding), x, g), name="max")
    np.testing.assert_allclose(dx, reference.max_pool2d_tf_backward(g, x, k, s, padding), atol=1e-12)
    _, arg = engine.max_pool2d_argmax(x, k, s, padding=padding)
    np.testing.assert_allclose(engine.max_pool2d_backward(g, x, k, s, padding=padding, argmax=arg), dx)
    da = engine.avg_pool2d_backward(g, x, k, s, padding=padding)
    assert_grad_close(da, numerical_grad(lambda v: engine.avg_pool2d(v, k, s, padding=padding), x, g), name="avg")
    np.testing.assert_allclose(da, reference.avg_pool2d_tf_backward(g, x, k, s, padding), atol=1e-12)


def _torch_tf_pool(torch, x, k, s, padding, op):
    """TensorFlow's pooling in torch: pad explicitly by TensorFlow's rule (with −inf for a max),
    then pool without padding; an average divides by the real cells (the pooled mask of ones)."""
    F = torch.nn.functional
    n_h, n_w = x.shape[-2:]
    pads = []
    for n in (n_w, n_h):  # F.pad takes the last axis first
        out = math.ceil(n / s) if padding == "same" else math.ceil((n - k + 1) / s)
        total = max((out - 1) * s + k - n, 0) if padding == "same" else 0
        pads += [total // 2, total - total // 2]
    if op == "max":
        return F.max_pool2d(F.pad(x, pads, value=-math.inf), k, s)
    ones = torch.ones_like(x)
    return F.avg_pool2d(F.pad(x, pads), k, s) / F.avg_pool2d(F.pad(ones, pads), k, s)


@pytest.mark.parametrize(("n", "k", "s"), [(5, 2, 2), (7, 3, 2), (4, 4, 1), (10, 3, 3), (6, 5, 2)])
@pytest.mark.parametrize("padding", ["same", "valid"])
@pytest.mark.parametrize("op", ["max", "avg"])
def test_forward_and_backward_against_torch_on_an_explicitly_padded_input(n, k, s, padding, op):
    torch = reference_library("torch")
    rng = np.random.default_rng(11)
    x = distinct_values(rng, (2, 3, n, n + 3))
    xt = torch.tensor(x, requires_grad=True)
    yt = _torch_tf_pool(torch, xt, k, s, padding, op)
    g = rng.normal(size=tuple(yt.shape))
    (yt * torch.tensor(g)).sum().backward()
    forward = engine.max_pool2d if op == "max" else engine.avg_pool2d
    backward = engine.max_pool2d_backward if op == "max" else engine.avg_pool2d_backward
    np.testing.assert_allclose(forward(x, k, s, padding=padding), yt.detach().numpy(), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(backward(g, x, k, s, padding=padding), xt.grad.numpy(), rtol=1e-12, atol=1e-12)


@settings(max_examples=60, deadline=None)
@given(
    h=st.integers(1, 12),
    w=st.integers(1, 12),
    kh=st.integers(1, 5),
    kw=st.integers(1, 5),
    sh=st.integers(1, 4),
    sw=st.integers(1, 4),
    seed=st.integers(0, 2**16),
)
def test_property_same_pooling_matches_the_reference_forward_and_backward(h, w, kh, kw, sh, sw, seed):
    rng = np.random.default_rng(seed)
    x = distinct_values(rng, (1, 2, h, w)).astype(np.float32)
    out = engine.max_pool2d(x, (kh, kw), (sh, sw), padding="same")
    assert out.shape[2:] == (-(-h // sh), -(-w // sw)) and out.dtype == np.float32
    best, _ = reference.max_pool2d_tf(x, (kh, kw), (sh, sw), "same")
    np.testing.assert_array_equal(out, best.astype(np.float32))
    avg = engine.avg_pool2d(x, (kh, kw), (sh, sw), padding="same")
    np.testing.assert_allclose(avg, reference.avg_pool2d_tf(x, (kh, kw), (sh, sw), "same"), rtol=1e-5, atol=1e-6)
    g = rng.normal(size=out.shape).astype(np.float32)
    np.testing.assert_allclose(
        engine.max_pool2d_backward(g, x, (kh, kw), (sh, sw), padding="same"),
        reference.max_pool2d_tf_backward(g, x, (kh, kw), (sh, sw), "same"),
        rtol=1e-6,
        atol=1e-6,
    )
    np.testing.assert_allclose(
        engine.avg_pool2d_backward(g, x, (kh, kw), (sh, sw), padding="same"),
        reference.avg_pool2d_tf_backward(g, x, (kh, kw), (sh, sw), "same"),
        rtol=1e-5,
        atol=1e-6,
    )


def test_layers_and_summary_take_the_string_padding():
    pool = engine.MaxPool2d(2, 2, padding="same")
    assert pool.output_shape((20, 15, 15)) == (20, 8, 8)
    x = np.random.default_rng(0).normal(size=(1, 20, 15, 15))
    assert pool.forward(x).shape == (1, 20, 8, 8)
    avg = engine.AvgPool2d(3, 2, padding="same")
    np.testing.assert_allclose(avg.forward(x), tf_loop_pool(x, 3, 2, "same", "avg"), atol=1e-12)
    table = engine.summary([engine.Conv2d(3, 20, 3, padding=1), pool], (3, 15, 15))
    assert table.rows[-1].output_shape == (20, 8, 8)


def test_bad_combinations_are_refused_with_the_reason():
    with pytest.raises(ValueError, match="ceil_mode"):
        engine.max_pool2d(np.zeros((4, 4)), 2, padding="same", ceil_mode=True)
    with pytest.raises(ValueError, match="'same' or 'valid'"):
        engine.avg_pool2d(np.zeros((4, 4)), 2, padding="full")
    with pytest.raises(ValueError, match="padding only"):
        engine.max_pool2d(np.zeros((2, 2)), 2, 1, padding="same", dilation=3)


def test_numeric_padding_keeps_torch_semantics():
    """The existing behaviour: torch's symmetric padding, counted in an average by default."""
    x = np.arange(16.0).reshape(4, 4)
    assert engine.avg_pool2d(x, 2, 2, padding=1)[0, 0] == x[0, 0] / 4
    assert engine.avg_pool2d(x, 2, 2, padding=1, count_include_pad=False)[0, 0] == x[0, 0]
    assert engine.max_pool2d(x, 3, 2, padding=1).shape == (2, 2)


@pytest.mark.parametrize(("n", "k", "s", "d"), [(9, 2, 1, 2), (11, 3, 2, 2), (10, 2, 3, 3)])
def test_dilated_same_pooling_against_the_reference_and_torch(n, k, s, d):
    torch = reference_library("torch")
    rng = np.random.default_rng(13)
    x = distinct_values(rng, (1, 2, n, n + 1))
    got = engine.max_pool2d(x, k, s, padding="same", dilation=d)
    best, _ = reference.max_pool2d_tf(x, k, s, "same", d)
    np.testing.assert_array_equal(got, best)
    assert got.shape[2:] == (math.ceil(n / s), math.ceil((n + 1) / s))
    g = rng.normal(size=got.shape)
    dx = engine.max_pool2d_backward(g, x, k, s, padding="same", dilation=d)
    np.testing.assert_allclose(dx, reference.max_pool2d_tf_backward(g, x, k, s, "same", d), atol=1e-12)
    pads = []
    for size in (n + 1, n):  # TensorFlow's rule with the dilated span d·(k − 1) + 1
        total = max((math.ceil(size / s) - 1) * s + d * (k - 1) + 1 - size, 0)
        pads += [total // 2, total - total // 2]
    xt = torch.tensor(x, requires_grad=True)
    yt = torch.nn.functional.max_pool2d(torch.nn.functional.pad(xt, pads, value=-math.inf), k, s, dilation=d)
    (yt * torch.tensor(g)).sum().backward()
    np.testing.assert_array_equal(got, yt.detach().numpy())
    np.testing.assert_allclose(dx, xt.grad.numpy(), atol=1e-12)


def test_same_pooling_pads_as_the_convolutions_same_and_tensorflows_formula():
    """One SAME rule for pools and convolutions, checked against TensorFlow's formula written here."""
    for n in range(1, 14):
        for k in range(1, 6):
            for s in range(1, 5):
                for d in (1, 2):
                    out = math.ceil(n / s)
                    total = max((out - 1) * s + d * (k - 1) + 1 - n, 0)
                    expected = (total // 2, total - total // 2)
                    conv = engine.resolve_padding("same", (n, n + 1), (k, k), s, d)[0]
                    try:
                        geo = pool_geometry((n, n + 1), k, s, "same", d)
                    except ValueError:  # a dilated window on padding only: refused, never padded differently
                        assert d > 1
                        continue
                    assert geo.pads[0] == conv == expected, (n, k, s, d)
                    assert geo.out_hw[0] == out
