"""KernelEditorWidget driven like a user: typing, painting, presets, buttons and shortcuts."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from convviz.engine.kernels import PRESETS, preset
from convviz.gui.explorer.kernel_editor import KernelEditorWidget
from convviz.gui.explorer.kernel_grid import parse_weight, weight_colour
from convviz.model.kernels.bank import KernelBank


@pytest.fixture
def editor(qtbot) -> KernelEditorWidget:
    widget = KernelEditorWidget(KernelBank())
    qtbot.addWidget(widget)
    widget.resize(460, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def centre(editor: KernelEditorWidget, r: int, c: int) -> QPoint:
    return editor.grid.cell_rect(r, c).center()


def pixel(editor: KernelEditorWidget, r: int, c: int) -> QColor:
    rect = editor.grid.cell_rect(r, c)
    return editor.grid.grab().toImage().pixelColor(rect.left() + 3, rect.top() + 3)


def test_shows_the_bank_as_coloured_cells(editor):
    assert editor.preset_combo.currentData() == "edge"
    assert (editor.rows_spin.value(), editor.cols_spin.value()) == (3, 3)
    assert "Sum of weights: 0" in editor.description_label.text()
    centre_colour, corner_colour = pixel(editor, 1, 1), pixel(editor, 0, 0)
    assert centre_colour.red() > 200 and centre_colour.blue() < 80  # +8: strong red
    assert corner_colour.blue() > 200 and corner_colour.red() < corner_colour.blue()  # -1: pale blue


def test_weight_colour_and_parsing():
    assert weight_colour(0.0, 1.0) == QColor(255, 255, 255)
    assert weight_colour(2.0, 1.0).red() == 255 and weight_colour(-2.0, 1.0).blue() == 255
    assert parse_weight("1/9") == pytest.approx(1 / 9) and parse_weight("-0,5") == -0.5
    assert parse_weight("abc") is None and parse_weight("1/0") is None


def test_type_a_number_then_enter(editor, qtbot):
    qtbot.mouseClick(editor.grid, Qt.MouseButton.LeftButton, pos=centre(editor, 0, 2))
    qtbot.keyClicks(editor.grid, "2.5")
    qtbot.keyClick(editor.grid, Qt.Key.Key_Return)
    assert editor.bank.current_slice()[0, 2] == 2.5
    assert editor.preset_combo.currentText() == "Custom"
    assert "Sum of weights: 3.5" in editor.description_label.text()


def test_invalid_text_keeps_the_editor_open_and_escape_cancels(editor, qtbot):
    qtbot.mouseClick(editor.grid, Qt.MouseButton.LeftButton, pos=centre(editor, 1, 1))
    qtbot.keyClicks(editor.grid, "-x")
    qtbot.keyClick(editor.grid, Qt.Key.Key_Return)
    assert editor.grid._editor.isVisible() and editor.bank.current_slice()[1, 1] == 8
    qtbot.keyClick(editor.grid, Qt.Key.Key_Escape)
    assert not editor.grid._editor.isVisible() and not editor.bank.can_undo


def test_delete_key_zeroes_the_selected_cell(editor, qtbot):
    qtbot.mouseClick(editor.grid, Qt.MouseButton.LeftButton, pos=centre(editor, 1, 1))
    qtbot.keyClick(editor.grid, Qt.Key.Key_Right)
    qtbot.keyClick(editor.grid, Qt.Key.Key_Delete)
    assert editor.bank.current_slice()[1, 2] == 0


def drag(qtbot, editor, cells, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mousePress(editor.grid, button, modifier, centre(editor, *cells[0]))
    for cell in cells[1:]:
        qtbot.mouseMove(editor.grid, centre(editor, *cell))
    qtbot.mouseRelease(editor.grid, button, modifier, centre(editor, *cells[-1]))


def test_left_drag_raises_every_crossed_cell_as_one_undo_step(editor, qtbot):
    editor.brush_step_spin.setValue(0.5)
    drag(qtbot, editor, [(0, 0), (0, 2)])  # jumps a cell: the one in between is painted too
    np.testing.assert_allclose(editor.bank.current_slice()[0], [-0.5, -0.5, -0.5])
    np.testing.assert_array_equal(editor.bank.current_slice()[1:], preset("edge")[1:])
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(editor.bank.current_slice(), preset("edge"))


def test_right_drag_lowers_and_shift_drag_sets(editor, qtbot):
    drag(qtbot, editor, [(2, 0), (2, 1)], button=Qt.MouseButton.RightButton)
    np.testing.assert_allclose(editor.bank.current_slice()[2, :2], [-1.1, -1.1])
    editor.brush_value_spin.setValue(3.0)
    drag(qtbot, editor, [(0, 0), (1, 0)], modifier=Qt.KeyboardModifier.ShiftModifier)
    np.testing.assert_array_equal(editor.bank.current_slice()[:2, 0], [3.0, 3.0])


def test_a_click_without_dragging_only_selects(editor, qtbot):
    qtbot.mouseClick(editor.grid, Qt.MouseButton.LeftButton, pos=centre(editor, 1, 1))
    assert editor.grid.selected == (1, 1) and not editor.bank.can_undo


def test_hovering_reports_cells_and_leaving_reports_minus_one(editor, qtbot):
    seen: list[tuple[int, int]] = []
    editor.cellHovered.connect(lambda r, c: seen.append((r, c)))
    qtbot.mouseMove(editor.grid, centre(editor, 2, 1))
    assert seen[-1] == (2, 1)
    qtbot.mouseMove(editor.grid, QPoint(1, 1))  # the margin outside the cells
    assert seen[-1] == (-1, -1)


def test_pick_a_preset_from_the_combo(editor, qtbot):
    index = editor.preset_combo.findData("gaussian_5x5")
    editor.preset_combo.setCurrentIndex(index)
    editor.preset_combo.activated.emit(index)  # what a user's pick emits
    np.testing.assert_allclose(editor.bank.current_slice(), preset("gaussian_5x5"))
    assert (editor.rows_spin.value(), editor.cols_spin.value()) == (5, 5)
    assert PRESETS["gaussian_5x5"].description in editor.description_label.text()
    tooltip = editor.preset_combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == PRESETS["gaussian_5x5"].description
    assert editor.filter_list.item(editor.bank.current).text() == "gaussian_5x5"  # the map's title follows
    editor.bank.undo()
    assert editor.filter_list.item(editor.bank.current).text() == "edge"  # one undo step for both


def test_preset_combo_by_keyboard(editor, qtbot):
    editor.preset_combo.setFocus()
    qtbot.keyClick(editor.preset_combo, Qt.Key.Key_Down)  # a closed combo activates on arrow keys
    assert editor.preset_combo.currentData() != "edge"
    name = editor.preset_combo.currentData()
    np.testing.assert_allclose(editor.bank.current_slice(), preset(name))


def test_size_spin_boxes_resize(editor, qtbot):
    editor.cols_spin.setValue(5)
    assert editor.bank.size == (3, 5)
    editor.rows_spin.setValue(1)
    assert editor.bank.size == (1, 5)
    np.testing.assert_array_equal(editor.bank.current_slice(), [[0, -1, 8, -1, 0]])


def test_operation_buttons_and_undo_redo_shortcuts(editor, qtbot):
    qtbot.mouseClick(editor.op_buttons["negate"], Qt.MouseButton.LeftButton)
    assert editor.bank.current_slice()[1, 1] == -8 and editor.undo_action.isEnabled()
    qtbot.mouseClick(editor.op_buttons["normalise"], Qt.MouseButton.LeftButton)
    assert editor.bank.current_slice()[1, 1] == -1
    editor.grid.setFocus()
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.bank.current_slice()[1, 1] == -8
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.bank.current_slice()[1, 1] == 8 and not editor.undo_action.isEnabled()
    qtbot.keyClick(editor.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.bank.current_slice()[1, 1] == -8
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.bank.current_slice()[1, 1] == -1 and not editor.redo_action.isEnabled()


@pytest.mark.parametrize("op", ["transpose", "rotate180", "random"])
def test_other_operation_buttons(op, qtbot):
    editor = KernelEditorWidget(KernelBank(preset("sobel_x")))
    qtbot.addWidget(editor)
    qtbot.mouseClick(editor.op_buttons[op], Qt.MouseButton.LeftButton)
    assert not np.array_equal(editor.bank.current_slice(), preset("sobel_x"))


def test_add_select_and_remove_filters(editor, qtbot):
    assert not editor.remove_button.isEnabled()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.filter_list.count() == 2 and editor.filter_list.currentRow() == 1
    assert editor.preset_combo.currentData() == "identity"
    editor.filter_list.setCurrentRow(0)
    assert editor.bank.current == 0 and editor.preset_combo.currentData() == "edge"
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.bank.names == ["filter 2"] and editor.filter_list.item(0).text() == "filter 2"


def test_rename_a_filter_in_the_list(editor):
    editor.filter_list.item(0).setText("my edges")
    assert editor.bank.names == ["my edges"]


def test_per_channel_switch_and_channel_selector(editor, qtbot):
    assert not editor.channel_combo.isEnabled()
    qtbot.mouseClick(editor.per_channel_check, Qt.MouseButton.LeftButton)
    assert not editor.bank.shared and editor.channel_combo.isEnabled()
    editor.channel_combo.setCurrentIndex(2)
    assert editor.bank.channel == 2
    qtbot.mouseClick(editor.grid, Qt.MouseButton.LeftButton, pos=centre(editor, 0, 0))
    qtbot.keyClicks(editor.grid, "4")
    qtbot.keyClick(editor.grid, Qt.Key.Key_Enter)
    np.testing.assert_array_equal(editor.bank.filters[0][:, 0, 0], [-1, -1, 4])


def test_bias_spin_box(editor, qtbot):
    editor.bias_spin.setValue(0.75)
    assert editor.bank.bias == [0.75] and editor.undo_action.isEnabled()
    editor.bank.undo()
    assert editor.bias_spin.value() == 0


def test_external_bank_changes_are_shown(editor):
    editor.bank.set_current_kernel(preset("sobel_x"))
    assert editor.preset_combo.currentData() == "sobel_x"
    editor.bank.resize(7, 7)
    assert editor.rows_spin.value() == 7


def test_every_control_has_a_tooltip(editor):
    controls = [
        editor.grid,
        editor.filter_list,
        editor.add_button,
        editor.remove_button,
        editor.per_channel_check,
        editor.channel_combo,
        editor.bias_spin,
        editor.preset_combo,
        editor.rows_spin,
        editor.cols_spin,
        editor.description_label,
        editor.brush_step_spin,
        editor.brush_value_spin,
        editor.undo_button,
        editor.redo_button,
        *editor.op_buttons.values(),
    ]
    for control in controls:
        assert isinstance(control, QWidget) and control.toolTip().strip(), control


def test_presets_read_as_words_and_a_bank_wide_resize_is_said(editor, qtbot):
    """C11: the menu shows names a student reads ("Gaussian blur 5×5", not "gaussian_5x5"), no
    preset appears twice, and picking a 5×5 preset while 2 filters share the layer says that
    both are 5×5 now."""
    labels = [editor.preset_combo.itemText(i) for i in range(1, editor.preset_combo.count())]
    assert all("_" not in label for label in labels) and "Gaussian blur 5×5" in labels
    weights = [PRESETS[editor.preset_combo.itemData(i)].weights for i in range(1, editor.preset_combo.count())]
    for i, a in enumerate(weights):  # no two entries are the same kernel
        assert not any(a.shape == b.shape and np.array_equal(a, b) for b in weights[i + 1 :])
    editor.bank.add_filter()
    assert len(editor.bank) == 2
    index = editor.preset_combo.findData("gaussian_5x5")
    editor.preset_combo.setCurrentIndex(index)
    editor.preset_combo.activated.emit(index)
    assert all(editor.bank.weight(1)[f, 0].shape == (5, 5) for f in range(2))
    assert "Every filter is now 5×5" in editor.description_label.text()


def test_tab_walks_the_controls_in_the_order_they_are_laid_out(editor, qtbot):
    """D2: Tab goes top to bottom, left to right (it went grid → list → Add → Bias → preset)."""
    editor.window().show()
    qtbot.waitExposed(editor)
    chain = [w for w in editor.tab_chain() if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    ys = [w.mapTo(editor, w.rect().topLeft()).y() for w in chain]
    assert all(b >= a - 30 for a, b in zip(ys, ys[1:], strict=False)), ys  # down the panel, a row at a time
    chain[0].setFocus()
    qtbot.waitUntil(chain[0].hasFocus)
    for expected in chain[1:]:
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        assert editor.focusWidget() is expected or expected.isAncestorOf(editor.focusWidget())
