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
the explorer's levels; ``set_colormap`` repaints them when the user's choice changes. A vector
layer's row (Flatten, Linear…) is a bar chart (``bar_row``). Clicking a tile, a bar chart or the
input opens it large (``tile_dialog``). Channels are counted from 1 in what the user reads, as
in the explorer; cells and a vector's indices from 0.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convviz import engine as E
from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.stack.bar_row import LABELLED, BarRow
from convviz.gui.stack.busy_note import BusyNote
from convviz.gui.stack.map_row import MapRow
from convviz.gui.stack.tile_dialog import TileData, TileDialog
from convviz.model.stack.maps import StackMaps, StackMapsModel
from convviz.model.stack.tiles import MAX_TILES, TILE_PX, RowPicture

__all__ = ["MAX_TILES", "TILE_PX", "BarRow", "FeatureGridWidget", "MapRow"]

ROW_HEIGHT = 92
BAR_ROW_HEIGHT = 132  # a short vector's row: room for its written values
LABEL_PT = 8
LABEL_MIN_PX = 110
Row = MapRow | BarRow


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
        self.input_view.setToolTip(
            tr(
                "FeatureGridWidget",
                "The stack's input; the yellow area feeds the hovered cell. Click to open it large.",
            )
        )
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setToolTip(
            tr(
                "FeatureGridWidget",
                "Each row is a layer's output, one tile per channel (the first {0}); a vector "
                "is drawn as bars. Hover a cell to see the input pixels that feed it (highlighted on "
                "the input); click a tile to open it large.",
            ).format(MAX_TILES)
        )
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.note = BusyNote(tr("FeatureGridWidget", "Shown while the stack's new maps are being computed"))
        self.note.setFixedWidth(270)
        self.info = QtWidgets.QLabel(
            tr(
                "FeatureGridWidget",
                "Hover a cell of any tile: the yellow area of the input is exactly what feeds it. "
                "Click a tile to open it large.",
            )
        )
        self.info.setWordWrap(True)
        self.info.setFixedWidth(270)
        self.info.setToolTip(tr("FeatureGridWidget", "The hovered cell and the size of its receptive field"))
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.input_view)
        left.addWidget(self.note)
        left.addWidget(self.info)
        left.addStretch(1)
        box = QtWidgets.QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(left)
        box.addWidget(self.scroll, 1)
        self.input_label = self.input_view.ci.addLabel(
            tr("FeatureGridWidget", "Input"), row=0, col=0, size="9pt", color="#202020"
        )
        self.rows: list[Row] = [MapRow.make(-1, (1, 1), 1)]  # the input first, then one per shown layer
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
        self._spare: dict[type, list[Row]] = {MapRow: [], BarRow: []}  # rows a new stack can take again
        self._marker, self._marker_view = self._new_marker(), None
        # Throttle hover: the engine pushes a mask back through the whole stack per cell.
        self._proxies = [self._hover_proxy(v.scene()) for v in (self.view, self.input_view)]
        self.dialog: TileDialog | None = None  # made on the first click
        for v in (self.view, self.input_view):
            v.scene().sigMouseClicked.connect(self._click_handler(v.scene()))
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
        for row, name, layer, a in zip(self.rows[1:], names, res.layers, acts, strict=True):
            text = _row_label(name, a, layer, res.training)
            if row.label is not None and row.label.text != text:
                row.label.setText(text)
        self._fit_labels()
        self._paint_input()
        self._paint_maps()
        self._set_highlight(None)
        if self.dialog is not None:
            self.dialog.refresh()

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
            row.draw(self.shown.rows[row.layer], levels=self._levels(row.layer), lut=lut)

    def _levels(self, layer: int) -> tuple[float, float]:
        """The levels of the whole output, from its finite range (the worker read it)."""
        assert self.shown is not None
        return colormaps.levels_for(self.shown.ranges[layer], self.cmap_name)

    def _place_rows(self, maps: StackMaps) -> None:
        """Give every layer of ``maps`` a row, reusing the rows there are (see ``map_row``): a
        map's row for maps, a bar chart for a vector."""
        x, count = maps.x, len(maps.rows)
        if self._marker_view is not None:  # the marked cell belongs to the old stack
            self._marker_view.removeItem(self._marker)
            self._marker_view = None
        self.input_label.setText(tr("FeatureGridWidget", "Input {0}").format(tuple(x.shape)))
        self.rows[0].reshape(-1, x.shape[1:], 1)
        self.highlight = None
        self._overlay.clear()
        layer_rows = self.rows[1:]
        heights = 0
        for i, picture in enumerate(maps.rows):
            kind = BarRow if picture.vector else MapRow
            if i < len(layer_rows) and isinstance(layer_rows[i], kind):
                self._reshape(layer_rows[i], i, picture)
            else:
                if i < len(layer_rows):
                    self._drop(layer_rows[i])
                row = self._new_row(i, picture)
                # Qt's own grid, not pyqtgraph's addItem, which re-places every row on each add
                self._grid.layout.addItem(row.label, i, 0)
                self._grid.layout.addItem(row.view, i, 1)
                if i < len(layer_rows):
                    layer_rows[i] = row
                else:
                    layer_rows.append(row)
            height = BAR_ROW_HEIGHT if picture.vector and picture.hw[1] <= LABELLED else ROW_HEIGHT
            self._grid.layout.setRowMinimumHeight(i, height)
            heights += height
        for i, row in enumerate(layer_rows[count:], count):
            self._drop(row)
            self._grid.layout.setRowMinimumHeight(i, 0)
        self.rows = [self.rows[0], *layer_rows[:count]]
        spacing = max(0.0, self._grid.layout.verticalSpacing())
        margins = self._grid.layout.getContentsMargins()
        room = heights + spacing * max(count - 1, 0) + margins[1] + margins[3] + 8
        self.view.setMinimumHeight(int(max(room, ROW_HEIGHT)))

    @staticmethod
    def _reshape(row: Row, i: int, picture: RowPicture) -> None:
        if isinstance(row, BarRow):
            row.reshape(i, picture.hw, 1, True, picture.per_bar)
        else:
            row.reshape(i, picture.hw, picture.shown, picture.vector)

    def _new_row(self, i: int, picture: RowPicture) -> Row:
        """A row for ``picture``: a spare one of its kind if there is one (making a view is
        what costs), else a new one."""
        row: Row
        spare = self._spare[BarRow if picture.vector else MapRow]
        if spare:  # one of the same shape if there is one: it needs no new ticks or texts
            same = [k for k, r in enumerate(spare) if r.hw == tuple(picture.hw)]
            row = spare.pop(same[-1] if same else -1)
            self._reshape(row, i, picture)
            return row
        if picture.vector:
            row = BarRow.make(i, picture.hw, picture.per_bar)
        else:
            row = MapRow.make(i, picture.hw, picture.shown, picture.vector)
        row.label = pg.LabelItem("", size=f"{LABEL_PT}pt", color="#202020", justify="right")
        return row

    def _drop(self, row: Row) -> None:
        """Take a row out of the grid and keep it for a later stack."""
        for item in (row.label, row.view):
            self._grid.layout.removeItem(item)
            self.view.scene().removeItem(item)
        self._spare[type(row)].append(row)

    def _fit_labels(self) -> None:
        """Every row label as wide as the widest line of any of them: no name is ever cut."""
        font = QtGui.QFont(self.font())
        font.setPointSize(LABEL_PT)
        metrics = QtGui.QFontMetrics(font)
        lines = [line for row in self.rows[1:] if row.label is not None for line in _lines(row.label.text)]
        width = max([LABEL_MIN_PX, *(metrics.horizontalAdvance(line) + 16 for line in lines)])
        for row in self.rows[1:]:
            if row.label is not None and row.label.maximumWidth() != width:
                row.label.setFixedWidth(width)

    def _paint_input(self) -> None:
        assert self.shown is not None
        self.rows[0].images[0].setImage(self.shown.input_tile, autoLevels=False, levels=(0.0, 1.0), lut=None)

    # --- hover ---------------------------------------------------------------------------
    def tile_at(self, scene_pos: QtCore.QPointF, scene: QtWidgets.QGraphicsScene) -> tuple[Row, int, int, int] | None:
        """(row, channel, y, x) of the tile cell under a scene point, if any (a vector's bar:
        channel 0, y 0, x its index)."""
        for row in self.rows:
            if row.view.scene() is scene and row.view.sceneBoundingRect().contains(scene_pos):
                hit = row.hit(scene_pos)
                return None if hit is None else (row, *hit)
        return None

    def _hover_proxy(self, scene: QtWidgets.QGraphicsScene) -> pg.SignalProxy:
        return pg.SignalProxy(scene.sigMouseMoved, rateLimit=60, slot=lambda ev: self._on_mouse(ev, scene))

    def _on_mouse(self, event: tuple, scene: QtWidgets.QGraphicsScene) -> None:
        hit = self.tile_at(event[0], scene)
        if hit is None:
            return
        row, channel, y, x = hit
        self.hover_cell(row.layer, channel, y, x, row)

    def hover_cell(self, layer: int, channel: int, y: int, x: int, row: Row | None = None) -> None:
        """Highlight the input cells feeding (y, x) of ``layer``'s output (a vector's unit x)."""
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
        self.info.setText(self.describe(layer, channel, y, x, mask))
        if row is not None:
            self._marker.setRect(row.marker_rect(channel, y, x))
            if self._marker_view is not row.marker_parent:
                if self._marker_view is not None:
                    self._marker_view.removeItem(self._marker)
                row.marker_parent.addItem(self._marker, ignoreBounds=True)
                self._marker_view = row.marker_parent
        self.hovered.emit(layer, channel, y, x)

    def describe(self, layer: int, channel: int, y: int, x: int, mask: np.ndarray) -> str:
        """The info line for a hovered cell: which cell, its value, and what it sees."""
        assert self.shown is not None
        res = self.shown.stack
        if layer < 0:
            rgb = self.shown.x.shape[0] > 1
            what = (
                tr("FeatureGridWidget", "Input, channel {0}, cell (row {1}, col {2})").format(channel + 1, y, x)
                if rgb
                else tr("FeatureGridWidget", "Input, cell (row {0}, col {1})").format(y, x)
            )
            value = self.shown.x[channel, y, x]
        else:
            a = self.shown.activations[layer]
            if a.ndim == 1:
                what, value = tr("FeatureGridWidget", "{0}, index {1}").format(res.rows[layer].name, x), a[x]
            else:
                what = tr("FeatureGridWidget", "{0}, channel {1}, cell (row {2}, col {3})").format(
                    res.rows[layer].name, channel + 1, y, x
                )
                value = a[channel, y, x]
        rows, cols = np.nonzero(mask)
        if rows.size == 0:
            return tr("FeatureGridWidget", "{0} = {1} sees no input pixel.").format(what, f"{float(value):.4g}")
        return tr("FeatureGridWidget", "{0} = {1} sees {2} input pixels in rows {3}–{4}, cols {5}–{6}.").format(
            what, f"{float(value):.4g}", mask.sum(), rows.min(), rows.max(), cols.min(), cols.max()
        )

    # --- click: a tile large --------------------------------------------------------------
    def _click_handler(self, scene: QtWidgets.QGraphicsScene):
        return lambda event: self._on_click(event, scene)

    def _on_click(self, event, scene: QtWidgets.QGraphicsScene) -> None:
        if event.button() != QtCore.Qt.LeftButton:
            return
        hit = self.tile_at(event.scenePos(), scene)
        if hit is not None:
            self.open_tile(hit[0].layer, hit[1])

    def open_tile(self, layer: int, channel: int) -> TileDialog | None:
        """Open ``channel`` of ``layer`` (-1: the input) large; None if there is none."""
        if self.dialog is None:
            self.dialog = TileDialog(self.tile_data, self)
        return self.dialog if self.dialog.show_tile(layer, channel) else None

    def tile_data(self, layer: int, channel: int) -> TileData | None:
        """What the large view shows for a tile of the maps shown now (None: no such tile)."""
        shown = self.shown
        if shown is None or layer >= len(shown.activations):
            return None
        if layer < 0:
            x = shown.x
            if x.shape[0] == 3:
                return TileData("Input", 0, 1, shown.input_tile, (0.0, 1.0), colormaps.gray_colormap(), None)
            return TileData("Input", 0, 1, x[0], (0.0, 1.0), colormaps.gray_colormap(), colormaps.gray_lut())
        a = shown.activations[layer]
        name = shown.stack.rows[layer].name
        levels = self._levels(layer)
        cmap, lut = colormaps.colormap(self.cmap_name), colormaps.lut(self.cmap_name)
        if a.ndim == 1:
            return TileData(name, 0, 1, a, levels, cmap, lut)
        if not 0 <= channel < a.shape[0]:
            return None
        return TileData(name, channel, a.shape[0], a[channel], levels, cmap, lut)

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


def _row_label(name: str, a: np.ndarray, layer: E.Layer | None = None, training: bool = False) -> str:
    """A row's label: the layer's name, then its shape (and what is not shown), a line each."""
    lines = [name]
    if a.ndim == 1:
        lines.append(tr("FeatureGridWidget", "vector of {0}").format(a.size))
    else:
        lines.append(str(tuple(a.shape)))
        shown = min(a.shape[0], MAX_TILES)
        if a.shape[0] > shown:
            lines.append(tr("FeatureGridWidget", "+{0} more not shown").format(a.shape[0] - shown))
    if isinstance(layer, E.Dropout):
        lines.append(
            tr("FeatureGridWidget", "train: drops p = {0}").format(f"{layer.p:g}")
            if training
            else tr("FeatureGridWidget", "eval: passes all")
        )
    return "<br>".join(lines)


def _lines(html: str) -> list[str]:
    return html.replace("<br>", "\n").split("\n")
