"""The stepper's Qt-free model: inputs from the app state, the play head, closed forms, checks."""

import numpy as np
import pytest

from convviz.engine.kernels import preset
from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec
from convviz.model.settings import LayerParams
from convviz.model.state import AppState
from convviz.model.teaching.stepper import (
    Player,
    StepperInput,
    build_input,
    closed_forms,
    gradient_check,
    layer_spec,
    target_output,
    tiny_input,
    upstream_gradient,
)


def test_build_input_crops_the_gray_image_and_takes_the_current_filter():
    state = AppState()
    state.bank.set_current_kernel(preset("sobel_x"))
    state.bank.set_bias(0.5)
    setup = build_input(state, "crop12")
    assert setup.x.shape == (1, 12, 12) and setup.color == "gray"  # channels first, as the layer sees it
    assert np.array_equal(setup.kernel, preset("sobel_x")[None]) and setup.bias == 0.5
    assert build_input(state, "crop8").x.shape == (1, 8, 8)
    assert np.array_equal(build_input(state, "tiny").x, tiny_input()[None])
    assert build_input(state, "full").x.shape == (1, *state.input.hw)  # small pictures stay as they are
    state.input.set_image(np.random.default_rng(0).random((300, 130)).astype(np.float32))
    full = build_input(state, "full").x
    assert full.shape == (1, 60, 26)  # 5×5 blocks: the smallest factor that brings 300 to ≤ 64
    gray = state.input.image.astype(np.float64)
    assert full[0, 7, 3] == pytest.approx(gray[35:40, 15:20].mean())
    state.input.set_image(np.ones((1, 2048), np.float32))
    assert build_input(state, "full").x.shape == (1, 1, 64)
    state.layer.update(use_bias=False)
    assert build_input(state, "crop12").bias == 0.0


def test_layer_spec_follows_the_settings_and_skips_global_pooling():
    spec, note = layer_spec(
        LayerParams(
            stride=2,
            padding_kind="same",
            activation="relu",
            pooling="avg",
            pool_size=3,
            pool_stride=1,
            flip=True,
            padding_mode="reflect",
        )
    )
    assert (spec.stride, spec.padding, spec.activation, spec.pool, spec.pool_size, spec.pool_stride) == (
        2,
        "same",
        "relu",
        "avg",
        3,
        1,
    )
    assert spec.flip and spec.padding_mode == "reflect" and note == ""
    spec, note = layer_spec(LayerParams(pooling="global_max"))
    assert spec.pool == "none" and "global" in note


def test_player_seeks_within_bounds_and_reports_changes():
    player, seen = Player(10), []
    player.changed.connect(seen.append)
    player.seek(4)
    player.forward()
    player.back()
    player.back()
    assert player.position == 3 and seen == [4, 5, 4, 3]
    player.seek(99)
    assert player.position == 9 and player.at_end
    player.forward()
    assert player.position == 9
    player.seek(-5)
    assert player.position == 0
    player.back()
    assert player.position == 0
    player.to_end()
    player.to_start()
    assert seen[-2:] == [9, 0]


def test_play_ticks_advance_by_speed_carry_fractions_and_stop_at_the_end():
    player = Player(20, speed_index=Player.SPEEDS.index(4))
    assert player.tick(1.0) == 0  # not playing
    player.play()
    assert player.tick(0.5) == 2
    assert player.tick(0.1) == 0 and player.tick(0.1) == 0 and player.tick(0.1) == 1  # 0.4 + 0.4 + 0.4
    player.faster()
    assert player.speed == 8
    player.slower()
    player.slower()
    assert player.speed == 2
    player.tick(100.0)
    assert player.position == 19 and not player.playing
    player.play()  # from the end: starts over
    assert player.position == 0 and player.playing
    for _ in range(50):
        player.faster()
    assert player.speed == Player.SPEEDS[-1]


def test_set_length_keeps_the_position_when_it_still_exists():
    player = Player(30)
    player.seek(12)
    player.set_length(40)
    assert player.position == 12
    player.set_length(5)
    assert player.position == 4
    player.set_length(0)
    assert player.position == 0 and player.last == 0


def _setup(spec, seed=0, shape=(7, 8)):
    rng = np.random.default_rng(seed)
    return StepperInput(rng.standard_normal(shape), rng.standard_normal((3, 3)), 0.3, spec)


SPECS = [
    LayerSpec(),
    LayerSpec(stride=2, padding="same", activation="relu", pool="max"),
    LayerSpec(padding=((1, 0), (2, 1)), dilation=2, activation="tanh", pool="avg"),
    LayerSpec(padding=1, padding_mode="reflect", flip=True, activation="sigmoid"),
    LayerSpec(padding=2, padding_mode="circular", stride=2),
    LayerSpec(padding=1, padding_mode="replicate", stride=(1, 2), dilation=(2, 1)),
]


@pytest.mark.parametrize("spec", SPECS)
def test_closed_forms_equal_the_accumulated_gradients(spec):
    setup = _setup(spec)
    y = ForwardTrace(setup.x, setup.kernel, setup.bias, spec).run.y
    grad = np.random.default_rng(3).standard_normal(y.shape)
    trace = BackwardTrace(setup.x, setup.kernel, setup.bias, spec, grad)
    forms = closed_forms(trace, trace.step(len(trace) - 1))
    assert forms.max_diff < 1e-10
    assert forms.d_weight.shape == (1, 3, 3) and forms.d_input.shape == setup.x.shape


@pytest.mark.parametrize("kind", ["loss", "ones", "painted"])
def test_gradient_check_agrees_for_every_upstream_gradient(kind):
    setup = _setup(LayerSpec(padding=1, activation="tanh", pool="avg"), seed=5, shape=(6, 6))
    y = ForwardTrace(setup.x, setup.kernel, setup.bias, setup.spec).run.y
    painted = np.zeros_like(y)
    painted[0, 1], painted[2, 0] = 1.0, -1.0
    grad, loss = upstream_gradient(setup, y, kind, "sobel_x", painted)
    assert (loss is not None) == (kind == "loss")
    target = target_output(setup, "sobel_x") if kind == "loss" else None
    trace = BackwardTrace(setup.x, setup.kernel, setup.bias, setup.spec, grad)
    check = gradient_check(setup, trace, trace.step(len(trace) - 1), target)
    assert check.input is not None
    assert check.largest < 1e-6


@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize("field", ["d_weight", "d_input", "d_bias"])
def test_gradient_check_catches_a_wrong_accumulated_total(spec, field):
    """Both oracles are independent of the totals: a total off by 1e-3 shows in each of them."""
    import dataclasses

    setup = _setup(spec, seed=4)
    y = ForwardTrace(setup.x, setup.kernel, setup.bias, spec).run.y
    grad = np.random.default_rng(6).standard_normal(y.shape)
    trace = BackwardTrace(setup.x, setup.kernel, setup.bias, spec, grad)
    final = trace.step(len(trace) - 1)
    good = gradient_check(setup, trace, final, None)
    assert good.largest < 1e-6 and good.closed < 1e-10
    value = getattr(final, field)
    if field == "d_bias":
        wrong = value + 1e-3
    else:
        wrong = value.copy()
        wrong.reshape(-1)[-1] += 1e-3
    bad = gradient_check(setup, trace, dataclasses.replace(final, **{field: wrong}), None)
    assert bad.closed == pytest.approx(1e-3, rel=1e-6)
    numerical = {"d_weight": bad.weight, "d_input": bad.input, "d_bias": bad.bias}[field]
    assert numerical == pytest.approx(1e-3, rel=1e-2)


def test_upstream_gradient_rejects_unknown_kinds_and_ignores_stale_paint():
    setup = _setup(LayerSpec())
    y = np.ones((5, 6))
    assert not upstream_gradient(setup, y, "painted", painted=np.ones((2, 2)))[0].any()
    with pytest.raises(ValueError, match="gradient kind"):
        upstream_gradient(setup, y, "bogus")


def test_closed_forms_on_a_large_image_use_fft_and_still_agree():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((160, 150))
    spec = LayerSpec(padding="same", stride=2)
    y = ForwardTrace(x, np.ones((3, 3)), 0.0, spec).run.y
    trace = BackwardTrace(x, rng.standard_normal((3, 3)), 0.0, spec, rng.standard_normal(y.shape))
    forms = closed_forms(trace, trace.step(len(trace) - 1))
    assert forms.max_diff < 1e-8 * max(1.0, np.abs(forms.d_weight).max())


def test_crop_around_the_pinned_cell_follows_stride_padding_and_pooling():
    from convviz.model.state import Cell, Stage

    image = np.arange(60 * 80, dtype=np.float32).reshape(60, 80) / (60 * 80)
    state = AppState(image=image)
    state.layer.update(
        stride=2,
        padding_kind="explicit",
        pad_top=1,
        pad_bottom=1,
        pad_left=1,
        pad_right=1,
        pooling="max",
        pool_size=2,
        pool_stride=2,
    )
    # Pooled cell (10, 15) -> conv cell (21, 31) -> 3×3 window rows 41..43, cols 61..63 (pad 1).
    state.selection.pin(Cell(Stage.POOL, 0, 10, 15))
    x = build_input(state, "pinned12").x[0]
    top, left = 42 - 6, 62 - 6
    np.testing.assert_array_equal(x, image[top : top + 12, left : left + 12].astype(np.float64))
    state.selection.pin(None)
    np.testing.assert_array_equal(build_input(state, "pinned12").x[0], image[24:36, 34:46].astype(np.float64))
