"""The layer-stack tab: editor on the left; feature maps, summary, comparisons, transposed
convolution and dropout explanations on the right. Follows the app's input image if given."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from convviz.model.stack import StackModel

from .comparisons import ComparisonsWidget
from .dropout_view import DropoutWidget
from .feature_grid import FeatureGridWidget
from .stack_editor import StackEditorWidget
from .summary_table import SummaryTableWidget
from .transpose_explain import TransposeExplainWidget


class StackWidget(QtWidgets.QWidget):
    def __init__(
        self, state: Any = None, model: StackModel | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        image = None if state is None else state.input.image
        self.stack = model if model is not None else StackModel(image)
        self.state = state
        self.editor = StackEditorWidget(self.stack)
        self.grid = FeatureGridWidget(self.stack)
        self.table = SummaryTableWidget(self.stack)
        self.comparisons = ComparisonsWidget()
        self.transpose = TransposeExplainWidget()
        self.dropout = DropoutWidget()

        maps = QtWidgets.QSplitter(QtCore.Qt.Vertical)
        maps.addWidget(self.grid)
        maps.addWidget(self.table)
        maps.setStretchFactor(0, 3)
        maps.setStretchFactor(1, 2)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setToolTip("Views of the stack and explanations")
        self.tabs.addTab(maps, "Feature maps && summary")
        self.tabs.addTab(self.comparisons, "Compare designs")
        self.tabs.addTab(self.transpose, "Transposed conv")
        self.tabs.addTab(self.dropout, "Dropout")
        for i, tip in enumerate(
            [
                "Every layer's output and the Keras-style summary",
                "Parameter and mult-add costs of common designs, for your numbers",
                "How a transposed convolution stamps the kernel, and why it is Cᵀ",
                "Which units dropout zeroes and how it rescales the rest",
            ]
        ):
            self.tabs.setTabToolTip(i, tip)
        split = QtWidgets.QSplitter(QtCore.Qt.Horizontal)
        split.addWidget(self.editor)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 900])
        QtWidgets.QVBoxLayout(self).addWidget(split)
        if state is not None:
            state.input.changed.connect(self._on_input)

    def set_colormap(self, name: str) -> None:
        """Draw the feature-map tiles in colour map ``name`` (the window's View → Colour map)."""
        self.grid.set_colormap(name)

    def _on_input(self, what: str = "image") -> None:
        if what == "image":
            self.stack.set_image(self.state.input.image)

    def closeEvent(self, event: Any) -> None:
        if self.state is not None:
            self.state.input.changed.disconnect(self._on_input)
        super().closeEvent(event)
