"""Step traces: each step against independent arithmetic, running totals against loops,
finishing at a loop over the output cells and at central differences of the loss."""

import numpy as np
import pytest
import scipy.signal

from convviz.engine import reference as ref
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


def _loop_conv_totals(x, kernel, spec, d_pre):
    """dW, db and dX of the conv alone for a given dL/dz, by visiting every output cell: each
    adds dz × (its padded window) to dW and dz × (the kernel) to the padded input's gradient,
    which padding cells then hand back to the input cell they copy (np.pad of the indices)."""
    pads = ref.resolve_padding(spec.padding, x.shape, kernel.shape, spec.stride, spec.dilation)
    sh, sw = ref.pair(spec.stride)
    dh, dw_ = ref.pair(spec.dilation)
    mode = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}
    xp = np.pad(x, pads, mode=mode[spec.padding_mode])
    index = np.arange(x.size).reshape(x.shape)
    fill = {"constant_values": -1} if spec.padding_mode == "zeros" else {}  # -1: a zero, copies nothing
    source = np.pad(index, pads, mode=mode[spec.padding_mode], **fill)
    k = kernel[::-1, ::-1] if spec.flip else kernel
    d_eff, d_xp, d_b = np.zeros_like(k), np.zeros_like(xp), 0.0
    for yy in range(d_pre.shape[0]):
        for xx in range(d_pre.shape[1]):
            g = d_pre[yy, xx]
            d_b += g
            for i in range(k.shape[0]):
                for j in range(k.shape[1]):
                    r, c = yy * sh + i * dh, xx * sw + j * dw_
                    d_eff[i, j] += g * xp[r, c]
                    d_xp[r, c] += g * k[i, j]
    d_x = np.zeros(x.size)
    for (r, c), src in np.ndenumerate(source):
        if src >= 0:
            d_x[src] += d_xp[r, c]
    return (d_eff[::-1, ::-1] if spec.flip else d_eff), d_b, d_x.reshape(x.shape)


@pytest.mark.parametrize("spec", SPECS)
def test_backward_totals_after_last_step_equal_a_loop_and_numerical(spec):
    rng = np.random.default_rng(2)
    x, kernel, bias = rng.standard_normal((8, 9)), rng.standard_normal((3, 3)), 0.1
    target = _pipeline(x, rng.standard_normal((3, 3)), 0.0, spec)
    y = _pipeline(x, kernel, bias, spec)
    _, grad = loss_and_gradient(y, target)
    trace = BackwardTrace(x, kernel, bias, spec, grad)
    last = trace.step(len(trace) - 1)
    # The conv part against loops over the output cells (same dL/dz, none of the engine's backward).
    loop_dw, loop_db, loop_dx = _loop_conv_totals(x, kernel, spec, trace.d_pre)
    np.testing.assert_allclose(last.d_weight[0], loop_dw, atol=1e-12)
    np.testing.assert_allclose(last.d_input[0], loop_dx, atol=1e-12)
    assert last.d_bias == pytest.approx(loop_db, abs=1e-12)

    # The whole chain (pooling, activation, conv) against central differences of the loss.
    def loss(inp, kern, b):
        return loss_and_gradient(_pipeline(inp, kern, b, spec), target)[0]

    eps = 1e-6

    def central(array, f):
        num = np.zeros_like(array)
        for idx in np.ndindex(array.shape):
            up, down = array.copy(), array.copy()
            up[idx] += eps
            down[idx] -= eps
            num[idx] = (f(up) - f(down)) / (2 * eps)
        return num

    num_w = central(kernel, lambda k: loss(x, k, bias))
    num_x = central(x, lambda inp: loss(inp, kernel, bias))
    scale = max(1.0, np.abs(num_w).max(), np.abs(num_x).max())
    np.testing.assert_allclose(last.d_weight[0], num_w, atol=1e-5 * scale)
    np.testing.assert_allclose(last.d_input[0], num_x, atol=1e-5 * scale)
    num_bias = (loss(x, kernel, bias + eps) - loss(x, kernel, bias - eps)) / (2 * eps)
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
