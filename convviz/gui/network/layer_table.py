"""The model's layers as Netron or Keras's ``model.summary()`` list them: name, operator, output
shape, parameters, multiply-adds and receptive field, the total line under them, and what the
reader should know about the file (BatchNorm folded, the input size chosen). Clicking a row
chooses the layer whose maps and filters the tab shows."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate; translated where shown

from convviz.gui.i18n import tr
from convviz.gui.network.elided import ElidedLabel
from convviz.model.network.probe import Opened
from convviz.model.network.summary import LayerRow

HEADERS = [
    QT_TRANSLATE_NOOP("LayerTable", "Layer"),
    QT_TRANSLATE_NOOP("LayerTable", "Op"),
    QT_TRANSLATE_NOOP("LayerTable", "Output"),
    QT_TRANSLATE_NOOP("LayerTable", "Params"),
    QT_TRANSLATE_NOOP("LayerTable", "Mult-adds"),
    QT_TRANSLATE_NOOP("LayerTable", "RF"),
]
TIPS = [
    QT_TRANSLATE_NOOP("LayerTable", "The node's name in the file"),
    QT_TRANSLATE_NOOP("LayerTable", "The ONNX operator"),
    QT_TRANSLATE_NOOP("LayerTable", "Output shape per image: channels × height × width, or the length of a vector"),
    QT_TRANSLATE_NOOP("LayerTable", "Weights and biases this layer adds (constants it is the first to read)"),
    QT_TRANSLATE_NOOP("LayerTable", "Multiply-adds for one image"),
    QT_TRANSLATE_NOOP(
        "LayerTable",
        "Receptive field: the input box one output cell can see (r′ = r + d·(k − 1)·j through every "
        "path); click a cell of the maps for the exact field of that cell",
    ),
]
COLUMN_MAX_PX = (120, 84, 96, 76, 80, 64)
NAME_MIN_PX = 70  # the layer column takes the room the others leave, down to this
WHOLE = QT_TRANSLATE_NOOP(
    "LayerTable", "all"
)  # a cell that sees the whole input (after a global pool or a dense layer)


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(map(str, shape)) or tr("LayerTable", "scalar")


def field_text(row: LayerRow) -> str:
    rf = row.receptive_field
    return tr("LayerTable", WHOLE) if rf is None else f"{rf[0]}×{rf[1]}"


def count_text(n: int) -> str:
    """A large count as a reader takes it in: 115.6 M, 6.42 k; exact below 10,000."""
    for scale, unit in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= 10_000 and n >= scale:
            return f"{n / scale:.4g} {unit}"
    return f"{n:,}"


def row_texts(row: LayerRow) -> list[str]:
    """The table's cells for one layer, as the user reads them (exact counts in the tooltips)."""
    return [
        row.name,
        row.op,
        shape_text(row.output_shape),
        f"{row.params:,}",
        count_text(row.mult_adds),
        field_text(row),
    ]


class LayerTable(QtWidgets.QWidget):
    rowChosen = QtCore.Signal(int)  # the summary row clicked (or moved to with the keys)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QtWidgets.QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr("LayerTable", h) for h in HEADERS])
        for i, tip in enumerate(TIPS):
            self.table.horizontalHeaderItem(i).setToolTip(tr("LayerTable", tip))
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(QtCore.Qt.TextElideMode.ElideMiddle)  # /layer1/layer1.0/conv1/Conv
        small = self.table.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)  # six columns in a third of a laptop's width
        self.table.setFont(small)
        self.table.horizontalHeader().setFont(small)
        self.table.horizontalHeader().setMinimumSectionSize(24)
        self.table.setToolTip(
            tr("LayerTable", "The model's layers: click one to see its maps, its filters and its cells' fields")
        )
        self.table.itemSelectionChanged.connect(self._on_select)
        self.total = ElidedLabel("")
        bold = self.total.font()
        bold.setBold(True)
        self.total.setFont(bold)
        self.total.setToolTip(tr("LayerTable", "Layers, learned parameters and multiply-adds for one image"))
        self.notes = ElidedLabel("", lines=0)
        self.notes.setStyleSheet("color: #505050")
        self.notes.setToolTip(tr("LayerTable", "What to know about this file"))
        box = QtWidgets.QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addWidget(self.total)
        box.addWidget(self.notes)
        self.rows: list[LayerRow] = []

    def show_model(self, opened: Opened | None, notes: list[str]) -> None:
        self.table.blockSignals(True)
        self.rows = [] if opened is None else list(opened.summary.rows)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row_texts(row)):
                item = QtWidgets.QTableWidgetItem(text)
                if c >= 3:
                    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                if c <= 1:
                    item.setToolTip(
                        tr("LayerTable", "{0} ({1}): output {2}").format(row.name, row.op, shape_text(row.output_shape))
                    )
                if c == 4:
                    item.setToolTip(tr("LayerTable", "{0} multiply-adds for one image").format(f"{row.mult_adds:,}"))
                if c == 5 and row.receptive_field is None:
                    item.setToolTip(tr("LayerTable", "Each output cell sees the whole input"))
                self.table.setItem(r, c, item)
        for c, cap in enumerate(COLUMN_MAX_PX):  # GlobalAveragePool is elided, whole in its tooltip
            header = self.table.horizontalHeader().sectionSizeHint(c)
            self.table.setColumnWidth(c, min(max(self.table.sizeHintForColumn(c), header), cap))
        self._fit_names()
        self.table.blockSignals(False)
        self.total.setText("" if opened is None else opened.summary.total_line())
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _fit_names(self) -> None:
        """The names get the width the numbers leave (they are elided in the middle below that)."""
        others = sum(self.table.columnWidth(c) for c in range(1, self.table.columnCount()))
        scrollbar = self.table.verticalScrollBar().sizeHint().width()  # whether it shows yet or not
        room = self.table.width() - 2 * self.table.frameWidth() - scrollbar - others - 2
        hint = self.table.sizeHintForColumn(0) if self.table.rowCount() else NAME_MIN_PX
        self.table.setColumnWidth(0, max(NAME_MIN_PX, min(room, max(hint, COLUMN_MAX_PX[0]))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_names()

    def texts(self) -> list[list[str]]:
        """Every cell of the table as shown, row by row."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def select(self, row: int) -> None:
        self.table.blockSignals(True)
        self.table.selectRow(row)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.scrollToItem(item, QtWidgets.QAbstractItemView.ScrollHint.EnsureVisible)
        self.table.blockSignals(False)

    def _on_select(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) == 1:
            self.rowChosen.emit(rows.pop())
