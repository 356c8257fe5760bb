"""A grid of 2-D maps (one per filter), linked for zoom/pan; reports the hovered/clicked cell."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from convviz.gui.explorer.color_bar import ColorBar
from convviz.gui.grid_view import CellGridView, TitleLabel
from convviz.gui.i18n import tr
from convviz.model.state import Cell, Stage

CONTEXT = "MapGridWidget"
# The titles the grids are made with (each map is titled "<title> <n>: <filter's name>"),
# translated where they are drawn.
TITLES = (
    QT_TRANSLATE_NOOP("MapGridWidget", "map"),
    QT_TRANSLATE_NOOP("MapGridWidget", "pooled"),
    QT_TRANSLATE_NOOP("MapGridWidget", "kept"),
)


class MapGridWidget(CellGridView):
    cellHovered = Signal(object)  # Cell or None
    cellClicked = Signal(object)  # Cell

    def __init__(self, stage: Stage, title: str, parent=None) -> None:
        super().__init__(parent)
        self.stage, self.title = stage, title
        self.views: list[pg.ViewBox] = []
        self.images: list[pg.ImageItem] = []
        self.marks: list[QGraphicsRectItem] = []  # the hovered cell (or the block behind a pooled one)
        self.pin_marks: list[QGraphicsRectItem] = []  # the pinned cell
        self.labels: list[TitleLabel] = []
        self.maps = np.zeros((0, 1, 1), np.float32)
        self.colorbar: ColorBar | None = None
        self._bar_kind: tuple[bool, str] | None = None  # what the colour bar shows now
        self.levels = (-1.0, 1.0)
        self._lut: np.ndarray | None = None
        self._names: tuple[str, ...] = ()
        self.sqrt = False
        self._detail: dict[int, np.ndarray] = {}  # k → colour indices of the map drawn k-fold smaller
        self._shown_k = 0
        self._heading_text = ""
        self.heading: TitleLabel | None = None
        # Hover is throttled: a fast mouse must not queue one overlay redraw per pixel moved.
        self._proxy = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=60, delay=0, slot=self._on_moved)
        self.scene().sigMouseClicked.connect(self._on_clicked)

    def add_colorbar(self, cmap: pg.ColorMap) -> None:
        self.colorbar = ColorBar(cmap, self.levels)

    def set_maps(
        self,
        maps: np.ndarray,
        names: tuple[str, ...],
        levels: tuple[float, float],
        lut: np.ndarray,
        indices: np.ndarray | None = None,
        own_levels: tuple[tuple[float, float], ...] | None = None,
        overviews: dict[int, np.ndarray] | None = None,
        sqrt: bool = False,
    ) -> None:
        """Show `maps` (F, H, W) at `levels`. `indices` (uint8, made off the GUI thread by
        `model.drawing`) are what is drawn when given: painting them costs ~0.3 ms instead of the
        10-15 ms pyqtgraph needs to colour-scale a 2048² float map on every repaint."""
        self.maps, self.levels, self._lut = maps, levels, lut
        self.sqrt = sqrt and indices is not None  # the indices follow sign(v)·√|v| (model.drawing)
        if len(self.views) != maps.shape[0] or names != self._names:
            # New views fit their range while they are built: none may draw the old bank's bytes.
            self._detail = {}
            self._rebuild(maps.shape[0], names)
        h, w = maps.shape[1:]
        self._detail = {1: indices} if indices is not None else {}
        self._detail.update(overviews or {})
        self._shown_k = 0
        for image in self.images:
            image.setLookupTable(lut)
        if indices is None:
            for i, image in enumerate(self.images):
                image.setImage(np.ascontiguousarray(maps[i]), autoLevels=False, levels=levels)
                image.setRect(QRectF(0, 0, w, h))
        else:
            self._fit_detail()
        if self.colorbar is not None:
            self.colorbar.setLevels(levels)
            self.colorbar.set_relative(own_levels is not None and len(own_levels) > 1)
        self._title_scales(names, own_levels)
        if getattr(self, "_hw", None) != (h, w):
            self._hw = (h, w)
            # Auto-range (not a one-off autoRange) so it still fits after the widget is shown/resized.
            self.views[0].enableAutoRange()

    def detail(self) -> int:
        """Map cells per drawn pixel of the image on screen (1: every cell; k: a strongest-cell
        overview, chosen while a screen pixel covers k cells or more)."""
        return self._shown_k

    def _fit_detail(self) -> None:
        """Draw the overview a screen pixel can show: the full map when zoomed in, else the
        strongest cell of each k×k block, so a one-cell edge does not vanish zoomed out."""
        if not self._detail or not self.views:
            return
        cells_per_px = self.views[0].viewPixelSize()[0]
        k = max((f for f in self._detail if f <= cells_per_px), default=1)
        if k == self._shown_k:
            return
        self._shown_k = k
        h, w = self.maps.shape[1:]
        for i, image in enumerate(self.images):
            image.setImage(self._detail[k][i], autoLevels=False, levels=(0, 255))
            image.setRect(QRectF(0, 0, w, h))  # an overview covers the whole map, as the map does

    def _title_scales(self, names: tuple[str, ...], own: tuple[tuple[float, float], ...] | None) -> None:
        """Each map on its own scale says which in its title (the colour bar then reads 0…max)."""
        for i, label in enumerate(self.labels):
            text = self._map_title(i, names)
            if own is not None and len(own) > 1:
                lo, hi = own[i]
                text += f" · ±{hi:.3g}" if lo == -hi else f" · {lo:.3g}…{hi:.3g}"
            if label.text != text:
                label.setText(text)

    def _map_title(self, i: int, names: tuple[str, ...]) -> str:
        name = names[i] if i < len(names) else tr("MapGridWidget", "filter {0}").format(i + 1)
        return tr("MapGridWidget", "{0} {1}: {2}").format(tr(CONTEXT, self.title), i + 1, name)

    def set_heading(self, text: str) -> None:
        """One short line above the maps: how large they are (every view fits its pane, so the
        sizes, not the pictures, say that pooling halved them)."""
        self._heading_text = text
        if self.heading is not None and self.heading.text != text:
            self.heading.setText(text, size="8pt", color="#aaa")

    def show_colormap(self, cmap: pg.ColorMap, gray: bool) -> None:
        """The colour bar shows what the maps are drawn with (gray for maps of magnitudes)."""
        if self.colorbar is not None and self._bar_kind != (gray, cmap.name):
            self._bar_kind = (gray, cmap.name)
            self.colorbar.setColorMap(cmap)

    def set_colormap(self, cmap: pg.ColorMap, lut: np.ndarray) -> None:
        self._lut = lut
        for image in self.images:
            image.setLookupTable(lut)
        if self.colorbar is not None:
            self.colorbar.setColorMap(cmap)
            self._bar_kind = (False, cmap.name)

    def mark(self, cell: Cell | None, region: tuple[range, range] | None = None) -> None:
        """Outline the hovered `cell` (or a block of cells, e.g. a pool window) in its map."""
        _place(self.marks, cell, region)

    def mark_pin(self, cell: Cell | None) -> None:
        """Outline the pinned cell: a solid yellow frame, apart from the dashed hover frame."""
        _place(self.pin_marks, cell, None)

    def leaveEvent(self, event) -> None:
        """The pointer left the maps: nothing is hovered any more, so everything follows the pin."""
        self.cellHovered.emit(None)
        super().leaveEvent(event)

    def _rebuild(self, count: int, names: tuple[str, ...]) -> None:
        self.clear()
        self.views, self.images, self.marks, self.pin_marks, self.labels = [], [], [], [], []
        self._names = names
        self._hw = None
        cols = max(1, math.ceil(math.sqrt(count)))
        span = cols + (self.colorbar is not None)
        self.heading = self.add_title(self._heading_text, row=0, col=0, colspan=span, size="8pt", color="#aaa")
        self.heading.setMaximumHeight(18)
        for i in range(count):
            r, c = divmod(i, cols)
            self.labels.append(self.add_title(self._map_title(i, names), row=2 * r + 1, col=c))
            self.labels[-1].setMaximumHeight(22)  # titles stay one line high
            view = self.addViewBox(row=2 * r + 2, col=c, lockAspect=True, invertY=True, enableMenu=False)
            image = pg.ImageItem(axisOrder="row-major")
            view.addItem(image)
            mark, pin = _frame(QColor(0, 220, 255), Qt.PenStyle.DashLine), _frame(QColor(255, 200, 0))
            view.addItem(pin)
            view.addItem(mark)
            if self.views:
                view.setXLink(self.views[0])
                view.setYLink(self.views[0])
            else:
                view.sigRangeChanged.connect(lambda *_: self._fit_detail())
            self.views.append(view)
            self.images.append(image)
            self.marks.append(mark)
            self.pin_marks.append(pin)
        if self.colorbar is not None:
            self.addItem(self.colorbar, row=1, col=cols, rowspan=max(1, 2 * math.ceil(count / cols)))

    def cell_at(self, scene_pos) -> Cell | None:
        for i, view in enumerate(self.views):
            if view.sceneBoundingRect().contains(scene_pos):
                p = view.mapSceneToView(scene_pos)
                y, x = int(math.floor(p.y())), int(math.floor(p.x()))
                if 0 <= y < self.maps.shape[1] and 0 <= x < self.maps.shape[2]:
                    return Cell(self.stage, i, y, x)
                return None
        return None

    def value(self, cell: Cell) -> float:
        return float(self.maps[cell.filter, cell.y, cell.x])

    def _on_moved(self, args) -> None:
        self.cellHovered.emit(self.cell_at(args[0]))

    def _on_clicked(self, event) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.setFocus()
            self.cellClicked.emit(cell)


def _frame(colour: QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QGraphicsRectItem:
    """An outline 2 screen pixels wide (cosmetic) with no fill: the cell inside stays readable
    at any zoom (a pen in data units grows into a blob that hides the cell and its neighbours)."""
    pen = QPen(colour, 2, style)
    pen.setCosmetic(True)
    rect = QGraphicsRectItem()
    rect.setPen(pen)
    rect.setVisible(False)
    return rect


def _place(frames: list[QGraphicsRectItem], cell: Cell | None, region: tuple[range, range] | None) -> None:
    for i, rect in enumerate(frames):
        show = cell is not None and cell.filter == i
        rect.setVisible(show)
        if show:
            ys, xs = region or (range(cell.y, cell.y + 1), range(cell.x, cell.x + 1))
            rect.setRect(QRectF(xs.start, ys.start, len(xs), len(ys)))
