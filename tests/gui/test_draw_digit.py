"""Drawing a digit with the mouse: the strokes land where they are drawn, become the stack's
input, and the probabilities shown are the stack's own forward pass on them."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from convviz import engine as E
from convviz.gui.stack.digit_canvas import stamp
from tests.gui.helpers import stack_tab_on


@pytest.fixture
def page(qtbot):
    return stack_tab_on(qtbot, "Draw a digit").draw


def drag(qtbot, canvas, cells, button=Qt.MouseButton.LeftButton) -> None:
    size = canvas.cell_size()
    points = [QPoint(int((x + 0.5) * size), int((y + 0.5) * size)) for y, x in cells]
    qtbot.mousePress(canvas, button, pos=points[0])
    for p in points[1:]:
        qtbot.mouseMove(canvas, p)
    qtbot.mouseRelease(canvas, button, pos=points[-1])


def test_a_drawn_one_is_read_as_a_one_by_the_trained_lenet5(page, qtbot):
    canvas = page.canvas
    drag(qtbot, canvas, [(5, 14), (22, 14)])  # one stroke straight down the middle
    column = canvas.pixels[:, 14]
    assert column[6:22].min() == 1.0 and canvas.pixels[:, :9].max() == 0.0  # painted where drawn, only there
    np.testing.assert_array_equal(page.stack.image, canvas.pixels)  # the stack's input is the drawing
    scores = E.Sequential(list(page.stack.last_valid.layers)).forward(canvas.pixels[None, None])
    np.testing.assert_allclose(page.probabilities, E.softmax(scores[0]), rtol=1e-6)
    np.testing.assert_allclose(page.bars.opts["height"], page.probabilities)
    assert int(np.argmax(page.probabilities)) == 1
    assert "reads a <b>1</b>" in page.answer.text()


def test_right_drag_erases_and_clear_starts_over(page, qtbot):
    canvas = page.canvas
    drag(qtbot, canvas, [(5, 14), (22, 14)])
    drag(qtbot, canvas, [(5, 14), (12, 14)], Qt.MouseButton.RightButton)
    assert canvas.pixels[6:11, 14].max() == 0.0 and canvas.pixels[18:21, 14].min() == 1.0
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert canvas.pixels.max() == 0.0


def test_the_brush_is_a_soft_disc():
    canvas = np.zeros((28, 28), np.float32)
    stamp(canvas, 10.5, 10.5, 1.0)  # the centre of cell (10, 10)
    yy, xx = np.mgrid[0:28, 0:28]
    d = np.hypot(yy - 10, xx - 10)
    assert (canvas[d <= 1.4] == 1.0).all() and (canvas[d >= 2.4] == 0.0).all()
    assert ((0 < canvas[(d > 1.4) & (d < 2.4)]) & (canvas[(d > 1.4) & (d < 2.4)] < 1)).all()


def test_a_stack_that_is_not_a_digit_reader_says_so(page, qtbot):
    page.stack.set_channels(3)
    qtbot.waitUntil(lambda: page.stack.last_valid.input_shape[0] == 3, timeout=20_000)
    drag(qtbot, page.canvas, [(5, 14), (22, 14)])
    assert "set its input to Gray and 28×28" in page.answer.text()


def test_a_digit_held_up_to_the_camera_is_read(main_window, qtbot, tmp_path):
    """Live mode on a video file of a 7 written on paper, through the same path as a webcam."""
    import cv2

    path = tmp_path / "seven.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10.0, (320, 240))
    assert writer.isOpened()
    for _ in range(5):
        frame = np.full((240, 320, 3), 230, np.uint8)
        cv2.line(frame, (130, 80), (190, 80), (20, 20, 20), 8)
        cv2.line(frame, (190, 80), (150, 165), (20, 20, 20), 8)
        writer.write(frame)
    writer.release()
    page = main_window.stack_tab.draw
    assert not page.camera_button.isEnabled()  # no camera yet
    assert main_window.live.start(str(path))
    qtbot.waitUntil(lambda: page.camera_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(page.camera_button, Qt.MouseButton.LeftButton)
    assert page.canvas.pixels.max() > 0.5 and page.canvas.pixels[:, :4].max() == 0.0  # the ink, on black
    assert int(np.argmax(page.probabilities)) == 7
    main_window.live.stop()
    qtbot.waitUntil(lambda: not page.camera_button.isEnabled(), timeout=20_000)
