"""One tile of the stack, large: click a tile (or a vector's bars, or the input) in the grid and
it opens here with its layer and channel named, its rows and columns on the axes, a colour bar
and, for a small map, every value written in its cell; hovering reads a cell's exact value.
◀ / ▶ (or the arrow keys) step through the layer's channels. The window stays open and follows
the stack: a new result redraws it, a layer that is gone closes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convviz.gui.i18n import tr
from convviz.gui.stack.bar_row import BarRow, value_text
from convviz.gui.stack.scale_bar import ScaleBar
from convviz.model.stack.tiles import as_tile, row_picture

MAX_SIDE_PX = 512  # a larger map is drawn every f-th cell (hovering still reads every cell)
NUMBERS_UP_TO = 16  # a map at most this many cells high and wide gets its values written in


@dataclass(frozen=True)
class TileData:
    """What the window shows: one channel of a layer's output (or the input), drawn as the grid
    draws it."""

    name: str  # the layer's name, "Input" for the input
    channel: int  # 0-based (the window writes it from 1)
    channels: int
    values: np.ndarray  # (H, W), (H, W, 3) for an RGB input, or (units,) for a vector
    levels: tuple[float, float]
    cmap: pg.ColorMap
    lut: np.ndarray | None  # None: RGB, drawn as it is


Provider = Callable[[int, int], "TileData | None"]  # (layer, channel) -> what to show, None if gone


def title_of(d: TileData) -> str:
    name = tr("TileDialog", "Input") if d.name == "Input" else d.name  # "Input" names the input, in any language
    if d.values.ndim == 1:
        return tr("TileDialog", "{0}: a vector of {1} values (index from 0)").format(name, d.values.size)
    h, w = d.values.shape[:2]
    if d.values.ndim == 3:
        return tr("TileDialog", "{0}: RGB, {1}×{2}").format(name, h, w)
    if d.name == "Input" and d.channels == 1:
        return tr("TileDialog", "Input: gray, {0}×{1}").format(h, w)
    return tr("TileDialog", "{0}: channel {1} of {2}, {3}×{4}").format(name, d.channel + 1, d.channels, h, w)


class TileDialog(QtWidgets.QDialog):
    def __init__(self, provider: Provider, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.setWindowTitle(tr("TileDialog", "Tile"))
        self.setModal(False)
        self.resize(760, 640)
        self.layer, self.channel = -1, 0
        self.data: TileData | None = None
        self.title = QtWidgets.QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setToolTip(tr("TileDialog", "The layer and channel shown (channels are counted from 1)"))
        self.prev_button = QtWidgets.QPushButton(
            tr("TileDialog", "◀ Channel"), toolTip=tr("TileDialog", "Show the previous channel (←)")
        )
        self.next_button = QtWidgets.QPushButton(
            tr("TileDialog", "Channel ▶"), toolTip=tr("TileDialog", "Show the next channel (→)")
        )
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key_Left), self, lambda: self.step(-1))
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key_Right), self, lambda: self.step(1))
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        self.view = pg.GraphicsLayoutWidget()  # a map
        self.view.setBackground("w")
        self.view.setToolTip(tr("TileDialog", "Hover a cell to read its value"))
        self.bar_view = pg.GraphicsLayoutWidget()  # a vector
        self.bar_view.setBackground("w")
        self.bar_view.setToolTip(tr("TileDialog", "Hover a bar to read its value"))
        self.pages = QtWidgets.QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.bar_view)
        self.readout = QtWidgets.QLabel(tr("TileDialog", "Hover a cell to read its value."))
        self.readout.setToolTip(tr("TileDialog", "The cell under the mouse and its exact value"))
        box = QtWidgets.QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.pages, 1)
        box.addWidget(self.readout)
        # a map: an image with row/col axes and a colour bar
        self.plot = pg.PlotItem()
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setLabel("left", tr("TileDialog", "row"))
        self.plot.setLabel("bottom", tr("TileDialog", "col"))
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTextPen("#303030")
            self.plot.getAxis(name).setPen("#909090")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.marker = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.marker.setPen(pg.mkPen("#00c000", width=2, cosmetic=True))
        self.marker.setZValue(20)
        self.marker.hide()
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.numbers: list[pg.TextItem] = []
        self.scale = ScaleBar(
            pg.colormap.get("CET-D1"), tip=tr("TileDialog", "Colour ↔ value, on the same scale as the tiles")
        )
        # a vector: the grid's bar chart, large
        self.bars = BarRow.make(-1, (1, 1))
        self.bars.bottom.setLabel(tr("TileDialog", "index"))
        self.view.ci.addItem(self.plot, row=0, col=0)
        self.view.ci.addItem(self.scale, row=0, col=1)
        self.bar_view.ci.addItem(self.bars.view, row=0, col=0)
        self._proxies = [
            pg.SignalProxy(v.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse)
            for v in (self.view, self.bar_view)
        ]

    # --- what is shown ------------------------------------------------------------------
    def show_tile(self, layer: int, channel: int) -> bool:
        """Show ``channel`` of ``layer`` (-1: the input); False if there is nothing to show."""
        data = self.provider(layer, channel)
        if data is None:
            return False
        self.layer, self.channel, self.data = layer, channel, data
        self._draw(data)
        self.show()
        self.raise_()
        return True

    def refresh(self) -> None:
        """Redraw from the newest result (the grid calls this when new maps arrive); a layer
        that is gone closes the window."""
        if self.isVisible() and not self.show_tile(self.layer, self.channel):
            self.close()

    def step(self, by: int) -> None:
        if self.data is not None and 0 <= self.channel + by < self.data.channels:
            self.show_tile(self.layer, self.channel + by)

    def _draw(self, d: TileData) -> None:
        self.title.setText(title_of(d))
        self.setWindowTitle(title_of(d))
        vector = d.values.ndim == 1
        self.pages.setCurrentWidget(self.bar_view if vector else self.view)
        self.readout.setText(
            tr("TileDialog", "Hover a bar to read its value.")
            if vector
            else tr("TileDialog", "Hover a cell to read its value.")
        )
        self.scale.setVisible(d.lut is not None)
        for button in (self.prev_button, self.next_button):
            button.setVisible(d.channels > 1)
        self.prev_button.setEnabled(self.channel > 0)
        self.next_button.setEnabled(self.channel < d.channels - 1)
        self.marker.hide()
        if vector:
            picture = row_picture(d.values)
            self.bars.reshape(-1, picture.hw, 1, True, picture.per_bar)
            self.bars.draw(picture, levels=d.levels, lut=self._lut(d))
            self._write_numbers(None)
            return
        h, w = d.values.shape[:2]
        step = max(1, -(-max(h, w) // MAX_SIDE_PX))
        shown = as_tile(d.values[::step, ::step])
        rect = QtCore.QRectF(0, 0, w, h)
        if d.lut is None:  # RGB
            self.image.setImage(shown, autoLevels=False, levels=(0.0, 1.0), lut=None, rect=rect)
        else:
            self.image.setImage(shown, autoLevels=False, levels=d.levels, lut=d.lut, rect=rect)
            self.scale.set_scale(d.cmap, d.levels)
        self.plot.setRange(xRange=(0, w), yRange=(0, h), padding=0.02)
        self._write_numbers(d if max(h, w) <= NUMBERS_UP_TO and d.lut is not None else None)

    @staticmethod
    def _lut(d: TileData) -> np.ndarray:
        return d.lut if d.lut is not None else d.cmap.getLookupTable(0.0, 1.0, 256, alpha=False)

    def _write_numbers(self, d: TileData | None) -> None:
        """Each value in its cell, white on a dark colour, black on a light one. The text items
        are kept while the map's shape stays (a live frame only rewrites them)."""
        size = 0 if d is None else d.values.size
        if len(self.numbers) != size:
            for t in self.numbers:
                self.plot.removeItem(t)
            self.numbers = []
            if d is None:
                return
            for r, c in np.ndindex(*d.values.shape):
                t = pg.TextItem("", anchor=(0.5, 0.5))
                t.setPos(c + 0.5, r + 0.5)
                self.plot.addItem(t)
                self.numbers.append(t)
        if d is None or d.lut is None:
            return
        lo, hi = d.levels
        for t, v in zip(self.numbers, d.values.ravel(), strict=True):
            i = int(np.clip(round((float(np.nan_to_num(v)) - lo) * 255 / ((hi - lo) or 1.0)), 0, 255))
            red, green, blue = (int(x) for x in d.lut[i][:3])
            dark = 0.299 * red + 0.587 * green + 0.114 * blue < 110
            t.setText(value_text(float(v)), color="#ffffff" if dark else "#101010")

    # --- hover --------------------------------------------------------------------------
    def readout_at(self, scene_pos: QtCore.QPointF) -> str | None:
        """What the readout says for a scene point (None: not over a cell)."""
        d = self.data
        if d is None:
            return None
        if d.values.ndim == 1:
            hit = self.bars.hit(scene_pos) if self.pages.currentWidget() is self.bar_view else None
            if hit is None:
                return None
            unit = hit[2]
            return tr("TileDialog", "index {0} = {1}").format(unit, f"{float(d.values[unit]):.4g}")
        if self.pages.currentWidget() is not self.view or not self.plot.getViewBox().sceneBoundingRect().contains(
            scene_pos
        ):
            return None
        p = self.plot.getViewBox().mapSceneToView(scene_pos)
        r, c = int(np.floor(p.y())), int(np.floor(p.x()))
        h, w = d.values.shape[:2]
        if not (0 <= r < h and 0 <= c < w):
            return None
        self.marker.setRect(c, r, 1, 1)
        self.marker.show()
        v = d.values[r, c]
        value = ", ".join(f"{x:.4g}" for x in v) if np.ndim(v) else f"{float(v):.4g}"
        return tr("TileDialog", "row {0}, col {1} = {2}").format(r, c, value)

    def _on_mouse(self, event: tuple) -> None:
        text = self.readout_at(event[0])
        if text is not None:
            self.readout.setText(text)
