"""The stepper tab: chooses the input, rebuilds the traces when the app state changes (on a
worker thread), and hosts the forward, backward and learning pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from convviz.gui.stepper.backward_panel import BackwardPanel
from convviz.gui.stepper.forward_panel import ForwardPanel
from convviz.gui.stepper.learn_panel import LearnPanel
from convviz.model.latest_only import LatestOnlyWorker
from convviz.model.teaching import stepper_job
from convviz.model.teaching.painted_gradient import PaintedGradient
from convviz.model.teaching.stepper import SOURCES, StepperInput, take_source
from convviz.model.teaching.stepper_job import StepperPages, StepperRequest

# The pages follow a running camera at most twice a second: they are for reading numbers step
# by step, which a picture changing at camera rate would make impossible, and a rebuild of the
# full image's traces costs ~100 ms of a core the explorer's live maps need more.
LIVE_INTERVAL_MS = 500


class StepperWidget(QWidget):
    _delivered = Signal(object)  # StepperPages, emitted on the worker thread; queued to this one

    def __init__(self, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setup: StepperInput | None = None
        self._stale = False
        self._serial = 0  # of the newest change; a result for an older one is dropped
        self._shown = -1  # serial of the pages on screen
        self.dropped = 0  # results that arrived after a newer change (for tests and curiosity)
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
        self.busy_note = QLabel(
            "computing…", toolTip="The pages are being rebuilt; they show the last result meanwhile"
        )
        self.busy_note.setStyleSheet("color: #888")
        self.busy_note.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(QLabel("input:"))
        top.addWidget(self.source_combo)
        top.addWidget(self.note, 1)
        top.addWidget(self.busy_note)
        self.painted = PaintedGradient()
        self.forward = ForwardPanel()
        self.backward = BackwardPanel(self.painted)
        self.backward.settingsChanged.connect(self.rebuild)
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
        self.tabs.currentChanged.connect(self._on_page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._worker = LatestOnlyWorker(
            self._compute, self._delivered.emit, stepper_job.failed_pages, "convviz-stepper"
        )
        self._delivered.connect(self._on_delivered)
        # Coalesce bursts of changes (a preset touches several settings) into one request.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._submit)
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_INTERVAL_MS)
        self._live_timer.timeout.connect(self._follow_live)
        state.changed.connect(self._on_state)
        state.selection.changed.connect(self._on_selection)
        state.input.changed.connect(self._on_input)
        self.rebuild()

    @property
    def source(self) -> str:
        return self.source_combo.currentData()

    @property
    def up_to_date(self) -> bool:
        """The pages show the result of the latest change."""
        return self._shown == self._serial and not self._timer.isActive() and not self._stale

    @property
    def busy(self) -> bool:
        """A rebuild is asked for or running (the pages show the previous result meanwhile)."""
        return self._shown != self._serial or self._timer.isActive()

    def _on_state(self, part: str) -> None:
        # Hidden (another tab in front): rebuild when shown, so kernel painting elsewhere stays fast.
        if self.isVisible():
            self.rebuild()
        else:
            self._stale = True

    def _on_selection(self, what: str) -> None:
        if what == "pinned" and self.source == "pinned12":
            self._on_state("selection")

    def _on_input(self, what: str) -> None:
        if what != "live_frame":
            return  # the image or colour mode: the app state's "input" change covers it
        if self.state.input.live_frame is None:
            self._on_state("input")  # the camera stopped: back to the image
        elif not self.isVisible():
            self._stale = True
        elif not self._live_timer.isActive():
            self._live_timer.start()

    def _follow_live(self) -> None:
        """Rebuild on the newest frame unless the user is stepping, playing or scrubbing (the
        steps would jump under them) or reads the learn page; the next frame tries again."""
        if not self.isVisible() or self.tabs.currentWidget() is self.learn:
            self._stale = True
            return
        stepping = any(
            page.player.playing or page.transport.scrubber.isSliderDown() for page in (self.forward, self.backward)
        )
        if not stepping:
            self.rebuild(quiet=True)

    def _on_page(self, index: int) -> None:
        self.tabs.widget(index).setFocus()
        if self._stale and self.tabs.widget(index) is not self.learn:
            self.rebuild()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    def rebuild(self, quiet: bool = False) -> None:
        """New traces from the current input, kernel and layer, built on the worker; the pages
        keep the last result until then. ``quiet``: no "computing…" (live frames would flicker it)."""
        self._stale = False
        self._serial += 1
        self._timer.start()
        if not quiet:
            self.busy_note.setVisible(True)

    def _submit(self) -> None:
        backward = self.backward
        painted = self.painted.values if backward.kind == "painted" else None
        request = StepperRequest(
            self._serial,
            take_source(self.state, self.source),
            backward.kind,
            backward.target_name,
            painted,
            backward.player.position,
        )
        self._worker.submit(request)

    @staticmethod
    def _compute(request: StepperRequest) -> StepperPages:
        return stepper_job.compute_pages(request)  # looked up per call, so a test can stand in

    def _on_delivered(self, pages: StepperPages) -> None:
        if pages.serial != self._serial:
            self.dropped += 1
            return  # a newer change is on its way
        self._shown = pages.serial
        self.busy_note.setVisible(False)
        if not pages.ok:
            self.note.setText(f"<span style='color:#d04040'>cannot step this layer: {pages.error}</span>")
            self.forward.setEnabled(False)
            self.backward.setEnabled(False)
            return
        assert pages.setup is not None and pages.forward is not None and pages.backward is not None
        setup = self.setup = pages.setup
        self.forward.show_trace(pages.forward)
        self.backward.show_page(pages.serial, setup, pages.backward)
        self.forward.setEnabled(True)
        self.backward.setEnabled(True)
        h, w = setup.x.shape
        kh, kw = setup.kernel.shape
        extra = f" ({setup.note})" if setup.note else ""
        self.note.setText(
            f"{h}×{w} gray input, filter {pages.filter_index + 1} ({kh}×{kw}), "
            f"bias {setup.bias:.3g}, {setup.spec.activation}, pool {setup.spec.pool}{extra}"
        )

    def shutdown(self) -> None:
        """The window is closing: no worker may outlive it."""
        self._timer.stop()
        self._live_timer.stop()
        self.state.changed.disconnect(self._on_state)
        self.state.selection.changed.disconnect(self._on_selection)
        self.state.input.changed.disconnect(self._on_input)
        self._worker.shutdown()
        self.backward.shutdown()
        self.learn.shutdown()
