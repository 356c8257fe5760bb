"""The numbers written into a matrix view's cells, as one scene item that paints them all.

One text item per cell made every redraw of a 15×15 matrix cost ~15 ms of Python (225 texts,
brushes, scales and positions set one by one, each re-indexed by the scene). This item keeps
the values and turns them into text only when it is painted with cells large enough to read
and a font large enough to read (a hidden page, or a 40×40 map in a small view, costs nothing),
into an image kept per zoom.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

_INK = (QColor("white"), QColor("black"))  # on dark cells, on light ones
MIN_CELL_PX = 16  # cells drawn smaller than this get no numbers: they could not be read
MIN_FONT_PX = 8  # nor do cells whose longest number would need a smaller font to fit ("−0.43" in 16 px)


def format_number(v: float) -> str:
    """A cell's value as the matrix shows it: integers as they are, else 2–3 significant digits."""
    if not np.isfinite(v):
        return ""
    if v == int(v) and abs(v) < 1000:
        return str(int(v))
    text = f"{v:.0f}" if abs(v) >= 100 else f"{v:.1f}" if abs(v) >= 10 else f"{v:.2f}"
    return "0.00" if text == "-0.00" else text


class NumbersItem(QGraphicsItem):
    """Cell (r, c) of an (H, W) grid is the unit square at (origin + (r, c)) in data coordinates."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10)
        self._font = QFont("Sans", 10)
        self._rect = QRectF()
        self._values = np.zeros((0, 0))
        self._light = np.zeros(0, bool)
        self._origin = (0, 0)
        self._texts: list[str] | None = None  # formatted on first need
        self._image: QImage | None = None  # the numbers as last drawn, at this zoom
        self._image_key: tuple[float, ...] = ()
        self._image_at = QPointF()

    def set_values(self, values: np.ndarray, light: np.ndarray, origin: tuple[int, int]) -> None:
        """Write ``values`` (H, W; NaN draws nothing) into the cells; ``light[i]`` (raster order):
        cell i is light, so its number is black. An empty array clears the numbers."""
        self.prepareGeometryChange()
        h, w = values.shape
        self._values, self._light, self._origin = values, light, origin
        self._rect = QRectF(origin[1], origin[0], w, h) if values.size else QRectF()
        self._texts = None
        self._image = None
        self.update()

    def texts(self) -> list[str]:
        """The numbers in raster order ('' for a blank cell), as they are written when legible."""
        if self._texts is None:
            self._texts = [format_number(v) for v in self._values.ravel().tolist()]
        return self._texts

    def font_px(self, cell_height: float) -> int:
        """The font's pixel size in cells ``cell_height`` px tall: ~7 px per glyph and a 14 px
        line at 10 pt, so the longest number spans 0.86 of a cell and a line half its height."""
        longest = max((len(t) for t in self.texts()), default=1) or 1
        scale = min(0.86 / (longest * 7.0), 0.5 / 14.0)
        return max(1, round(13.3 * scale * cell_height))  # 10 pt ≈ 13.3 px

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._rect.isEmpty():
            return
        to_device = painter.transform()
        cell_px = min(abs(to_device.m11()), abs(to_device.m22()))
        if cell_px < MIN_CELL_PX or self.font_px(abs(to_device.m22())) < MIN_FONT_PX:
            return
        # In device pixels with a pixel-sized font (text under the view's tiny scale would be
        # drawn as paths), into an image kept per numbers and zoom: a step only moves the marks,
        # and one image costs far less than ~200 texts laid out again on every repaint.
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (to_device.m11(), to_device.m22(), to_device.dx(), to_device.dy(), dpr)
        if self._image is None or self._image_key != key:
            self._image, self._image_key = self._render(to_device, dpr), key
        painter.save()
        painter.resetTransform()
        painter.drawImage(self._image_at, self._image)
        painter.restore()

    def _render(self, to_device: QTransform, dpr: float) -> QImage:
        texts = self.texts()
        area = to_device.mapRect(self._rect).toAlignedRect()
        self._image_at = QPointF(area.topLeft())
        w, h = max(1, round(area.width() * dpr)), max(1, round(area.height() * dpr))
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)  # sharp on high-DPI screens; drawn in logical pixels
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(-area.left(), -area.top())
        cell = to_device.mapRect(QRectF(0, 0, 1, 1))
        font = QFont(self._font)
        font.setPixelSize(self.font_px(cell.height()))
        painter.setFont(font)
        r0, c0 = self._origin
        columns = self._values.shape[1]
        centre = Qt.AlignmentFlag.AlignCenter
        for ink, light in zip(_INK, (False, True), strict=True):
            painter.setPen(ink)
            for i in np.flatnonzero(self._light == light).tolist():
                if texts[i]:
                    r, c = divmod(i, columns)
                    painter.drawText(to_device.mapRect(QRectF(c0 + c, r0 + r, 1, 1)), centre, texts[i])
        painter.end()
        return image
