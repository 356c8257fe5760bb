"""The Qt-free state: settings, input, selection, validation, compute and the worker."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from convviz import engine
from convviz.io import session_files as session
from convviz.model.kernels.bank import KernelBank
from convviz.model.layer.compute import compute, layer_worker, take_snapshot
from convviz.model.settings import LayerParams, PaddingKind, Pooling
from convviz.model.state import AppState, Cell, ColorMode, Stage, to_chw


@pytest.fixture
def state() -> AppState:
    return AppState(KernelBank())


def test_update_emits_each_changed_name_once_after_the_whole_change(state):
    seen = []
    state.layer.changed.connect(lambda name: seen.append((name, state.layer.params)))
    state.layer.update(stride=2, padding_kind="same", dilation=1)
    assert sorted(name for name, _ in seen) == ["padding_kind", "stride"]
    assert all(p.stride == 2 and p.padding_kind is PaddingKind.SAME for _, p in seen)  # never half applied
    assert state.layer.params.padding_kind is PaddingKind.SAME
    state.layer.update(stride=2)  # no change, no emission
    assert len(seen) == 2
    assert not hasattr(state.layer, "stride")  # fields are read from the typed value only


def test_bad_value_raises_and_keeps_old(state):
    with pytest.raises(ValueError):
        state.layer.update(stride=0)
    with pytest.raises(ValueError):
        state.layer.update(pooling="median")
    assert state.layer.params.stride == 1 and state.layer.params.pooling is Pooling.NONE


def test_params_round_trip_through_dict():
    p = LayerParams(stride=3, padding_kind="explicit", pad_left=4, pooling="global_avg")
    assert LayerParams.from_dict(p.to_dict()) == p


def test_input_rejects_bad_image_and_keeps_current(state):
    before = state.input.image
    with pytest.raises(ValueError):
        state.input.set_image(np.zeros((4, 4, 5)))
    assert state.input.image is before
    state.input.set_image(np.full((3, 5), 255, np.uint8), "white")
    assert state.input.image.dtype == np.float32 and state.input.image.max() == 1.0
    assert not state.input.image.flags.writeable


def test_color_modes_give_one_or_three_channels():
    rgb = np.random.default_rng(0).random((4, 6, 3)).astype(np.float32)
    assert to_chw(rgb, ColorMode.RGB).shape == (3, 4, 6)
    gray = to_chw(rgb, ColorMode.GRAY)
    np.testing.assert_allclose(gray[0], rgb @ [0.299, 0.587, 0.114], rtol=1e-6)
    assert to_chw(rgb[..., 0], ColorMode.RGB).shape == (3, 4, 6)


def test_selection_emits_only_on_change(state):
    seen = []
    state.selection.changed.connect(seen.append)
    cell = Cell(Stage.CONV, 0, 1, 2)
    state.selection.pin(cell)
    state.selection.pin(cell)
    state.selection.hover_kernel((0, 1))
    assert seen == ["pinned", "hovered_kernel"]
    assert cell.moved(-5, 100, (4, 4)) == Cell(Stage.CONV, 0, 0, 3)


def test_compute_matches_engine(state):
    state.layer.update(
        stride=2,
        padding_kind="explicit",
        pad_top=2,
        pad_left=0,
        dilation=2,
        padding_mode="reflect",
        activation="relu",
        pooling="max",
    )
    state.bank.set_bias(0.25)
    r = compute(take_snapshot(state, 1))
    x = to_chw(state.input.image, ColorMode.GRAY)
    w = state.bank.weight(1).astype(np.float32)
    expected = engine.conv2d(
        x, w, np.float32([0.25]), stride=2, padding=((2, 1), (0, 1)), dilation=2, padding_mode="reflect"
    )
    np.testing.assert_allclose(r.conv, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(r.pooled, engine.max_pool2d(engine.relu(expected), 2, 2), atol=1e-6)
    assert r.info.out_shape == r.conv.shape and r.info.pooled_shape == r.pooled.shape
    assert r.info.params == 10 and "Conv2d" in r.info.summary


@pytest.mark.parametrize(
    "changes, words",
    [
        (dict(dilation=16, padding_kind="valid"), "dilated span"),
        (dict(padding_kind="explicit", pad_left=48, padding_mode="reflect"), "Reflect padding"),
        (dict(padding_kind="explicit", pad_top=49, padding_mode="circular"), "Circular padding"),
        (dict(stride=16, pooling="max", pool_size=4), "pooling window"),
    ],
)
def test_invalid_combinations_are_explained(state, changes, words):
    state.input.set_image(state.input.image[:30, :30])  # small enough for a dilated span of 33
    state.layer.update(**changes)
    r = compute(take_snapshot(state, 1))
    assert not r.ok and words in r.error and r.conv is None


def test_layer_worker_runs_only_the_newest(state):
    delivered, gate, done = [], threading.Event(), threading.Event()
    computer = layer_worker(lambda r: (delivered.append(r.snapshot.serial), done.set()))
    computer._executor.submit(gate.wait, 5)  # hold the one worker so requests pile up
    for serial in range(1, 6):
        computer.submit(take_snapshot(state, serial))
    gate.set()
    assert done.wait(60)
    computer.shutdown()  # waits for the worker: nothing else can arrive after this
    assert delivered == [5] and computer.dropped == 4  # 1-4 were replaced before they ran


def test_session_round_trip(state, tmp_path):
    state.layer.update(stride=3, pooling="avg")
    state.bank.set_bias(1.5)
    session.save(tmp_path / "s.json", state, {"colormap": "viridis"})
    other = AppState(KernelBank())
    data = session.read(tmp_path / "s.json")
    session.apply(other, data)
    assert other.layer.params == state.layer.params and other.bank.bias == [1.5]
    assert data.extras["colormap"] == "viridis"
    (tmp_path / "bad.json").write_text('{"format": "other"}')
    with pytest.raises(session.SessionError):
        session.read(tmp_path / "bad.json")
