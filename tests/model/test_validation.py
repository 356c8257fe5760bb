"""A problem names the settings it is about; a layer that can run gets its geometry, resolved once."""

from __future__ import annotations

import pytest

from convviz import engine
from convviz.model.layer.compute import compute, take_snapshot
from convviz.model.layer.validation import Problem, check_layer, resolve_layer
from convviz.model.settings import LayerParams
from convviz.model.state import AppState


@pytest.mark.parametrize(
    "changes, hw, fields, words",
    [
        (
            dict(padding_kind="explicit", pad_left=30, padding_mode="reflect"),
            (30, 30),
            ("pad_left", "padding_mode"),
            "left pad 30 ≥ width 30",
        ),
        (
            dict(padding_kind="explicit", pad_bottom=31, padding_mode="circular"),
            (30, 30),
            ("pad_bottom", "padding_mode"),
            "bottom pad 31 > height 30",
        ),
        (
            dict(padding_kind="same", dilation=16, padding_mode="reflect"),
            (10, 40),
            ("padding_kind", "padding_mode"),
            "top pad 16 ≥ height 10",
        ),
        (dict(dilation=16), (40, 30), ("dilation", "padding_kind"), "dilated span is 33 columns"),
        (
            dict(padding_kind="explicit", dilation=16),
            (30, 30),
            ("dilation", "pad_top", "pad_bottom"),
            "padded input has only 32",
        ),
        (dict(stride=16, pooling="max", pool_size=4), (30, 30), ("pool_size", "stride"), "pooling window"),
    ],
)
def test_each_problem_names_the_settings_it_is_about(changes, hw, fields, words):
    params = LayerParams(**changes)
    problem = check_layer(params, hw, (3, 3))
    assert isinstance(problem, Problem) and problem.fields == fields and words in problem.message
    assert resolve_layer(params, hw, (3, 3)) == problem


def test_the_result_carries_the_problem_and_its_message():
    state = AppState()
    state.layer.update(padding_kind="explicit", pad_left=48, padding_mode="reflect")
    result = compute(take_snapshot(state, 1))
    assert not result.ok and result.problem.fields == ("pad_left", "padding_mode")
    assert result.error == result.problem.message and result.geometry is None


@pytest.mark.parametrize(
    "changes",
    [
        dict(),
        dict(stride=2, padding_kind="same", dilation=3),
        dict(padding_kind="explicit", pad_top=0, pad_left=4, pooling="avg", pool_size=3, pool_stride=2),
        dict(stride=3, pooling="global_max"),
    ],
)
def test_a_layer_that_runs_gets_the_geometry_its_maps_have(changes):
    state = AppState()
    state.layer.update(**changes)
    result = compute(take_snapshot(state, 1))
    p, geometry = result.snapshot.params, result.geometry
    assert result.ok and check_layer(p, state.input.hw, state.bank.size) is None
    assert geometry == resolve_layer(p, state.input.hw, state.bank.size)
    assert (
        result.pads
        == geometry.conv.pads
        == engine.resolve_padding(p.padding_arg(), state.input.hw, state.bank.size, p.stride, p.dilation)
    )
    assert result.conv.shape[1:] == geometry.conv.out_hw and result.padded.shape[1:] == geometry.conv.padded_hw
    if result.pooled is None:
        assert geometry.pool is None
    else:
        assert result.pooled.shape[1:] == geometry.pool.out_hw
    assert result.info.out_shape[1:] == geometry.conv.out_hw
