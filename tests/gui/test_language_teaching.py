"""The teaching part in 简体中文 and 繁體中文: with the app's translators installed, the Qt-free
teaching code (the stepper's step lines and inputs, the Properties dock's sentences, the 1-D
convolution's texts, Compare designs, the learner and the animation frames) writes the
translations the teaching .ts files hold (read here, not taken from the code), with the values
in place, computed here by hand; and English again once "en" is installed."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec
from convviz.gui import i18n
from convviz.model.layer.compute import compute, take_snapshot
from convviz.model.state import AppState
from convviz.model.teaching import animation_render, compare_designs, sharing, signal_1d
from convviz.model.teaching.animation import AnimationConfig, build
from convviz.model.teaching.learner import OPTIMIZERS, LearnConfig, Learner
from convviz.model.teaching.properties import PropertiesRequest, measure
from convviz.model.teaching.stepper import GRADIENTS, SOURCES, take_source
from convviz.model.teaching.stepper_check import kinks
from convviz.model.teaching.stepper_job import StepperRequest, compute_pages
from convviz.model.teaching.traversal import ORDER_TIP, ORDERS, OrderedForward, order_tip
from tests.gui.test_language import Words

SOBEL_X = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
X = np.array([[1.0, 2.0, 0.0, 3.0], [0.0, 1.0, 3.0, 1.0], [2.0, 0.0, 1.0, 0.0], [1.0, 3.0, 2.0, 1.0]])
K = np.array([[1.0, 0.0], [-1.0, 2.0]])


class English:
    """The source texts themselves: what "en" shows."""

    def __call__(self, context: str, english: str) -> str:
        return english


@pytest.fixture(params=["zh_CN", "zh_TW", "en"])
def words(request, qtbot):
    """The language's translators installed (as the app does at its start), and a lookup of what
    each English text should then read; English again afterwards."""
    app = QApplication.instance()
    i18n.install(app, request.param)
    yield English() if request.param == "en" else Words(request.param, "teaching")
    i18n.install(app, "en")


def test_the_stepper_step_lines_for_a_small_layer(words):
    """A 4×4 input and a 2×2 kernel: 3×3 outputs, each step says where it is in either order."""
    trace = ForwardTrace(X, K, 0.0, LayerSpec())
    rows, columns = OrderedForward(trace, "rows"), OrderedForward(trace, "columns")
    step = words("Traversal", "step {k} of {n}, {order}")
    for k in range(9):
        assert rows.describe(k) == step.format(k=k + 1, n=9, order=words("Traversal", "row by row"))
        assert columns.describe(k) == step.format(k=k + 1, n=9, order=words("Traversal", "down the columns"))
    # Position 1 down the columns is output (1, 0): its window X[1:3, 0:2] times K, summed by hand.
    assert columns.step(1).out_yx == (1, 0)
    assert columns.step(1).value == pytest.approx(0 * 1 + 1 * 0 + 2 * -1 + 0 * 2)
    assert [label for _, label in ORDERS] == [
        words("Traversal", "across the rows first (row by row)"),
        words("Traversal", "down the columns first (as the course notes slide)"),
    ]
    assert order_tip() == words("Traversal", ORDER_TIP)


def test_the_stepper_inputs_gradients_and_kinks(words):
    assert [label for _, label in SOURCES][:2] == [
        words("StepperInput", "centre 12×12 crop"),
        words("StepperInput", "centre 8×8 crop"),
    ]
    assert dict(GRADIENTS)["painted"] == words("StepperGradient", "painted by hand (click output cells)")
    assert dict(OPTIMIZERS)["momentum"] == words("Learner", "SGD + momentum")
    state = AppState()
    state.input.set_image(np.zeros((16, 16), np.float32))
    pages = compute_pages(StepperRequest(1, take_source(state, "tiny"), gradient="painted"))
    assert pages.setup is not None and pages.setup.description == words("StepperInput", "tiny 6×6 digits")
    assert pages.backward is not None
    assert pages.backward.zero_reason == words(
        "StepperJob", "nothing is painted yet, so every gradient is 0: click cells of dL/dy to paint some"
    )
    # ReLU with z = 0 exactly at five cells that get a gradient: (1, 0), (1, 3), (2, 3), (3, 2), (3, 3).
    x = np.array([[[1.0, 2.0, 2.0, 2.0], [0.0, 1.0, 0.5, 0.0], [-1.0, -1.0, 3.0, 0.0], [-1.0, -1.0, 0.0, 0.0]]])
    smooth = BackwardTrace(x, np.ones((1, 1, 1)), 0.0, LayerSpec(activation="relu"), np.ones((4, 4)))
    cells = words("StepperCheck", "cells {cells} and {more} more").format(cells="(1, 0), (1, 3), (2, 3)", more=2)
    assert kinks(smooth) == (words("StepperCheck", "{activation} at z = 0 in {cells}").format(
        activation="relu", cells=cells
    ),)  # fmt: skip
    tied = BackwardTrace(x, np.ones((1, 1, 1)), 0.0, LayerSpec(activation="relu", pool="max"), np.ones((2, 2)))
    one = words("StepperCheck", "cell {cells}").format(cells="(0, 1)")
    assert kinks(tied) == (words("StepperCheck", "a tie for the maximum in pooled {cells}").format(cells=one),)


def test_the_properties_texts(words):
    state = AppState()
    state.input.set_image(np.random.default_rng(0).random((16, 16)).astype(np.float32))
    state.bank.set_current_kernel(SOBEL_X)
    result = compute(take_snapshot(state, 1))
    report = measure(PropertiesRequest(1, result, SOBEL_X, (0, 1), 90.0))
    # Sobel x = [1, 2, 1]ᵀ · [−1, 0, 1]: 3 + 3 = 6 numbers instead of 3 · 3 = 9.
    assert report.kernel == words(
        "Properties",
        "Rank 1: the kernel is a column times a row, {factors}: {factored} numbers instead of {numbers}, "
        "and {factored} multiplies per output instead of {numbers}.",
    ).format(factors="[1, 2, 1]ᵀ · [−1, 0, 1]", factored=6, numbers=9)
    # A shift by one column at stride 1 moves the map by one cell, exactly (difference 0).
    moved = words(
        "Properties",
        "Equivariance: the map moved by ({a}, {b}) cells; away from the border "
        "({cells} cells) the largest difference is {difference}.",
    )
    # 14×14 outputs; a window stays off what the shift lets in when its last column is ≤ 14: 14 × 13.
    assert report.shift.startswith(moved.format(a=0, b=1, cells=182, difference=0))
    note = words("Equivariance", "The layer does not pool: a 2×2 max pool, stride 2, is measured instead.")
    assert note in report.shift
    assert report.shift.endswith(
        words("Properties", "Measured on the central {h}×{w} of the input.").format(h=16, w=16)
    )
    # 90° on 16×16 at stride 1: a 3×3 kernel leaves 14×14, which 2×2 pooling at stride 2 tiles.
    rotated = words(
        "Properties",
        "Rotated {angle}°: the map differs from the rotated map by up to {map} "
        "of its largest value, the pooled map by up to {pooled}. A difference above 0 "
        "means not rotation invariant (measured at stride 1 without padding on the central "
        "{crop}×{crop}).",
    )
    assert report.rotation.startswith(rotated.split("{map}")[0].format(angle=90))
    assert report.rotation.endswith(rotated.split("{pooled}")[1].format(crop=16))
    # The notes' example: 20 filters 8×8 on 32×32×3 → 14×14×20: 20 · (3·8·8 + 1) = 3,860 shared.
    count = sharing.count_sharing(3, 20, (8, 8), (14, 14))
    assert count.text() == words(
        "Sharing",
        "Shared: {filters} × ({weights}) = {shared} parameters. One set per output position: "
        "{h}·{w} × {shared} = {unshared} parameters ({positions} times as many).",
    ).format(filters=20, weights="3·8·8 + 1", shared="3,860", h=14, w=14, unshared="756,560", positions=196)
    assert report.sharing.startswith(count.text().split("20")[0])  # the same sentence, the layer's numbers


def test_the_1d_texts(words):
    assert signal_1d.why_juan() == words("Signal1D", signal_1d.WHY_JUAN)
    with pytest.raises(ValueError) as bad:
        signal_1d.parse_numbers("1, two, 3", "signal")
    assert str(bad.value) == words(
        "Signal1D", "The signal must be numbers separated by commas or spaces; {bad} is not one."
    ).format(bad="'two'")
    with pytest.raises(ValueError) as long:
        signal_1d.Slide(signal=[1.0], kernel=[1.0] * 70)
    assert str(long.value) == words("Signal1D", "The kernel must be 1 to {most} numbers; it has {count}.").format(
        most=64, count=70
    )


def test_compare_designs_and_the_learner(words):
    first = compare_designs.separable(compare_designs.CompareNumbers())
    assert first.title == words("CompareDesigns", "Standard vs depthwise-separable {k}×{k}").format(k=5)
    assert first.variants[0].label == words("CompareDesigns", "Conv {k}×{k} {c}→{o}").format(k=5, c=192, o=32)
    learner = Learner(X, K, config=LearnConfig(max_iterations=3, patience=1000))
    learner.run(10)
    assert learner.reason == words("Learner", "reached {n} iterations").format(n=3)


def test_an_animation_frame_in_the_language(words):
    """Input 3×3 (the default pattern), kernel 2×2, stride 1: output (0, 0)'s caption and the titles."""
    cfg = AnimationConfig(input_hw=(3, 3), kernel_hw=(2, 2))
    animation = build(cfg)
    frame = animation.frames[0]
    # input_pattern: (2i² + j² + ij + 3i + j) % 5 % 4 + 1; kernel_pattern: (i + 2j + 2) % 4 − 1.
    window = [1, 3, 1, 4]  # rows 0 and 1, columns 0 and 1
    kernel = [1, -1, 2, 0]
    terms = " + ".join(f"{a}·{b}" if b >= 0 else f"{a}·(−{-b})" for a, b in zip(window, kernel, strict=True))
    value = 1 * 1 + 3 * -1 + 1 * 2 + 4 * 0  # 0
    assert frame.caption == words("Animation", "output ({y}, {x}) = Σ window × kernel = {terms} = {value}").format(
        y=0, x=0, terms=terms, value=value
    )
    assert frame.short_caption == words(
        "Animation", "output ({y}, {x}) = Σ window × kernel ({count} products) = {value}"
    ).format(y=0, x=0, count=4, value=value)
    assert [g.title for g in frame.grids] == [
        f"{words('Animation', 'input')} 3×3",
        words("Animation", "kernel {size}").format(size="2×2"),
        words("Animation", "output {size}").format(size="2×2"),
    ]
    comma = ", " if isinstance(words, English) else "，"
    assert animation.title == comma.join(
        [
            words("Animation", "Forward pass: input {size}").format(size="3×3"),
            words("Animation", "kernel {size}").format(size="2×2"),
            words("Animation", "stride {value}").format(value=1),
            words("Animation", "padding {value}").format(value=0),
        ]
    )
    last = animation.frames[-1]
    assert last.caption == words(
        "Animation", "The output {size} is complete: {n} windows, one output cell each, {order}."
    ).format(size="2×2", n=4, order=words("Traversal", "row by row"))
    # Drawn at the narrowest width, the caption's lines each fit the frame.
    lay = animation_render.layout(frame, 800, animation.title)
    image = animation_render.draw_frame(frame, lay)
    assert image.size == (lay.width, lay.height)
    room = lay.width - 2 * animation_render.MARGIN
    lines = animation_render._wrap(frame.caption, lay.caption_size, room)
    assert "".join(lines).replace(" ", "") == frame.caption.replace(" ", "")[: len("".join(lines).replace(" ", ""))]
    cjk = animation_render.has_cjk(frame.caption)
    assert all(animation_render._text_width(line, lay.caption_size, cjk) <= room for line in lines)
