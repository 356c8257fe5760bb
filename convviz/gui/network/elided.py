"""A label that never wraps and never widens its column: each line of its text is elided to the
label's width, and the whole text is its tooltip.

A word-wrapped QLabel asks for more height only through height-for-width, which a scroll area
(every tab scrolls, for a projector at ×2) does not ask: the label then drew its extra lines over
the widgets below it. This one's height is its number of lines, whatever its width."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets


class ElidedLabel(QtWidgets.QLabel):
    def __init__(self, text: str = "", parent: QtWidgets.QWidget | None = None, lines: int = 1) -> None:
        super().__init__(parent)
        self._lines = lines  # room kept for this many lines at least (the layout does not jump)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        rows = max(self._lines, len(self.text().split("\n")) if self.text() else 0)
        return rows * self.fontMetrics().lineSpacing() + 2

    def sizeHint(self) -> QtCore.QSize:
        widths = [self.fontMetrics().horizontalAdvance(line) for line in self.text().split("\n")]
        return QtCore.QSize(max(widths, default=0) + 4, self._height())

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(20, self._height())

    def shown_lines(self) -> list[str]:
        """Each line as drawn at the label's width (elided with … when it does not fit)."""
        metrics = self.fontMetrics()
        return [
            metrics.elidedText(line, QtCore.Qt.TextElideMode.ElideRight, max(self.width() - 2, 10))
            for line in self.text().split("\n")
        ]

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        step = self.fontMetrics().lineSpacing()
        for i, line in enumerate(self.shown_lines()):
            rect = QtCore.QRect(1, 1 + i * step, self.width() - 2, step)
            painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter, line)
        painter.end()
