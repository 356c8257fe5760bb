"""A stepper page that is drawn at once when shown, and a moment later when another is in front.

Each page costs ~20 ms to draw on the full image; drawing the hidden one in the same turn as the
shown one stalled the window past 50 ms (`python -m convviz.bench ui`).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

HIDDEN_PAGE_DELAY_MS = 120  # after a change, apart from the shown page's own turn


class DeferredPage(QWidget):
    """Subclasses implement `_draw()` and call `draw_soon()` when their data changed."""

    _undrawn = False

    def draw_soon(self) -> None:
        self._undrawn = True
        if self.isVisible():
            self._draw()
        else:
            QTimer.singleShot(HIDDEN_PAGE_DELAY_MS, self._draw_if_undrawn)

    def _draw_if_undrawn(self) -> None:
        if self._undrawn:
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        if self._undrawn:
            self._draw()
        super().showEvent(event)

    def _draw(self) -> None:
        raise NotImplementedError
