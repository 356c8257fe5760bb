"""The stack tab as a user sees it: build a stack with clicks, read the summary and the tile
grid, hover a deep tile, save and load."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convviz import engine as E
from convviz.gui.stack import StackWidget
from convviz.gui.stack.feature_grid import MAX_TILES
from convviz.model.stack.model import StackModel
from convviz.model.state import AppState


@pytest.fixture
def widget(qtbot):
    state = AppState(bank=_NoBank(), image=np.random.default_rng(0).random((40, 36), dtype=np.float32))
    w = StackWidget(state, StackModel(state.input.image))  # empty: the tests build their stacks
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


class _NoBank:
    """AppState wants a kernel bank; this tab does not use one."""

    def __init__(self):
        from convviz.model.events import Signal

        self.changed = Signal()


def add_layer(qtbot, w: StackWidget, label: str) -> None:
    combo = w.editor.kind_combo
    combo.setCurrentIndex(combo.findText(label))
    qtbot.mouseClick(w.editor.add_button, QtCore.Qt.LeftButton)


def set_spin(w: StackWidget, name: str, value: int) -> None:
    spin = w.editor.form.controls[name]
    spin.setValue(value)


def table_column(w: StackWidget, col: int) -> list[str]:
    t = w.table
    return [t.item(r, col).text() for r in range(t.rowCount())]


def move_mouse(target: QtWidgets.QWidget, pos: QtCore.QPoint) -> None:
    """A real mouse-move event (QTest.mouseMove does not reach a QGraphicsView offscreen)."""
    glob = target.mapToGlobal(pos)
    ev = QtGui.QMouseEvent(
        QtCore.QEvent.MouseMove,
        QtCore.QPointF(pos),
        QtCore.QPointF(glob),
        QtCore.Qt.NoButton,
        QtCore.Qt.NoButton,
        QtCore.Qt.NoModifier,
    )
    QtWidgets.QApplication.sendEvent(target, ev)


def wait_grid(qtbot, w: StackWidget) -> None:
    """Until the maps are drawn and every row's view is placed (mapping a cell lands in it)."""

    def inside(v) -> QtCore.QPointF:
        # A map's first cell; a bar chart's middle (its value axis need not reach 0.5: the
        # weights are random, and a range of ±0.4 left the old test waiting forever).
        (x0, x1), (y0, y1) = v.viewRange()
        return QtCore.QPointF(0.5, 0.5) if y0 <= 0.5 <= y1 else QtCore.QPointF((x0 + x1) / 2, (y0 + y1) / 2)

    def placed() -> bool:
        # a vector's row is a chart (bars with axes): its view box ``vb`` holds the cells
        views = [getattr(r, "vb", r.view) for r in w.grid.rows]
        return all(
            v.sceneBoundingRect().width() > 1 and v.sceneBoundingRect().contains(v.mapViewToScene(inside(v)))
            for v in views
        )

    qtbot.waitUntil(lambda: w.grid.up_to_date and placed(), timeout=30_000)  # a loaded CI machine is slow


def hover_tile(qtbot, w: StackWidget, row, channel: int, y: int, x: int) -> None:
    """Move the mouse onto a cell of a channel's tile until the grid reports that cell: each try
    aims at where the cell is now, so a layout still settling (a scroll bar appearing) is fine."""

    def hovered() -> bool:
        scene_pos = row.view.mapViewToScene(QtCore.QPointF(row.origin(channel) + x + 0.5, y + 0.5))
        pos = w.grid.view.mapFromScene(scene_pos)
        w.grid.scroll.ensureVisible(pos.x(), pos.y())
        move_mouse(w.grid.view.viewport(), pos)
        return w.grid.hovered_cell == (row.layer, channel, y, x)

    qtbot.waitUntil(hovered, timeout=3000)


def test_build_stack_by_clicks(qtbot, widget):
    w = widget
    w.editor.size_combo.setCurrentIndex(2)  # 32×32
    add_layer(qtbot, w, "Conv2d")
    set_spin(w, "out_channels", 20)
    add_layer(qtbot, w, "ReLU")
    add_layer(qtbot, w, "MaxPool2d")
    add_layer(qtbot, w, "DepthwiseConv2d")
    # one name everywhere: the table, the list, the tile rows and the form say "DepthwiseConv2d-1"
    assert table_column(w, 0) == ["Input", "Conv2d-1", "ReLU-1", "MaxPool2d-1", "DepthwiseConv2d-1", "Total"]
    assert w.editor.list.item(3).text().startswith("4. DepthwiseConv2d-1 ")
    assert w.editor.form.title() == "4. DepthwiseConv2d-1"
    assert table_column(w, 1)[:5] == ["(1, 32, 32)", "(20, 32, 32)", "(20, 32, 32)", "(20, 16, 16)", "(20, 16, 16)"]
    assert table_column(w, 2)[-1] == f"{20 * 9 + 20 + 20 * 9 + 20:,}"
    wait_grid(qtbot, w)
    assert [r.shown for r in w.grid.rows[1:]] == [MAX_TILES] * 4  # 20 channels, capped
    assert all("+4 more not shown" in r.label.text for r in w.grid.rows[1:])
    # move the ReLU below the pool with the Down button
    w.editor.list.setCurrentRow(1)
    qtbot.mouseClick(w.editor.down_button, QtCore.Qt.LeftButton)
    assert table_column(w, 0)[1:4] == ["Conv2d-1", "MaxPool2d-1", "ReLU-1"]
    qtbot.mouseClick(w.editor.remove_button, QtCore.Qt.LeftButton)
    assert len(w.stack) == 3


def test_error_row_is_shown_and_maps_stay(qtbot, widget):
    w = widget
    add_layer(qtbot, w, "Conv2d")
    add_layer(qtbot, w, "Linear")
    row = w.stack.result.error_index + 1
    assert "Flatten" in w.table.item(row, 1).text()
    assert "Flatten" in w.editor.status.text()
    wait_grid(qtbot, w)
    assert [r.layer for r in w.grid.rows] == [-1, 0]  # the conv's maps are still shown


def test_hover_deep_tile_highlights_engine_input_region(qtbot, widget):
    w = widget
    assert w.editor.load_file(w.editor.examples[next(n for n in w.editor.examples if "LeNet" in n)])
    wait_grid(qtbot, w)
    deep = max(r.layer for r in w.grid.rows if not r.is_vector)  # the second pooling layer
    row = next(r for r in w.grid.rows if r.layer == deep)
    y, x = 2, 3
    hover_tile(qtbot, w, row, 3, y, x)
    res = w.stack.last_valid
    expected = E.input_region(res.layers, res.input_shape, deep, (y, x))
    assert np.array_equal(w.grid.highlight, expected)
    assert 0 < expected.sum() < expected.size
    overlay = w.grid._overlay.image
    assert overlay[expected][:, 3].max() < overlay[~expected][:, 3].min()  # the region is the undimmed part


def test_save_and_load_round_trip(qtbot, widget, tmp_path):
    w = widget
    assert w.editor.load_file(w.editor.examples[next(n for n in w.editor.examples if "Encoder" in n)])
    w.editor.list.setCurrentRow(0)
    set_spin(w, "out_channels", 5)
    before = table_column(w, 1), table_column(w, 2)
    weights = w.stack.weights(0)["weight"].copy()
    w.editor.save_file(tmp_path / "mine.json")
    qtbot.mouseClick(w.editor.clear_button, QtCore.Qt.LeftButton)
    assert w.table.rowCount() == 2
    assert w.editor.load_file(tmp_path / "mine.json")
    assert (table_column(w, 1), table_column(w, 2)) == before
    assert np.array_equal(w.stack.weights(0)["weight"], weights)
    (tmp_path / "broken.json").write_text('{"format": "convviz-stack", "version": 1, "layers": [{"kind": "x"}]}')
    assert not w.editor.load_file(tmp_path / "broken.json")
    assert "unknown layer kind" in w.editor.status.text() and table_column(w, 1) == before[0]


def test_app_image_change_reaches_the_stack(qtbot, widget):
    widget.state.input.set_image(np.zeros((50, 30, 3), np.float32))
    widget.editor.size_combo.setCurrentIndex(0)
    assert widget.stack.input_array.shape == (1, 50, 30)


def test_explainers_and_comparisons(qtbot, widget):
    t = widget.transpose
    t.stride_spin.setValue(2)
    t.outpad_spin.setValue(1)
    qtbot.waitUntil(lambda: t.model.up_to_date)  # the check is computed off the GUI thread
    assert t.model.check.difference < 1e-12 and "= 6" in t.info.text()
    t.step_slider.setValue(1)
    c = widget.comparisons
    c.set_numbers(in_channels=16, out_channels=32, kernel=3, size=8)
    qtbot.waitUntil(lambda: c.model.up_to_date)  # so are the comparisons
    texts = [c.table.item(r, 2).text() for r in range(c.table.rowCount()) if c.table.item(r, 2)]
    assert "4,608" in texts and "656" in texts
    d = widget.dropout
    d.training_check.setChecked(False)
    assert "Eval mode (inference)" in d.info.text() and "dropped" not in d.legend.text()
    d.training_check.setChecked(True)
    assert "dropped: set to 0" in d.legend.text() and "1/(1 − rate) = 2" in d.legend.text()


def test_every_control_has_a_tooltip(widget):
    for cls in (QtWidgets.QAbstractButton, QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QSlider):
        for ctl in widget.findChildren(cls):
            if not ctl.objectName().startswith("qt_") and not isinstance(
                ctl.parent(), (QtWidgets.QAbstractSpinBox, QtWidgets.QTabBar)
            ):
                assert ctl.toolTip(), f"{type(ctl).__name__} {ctl.text() if hasattr(ctl, 'text') else ''}"
