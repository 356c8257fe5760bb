"""The stepper tab: chooses the input, rebuilds the traces when the app state changes, and
hosts the forward, backward and learning pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from convviz.model.stepper import SOURCES, StepperInput, build_input

from .backward_panel import BackwardPanel
from .forward_panel import ForwardPanel
from .learn_panel import LearnPanel


class StepperWidget(QWidget):
    def __init__(self, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setup: StepperInput | None = None
        self._stale = False
        self.source_combo = QComboBox(
            toolTip="What the stepper walks over: a crop of the gray image (centred, or "
            "around the output cell pinned in the explorer), tiny digits where every "
            "number is legible, or the whole image"
        )
        for key, label in SOURCES:
            self.source_combo.addItem(label, key)
        self.source_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows belong to the stepper
        self.source_combo.currentIndexChanged.connect(self.rebuild)
        self.note = QLabel(toolTip="Input, kernel and layer being stepped (from the app's settings)")
        top = QHBoxLayout()
        top.addWidget(QLabel("input:"))
        top.addWidget(self.source_combo)
        top.addWidget(self.note, 1)
        self.forward = ForwardPanel()
        self.backward = BackwardPanel()
        self.learn = LearnPanel(state)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.forward, "Forward")
        self.tabs.addTab(self.backward, "Backward")
        self.tabs.addTab(self.learn, "Learn a kernel")
        for i, tip in enumerate(
            (
                "Step through the forward pass",
                "Step the gradients back through the layer",
                "Gradient descent toward a target kernel",
            )
        ):
            self.tabs.setTabToolTip(i, tip)
        self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i).setFocus())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        state.changed.connect(self._on_state)
        state.selection.changed.connect(self._on_selection)
        self.rebuild()

    @property
    def source(self) -> str:
        return self.source_combo.currentData()

    def _on_state(self, part: str) -> None:
        # Hidden (another tab in front): rebuild when shown, so kernel painting elsewhere stays fast.
        if self.isVisible():
            self.rebuild()
        else:
            self._stale = True

    def _on_selection(self, what: str) -> None:
        if what == "pinned" and self.source == "pinned12":
            self._on_state("selection")

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    def rebuild(self) -> None:
        """New traces from the current image, kernel and layer; an impossible layer is explained."""
        self._stale = False
        try:
            setup = build_input(self.state, self.source)
            self.forward.set_input(setup)
            self.backward.set_input(setup)
        except ValueError as error:
            self.note.setText(f"<span style='color:#d04040'>cannot step this layer: {error}</span>")
            self.forward.setEnabled(False)
            self.backward.setEnabled(False)
            return
        self.setup = setup
        self.forward.setEnabled(True)
        self.backward.setEnabled(True)
        h, w = setup.x.shape
        kh, kw = setup.kernel.shape
        extra = f" ({setup.note})" if setup.note else ""
        self.note.setText(
            f"{h}×{w} gray input, filter {self.state.bank.current + 1} ({kh}×{kw}), "
            f"bias {setup.bias:.3g}, {setup.spec.activation}, pool {setup.spec.pool}{extra}"
        )
