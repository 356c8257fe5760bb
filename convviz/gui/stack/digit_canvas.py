"""A 28×28 canvas to draw a digit on with the mouse, and the stack's class scores for it.

Left-drag paints white strokes with a soft round brush (as MNIST's digits are: white on black,
about 2–3 pixels thick), right-drag erases, Clear starts over. Every stroke becomes the stack's
input, so the feature maps (and hovering their cells) follow what is drawn; the scores here are
the stack's forward pass on the drawing, as softmax probabilities.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from convviz import engine as E
from convviz.gui.i18n import tr
from convviz.model.stack.model import StackModel
from convviz.model.training.digit_input import digit_from_photo

SIDE = 28
BRUSH_RADIUS = 1.4  # cells: strokes about three cells wide, like MNIST's


def stamp(canvas: np.ndarray, y: float, x: float, value: float) -> None:
    """Paint a soft disc centred on (y, x) (cell units) into ``canvas`` in place: full ``value``
    inside the radius, fading over one more cell; painting keeps the brighter, erasing the darker."""
    yy, xx = np.mgrid[0 : canvas.shape[0], 0 : canvas.shape[1]]
    distance = np.hypot(yy + 0.5 - y, xx + 0.5 - x)
    weight = np.clip(BRUSH_RADIUS + 1.0 - distance, 0.0, 1.0)
    if value > 0:
        np.maximum(canvas, weight * value, out=canvas)
    else:
        canvas *= 1.0 - weight


class DigitCanvas(QtWidgets.QWidget):
    drawn = Signal(object)  # the (28, 28) float32 picture in [0, 1], after each stroke segment

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixels = np.zeros((SIDE, SIDE), np.float32)
        self._last: QtCore.QPointF | None = None
        self._value = 1.0
        self.setMinimumSize(SIDE * 6, SIDE * 6)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)
        self.setToolTip(tr("DrawPage", "Draw a digit: left-drag paints, right-drag erases"))
        self.setCursor(QtCore.Qt.CursorShape.CrossCursor)

    def cell_size(self) -> float:
        return min(self.width(), self.height()) / SIDE

    def _cell(self, pos: QtCore.QPointF) -> tuple[float, float]:
        size = self.cell_size()
        return pos.y() / size, pos.x() / size

    def clear(self) -> None:
        self.pixels[:] = 0
        self.update()
        self.drawn.emit(self.pixels.copy())

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        self._value = 0.0 if event.button() == QtCore.Qt.MouseButton.RightButton else 1.0
        self._last = event.position()
        self._paint_to(event.position())

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        if self._last is not None:
            self._paint_to(event.position())

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        self._last = None

    def _paint_to(self, pos: QtCore.QPointF) -> None:
        """Stamps every half cell from the last position to ``pos``: a fast drag leaves no gaps."""
        assert self._last is not None
        (y0, x0), (y1, x1) = self._cell(self._last), self._cell(pos)
        steps = max(1, int(np.ceil(2 * max(abs(y1 - y0), abs(x1 - x0)))))
        for t in np.linspace(0.0, 1.0, steps + 1):
            stamp(self.pixels, y0 + t * (y1 - y0), x0 + t * (x1 - x0), self._value or -1.0)
        self._last = pos
        self.update()
        self.drawn.emit(self.pixels.copy())

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        side = int(self.cell_size() * SIDE)
        gray = np.ascontiguousarray((self.pixels * 255).astype(np.uint8))
        image = QtGui.QImage(gray.data, SIDE, SIDE, SIDE, QtGui.QImage.Format.Format_Grayscale8)
        painter.drawImage(QtCore.QRect(0, 0, side, side), image)
        painter.setPen(QtGui.QPen(QtGui.QColor(70, 70, 70)))
        painter.drawRect(0, 0, side - 1, side - 1)


class DrawPage(QtWidgets.QWidget):
    """The canvas, Clear, and the stack's class probabilities for the drawing."""

    def __init__(self, stack: StackModel, input_state: Any = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack, self.input = stack, input_state
        self.canvas = DigitCanvas()
        self.clear_button = QtWidgets.QPushButton(
            tr("DrawPage", "Clear"), toolTip=tr("DrawPage", "Start a new drawing")
        )
        self.clear_button.clicked.connect(self.canvas.clear)
        self.camera_button = QtWidgets.QPushButton(tr("DrawPage", "From the camera"), enabled=False)
        self.camera_button.setToolTip(
            tr(
                "DrawPage",
                "Take the live camera's frame: a digit written dark on paper, held in the middle of the picture "
                "(a centred crop, thresholded, scaled and centred as the training digits are)",
            )
        )
        self.camera_button.clicked.connect(self.take_camera_frame)
        if input_state is not None:
            input_state.changed.connect(lambda what: what == "live_frame" and self._camera_ready())
        self.answer = QtWidgets.QLabel(
            tr("DrawPage", "Draw a digit in the box (white on black, as the training digits are).")
        )
        self.answer.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.scores_plot = pg.PlotWidget(title=tr("DrawPage", "class probabilities (softmax of the scores)"))
        self.scores_plot.setBackground("w")
        self.scores_plot.setYRange(0, 1)
        self.scores_plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(10)]])
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush="#1f77b4")
        self.scores_plot.addItem(self.bars)
        self.probabilities: np.ndarray | None = None
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.canvas, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.camera_button)
        left.addLayout(buttons)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.answer)
        right.addWidget(self.scores_plot, 1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.canvas.drawn.connect(self._on_drawn)

    def _camera_ready(self) -> None:
        self.camera_button.setEnabled(bool(self.input.is_live))

    def take_camera_frame(self) -> None:
        """The newest live frame, as a digit on the canvas (see ``model.training.digit_input``)."""
        frame = None if self.input is None else self.input.live_frame
        if frame is None:
            self.answer.setText(tr("DrawPage", "Start the live camera first (File → Live camera…)."))
            return
        self.canvas.pixels[:] = digit_from_photo(frame)
        self.canvas.update()
        self.canvas.drawn.emit(self.canvas.pixels.copy())

    def _on_drawn(self, pixels: np.ndarray) -> None:
        self.stack.set_image(pixels)  # the maps follow the drawing
        self.show_scores(pixels)

    def show_scores(self, pixels: np.ndarray) -> None:
        """The stack's class probabilities for ``pixels``, or why there are none."""
        result = self.stack.last_valid
        layers = list(result.layers)
        if tuple(result.input_shape) != (1, SIDE, SIDE) or not layers:
            self.answer.setText(tr("DrawPage", "The stack takes no 1×28×28 picture: set its input to Gray and 28×28."))
            return
        scores = E.Sequential(layers).forward(pixels[None, None].astype(np.float32))
        if scores.ndim != 2:
            self.answer.setText(
                tr("DrawPage", "The stack does not end in class scores (a Linear layer), so it names no digit.")
            )
            return
        p = E.softmax(scores[0])
        self.probabilities = p
        self.bars.setOpts(height=p)
        best = int(np.argmax(p))
        self.answer.setText(
            tr("DrawPage", "The stack reads a <b>{0}</b> ({1} %).").format(best, f"{100 * p[best]:.0f}")
        )
