"""The layer's input with its padding ring and the receptive-field overlay of the hovered/pinned cell."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from convviz.gui.grid_view import CellGridView
from convviz.gui.i18n import tr
from convviz.model.layer.compute import Result
from convviz.model.layer.footprint import HOLE, PAD_TAP, TAP, WEIGHT, Overlay  # noqa: F401  (re-exported)

# Overlay categories (model.layer.footprint) -> RGBA.
COLOURS = np.array(
    [
        [0, 0, 0, 0],
        [255, 200, 0, 120],  # tap on the image: amber
        [255, 80, 0, 190],  # tap on padding: orange-red
        [80, 160, 255, 90],  # dilation hole: pale blue
        [255, 0, 255, 220],  # cell the hovered weight touches: magenta
    ],
    dtype=np.uint8,
)
RING_PX = 26  # the ring's diameter; shown while the outlined box is narrower than SMALL_BOX_PX
SMALL_BOX_PX = 14
_PACKED = COLOURS.view(np.uint32).ravel()  # one RGBA word per category: a take is ~10× faster than COLOURS[cats]


class InputViewWidget(CellGridView):
    """Shows result.x (and result.padded, dimmed, as the ring); `pixelHovered` reports values."""

    pixelHovered = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._caption = ("", "")  # (name, note) as last set
        self.caption = self.addLabel(tr("InputViewWidget", "Input (padding ring dimmed)"), row=0, col=0)
        self.caption.setMaximumHeight(22)
        self.view: pg.ViewBox = self.addViewBox(row=1, col=0, lockAspect=True, invertY=True, enableMenu=False)
        self.ci.layout.setRowStretchFactor(0, 0)
        self.ci.layout.setRowStretchFactor(1, 1)
        self.ring = pg.ImageItem(axisOrder="row-major")
        self.ring.setOpacity(0.45)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.overlay = pg.ImageItem(axisOrder="row-major")
        self.border = QGraphicsRectItem()
        self.border.setPen(QPen(QColor(0, 200, 255), 0))
        self.outer = QGraphicsRectItem()
        self.outer.setPen(QPen(QColor(160, 160, 160), 0, Qt.PenStyle.DashLine))
        # The receptive field's outline, in screen pixels so it shows at any zoom: amber on a dark
        # halo (visible on white sky and black shadow alike), and a ring around it while the box
        # is only a few pixels wide (a 5×5 field on a photo at fit zoom is ~4 px).
        self.rf_halo, self.rf_box = QGraphicsRectItem(), QGraphicsRectItem()
        self.rf_halo.setPen(pg.mkPen((0, 0, 0, 200), width=4, cosmetic=True))
        self.rf_box.setPen(pg.mkPen((255, 200, 0), width=2, cosmetic=True))
        self.rf_ring = pg.ScatterPlotItem(pxMode=True, symbol="o", size=RING_PX, brush=None)
        self.rf_ring.setPen(pg.mkPen((255, 200, 0), width=2))
        for item in (
            self.ring,
            self.image,
            self.overlay,
            self.border,
            self.outer,
            self.rf_halo,
            self.rf_box,
            self.rf_ring,
        ):
            self.view.addItem(item)
        for item in (self.rf_halo, self.rf_box, self.rf_ring):
            item.setZValue(30)
            item.setVisible(False)
        self.view.sigRangeChanged.connect(lambda *_: self._fit_ring())
        self.result: Result | None = None
        self._shape: tuple[int, int] | None = None
        self.shown: Overlay | None = None  # what the overlay draws
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_result(self, result: Result) -> None:
        self.result = result
        (t, b), (l, r) = result.pads
        c, h, w = result.x.shape
        self._draw(self.image, result.x, result.drawing and result.drawing.input)
        self.image.setRect(QRectF(0, 0, w, h))
        self._draw(self.ring, result.padded, result.drawing and result.drawing.padded)
        hp, wp = h + t + b, w + l + r
        self.ring.setRect(QRectF(-l, -t, wp, hp))
        self.border.setRect(QRectF(0, 0, w, h))
        self.outer.setRect(QRectF(-l, -t, wp, hp))
        self.show_overlay(None)
        if self._shape != (hp, wp):
            self._shape = (hp, wp)
            self.view.enableAutoRange()  # keeps fitting until the user zooms or pans

    def set_caption(self, name: str, note: str) -> None:
        """Name the input and keep any note (e.g. that it was downscaled) always in view: elided
        to the view's width (a long caption widened the view past its pane, cutting the picture
        off), in full in the tooltip."""
        self._caption = (name, note)
        tail = f" — {note}" if note else ""
        self.setToolTip(tr("InputViewWidget", "Input: {0} (padding ring dimmed){1}").format(name, tail))
        self._fit_caption()

    def _fit_caption(self) -> None:
        """The longest form that fits: with the hint, without it, then the name shortened in the
        middle; the note (e.g. "Downscaled from …") is the last thing to go."""
        if not hasattr(self, "caption"):  # a resize while the widget is being built
            return
        name, note = self._caption
        tail = f" — {note}" if note else ""
        # The label's own font (pyqtgraph sizes it), and the layout's margins: else the label, which
        # is as wide as its text, widens the view past its pane.
        metrics, room = QFontMetrics(self.caption.item.font()), max(60, self.width() - 40)
        text = _fitted(metrics, room, name, tail)
        if text == self.caption.text:
            return  # a resize that keeps the caption: nothing to lay out again
        self.caption.setText(text)
        self.ci.setGeometry(QRectF(self.viewport().rect()))  # re-laid out to the new, narrower label

    def resizeEvent(self, event) -> None:
        self._fit_caption()  # first: the layout is then fitted to the label the new width allows
        super().resizeEvent(event)

    def set_frame(self, result: Result) -> None:
        """A live frame: redraw only the pixels when the geometry is unchanged (overlay and zoom stay)."""
        old = self.result
        if old is None or old.x.shape != result.x.shape or old.pads != result.pads:
            self.set_result(result)
            return
        self.result = result
        self._draw(self.image, result.x, result.drawing and result.drawing.input)
        if any(any(pair) for pair in result.pads):  # with no padding the ring is hidden under the image
            self._draw(self.ring, result.padded, result.drawing and result.drawing.padded)

    @staticmethod
    def _draw(item: pg.ImageItem, chw: np.ndarray, pixels: np.ndarray | None) -> None:
        """Bytes made off the GUI thread draw without any scaling; floats are scaled by pyqtgraph."""
        if pixels is not None:
            item.setImage(pixels, autoLevels=False, levels=None)
        else:
            item.setImage(_display(chw), autoLevels=False, levels=(0.0, 1.0))

    def show_overlay(self, overlay: Overlay | None) -> None:
        """Draw the hover overlay on its own box of input cells (None: nothing highlighted)."""
        self.shown = overlay
        self.overlay.setVisible(overlay is not None)
        for item in (self.rf_halo, self.rf_box):
            item.setVisible(overlay is not None)
        if overlay is None:
            self.rf_ring.setVisible(False)
            return
        cats = overlay.categories
        rgba = np.take(_PACKED, cats).view(np.uint8).reshape(*cats.shape, 4)
        self.overlay.setImage(rgba, autoLevels=False, levels=(0, 255))
        (r0, c0), (h, w) = overlay.origin, overlay.categories.shape
        self.overlay.setRect(QRectF(c0, r0, w, h))  # after setImage: the rect scales by image size
        box = QRectF(c0, r0, w, h)
        self.rf_halo.setRect(box)
        self.rf_box.setRect(box)
        self.rf_ring.setData([box.center().x()], [box.center().y()])
        self._fit_ring()

    def rf_rect(self) -> QRectF | None:
        """The outlined box (input coordinates: x = col, y = row), or None when nothing is shown."""
        return QRectF(self.rf_box.rect()) if self.rf_box.isVisible() else None

    def _fit_ring(self) -> None:
        """The ring shows only while the box is too small on screen to be found by eye."""
        if not self.rf_box.isVisible():
            self.rf_ring.setVisible(False)
            return
        px, _ = self.view.viewPixelSize()  # data units per screen pixel
        box = self.rf_box.rect()
        self.rf_ring.setVisible(px > 0 and min(box.width(), box.height()) / px < SMALL_BOX_PX)

    def keep_in_view(self, rect: QRectF) -> None:
        """Zoomed in, pan so ``rect`` stays visible (the arrow keys walk the pin off the edge)."""
        if any(self.view.state["autoRange"]):
            return  # fitted: everything is in view
        shown = self.view.viewRect()
        if shown.contains(rect):
            return
        dx = (
            rect.center().x() - shown.center().x()
            if not shown.left() <= rect.left() <= rect.right() <= shown.right()
            else 0.0
        )
        dy = (
            rect.center().y() - shown.center().y()
            if not shown.top() <= rect.top() <= rect.bottom() <= shown.bottom()
            else 0.0
        )
        self.view.setRange(shown.translated(dx, dy), padding=0)
        self.view.sigRangeChangedManually.emit(self.view.state["mouseEnabled"])

    def zoom_to(self, rect: QRectF, share: float = 0.3) -> None:
        """Zoom so ``rect`` fills about ``share`` of the view, centred (as a user's zoom would)."""
        margin = max(rect.width(), rect.height()) * (1 / share - 1) / 2
        target = rect.adjusted(-margin, -margin, margin, margin)
        self.view.setRange(target, padding=0)
        self.view.sigRangeChangedManually.emit(self.view.state["mouseEnabled"])  # linked views follow

    def cells(self, category: int) -> set[tuple[int, int]]:
        """Input coordinates (row, col) drawn in `category` — what the user sees highlighted."""
        return set() if self.shown is None else self.shown.cells(category)

    def _on_mouse_moved(self, pos) -> None:
        if self.result is None or not self.view.sceneBoundingRect().contains(pos):
            return
        p = self.view.mapSceneToView(pos)
        r, c = int(np.floor(p.y())), int(np.floor(p.x()))
        x = self.result.x
        if 0 <= r < x.shape[1] and 0 <= c < x.shape[2]:
            values = ", ".join(f"{v:.3f}" for v in x[:, r, c])
            self.pixelHovered.emit(tr("InputViewWidget", "input (row {0}, col {1}) = {2}").format(r, c, values))
        else:
            self.pixelHovered.emit(tr("InputViewWidget", "padding (row {0}, col {1})").format(r, c))


def _fitted(metrics: QFontMetrics, room: int, name: str, tail: str) -> str:
    """The caption's longest form within ``room`` pixels: with the hint, without it, then the
    name shortened in the middle, and only then the note."""
    hinted, plain = tr("InputViewWidget", "Input: {0} (padding ring dimmed){1}"), tr("InputViewWidget", "Input: {0}{1}")
    for text in (hinted.format(name, tail), plain.format(name, tail)):
        if metrics.horizontalAdvance(text) <= room:
            return text
    left = room - metrics.horizontalAdvance(plain.format("", tail))
    if left > metrics.horizontalAdvance("M…M"):
        return plain.format(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, left), tail)
    return metrics.elidedText(plain.format(name, tail), Qt.TextElideMode.ElideRight, room)


def _display(chw: np.ndarray) -> np.ndarray:
    """(C, H, W) -> what ImageItem draws: (H, W) gray or (H, W, 3) colour, C-contiguous."""
    if chw.shape[0] == 1:
        return np.ascontiguousarray(chw[0])
    return np.ascontiguousarray(chw.transpose(1, 2, 0))
