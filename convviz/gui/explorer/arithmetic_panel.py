"""The pinned cell under a magnifier: the input window, the kernel and their products as small
matrices with their numbers, then the sum (per channel), + bias → activation; or the pooled
block with its winner. It follows the pin, so the arrow keys walk it across the image."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from convviz.gui.i18n import tr
from convviz.gui.stepper.matrix_view import MatrixView
from convviz.model.layer.arithmetic import ConvArithmetic, PoolArithmetic, arithmetic
from convviz.model.layer.compute import Result
from convviz.model.state import Cell, Stage

CONTEXT = "ArithmeticPanel"
HINT = QT_TRANSLATE_NOOP(  # translated where it is shown
    "ArithmeticPanel",
    "<b>Try this</b><ol style='margin-left:-20px'>"
    "<li>Click an output cell on a feature map: the outlined box on the input is what it sees, "
    "and this panel works out its number.</li>"
    "<li>Press ← → ↑ ↓ to walk the kernel over the image; Ctrl+F zooms onto it.</li>"
    "<li>Pick another kernel (Kernel panel), or change the stride or padding (Layer panel).</li>"
    "<li>Ctrl+2 steps through the layer cell by cell; F1 explains any tab.</li></ol>",
)
RGB = "RGB"


def _f(v: float) -> str:
    """A value in the sums: three decimals, a true minus sign."""
    return f"{v:.3f}".replace("-", "−")


def _signed(v: float) -> str:
    return f"− {_f(-v)}" if v < 0 else f"+ {_f(v)}"


class ArithmeticPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: ConvArithmetic | PoolArithmetic | None = None
        self._result: Result | None = None
        self.header = QLabel(tr(CONTEXT, HINT), toolTip=tr("ArithmeticPanel", "The pinned output cell"))
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.channel = QComboBox(
            toolTip=tr("ArithmeticPanel", "Which input channel's window, kernel slice and products to show")
        )
        self.channel.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys move the pin
        self.channel.currentIndexChanged.connect(self._show_channel)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.channel)
        self.window_view = MatrixView(
            tr("ArithmeticPanel", "input window"),
            signed=False,
            tip=tr(
                "ArithmeticPanel",
                "The input values under the kernel's taps (blue marks: padding). Zoom out to see "
                "where they sit: the outlined box on the input.",
            ),
        )
        self.kernel_view = MatrixView(
            tr("ArithmeticPanel", "kernel"), tip=tr("ArithmeticPanel", "The weights as applied to this window.")
        )
        self.products_view = MatrixView(
            tr("ArithmeticPanel", "window × kernel"), tip=tr("ArithmeticPanel", "Each input value times its weight.")
        )
        self.sums = QLabel(
            toolTip=tr(
                "ArithmeticPanel",
                "The sum of the products, plus the bias, through the activation. The numbers in the "
                "cells are rounded to two decimals; the sum is of the exact products.",
            )
        )
        self.sums.setTextFormat(Qt.TextFormat.RichText)
        self.sums.setWordWrap(True)
        self.sums.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._grid = grid = QGridLayout()
        grid.addWidget(self.window_view, 0, 0)
        grid.addWidget(self.kernel_view, 0, 1)
        grid.addWidget(self.products_view, 1, 0)
        grid.addWidget(self.sums, 1, 1)
        for i in (0, 1):
            grid.setColumnStretch(i, 1)
            grid.setRowStretch(i, 1)
        self.sums.setMinimumWidth(60)  # the text wraps; the views share the width equally
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self._views = (self.window_view, self.kernel_view, self.products_view)
        for view in self._views:
            view.setMinimumSize(72, 72)  # the dock shares a laptop screen's height with the kernel
        self._clear()

    # ---- what the user reads -------------------------------------------------------------
    def plain_text(self) -> str:
        """The header and the sums as plain text."""
        return f"{_plain(self.header.text())}\n{_plain(self.sums.text())}"

    # ---- showing a cell ------------------------------------------------------------------
    def _clear(self) -> None:
        self.current = None
        self.header.setText(tr(CONTEXT, HINT))
        self.sums.setText("")
        self.channel.setVisible(False)
        for view in self._views:
            view.setVisible(False)

    def show_cell(self, cell: Cell | None, result: Result | None) -> None:
        if cell is None or result is None or not result.ok:
            self._clear()
            return
        self._result = result
        a = self.current = arithmetic(cell, result)
        name = (
            tr("ArithmeticPanel", "map") if cell.stage is Stage.CONV else tr("ArithmeticPanel", "pooled")
        )  # as the maps are titled
        header = tr("ArithmeticPanel", "<b>{0} {1}, cell (row {2}, col {3})</b>")
        self.header.setText(header.format(name, cell.filter + 1, cell.y, cell.x))
        if isinstance(a, ConvArithmetic):
            self._show_conv(a)
        else:
            self._show_pool(a)

    def _show_conv(self, a: ConvArithmetic) -> None:
        c = a.window.shape[0]
        names = list(RGB) if c == 3 else [str(i + 1) for i in range(c)]
        if [self.channel.itemText(i) for i in range(self.channel.count())] != names:
            with QSignalBlocker(self.channel):  # a refill is not the user's choice
                self.channel.clear()
                self.channel.addItems(names)
        self.channel.setVisible(c > 1)
        self.window_view.set_title(tr("ArithmeticPanel", "input window"))
        self.window_view.set_marks("winner", [])
        self._grid.addWidget(self.sums, 1, 1)  # beside the products
        self.kernel_view.set_title(
            tr("ArithmeticPanel", "kernel, turned 180° (true convolution)")
            if a.flipped
            else tr("ArithmeticPanel", "kernel")
        )
        for view in self._views:
            view.setVisible(True)
        self._show_channel()
        self.sums.setText(_conv_html(a, names))

    def _show_channel(self) -> None:
        a = self.current
        if not isinstance(a, ConvArithmetic) or self._result is None:
            return
        ch = max(0, self.channel.currentIndex()) if a.window.shape[0] > 1 else 0
        window = a.window[ch]
        self.window_view.set_matrix(window, (min(0.0, float(window.min())), max(1.0, float(window.max()))))
        self.window_view.set_marks("pad", a.padding_taps(self._result.x.shape[1:]), color="#5a8dd6")
        self.kernel_view.set_matrix(a.kernel[ch])
        self.products_view.set_matrix(a.products[ch])

    def _show_pool(self, a: PoolArithmetic) -> None:
        self.channel.setVisible(False)
        self.kernel_view.setVisible(False)
        self.products_view.setVisible(False)
        self.window_view.setVisible(True)
        self.window_view.set_title(tr("ArithmeticPanel", "feature-map block"))
        self._grid.addWidget(self.sums, 0, 1)  # beside the block: the kernel's place is empty
        self.window_view.set_matrix(a.values, None, a.origin)
        self.window_view.set_marks("pad", [])
        winner = a.winner
        at = [] if winner is None else [(a.origin[0] + winner[0], a.origin[1] + winner[1])]
        self.window_view.set_marks("winner", at, color="#19c37d")
        self.sums.setText(_pool_html(a))


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def _conv_html(a: ConvArithmetic, names: list[str]) -> str:
    parts = []
    totals = a.channel_totals
    if len(totals) > 1:
        terms = " ".join(f"{names[i]} {_signed(t)}" if i else f"{names[i]} {_f(t)}" for i, t in enumerate(totals))
        parts.append(tr("ArithmeticPanel", "<p>per channel: {0}</p>").format(terms))
    parts.append(tr("ArithmeticPanel", "<p>sum of products = <b>{0}</b></p>").format(_f(a.total)))
    bias = tr("ArithmeticPanel", "<p>{0} bias {1} = <b>{2}</b></p>")
    parts.append(bias.format(_signed(a.bias)[0], _f(abs(a.bias)), _f(a.pre_activation)))
    if a.activation.value != "none":
        parts.append(f"<p>{a.activation.value}({_f(a.pre_activation)}) = <b>{_f(a.value)}</b></p>")
    parts.append(tr("ArithmeticPanel", "<p style='color:#888'>cells rounded; the sum is exact</p>"))
    return "".join(parts)


def _pool_html(a: PoolArithmetic) -> str:
    h, w = a.values.shape
    if a.is_max:
        r, c = a.winner or (0, 0)
        row, col, value = a.origin[0] + r, a.origin[1] + c, _f(a.value)
        if a.ties > 1:
            text = tr(
                "ArithmeticPanel",
                "max of the {0}×{1} block = <b>{2}</b>, from the cell at (row {3}, col {4}) of the feature map"
                " (green); {5} cells tie, the first in reading order wins",
            ).format(h, w, value, row, col, a.ties)
        else:
            text = tr(
                "ArithmeticPanel",
                "max of the {0}×{1} block = <b>{2}</b>, from the cell at (row {3}, col {4}) of the feature map (green)",
            ).format(h, w, value, row, col)
    else:
        text = tr("ArithmeticPanel", "mean of the {0}×{1} block = <b>{2}</b>").format(h, w, _f(a.value))
    return f"<p>{text}</p>"
