"""Separable kernels: the rank against numpy's matrix_rank, the factors rebuilding the kernel,
and the two 1-D passes against scipy's 2-D correlation of the whole kernel."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from scipy import signal

from convviz.engine.kernels import PRESETS
from convviz.model.teaching import separable


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_rank_matches_numpy_matrix_rank_on_every_preset(name):
    kernel = PRESETS[name].weights.astype(np.float32)  # as the kernel bank holds them
    tol = separable.rank_tolerance(kernel)
    assert separable.kernel_rank(kernel) == np.linalg.matrix_rank(kernel.astype(np.float64), tol=tol)


@settings(max_examples=60, deadline=None)
@given(
    kh=st.integers(1, 7),
    kw=st.integers(1, 7),
    rank=st.integers(1, 3),
    seed=st.integers(0, 2**16),
)
def test_rank_of_a_sum_of_outer_products(kh, kw, rank, seed):
    rng = np.random.default_rng(seed)
    kernel = sum(np.outer(rng.integers(-5, 6, kh), rng.integers(-5, 6, kw)) for _ in range(rank)).astype(float)
    assert separable.kernel_rank(kernel) == np.linalg.matrix_rank(kernel)


def test_the_notes_sobel_is_a_column_times_a_row_in_six_integers():
    sep = separable.separate(PRESETS["sobel_x"].weights)  # [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]
    assert sep.rank == 1 and sep.numbers == (9, 6)
    np.testing.assert_array_equal(sep.column, [1, 2, 1])
    np.testing.assert_array_equal(sep.row, [-1, 0, 1])
    assert sep.scale == 1.0 and sep.text() == "[1, 2, 1]ᵀ · [−1, 0, 1]"


def test_box_and_gaussian_factor_into_integers_and_a_fraction():
    box = separable.separate(np.full((3, 3), 1 / 9, dtype=np.float32))
    assert box.text() == "1/9 · [1, 1, 1]ᵀ · [1, 1, 1]"
    binomial = np.outer([1, 4, 6, 4, 1], [1, 4, 6, 4, 1]) / 256
    assert separable.separate(binomial).text() == "1/256 · [1, 4, 6, 4, 1]ᵀ · [1, 4, 6, 4, 1]"
    assert not separable.separate(PRESETS["laplacian"].weights).separable


@settings(max_examples=60, deadline=None)
@given(kh=st.integers(1, 7), kw=st.integers(1, 7), seed=st.integers(0, 2**16))
def test_factors_rebuild_any_rank_one_kernel(kh, kw, seed):
    rng = np.random.default_rng(seed)
    column, row = rng.normal(size=kh), rng.normal(size=kw)
    kernel = np.outer(column, row)
    sep = separable.separate(kernel)
    assert sep.rank == 1
    np.testing.assert_allclose(sep.rebuilt(), kernel, atol=1e-9 * np.abs(kernel).max())


@pytest.mark.parametrize("name", [n for n in sorted(PRESETS) if separable.kernel_rank(PRESETS[n].weights) == 1])
@pytest.mark.parametrize(("stride", "dilation"), [(1, 1), (2, 1), (1, 2), (3, 2)])
def test_two_passes_give_scipys_two_dimensional_map(name, stride, dilation):
    rng = np.random.default_rng(5)
    image = rng.normal(size=(23, 31))
    kernel = PRESETS[name].weights
    dilated = np.zeros((dilation * (kernel.shape[0] - 1) + 1, dilation * (kernel.shape[1] - 1) + 1))
    dilated[::dilation, ::dilation] = kernel
    expected = signal.correlate2d(image, dilated, mode="valid")[::stride, ::stride]
    sep = separable.separate(kernel)
    np.testing.assert_allclose(separable.two_passes(image, sep, stride, dilation), expected, atol=1e-12)
    check = separable.check_passes(image, sep, stride, dilation)
    assert check.shape == expected.shape and check.max_difference < 1e-12
    assert check.largest_value == pytest.approx(np.abs(expected).max())
