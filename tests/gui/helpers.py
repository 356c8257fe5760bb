"""Drive pyqtgraph views like a user: map a data cell to the widget and send real mouse events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest


def cell_pos(widget, view, y: int, x: int) -> QPoint:
    """Viewport position of the centre of data cell (y, x) in `view` (a ViewBox of `widget`)."""
    scene = view.mapViewToScene(QPointF(x + 0.5, y + 0.5))
    return widget.mapFromScene(scene)


def hover(widget, view, y: int, x: int) -> None:
    QTest.mouseMove(widget.viewport(), cell_pos(widget, view, y, x))


def click(widget, view, y: int, x: int) -> None:
    pos = cell_pos(widget, view, y, x)
    QTest.mouseMove(widget.viewport(), pos)
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def take_messages() -> list[str]:
    """Texts of the message boxes the user sees now (title: text), closing them."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    texts = [f"{box.windowTitle()}: {box.text()}" for box in boxes]
    for box in boxes:
        box.close()
    return texts
