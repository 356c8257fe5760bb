"""The stepper tab: chooses the input, rebuilds the traces when the app state changes (on a
worker thread), and hosts the forward, backward and learning pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from convviz.gui.i18n import tr
from convviz.gui.stepper import formula
from convviz.gui.stepper.backward_panel import BackwardPanel
from convviz.gui.stepper.channel_bar import ChannelBar
from convviz.gui.stepper.forward_panel import ForwardPanel
from convviz.gui.stepper.learn_panel import LearnPanel
from convviz.model.latest_only import LatestOnlyWorker
from convviz.model.teaching import stepper_job
from convviz.model.teaching.painted_gradient import PaintedGradient
from convviz.model.teaching.stepper import SOURCES, StepperInput, take_source
from convviz.model.teaching.stepper_job import StepperPages, StepperRequest
from convviz.model.teaching.traversal import ORDERS, order_tip

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
            toolTip=tr(
                "StepperWidget",
                "What the stepper walks over: a crop of the layer's input, gray or RGB as in the "
                "explorer (centred, or around the output cell pinned in the explorer), tiny digits where "
                "every number is legible, or the whole image",
            )
        )
        for key, label in SOURCES:
            self.source_combo.addItem(label, key)
        self.source_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows belong to the stepper
        self.source_combo.currentIndexChanged.connect(self.rebuild)
        # Kept for the session (the stepper saves no preferences): both pages follow it.
        self.order_combo = QComboBox(toolTip=order_tip())
        for key, label in ORDERS:
            self.order_combo.addItem(label, key)
        self.order_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows belong to the stepper
        self.order_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # whole words
        self.order_combo.currentIndexChanged.connect(self._on_order)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the tab
        self.channel_bar = ChannelBar()
        self.channel_bar.setVisible(False)  # RGB only
        self.busy_note = QLabel(
            tr("StepperWidget", "computing…"),
            toolTip=tr("StepperWidget", "The pages are being rebuilt; they show the last result meanwhile"),
        )
        self.busy_note.setStyleSheet("color: #888")
        self.busy_note.setVisible(False)
        top = QHBoxLayout()
        self.source_label = QLabel(tr("StepperWidget", "input:"))
        top.addWidget(self.source_label)
        top.addWidget(self.source_combo)
        self.order_label = QLabel(tr("StepperWidget", "order:"))
        top.addWidget(self.order_label)
        top.addWidget(self.order_combo)
        top.addWidget(self.channel_bar)
        top.addWidget(self.note, 1)
        top.addWidget(self.busy_note)
        self.painted = PaintedGradient()
        self.forward = ForwardPanel()
        self.backward = BackwardPanel(self.painted)
        self.backward.settingsChanged.connect(self.rebuild)
        self.learn = LearnPanel(state)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.forward, tr("StepperWidget", "Forward"))
        self.tabs.addTab(self.backward, tr("StepperWidget", "Backward"))
        self.tabs.addTab(self.learn, tr("StepperWidget", "Learn a kernel"))
        for i, tip in enumerate(
            (
                tr("StepperWidget", "Step through the forward pass"),
                tr("StepperWidget", "Step the gradients back through the layer"),
                tr("StepperWidget", "Gradient descent toward a target kernel"),
            )
        ):
            self.tabs.setTabToolTip(i, tip)
        self.tabs.currentChanged.connect(self._on_page)
        self.channel_bar.channelChanged.connect(self._on_channel)
        self.channel_shortcut = QShortcut(QKeySequence("C"), self)
        self.channel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.channel_shortcut.activated.connect(self._cycle_channel)
        self._pin_key: tuple | None = None  # the pin the forward page last jumped to
        self._header = self._header_tip = ""
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
        if not self.state.input.is_live:
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
        self._show_header()
        if self._stale and self.tabs.widget(index) is not self.learn:
            self.rebuild()

    @property
    def order(self) -> str:
        return self.order_combo.currentData()

    def _on_order(self) -> None:
        """A new traversal order: the same traces, visited in another order (nothing to rebuild)."""
        self.forward.set_order(self.order)
        self.backward.set_order(self.order)

    def _on_channel(self, c: int) -> None:
        self.forward.set_channel(c)
        self.backward.set_channel(c)

    def _cycle_channel(self) -> None:
        if self.channel_bar.isVisible() and self.channel_bar.isEnabled():
            self.channel_bar.cycle()

    def _show_header(self) -> None:
        """The top line says what the shown page works on: the stepped input, or the learner's own."""
        learning = self.tabs.currentWidget() is self.learn
        for w in (self.source_label, self.source_combo, self.order_label, self.order_combo):
            w.setEnabled(not learning)
        self.channel_bar.setVisible(not learning and self.setup is not None and self.setup.color == "RGB")
        if learning:
            self.learn.show_ready()
            words = self.learn.input_words()
            self.note.setText(
                tr(
                    "StepperWidget", "<i>Learn a kernel</i> learns on its own input: {0} (not the input chosen here)"
                ).format(words)
            )
            self.note.setToolTip(
                tr(
                    "StepperWidget",
                    "The learner fits one kernel and a bias by gradient descent on the centre crop of the "
                    "image (at most 64×64), converted to gray (BT.601 luma) whatever the colour mode.",
                )
            )
        else:
            self.note.setText(self._header)
            self.note.setToolTip(self._header_tip)

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
        source = take_source(self.state, self.source)
        backward.follow_default_target(source.kernel)
        request = StepperRequest(
            self._serial,
            source,
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
            self._header = tr("StepperWidget", "cannot step this layer: {0}").format(pages.error)
            self._header = f"<span style='color:#d04040'>{self._header}</span>"
            self._header_tip = pages.error
            self._show_header()
            self.forward.setEnabled(False)
            self.backward.setEnabled(False)
            return
        assert pages.setup is not None and pages.forward is not None and pages.backward is not None
        setup = self.setup = pages.setup
        pin_key = None if pages.pinned is None else (pages.pinned.explorer, pages.pinned.yx)
        jump = pin_key is not None and pin_key != self._pin_key  # a new pin: show its step
        self._pin_key = pin_key
        self.forward.show_trace(pages.forward, pages.pinned, jump)
        self.backward.show_page(pages.serial, setup, pages.backward)
        self.forward.setEnabled(True)
        self.backward.setEnabled(True)
        self._header, self._header_tip = header(setup, pages)
        self._show_header()

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


def header(setup: StepperInput, pages: StepperPages) -> tuple[str, str]:
    """The top line (short: it shares a row with the controls) and its tooltip (in full)."""
    h, w = setup.hw
    kh, kw = setup.kernel_hw
    spec = setup.spec
    rgb = setup.color == "RGB"
    if rgb:
        if setup.shared:
            kernel = tr("StepperWidget", "3×{0}×{1} kernel (the same on R, G, B)").format(kh, kw)
        else:
            kernel = tr("StepperWidget", "3×{0}×{1} kernel (one per channel)").format(kh, kw)
    elif setup.shared:
        kernel = tr("StepperWidget", "{0}×{1} kernel").format(kh, kw)
    else:
        kernel = tr("StepperWidget", "{0}×{1} kernel (R + G + B summed)").format(kh, kw)
    act = tr("StepperWidget", "no activation") if spec.activation == "none" else spec.activation
    if spec.pool == "none":
        pool = tr("StepperWidget", "no pooling")
    else:
        pool = tr("StepperWidget", "{0} pool {1}×{1}").format(formula.pool_word(spec.pool), spec.pool_size)
    size = tr("StepperWidget", "{0}×{1} RGB") if rgb else tr("StepperWidget", "{0}×{1} gray")
    parts = [
        f"<b>{size.format(h, w)}</b>",
        tr("StepperWidget", "filter {0}: {1}").format(setup.filter_index + 1, kernel),
        tr("StepperWidget", "bias {0}").format(formula.number(setup.bias, 3)),
        act,
        pool,
    ]
    pin_tip = ""
    if pages.pinned is not None:
        cell = pages.pinned.explorer
        yx = formula.cell(pages.pinned.yx)
        if pages.pinned.stage.value == "pool":
            here = tr("StepperWidget", "pinned ({0}, {1}) = pooled {2} here").format(cell.y, cell.x, yx)
        else:
            here = tr("StepperWidget", "pinned ({0}, {1}) = output {2} here").format(cell.y, cell.x, yx)
        parts.append(f"<span style='color:#b58900'>{here}</span>")
        pin_tip = "\n" + tr(
            "StepperWidget",
            "The explorer's pinned {0} cell (row {1}, col {2}) of map {3} is {4} here: its window reads the "
            "same pixels, so its value is the explorer's (framed in yellow).",
        ).format(cell.stage.value, cell.y, cell.x, cell.filter + 1, yx)
    elif pages.pin_note:
        parts.append(f"<span style='color:#d04040'>{pages.pin_note}</span>")
    if setup.note:
        parts.append(setup.note)
    if rgb:
        channels = tr(
            "StepperWidget",
            "the three channels R, G and B, each with its slice of the kernel; the channel sums add up, then the bias",
        )
    else:
        channels = tr("StepperWidget", "the gray (BT.601 luma) input")
    tip = (
        tr(
            "StepperWidget",
            "Input: {0}, {1}×{2}, {3}, as the explorer computes it in this colour mode. "
            "Filter {4} of the bank, {5}; bias {6}; activation {7}; {8}.",
        ).format(setup.description, h, w, channels, setup.filter_index + 1, kernel, f"{setup.bias:.6g}", act, pool)
        + pin_tip
    )
    return " · ".join(parts), tip
