"""The explorer's layer with each pooling edge rule: its pooled maps against a TensorFlow-style
loop written here and against torch's ceil_mode, its pool blocks leaving the padding out, and
the stepper's note."""

from __future__ import annotations

import math

import numpy as np
import pytest

from convviz.model.layer.adapter import trace_spec
from convviz.model.layer.compute import Snapshot, compute
from convviz.model.layer.footprint import conv_region
from convviz.model.settings import LayerParams
from convviz.model.state import Cell, ColorMode, Stage
from tests.conftest import reference_library


def snapshot(params: LayerParams, image: np.ndarray) -> Snapshot:
    weight = np.array([[[[0.0, 1.0], [-1.0, 0.5]]]], dtype=np.float32)
    return Snapshot(1, image, ColorMode.GRAY, params, weight, np.zeros(1, np.float32), ("k",))


def loop_same_max(m: np.ndarray, k: int, s: int) -> np.ndarray:
    """TensorFlow's SAME max pool of one map, cell by cell from its formula."""
    h, w = m.shape
    out = (math.ceil(h / s), math.ceil(w / s))
    top = max((out[0] - 1) * s + k - h, 0) // 2
    left = max((out[1] - 1) * s + k - w, 0) // 2
    result = np.empty(out)
    for y in range(out[0]):
        for x in range(out[1]):
            r0, c0 = y * s - top, x * s - left
            result[y, x] = m[max(r0, 0) : r0 + k, max(c0, 0) : c0 + k].max()
    return result


@pytest.mark.parametrize(("k", "s"), [(2, 2), (3, 2), (4, 3)])
def test_same_max_pooling_in_the_explorer_is_tensorflows(k, s):
    image = np.random.default_rng(2).random((21, 26)).astype(np.float32) - 0.5
    result = compute(snapshot(LayerParams(pooling="max", pool_size=k, pool_stride=s, pool_padding="same"), image))
    assert result.ok and result.pooled is not None and result.activated is not None
    np.testing.assert_allclose(result.pooled[0], loop_same_max(result.activated[0], k, s), atol=1e-7)
    assert result.info is not None and result.info.pooled_shape == (1, *result.pooled.shape[1:])


def test_ceil_mode_in_the_explorer_is_torchs():
    torch = reference_library("torch")
    image = np.random.default_rng(4).random((20, 23)).astype(np.float32)
    result = compute(snapshot(LayerParams(pooling="avg", pool_size=3, pool_stride=2, pool_padding="ceil"), image))
    assert result.ok and result.pooled is not None and result.activated is not None
    expected = torch.nn.functional.avg_pool2d(torch.tensor(result.activated[None]), 3, 2, ceil_mode=True)
    np.testing.assert_allclose(result.pooled, expected.numpy()[0], atol=1e-6)


def test_a_corner_pooled_cell_reads_only_real_cells():
    image = np.random.default_rng(1).random((10, 10)).astype(np.float32)  # 9×9 map, SAME 2×2/2 → 5×5
    result = compute(snapshot(LayerParams(pooling="max", pool_size=2, pool_stride=2, pool_padding="same"), image))
    assert result.pooled is not None and result.pooled.shape == (1, 5, 5)
    rows, cols = conv_region(Cell(Stage.POOL, 0, 4, 4), result)
    assert list(rows) == [8] and list(cols) == [8]  # the bottom-right block: one real cell, three pads


def test_the_stepper_steps_no_pooling_it_cannot_step_as_set_and_says_so():
    """SAME or ceil pooling stepped as VALID would show other numbers than the explorer's, and an
    8×8 SAME window on the 6×6 digits could not be stepped at all (the trace refused it)."""
    from convviz.engine.trace import ForwardTrace

    for edge in ("same", "ceil"):
        spec, note = trace_spec(LayerParams(pooling="max", pool_size=8, pool_stride=8, pool_padding=edge))
        assert spec.pool == "none" and "not stepped" in note and edge.upper() in note
        trace = ForwardTrace(np.zeros((1, 6, 6)), np.ones((1, 3, 3)), 0.0, spec)
        assert trace.pool_steps == 0 and trace.conv_steps == 16
    spec, note = trace_spec(LayerParams(pooling="max"))
    assert (spec.pool, note) == ("max", "")


def test_kept_maps_name_the_pool_edge_rule_that_changed():
    from convviz.model.layer.comparison import describe, differences

    image = np.random.default_rng(3).random((12, 12)).astype(np.float32)
    kept = compute(snapshot(LayerParams(pooling="max", pool_size=2, pool_stride=2), image))
    now = compute(snapshot(LayerParams(pooling="max", pool_size=2, pool_stride=2, pool_padding="same"), image))
    assert "pool padding valid → same" in differences(kept, now)
    assert "output 5×5 → 6×6" in differences(kept, now)  # an 11×11 map: ⌊(11 − 2)/2⌋ + 1 = 5, ⌈11/2⌉ = 6
    assert "max pool (SAME)" in describe(now) and "(SAME)" not in describe(kept)
