"""Live cost comparisons for the user's own numbers: standard vs depthwise-separable, 1×1
bottleneck, stacked 3×3, Inception block (all figures from engine summaries). The numbers and
their costs live in a ``ComparisonsModel`` (costs computed off the GUI thread); this shows them."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from convviz.gui.i18n import tr
from convviz.gui.stack.busy_note import BusyNote
from convviz.model.teaching.comparisons_model import ComparisonsModel

# name -> (label, maximum, tooltip), the texts translated where shown. Maxima keep the random
# weights the engine builds small.
LAYER_FIELDS = {
    "in_channels": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "input channels"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Channels of the input maps"),
    ),
    "out_channels": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "output channels"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Channels the layer produces"),
    ),
    "size": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "map size (H = W)"),
        224,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Height and width of the input maps ('same' padding keeps them)"),
    ),
    "kernel": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "kernel size"),
        7,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Kernel size of the big convolution"),
    ),
    "bottleneck": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "bottleneck channels"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Channels the 1×1 bottleneck shrinks the input to"),
    ),
}
INCEPTION_FIELDS = {
    "inc_1x1": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "1×1 branch: filters"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Inception branch 1: filters of its 1×1 conv"),
    ),
    "inc_3x3_reduce": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "3×3 branch: 1×1 reduces to"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Inception branch 2: 1×1 filters before its 3×3 conv"),
    ),
    "inc_3x3": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "3×3 branch: 3×3 filters"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Inception branch 2: filters of its 3×3 conv"),
    ),
    "inc_5x5_reduce": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "5×5 branch: 1×1 reduces to"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Inception branch 3: 1×1 filters before its 5×5 conv"),
    ),
    "inc_5x5": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "5×5 branch: 5×5 filters"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Inception branch 3: filters of its 5×5 conv"),
    ),
    "inc_pool_proj": (
        QT_TRANSLATE_NOOP("ComparisonsWidget", "pool branch: 1×1 filters"),
        256,
        QT_TRANSLATE_NOOP("ComparisonsWidget", "Inception branch 4: 1×1 filters after its 3×3 max pool"),
    ),
}
FIELDS = {**LAYER_FIELDS, **INCEPTION_FIELDS}
HEADERS = [
    QT_TRANSLATE_NOOP("ComparisonsWidget", "Design"),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "Output shape"),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "Params"),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "Mult-adds"),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "× baseline"),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "RF"),
]
HEADER_TIPS = [
    QT_TRANSLATE_NOOP("ComparisonsWidget", "The design; the first row of each group is its baseline"),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "Per-sample output (C, H, W)"),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "Learned weights (and biases if 'bias' is ticked)"),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "Multiply-adds for one input"),
    QT_TRANSLATE_NOOP(
        "ComparisonsWidget",
        "Mult-adds ÷ the baseline's (the first row of the group: the plain convolution the design replaces)",
    ),
    QT_TRANSLATE_NOOP("ComparisonsWidget", "Receptive field in input pixels"),
]


def _fields(title: str, fields: dict, numbers: object, spins: dict, slot) -> QtWidgets.QGroupBox:
    box = QtWidgets.QGroupBox(title)
    grid = QtWidgets.QGridLayout(box)
    for i, (name, (label, hi, tip)) in enumerate(fields.items()):
        spin = QtWidgets.QSpinBox(
            minimum=1, maximum=hi, value=getattr(numbers, name), toolTip=tr("ComparisonsWidget", tip)
        )
        spin.valueChanged.connect(lambda v, n=name: slot(n, v))
        spins[name] = spin
        grid.addWidget(
            QtWidgets.QLabel(tr("ComparisonsWidget", label), toolTip=tr("ComparisonsWidget", tip)), i // 3, 2 * (i % 3)
        )
        grid.addWidget(spin, i // 3, 2 * (i % 3) + 1)
    for c in range(3):
        grid.setColumnStretch(2 * c + 1, 1)
    return box


class ComparisonsWidget(QtWidgets.QWidget):
    def __init__(self, model: ComparisonsModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.spins: dict[str, QtWidgets.QSpinBox] = {}
        layer = _fields(tr("ComparisonsWidget", "Your layer"), LAYER_FIELDS, model.numbers, self.spins, self.set_number)
        self.bias_check = QtWidgets.QCheckBox(
            tr("ComparisonsWidget", "count biases"),
            checked=model.numbers.bias,
            toolTip=tr("ComparisonsWidget", "Count one bias per filter (textbook figures omit it)"),
        )
        self.bias_check.toggled.connect(lambda v: self.set_number("bias", bool(v)))
        layer.layout().addWidget(self.bias_check, 1, 4, 1, 2)
        inception = _fields(
            tr("ComparisonsWidget", "Inception block (GoogLeNet's 3a by default)"),
            INCEPTION_FIELDS,
            model.numbers,
            self.spins,
            self.set_number,
        )
        self.table = QtWidgets.QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr("ComparisonsWidget", h) for h in HEADERS])
        for i, tip in enumerate(HEADER_TIPS):
            self.table.horizontalHeaderItem(i).setToolTip(tr("ComparisonsWidget", tip))
        self.table.setToolTip(
            tr(
                "ComparisonsWidget",
                "Parameters and multiply-adds per design. Each group starts with its baseline, the plain "
                "convolution the design replaces; '× baseline' divides the mult-adds by the baseline's. "
                "RF = receptive field in input pixels.",
            )
        )
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # each column as wide as its numbers, none stretched
        self.note = BusyNote(tr("ComparisonsWidget", "Shown while the costs of new numbers are being computed"))
        v = QtWidgets.QVBoxLayout(self)
        v.addWidget(layer)
        v.addWidget(inception)
        v.addWidget(self.note)
        v.addWidget(self.table, 1)
        model.changed.connect(self._on_model)
        self._on_model("comparisons")

    def set_number(self, name: str, value: int | bool) -> None:
        with self.model.changed.blocked(self._on_model):  # the control already shows it
            self.model.set_numbers(**{name: value})
        self._show_note()

    def set_numbers(self, **values: int) -> None:
        """Take numbers from elsewhere (e.g. the selected layer); the spin boxes follow."""
        self.model.set_numbers(**values)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self.model.ensure_computed()

    def _on_model(self, what: str) -> None:
        if what == "numbers":
            for name, spin in self.spins.items():
                spin.blockSignals(True)
                spin.setValue(getattr(self.model.numbers, name))
                spin.blockSignals(False)
            self.bias_check.blockSignals(True)
            self.bias_check.setChecked(self.model.numbers.bias)
            self.bias_check.blockSignals(False)
        elif what == "comparisons":
            self.refresh()
        self._show_note()

    def _show_note(self) -> None:
        self.note.show_state(self.model.busy, self.model.error)

    def refresh(self) -> None:
        """Show the costs for the newest numbers (kept as they are until those have arrived)."""
        comps = self.model.comparisons
        if comps is None:
            return
        rows = sum(len(c.variants) + 1 for c in comps)
        self.table.clearSpans()
        self.table.setRowCount(rows)
        bold = QtGui.QFont(self.font())
        bold.setBold(True)
        r = 0
        for comp in comps:
            head = QtWidgets.QTableWidgetItem(
                tr("ComparisonsWidget", "{0}   (× baseline: relative to its first row)").format(comp.title)
            )
            head.setFont(bold)
            head.setToolTip(comp.note)
            head.setBackground(QtGui.QColor("#eef2f8"))
            self.table.setItem(r, 0, head)
            self.table.setSpan(r, 0, 1, len(HEADERS))
            r += 1
            for k, var in enumerate(comp.variants):
                ratio = comp.ratio(var)
                values = [
                    "  " + (tr("ComparisonsWidget", "baseline: {0}").format(var.label) if k == 0 else var.label),
                    str(var.output_shape),
                    f"{var.params:,}",
                    f"{var.mult_adds:,}",
                    "" if ratio is None else f"{ratio:.2f}×",
                    f"{var.receptive_field}×{var.receptive_field}",
                ]
                for c, text in enumerate(values):
                    item = QtWidgets.QTableWidgetItem(text)
                    item.setToolTip(comp.note)
                    if c >= 2:
                        item.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
                    self.table.setItem(r, c, item)
                r += 1
        self.table.resizeColumnsToContents()
        # the group titles span the row: the Design column is as wide as the designs' labels
        metrics = QtGui.QFontMetrics(self.table.font())
        labels = [self.table.item(i, 0).text() for i in range(rows) if self.table.columnSpan(i, 0) == 1]
        self.table.setColumnWidth(0, max(metrics.horizontalAdvance(t) for t in labels) + 24)
