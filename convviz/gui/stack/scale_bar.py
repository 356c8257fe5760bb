"""A colour bar for the stack tab's white views: the colour map's ramp with its top, middle and
bottom values written beside it in dark text (the explorer's bar is drawn for dark views).
It only paints a gradient and three labels, so a new scale costs well under a millisecond."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QGraphicsWidget, QSizePolicy

BAR_WIDTH = 14.0
LABEL_ROOM = 50.0  # px for "-12.3" beside the bar


def label(value: float) -> str:
    return f"{value:.3g}"


class ScaleBar(QGraphicsWidget):
    """Top is `hi`, bottom is `lo`; the middle label is their mean (0 for symmetric levels)."""

    def __init__(self, cmap: pg.ColorMap, levels: tuple[float, float] = (-1.0, 1.0), tip: str = "") -> None:
        super().__init__()
        self._cmap, self._levels = cmap, (float(levels[0]), float(levels[1]))
        self.setMinimumWidth(BAR_WIDTH + LABEL_ROOM)
        self.setMaximumWidth(BAR_WIDTH + LABEL_ROOM)
        self.setMinimumHeight(60)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setToolTip(tip or "The colour scale: colour ↔ value")

    def set_scale(self, cmap: pg.ColorMap | None = None, levels: tuple[float, float] | None = None) -> None:
        if cmap is not None:
            self._cmap = cmap
        if levels is not None:
            self._levels = (float(levels[0]), float(levels[1]))
        self.update()

    @property
    def levels(self) -> tuple[float, float]:
        return self._levels

    def labels(self) -> tuple[str, str, str]:
        """The texts shown: top, middle, bottom (what a user reads off the bar)."""
        lo, hi = self._levels
        return label(hi), label((lo + hi) / 2), label(lo)

    def sizeHint(self, which, constraint=None) -> QSizeF:
        return QSizeF(BAR_WIDTH + LABEL_ROOM, 2000.0)  # take the height the layout offers

    def paint(self, painter: QPainter, option, widget=None) -> None:
        area = self.rect()
        half = QFontMetricsF(painter.font()).height() / 2
        bar = QRectF(area.left() + 2, area.top() + half, BAR_WIDTH, max(1.0, area.height() - 2 * half))
        ramp = QLinearGradient(bar.bottomLeft(), bar.topLeft())
        for position, colour in zip(*self._cmap.getStops(mode="qcolor"), strict=True):
            ramp.setColorAt(float(position), colour)
        painter.fillRect(bar, ramp)
        painter.setPen(QPen(QColor(120, 120, 120)))
        painter.drawRect(bar)
        painter.setPen(QPen(QColor(30, 30, 30)))
        x = bar.right() + 4
        for text, y in zip(self.labels(), (bar.top(), bar.center().y(), bar.bottom()), strict=True):
            painter.drawText(QRectF(x, y - half, LABEL_ROOM - 4, 2 * half), Qt.AlignmentFlag.AlignVCenter, text)
