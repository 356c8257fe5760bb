"""The stepper steps what the explorer computes, in either colour mode (UX review B6, B9).

Oracles: the explorer's own `compute` (its maps and its arithmetic), and scipy.signal.correlate2d
summed over the channels, written out here; neither is the stepper's trace.
"""

import dataclasses

import numpy as np
import pytest
from scipy.signal import correlate2d

from convviz.engine.kernels import preset
from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec
from convviz.model.layer.arithmetic import conv_arithmetic
from convviz.model.layer.compute import compute, take_snapshot
from convviz.model.state import AppState, Cell, Stage
from convviz.model.teaching.stepper import (
    StepperInput,
    build_input,
    closed_forms,
    default_target,
    gradient_check,
    pool_leftovers,
    take_source,
    tiny_input,
    tiny_rgb_input,
)
from convviz.model.teaching.stepper_check import kinks
from convviz.model.teaching.stepper_job import StepperRequest, compute_pages


def _photo(h: int = 96, w: int = 128, seed: int = 0) -> np.ndarray:
    """A smooth RGB picture with noise, channels different (float32 in [0, 1], as loaded)."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w] / max(h, w)
    base = np.stack([np.sin(7 * xx + c) * np.cos(5 * yy - 2 * c) for c in (0.0, 1.3, 2.6)], axis=-1)
    return np.clip(0.5 + 0.35 * base + 0.15 * rng.random((h, w, 3)), 0, 1).astype(np.float32)


def _rgb_state(per_channel: bool = False, **layer) -> AppState:
    state = AppState(image=_photo())
    state.input.set_color_mode("rgb")
    state.bank.set_current_kernel(preset("sobel_x"))
    if per_channel:  # three different slices: R sobel_x, G sobel_y, B a random kernel
        state.bank.set_shared(False)
        state.bank.channel = 1
        state.bank.set_current_kernel(preset("sobel_y"))
        state.bank.channel = 2
        state.bank.set_current_kernel(np.random.default_rng(5).uniform(-1, 1, (3, 3)))
    state.bank.set_bias(0.25)
    state.layer.update(**layer)
    return state


LAYERS = [
    dict(),
    dict(padding_kind="same", activation="relu"),
    dict(stride=2, padding_kind="same", dilation=2),
    dict(stride=2, padding_kind="explicit", pad_top=1, pad_bottom=0, pad_left=2, pad_right=1, flip=True),
    dict(activation="tanh", padding_kind="same", padding_mode="reflect"),
]


@pytest.mark.parametrize("per_channel", [False, True], ids=["shared", "per-channel"])
@pytest.mark.parametrize("layer", LAYERS, ids=lambda d: ",".join(f"{k}={v}" for k, v in d.items()) or "plain")
def test_the_pinned_cell_has_the_explorers_value_in_rgb(per_channel, layer):
    state = _rgb_state(per_channel, **layer)
    result = compute(take_snapshot(state, 0))  # the explorer's forward pass: the oracle
    fy, fx = result.activated.shape[1] // 2 + 3, result.activated.shape[2] // 3
    cell = Cell(Stage.CONV, 0, fy, fx)
    state.selection.pin(cell)
    pages = compute_pages(StepperRequest(1, take_source(state, "pinned12")))
    assert pages.ok and pages.setup.color == "RGB" and pages.setup.x.shape == (3, 12, 12)
    assert pages.pinned is not None and pages.pinned.stage is Stage.CONV, pages.pin_note
    y, x = pages.pinned.yx
    trace = pages.forward
    step = trace.step(y * trace.run.z.shape[1] + x)
    assert step.out_yx == (y, x)
    explorer = conv_arithmetic(cell, result)
    assert step.value == pytest.approx(float(result.activated[0, fy, fx]), abs=2e-6)
    assert step.value == pytest.approx(explorer.value, abs=2e-6)
    assert step.pre_activation == pytest.approx(explorer.pre_activation, abs=1e-9)  # same float32 inputs
    # Each channel's window × kernel slice, summed: the partial sums add up to the total.
    partial = step.products.sum(axis=(1, 2))
    assert partial.shape == (3,) and partial.sum() == pytest.approx(step.total, abs=1e-12)
    np.testing.assert_allclose(partial, explorer.products.sum(axis=(1, 2)), atol=1e-9)
    # scipy on the explorer's padded input, channel by channel, with the weights as applied.
    rows, cols = result.geometry.conv.window(fy, fx)
    (top, _), (left, _) = result.geometry.conv.pads
    by_scipy = []
    for c in range(3):
        window = result.padded[c][np.ix_(rows + top, cols + left)].astype(np.float64)
        weights = result.snapshot.weight[0, c].astype(np.float64)
        weights = weights[::-1, ::-1] if state.layer.params.flip else weights
        by_scipy.append(correlate2d(window, weights, mode="valid")[0, 0])
    np.testing.assert_allclose(partial, by_scipy, atol=1e-9)


def test_a_pinned_pooled_cell_is_found_and_has_the_explorers_value():
    state = _rgb_state(stride=2, padding_kind="same", pooling="max", activation="relu")
    result = compute(take_snapshot(state, 0))
    cell = Cell(Stage.POOL, 0, 11, 13)
    state.selection.pin(cell)
    pages = compute_pages(StepperRequest(1, take_source(state, "pinned12")))
    assert pages.pinned is not None and pages.pinned.stage is Stage.POOL, pages.pin_note
    y, x = pages.pinned.yx
    assert pages.forward.run.pooled[y, x] == pytest.approx(float(result.pooled[0, 11, 13]), abs=2e-6)


def test_the_pinned_maps_filter_is_stepped():
    state = _rgb_state()
    state.bank.add_filter(preset("laplacian"))  # filter 2, now the current one
    state.bank.current = 0
    result = compute(take_snapshot(state, 0))
    state.selection.pin(Cell(Stage.CONV, 1, 40, 50))
    pages = compute_pages(StepperRequest(1, take_source(state, "pinned12")))
    assert pages.setup.filter_index == 1
    y, x = pages.pinned.yx
    assert pages.forward.run.a[y, x] == pytest.approx(float(result.activated[1, 40, 50]), abs=2e-6)


def test_gray_mode_steps_the_luma_with_the_kernel_the_explorer_applies():
    """A per-channel bank on a gray input: the explorer sums the slices; so does the stepper."""
    state = _rgb_state(per_channel=True)
    state.input.set_color_mode("gray")
    setup = build_input(state, "crop12")
    assert setup.color == "gray" and setup.x.shape == (1, 12, 12) and not setup.shared
    np.testing.assert_allclose(setup.kernel[0], state.bank.filters[0].sum(axis=0), atol=1e-6)
    result = compute(take_snapshot(state, 0))
    state.selection.pin(Cell(Stage.CONV, 0, 30, 30))
    pages = compute_pages(StepperRequest(1, take_source(state, "pinned12")))
    y, x = pages.pinned.yx
    assert pages.forward.run.a[y, x] == pytest.approx(float(result.activated[0, 30, 30]), abs=2e-6)


def test_crops_tiny_digits_and_the_full_image_have_three_channels_in_rgb():
    state = _rgb_state()
    crop = build_input(state, "crop8")
    image = state.input.image
    np.testing.assert_array_equal(crop.x, image[44:52, 60:68].transpose(2, 0, 1).astype(np.float64))
    tiny = build_input(state, "tiny")
    np.testing.assert_array_equal(tiny.x, tiny_rgb_input())
    assert np.array_equal(tiny.x[0], tiny_input()) and not np.array_equal(tiny.x[1], tiny.x[2])
    full = build_input(state, "full")
    assert full.x.shape == (3, 48, 64)  # 2×2 blocks bring 128 to 64
    assert full.x[2, 5, 7] == pytest.approx(image[10:12, 14:16, 2].mean())


def _rgb_setup(spec: LayerSpec, seed: int = 0) -> StepperInput:
    rng = np.random.default_rng(seed)
    return StepperInput(rng.standard_normal((3, 6, 7)), rng.standard_normal((3, 3, 3)), 0.3, spec, shared=False)


RGB_SPECS = [
    LayerSpec(),
    LayerSpec(stride=2, padding="same", activation="relu", pool="max"),
    LayerSpec(padding=1, padding_mode="reflect", flip=True, activation="tanh", pool="avg"),
    LayerSpec(padding=2, padding_mode="circular", dilation=2),
]


@pytest.mark.parametrize("spec", RGB_SPECS)
def test_rgb_gradients_agree_with_the_closed_forms_and_central_differences(spec):
    setup = _rgb_setup(spec)
    y = ForwardTrace(setup.x, setup.kernel, setup.bias, spec).run.y
    grad = np.random.default_rng(2).standard_normal(y.shape)
    trace = BackwardTrace(setup.x, setup.kernel, setup.bias, spec, grad)
    final = trace.step(len(trace) - 1)
    forms = closed_forms(trace, final)
    assert forms.d_weight.shape == (3, 3, 3) and forms.d_input.shape == (3, 6, 7)
    assert forms.max_diff < 1e-10 and forms.agrees
    check = gradient_check(setup, trace, final, None)
    assert check.input is not None and check.largest < 1e-6 and check.agrees
    # A wrong total in the last channel shows in both oracles.
    wrong = final.d_weight.copy()
    wrong[2, 1, 1] += 1e-3
    bad = gradient_check(setup, trace, dataclasses.replace(final, d_weight=wrong), None)
    assert bad.closed == pytest.approx(1e-3, rel=1e-6) and bad.weight == pytest.approx(1e-3, rel=1e-2)
    assert not bad.agrees


def test_the_default_target_is_never_the_kernel_itself():
    assert default_target(preset("sobel_x")[None]) == "sobel_y"
    assert default_target(preset("sobel_y")[None]) == "sobel_x"
    assert default_target(np.broadcast_to(preset("sobel_x"), (3, 3, 3))) == "sobel_y"  # RGB, shared
    assert default_target(preset("box_blur")[None]) == "sobel_x"
    assert default_target(preset("sobel_x")[None].astype(np.float32)) == "sobel_y"
    five = np.zeros((1, 5, 5))
    five[0, 1:4, 1:4] = preset("sobel_x")  # sobel_x fitted to 5×5 is still sobel_x
    assert default_target(five) == "sobel_y"


def test_why_every_gradient_is_zero_is_said():
    state = AppState()
    state.bank.set_current_kernel(preset("sobel_x"))
    state.layer.update(padding_kind="same")
    source = take_source(state, "tiny")
    same = compute_pages(StepperRequest(1, source, "loss", "sobel_x")).backward
    assert same.loss == 0.0 and not same.trace.grad_output.any()
    assert "already equals the target" in same.zero_reason and "pick another target" in same.zero_reason
    assert compute_pages(StepperRequest(1, source, "loss", "sobel_y")).backward.zero_reason == ""
    painted = compute_pages(StepperRequest(1, source, "painted")).backward
    assert "nothing is painted" in painted.zero_reason
    state.bank.set_current_kernel(-np.ones((3, 3)))  # every output < 0: ReLU passes no gradient
    state.layer.update(activation="relu", padding_kind="valid")
    dead = compute_pages(StepperRequest(1, take_source(state, "tiny"), "ones")).backward
    assert "activation" in dead.zero_reason and not dead.trace.d_pre.any()


def test_pooling_leftovers_are_the_rows_and_columns_no_window_reads():
    from convviz.engine.geometry import ConvGeometry, LayerGeometry, PoolGeometry

    def leftovers(hw, k, s):
        conv = ConvGeometry.resolve((hw[0] + 2, hw[1] + 2), (3, 3))  # a conv whose output is hw
        return pool_leftovers(LayerGeometry(conv, PoolGeometry.resolve(conv.out_hw, k, s)))

    assert leftovers((5, 5), 2, 2) == ([4], [4])  # ⌊(5 − 2) / 2⌋ + 1 = 2 windows: rows 0–3
    assert leftovers((6, 7), 2, 2) == ([], [6])
    assert leftovers((6, 6), 2, 3) == ([2, 5], [2, 5])  # stride > window: cells between windows
    assert leftovers((6, 6), 3, 1) == ([], [])
    conv = ConvGeometry.resolve((8, 8), (3, 3))
    assert pool_leftovers(LayerGeometry(conv, None)) == ([], [])


def test_a_pin_on_the_border_matches_with_zero_padding_and_says_why_not_otherwise():
    state = _rgb_state(padding_kind="same")
    result = compute(take_snapshot(state, 0))
    state.selection.pin(Cell(Stage.CONV, 0, 0, 127))  # its window reads the padding
    pages = compute_pages(StepperRequest(1, take_source(state, "pinned12")))
    y, x = pages.pinned.yx
    assert pages.forward.run.a[y, x] == pytest.approx(float(result.activated[0, 0, 127]), abs=2e-6)
    state.layer.update(padding_mode="circular")  # the padding copies the far side: not in a crop
    pages = compute_pages(StepperRequest(1, take_source(state, "pinned12")))
    assert pages.pinned is None and "does not fit this crop" in pages.pin_note


def test_kinks_are_found_where_a_gradient_meets_relu_at_zero_or_a_tied_maximum():
    x = np.array([[[1.0, 2.0, 2.0, 2.0], [0.0, 1.0, 0.5, 0.0], [-1.0, -1.0, 3.0, 0.0], [-1.0, -1.0, 0.0, 0.0]]])
    spec = LayerSpec(activation="relu", pool="max")
    trace = BackwardTrace(x, np.ones((1, 1, 1)), 0.0, spec, np.ones((2, 2)))
    # Pooled (0, 1): 2 and 2 tie; (1, 0): all four < 0, flat after ReLU (no kink); the others have
    # one winner, and max pooling sends no gradient to the cells at z = 0.
    assert kinks(trace) == ("a tie for the maximum in pooled cell (0, 1)",)
    smooth = BackwardTrace(x, np.ones((1, 1, 1)), 0.0, LayerSpec(activation="relu"), np.ones((4, 4)))
    assert kinks(smooth) == ("relu at z = 0 in cells (1, 0), (1, 3), (2, 3) and 2 more",)
    assert kinks(BackwardTrace(x, np.ones((1, 1, 1)), 0.5, LayerSpec(activation="tanh"), np.ones((4, 4)))) == ()
