"""How a colour bar is painted — the colour map's ramp, a frame, three values beside it — shared
by the explorer's bar (light text for dark views) and the stack's (dark text for white views)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter, QPen

BAR_WIDTH = 14.0


def paint_bar(
    painter: QPainter,
    area: QRectF,
    cmap: pg.ColorMap,
    labels: tuple[str, str, str],
    frame: QColor,
    ink: QColor,
    label_room: float,
) -> None:
    """The ramp (low at the bottom) in ``area``'s left ``BAR_WIDTH`` px, framed, with ``labels``
    (top, middle, bottom) written beside it."""
    half = QFontMetricsF(painter.font()).height() / 2
    bar = QRectF(area.left() + 2, area.top() + half, BAR_WIDTH, max(1.0, area.height() - 2 * half))
    ramp = QLinearGradient(bar.bottomLeft(), bar.topLeft())
    for position, colour in zip(*cmap.getStops(mode="qcolor"), strict=True):
        ramp.setColorAt(float(position), colour)
    painter.fillRect(bar, ramp)
    painter.setPen(QPen(frame))
    painter.drawRect(bar)
    painter.setPen(QPen(ink))
    x = bar.right() + 4
    for text, y in zip(labels, (bar.top(), bar.center().y(), bar.bottom()), strict=True):
        painter.drawText(QRectF(x, y - half, label_room - 4, 2 * half), Qt.AlignmentFlag.AlignVCenter, text)
