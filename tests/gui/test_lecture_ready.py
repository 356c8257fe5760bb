"""Lecture-ready fixes, driven as a user: pin vs hover, markers, the window on a small screen, panels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from convviz.gui.explorer.input_view import TAP
from convviz.gui.shell.window_layout import clamped, fitted_size
from convviz.model.state import Cell, Stage
from tests.gui.helpers import click, hover


def _leave(widget) -> None:
    QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))


def _window_cells(result, y: int, x: int) -> set[tuple[int, int]]:
    """Input cells under output cell (y, x) of a stride-1, undilated, unpadded 3×3 layer, by hand."""
    return {(y + i, x + j) for i in range(3) for j in range(3)}


def test_after_the_pointer_leaves_the_arrows_move_pin_marker_and_receptive_field(main_window, qtbot):
    maps = main_window.conv_maps
    click(maps, maps.views[0], 12, 18)
    # The click hovers its cell too; wait for that before moving on (hover events are rate-limited).
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 12, 18))
    hover(maps, maps.views[0], 40, 50)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 40, 50))
    _leave(maps)  # the pointer goes to a dock
    assert main_window.state.selection.hovered is None
    for _ in range(5):
        qtbot.keyClick(maps, Qt.Key.Key_Right)
    assert main_window.state.selection.pinned == Cell(Stage.CONV, 0, 12, 23)
    view = main_window.input_view
    assert view.cells(TAP) == _window_cells(main_window.bridge.valid, 12, 23)  # the RF follows the pin
    pin, hover_frame = maps.pin_marks[0], maps.marks[0]
    assert pin.isVisible() and not hover_frame.isVisible()
    assert (pin.rect().x(), pin.rect().y(), pin.rect().width()) == (23, 12, 1)
    assert "pinned map 1 (row 12, col 23)" in main_window.coords.text()
    assert "(row 12, col 23)" in main_window.arithmetic_panel.toPlainText()


def test_pin_and_hover_are_two_markers_drawn_in_screen_pixels(main_window, qtbot):
    maps = main_window.conv_maps
    click(maps, maps.views[0], 5, 5)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 5, 5))
    hover(maps, maps.views[0], 9, 30)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 9, 30))
    pin, hover_frame = maps.pin_marks[0], maps.marks[0]
    assert pin.isVisible() and hover_frame.isVisible()
    assert (pin.rect().x(), pin.rect().y()) == (5, 5) and (hover_frame.rect().x(), hover_frame.rect().y()) == (30, 9)
    for frame in (pin, hover_frame):
        assert frame.pen().isCosmetic() and frame.brush().style() == Qt.BrushStyle.NoBrush
    assert pin.pen().style() != hover_frame.pen().style()  # told apart without colour too


def test_a_first_window_fits_a_laptop_screen():
    assert fitted_size(QSize(1366, 728)).width() <= 1366 and fitted_size(QSize(1366, 728)).height() <= 728
    assert fitted_size(QSize(2560, 1400)) == QSize(1500, 920)
    on = clamped(QRect(900, 500, 1500, 920), QRect(0, 0, 1366, 728))
    assert QRect(0, 0, 1366, 728).contains(on) and on.width() == 1366


def test_a_closed_panel_comes_back_from_the_view_menu_and_reset_layout(main_window, qtbot):
    dock = main_window.kernel_dock
    dock.close()
    assert not dock.isVisible()
    view_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&View")
    panels = next(a.menu() for a in view_menu.actions() if a.text() == "&Panels")
    toggle = next(a for a in panels.actions() if a.text() == "Kernel")
    toggle.trigger()
    assert dock.isVisible()
    main_window.layer_dock.close()
    main_window.shape_dock.setFloating(True)
    reset = next(a for a in view_menu.actions() if a.text() == "Reset &layout")
    reset.trigger()
    for d in main_window.dock_layout.docks:
        assert not d.isFloating() and d.toggleViewAction().isChecked()


def test_the_stepper_tab_gets_the_whole_window(main_window, qtbot):
    main_window.tabs.setCurrentIndex(1)
    assert not any(d.isVisible() for d in main_window.dock_layout.docks)
    main_window.tabs.setCurrentIndex(0)
    assert main_window.layer_dock.isVisible() and main_window.kernel_dock.isVisible()


def test_greyed_pad_boxes_show_the_padding_same_used(main_window, qtbot):
    from convviz import engine
    from tests.conftest import wait_computed

    panel = main_window.layer_panel
    panel.stride.setValue(2)
    panel.dilation.setValue(2)
    panel.padding_kind.setCurrentIndex(panel.padding_kind.findData("same"))
    wait_computed(qtbot, main_window)
    (top, bottom), (left, right) = engine.resolve_padding("same", (64, 64), (3, 3), 2, 2)
    shown = [panel.pads[f].value() for f in ("pad_top", "pad_bottom", "pad_left", "pad_right")]
    assert shown == [top, bottom, left, right] and bottom == top + 1  # TF's extra cell at the bottom
    assert main_window.state.layer.params.pad_bottom == 1  # only shown, not written
    panel.padding_kind.setCurrentIndex(panel.padding_kind.findData("explicit"))
    assert [panel.pads[f].value() for f in ("pad_top", "pad_bottom")] == [1, 1]  # the user's own again
