"""Shrinking a picture for a stack: block means first, close to blurring with the full σ."""

import numpy as np
from scipy import ndimage

from convviz.model.stack.input import block_mean, resize_chw


def _reference(x, size):
    """The textbook way: Gaussian with σ for the whole shrink, then bilinear zoom."""
    c, h, w = x.shape
    zh, zw = size[0] / h, size[1] / w
    sigma = (max(0.0, 0.5 / zh - 0.5), max(0.0, 0.5 / zw - 0.5))
    return np.stack(
        [
            ndimage.zoom(
                ndimage.gaussian_filter(x[i], sigma, mode="nearest"), (zh, zw), order=1, mode="nearest", grid_mode=True
            )[: size[0], : size[1]]
            for i in range(c)
        ]
    )


def test_block_mean_is_the_mean_of_each_block_by_loop():
    x = np.random.default_rng(0).random((2, 12, 20), dtype=np.float32)
    got = block_mean(x, (3, 4))  # 12/(2·3) = 2, 20/(2·4) = 2
    expected = np.array(
        [[[x[k, 2 * r : 2 * r + 2, 2 * c : 2 * c + 2].mean() for c in range(10)] for r in range(6)] for k in range(2)]
    )
    np.testing.assert_allclose(got, expected, atol=1e-6)


def test_a_big_shrink_stays_close_to_the_full_blur():
    yy, xx = np.mgrid[0:512, 0:384].astype(np.float32)
    x = (0.5 + 0.4 * np.sin(xx / 40.0) * np.cos(yy / 55.0))[None]
    x = x + 0.05 * np.random.default_rng(1).random(x.shape, dtype=np.float32)
    got, ref = resize_chw(x, (28, 28)), _reference(x, (28, 28))
    assert got.shape == ref.shape == (1, 28, 28)
    assert np.abs(got - ref).max() < 0.03  # same picture; only the filter's exact shape differs


def test_fine_stripes_do_not_alias_into_a_pattern():
    stripes = np.tile(np.array([0.0, 1.0], np.float32), 512)[None, None, :].repeat(64, axis=1)  # 1-px stripes
    small = resize_chw(stripes, (8, 16))
    assert np.abs(small - 0.5).max() < 0.05  # an even gray, as an area filter gives
