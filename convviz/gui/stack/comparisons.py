"""Live cost comparisons for the user's own numbers: standard vs depthwise-separable, 1×1
bottleneck, stacked 3×3, Inception block (all figures from engine summaries). The numbers and
their costs live in a ``ComparisonsModel`` (costs computed off the GUI thread); this shows them."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from convviz.gui.stack.busy_note import BusyNote
from convviz.model.teaching.comparisons_model import ComparisonsModel

# name -> (label, maximum, tooltip). Maxima keep the random weights the engine builds small.
FIELDS = {
    "in_channels": ("in channels", 256, "Channels of the input maps"),
    "out_channels": ("out channels", 256, "Channels the layer produces"),
    "size": ("size H=W", 224, "Height and width of the input maps ('same' padding keeps them)"),
    "kernel": ("kernel", 7, "Kernel size of the big convolution"),
    "bottleneck": ("bottleneck", 256, "Channels after the 1×1 bottleneck"),
    "inc_1x1": ("inc. 1×1", 256, "Inception: filters of the 1×1 branch"),
    "inc_3x3_reduce": ("inc. 3×3 reduce", 256, "Inception: 1×1 filters before the 3×3"),
    "inc_3x3": ("inc. 3×3", 256, "Inception: filters of the 3×3 branch"),
    "inc_5x5_reduce": ("inc. 5×5 reduce", 256, "Inception: 1×1 filters before the 5×5"),
    "inc_5x5": ("inc. 5×5", 256, "Inception: filters of the 5×5 branch"),
    "inc_pool_proj": ("inc. pool proj", 256, "Inception: 1×1 filters after the 3×3 max pool"),
}
HEADERS = ["Design", "Output shape", "Params", "Mult-adds", "vs first", "RF"]


class ComparisonsWidget(QtWidgets.QWidget):
    def __init__(self, model: ComparisonsModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        grid = QtWidgets.QGridLayout()
        self.spins: dict[str, QtWidgets.QSpinBox] = {}
        for i, (name, (label, hi, tip)) in enumerate(FIELDS.items()):
            spin = QtWidgets.QSpinBox(minimum=1, maximum=hi, value=getattr(model.numbers, name), toolTip=tip)
            spin.valueChanged.connect(lambda v, n=name: self.set_number(n, v))
            self.spins[name] = spin
            grid.addWidget(QtWidgets.QLabel(label, toolTip=tip), i // 4, 2 * (i % 4))
            grid.addWidget(spin, i // 4, 2 * (i % 4) + 1)
        self.bias_check = QtWidgets.QCheckBox(
            "bias", checked=model.numbers.bias, toolTip="Count one bias per filter (textbook figures omit it)"
        )
        self.bias_check.toggled.connect(lambda v: self.set_number("bias", bool(v)))
        grid.addWidget(self.bias_check, 2, 6)
        self.table = QtWidgets.QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setToolTip(
            "Parameters and multiply-adds per design; 'vs first' divides by the first row "
            "of each group. RF = receptive field in input pixels."
        )
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = BusyNote("Shown while the costs of new numbers are being computed")
        grid.addWidget(self.note, 2, 7)
        v = QtWidgets.QVBoxLayout(self)
        v.addLayout(grid)
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
            head = QtWidgets.QTableWidgetItem(comp.title)
            head.setFont(bold)
            head.setToolTip(comp.note)
            head.setBackground(QtGui.QColor("#eef2f8"))
            self.table.setItem(r, 0, head)
            self.table.setSpan(r, 0, 1, len(HEADERS))
            r += 1
            first = comp.variants[0]
            for var in comp.variants:
                ratio = f"{var.mult_adds / first.mult_adds:.2f}×" if first.mult_adds else ""
                values = [
                    "  " + var.label,
                    str(var.output_shape),
                    f"{var.params:,}",
                    f"{var.mult_adds:,}",
                    ratio,
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
