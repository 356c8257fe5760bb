"""What a hover shows, read from the result's geometry, against oracles that do not read it: the
engine's exact receptive-field mask (pushed back through each layer's backward pass) and a
brute-force classification of every cell around the footprint."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings, strategies as st

from convviz import engine
from convviz.model.layer.compute import compute, take_snapshot
from convviz.model.layer.footprint import (
    HOLE,
    NONE,
    PAD_TAP,
    TAP,
    WEIGHT,
    conv_region,
    footprint,
    hover_overlay,
    overlay,
    weight_footprint,
)
from convviz.model.state import AppState, Cell, Stage

POOLS = {
    "max": lambda p: [engine.MaxPool2d(p.pool_size, p.pool_stride)],
    "avg": lambda p: [engine.AvgPool2d(p.pool_size, p.pool_stride)],
    "global_max": lambda p: [engine.GlobalMaxPool2d()],
    "none": lambda p: [],
}


def _compute(size=(14, 17), kernel=(3, 2), **layer):
    state = AppState(image=np.random.default_rng(0).random(size, dtype=np.float32))
    state.bank.set_current_kernel(np.ones(kernel))
    state.layer.update(**layer)
    return compute(take_snapshot(state, 1))


def _result(**layer):
    result = _compute(**layer)
    assert result.ok, result.error
    return result


def _engine_layers(result):
    """The same layer as engine layers, built from the settings (not from result.geometry)."""
    p, (kh, kw) = result.snapshot.params, result.snapshot.kernel_hw
    conv = engine.Conv2d(1, 1, (kh, kw), p.stride, p.padding_arg(), p.dilation)
    return [conv, *POOLS[p.pooling.value](p)]


layers = st.fixed_dictionaries(
    {
        "stride": st.integers(1, 3),
        "dilation": st.integers(1, 3),
        "padding_kind": st.sampled_from(["valid", "same", "explicit"]),
        "pad_top": st.integers(0, 3),
        "pad_bottom": st.integers(0, 3),
        "pad_left": st.integers(0, 3),
        "pad_right": st.integers(0, 3),
        "pooling": st.sampled_from(list(POOLS)),
        "pool_size": st.integers(1, 3),
        "pool_stride": st.integers(1, 3),
    }
)


@settings(max_examples=40, deadline=None)
@given(layers, st.data())
def test_footprint_is_exactly_the_cells_that_feed_the_cell(layer, data):
    result = _compute(**layer)
    assume(result.ok)
    stage = Stage.POOL if result.pooled is not None and data.draw(st.booleans()) else Stage.CONV
    maps = result.conv if stage is Stage.CONV else result.pooled
    cell = Cell(stage, 0, data.draw(st.integers(0, maps.shape[1] - 1)), data.draw(st.integers(0, maps.shape[2] - 1)))
    stack = _engine_layers(result)
    last = 0 if stage is Stage.CONV else len(stack) - 1
    expected = engine.input_region(stack, (1, *result.x.shape[1:]), last, (cell.y, cell.x))
    fp = footprint(cell, result)
    h, w = fp.in_hw
    got = np.zeros((h, w), bool)
    rows, cols = fp.rows[(fp.rows >= 0) & (fp.rows < h)], fp.cols[(fp.cols >= 0) & (fp.cols < w)]
    got[np.ix_(rows, cols)] = True
    np.testing.assert_array_equal(got, expected)


def test_pooled_block_is_the_conv_cells_behind_the_pooled_value():
    result = _result(pooling="max", pool_size=3, pool_stride=2)
    ys, xs = conv_region(Cell(Stage.POOL, 0, 2, 1), result)
    assert (ys, xs) == (range(4, 7), range(2, 5))
    block = result.activated[0, ys.start : ys.stop, xs.start : xs.stop]
    assert block.max() == result.pooled[0, 2, 1]
    whole = conv_region(Cell(Stage.POOL, 0, 0, 0), _result(pooling="global_avg"))
    assert whole == (range(12), range(16))


def _classify(fp, weight, r, c):
    """The category of input cell (r, c) by the rules the view states, cell by cell."""
    if weight is not None and r in set(weight.rows) and c in set(weight.cols):
        return WEIGHT
    if fp is None:
        return NONE
    tapped = r in set(fp.rows) and c in set(fp.cols)
    if tapped:
        return TAP if 0 <= r < fp.in_hw[0] and 0 <= c < fp.in_hw[1] else PAD_TAP
    (r0, r1), (c0, c1) = fp.span
    return HOLE if r0 <= r <= r1 and c0 <= c <= c1 else NONE


@pytest.mark.parametrize(
    "layer, cell, pinned, weight",
    [
        (dict(padding_kind="explicit", dilation=2), Cell(Stage.CONV, 0, 0, 5), None, None),
        (dict(padding_kind="same", stride=2, dilation=3, pooling="max"), Cell(Stage.POOL, 0, 1, 2), None, None),
        (
            dict(padding_kind="explicit", pad_left=3, pooling="avg", pool_size=3),
            Cell(Stage.POOL, 0, 0, 0),
            Cell(Stage.CONV, 0, 6, 9),
            (1, 0),
        ),
        (dict(dilation=2, flip=True), None, Cell(Stage.CONV, 0, 3, 3), (2, 1)),
    ],
)
def test_overlay_categories_match_a_cell_by_cell_classification(layer, cell, pinned, weight):
    result = _result(**layer)
    shown = hover_overlay(result, cell, pinned, weight)
    fp = None if cell is None else footprint(cell, result)
    wf = None if weight is None else weight_footprint(pinned, weight, result)
    (r0, c0), (h, w) = shown.origin, shown.categories.shape
    for r in range(r0 - 2, r0 + h + 2):  # a margin around the box: nothing drawn there
        for c in range(c0 - 2, c0 + w + 2):
            inside = r0 <= r < r0 + h and c0 <= c < c0 + w
            drawn = shown.categories[r - r0, c - c0] if inside else NONE
            assert drawn == _classify(fp, wf, r, c), (r, c)
    assert hover_overlay(result, None) is None and overlay(None, None) is None


def test_hovered_weight_outside_the_kernel_is_ignored():
    result = _result()
    cell = Cell(Stage.CONV, 0, 2, 2)
    assert hover_overlay(result, cell, cell, (5, 0)).cells(WEIGHT) == set()
    assert hover_overlay(result, cell, cell, (1, 1)).cells(WEIGHT) == {(3, 3)}


def test_weight_footprint_is_the_input_value_that_weight_multiplies():
    result = _result(size=(12, 12), kernel=(3, 3), stride=2, padding_kind="explicit", dilation=2, flip=True)
    cell = Cell(Stage.CONV, 0, 2, 3)
    marker = np.arange(144.0).reshape(12, 12) + 1.0  # a unique value per input cell
    g = np.zeros(result.conv.shape[1:])
    g[2, 3] = 1.0
    _, dw, _ = engine.conv2d_backward(g, marker, np.ones((3, 3)), stride=2, padding=1, dilation=2, flip=True)
    for i, j in np.ndindex(3, 3):
        fp = weight_footprint(cell, (i, j), result)
        assert len(fp.rows) == len(fp.cols) == 1
        r, c = int(fp.rows[0]), int(fp.cols[0])
        on_image = 0 <= r < 12 and 0 <= c < 12
        assert dw[i, j] == (marker[r, c] if on_image else 0.0)
