"""The stack as a list: one line per layer with its output shape; drag to reorder; the layer
that cannot take its input is shown in red with the reason as its tooltip."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from convviz.gui.i18n import tr
from convviz.model.stack.layers import spec
from convviz.model.stack.model import StackModel


class LayerListWidget(QtWidgets.QListWidget):
    def __init__(self, model: StackModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = model
        self.setToolTip(
            tr("LayerListWidget", "Layers in order, input at the top. Drag a layer to move it; select it to edit it.")
        )
        self.setDragDropMode(QtWidgets.QAbstractItemView.InternalMove)
        self.setDefaultDropAction(QtCore.Qt.MoveAction)
        self.currentRowChanged.connect(self._on_row)
        self.model().rowsMoved.connect(self._on_rows_moved)
        model.changed.connect(self._on_model)
        self.refresh()

    def _on_model(self, part: str) -> None:
        if part == "selection":
            self._show_selection()
        elif part != "image":  # a new picture of the same shape changes no row
            self.refresh()

    def refresh(self) -> None:
        res = self.stack.result
        self.blockSignals(True)
        self.clear()
        for i, (cfg, row) in enumerate(zip(self.stack.configs, res.rows, strict=False)):
            shape = "" if row.output_shape is None else f"  → {row.output_shape}"
            item = QtWidgets.QListWidgetItem(f"{i + 1}. {row.name}{shape}")  # the name the table and tiles use
            params = ", ".join(f"{k}={v}" for k, v in cfg.params.items())
            item.setToolTip(row.error or f"{row.name} ({spec(cfg.kind).tip})" + (f": {params}" if params else ""))
            if row.error:
                item.setForeground(QtGui.QColor("#c00000"))
                item.setText(f"{i + 1}. {row.name}  ⚠ {row.error}")
            self.addItem(item)
        self.blockSignals(False)
        self._show_selection()

    def _show_selection(self) -> None:
        self.blockSignals(True)
        self.setCurrentRow(-1 if self.stack.selected is None else self.stack.selected)
        self.blockSignals(False)

    def _on_row(self, row: int) -> None:
        with self.stack.changed.blocked(self._on_model):
            self.stack.select(row if row >= 0 else None)

    def _on_rows_moved(
        self, parent: QtCore.QModelIndex, start: int, end: int, dest_parent: QtCore.QModelIndex, dest: int
    ) -> None:
        # Qt reports the slot before which the row lands; after removal that is one less below.
        new = dest - 1 if dest > start else dest
        QtCore.QTimer.singleShot(0, lambda: self.stack.move(start, new))
