"""The model's top-5 classes as a bar chart: each class's name, a bar as long as its probability
(softmax of the scores) and the probability and raw score written beside it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtGui, QtWidgets

from convviz.gui.i18n import tr

ROW_PX = 22
NAME_PX = 150  # room for a class name (longer ones are elided, whole in the tooltip)
BAR_COLOUR = QtGui.QColor("#3a7bd5")
TOP_COLOUR = QtGui.QColor("#d0582a")


@dataclass(frozen=True)
class ScoreRow:
    index: int
    name: str
    score: float
    prob: float

    def text(self) -> str:
        return tr("ScoresView", "{0} %  (score {1})").format(f"{self.prob * 100:.1f}", f"{self.score:.3g}")


class ScoresView(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ScoreRow] = []
        self.note = ""  # said instead of bars (no model, an output that is not class scores)
        self.setMinimumHeight(5 * ROW_PX + 8)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
        self.setToolTip(
            tr("ScoresView", "The model's five most likely classes: probability (softmax of the scores) and raw score")
        )

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(420, 5 * ROW_PX + 8)

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(240, 5 * ROW_PX + 8)

    def set_rows(self, rows: list[ScoreRow], note: str = "") -> None:
        self.rows, self.note = list(rows), note
        self.setToolTip("\n".join(f"{r.index}: {r.name} — {r.text()}" for r in rows) or note or self.toolTip())
        self.update()

    def lines(self) -> list[str]:
        """What each row says, as drawn: ``name  probability (score)``."""
        return [f"{r.name}  {r.text()}" for r in self.rows]

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QtGui.QColor("white"))
        metrics = painter.fontMetrics()
        if not self.rows:
            painter.setPen(QtGui.QColor("#606060"))
            painter.drawText(self.rect().adjusted(8, 0, -8, 0), QtCore.Qt.AlignmentFlag.AlignVCenter, self.note)
            painter.end()
            return
        name_px = min(NAME_PX, max(60, self.width() // 3))
        text_px = max(metrics.horizontalAdvance(r.text()) for r in self.rows) + 8
        bar_left = name_px + 8
        bar_room = max(20, self.width() - bar_left - text_px - 4)
        for i, row in enumerate(self.rows):
            top = 4 + i * ROW_PX
            painter.setPen(QtGui.QColor("#202020"))
            name = metrics.elidedText(row.name, QtCore.Qt.TextElideMode.ElideRight, name_px - 4)
            painter.drawText(
                QtCore.QRect(4, top, name_px - 4, ROW_PX),
                QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            width = max(1, round(bar_room * min(max(row.prob, 0.0), 1.0)))
            painter.fillRect(QtCore.QRect(bar_left, top + 4, width, ROW_PX - 8), TOP_COLOUR if i == 0 else BAR_COLOUR)
            painter.setPen(QtGui.QColor("#404040"))
            painter.drawText(
                QtCore.QRect(bar_left + width + 6, top, text_px, ROW_PX),
                QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                row.text(),
            )
        painter.end()
