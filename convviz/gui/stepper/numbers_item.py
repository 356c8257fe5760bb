"""The numbers written into a matrix view's cells, as one scene item that paints them all.

One text item per cell made every redraw of a 15×15 matrix cost ~15 ms of Python (225 texts,
brushes, scales and positions set one by one, each re-indexed by the scene); this item only
stores the strings and draws them, once per zoom, into an image it paints.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

_INK = (QColor("white"), QColor("black"))  # on dark cells, on light ones


class NumbersItem(QGraphicsItem):
    """Cell (r, c) of an (H, W) grid is the unit square at (origin + (r, c)) in data coordinates."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10)
        self._font = QFont("Sans", 10)
        self._rect = QRectF()
        self._groups: tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] = ([], [])
        self._scale = 1.0
        self._origin = (0, 0)
        self._image: QImage | None = None  # the numbers as last drawn, at this zoom
        self._image_key: tuple[float, ...] = ()
        self._image_at = QPointF()

    def set_numbers(self, texts: list[str], light: np.ndarray, shape: tuple[int, int], origin: tuple[int, int]) -> None:
        """``texts`` in raster order ('' draws nothing); ``light[i]``: cell i is light (black ink)."""
        self.prepareGeometryChange()
        h, w = shape
        self._origin = origin
        self._rect = QRectF(origin[1], origin[0], w, h) if texts else QRectF()
        groups: tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] = ([], [])
        for i, text in enumerate(texts):
            if text:
                r, c = divmod(i, w)
                groups[int(bool(light[i]))].append((r, c, text))
        self._groups = groups
        longest = max((len(t) for t in texts), default=1) or 1
        # ~7 px per glyph and a 14 px line at 10 pt: the longest number spans 0.86 of a cell.
        self._scale = min(0.86 / (longest * 7.0), 0.5 / 14.0)
        self._image = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._rect.isEmpty():
            return
        # In device pixels with a pixel-sized font (text under the view's tiny scale would be
        # drawn as paths), into an image kept per numbers and zoom: a step only moves the marks,
        # and one image costs far less than ~200 texts laid out again on every repaint.
        to_device = painter.transform()
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (to_device.m11(), to_device.m22(), to_device.dx(), to_device.dy(), dpr)
        if self._image is None or self._image_key != key:
            self._image, self._image_key = self._render(to_device, dpr), key
        painter.save()
        painter.resetTransform()
        painter.drawImage(self._image_at, self._image)
        painter.restore()

    def _render(self, to_device: QTransform, dpr: float) -> QImage:
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
        font.setPixelSize(max(1, round(13.3 * self._scale * cell.height())))  # 10 pt ≈ 13.3 px
        painter.setFont(font)
        r0, c0 = self._origin
        centre = Qt.AlignmentFlag.AlignCenter
        for ink, cells in zip(_INK, self._groups, strict=True):
            painter.setPen(ink)
            for r, c, text in cells:
                painter.drawText(to_device.mapRect(QRectF(c0 + c, r0 + r, 1, 1)), centre, text)
        painter.end()
        return image
