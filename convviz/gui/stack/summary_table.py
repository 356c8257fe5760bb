"""Keras-style summary of the stack: output shape, params, mult-adds and receptive field per
layer, totals at the bottom; the first layer that cannot take its input shows why, in red."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from convviz.gui.i18n import tr
from convviz.model.stack.build import Row
from convviz.model.stack.model import StackModel

# the headers and their tips, translated where shown
HEADERS = [
    QT_TRANSLATE_NOOP("SummaryTableWidget", "Layer"),
    QT_TRANSLATE_NOOP("SummaryTableWidget", "Output shape"),
    QT_TRANSLATE_NOOP("SummaryTableWidget", "Param #"),
    QT_TRANSLATE_NOOP("SummaryTableWidget", "Mult-adds"),
    QT_TRANSLATE_NOOP("SummaryTableWidget", "RF size"),
    QT_TRANSLATE_NOOP("SummaryTableWidget", "RF jump"),
]
TIPS = [
    QT_TRANSLATE_NOOP("SummaryTableWidget", "Layer name, as the layer list and the tile rows call it"),
    QT_TRANSLATE_NOOP("SummaryTableWidget", "Per-sample output (C, H, W) or (features,)"),
    QT_TRANSLATE_NOOP("SummaryTableWidget", "Learned weights and biases"),
    QT_TRANSLATE_NOOP("SummaryTableWidget", "Multiply-adds for one input (bias adds not counted)"),
    QT_TRANSLATE_NOOP(
        "SummaryTableWidget",
        "Receptive field: the largest box of input pixels (height × width) that feeds one output cell, "
        "over all the layer's cells — exactly the largest region hovering a tile highlights. Counted "
        "exactly, with padding, the input's border and transposed convolutions as they are; for "
        "convolution and pooling away from the border it is the textbook r + (k − 1)·j.",
    ),
    QT_TRANSLATE_NOOP(
        "SummaryTableWidget",
        "Input distance between neighbouring output cells (— where there are none: a vector, a 1×1 map)",
    ),
]
ERROR_BG = QtGui.QColor("#ffd6d6")
NO_JUMP = "—"


def _pair(p: tuple[float, float] | None) -> str:
    if p is None:
        return ""
    a, b = (int(v) if float(v).is_integer() else round(v, 2) for v in p)
    return f"{a}×{b}" if a != b else f"{a}"


def rf_size_tip(row: Row) -> str:
    """Why the RF size cell says what it says (its tooltip)."""
    size = _pair(row.rf_size)
    if row.is_vector:
        if row.label == "Flatten":
            return tr(
                "SummaryTableWidget",
                "RF {0}: each unit of Flatten is one cell of the map before it, and sees what that cell sees.",
            ).format(size)
        return tr(
            "SummaryTableWidget",
            "RF {0}: every unit here mixes all the features before it, so it sees every input pixel they see.",
        ).format(size)
    if row.rf_formula is None:
        return tr(
            "SummaryTableWidget",
            "RF {0}, counted exactly. A transposed convolution spreads each input cell over several "
            "output cells, so the conv formula r + (k − 1)·j does not apply here (nor after it).",
        ).format(size)
    if row.rf_formula != row.rf_size:
        return tr(
            "SummaryTableWidget",
            "RF {0}, counted exactly. The formula r + (k − 1)·j gives {1}, but no "
            "cell really sees that much: the input's border (or cells a stride skips) cuts every region.",
        ).format(size, _pair(row.rf_formula))
    return tr(
        "SummaryTableWidget",
        "RF {0} = r + (k − 1)·j, the textbook formula (a cell away from the border sees this much).",
    ).format(size)


def rf_jump(row: Row) -> tuple[str, str]:
    """The RF jump cell's text and tooltip: — for an output without neighbouring cells."""
    shape = row.output_shape or ()
    if row.is_vector:
        return NO_JUMP, tr(
            "SummaryTableWidget", "A vector has no neighbouring cells, so the jump between them means nothing."
        )
    if tuple(shape[1:]) == (1, 1):
        return NO_JUMP, tr(
            "SummaryTableWidget", "A 1×1 map has no neighbouring cells, so the jump between them means nothing."
        )
    return _pair(row.rf_jump), tr("SummaryTableWidget", "Input pixels between the centres of neighbouring output cells")


class SummaryTableWidget(QtWidgets.QTableWidget):
    def __init__(self, model: StackModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.stack = model
        self.setHorizontalHeaderLabels([tr("SummaryTableWidget", h) for h in HEADERS])
        for i, tip in enumerate(TIPS):
            self.horizontalHeaderItem(i).setToolTip(tr("SummaryTableWidget", tip))
        self.setToolTip(
            tr("SummaryTableWidget", "Summary of the stack, updated as you edit it. Click a row to select that layer.")
        )
        self.setEditTriggers(QtWidgets.QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(False)  # numbers beside their headers, not far right
        self.itemSelectionChanged.connect(self._on_select)
        model.changed.connect(self._on_model)
        self.refresh()

    def _on_model(self, part: str) -> None:
        if part == "selection":
            self._show_selection()
        elif part != "image":  # a new picture of the same shape changes no row
            self.refresh()

    def _set_row(self, row: int, values: list[str], tip: str = "", bg: QtGui.QColor | None = None) -> None:
        for col, text in enumerate(values):
            item = QtWidgets.QTableWidgetItem(text)
            if col >= 2:
                item.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)  # numbers line up
            if tip:
                item.setToolTip(tip)
            if bg is not None:
                item.setBackground(bg)
            self.setItem(row, col, item)

    def refresh(self) -> None:
        res = self.stack.result
        self.blockSignals(True)
        self.setRowCount(len(res.rows) + 2)
        self._set_row(0, [tr("SummaryTableWidget", "Input"), str(res.input_shape), "", "", "1", "1"])
        for i, r in enumerate(res.rows, 1):
            if r.error:
                self._set_row(i, [r.name, r.error, "", "", "", ""], r.error, ERROR_BG)
            elif r.output_shape is None:
                self._set_row(
                    i, [r.name, "—", "", "", "", ""], tr("SummaryTableWidget", "Not built: a layer above has an error")
                )
            else:
                jump, jump_tip = rf_jump(r)
                self._set_row(
                    i, [r.name, str(r.output_shape), f"{r.params:,}", f"{r.mult_adds:,}", _pair(r.rf_size), jump]
                )
                self.item(i, 4).setToolTip(rf_size_tip(r))
                self.item(i, 5).setToolTip(jump_tip)
        total = len(res.rows) + 1
        self._set_row(
            total,
            [
                tr("SummaryTableWidget", "Total"),
                "",
                f"{res.summary.total_params:,}",
                f"{res.summary.total_mult_adds:,}",
                "",
                "",
            ],
        )
        font = self.font()
        font.setBold(True)
        for c in range(len(HEADERS)):
            self.item(total, c).setFont(font)
        self.resizeColumnsToContents()
        self.blockSignals(False)
        self._show_selection()

    def _show_selection(self) -> None:
        self.blockSignals(True)
        self.clearSelection()
        if self.stack.selected is not None:
            self.selectRow(self.stack.selected + 1)
        self.blockSignals(False)

    def _on_select(self) -> None:
        rows = {i.row() for i in self.selectedIndexes()}
        if len(rows) == 1 and 1 <= (row := rows.pop()) <= len(self.model):
            with self.stack.changed.blocked(self._on_model):
                self.stack.select(row - 1)
