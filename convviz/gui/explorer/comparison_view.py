"""The kept layer beside the current one: its maps, what it was, and what changed since."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from convviz.gui.explorer.map_grid import MapGridWidget
from convviz.gui.i18n import tr
from convviz.model.layer.comparison import describe, differences, output
from convviz.model.layer.compute import Result
from convviz.model.state import Stage


class ComparisonView(QWidget):
    closed = Signal()

    def __init__(self, cmap: pg.ColorMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kept: Result | None = None
        self.what = QLabel(toolTip=tr("ComparisonView", "The kept layer, and how the current one differs from it"))
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.RichText)
        self.close_button = QToolButton(
            text="✕", toolTip=tr("ComparisonView", "Stop comparing (the kept maps are dropped)")
        )
        self.close_button.clicked.connect(self.drop)
        top = QHBoxLayout()
        top.addWidget(self.what, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.maps = MapGridWidget(Stage.CONV, "kept")  # the title MapGridWidget translates
        self.maps.add_colorbar(cmap)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.maps, 1)

    def keep(self, result: Result, levels: tuple[float, float], lut: np.ndarray, cmap: pg.ColorMap, gray: bool) -> None:
        """Keep ``result``'s output maps, drawn as the explorer draws them now."""
        self.kept = result
        maps = output(result)
        self.maps.set_maps(maps, result.snapshot.names, levels, lut)
        self.maps.show_colormap(cmap, gray)
        h, w = maps.shape[1:]
        self.maps.set_heading(tr("ComparisonView", "kept: {0} × {1}×{2}").format(maps.shape[0], h, w))
        self.show_differences(result)
        self.show()

    def show_differences(self, now: Result) -> None:
        if self.kept is None:
            return
        changes = differences(self.kept, now)
        since = (
            "; ".join(html.escape(c) for c in changes)
            if changes
            else tr("ComparisonView", "nothing yet: change a setting")
        )
        text = tr("ComparisonView", "<b>Kept:</b> {0}<br><b>Now differs in:</b> {1}")
        self.what.setText(text.format(html.escape(describe(self.kept)), since))

    def drop(self) -> None:
        self.kept = None
        self.hide()
        self.closed.emit()
