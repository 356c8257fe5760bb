"""Results never alias the engine's reused scratch buffers."""

import numpy as np
import pytest

from convviz.engine import conv2d, conv2d_backward


@pytest.mark.parametrize(
    "c_in,c_out,groups,padding", [(1, 1, 1, 1), (4, 8, 1, 0), (4, 8, 1, 1), (4, 4, 4, 2), (4, 8, 2, "same")]
)
def test_results_survive_the_next_call(c_in, c_out, groups, padding):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((1, c_in, 40, 40)).astype(np.float32)
    w = rng.standard_normal((c_out, c_in // groups, 3, 3)).astype(np.float32)
    y = conv2d(x, w, padding=padding, groups=groups)
    g = rng.standard_normal(y.shape).astype(np.float32)
    first = conv2d_backward(g, x, w, padding=padding, groups=groups)
    kept = [y.copy()] + [a.copy() for a in first]
    conv2d(2 * x, w, padding=padding, groups=groups)
    conv2d_backward(3 * g, 2 * x, w, padding=padding, groups=groups)
    for before, now in zip(kept, [y, *first], strict=True):
        np.testing.assert_array_equal(before, now)
