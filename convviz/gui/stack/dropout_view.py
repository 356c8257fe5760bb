"""Dropout visualised on a small map: the input, which units are dropped (mask), and the output
where survivors are scaled by 1/(1-rate); at inference every unit passes through unchanged."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.model.stack.tiles import as_tile
from convviz.model.teaching.dropout import DropoutView, dropout_view

KEPT_GRAY, DROPPED_GRAY = 200, 0  # the mask's two values, drawn on a 0–255 gray scale


def _swatch(gray: int) -> str:
    return (
        f"<span style='background-color: rgb({gray},{gray},{gray}); color: rgb({gray},{gray},{gray});"
        " border: 1px solid #808080;'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
    )


def mask_legend(scale: float, training: bool) -> str:
    """The mask's key: which shade is a kept unit and which a dropped one."""
    if not training:
        return tr("DropoutWidget", "Mask: {0} kept: passed through unchanged").format(_swatch(KEPT_GRAY))
    return tr(
        "DropoutWidget", "Mask: {0} kept: multiplied by 1/(1 − rate) = {1} &nbsp;&nbsp; {2} dropped: set to 0"
    ).format(_swatch(KEPT_GRAY), f"{scale:.3g}", _swatch(DROPPED_GRAY))


def _panel(layout: pg.GraphicsLayout, title: str, col: int) -> pg.PlotItem:
    plot = layout.addPlot(row=0, col=col, title=title)
    plot.invertY(True)
    plot.setAspectLocked(True)
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.setMouseEnabled(False, False)
    plot.addItem(pg.ImageItem(axisOrder="row-major"))
    return plot


class DropoutWidget(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        yy, xx = np.mgrid[0:12, 0:12]
        self.x = (0.25 + 0.75 * np.hypot(yy - 5.5, xx - 5.5) / 7.8).astype(np.float32)  # a soft radial map
        bar = QtWidgets.QHBoxLayout()
        self.rate_spin = QtWidgets.QDoubleSpinBox(
            minimum=0.0,
            maximum=0.95,
            singleStep=0.05,
            value=0.5,
            toolTip=tr("DropoutWidget", "Dropout rate: the chance each unit is zeroed"),
        )
        self.seed_spin = QtWidgets.QSpinBox(
            minimum=0, maximum=9999, toolTip=tr("DropoutWidget", "Seed of the random mask")
        )
        self.training_check = QtWidgets.QCheckBox(
            tr("DropoutWidget", "train mode"),
            checked=True,
            toolTip=tr("DropoutWidget", "Train mode drops units; eval mode (inference) passes them all through"),
        )
        for label, w in ((tr("DropoutWidget", "rate"), self.rate_spin), (tr("DropoutWidget", "seed"), self.seed_spin)):
            bar.addWidget(QtWidgets.QLabel(label, toolTip=w.toolTip()))
            bar.addWidget(w)
        bar.addWidget(self.training_check)
        bar.addStretch(1)
        for w in (self.rate_spin, self.seed_spin):
            w.valueChanged.connect(self.refresh)
        self.training_check.toggled.connect(self.refresh)
        self.info = QtWidgets.QLabel(wordWrap=True, toolTip=tr("DropoutWidget", "What dropout did to this map"))
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setToolTip(
            tr(
                "DropoutWidget",
                "Left: a map of units. Middle: the mask, kept units light gray, dropped ones black. Right: the output.",
            )
        )
        self.legend = QtWidgets.QLabel(toolTip=tr("DropoutWidget", "What the colours of the mask mean"))
        self.legend.setTextFormat(QtCore.Qt.RichText)
        self.plots = [
            _panel(self.view.ci, t, i)
            for i, t in enumerate(
                [tr("DropoutWidget", "input"), tr("DropoutWidget", "mask"), tr("DropoutWidget", "output")]
            )
        ]
        self.images = [p.items[0] for p in self.plots]
        for i in range(3):
            self.view.ci.layout.setColumnStretchFactor(i, 1)
        v = QtWidgets.QVBoxLayout(self)
        v.addLayout(bar)
        v.addWidget(self.info)
        v.addWidget(self.view)
        v.addWidget(self.legend)  # right under the mask, not at the bottom of the tab
        v.addStretch(1)
        self.refresh()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """The panels are square: the view is as tall as three of them side by side need."""
        super().resizeEvent(event)
        room = self.height() - self.info.sizeHint().height() - self.legend.sizeHint().height() - 80
        self.view.setFixedHeight(max(150, min(room, self.view.width() // 3 + 40)))

    def set_input(self, x: np.ndarray) -> None:
        """Show dropout on another map (e.g. a channel of the stack)."""
        self.x = np.asarray(x, dtype=np.float32)
        self.refresh()

    def refresh(self) -> None:
        self.current: DropoutView = dropout_view(
            self.x, self.rate_spin.value(), self.seed_spin.value(), self.training_check.isChecked()
        )
        d = self.current
        top = max(float(np.abs(d.out).max()), 1e-6)
        self.images[0].setImage(as_tile(d.x), autoLevels=False, levels=(0, top), lut=colormaps.gray_lut())
        # light gray, not white, so kept units do not melt into the white background
        mask = np.where(d.kept, KEPT_GRAY, DROPPED_GRAY).astype(np.uint8)
        self.images[1].setImage(mask, autoLevels=False, levels=(0, 255))
        self.images[2].setImage(as_tile(d.out), autoLevels=False, levels=(0, top), lut=colormaps.gray_lut())
        for p in self.plots:  # same scale in all three panels, so cells line up by eye
            p.setRange(xRange=(0, d.x.shape[1]), yRange=(0, d.x.shape[0]), padding=0.02)
        self.legend.setText(mask_legend(d.scale, d.training))
        if d.training:
            self.info.setText(
                tr(
                    "DropoutWidget",
                    "Train mode: {0} of units dropped (rate {1}); the rest are multiplied by "
                    "1/(1 − rate) = {2}, so the mean stays about the same ({3} in, {4} out).",
                ).format(
                    f"{d.dropped_fraction:.0%}",
                    f"{self.rate_spin.value():.2f}",
                    f"{d.scale:.3g}",
                    f"{d.x.mean():.3f}",
                    f"{d.out.mean():.3f}",
                )
            )
        else:
            self.info.setText(
                tr(
                    "DropoutWidget",
                    "Eval mode (inference): nothing is dropped and nothing is scaled — the output equals the input.",
                )
            )
