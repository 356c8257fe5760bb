"""Results never alias the engine's reused scratch buffers: a second call, with other inputs,
never changes what the first call returned. One case per dispatch path and per op."""

import numpy as np
import pytest

from convviz import engine as E
from convviz.engine import _dispatch


@pytest.mark.parametrize(
    "c_in,c_out,groups,padding", [(1, 1, 1, 1), (4, 8, 1, 0), (4, 8, 1, 1), (4, 4, 4, 2), (4, 8, 2, "same")]
)
def test_results_survive_the_next_call(c_in, c_out, groups, padding):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((1, c_in, 40, 40)).astype(np.float32)
    w = rng.standard_normal((c_out, c_in // groups, 3, 3)).astype(np.float32)
    y = E.conv2d(x, w, padding=padding, groups=groups)
    g = rng.standard_normal(y.shape).astype(np.float32)
    first = E.conv2d_backward(g, x, w, padding=padding, groups=groups)
    kept = [y.copy()] + [a.copy() for a in first]
    E.conv2d(2 * x, w, padding=padding, groups=groups)
    E.conv2d_backward(3 * g, 2 * x, w, padding=padding, groups=groups)
    for before, now in zip(kept, [y, *first], strict=True):
        np.testing.assert_array_equal(before, now)


# name -> (x shape, weight shape, groups, stride, padding, padding_mode, conv path)
CONV_CASES = {
    "gemm": ((1, 3, 30, 31), (4, 3, 3, 3), 1, 2, 1, "zeros", "gemm"),
    "shift-add": ((1, 3, 30, 31), (3, 1, 3, 3), 3, 1, 1, "zeros", "shift-add"),
    "gemm, stride 1": ((1, 4, 30, 31), (6, 2, 3, 3), 2, 1, 1, "zeros", "gemm"),
    "gemm, stride 1 reflect": ((1, 4, 30, 31), (6, 4, 3, 3), 1, 1, 2, "reflect", "gemm"),
    "axpy": ((1, 1, 130, 128), (1, 1, 3, 3), 1, 1, 1, "zeros", "axpy"),
    "axpy, RGB": ((1, 3, 130, 128), (2, 3, 3, 3), 1, 1, 1, "replicate", "axpy"),
    "fft": ((1, 1, 130, 128), (1, 1, 15, 15), 1, 1, 7, "circular", "fft"),
}


def _survives(run, first_inputs, second_inputs):
    first = run(*first_inputs)
    first = list(first) if isinstance(first, tuple) else [first]
    kept = [a.copy() for a in first]
    run(*second_inputs)
    for before, now in zip(kept, first, strict=True):
        np.testing.assert_array_equal(before, now)


@pytest.mark.parametrize("name", sorted(CONV_CASES))
def test_conv2d_and_its_backward_results_survive_on_every_path(name):
    x_shape, w_shape, groups, stride, padding, mode, path = CONV_CASES[name]
    out_hw = E.conv2d_output_hw(x_shape[2:], w_shape[2:], stride, padding)
    assert _dispatch.choose_conv_path(w_shape, groups, out_hw, (stride, stride)) == path
    rng = np.random.default_rng(1)
    x1, x2 = (rng.standard_normal(x_shape).astype(np.float32) for _ in range(2))
    w1, w2 = (rng.standard_normal(w_shape).astype(np.float32) for _ in range(2))
    g1, g2 = (rng.standard_normal((x_shape[0], w_shape[0], *out_hw)).astype(np.float32) for _ in range(2))
    kw = dict(stride=stride, padding=padding, groups=groups, padding_mode=mode)
    _survives(lambda x, w: E.conv2d(x, w, **kw), (x1, w1), (x2, w2))
    _survives(lambda g, x, w: E.conv2d_backward(g, x, w, **kw), (g1, x1, w1), (g2, x2, w2))


@pytest.mark.parametrize("stride,groups", [(1, 1), (2, 1), (1, 4)])  # flat-gemm, gemm, depthwise-taps
def test_conv_transpose2d_results_survive(stride, groups):
    rng = np.random.default_rng(2)
    x1, x2 = (rng.standard_normal((1, 4, 20, 21)).astype(np.float32) for _ in range(2))
    w1, w2 = (rng.standard_normal((4, 1 if groups > 1 else 6, 3, 3)).astype(np.float32) for _ in range(2))
    kw = dict(stride=stride, padding=1, groups=groups)
    y = E.conv_transpose2d(x1, w1, **kw)
    g1, g2 = (rng.standard_normal(y.shape).astype(np.float32) for _ in range(2))
    _survives(lambda x, w: E.conv_transpose2d(x, w, **kw), (x1, w1), (x2, w2))
    _survives(lambda g, x, w: E.conv_transpose2d_backward(g, x, w, **kw), (g1, x1, w1), (g2, x2, w2))


@pytest.mark.parametrize(
    "run",
    [
        lambda g, x: (E.max_pool2d(x, 3, 2, 1), E.max_pool2d_backward(g, x, 3, 2, 1), *E.max_pool2d_argmax(x, 3, 2, 1)),
        lambda g, x: (E.avg_pool2d(x, 3, 2, 1), E.avg_pool2d_backward(g, x, 3, 2, 1)),
        lambda g, x: (E.global_max_pool2d(x), E.global_max_pool2d_backward(g[..., :1, :1], x)),
        lambda g, x: (E.global_avg_pool2d(x), E.global_avg_pool2d_backward(g[..., :1, :1], x)),
    ],
    ids=["max", "avg", "global max", "global avg"],
)
def test_pooling_results_survive(run):
    rng = np.random.default_rng(3)
    x1, x2 = (rng.standard_normal((1, 3, 20, 21)).astype(np.float32) for _ in range(2))
    g1, g2 = (rng.standard_normal((1, 3, 10, 11)).astype(np.float32) for _ in range(2))
    _survives(run, (g1, x1), (g2, x2))
