"""The December UX review's stepper items, driven as a user in the real window or tab:
RGB follows the explorer (B6), no silent zero lesson (B9), outputs that show their shape and say
what they drop (C7), arithmetic written as a reader writes it (D5), marks that hide nothing (D6)."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from convviz.engine.kernels import preset
from convviz.gui.stepper import formula
from convviz.gui.stepper.matrix_view import EMPTY_RGB
from convviz.model.state import Cell, Stage
from convviz.model.teaching.stepper import GradientCheck
from tests.conftest import wait_computed
from tests.gui.test_stepper import settle, shown_stepper


@pytest.fixture
def stepper(qtbot):
    """The tiny 6×6 digits with sobel_x and 'same' padding (as in test_stepper)."""
    yield from shown_stepper(qtbot)


def _photo(h: int = 96, w: int = 128) -> np.ndarray:
    rng = np.random.default_rng(1)
    yy, xx = np.mgrid[0:h, 0:w] / max(h, w)
    base = np.stack([np.sin(7 * xx + c) * np.cos(5 * yy - 2 * c) for c in (0.0, 1.3, 2.6)], axis=-1)
    return np.clip(0.5 + 0.35 * base + 0.15 * rng.random((h, w, 3)), 0, 1).astype(np.float32)


def _bold_numbers(rich: str) -> list[float]:
    """The numbers written in bold in a line, as a reader reads them (true minus included)."""
    parts = [p.split("</b>")[0].replace(formula.MINUS, "-") for p in rich.split("<b>")[1:]]
    return [float(p) for p in parts if p.lstrip("-").replace(".", "").isdigit()]


def _laptop(qtbot, window) -> None:
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=5000)


def test_in_rgb_the_pinned_cell_is_stepped_with_the_explorers_numbers(main_window, qtbot):
    state = main_window.state
    state.input.set_image(_photo(), "photo")
    panel = main_window.layer_panel
    panel.color_mode.setCurrentIndex(panel.color_mode.findData("rgb"))  # the user picks RGB
    state.bank.set_current_kernel(preset("sobel_x"))
    wait_computed(qtbot, main_window)
    # Pin a cell in the explorer (clicking a map to pin is test_lecture_ready's; a click here could
    # fall within the double-click time of an earlier test's click).
    state.selection.pin(Cell(Stage.CONV, 0, 40, 70))
    qtbot.waitUntil(lambda: main_window.arithmetic_panel.current is not None)
    explorer = main_window.arithmetic_panel.current  # the explorer's arithmetic of that cell
    assert explorer is not None and explorer.window.shape[0] == 3
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = main_window.stepper
    tab.source_combo.setCurrentIndex(tab.source_combo.findData("pinned12"))
    settle(qtbot, tab)
    note = tab.note.text()
    assert "RGB" in note and "gray" not in note and "pinned (40, 70)" in note
    forward = tab.forward
    assert forward.pinned is not None and forward.player.position == forward.pinned_step()  # jumped there
    step = forward.trace.step(forward.player.position)
    lines = forward.arithmetic.text().split("<br>")
    assert len(lines) == 4  # R, G, B, then their sum + bias → activation
    subtotals = [_bold_numbers(line)[-1] for line in lines[:3]]
    np.testing.assert_allclose(subtotals, explorer.products.sum(axis=(1, 2)), rtol=1e-3, atol=1e-4)
    shown_value = _bold_numbers(lines[3])[-1]
    assert shown_value == pytest.approx(explorer.value, rel=1e-3, abs=1e-4)
    assert step.value == pytest.approx(explorer.value, abs=2e-6)
    assert sum(subtotals) == pytest.approx(step.total, abs=2e-3)
    # The channel buttons (and C) choose which slice the matrices show.
    run = forward.trace.run
    qtbot.mouseClick(tab.channel_bar.buttons[1], Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(forward.input_view.values, run.padded[1])
    np.testing.assert_array_equal(forward.kernel_view.values, run.effective[1])
    np.testing.assert_array_equal(forward.products_view.values, step.products[1])
    assert "input G" in forward.input_view.title.text
    main_window.activateWindow()
    forward.setFocus()
    qtbot.keyClick(forward, Qt.Key.Key_C)
    assert tab.channel_bar.channel == 2
    np.testing.assert_array_equal(forward.input_view.values, run.padded[2])


def test_gray_says_gray_and_the_learn_page_says_what_it_learns_on(stepper, qtbot):
    assert "6×6 gray" in stepper.note.text() and not stepper.channel_bar.isVisible()
    stepper.state.input.set_image(np.zeros((100, 90, 3), np.float32))
    stepper.state.input.set_color_mode("rgb")  # the learner still learns on gray
    stepper.tabs.setCurrentWidget(stepper.learn)
    note = stepper.note.text()
    assert "centre 64×64 crop" in note and "gray" in note and "6×6" not in note and "RGB" not in note
    assert not stepper.source_combo.isEnabled() and not stepper.channel_bar.isVisible()
    assert "centre 64×64 crop" in stepper.learn.status.text()
    stepper.state.input.set_image(np.zeros((30, 40), np.float32))
    stepper.tabs.setCurrentWidget(stepper.forward)
    stepper.tabs.setCurrentWidget(stepper.learn)
    assert "30×40" in stepper.note.text() and "30×40" in stepper.learn.status.text()


def test_the_backward_default_is_not_a_zero_lesson_and_a_zero_one_says_why(stepper, qtbot):
    stepper.state.layer.update(pooling="max", activation="relu")
    stepper.tabs.setCurrentWidget(stepper.backward)
    settle(qtbot, stepper)
    panel = stepper.backward
    assert panel.target_combo.currentText() == "sobel_y"  # the kernel is sobel_x
    assert panel.page.loss > 0 and np.abs(panel.trace.grad_output).max() > 0
    texts = []
    for k in range(panel.trace.pool_steps):
        panel.player.seek(k)
        texts.append(panel.explain.text())
    assert not any("[" in t or "]" in t for t in texts)  # no Python lists
    step = next(panel.trace.step(k) for k in range(panel.trace.pool_steps) if panel.trace.step(k).routed_to)
    panel.player.seek(step.index)
    assert f"goes to its arg-max, cell {formula.cell(step.routed_to[0])}" in panel.explain.text()
    panel.target_combo.setCurrentText("sobel_x")  # the user asks for the kernel itself
    settle(qtbot, stepper)
    assert panel.target_combo.currentText() == "sobel_x"  # a choice is kept
    panel.player.seek(0)
    assert "the kernel already equals the target" in panel.explain.text().lower()
    assert "goes nowhere: the gradient is 0" in panel.explain.text()
    stepper.state.bank.set_current_kernel(preset("sobel_y"))  # the target was chosen: it stays
    settle(qtbot, stepper)
    assert panel.target_combo.currentText() == "sobel_x"


def test_the_loss_shows_y_and_t_of_the_cell(stepper, qtbot):
    stepper.state.layer.update(pooling="avg")
    stepper.tabs.setCurrentWidget(stepper.backward)
    settle(qtbot, stepper)
    panel = stepper.backward
    panel.player.seek(1)
    y, t = panel.trace.run.y[0, 1], panel.page.target[0, 1]
    text = formula.plain(panel.explain.text())
    assert f"y − t = {formula.number(y, 4)} − {formula.factor(t)} = {formula.number(y - t, 4)}" in text
    assert "is shared evenly" in text and "L = ½·Σ(y − t)²" in text
    assert "y − t" in panel.dy_view.title.text


def test_outputs_show_their_shape_before_they_fill_and_pooling_says_what_it_drops(stepper, qtbot):
    stepper.state.layer.update(padding_kind="valid", pooling="max")  # a 4×4 map pooled to 2×2
    settle(qtbot, stepper)
    forward = stepper.forward
    forward.player.seek(0)
    assert forward.output_view.title.text == "feature map 4×4" and forward.pooled_view.title.text == "pooled 2×2"
    drawn = np.asarray(forward.output_view.image.image)
    assert (drawn[..., 3] == 255).all()  # every cell is drawn, the empty ones too ...
    assert tuple(drawn[3, 3, :3]) in EMPTY_RGB and tuple(drawn[3, 2, :3]) in EMPTY_RGB  # ... as a faint checker
    assert tuple(drawn[3, 3, :3]) != tuple(drawn[3, 2, :3])
    pooled = np.asarray(forward.pooled_view.image.image)
    assert pooled.shape[:2] == (2, 2) and (pooled[..., 3] == 255).all()
    assert forward.output_view.hatched("unpooled") == []
    stepper.state.layer.update(padding_kind="explicit", pad_bottom=1, pad_right=1, pad_top=0, pad_left=0)
    settle(qtbot, stepper)  # a 5×5 map: 2×2 windows with stride 2 leave row 4 and column 4 out
    assert forward.output_view.hatched("unpooled") == [(0, 4, 5, 1), (4, 0, 1, 5)]
    forward.player.to_end()
    text = forward.arithmetic.text()
    assert "⌊(5 − 2) / 2⌋ + 1 = 2" in text and "row 4 and column 4" in text and "left out" in text


def test_products_have_a_true_minus_and_long_sums_keep_their_total(stepper, qtbot):
    forward = stepper.forward
    forward.player.seek(7)
    text = forward.arithmetic.text()
    assert "·(−1)" in text and "·(−2)" in text and "·-" not in text and "-" not in formula.plain(text)
    rng = np.random.default_rng(4)
    stepper.state.bank.set_current_kernel(rng.uniform(-2, 2, (15, 15)).round(2))
    stepper.source_combo.setCurrentIndex(stepper.source_combo.findData("crop24"))
    settle(qtbot, stepper)
    forward.player.seek(30)
    label = forward.arithmetic
    metrics = QFontMetrics(label.font())
    step = forward.trace.step(30)
    for line in label.text().split("<br>"):
        assert metrics.horizontalAdvance(formula.plain(line)) <= label.width()  # nothing wrapped or cut
    first = label.text().split("<br>")[0]
    assert "more)" in first and _bold_numbers(first)[-1] == pytest.approx(step.total, rel=1e-3)


def test_routed_gradients_are_framed_not_covered(stepper, qtbot):
    stepper.state.layer.update(pooling="max")
    stepper.tabs.setCurrentWidget(stepper.backward)
    settle(qtbot, stepper)
    panel = stepper.backward
    k = next(k for k in range(panel.trace.pool_steps) if panel.trace.step(k).routed_to)
    panel.player.seek(k)
    mark = panel.da_view._marks["routed"]
    assert len(mark.data) == 1
    assert mark.opts["brush"].style() == Qt.BrushStyle.NoBrush and mark.opts["symbol"] == "s"
    assert panel.da_view.numbers()[np.ravel_multi_index(panel.trace.step(k).routed_to[0], (6, 6))] != ""


def test_the_check_leads_with_its_verdict(stepper, qtbot):
    closed = stepper.backward.closed
    closed.show_check(GradientCheck(weight=2e-3, bias=1e-12, input=1e-12, closed=1e-13, scale=4.0))
    assert "✗ differs by 0.002" in closed.check_label.text()
    assert "dW 2.00e-03" in closed.check_label.toolTip()
    closed.show_check(GradientCheck(weight=3e-11, bias=1e-12, input=2e-11, closed=0.0, scale=4.0))
    assert "✓ matches</b> (largest difference 3e-11)" in closed.check_label.text()


@pytest.mark.parametrize("color", ["gray", "rgb"])
def test_the_step_tab_fits_a_laptop_and_the_tiny_digits_are_written_out(main_window, qtbot, color):
    state = main_window.state
    state.input.set_image(_photo(), "photo")
    state.input.set_color_mode(color)
    state.bank.set_current_kernel(preset("sobel_x"))
    state.layer.update(padding_kind="same", pooling="avg", activation="tanh")
    _laptop(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = main_window.stepper
    tab.source_combo.setCurrentIndex(tab.source_combo.findData("tiny"))
    settle(qtbot, tab)
    area = main_window.tabs.currentWidget()

    def no_scroll_bars() -> bool:
        return not area.horizontalScrollBar().isVisible() and not area.verticalScrollBar().isVisible()

    forward = tab.forward
    forward.player.seek(3)
    qtbot.waitUntil(no_scroll_bars, timeout=5000)
    for view in (forward.input_view, forward.kernel_view, forward.products_view, forward.output_view):
        assert view.numbers_shown(), view.title.text
    tab.tabs.setCurrentWidget(tab.backward)
    backward = tab.backward
    qtbot.waitUntil(lambda: backward.page is not None and backward.dx_view.values.size > 0)
    backward.player.seek(10)
    qtbot.waitUntil(lambda: backward.input_view.cell_px() > 0)
    for view in (backward.input_view, backward.dx_view, backward.dw_view, backward.dz_view):
        assert view.numbers_shown(), view.title.text
    backward.player.to_end()
    qtbot.mouseClick(backward.closed.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backward.last_check is not None, timeout=10_000)
    assert "✓ matches" in backward.closed.check_label.text()
    assert no_scroll_bars()
    assert backward.closed.dx_view.numbers_shown()


def test_a_check_at_a_kink_says_so_instead_of_crying_wrong(stepper, qtbot):
    """RGB digits with ReLU and max pooling: two cells tie for a maximum, so the loss has no
    derivative there; the stepped gradient takes one side (as torch does) and central
    differences average both. The closed forms still match."""
    stepper.state.input.set_color_mode("rgb")
    stepper.state.layer.update(pooling="max", activation="relu")
    stepper.tabs.setCurrentWidget(stepper.backward)
    settle(qtbot, stepper)
    panel = stepper.backward
    qtbot.mouseClick(panel.closed.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_check is not None, timeout=10_000)
    check = panel.last_check
    assert not check.agrees and check.closed == 0.0
    assert check.kinks == ("a tie for the maximum in pooled cell (2, 1)",)
    text = panel.closed.check_label.text()
    assert "⚠ differs by 1.5 at a kink" in text and "tie for the maximum in pooled cell (2, 1)" in text
    assert "✓ matches" in text  # the closed forms
