"""The bytes a view draws match a loop over the values, and the levels follow the colour map's kind."""

import numpy as np
import pytest

from convviz.model.layer.drawing import draw, levels_for, to_indices


def _loop_indices(values, lo, hi):
    out = np.zeros(values.shape, np.uint8)
    for index in np.ndindex(values.shape):
        v = float(values[index])
        t = 0.0 if np.isnan(v) else min(max((v - lo) / (hi - lo) * 255.0, 0.0), 255.0)
        out[index] = int(np.floor(t + 0.5)) if abs(t - np.floor(t) - 0.5) > 1e-4 else int(np.rint(t))
    return out


@pytest.mark.parametrize("levels", [(-2.0, 2.0), (0.0, 1.0), (0.3, 0.31)])
def test_indices_match_a_loop(levels):
    values = np.random.default_rng(3).normal(size=(2, 9, 7)).astype(np.float32)
    values[0, 0, 0] = np.nan
    got = to_indices(values, levels)
    assert got.dtype == np.uint8 and got.shape == values.shape
    np.testing.assert_allclose(got.astype(int), _loop_indices(values, *levels).astype(int), atol=1)


def test_levels_are_symmetric_for_diverging_maps_and_the_range_otherwise():
    maps = np.array([[[-1.0, 3.0], [np.inf, 0.5]]], np.float32)
    assert levels_for(maps, symmetric=True) == (-3.0, 3.0)
    assert levels_for(maps, symmetric=False) == (-1.0, 3.0)
    assert levels_for(np.full((1, 2, 2), 2.0, np.float32), symmetric=False) == (1.5, 2.5)


def test_a_drawing_covers_every_map_and_the_input():
    rng = np.random.default_rng(4)
    x = rng.random((3, 5, 6), dtype=np.float32)
    padded = np.pad(x, ((0, 0), (1, 1), (1, 1)))
    act = rng.normal(size=(4, 3, 4)).astype(np.float32)
    pooled = act[:, ::2, ::2]
    d = draw(x, padded, act, pooled, symmetric=True)
    m = float(np.abs(act).max())
    assert d.levels == (-m, m)
    np.testing.assert_allclose(d.conv.astype(int), _loop_indices(act, -m, m).astype(int), atol=1)
    np.testing.assert_allclose(d.pooled.astype(int), _loop_indices(pooled, -m, m).astype(int), atol=1)
    assert d.input.shape == (5, 6, 3) and d.padded.shape == (7, 8, 3)
    np.testing.assert_allclose(d.input.astype(int), np.rint(x.transpose(1, 2, 0) * 255).astype(int), atol=1)
