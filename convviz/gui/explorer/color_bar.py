"""A colour bar that costs nothing to redraw: the colour map's ramp and three values beside it.

pyqtgraph's ColorBarItem lays its axis out again for every new scale, ~10 ms of GUI-thread time
per result (one per map grid); this item paints a gradient and three labels in well under 1 ms.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsWidget, QSizePolicy

from convviz.gui.bar_painting import BAR_WIDTH, paint_bar
from convviz.gui.i18n import tr

LABEL_ROOM = 46.0  # px for "-12.3" beside the bar


def _label(value: float) -> str:
    return f"{value:.3g}"


class ColorBar(QGraphicsWidget):
    """Top is `hi`, bottom is `lo`; the middle label is their mean (0 for symmetric levels)."""

    def __init__(self, cmap: pg.ColorMap, levels: tuple[float, float] = (-1.0, 1.0)) -> None:
        super().__init__()
        self._cmap, self._levels = cmap, levels
        self._relative = False
        self.setMinimumWidth(BAR_WIDTH + LABEL_ROOM)
        self.setMaximumWidth(BAR_WIDTH + LABEL_ROOM)
        self.setMinimumHeight(60)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)  # as tall as the maps
        self.setToolTip(
            tr(
                "ColorBar",
                "The colour scale of the maps: colour ↔ value (signed maps on a square-root scale unless "
                "View → Square-root colour scale is off: halfway up the bar is a quarter of the top value)",
            )
        )

    def colorMap(self) -> pg.ColorMap:
        return self._cmap

    def setColorMap(self, cmap: pg.ColorMap) -> None:
        self._cmap = cmap
        self.update()

    def levels(self) -> tuple[float, float]:
        return self._levels

    def setLevels(self, levels: tuple[float, float]) -> None:
        if tuple(levels) != self._levels:
            self._levels = (float(levels[0]), float(levels[1]))
            self.update()

    def set_relative(self, relative: bool) -> None:
        """Every map on its own scale: the bar reads "max … min" (each map's title has its numbers)."""
        if relative != self._relative:
            self._relative = relative
            self.update()

    def labels(self) -> tuple[str, str, str]:
        """The texts shown: top, middle, bottom (what a user reads off the bar)."""
        lo, hi = self._levels
        if self._relative:
            if lo == -hi:
                return tr("ColorBar", "max"), "0", tr("ColorBar", "−max")
            return tr("ColorBar", "max"), "", "0" if lo == 0 else tr("ColorBar", "min")
        return _label(hi), _label((lo + hi) / 2), _label(lo)

    def sizeHint(self, which, constraint=None) -> QSizeF:
        return QSizeF(BAR_WIDTH + LABEL_ROOM, 2000.0)  # take what the row offers

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_bar(
            painter, self.rect(), self._cmap, self.labels(), QColor(150, 150, 150), QColor(200, 200, 200), LABEL_ROOM
        )
