"""Zooming the input zooms the feature and pooled maps onto the same part of the picture."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import wait_computed
from tests.gui.helpers import cell_pos


def wheel(widget, pos: QPoint, steps: int) -> None:
    """A real mouse-wheel turn over ``pos`` (what zooms a pyqtgraph view)."""
    event = QWheelEvent(
        QPointF(pos),
        QPointF(widget.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget.viewport(), event)


def centre(view) -> tuple[float, float]:
    (x0, x1), (y0, y1) = view.viewRange()
    return (y0 + y1) / 2, (x0 + x1) / 2


def test_wheel_zoom_on_the_input_follows_stride_and_pooling(main_window, qtbot):
    state = main_window.state
    state.layer.update(stride=2, padding_kind="same", pooling="max", pool_size=2, pool_stride=2)
    wait_computed(qtbot, main_window)
    view = main_window.input_view.view
    for _ in range(4):
        wheel(main_window.input_view, cell_pos(main_window.input_view, view, 20, 40), 3)
        QApplication.processEvents()  # the linked views follow through queued range signals
    cy, cx = centre(view)
    (x0, x1), _ = view.viewRange()
    assert x1 - x0 < 40  # really zoomed in
    # SAME, stride 2 on 64 px: pads (0, 1); conv cell y sits at input 2y + 1 + ½ -> y = (u - 1.5)/2 + ½
    conv = main_window.conv_maps.views[0]
    cy_conv, cx_conv = centre(conv)
    assert abs(cy_conv - ((cy - 1.5) / 2 + 0.5)) < 0.5 and abs(cx_conv - ((cx - 1.5) / 2 + 0.5)) < 0.5
    (cx0, cx1), _ = conv.viewRange()
    assert cx1 - cx0 < (x1 - x0) / 2 + 1  # half the input's width: the stride
    pooled = main_window.pool_maps.views[0]
    cy_pool, cx_pool = centre(pooled)
    assert abs(cy_pool - ((cy_conv - 1.0) / 2 + 0.5)) < 0.5 and abs(cx_pool - ((cx_conv - 1.0) / 2 + 0.5)) < 0.5
