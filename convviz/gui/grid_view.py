"""What the input view and the map grid share: arrow keys move the pin, paints are timed."""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

ARROWS = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


class TitleLabel(pg.LabelItem):
    """A one-line title that never widens its layout: pyqtgraph's label makes its text's width
    its minimum, so a long title pushed the views next to it past the widget's edge (cut off).
    Its text is clipped to its own cell (20 maps side by side wrote their titles over each
    other), from the left when it does not fit, so it still starts with the map's number."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._justify = self.opts.get("justify", "center")
        self.setFlag(self.GraphicsItemFlag.ItemClipsChildrenToShape)

    def resizeEvent(self, ev) -> None:
        justify = getattr(self, "_justify", None)  # None while the base class's __init__ runs
        if justify is not None:
            too_wide = self.item.boundingRect().width() > self.rect().width() > 0
            self.opts["justify"] = "left" if too_wide else justify
        super().resizeEvent(ev)

    def updateMin(self) -> None:
        super().updateMin()
        self.setMinimumWidth(0)
        width, height = self._sizeHint[Qt.SizeHint.MinimumSize]
        self._sizeHint[Qt.SizeHint.MinimumSize] = (0, height)


class CellGridView(pg.GraphicsLayoutWidget):
    """A pyqtgraph canvas of cells: ``arrowPressed(dy, dx)`` and ``painted(ms)``."""

    arrowPressed = Signal(int, int)
    painted = Signal(float)  # milliseconds spent painting; live mode counts displayed frames by it

    def add_title(self, text: str, row: int, col: int, colspan: int = 1, **style: str) -> TitleLabel:
        label = TitleLabel(text, **style)
        self.ci.addItem(label, row=row, col=col, colspan=colspan)
        return label

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
