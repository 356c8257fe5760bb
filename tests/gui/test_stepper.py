"""The stepper tab as a user drives it: keys, buttons, scrubber, painted gradients, the check."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from convviz.engine.kernels import preset
from convviz.gui.stepper import StepperWidget
from convviz.model.state import AppState
from convviz.model.teaching.stepper import tiny_input
from tests.gui.helpers import click


@pytest.fixture
def stepper(qtbot):
    """The real widget on the tiny 6×6 digits with sobel_x, 'same' padding; shown and focused."""
    yield from shown_stepper(qtbot)


def shown_stepper(qtbot):
    state = AppState()
    state.bank.set_current_kernel(preset("sobel_x"))
    state.layer.update(padding_kind="same")
    widget = StepperWidget(state)
    qtbot.addWidget(widget)
    widget.source_combo.setCurrentIndex(widget.source_combo.findData("tiny"))
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.forward.setFocus()
    settle(qtbot, widget)
    yield widget
    widget.shutdown()


def settle(qtbot, widget) -> None:
    """The traces are built on a worker: wait until the pages show the latest change."""
    qtbot.waitUntil(lambda: widget.up_to_date, timeout=10_000)


def _box(view):
    r = view._box.rect()
    return (int(r.top()), int(r.bottom()) - 1), (int(r.left()), int(r.right()) - 1)


def test_forward_keys_move_the_window_and_fill_the_output(stepper, qtbot):
    panel = stepper.forward
    assert panel.player.length == 36  # 6×6 outputs, no pooling
    for _ in range(3):
        qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert panel.player.position == 3
    assert _box(panel.input_view) == ((-1, 1), (2, 4))  # output (0, 3) with one row/col of padding
    x = np.pad(tiny_input(), 1)
    expected = float((x[0:3, 3:6] * preset("sobel_x")).sum())
    assert panel.output_view.values[0, 3] == pytest.approx(expected)
    assert np.isnan(panel.output_view.values.ravel()[4:]).all()  # not computed yet: blank
    assert np.array_equal(panel.products_view.values, x[0:3, 3:6] * preset("sobel_x"))
    assert "output (0, 3)" in panel.arithmetic.text()
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert panel.player.position == 2
    qtbot.keyClick(panel, Qt.Key.Key_End)
    assert panel.player.position == 35 and not np.isnan(panel.output_view.values).any()
    qtbot.keyClick(panel, Qt.Key.Key_Home)
    assert panel.player.position == 0
    qtbot.mouseClick(panel.transport.forward_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.transport.forward_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.transport.back_button, Qt.MouseButton.LeftButton)
    assert panel.player.position == 1 and "step 2 / 36" in panel.transport.step_label.text()


class FakeClock:
    """Stands in for the transport's clock: playback advances only when the test says so."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_space_plays_and_pauses_and_plus_minus_change_speed(stepper, qtbot):
    panel = stepper.forward
    clock = panel.transport.clock = FakeClock()
    speed = panel.player.speed
    qtbot.keyClick(panel, Qt.Key.Key_Plus)
    qtbot.keyClick(panel, Qt.Key.Key_Plus)
    assert panel.player.speed == 4 * speed
    qtbot.keyClick(panel, Qt.Key.Key_Minus)
    assert panel.player.speed == 2 * speed
    for _ in range(4):
        qtbot.keyClick(panel, Qt.Key.Key_Plus)
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.player.playing and panel.player.position == 0
    clock.now += 3 / panel.player.speed  # three steps' worth of time, however long ticks take
    qtbot.waitUntil(lambda: panel.player.position == 3, timeout=5000)
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert not panel.player.playing and not panel.transport.timer.isActive()
    clock.now += 10.0  # time passes while paused: nothing moves
    panel.transport.timer.timeout.emit()
    assert panel.player.position == 3
    qtbot.mouseClick(panel.transport.play_button, Qt.MouseButton.LeftButton)
    assert panel.player.playing and panel.player.position == 3  # resumes where it paused
    clock.now += 100.0
    qtbot.waitUntil(lambda: not panel.player.playing, timeout=5000)  # stops by itself at the end
    assert panel.player.at_end and not panel.transport.timer.isActive()


def test_scrubbing_to_the_middle_and_the_end_with_max_pooling(stepper, qtbot):
    stepper.state.layer.update(pooling="max", activation="relu")
    settle(qtbot, stepper)
    panel = stepper.forward
    assert len(panel.trace) == 36 + 9
    panel.transport.scrubber.setValue(18)
    assert panel.player.position == 18
    assert np.isfinite(panel.output_view.values).sum() == 19
    assert np.isnan(panel.pooled_view.values).all()
    panel.transport.scrubber.setValue(panel.transport.scrubber.maximum())
    step = panel.trace.step(44)
    assert step.phase == "pool" and step.out_yx == (2, 2)
    a = panel.trace.run.a
    assert panel.pooled_view.values[2, 2] == a[4:6, 4:6].max()
    winner = panel.output_view._marks["winner"].data
    assert [(int(p[1] - 0.5), int(p[0] - 0.5)) for p in zip(winner["x"], winner["y"], strict=True)] == [step.chosen]
    assert "max pool" in panel.arithmetic.text()


def test_backward_steps_with_keys_and_finishes_at_the_closed_forms(stepper, qtbot):
    stepper.tabs.setCurrentWidget(stepper.backward)
    panel = stepper.backward
    panel.setFocus()
    # The bank holds sobel_x, the first choice of target: the default is the next one, so the
    # first lesson is not L = 0 with every gradient 0.
    assert panel.kind == "loss" and panel.target_combo.currentText() == "sobel_y"
    assert panel.page.target_name == "sobel_y" and panel.page.loss > 0 and not panel.page.zero_reason
    assert len(panel.trace) == 1 + 36
    qtbot.keyClick(panel, Qt.Key.Key_Right)  # past the activation step
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    step = panel.trace.step(2)
    assert step.cell == (0, 1)
    assert _box(panel.input_view) == ((-1, 1), (0, 2))
    assert np.allclose(panel.dw_view.values, step.d_weight[0])
    assert np.allclose(panel.increment_view.values, step.grad * np.pad(tiny_input(), 1)[0:3, 1:4])
    assert "dZ =" in panel.explain.text() and "L =" in panel.explain.text()
    assert "last step" in panel.closed.summary.text()
    assert np.isnan(panel.closed.dw_view.values).all() and panel.closed.dw_view.values.shape == (3, 3)
    qtbot.keyClick(panel, Qt.Key.Key_End)
    assert panel.closed.forms.max_diff < 1e-9
    assert np.allclose(panel.closed.dw_view.values, panel.dw_view.values)
    assert "✓ matches" in panel.closed.summary.text()  # the verdict first ...
    assert "max |closed − accumulated|" in panel.closed.summary.toolTip()  # ... the detail on demand


def test_gradient_check_button_shows_a_tiny_difference(stepper, qtbot):
    stepper.state.layer.update(activation="tanh", pooling="avg")
    stepper.tabs.setCurrentWidget(stepper.backward)
    settle(qtbot, stepper)
    panel = stepper.backward
    qtbot.mouseClick(panel.closed.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_check is not None, timeout=10_000)  # on the check's worker
    check = panel.last_check
    assert check.input is not None and check.largest < 1e-6 and check.agrees
    text = panel.closed.check_label.text()
    assert "✓ matches" in text and "✗" not in text
    shown = float(text.split("largest difference ")[1].split(")")[0])
    assert shown < 1e-6
    assert "central differences" in panel.closed.check_label.toolTip()


def test_painting_the_output_gradient_by_clicking(stepper, qtbot):
    stepper.tabs.setCurrentWidget(stepper.backward)
    panel = stepper.backward
    panel.gradient_combo.setCurrentIndex(panel.gradient_combo.findData("painted"))
    settle(qtbot, stepper)
    assert not panel.trace.grad_output.any()
    click(panel.dy_view, panel.dy_view.view, 1, 2)
    click(panel.dy_view, panel.dy_view.view, 4, 4)
    click(panel.dy_view, panel.dy_view.view, 4, 4)
    settle(qtbot, stepper)
    g = panel.trace.grad_output
    assert g[1, 2] == 1 and g[4, 4] == -1 and np.count_nonzero(g) == 2
    qtbot.keyClick(panel, Qt.Key.Key_End)
    assert panel.final.d_bias == pytest.approx(0.0)
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, stepper)
    assert not panel.trace.grad_output.any()


def test_learning_sobel_x_and_copying_it_into_the_bank(stepper, qtbot):
    from convviz.io.samples import circles

    state = stepper.state
    state.input.set_image(circles(48, 48))
    state.bank.set_current_kernel(preset("box_blur"))
    stepper.tabs.setCurrentWidget(stepper.learn)
    panel = stepper.learn
    assert panel.target_combo.currentText() == "sobel_x"
    with qtbot.waitSignal(panel.finished, timeout=20000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    learner = panel.learner
    assert learner.max_kernel_error() < 1e-2
    assert "max |learned − target|" in panel.status.text()
    assert np.allclose(panel.kernel_view.values, learner.kernel)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert np.abs(state.bank.current_slice() - preset("sobel_x")).max() < 1e-2
    # The copy changed the bank: the forward trace now walks the learned kernel.
    settle(qtbot, stepper)
    assert np.allclose(stepper.forward.trace.run.kernel[0], learner.kernel)


def test_an_impossible_layer_is_explained_not_raised(stepper, qtbot):
    stepper.state.layer.update(padding_kind="valid", pooling="max", pool_size=8, pool_stride=8)
    settle(qtbot, stepper)
    assert "cannot step" in stepper.note.text()
    assert not stepper.forward.isEnabled()
    stepper.state.layer.update(pooling="none")
    settle(qtbot, stepper)
    assert stepper.forward.isEnabled()


def _read(texts):
    return np.array([float(t) if t else np.nan for t in texts])


def test_the_kernel_view_writes_the_kernels_numbers_and_follows_a_new_kernel(stepper, qtbot):
    """What a student reads in the cells is the kernel, to the digits shown; a rebuild that
    leaves the kernel alone (a stride change) keeps it, and a new kernel replaces it."""
    view = stepper.forward.kernel_view
    assert np.allclose(_read(view.numbers()), preset("sobel_x").ravel())
    stepper.state.layer.update(stride=2)
    settle(qtbot, stepper)
    assert np.allclose(_read(view.numbers()), preset("sobel_x").ravel())
    rng = np.random.default_rng(3)
    kernel = rng.uniform(-2, 2, (3, 3)).astype(np.float32)
    stepper.state.bank.set_current_kernel(kernel)
    settle(qtbot, stepper)
    assert np.abs(_read(view.numbers()) - kernel.ravel()).max() <= 0.005 + 1e-6  # two decimals shown


def test_numbers_are_written_only_into_cells_large_enough_to_read(qtbot):
    """A 15×15 matrix in a 130-px view has cells of ~8 px: no numbers are painted (they would
    be specks); the same matrix in a large view has them."""
    from PySide6.QtGui import QImage, QPainter

    from convviz.gui.stepper.matrix_view import MatrixView

    def painted(size: int, numbers: bool) -> QImage:
        view = MatrixView("m", number_limit=900 if numbers else 0)
        qtbot.addWidget(view)
        view.resize(size, size)
        view.show()
        qtbot.waitExposed(view)
        view.set_matrix(np.arange(225.0).reshape(15, 15) / 7)
        image = QImage(view.size(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        return image

    assert painted(130, True) == painted(130, False)
    assert painted(500, True) != painted(500, False)
