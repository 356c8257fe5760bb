"""Every layer's output as a row of tiles (one per channel, capped), with the input on the
left. Hovering a cell of any tile paints its exact receptive field (engine ``input_region``)
on the input image.

The maps are computed off the GUI thread (``StackMapsModel``): while a new result is on its
way the old tiles stay and a note says "computing…"; the new result is drawn in one go.

Deep stacks stay cheap to draw: a layer's tiles share one view and one picture (a 64-layer
stack costs 64 views, not 1024 that pyqtgraph's layout would re-place one by one), the rows are
kept and only reshaped when the stack's shape changes (``map_row``), and each row's picture is
about its size on screen, made by the worker and stretched over the maps' cells, so hovering
still names exact cells.

The tiles are drawn in the app's colour map (``convviz.gui.colormaps``, View → Colour map), with
the explorer's levels; ``set_colormap`` repaints them when the user's choice changes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from convviz import engine as E
from convviz.gui import colormaps
from convviz.gui.stack.busy_note import BusyNote
from convviz.gui.stack.map_row import MapRow
from convviz.model.stack.maps import StackMaps, StackMapsModel
from convviz.model.stack.tiles import MAX_TILES, TILE_PX

__all__ = ["MAX_TILES", "TILE_PX", "FeatureGridWidget", "MapRow"]

ROW_HEIGHT = 92


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
        self.note = BusyNote("Shown while the stack's new maps are being computed")
        self.note.setFixedWidth(270)
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
        self.input_label = self.input_view.ci.addLabel("Input", row=0, col=0, size="9pt", color="#202020")
        self.rows: list[MapRow] = [MapRow.make(-1, (1, 1), 1)]  # the input first, then one per shown layer
        self.input_view.ci.addItem(self.rows[0].view, row=1, col=0)
        self._overlay = pg.ImageItem(axisOrder="row-major")
        self._overlay.setZValue(10)
        self.rows[0].view.addItem(self._overlay)  # drawn whole: it marks single input pixels
        self._grid = pg.GraphicsLayout()
        self.view.setCentralItem(self._grid)
        self.view.ci = self._grid
        self.shown: StackMaps | None = None  # what the tiles show
        self.highlight: np.ndarray | None = None  # bool (H, W) mask painted on the input
        self.hovered_cell: tuple[int, int, int, int] | None = None
        self._signature: tuple = ()
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
        self.note.show_state(self.maps_model.busy, self.maps_model.error)

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
        layout = tuple((p.hw, p.shown, p.vector) for p in maps.rows)
        signature = (maps.x.shape, layout)
        if signature != self._signature:
            self._place_rows(maps)
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
            row.draw(self.shown.rows[row.layer], levels=levels, lut=lut)

    def _place_rows(self, maps: StackMaps) -> None:
        """Give every layer of ``maps`` a row, reusing the rows there are (see ``map_row``)."""
        x, count = maps.x, len(maps.rows)
        if self._marker_view is not None:  # the marked cell belongs to the old stack
            self._marker_view.removeItem(self._marker)
            self._marker_view = None
        self.input_label.setText(f"Input {tuple(x.shape)}")
        self.rows[0].reshape(-1, x.shape[1:], 1)
        self.highlight = None
        self._overlay.clear()
        layer_rows = self.rows[1:]
        for i, picture in enumerate(maps.rows):
            hw, shown, vector = picture.hw, picture.shown, picture.vector
            if i < len(layer_rows):
                layer_rows[i].reshape(i, hw, shown, vector)
                continue
            row = MapRow.make(i, hw, shown, vector)
            row.label = pg.LabelItem("", size="8pt", color="#202020")
            row.label.setFixedWidth(130)
            # Qt's own grid, not pyqtgraph's addItem, which re-places every row on each add
            self._grid.layout.addItem(row.label, i, 0)
            self._grid.layout.addItem(row.view, i, 1)
            layer_rows.append(row)
        for row in layer_rows[count:]:
            for item in (row.label, row.view):
                self._grid.layout.removeItem(item)
                self.view.scene().removeItem(item)
        self.rows = [self.rows[0], *layer_rows[:count]]
        self.view.setMinimumHeight(ROW_HEIGHT * max(count, 1))

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
        if self.shown is None:
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
