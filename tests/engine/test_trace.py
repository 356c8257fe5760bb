"""Step traces: each step against independent arithmetic, running totals against loops,
finishing at the vectorised backward and at numerical gradients."""

import numpy as np
import pytest
import scipy.signal

from convviz.engine import conv2d_backward
from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec, loss_and_gradient

SPECS = [
    LayerSpec(),
    LayerSpec(stride=2, padding="same", activation="relu", pool="max"),
    LayerSpec(padding=((1, 0), (2, 1)), dilation=2, activation="tanh", pool="avg", pool_size=2),
    LayerSpec(
        padding=1, padding_mode="reflect", flip=True, activation="sigmoid", pool="max", pool_size=3, pool_stride=2
    ),
]


def _pipeline(x, kernel, bias, spec):
    return ForwardTrace(x, kernel, bias, spec).run.y


@pytest.mark.parametrize("spec", SPECS)
def test_forward_steps_match_scipy_and_fill_the_output(spec):
    rng = np.random.default_rng(1)
    x, kernel = rng.standard_normal((9, 11)), rng.standard_normal((3, 2))
    trace = ForwardTrace(x, kernel, 0.25, spec)
    run = trace.run
    k = kernel[::-1, ::-1] if spec.flip else kernel
    kd = np.zeros(((k.shape[0] - 1) * spec.dilation + 1, (k.shape[1] - 1) * spec.dilation + 1))
    kd[:: spec.dilation, :: spec.dilation] = k
    full = scipy.signal.correlate2d(run.padded[0], kd, mode="valid")
    s = spec.stride
    expected = full[::s, ::s] + 0.25
    assert run.z.shape == expected.shape
    for step_index in range(trace.conv_steps):
        step = trace.step(step_index)
        y, xx = step.out_yx
        assert step.pre_activation == pytest.approx(expected[y, xx], abs=1e-12)
        assert step.total == pytest.approx(step.products.sum())
    for step_index in range(trace.conv_steps, len(trace)):
        step = trace.step(step_index)
        values = [run.a[c] for c in step.cells]
        reduce = max if spec.pool == "max" else (lambda v: sum(v) / len(v))
        assert step.value == pytest.approx(reduce(values))
        if spec.pool == "max":
            assert run.a[step.chosen] == max(values)


def test_forward_step_shows_padding_coordinates():
    trace = ForwardTrace(np.arange(16.0).reshape(4, 4), np.ones((3, 3)), 0.0, LayerSpec(padding=1))
    step = trace.step(0)
    assert list(step.rows) == [-1, 0, 1] and list(step.cols) == [-1, 0, 1]
    assert step.window[0, 0, 0] == 0 and step.window[0, 1, 1] == 0.0 and step.window[0, 2, 2] == 5.0


@pytest.mark.parametrize("spec", SPECS)
def test_backward_totals_after_last_step_equal_vectorised_and_numerical(spec):
    rng = np.random.default_rng(2)
    x, kernel, bias = rng.standard_normal((8, 9)), rng.standard_normal((3, 3)), 0.1
    target = _pipeline(x, rng.standard_normal((3, 3)), 0.0, spec)
    y = _pipeline(x, kernel, bias, spec)
    _, grad = loss_and_gradient(y, target)
    trace = BackwardTrace(x, kernel, bias, spec, grad)
    last = trace.step(len(trace) - 1)
    dx, dw, db = conv2d_backward(trace.d_pre, x, kernel, **spec.conv_options())
    np.testing.assert_array_equal(last.d_input[0], dx)
    np.testing.assert_array_equal(last.d_weight[0], dw)
    assert last.d_bias == pytest.approx(db[0])

    def loss(kern, b):
        return loss_and_gradient(_pipeline(x, kern, b, spec), target)[0]

    eps, num = 1e-6, np.zeros_like(kernel)
    for idx in np.ndindex(kernel.shape):
        kp, km = kernel.copy(), kernel.copy()
        kp[idx] += eps
        km[idx] -= eps
        num[idx] = (loss(kp, bias) - loss(km, bias)) / (2 * eps)
    scale = max(1.0, np.abs(num).max())
    np.testing.assert_allclose(last.d_weight[0], num, atol=1e-5 * scale)
    num_bias = (loss(kernel, bias + eps) - loss(kernel, bias - eps)) / (2 * eps)
    assert last.d_bias == pytest.approx(num_bias, abs=1e-5 * scale)


def test_running_totals_mid_way_equal_a_loop_over_the_first_cells():
    rng = np.random.default_rng(3)
    x, kernel = rng.standard_normal((7, 7)), rng.standard_normal((3, 3))
    spec = LayerSpec(stride=2, padding=1, dilation=1)
    g = rng.standard_normal(ForwardTrace(x, kernel, 0.0, spec).run.y.shape)
    trace = BackwardTrace(x, kernel, 0.0, spec, g)
    k = trace.pool_steps + 1 + 5  # six conv cells done
    step = trace.step(k)
    xp = np.pad(x, 1)
    dw, dxp = np.zeros((3, 3)), np.zeros_like(xp)
    for cell in range(6):
        yy, xx = divmod(cell, g.shape[1])
        dw += g[yy, xx] * xp[2 * yy : 2 * yy + 3, 2 * xx : 2 * xx + 3]
        dxp[2 * yy : 2 * yy + 3, 2 * xx : 2 * xx + 3] += g[yy, xx] * kernel
    np.testing.assert_allclose(step.d_weight[0], dw, atol=1e-12)
    np.testing.assert_allclose(step.d_input[0], dxp[1:-1, 1:-1], atol=1e-12)
    assert step.d_bias == pytest.approx(g.reshape(-1)[:6].sum())


def test_max_pool_step_routes_to_the_arg_max_and_seeking_far_is_direct():
    x = np.zeros((600, 600))
    x[10, 11] = 5.0
    spec = LayerSpec(pool="max", pool_size=2)
    trace = BackwardTrace(x, np.array([[1.0]]), 0.0, spec, np.ones((300, 300)))
    step = trace.step(5)  # pooled cell (0, 5) covers rows 0-1, cols 10-11
    assert step.phase == "pool" and step.routed_to == [(0, 10)]
    assert len(trace) > 100_000
    far = trace.step(len(trace) - 1)
    assert far.d_weight[0, 0, 0] == pytest.approx(5.0 + 0.0)  # only the 5 and zeros are arg-maxes
