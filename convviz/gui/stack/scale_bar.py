"""A colour bar for the stack tab's white views: the colour map's ramp with its top, middle and
bottom values written beside it in dark text (the explorer's bar is drawn for dark views).
It only paints a gradient and three labels, so a new scale costs well under a millisecond."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsWidget, QSizePolicy

from convviz.gui.bar_painting import BAR_WIDTH, paint_bar
from convviz.gui.i18n import tr

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
        self.setToolTip(tip or tr("ScaleBar", "The colour scale: colour ↔ value"))

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
        paint_bar(
            painter, self.rect(), self._cmap, self.labels(), QColor(120, 120, 120), QColor(30, 30, 30), LABEL_ROOM
        )
