"""The stepper's traversal order as a user picks it: the order list, then → steps down the column."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from scipy.signal import correlate2d

from convviz.engine.kernels import preset
from convviz.model.teaching.stepper import tiny_input
from tests.gui.test_stepper import settle, shown_stepper


@pytest.fixture
def stepper(qtbot):
    """The real widget on the tiny 6×6 digits with sobel_x, 'same' padding; shown and focused."""
    yield from shown_stepper(qtbot)


def pick(qtbot, combo, text: str) -> None:
    """Open the list with the mouse, go to the entry that reads ``text`` with the arrow keys and
    press Enter (a click in the list is ignored for a double-click interval after it opens)."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = next(i for i in range(combo.count()) if combo.itemText(i) == text)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def marked(view, name: str = "current") -> list[tuple[int, int]]:
    """The cells a matrix view frames under ``name`` (what the user sees highlighted)."""
    data = view._marks[name].data
    return [(int(y - 0.5), int(x - 0.5)) for x, y in zip(data["x"], data["y"], strict=True)]


COLUMNS = "down the columns first (as the course notes slide)"
ROWS = "across the rows first (row by row)"


def test_down_the_columns_the_right_key_moves_the_output_cell_down(stepper, qtbot):
    panel = stepper.forward
    pick(qtbot, stepper.order_combo, COLUMNS)
    panel.setFocus()
    assert marked(panel.output_view) == [(0, 0)]
    x = np.pad(tiny_input(), 1)  # 'same' for a 3×3 kernel: one ring of zeros
    for k in range(1, 5):
        qtbot.keyClick(panel, Qt.Key.Key_Right)
        assert marked(panel.output_view) == [(k, 0)]  # down the first column
        shown = panel.output_view.values
        assert not np.isnan(shown[: k + 1, 0]).any() and np.isnan(shown[k + 1 :, 0]).all()
        assert np.isnan(shown[:, 1:]).all()  # the next columns are not visited yet
        expected = float((x[k : k + 3, 0:3] * preset("sobel_x")).sum())
        assert shown[k, 0] == pytest.approx(expected)
    text = panel.arithmetic.text()
    assert "step 5 of 36, down the columns" in text and "output (4, 0)" in text
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert marked(panel.output_view) == [(0, 1)]  # the column is done: the next one from the top
    assert "step 7 / 36" in panel.transport.step_label.text()
    pick(qtbot, stepper.order_combo, ROWS)  # back to row by row: the play head keeps its cell
    assert marked(panel.output_view) == [(0, 1)] and panel.player.position == 1
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert marked(panel.output_view) == [(0, 2)]
    assert "step 3 of 36, row by row" in panel.arithmetic.text()


def test_the_backward_page_spreads_down_the_columns_and_ends_at_the_same_gradients(stepper, qtbot):
    pick(qtbot, stepper.order_combo, COLUMNS)
    stepper.tabs.setCurrentWidget(stepper.backward)
    settle(qtbot, stepper)
    panel = stepper.backward
    qtbot.waitUntil(lambda: panel.player.length > 0)
    panel.setFocus()
    first = panel.trace.pool_steps + 1  # no pooling: the activation step, then the conv cells
    panel.player.seek(first)
    assert marked(panel.dz_view) == [(0, 0)]
    for k in range(1, 4):
        qtbot.keyClick(panel, Qt.Key.Key_Right)
        assert marked(panel.dz_view) == [(k, 0)]
    assert "down the columns, cell (3, 0)" in panel.explain.text()
    # After four cells of the first column, dW holds theirs alone (a loop's sum).
    x = np.pad(tiny_input(), 1)
    dz = panel.dz_view.values
    partial = sum(dz[r, 0] * x[r : r + 3, 0:3] for r in range(4))
    np.testing.assert_allclose(panel.dw_view.values, partial, atol=1e-9)
    qtbot.keyClick(panel, Qt.Key.Key_End)
    np.testing.assert_allclose(panel.dw_view.values, correlate2d(x, dz, mode="valid"), atol=1e-9)
    kernel = preset("sobel_x")
    dx_padded = np.zeros_like(x)
    for (r, c), g in np.ndenumerate(dz):
        dx_padded[r : r + 3, c : c + 3] += g * kernel
    np.testing.assert_allclose(panel.dx_view.values, dx_padded[1:-1, 1:-1], atol=1e-9)
