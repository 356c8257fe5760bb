"""Lines of arithmetic that always show their result: each line is fitted to the label's width
(a long sum is shortened by `formula.fitted_sum`, never wrapped with its total cut off)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from convviz.gui.stepper import formula

Lines = Callable[[Callable[[str], bool]], list[str]]


class ArithmeticLabel(QLabel):
    """Lines of arithmetic, each fitted to the width (a long sum is shortened, never wrapped
    with its total cut off): `show_lines` takes a function of the `fits` test."""

    def __init__(self, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, toolTip=tip)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._make: Lines | None = None
        self.set_line_count(2)

    def set_line_count(self, n: int) -> None:
        self.setFixedHeight(n * QFontMetrics(self.font()).lineSpacing() + 8)

    def fits(self, rich: str) -> bool:
        width = self.width() if self.width() > 200 else 1200  # not laid out yet: a laptop's width
        # Measured in the plain font; bold numbers are a little wider, hence the 6 % to spare.
        return QFontMetrics(self.font()).horizontalAdvance(formula.plain(rich)) * 1.06 <= width - 8

    def show_lines(self, make: Lines) -> None:
        """``make(fits)`` returns the lines; they are made again when the width changes."""
        self._make = make
        self.setText("<br>".join(make(self.fits)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._make is not None and event.size().width() != event.oldSize().width():
            self.setText("<br>".join(self._make(self.fits)))
