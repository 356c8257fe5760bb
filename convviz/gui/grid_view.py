"""What the input view and the map grid share: arrow keys move the pin, paints are timed."""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

ARROWS = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


class CellGridView(pg.GraphicsLayoutWidget):
    """A pyqtgraph canvas of cells: ``arrowPressed(dy, dx)`` and ``painted(ms)``."""

    arrowPressed = Signal(int, int)
    painted = Signal(float)  # milliseconds spent painting; live mode counts displayed frames by it

    def paintEvent(self, event) -> None:
        started = time.perf_counter()
        super().paintEvent(event)
        self.painted.emit((time.perf_counter() - started) * 1000.0)

    def keyPressEvent(self, event) -> None:
        step = ARROWS.get(event.key())
        if step:
            self.arrowPressed.emit(*step)
            event.accept()
        else:
            super().keyPressEvent(event)
