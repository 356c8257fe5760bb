"""The editable grid of kernel weights: type numbers, or paint them with the mouse.

A click selects a cell (type a number, Enter commits; Delete sets 0). Dragging paints every cell
the pointer crosses: left raises by the brush step, right lowers, Shift+drag sets the brush
value. A drag is one undo step. Cells are blue for negative, red for positive, white for zero.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from convviz.gui.i18n import tr
from convviz.model.kernels.bank import KernelBank

MIN_CELL = 24
NUMBER_KEYS = set("0123456789.-+")


def weight_colour(value: float, scale: float) -> QColor:
    """White at 0, saturating to red (positive) or blue (negative) at |value| = scale."""
    t = 0.0 if scale <= 0 else min(1.0, abs(value) / scale)
    fade = int(round(255 * (1 - 0.85 * t)))
    return QColor(255, fade, fade) if value > 0 else QColor(fade, fade, 255)


def format_weight(value: float) -> str:
    text = f"{value:.3g}"
    return "0" if text == "-0" else text


def parse_weight(text: str) -> float | None:
    """A float, or a simple fraction like "1/9"; None if the text is neither."""
    text = text.strip().replace(",", ".")
    try:
        if "/" in text:
            top, bottom = text.split("/", 1)
            value = float(top) / float(bottom)
        else:
            value = float(text)
    except (ValueError, ZeroDivisionError):
        return None
    return value if np.isfinite(value) else None


class _CellEditor(QLineEdit):
    """Inline number editor: Enter commits (via returnPressed), Escape or clicking away cancels."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(tr("KernelGrid", "Type a weight (e.g. -1, 0.25 or 1/9) and press Enter; Esc cancels."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.parentWidget().setFocus()
        else:
            super().keyPressEvent(event)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # QLineEdit passes Enter on to its parent after returnPressed: the grid would
                # reopen the editor on the committed value, and Ctrl+Z would go to the editor.
                event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.hide()


class KernelGrid(QWidget):
    """Shows ``bank.current_slice()`` and writes edits through the bank's methods."""

    cellHovered = Signal(int, int)  # (-1, -1) when the pointer leaves the grid

    def __init__(self, bank: KernelBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bank = bank
        self.brush_step = 0.1
        self.brush_value = 1.0
        self.selected: tuple[int, int] = (0, 0)
        self._hovered: tuple[int, int] = (-1, -1)
        self._drag_button = Qt.MouseButton.NoButton
        self._drag_set = False
        self._drag_cell: tuple[int, int] | None = None
        self._painting = False
        self._editor = _CellEditor(self)
        self._editor.returnPressed.connect(self._commit_editor)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(3 * MIN_CELL, 3 * MIN_CELL)
        self.setToolTip(
            tr(
                "KernelGrid",
                "Kernel weights: click a cell and type a number (Enter to apply); "
                "drag to paint (left raises, right lowers, Shift sets the brush value).",
            )
        )
        bank.changed.connect(self._on_bank_changed)

    # ---- geometry ------------------------------------------------------------------------
    def cell_size(self) -> float:
        kh, kw = self._bank.size
        return max(8.0, min(self.width() / kw, self.height() / kh))

    def cell_rect(self, r: int, c: int) -> QRect:
        kh, kw = self._bank.size
        side = self.cell_size()
        left = (self.width() - side * kw) / 2
        top = (self.height() - side * kh) / 2
        return QRectF(left + c * side, top + r * side, side, side).toAlignedRect()

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        kh, kw = self._bank.size
        side = self.cell_size()
        x = pos.x() - (self.width() - side * kw) / 2
        y = pos.y() - (self.height() - side * kh) / 2
        if 0 <= x < side * kw and 0 <= y < side * kh:
            return int(y // side), int(x // side)
        return None

    def sizeHint(self) -> QSize:
        kh, kw = self._bank.size
        side = max(MIN_CELL, min(44, 264 // max(kh, kw)))
        return QSize(side * kw + 2, side * kh + 2)

    # ---- drawing -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        kernel = self._bank.current_slice()
        scale = float(np.abs(kernel).max())
        side = self.cell_size()
        painter = QPainter(self)
        # Pens and fonts made once per paint, not per cell: a 15×15 kernel repainted in ~20 ms
        # of Python when each of its 225 cells built its own, on every kernel change.
        grid_pen, inks = QPen(QColor(160, 160, 160)), (QPen(Qt.GlobalColor.white), QPen(Qt.GlobalColor.black))
        fonts: dict[int, QFont] = {}
        cells = []
        for (r, c), value in np.ndenumerate(kernel):
            rect = self.cell_rect(r, c)
            fill = weight_colour(value, scale)
            painter.fillRect(rect, fill)
            cells.append((rect, format_weight(value), fill.lightness() >= 110))
        painter.setPen(grid_pen)
        painter.drawRects([rect.adjusted(0, 0, -1, -1) for rect, _, _ in cells])
        for rect, text, light in cells:
            # Digits are ~0.6 em wide: shrink long numbers so they stay inside the cell.
            size = max(6, int(min(0.32 * side, 1.5 * side / max(1, len(text)))))
            if size not in fonts:
                fonts[size] = QFont(self.font())
                fonts[size].setPixelSize(size)
            painter.setFont(fonts[size])
            painter.setPen(inks[light])
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if self._hovered[0] >= 0:
            painter.setPen(QPen(QColor(255, 170, 0), 2))
            painter.drawRect(self.cell_rect(*self._hovered).adjusted(1, 1, -2, -2))
        if self.hasFocus():  # the selected cell only matters while typing goes to the grid
            painter.setPen(QPen(QColor(0, 0, 0), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.cell_rect(*self.selected).adjusted(2, 2, -3, -3))
        painter.end()

    def _on_bank_changed(self, what: str = "bank") -> None:
        self._editor.hide()
        kh, kw = self._bank.size
        self.selected = (min(self.selected[0], kh - 1), min(self.selected[1], kw - 1))
        if self._hovered[0] >= kh or self._hovered[1] >= kw:
            self._set_hovered((-1, -1))  # the hovered cell no longer exists
        self.updateGeometry()
        self.update()

    # ---- mouse: select, hover, paint -------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        self._editor.hide()
        if cell is None:
            return
        self.selected = cell
        self._drag_button = event.button()
        self._drag_set = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._drag_cell = cell
        self._painting = False
        if self._drag_set:  # setting is idempotent, so a Shift+click sets the cell at once
            self._start_stroke()
            self._paint_cell(cell)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        self._set_hovered(cell or (-1, -1))
        if self._drag_cell is None or cell is None or cell == self._drag_cell:
            return
        if not self._painting:  # a plain click only selects; painting starts once the drag leaves the cell
            self._start_stroke()
            self._paint_cell(self._drag_cell)
        for step in _cells_between(self._drag_cell, cell)[1:]:
            self._paint_cell(step)
        self._drag_cell = cell

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._painting:
            self._bank.end_stroke()
        self._painting = False
        self._drag_cell = None
        self._drag_button = Qt.MouseButton.NoButton

    def leaveEvent(self, event) -> None:
        self._set_hovered((-1, -1))
        super().leaveEvent(event)

    def _set_hovered(self, cell: tuple[int, int]) -> None:
        if cell != self._hovered:
            self._hovered = cell
            self.cellHovered.emit(*cell)
            self.update()

    def _start_stroke(self) -> None:
        self._painting = True
        self._bank.begin_stroke()

    def _paint_cell(self, cell: tuple[int, int]) -> None:
        if self._drag_set:
            self._bank.set_value(*cell, self.brush_value)
        elif self._drag_button == Qt.MouseButton.RightButton:
            self._bank.paint(*cell, -self.brush_step)
        elif self._drag_button == Qt.MouseButton.LeftButton:
            self._bank.paint(*cell, self.brush_step)

    # ---- keyboard: move, type, delete ------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editor.isVisible():  # keys sent to the grid while editing belong to the editor
            self._editor.event(event)
            return
        key, (r, c), (kh, kw) = event.key(), self.selected, self._bank.size
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key in moves:
            dr, dc = moves[key]
            self.selected = (min(max(r + dr, 0), kh - 1), min(max(c + dc, 0), kw - 1))
            self.update()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._bank.set_value(r, c, 0.0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.open_editor(format_weight(self._bank.current_slice()[r, c]))
        elif event.text() and event.text() in NUMBER_KEYS:
            self.open_editor(event.text())
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.cell_at(event.position().toPoint()) is not None:
            self.open_editor(format_weight(self._bank.current_slice()[self.selected]))

    def open_editor(self, text: str) -> None:
        """Show the inline editor over the selected cell, pre-filled with ``text``."""
        self._editor.setGeometry(self.cell_rect(*self.selected))
        self._editor.setText(text)
        self._editor.setStyleSheet("")
        self._editor.show()
        self._editor.setFocus()

    def _commit_editor(self) -> None:
        value = parse_weight(self._editor.text())
        if value is None:
            self._editor.setStyleSheet("background: #ffd0d0;")  # stays open until fixed or Esc
            return
        self._editor.hide()
        self.setFocus()
        self._bank.set_value(*self.selected, value)


def _cells_between(start: tuple[int, int], end: tuple[int, int]) -> list[tuple[int, int]]:
    """Cells on the straight line from start to end, so a fast drag leaves no gaps."""
    steps = max(abs(end[0] - start[0]), abs(end[1] - start[1]))
    return [
        (round(start[0] + (end[0] - start[0]) * i / steps), round(start[1] + (end[1] - start[1]) * i / steps))
        for i in range(steps + 1)
    ]
