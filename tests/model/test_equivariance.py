"""Translation equivariance (exact away from the border), invariance after pooling (for shifts
inside the pool), no rotation invariance for a kernel without that symmetry, and parameter
sharing counted; shifts and rotations made here with scipy.ndimage and numpy, maps with scipy."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage, signal

from convviz import engine
from convviz.engine.kernels import PRESETS
from convviz.model.settings import LayerParams
from convviz.model.teaching import equivariance, sharing


def smooth_image(h=40, w=52, seed=0):
    return ndimage.gaussian_filter(np.random.default_rng(seed).random((1, h, w)), 1.5)


SOBEL = PRESETS["sobel_x"].weights


@pytest.mark.parametrize(("dy", "dx"), [(1, 0), (0, 3), (-2, 5), (4, -1)])
def test_shifted_input_is_scipys_integer_shift(dy, dx):
    x = smooth_image()
    expected = ndimage.shift(x, (0, dy, dx), order=0, mode="constant", cval=0.0)
    np.testing.assert_array_equal(equivariance.shifted(x, dy, dx), expected)


@pytest.mark.parametrize(("dy", "dx"), [(1, 0), (0, 3), (-2, 5), (4, -1)])
def test_the_map_shifts_by_the_same_amount_away_from_the_border(dy, dx):
    x = smooth_image()
    params = LayerParams(padding_kind="same")  # zero padding: the border does differ
    weight = SOBEL[None, None]
    report = equivariance.measure_shift(x, params, weight, None, dy, dx)
    # The oracle: scipy's map of both inputs, compared after np.roll, away from the border.
    a = signal.correlate2d(x[0], SOBEL, mode="same")
    b = signal.correlate2d(ndimage.shift(x[0], (dy, dx), order=0, cval=0.0), SOBEL, mode="same")
    back = np.roll(b, (-dy, -dx), axis=(0, 1))
    h, w = a.shape
    rows = slice(1 + max(0, -dy), h - 1 - max(0, dy))  # windows inside both pictures
    cols = slice(1 + max(0, -dx), w - 1 - max(0, dx))
    np.testing.assert_allclose(back[rows, cols], a[rows, cols], atol=1e-12)
    assert report.step == (dy, dx)
    assert report.interior_difference is not None and report.interior_difference < 1e-12
    assert report.interior_cells == a[rows, cols].size
    assert report.border_difference is not None and report.border_difference > 0.01
    maps = equivariance.run_layer(x, params, weight, None).maps[0]
    np.testing.assert_allclose(maps, a, atol=1e-12)  # the maps it measured are scipy's


def test_a_shift_the_stride_does_not_divide_has_no_exact_map_shift():
    x = smooth_image()
    report = equivariance.measure_shift(x, LayerParams(stride=2), SOBEL[None, None], None, 1, 0)
    assert report.step is None and report.interior_difference is None
    report = equivariance.measure_shift(x, LayerParams(stride=2), SOBEL[None, None], None, 2, -4)
    assert report.step == (1, -2) and report.interior_difference is not None
    assert report.interior_difference < 1e-12


def impulses(h=32, w=32):
    """Dots at even cells (4i + 8, 4j + 8): a 2×2 pool's block holds each at its top-left."""
    x = np.zeros((1, h, w))
    x[0, 8 : h - 8 : 4, 8 : w - 8 : 4] = 1.0
    return x


def test_pooling_absorbs_a_shift_smaller_than_the_pool():
    x = impulses()
    params = LayerParams(pooling="max", pool_size=2, pool_stride=2)
    identity = np.ones((1, 1, 1, 1))
    inside = equivariance.measure_shift(x, params, identity, None, 0, 1)
    # Every dot moves one cell: |B − A| is 1 at the old and the new cell, so Σ|B − A| / Σ|A| = 2.
    assert inside.map_change == pytest.approx(2.0)
    assert inside.pooled_change == 0.0  # each dot stays in its 2×2 block
    across = equivariance.measure_shift(x, params, identity, None, 0, 2)
    assert across.map_change == pytest.approx(2.0) and across.pooled_change == pytest.approx(2.0)
    # The same blocks by hand: the 2×2 maxima of the dots and of the shifted dots.
    blocks = x[0].reshape(16, 2, 16, 2).max(axis=(1, 3))
    moved = equivariance.shifted(x, 0, 1)[0].reshape(16, 2, 16, 2).max(axis=(1, 3))
    np.testing.assert_array_equal(blocks, moved)


def test_no_pooling_measures_a_two_by_two_max_pool_and_says_so():
    report = equivariance.measure_shift(impulses(), LayerParams(), np.ones((1, 1, 1, 1)), None, 1, 0)
    assert report.pooled_change == 0.0 and "2×2 max pool" in report.pool_note


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_rotation_changes_a_sobel_map_and_pooling_does_not_undo_it(angle):
    x = smooth_image(41, 41)
    params = LayerParams(pooling="max", pool_size=2, pool_stride=2)
    report = equivariance.measure_rotation(x, params, SOBEL[None, None], None, angle)
    # The oracle: scipy's map of the rotated picture against the rotated map.
    side = report.crop
    top, left = (41 - side) // 2, (41 - side) // 2
    crop = x[0, top : top + side, left : left + side]
    k = angle // 90
    a = signal.correlate2d(np.rot90(crop, k), SOBEL, mode="valid")
    b = np.rot90(signal.correlate2d(crop, SOBEL, mode="valid"), k)
    assert report.exact
    assert report.map_difference == pytest.approx(np.abs(a - b).max() / np.abs(b).max())
    assert report.map_difference > 0.5 and report.pooled_difference > 0.5


def test_a_symmetric_kernel_commutes_with_quarter_turns_so_the_grids_line_up():
    x = smooth_image(45, 38)
    params = LayerParams(pooling="avg", pool_size=3, pool_stride=2)
    gaussian = PRESETS["gaussian_5x5"].weights[None, None]
    report = equivariance.measure_rotation(x, params, gaussian, None, 90)
    assert report.map_difference < 1e-12 and report.pooled_difference < 1e-12
    tilted = equivariance.measure_rotation(x, params, SOBEL[None, None], None, 30)
    assert not tilted.exact and tilted.map_difference > 0.1 and tilted.pooled_difference > 0.1


def test_any_angle_rotates_as_scipy_does():
    x = smooth_image(30, 30)
    np.testing.assert_allclose(
        equivariance.rotate(x, 33.0), ndimage.rotate(x[0], 33.0, reshape=False, order=1)[None], atol=1e-12
    )
    np.testing.assert_array_equal(equivariance.rotate(x, 90.0), np.rot90(x, 1, axes=(1, 2)))


def test_the_notes_parameter_sharing_figure():
    """20 filters 8×8 on 32×32×3, stride 2, pad 1 → 14×14×20: 3,860 shared, 756,560 not."""
    conv = engine.Conv2d(3, 20, 8, stride=2, padding=1)
    assert conv.output_shape((3, 32, 32)) == (20, 14, 14)
    count = sharing.count_sharing(3, 20, (8, 8), (14, 14), bias=True)
    assert count.shared == 3860 == conv.num_params
    assert count.unshared == 756_560
    assert "3,860" in count.text() and "756,560" in count.text()
    assert sharing.count_sharing(1, 1, (3, 3), (4, 5), bias=False).unshared == 9 * 20
