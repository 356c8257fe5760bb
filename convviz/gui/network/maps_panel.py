"""The chosen layer of the user's model: its feature maps of the current picture as tiles (a
vector as bars) and, for a convolution, its filters.

Click a cell of a map (or a bar): the tab draws that cell's exact receptive field on the
picture. Double-click a tile: it opens large, with its rows, columns and values
(``stack.tile_dialog``). A layer with more than ``MAX_TILES`` maps is shown a page at a time.
First-layer filters over R, G, B are drawn in colour (mid-gray is a zero weight); deeper ones
one input channel at a time, in gray.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.network.elided import ElidedLabel
from convviz.gui.stack.bar_row import BarRow
from convviz.gui.stack.scale_bar import ScaleBar
from convviz.gui.stack.tile_dialog import TileData, TileDialog
from convviz.model.network.probe import MAX_TILES, Mosaic, colour_filters, mosaic
from convviz.model.stack.tiles import finite_range, row_picture

Index = tuple[int, ...]  # (channel, y, x) of a map, (unit,) of a vector


def map_look(maps: np.ndarray, cmap_name: str) -> tuple[tuple[float, float], np.ndarray, pg.ColorMap]:
    """(levels, lut, colour map) for a layer's maps: gray from 0 for maps with no negative cell
    (after ReLU), else the app's colour map, symmetric about 0."""
    span = finite_range(maps) if maps.size else np.array([np.nan])  # without copying the finite cells out
    lo, hi = (0.0, 1.0) if np.isnan(span[0]) else (float(span[0]), float(span[1]))
    if lo >= 0:
        return (0.0, hi or 1.0), colormaps.gray_lut(), colormaps.gray_colormap()
    m = max(abs(lo), abs(hi)) or 1.0
    return (-m, m), colormaps.lut(cmap_name), colormaps.colormap(cmap_name)


ARROWS = {
    QtCore.Qt.Key.Key_Left: (0, -1),
    QtCore.Qt.Key.Key_Right: (0, 1),
    QtCore.Qt.Key.Key_Up: (-1, 0),
    QtCore.Qt.Key.Key_Down: (1, 0),
}


class _Tiles(pg.GraphicsLayoutWidget):
    """A view of tiles that reports the arrow keys (they move the pinned cell)."""

    arrowPressed = QtCore.Signal(int, int)

    def keyPressEvent(self, event) -> None:
        step = ARROWS.get(QtCore.Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.arrowPressed.emit(*step)
        event.accept()


def _view(tip: str) -> tuple[pg.GraphicsLayoutWidget, pg.ViewBox, pg.ImageItem]:
    widget = _Tiles()
    widget.setBackground("w")
    widget.setToolTip(tip)
    vb = widget.addViewBox(row=0, col=0, lockAspect=True, invertY=True, enableMenu=False)
    image = pg.ImageItem(axisOrder="row-major")
    vb.addItem(image)
    return widget, vb, image


class MapsPanel(QtWidgets.QTabWidget):
    cellClicked = QtCore.Signal(object)  # an Index, in the layer's output
    arrowPressed = QtCore.Signal(int, int)  # (dy, dx): move the pinned cell

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.cmap_name = colormaps.DEFAULT
        self.row_name = ""
        self.maps: np.ndarray | None = None  # (C, h, w) or a vector
        self.tiles: Mosaic | None = None
        self.levels: tuple[float, float] = (0.0, 1.0)
        self.lut: np.ndarray = colormaps.gray_lut()
        self.cmap: pg.ColorMap = colormaps.gray_colormap()
        self.pinned: Index | None = None
        self.dialog: TileDialog | None = None
        self._last_click: tuple[float, Index] | None = None  # (when, where): a double click is two
        self.weight: np.ndarray | None = None
        self.bgr = False
        self.filter_colour = False
        self.filter_tiles: Mosaic | None = None

        # --- feature maps page
        self.heading = QtWidgets.QLabel("")
        self.heading.setToolTip(tr("MapsPanel", "The chosen layer and the size of its output"))
        self.page = QtWidgets.QComboBox(
            toolTip=tr("MapsPanel", "A wide layer is shown {0} maps at a time").format(MAX_TILES)
        )
        self.page.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.page.currentIndexChanged.connect(lambda _: self._draw_maps(keep_range=False))
        self.map_widget, self.map_vb, self.map_image = _view(
            tr(
                "MapsPanel",
                "Each tile is one channel of the layer's output for the picture. Click a cell: its receptive "
                "field is drawn on the picture (the arrow keys move it). Double-click a tile to open it large.",
            )
        )
        self.scale = ScaleBar(
            colormaps.gray_colormap(), tip=tr("MapsPanel", "Colour ↔ value, for every tile of this layer")
        )
        self.map_widget.ci.addItem(self.scale, row=0, col=1)
        self.marker = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.marker.setPen(pg.mkPen("#00c000", width=2, cosmetic=True))
        self.marker.setZValue(20)
        self.marker.hide()
        self.map_vb.addItem(self.marker, ignoreBounds=True)
        self.map_widget.arrowPressed.connect(self.arrowPressed)
        self.bar_widget = _Tiles()
        self.bar_widget.arrowPressed.connect(self.arrowPressed)
        self.bar_widget.setBackground("w")
        self.bar_widget.setToolTip(
            tr("MapsPanel", "The layer's output is a vector: one bar per unit. Click a bar for what it sees.")
        )
        self.bars = BarRow.make(-1, (1, 1))
        self.bars.bottom.setLabel(tr("MapsPanel", "unit"))
        self.bar_widget.ci.addItem(self.bars.view, row=0, col=0)
        self.bar_marker = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.bar_marker.setPen(pg.mkPen("#00c000", width=2, cosmetic=True))
        self.bar_marker.hide()
        self.bars.vb.addItem(self.bar_marker, ignoreBounds=True)
        self.map_pages = QtWidgets.QStackedWidget()
        self.map_pages.addWidget(self.map_widget)
        self.map_pages.addWidget(self.bar_widget)
        self.info = ElidedLabel(
            tr(
                "MapsPanel",
                "Click a cell of a map: its receptive field is drawn on the picture (the arrow keys move it).\n"
                "Double-click a tile to open it large.",
            ),
            lines=2,
        )
        self.info.setToolTip(tr("MapsPanel", "The clicked cell, its value and the input pixels it depends on"))
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.page)
        maps_page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(maps_page)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addWidget(self.map_pages, 1)
        box.addWidget(self.info)
        for scene in (self.map_widget.scene(), self.bar_widget.scene()):
            scene.sigMouseClicked.connect(lambda event, s=scene: self._on_click(event, s))

        # --- filters page
        self.filter_heading = QtWidgets.QLabel("")
        self.channel = QtWidgets.QSpinBox(
            minimum=1, maximum=1, toolTip=tr("MapsPanel", "Which input channel's weights to show")
        )
        self.channel.setPrefix(tr("MapsPanel", "input channel "))
        self.channel.valueChanged.connect(lambda _: self._draw_filters())
        self.filter_widget, self.filter_vb, self.filter_image = _view(
            tr(
                "MapsPanel",
                "The layer's filters (its weights): one tile per output channel. Mid-gray is 0; lighter is "
                "positive, darker negative. Over R, G, B they are drawn in colour.",
            )
        )
        self.filter_note = ElidedLabel("", lines=2)
        self.filter_note.setStyleSheet("color: #505050")
        filter_top = QtWidgets.QHBoxLayout()
        filter_top.addWidget(self.filter_heading, 1)
        filter_top.addWidget(self.channel)
        filters_page = QtWidgets.QWidget()
        fbox = QtWidgets.QVBoxLayout(filters_page)
        fbox.setContentsMargins(4, 4, 4, 4)
        fbox.addLayout(filter_top)
        fbox.addWidget(self.filter_widget, 1)
        fbox.addWidget(self.filter_note)
        self.addTab(maps_page, tr("MapsPanel", "Feature maps"))
        self.addTab(filters_page, tr("MapsPanel", "Filters"))
        self.setTabToolTip(0, tr("MapsPanel", "The chosen layer's output for the picture"))
        self.setTabToolTip(1, tr("MapsPanel", "The chosen convolution's weights"))
        self.setMinimumWidth(300)

    # --- what is shown --------------------------------------------------------------------
    @property
    def is_vector(self) -> bool:
        return self.maps is not None and self.maps.ndim == 1

    def show_layer(self, name: str, op: str, maps: np.ndarray | None, same_layer: bool) -> None:
        """The layer ``name``'s output for one picture: (C, h, w) maps or a vector (None: not a
        float output). ``same_layer``: a new picture of the layer already shown (keep page and zoom)."""
        self.row_name, self.maps = name, maps
        if maps is None:
            self.heading.setText(tr("MapsPanel", "{0} ({1}): no maps to show").format(name, op))
            self.map_image.clear()
            self.page.hide()
            return
        if maps.ndim == 1:
            self.heading.setText(tr("MapsPanel", "{0} ({1}): a vector of {2}").format(name, op, f"{maps.size:,}"))
        else:
            c, h, w = maps.shape
            if c == 1:
                heading = tr("MapsPanel", "{0} ({1}): 1 map of {2}×{3}").format(name, op, h, w)
            else:
                heading = tr("MapsPanel", "{0} ({1}): {2} maps of {3}×{4}").format(name, op, c, h, w)
            self.heading.setText(heading)
        pages = 1 if maps.ndim == 1 else -(-maps.shape[0] // MAX_TILES)
        if not same_layer or self.page.count() != pages:
            with QtCore.QSignalBlocker(self.page):
                self.page.clear()
                for p in range(pages):
                    last = min((p + 1) * MAX_TILES, maps.shape[0]) if maps.ndim == 3 else 1
                    text = tr("MapsPanel", "maps {0}–{1} of {2}").format(p * MAX_TILES + 1, last, maps.shape[0])
                    self.page.addItem(text if maps.ndim == 3 else "")
            self.page.setVisible(pages > 1)
        self._draw_maps(keep_range=same_layer)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()

    def set_colormap(self, name: str) -> None:
        self.cmap_name = name if name in colormaps.NAMES else colormaps.DEFAULT
        self._draw_maps(keep_range=True)

    def _draw_maps(self, keep_range: bool) -> None:
        maps = self.maps
        if maps is None:
            return
        self.levels, self.lut, self.cmap = map_look(maps, self.cmap_name)
        if maps.ndim == 1:
            self.map_pages.setCurrentWidget(self.bar_widget)
            self.tiles = None
            self.bars.reshape(-1, (1, maps.size), 1, True, row_picture(maps).per_bar)
            self.bars.draw(row_picture(maps), levels=self.levels, lut=self.lut)
            self._mark()
            return
        self.map_pages.setCurrentWidget(self.map_widget)
        old = None if self.tiles is None else self.tiles.picture.shape
        self.tiles = mosaic(maps, max(0, self.page.currentIndex()) * MAX_TILES, MAX_TILES)
        self.map_image.setImage(self.tiles.picture, autoLevels=False, levels=self.levels, lut=self.lut)
        self.scale.set_scale(self.cmap, self.levels)
        if not keep_range or old != self.tiles.picture.shape:
            h, w = self.tiles.picture.shape
            self.map_vb.setRange(QtCore.QRectF(0, 0, w, h), padding=0.02)
        self._mark()

    def pin(self, index: Index | None) -> None:
        self.pinned = index
        self._mark()

    def _mark(self) -> None:
        """The green frame around the pinned cell, when it is on the page shown."""
        self.marker.hide()
        self.bar_marker.hide()
        if self.pinned is None or self.maps is None:
            return
        if self.is_vector and len(self.pinned) == 1:
            self.bar_marker.setRect(self.bars.marker_rect(0, 0, self.pinned[0]))
            self.bar_marker.show()
        elif self.tiles is not None and len(self.pinned) == 3:
            k = self.pinned[0] - self.tiles.first
            if 0 <= k < self.tiles.count:
                r0, c0 = self.tiles.origin(k)
                self.marker.setRect(QtCore.QRectF(c0 + self.pinned[2], r0 + self.pinned[1], 1, 1))
                self.marker.show()

    def cell_point(self, index: Index) -> tuple[int, int]:
        """(row, col) in the map view's picture of a cell of the page shown (for tests and keys)."""
        assert self.tiles is not None
        r0, c0 = self.tiles.origin(index[0] - self.tiles.first)
        return r0 + index[1], c0 + index[2]

    def moved(self, index: Index, dy: int, dx: int) -> Index:
        """The neighbouring cell of ``index`` in its map (a vector: the next unit), clamped."""
        assert self.maps is not None
        if len(index) == 1:
            return (min(max(index[0] + dx + dy, 0), self.maps.size - 1),)
        _, h, w = self.maps.shape
        return index[0], min(max(index[1] + dy, 0), h - 1), min(max(index[2] + dx, 0), w - 1)

    def value(self, index: Index) -> float:
        assert self.maps is not None
        return float(self.maps[index])

    # --- clicks ---------------------------------------------------------------------------
    def index_at(self, scene_pos: QtCore.QPointF, scene: QtWidgets.QGraphicsScene) -> Index | None:
        if self.maps is None:
            return None
        if self.is_vector:
            if scene is not self.bar_widget.scene():
                return None
            hit = self.bars.hit(scene_pos)
            return None if hit is None else (hit[2],)
        if scene is not self.map_widget.scene() or self.tiles is None:
            return None
        if not self.map_vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.map_vb.mapSceneToView(scene_pos)
        hit = self.tiles.cell_at(p.y(), p.x())
        return None if hit is None else (self.tiles.first + hit[0], hit[1], hit[2])

    def _on_click(self, event, scene: QtWidgets.QGraphicsScene) -> None:
        if event.button() != QtCore.Qt.MouseButton.LeftButton:
            return
        index = self.index_at(event.scenePos(), scene)
        if index is None:
            return
        now = time.monotonic()
        last, self._last_click = self._last_click, (now, index)
        # Qt may deliver a double click as two clicks (press, release, press, double, release):
        # a second click on the same tile within the double-click interval is one too.
        interval = QtWidgets.QApplication.doubleClickInterval() / 1000
        again = last is not None and last[1][0] == index[0] and now - last[0] <= interval
        if len(index) == 3 and (event.double() or again):
            self._last_click = None
            self.open_tile(index[0])
            return
        self.cellClicked.emit(index)

    def open_tile(self, channel: int) -> TileDialog | None:
        if self.dialog is None:
            self.dialog = TileDialog(self._tile_data, self)
        return self.dialog if self.dialog.show_tile(0, channel) else None

    def _tile_data(self, layer: int, channel: int) -> TileData | None:
        maps = self.maps
        if maps is None or maps.ndim != 3 or not 0 <= channel < maps.shape[0]:
            return None
        return TileData(self.row_name, channel, maps.shape[0], maps[channel], self.levels, self.cmap, self.lut)

    # --- filters --------------------------------------------------------------------------
    def show_filters(self, name: str, weight: np.ndarray | None, colour: bool, bgr: bool) -> None:
        """A Conv's weights (O, C/groups, kH, kW); ``colour``: its input is the picture's R, G, B."""
        self.weight, self.bgr = weight, bgr
        self.filter_colour = colour and weight is not None and weight.shape[1] == 3
        self.setTabEnabled(1, weight is not None)
        if weight is None:
            self.filter_heading.setText(tr("MapsPanel", "{0}: not a convolution with weights in the file").format(name))
            self.filter_image.clear()
            self.filter_tiles = None
            return
        o, c, kh, kw = weight.shape
        self.filter_heading.setText(tr("MapsPanel", "{0}: {1} filters of {2} × {3}×{4}").format(name, o, c, kh, kw))
        with QtCore.QSignalBlocker(self.channel):
            self.channel.setMaximum(c)
            if self.channel.value() > c:
                self.channel.setValue(1)
        self.channel.setVisible(not self.filter_colour and c > 1)
        self._draw_filters()

    def _draw_filters(self) -> None:
        weight = self.weight
        if weight is None:
            return
        o, c = weight.shape[:2]
        shown = min(o, MAX_TILES * 4)
        m = float(np.abs(weight).max()) or 1.0
        if self.filter_colour:
            self.filter_tiles = mosaic(colour_filters(weight[:shown], self.bgr), 0, shown)
            self.filter_image.setImage(self.filter_tiles.picture, autoLevels=False, levels=(0, 255), lut=None)
            text = tr(
                "MapsPanel",
                "Each filter over the picture's R, G, B, in colour:\n"
                "mid-gray is a zero weight, the strongest weight (±{0}) full colour.",
            )
            self.filter_note.setText(text.format(f"{m:.3g}"))
        else:
            k = self.channel.value() - 1
            self.filter_tiles = mosaic(weight[:shown, k], 0, shown)
            self.filter_image.setImage(
                self.filter_tiles.picture, autoLevels=False, levels=(-m, m), lut=colormaps.gray_lut()
            )
            text = tr(
                "MapsPanel",
                "Input channel {0} of {1}: mid-gray is 0, white +{2}, black −{2}\n(one scale for the whole layer).",
            )
            self.filter_note.setText(text.format(k + 1, c, f"{m:.3g}"))
        if shown < o:
            more = tr("MapsPanel", "{0} The first {1} of {2} filters.")
            self.filter_note.setText(more.format(self.filter_note.text(), shown, o))
        h, w = self.filter_tiles.picture.shape[:2]
        self.filter_vb.setRange(QtCore.QRectF(0, 0, w, h), padding=0.02)
