"""Every layer's output as a row of tiles (one per channel, capped), with the input on the
left. Hovering a cell of any tile paints its exact receptive field (engine ``input_region``)
on the input image.

The maps are computed off the GUI thread (``StackMapsModel``): while a new result is on its
way the old tiles stay and a note says "computing…"; the new result is drawn in one go.

Deep stacks stay cheap to draw: a layer's tiles share one view (a 64-layer stack costs 64
views, not 1024 that pyqtgraph's layout would re-place one by one), the rows are placed only
when the stack's shape changes, and each tile draws a thumbnail of at most TILE_PX pixels a
side made by the worker, stretched over the map's full size so hovering still names exact cells.

The tiles are drawn in the app's colour map (``convviz.gui.colormaps``, View → Colour map), with
the explorer's levels; ``set_colormap`` repaints them when the user's choice changes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from convviz import engine as E
from convviz.gui import colormaps
from convviz.model.stack_maps import StackMaps, StackMapsModel
from convviz.model.stack_tiles import MAX_TILES, TILE_PX, vector_shape

__all__ = ["MAX_TILES", "TILE_PX", "FeatureGridWidget", "MapRow"]

ROW_HEIGHT = 92
COMPUTING = "computing…"


def _gap(width: int) -> int:
    return max(1, width // 6)


@dataclass
class MapRow:
    """One layer's drawn maps: a tile per shown channel, side by side in one view, each covering
    its map's cells (``hw``) in view coordinates whatever its thumbnail's size."""

    layer: int  # -1 = the input, else index into the model's last valid layers
    view: pg.ViewBox
    images: list[pg.ImageItem]
    hw: tuple[int, int]  # one map, in cells
    is_vector: bool = False
    label: pg.LabelItem | None = None  # the layer's name and shape, left of the tiles

    @property
    def shown(self) -> int:
        return len(self.images)

    @property
    def pitch(self) -> int:
        return self.hw[1] + _gap(self.hw[1])

    def origin(self, channel: int) -> int:
        """View x of the left edge of ``channel``'s tile."""
        return channel * self.pitch

    def cell_at(self, vy: float, vx: float) -> tuple[int, int, int] | None:
        """(channel, y, x) under view point (vx, vy), or None over a gap or outside."""
        y, x = int(np.floor(vy)), int(np.floor(vx))
        channel, x = divmod(x, self.pitch)
        if 0 <= y < self.hw[0] and 0 <= channel < self.shown and x < self.hw[1]:
            return channel, y, x
        return None

    def draw(self, tiles: list[np.ndarray], **style) -> None:
        for c, (img, tile) in enumerate(zip(self.images, tiles, strict=False)):
            img.setImage(tile, autoLevels=False, rect=QtCore.QRectF(self.origin(c), 0, self.hw[1], self.hw[0]), **style)


def _viewbox() -> pg.ViewBox:
    vb = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
    vb.setDefaultPadding(0.02)
    return vb


class FeatureGridWidget(QtWidgets.QWidget):
    hovered = QtCore.Signal(int, int, int, int)  # layer, channel, y, x (layer -1 = input)

    def __init__(self, maps: StackMapsModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.maps_model = maps
        self.cmap_name = colormaps.DEFAULT
        # The input sits outside the scrolling grid, large, so a deep layer's receptive field
        # stays in sight while the user scrolls down to hover it.
        self.input_view = pg.GraphicsLayoutWidget()
        self.input_view.setBackground("w")
        self.input_view.setFixedSize(270, 300)
        self.input_view.setToolTip("The stack's input; the yellow area feeds the hovered cell")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setToolTip(
            f"Each row is a layer's output, one tile per channel (the first {MAX_TILES}). "
            "Hover a cell to see the input pixels that feed it (highlighted on the input)."
        )
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.note = QtWidgets.QLabel(toolTip="Shown while the stack's new maps are being computed")
        self.note.setFixedWidth(270)
        self.note.setStyleSheet("color: #606060")
        self.info = QtWidgets.QLabel("Hover a cell of any tile: the yellow area of the input is exactly what feeds it.")
        self.info.setWordWrap(True)
        self.info.setFixedWidth(270)
        self.info.setToolTip("The hovered cell and the size of its receptive field")
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.input_view)
        left.addWidget(self.note)
        left.addWidget(self.info)
        left.addStretch(1)
        box = QtWidgets.QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(left)
        box.addWidget(self.scroll, 1)
        self.rows: list[MapRow] = []  # the input first, then one per shown layer
        self.shown: StackMaps | None = None  # what the tiles show
        self.highlight: np.ndarray | None = None  # bool (H, W) mask painted on the input
        self.hovered_cell: tuple[int, int, int, int] | None = None
        self._signature: tuple = ()
        self._overlay: pg.ImageItem | None = None
        self._marker, self._marker_view = self._new_marker(), None
        # Throttle hover: the engine pushes a mask back through the whole stack per cell.
        self._proxies = [self._hover_proxy(v.scene()) for v in (self.view, self.input_view)]
        maps.changed.connect(self._on_maps)
        self._on_maps("maps")

    @property
    def up_to_date(self) -> bool:
        """The tiles show the maps of the stack as it is now."""
        return self.maps_model.up_to_date and self.shown is self.maps_model.maps

    def _on_maps(self, what: str) -> None:
        if what == "maps":
            self.refresh()
        error = self.maps_model.error
        self.note.setText(COMPUTING if self.maps_model.busy else f"Not computed: {error}" if error else "")

    @staticmethod
    def _new_marker() -> QtWidgets.QGraphicsRectItem:
        marker = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        marker.setPen(pg.mkPen("#00c000", width=2, cosmetic=True))
        marker.setZValue(20)
        return marker

    # --- drawing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Draw the newest maps in one go (the old ones stay until a result arrives)."""
        maps = self.maps_model.maps
        if maps is None:
            return
        self.shown = maps
        res, acts = maps.stack, maps.activations
        names = [r.name for r in res.rows[: len(res.layers)]]
        layout = tuple((a.ndim, a.shape[1:] if a.ndim == 3 else a.shape, min(len(a), MAX_TILES)) for a in acts)
        signature = (maps.x.shape, layout)
        if signature != self._signature:
            self._rebuild(maps, len(acts))
            self._signature = signature
        for row, name, a in zip(self.rows[1:], names, acts, strict=True):
            text = _row_label(name, a)
            if row.label is not None and row.label.text != text:
                row.label.setText(text)
        self._paint_input()
        self._paint_maps()
        self._set_highlight(None)

    def set_colormap(self, name: str) -> None:
        """Draw the tiles in colour map ``name`` (one of ``colormaps.NAMES``; others mean the default)."""
        name = name if name in colormaps.NAMES else colormaps.DEFAULT
        if name != self.cmap_name:
            self.cmap_name = name
            self._paint_maps()

    def _paint_maps(self) -> None:
        if self.shown is None:
            return
        lut = colormaps.lut(self.cmap_name)
        for row in self.rows[1:]:
            # the levels of the whole output, from its finite range (the worker read it)
            levels = colormaps.levels_for(self.shown.ranges[row.layer], self.cmap_name)
            row.draw(self.shown.tiles[row.layer], levels=levels, lut=lut)

    def _rebuild(self, maps: StackMaps, count: int) -> None:
        self.input_view.ci.clear()
        self.rows, self._marker, self._marker_view = [], self._new_marker(), None
        x = maps.x
        self.input_view.ci.addLabel(f"Input {tuple(x.shape)}", row=0, col=0, size="9pt", color="#202020")
        self.rows.append(self._new_row(-1, x.shape[1:], 1))
        self.input_view.ci.addItem(self.rows[0].view, row=1, col=0)
        self._overlay = pg.ImageItem(axisOrder="row-major")
        self._overlay.setZValue(10)
        self.highlight = None
        self.rows[0].view.addItem(self._overlay)  # drawn whole: it marks single input pixels
        # A fresh layout, filled through Qt's own grid and placed once: pyqtgraph's addItem
        # re-places every row on each add, which made deep stacks quadratic.
        grid = pg.GraphicsLayout()
        for i, a in enumerate(maps.activations):
            if a.ndim == 1:
                row = self._new_row(i, vector_shape(a.size), 1, vector=True)
            else:
                row = self._new_row(i, a.shape[1:], min(a.shape[0], MAX_TILES))
            row.label = pg.LabelItem("", size="8pt", color="#202020")
            row.label.setFixedWidth(130)
            grid.layout.addItem(row.label, i, 0)
            grid.layout.addItem(row.view, i, 1)
            self.rows.append(row)
        self.view.setCentralItem(grid)  # the old rows leave the scene (the marker with them)
        self.view.ci = grid  # (the widget's addItem/clear shortcuts still name the first layout: unused here)
        self.view.setMinimumHeight(ROW_HEIGHT * max(count, 1))

    @staticmethod
    def _new_row(layer: int, hw: tuple[int, ...], shown: int, vector: bool = False) -> MapRow:
        vb = _viewbox()
        images = [pg.ImageItem(axisOrder="row-major") for _ in range(shown)]
        for img in images:
            vb.addItem(img)
        row = MapRow(layer, vb, images, (int(hw[0]), int(hw[1])), vector)
        vb.setRange(xRange=(0, row.origin(shown) - _gap(row.hw[1])), yRange=(0, row.hw[0]), padding=0.02)
        return row

    def _paint_input(self) -> None:
        assert self.shown is not None
        self.rows[0].images[0].setImage(self.shown.input_tile, autoLevels=False, levels=(0.0, 1.0), lut=None)

    # --- hover ---------------------------------------------------------------------------
    def tile_at(
        self, scene_pos: QtCore.QPointF, scene: QtWidgets.QGraphicsScene
    ) -> tuple[MapRow, int, int, int] | None:
        """(row, channel, y, x) of the tile cell under a scene point, if any."""
        for row in self.rows:
            if row.view.scene() is scene and row.view.sceneBoundingRect().contains(scene_pos):
                p = row.view.mapSceneToView(scene_pos)
                hit = row.cell_at(p.y(), p.x())
                return None if hit is None else (row, *hit)
        return None

    def _hover_proxy(self, scene: QtWidgets.QGraphicsScene) -> pg.SignalProxy:
        return pg.SignalProxy(scene.sigMouseMoved, rateLimit=60, slot=lambda ev: self._on_mouse(ev, scene))

    def _on_mouse(self, event: tuple, scene: QtWidgets.QGraphicsScene) -> None:
        hit = self.tile_at(event[0], scene)
        if hit is None:
            return
        row, channel, y, x = hit
        if row.is_vector:  # a vector unit sees the whole input
            self.hover_cell(row.layer, 0, 0, 0, row)
        else:
            self.hover_cell(row.layer, channel, y, x, row)

    def hover_cell(self, layer: int, channel: int, y: int, x: int, row: MapRow | None = None) -> None:
        """Highlight the input cells feeding (y, x) of ``layer``'s output."""
        if self.shown is None:
            return
        res = self.shown.stack  # the stack the tiles show (the model may be a change ahead)
        if layer < 0:
            mask = np.zeros(res.input_shape[1:], dtype=bool)
            mask[y, x] = True
        else:
            mask = E.input_region(res.layers, res.input_shape, layer, (y, x))
        self.hovered_cell = (layer, channel, y, x)
        self._set_highlight(mask)
        rows, cols = np.nonzero(mask)
        name = "input" if layer < 0 else res.rows[layer].name
        self.info.setText(
            f"{name}, channel {channel}, cell ({y}, {x}) sees {mask.sum()} input pixels"
            f" in rows {rows.min()}–{rows.max()}, cols {cols.min()}–{cols.max()}."
        )
        if row is not None:
            self._marker.setRect(row.origin(channel) + x, y, 1, 1)
            if self._marker_view is not row.view:
                if self._marker_view is not None:
                    self._marker_view.removeItem(self._marker)
                row.view.addItem(self._marker, ignoreBounds=True)
                self._marker_view = row.view
        self.hovered.emit(layer, channel, y, x)

    def _set_highlight(self, mask: np.ndarray | None) -> None:
        if self._overlay is None or self.shown is None:
            return
        h, w = self.shown.x.shape[1:]
        if mask is None and self.highlight is None and self._overlay.image is not None:
            return  # already clear: a large input's overlay costs megabytes to redraw
        self.highlight = mask
        rgba = np.zeros((h, w, 4), dtype=np.uint8)
        if mask is not None:
            rgba[mask] = (255, 220, 0, 60)  # a light tint: the pixels that matter stay readable
            rgba[~mask] = (0, 0, 40, 170)  # dim the rest strongly so the region stands out
        self._overlay.setImage(rgba, autoLevels=False, levels=(0, 255))


def _row_label(name: str, a: np.ndarray) -> str:
    if a.ndim == 1:
        return f"{name} ({a.size},)<br>vector"
    shown = min(a.shape[0], MAX_TILES)
    more = f"<br>+{a.shape[0] - shown} more not shown" if a.shape[0] > shown else ""
    return f"{name} {tuple(a.shape)}{more}"
