"""Backward stepping: dL/dy routed through pooling and the activation, then each output cell's
gradient spread into dW (× its window), dX (× the kernel) and db, with running totals.

The page draws what the stepper's worker built (``BackwardPage``); the painted gradient is a
model object (``PaintedGradient``) this page views and edits; the Check runs on its own worker.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from convviz.engine.kernels import PRESETS
from convviz.engine.trace import BackwardStep, BackwardTrace
from convviz.gui import colormaps
from convviz.gui.stepper.closed_form_panel import ClosedFormPanel
from convviz.gui.stepper.deferred_page import DeferredPage
from convviz.gui.stepper.matrix_view import MatrixView
from convviz.gui.stepper.transport_bar import TransportBar
from convviz.model.latest_only import LatestOnlyWorker
from convviz.model.teaching.painted_gradient import PaintedGradient
from convviz.model.teaching.stepper import GRADIENTS, Player, StepperInput
from convviz.model.teaching.stepper_job import (
    BackwardPage,
    CheckReply,
    CheckRequest,
    failed_check,
    run_check,
    shown_step,
)


class BackwardPanel(DeferredPage):
    settingsChanged = Signal()  # the gradient's kind, target or painting changed: rebuild the page
    _checked = Signal(object)  # CheckReply, emitted on the check's worker thread; queued to this one

    def __init__(self, painted: PaintedGradient | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = Player()
        self.painted = painted if painted is not None else PaintedGradient()
        self.serial = -1  # of the pages shown (a check answers for one)
        self.setup: StepperInput | None = None
        self.page: BackwardPage | None = None
        self.last_check = None
        self._undrawn = False  # a page arrived while this one was hidden
        self._check_worker = LatestOnlyWorker(run_check, self._checked.emit, failed_check, name="convviz-check")
        self._checked.connect(self._on_checked)
        self.gradient_combo = QComboBox(toolTip="Where the upstream gradient dL/dy comes from")
        for key, label in GRADIENTS:
            self.gradient_combo.addItem(label, key)
        self.target_combo = QComboBox(toolTip="Target kernel: t is the layer's output with this preset")
        self.target_combo.addItems(sorted(PRESETS))
        self.target_combo.setCurrentText("sobel_x")
        self.clear_button = QPushButton("Clear paint", toolTip="Set every painted gradient back to 0")
        for w in (self.gradient_combo, self.target_combo, self.clear_button):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep arrow keys and Space for stepping
        self.gradient_combo.currentIndexChanged.connect(self._on_settings)
        self.target_combo.currentIndexChanged.connect(self._on_settings)
        self.clear_button.clicked.connect(self.clear_paint)
        self.painted.changed.connect(self._on_painted)
        top = QHBoxLayout()
        for w in (QLabel("upstream gradient:"), self.gradient_combo, self.target_combo, self.clear_button):
            top.addWidget(w)
        top.addStretch(1)
        self.transport = TransportBar(self.player, host=self)
        self.explain = QLabel(toolTip="What this step does")
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.explain.setWordWrap(True)
        self.explain.setMinimumHeight(44)
        self.dy_view = MatrixView(
            "dL/dy (upstream)",
            tip="The gradient arriving at the layer's output; in 'painted' mode click a cell to cycle 0 → +1 → −1.",
        )
        self.da_view = MatrixView(
            "dL/da (after pooling)",
            tip="Max pooling routes each gradient to its arg-max; average pooling shares it evenly.",
        )
        self.mask_view = MatrixView(
            "activation′(z)",
            signed=False,
            tip="The activation's slope at each pre-activation; for ReLU the mask (1 where z > 0).",
        )
        self.dz_view = MatrixView("dL/dz", tip="dL/da × activation′(z): the gradient each conv output cell spreads.")
        self.input_view = MatrixView("input (padded)", signed=False, tip="The window of the cell being spread")
        self.increment_view = MatrixView("dZ[y,x] × window → dW", tip="What this step adds to dW")
        self.dw_view = MatrixView("dW (running)", tip="Accumulated gradient of the kernel")
        self.dx_view = MatrixView(
            "dX (running)", tip="Accumulated gradient of the input: dZ[y,x] × kernel added under the window each step"
        )
        self.closed = ClosedFormPanel()
        self.closed.check_button.clicked.connect(self.run_check)
        self.dy_view.cellClicked.connect(self.paint)
        grid = QGridLayout()
        for i, view in enumerate((self.dy_view, self.da_view, self.mask_view, self.dz_view)):
            grid.addWidget(view, 0, i)
        for i, view in enumerate((self.input_view, self.increment_view, self.dw_view, self.dx_view)):
            grid.addWidget(view, 1, i)
        grid.addWidget(self.closed, 2, 0, 1, 4)
        for i in range(4):
            grid.setColumnStretch(i, 1)
        for i in range(3):
            grid.setRowStretch(i, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.transport)
        layout.addWidget(self.explain)
        layout.addLayout(grid, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.player.changed.connect(self.show_step)

    # ---- building ----------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.gradient_combo.currentData()

    @property
    def target_name(self) -> str:
        return self.target_combo.currentText()

    @property
    def trace(self) -> BackwardTrace | None:
        return None if self.page is None else self.page.trace

    @property
    def final(self) -> BackwardStep | None:
        return None if self.page is None else self.page.final

    def _enable(self) -> None:
        self.target_combo.setEnabled(self.kind == "loss")
        self.clear_button.setEnabled(self.kind == "painted")

    def _on_settings(self) -> None:
        self._enable()
        self.settingsChanged.emit()

    def show_page(self, serial: int, setup: StepperInput, page: BackwardPage) -> None:
        """Pages built on the stepper's worker for request ``serial``: draw them in one go."""
        self.serial, self.setup, self.page = serial, setup, page
        self.painted.fit(page.trace.grad_output.shape)  # a new output size starts the painting over
        self.loss = page.loss
        self.closed.check_label.setText("")
        self.draw_soon()

    def _draw(self) -> None:
        self._undrawn = False
        page = self.page
        assert page is not None
        self._enable()
        t = page.trace
        run = t.run
        self.levels = {
            name: colormaps.levels_for(a)
            for name, a in (
                ("dy", t.grad_output),
                ("da", t.d_activated),
                ("dz", t.d_pre),
                ("dw", page.final.d_weight[0]),
                ("dx", page.final.d_input[0]),
            )
        }
        self.origin = (-run.geo.pads[0][0], -run.geo.pads[1][0])
        levels = (min(0.0, float(run.padded.min())), float(run.padded.max()) or 1.0)
        self.input_view.set_matrix(run.padded[0], levels, self.origin)
        self.input_view.set_padding(run.geo.pads, run.x.shape[1:])
        self.dy_view.set_matrix(t.grad_output, self.levels["dy"])
        self.da_view.setVisible(run.pooled is not None)
        self.player.set_length(len(t))
        self.transport.refresh()

    def paint(self, r: int, c: int) -> None:
        if self.kind == "painted":
            self.painted.cycle(r, c)

    def clear_paint(self) -> None:
        self.painted.clear()

    def _on_painted(self) -> None:
        """Show the painting at once (it is light); the page's totals follow from the worker."""
        if self.kind != "painted":
            return
        values = self.painted.values
        if self.page is not None and values.shape == self.page.trace.grad_output.shape:
            self.dy_view.set_matrix(values, colormaps.levels_for(values))
        self.settingsChanged.emit()

    # ---- showing a step ----------------------------------------------------------------------
    def show_step(self, k: int) -> None:
        if self.page is None:
            return
        step = shown_step(self.page, k)
        run = self.page.trace.run
        nan_z = np.full(run.z.shape, np.nan)
        self.da_view.set_matrix(step.d_activated, self.levels["dy"])
        conv_started = step.d_pre_activation is not None
        slope = self.page.slope
        self.mask_view.set_matrix(slope if conv_started else nan_z, (0.0, max(1.0, float(slope.max()))))
        self.dz_view.set_matrix(step.d_pre_activation if conv_started else nan_z, self.levels["dz"])
        self.dw_view.set_matrix(step.d_weight[0], self.levels["dw"])
        self.dx_view.set_matrix(step.d_input[0], self.levels["dx"])
        self._mark(step)
        at_end = k == len(self.trace) - 1
        self.closed.show_forms(self.page.forms if at_end else None)

    def _mark(self, step: BackwardStep) -> None:
        run = self.trace.run
        cell = [step.cell] if step.cell else []
        pool, conv = step.phase == "pool", step.phase == "conv"
        self.dy_view.set_marks("current", cell if pool or (conv and run.pooled is None) else [])
        self.da_view.set_marks(
            "routed", step.routed_to if pool else [], symbol="star", color="#19c37d", size=0.6, fill=True
        )
        self.dz_view.set_marks("current", cell if conv else [])
        self.dx_view.set_marks("routed", step.routed_to if conv else [])
        loss = f" L = {self.loss:.6g}." if self.loss is not None else ""
        if conv:
            rows, cols, _ = run.window(*step.cell)
            self.input_view.set_box((int(rows[0]), int(rows[-1])), (int(cols[0]), int(cols[-1])))
            self.input_view.set_taps([(int(r), int(c)) for r in rows for c in cols])
            self.increment_view.set_matrix(step.weight_increment[0])
            text = (
                f"<b>conv</b> cell {step.cell}: dZ = <b>{step.grad:.4g}</b>; dW += dZ × window; "
                f"dX[window] += dZ × kernel; db += dZ → db = <b>{step.d_bias:.6g}</b>"
            )
        else:
            self.input_view.set_box(None)
            self.input_view.set_taps([])
            self.increment_view.set_matrix(np.full(run.kernel.shape[1:], np.nan))
            if pool:
                how = "to its arg-max" if run.spec.pool == "max" else "evenly over its window"
                text = (
                    f"<b>{run.spec.pool} pool</b> cell {step.cell}: dL/dy = {step.grad:.4g} goes {how} "
                    f"→ {step.routed_to}"
                )
            else:
                text = f"<b>activation</b> ({run.spec.activation}): dL/dz = dL/da × activation′(z), cell by cell"
        self.explain.setText(f"step {step.index + 1}/{len(self.trace)}: {text}.{loss}")

    def run_check(self) -> None:
        """Central differences take about a second on the full image: on the check's worker."""
        if self.page is None or self.setup is None:
            return
        self.last_check = None
        self.closed.check_label.setText("checking…")
        self._check_worker.submit(CheckRequest(self.serial, self.setup, self.page))

    def _on_checked(self, reply: CheckReply) -> None:
        if reply.serial != self.serial:
            return  # the pages changed since it was asked for: its numbers are not these
        if reply.check is None:
            self.closed.check_label.setText(reply.error)
            return
        self.last_check = reply.check
        self.closed.show_check(reply.check)

    def shutdown(self) -> None:
        self._check_worker.shutdown()
