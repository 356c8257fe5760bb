"""A small matrix drawn as coloured cells, with its numbers written in when they fit, cell marks
and a window outline. A NaN cell (not computed yet) is drawn as a faint checker square inside
the matrix's outline, so an output's shape shows before its first value does."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QSizePolicy, QWidget

from convviz.gui import colormaps
from convviz.gui.stepper.numbers_item import MIN_CELL_PX, MIN_FONT_PX, NumbersItem
from convviz.model.state import BT601_LUMA

NUMBER_LIMIT = 900  # cells; above this a matrix is a heat map only (numbers would be unreadable)
GRAY_LUT = colormaps.gray_lut()
EMPTY_RGB = ((38, 38, 38), (50, 50, 50))  # a not-yet-computed cell: a faint checker on the black
OUTLINE = "#707070"


def _hatch(color: str) -> QBrush:
    brush = QBrush(QColor(color), Qt.BrushStyle.BDiagPattern)
    return brush


class MatrixView(pg.GraphicsLayoutWidget):
    """Cell (r, c) of the matrix sits at data coordinates (origin + (r, c)); clicks report those."""

    cellClicked = Signal(int, int)

    def __init__(
        self,
        title: str,
        signed: bool = True,
        tip: str = "",
        number_limit: int = NUMBER_LIMIT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.number_limit = number_limit
        self.setMinimumSize(130, 130)
        # Let the layouts' stretch factors share space; the scene's own size hint would win otherwise.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.ci.layout.setContentsMargins(2, 2, 2, 2)
        self.title = self.addLabel(title, row=0, col=0, size="9pt")
        self.view = self.addViewBox(row=1, col=0, lockAspect=True, invertY=True, enableMouse=False)
        self.view.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.signed = signed
        self.lut = colormaps.lut(colormaps.DEFAULT) if signed else GRAY_LUT
        self.values = np.zeros((0, 0))
        self.origin = (0, 0)
        self._levels: tuple[float, float] | None = None
        self._numbers = NumbersItem()
        self.view.addItem(self._numbers)
        self._marks: dict[str, pg.ScatterPlotItem] = {}
        self._taps: QGraphicsPathItem | None = None
        self._box = QGraphicsRectItem()
        self._box.setPen(pg.mkPen("#ff9f1a", width=3, cosmetic=True))
        self._box.setZValue(20)
        self._box.setVisible(False)
        self.view.addItem(self._box)
        self._outline = QGraphicsRectItem()
        self._outline.setPen(pg.mkPen(OUTLINE, width=1, cosmetic=True))
        self._outline.setZValue(4)
        self._outline.setVisible(False)
        self.view.addItem(self._outline)
        self._padding: list[QGraphicsRectItem] = []
        self._padding_key: tuple = ()
        self._hatches: dict[str, tuple[tuple, list[QGraphicsRectItem]]] = {}
        self._overlay_keys: dict[str, tuple] = {}  # what each mark layer (and the taps) shows now
        self.setToolTip(tip)
        self.scene().sigMouseClicked.connect(self._on_click)

    # ---- data ------------------------------------------------------------------------------
    def set_matrix(
        self, values: np.ndarray, levels: tuple[float, float] | None = None, origin: tuple[int, int] = (0, 0)
    ) -> None:
        """Show ``values`` (NaN = blank) with fixed ``levels`` so colours do not shift while it fills."""
        values = np.asarray(values, dtype=np.float64)
        if levels is None:
            levels = colormaps.levels_for(values) if self.signed else (0.0, 1.0)
        if self._shows(values, levels, origin):
            return  # a rebuild that left this matrix as it was (a stride change and the kernel)
        reshaped = values.shape != self.values.shape or origin != self.origin
        self.values, self.origin, self._levels = values, origin, levels
        lo, hi = levels
        norm = np.clip((np.nan_to_num(values) - lo) / ((hi - lo) or 1.0), 0.0, 1.0)
        index = (norm * 255).astype(np.uint8)
        rgba = np.empty(values.shape + (4,), np.uint8)
        rgba[..., :3] = self.lut[index]
        rgba[..., 3] = 255
        empty = ~np.isfinite(values)
        if empty.any():
            parity = np.add.outer(np.arange(values.shape[0]), np.arange(values.shape[1])) % 2
            rgba[..., :3] = np.where(empty[..., None], np.array(EMPTY_RGB, np.uint8)[parity], rgba[..., :3])
        self.image.setImage(np.ascontiguousarray(rgba), autoLevels=False, levels=None)
        if reshaped:
            h, w = values.shape
            rect = QRectF(origin[1], origin[0], w, h)
            self.image.setRect(rect)
            self._outline.setRect(rect)
            self._outline.setVisible(values.size > 0)
            self.view.setRange(rect, padding=0.02)
        self._write_numbers(index)

    def set_lut(self, lut: np.ndarray) -> None:
        """Colour the cells with another 256-entry table (a channel's tint); redrawn at once."""
        if np.array_equal(lut, self.lut):
            return
        self.lut = lut
        if self.values.size and self._levels is not None:
            values, levels, self._levels = self.values, self._levels, None
            self.set_matrix(values, levels, self.origin)

    def _shows(self, values: np.ndarray, levels: tuple[float, float], origin: tuple[int, int]) -> bool:
        """Already on screen: redrawing it would cost a repaint (~5 ms with numbers) for nothing."""
        same_levels = self._levels is not None and tuple(map(float, levels)) == tuple(map(float, self._levels))
        return same_levels and origin == self.origin and np.array_equal(values, self.values, equal_nan=True)

    def _write_numbers(self, index: np.ndarray) -> None:
        values = self.values
        if values.size > self.number_limit:
            self._numbers.set_values(np.zeros((0, 0)), np.zeros(0, bool), self.origin)
            return
        light = self.lut[index.ravel()] @ BT601_LUMA > 140
        self._numbers.set_values(values, light, self.origin)

    def numbers(self) -> list[str]:
        """The numbers written into the cells in raster order ('' = blank or none written);
        they are drawn when legible (`numbers_shown`)."""
        if self._numbers.boundingRect().isEmpty():
            return [""] * self.values.size
        return self._numbers.texts()

    def cell_px(self) -> float:
        """The side of one cell on screen, in pixels (0 before the view is laid out)."""
        mapped = self.view.mapViewToDevice(QRectF(0, 0, 1, 1))
        if mapped is None:
            return 0.0
        rect = mapped.boundingRect()
        return min(rect.width(), rect.height())

    def numbers_shown(self) -> bool:
        """The numbers are painted at the view's present size: cells of at least `MIN_CELL_PX`
        and a font of at least `MIN_FONT_PX` for the longest number."""
        if self._numbers.boundingRect().isEmpty():
            return False
        px = self.cell_px()
        return px >= MIN_CELL_PX and self._numbers.font_px(px) >= MIN_FONT_PX

    def set_title(self, text: str) -> None:
        if text != self.title.text:
            self.title.setText(text, size="9pt")

    def _unchanged(self, layer: str, key: tuple) -> bool:
        """The overlay ``layer`` already shows ``key``; else remember it (each change repaints)."""
        if self._overlay_keys.get(layer) == key:
            return True
        self._overlay_keys[layer] = key
        return False

    # ---- overlays --------------------------------------------------------------------------
    def set_box(self, rows: tuple[int, int] | None, cols: tuple[int, int] | None = None) -> None:
        """Outline cells rows[0]..rows[1] × cols[0]..cols[1] (inclusive); None hides it."""
        if rows is None or cols is None:
            self._box.setVisible(False)
            return
        self._box.setRect(QRectF(cols[0], rows[0], cols[1] - cols[0] + 1, rows[1] - rows[0] + 1))
        self._box.setVisible(True)

    def set_marks(
        self,
        name: str,
        cells: list[tuple[int, int]],
        symbol: str = "s",
        color: str = "#ff9f1a",
        size: float = 0.82,
        fill: bool = False,
    ) -> None:
        """Mark cells (r, c); one named layer of marks per meaning (window taps, winner, …)."""
        if self._unchanged(name, (tuple(cells), symbol, color, size, fill)):
            return
        if name not in self._marks:
            item = pg.ScatterPlotItem(pxMode=False)
            item.setZValue(15)
            self.view.addItem(item)
            self._marks[name] = item
        brush = pg.mkBrush(QColor(color)) if fill else pg.mkBrush(None)
        spots = [{"pos": (c + 0.5, r + 0.5)} for r, c in cells]
        self._marks[name].setData(
            spots, symbol=symbol, size=size, brush=brush, pen=pg.mkPen(color, width=2.5, cosmetic=True)
        )

    def set_taps(self, cells: list[tuple[int, int]], color: str = "#ff9f1a", size: float = 0.82) -> None:
        """Outline the cells a window reads (up to 15×15 of them) as one path: drawn in one call,
        where a scatter item draws each square separately (~10 ms a repaint for 225 taps)."""
        if self._unchanged("\0taps", (tuple(cells), color, size)):
            return
        if self._taps is None:
            self._taps = QGraphicsPathItem()
            self._taps.setZValue(15)
            self.view.addItem(self._taps)
        path = QPainterPath()
        inset = (1.0 - size) / 2
        for r, c in cells:
            path.addRect(QRectF(c + inset, r + inset, size, size))
        self._taps.setPen(pg.mkPen(color, width=2.5, cosmetic=True))
        self._taps.setPath(path)

    def taps(self) -> set[tuple[int, int]]:
        """The cells outlined by `set_taps` (what the user sees marked)."""
        if self._taps is None:
            return set()
        path = self._taps.path()
        starts = (path.elementAt(i) for i in range(0, path.elementCount(), 5))  # a rect: move + 4 lines
        return {(int(np.floor(e.y)), int(np.floor(e.x))) for e in starts}

    def set_padding(self, pads: tuple[tuple[int, int], tuple[int, int]], hw: tuple[int, int]) -> None:
        """Hatch the padding strips around an (H, W) input and outline the real image."""
        key = (tuple(tuple(int(p) for p in side) for side in pads), tuple(int(n) for n in hw))
        if key == self._padding_key:
            return
        self._padding_key = key
        for item in self._padding:
            self.view.removeItem(item)
        (t, b), (l, r) = pads
        h, w = hw
        strips = [(-l, -t, w + l + r, t), (-l, h, w + l + r, b), (-l, 0, l, h), (w, 0, r, h)]
        self._padding = []
        for x, y, width, height in strips:
            if width > 0 and height > 0:
                item = QGraphicsRectItem(x, y, width, height)
                item.setBrush(_hatch("#5a8dd6"))
                item.setPen(pg.mkPen(None))
                self._padding.append(item)
        border = QGraphicsRectItem(0, 0, w, h)
        border.setPen(pg.mkPen("#5a8dd6", width=2, style=Qt.PenStyle.DashLine, cosmetic=True))
        self._padding.append(border)
        for item in self._padding:
            item.setZValue(5)
            self.view.addItem(item)

    def set_hatch(self, name: str, rects: list[tuple[float, float, float, float]], color: str = "#9a9a9a") -> None:
        """Hatch regions (x, y, width, height in cells), e.g. cells a pooling leaves out; one
        named set per meaning, replaced by the next call with that name."""
        key = (tuple(rects), color)
        old = self._hatches.get(name)
        if old is not None and old[0] == key:
            return
        for item in old[1] if old else []:
            self.view.removeItem(item)
        items = []
        for x, y, width, height in rects:
            item = QGraphicsRectItem(x, y, width, height)
            item.setBrush(_hatch(color))
            item.setPen(pg.mkPen(color, width=1, cosmetic=True))
            item.setZValue(6)
            self.view.addItem(item)
            items.append(item)
        self._hatches[name] = (key, items)

    def hatched(self, name: str) -> list[tuple[float, float, float, float]]:
        """The regions hatched under ``name`` (what the user sees crossed out)."""
        return list(self._hatches[name][0][0]) if name in self._hatches else []

    # ---- input -----------------------------------------------------------------------------
    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.values.size:
            return
        p = self.view.mapSceneToView(event.scenePos())
        r, c = int(np.floor(p.y())), int(np.floor(p.x()))
        h, w = self.values.shape
        if 0 <= r - self.origin[0] < h and 0 <= c - self.origin[1] < w:
            self.cellClicked.emit(r, c)
