"""The size a model runs at, for a file that leaves its input's height and width open (many
exports mark them dynamic): two spin boxes and a button that reopens the model at that size."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from convviz.gui.i18n import tr
from convviz.model import limits


class RunSize(QtWidgets.QWidget):
    chosen = QtCore.Signal(int, int)  # (height, width): reopen the model at this size

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.height_box, self.width_box = (
            QtWidgets.QSpinBox(minimum=8, maximum=limits.MODEL_MAX_SIDE, singleStep=16, toolTip=tip)
            for tip in (tr("RunSize", "Height the model runs at"), tr("RunSize", "Width the model runs at"))
        )
        self.apply = QtWidgets.QPushButton(
            tr("RunSize", "Apply"),
            toolTip=tr("RunSize", "The file leaves the input size open: reopen the model at this height × width"),
        )
        self.apply.clicked.connect(lambda: self.chosen.emit(self.height_box.value(), self.width_box.value()))
        for box in (self.height_box, self.width_box):
            box.lineEdit().returnPressed.connect(self.apply.click)
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.height_box)
        row.addWidget(QtWidgets.QLabel("×"))
        row.addWidget(self.width_box)
        row.addWidget(self.apply)

    def show_size(self, hw: tuple[int, int]) -> None:
        for box, value in zip((self.height_box, self.width_box), hw, strict=True):
            with QtCore.QSignalBlocker(box):
                box.setValue(value)
