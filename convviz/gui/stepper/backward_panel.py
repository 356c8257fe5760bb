"""Backward stepping: dL/dy routed through pooling and the activation, then each output cell's
gradient spread into dW (× its window), dX (× the kernel) and db, with running totals.

The page draws what the stepper's worker built (``BackwardPage``); the painted gradient is a
model object (``PaintedGradient``) this page views and edits; the Check runs on its own worker.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from convviz.engine.trace import BackwardStep, BackwardTrace
from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.stepper import formula
from convviz.gui.stepper.arithmetic_label import ArithmeticLabel
from convviz.gui.stepper.channel_bar import NAMES, channel_lut
from convviz.gui.stepper.closed_form_panel import ClosedFormPanel
from convviz.gui.stepper.deferred_page import DeferredPage
from convviz.gui.stepper.matrix_view import GRAY_LUT, MatrixView
from convviz.gui.stepper.transport_bar import TransportBar
from convviz.model.latest_only import LatestOnlyWorker
from convviz.model.teaching.painted_gradient import PaintedGradient
from convviz.model.teaching.stepper import GRADIENTS, Player, StepperInput, default_target
from convviz.model.teaching.stepper_job import (
    BackwardPage,
    CheckReply,
    CheckRequest,
    failed_check,
    run_check,
    shown_step,
)
from convviz.model.teaching.traversal import OrderedBackward


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
        self.order = "rows"  # the play head's order over the conv cells (traversal.ORDERS)
        self.ordered: OrderedBackward | None = None  # the page's trace in that order
        self.last_check = None
        self.channel = 0  # the input channel the per-channel views show (RGB)
        self.target_chosen = False  # the user picked the target: it is no longer the default
        self._undrawn = False  # a page arrived while this one was hidden
        self._check_worker = LatestOnlyWorker(run_check, self._checked.emit, failed_check, name="convviz-check")
        self._checked.connect(self._on_checked)
        self.gradient_combo = QComboBox(toolTip=tr("BackwardPanel", "Where the upstream gradient dL/dy comes from"))
        for key, label in GRADIENTS:
            self.gradient_combo.addItem(label, key)
        self.target_combo = QComboBox(
            toolTip=tr(
                "BackwardPanel",
                "Target kernel: t is the layer's output with this preset (on every channel). "
                "By default the first of sobel_x, sobel_y, … that is not the kernel itself.",
            )
        )
        formula.fill_presets(self.target_combo, "sobel_x")
        self.clear_button = QPushButton(
            tr("BackwardPanel", "Clear paint"), toolTip=tr("BackwardPanel", "Set every painted gradient back to 0")
        )
        for w in (self.gradient_combo, self.target_combo, self.clear_button):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep arrow keys and Space for stepping
        self.gradient_combo.currentIndexChanged.connect(self._on_settings)
        self.target_combo.currentIndexChanged.connect(self._on_target)
        self.clear_button.clicked.connect(self.clear_paint)
        self.painted.changed.connect(self._on_painted)
        top = QHBoxLayout()
        for w in (
            QLabel(tr("BackwardPanel", "upstream gradient:")),
            self.gradient_combo,
            self.target_combo,
            self.clear_button,
        ):
            top.addWidget(w)
        top.addStretch(1)
        self.transport = TransportBar(self.player, host=self)
        self.explain = ArithmeticLabel(tr("BackwardPanel", "What this step does"))
        self.dy_view = MatrixView(
            tr("BackwardPanel", "dL/dy (upstream)"),
            tip=tr(
                "BackwardPanel",
                "The gradient arriving at the layer's output (with the loss, y − t); in 'painted' mode "
                "click a cell to cycle 0 → +1 → −1.",
            ),
        )
        self.da_view = MatrixView(
            tr("BackwardPanel", "dL/da (after pooling)"),
            tip=tr(
                "BackwardPanel",
                "Max pooling routes each gradient to its arg-max; average pooling shares it evenly. "
                "The green frames are the cells this step sends it to.",
            ),
        )
        self.mask_view = MatrixView(
            tr("BackwardPanel", "activation′(z)"),
            signed=False,
            tip=tr(
                "BackwardPanel", "The activation's slope at each pre-activation; for ReLU the mask (1 where z > 0)."
            ),
        )
        self.dz_view = MatrixView(
            "dL/dz", tip=tr("BackwardPanel", "dL/da × activation′(z): the gradient each conv output cell spreads.")
        )
        self.input_view = MatrixView(
            tr("BackwardPanel", "input (padded)"),
            signed=False,
            tip=tr("BackwardPanel", "The window of the cell being spread (in RGB, the channel shown)"),
        )
        self.increment_view = MatrixView(
            tr("BackwardPanel", "dZ[y,x] × window → dW"), tip=tr("BackwardPanel", "What this step adds to dW")
        )
        self.dw_view = MatrixView(
            tr("BackwardPanel", "dW (running)"), tip=tr("BackwardPanel", "Accumulated gradient of the kernel")
        )
        self.dx_view = MatrixView(
            tr("BackwardPanel", "dX (running)"),
            tip=tr(
                "BackwardPanel", "Accumulated gradient of the input: dZ[y,x] × kernel added under the window each step"
            ),
        )
        self.closed = ClosedFormPanel()
        self.closed.check_button.clicked.connect(self.run_check)
        self.dy_view.cellClicked.connect(self.paint)
        # Two rows of four, the closed forms (and the check) beside them: every matrix gets half
        # the page's height, so the padded 8×8 digits and dX are written in numbers at 1366×768.
        grid = QGridLayout()
        for i, view in enumerate((self.dy_view, self.da_view, self.mask_view, self.dz_view)):
            grid.addWidget(view, 0, i)
        for i, view in enumerate((self.input_view, self.increment_view, self.dw_view, self.dx_view)):
            grid.addWidget(view, 1, i)
        grid.addWidget(self.closed, 0, 4, 2, 1)
        for i in range(4):
            grid.setColumnStretch(i, 4)
        grid.setColumnStretch(4, 7)  # one matrix column and the verdicts
        for i in range(2):
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
        return self.target_combo.currentData()

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

    def _on_target(self) -> None:
        self.target_chosen = True
        self._on_settings()

    def follow_default_target(self, kernel: np.ndarray) -> None:
        """Until the user picks a target, the target is the first preset that is not the kernel
        (a kernel that is its own target has L = 0 and every gradient 0: nothing to learn from)."""
        if self.target_chosen:
            return
        with QSignalBlocker(self.target_combo):
            self.target_combo.setCurrentIndex(self.target_combo.findData(default_target(kernel)))

    def set_channel(self, c: int) -> None:
        self.channel = c
        self.closed.set_channel(c)
        if self.page is not None and not self._undrawn:
            self._draw_channel()
            self.show_step(self.player.position)

    def show_page(self, serial: int, setup: StepperInput, page: BackwardPage) -> None:
        """Pages built on the stepper's worker for request ``serial``: draw them in one go."""
        self.serial, self.setup, self.page = serial, setup, page
        self.ordered = OrderedBackward(page.trace, self.order)
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
                ("dw", page.final.d_weight),
                ("dx", page.final.d_input),
            )
        }
        self.origin = (-run.geo.pads[0][0], -run.geo.pads[1][0])
        self.input_levels = (min(0.0, float(run.padded.min())), float(run.padded.max()) or 1.0)
        self.explain.set_line_count(2)
        self.closed.set_shapes(run.kernel.shape[1:], run.x.shape[1:])
        self._draw_channel()
        if page.kind == "loss":
            self.dy_view.set_title(f"dL/dy = y − t {formula.shape(t.grad_output)}")
        else:
            self.dy_view.set_title(tr("BackwardPanel", "dL/dy (upstream) {0}").format(formula.shape(t.grad_output)))
        self.da_view.set_title(tr("BackwardPanel", "dL/da {0} (after pooling)").format(formula.shape(t.d_activated)))
        self.mask_view.set_title(tr("BackwardPanel", "activation′(z) {0}").format(formula.shape(run.z)))
        self.dz_view.set_title(f"dL/dz {formula.shape(run.z)}")
        self.dy_view.set_matrix(t.grad_output, self.levels["dy"])
        self.da_view.setVisible(run.pooled is not None)
        self.player.set_length(len(t))
        self.transport.refresh()

    def _draw_channel(self) -> None:
        run = self.page.trace.run
        channels = run.x.shape[0]
        rgb = channels == len(NAMES)
        c = min(self.channel, channels - 1)
        name = f" {NAMES[c]}" if rgb else ""
        self.input_view.set_lut(channel_lut(c) if rgb else GRAY_LUT)
        self.input_view.set_matrix(run.padded[c], self.input_levels, self.origin)
        self.input_view.set_padding(run.geo.pads, run.x.shape[1:])
        if run.padded.shape != run.x.shape:
            title = tr("BackwardPanel", "input{0} {1} (padded: {2})").format(
                name, formula.shape(run.x), formula.shape(run.padded)
            )
        else:
            title = tr("BackwardPanel", "input{0} {1}").format(name, formula.shape(run.x))
        self.input_view.set_title(title)
        self.increment_view.set_title(tr("BackwardPanel", "dZ[y,x] × window{0} → dW{0}").format(name))
        self.dw_view.set_title(tr("BackwardPanel", "dW{0} {1} (running)").format(name, formula.shape(run.kernel)))
        self.dx_view.set_title(tr("BackwardPanel", "dX{0} {1} (running)").format(name, formula.shape(run.x)))

    def set_order(self, order: str) -> None:
        """Spread the conv cells in ``order`` (pooling keeps its order); the play head stays on
        the cell it shows, whose running totals are now those of the cells visited before it."""
        self.order = order
        if self.page is None or self.ordered is None:
            return
        shown = self.ordered.trace_index(self.player.position)
        self.ordered = OrderedBackward(self.page.trace, order)
        if not self._undrawn:
            self.player.seek(self.ordered.position_of(shown), force=True)

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
        if self.page is None or self.ordered is None:
            return
        # Row by row the trace's own steps (the first one precomputed on the worker).
        step = shown_step(self.page, k) if self.order == "rows" else self.ordered.step(k)
        run = self.page.trace.run
        nan_z = np.full(run.z.shape, np.nan)
        self.da_view.set_matrix(step.d_activated, self.levels["dy"])
        conv_started = step.d_pre_activation is not None
        slope = self.page.slope
        self.mask_view.set_matrix(slope if conv_started else nan_z, (0.0, max(1.0, float(slope.max()))))
        self.dz_view.set_matrix(step.d_pre_activation if conv_started else nan_z, self.levels["dz"])
        c = min(self.channel, run.x.shape[0] - 1)
        self.dw_view.set_matrix(step.d_weight[c], self.levels["dw"])
        self.dx_view.set_matrix(step.d_input[c], self.levels["dx"])
        self._mark(step)
        at_end = k == len(self.trace) - 1
        self.closed.show_forms(self.page.forms if at_end else None)

    def _mark(self, step: BackwardStep) -> None:
        run = self.trace.run
        cell = [step.cell] if step.cell else []
        pool, conv = step.phase == "pool", step.phase == "conv"
        self.dy_view.set_marks("current", cell if pool or (conv and run.pooled is None) else [])
        # Framed, not covered: the number under the mark is the one being explained.
        self.da_view.set_marks("routed", step.routed_to if pool else [], color="#19c37d", size=0.86)
        self.dz_view.set_marks("current", cell if conv else [])
        self.dx_view.set_marks("routed", step.routed_to if conv else [])
        if conv:
            rows, cols, _ = run.window(*step.cell)
            self.input_view.set_box((int(rows[0]), int(rows[-1])), (int(cols[0]), int(cols[-1])))
            self.input_view.set_taps([(int(r), int(c)) for r in rows for c in cols])
            self.increment_view.set_matrix(step.weight_increment[min(self.channel, run.x.shape[0] - 1)])
        else:
            self.input_view.set_box(None)
            self.input_view.set_taps([])
            self.increment_view.set_matrix(np.full(run.kernel.shape[1:], np.nan))
        self.explain.show_lines(lambda fits: self.step_lines(step))

    def _y_and_t(self, yx: tuple[int, int]) -> str:
        """ "y − t = 4 − 3 = 1" at an output cell, with the loss; "" otherwise."""
        page = self.page
        if page is None or page.kind != "loss" or page.target is None:
            return ""
        y, t = float(page.trace.run.y[yx]), float(page.target[yx])
        return f"y − t = {formula.number(y, 4)} − {formula.factor(t)} = {formula.number(y - t, 4)}"

    def step_lines(self, step: BackwardStep) -> list[str]:
        """What the step does, in words and numbers; then the loss, or why every gradient is 0."""
        run = self.trace.run
        where = tr("BackwardPanel", "step {0}/{1}: ").format(step.index + 1, len(self.trace))
        if step.phase == "conv":
            assert step.cell is not None  # a conv step spreads one cell
            source = ""
            if run.pooled is None and self._y_and_t(step.cell):
                source = tr("BackwardPanel", " (dL/dy there: {0})").format(self._y_and_t(step.cell))
            if step.grad == 0.0:
                db = formula.number(step.d_bias, 6)
                what = tr(
                    "BackwardPanel", "dZ = <b>0</b>: nothing to add to dW, dX or db at this cell; db stays {0}"
                ).format(db)
            else:
                what = tr(
                    "BackwardPanel",
                    "dZ = <b>{0}</b>; dW += dZ × window; dX[window] += dZ × kernel; db += dZ → db = <b>{1}</b>",
                ).format(formula.number(step.grad, 4), formula.number(step.d_bias, 6))
            assert self.ordered is not None  # set with the page
            order = self.ordered.describe(step.index)
            text = tr("BackwardPanel", "<b>conv</b> {0}, cell {1}{2}: {3}").format(
                order, formula.cell(step.cell), source, what
            )
        elif step.phase == "pool":
            assert step.cell is not None  # a pool step routes one pooled cell
            grad = formula.number(step.grad, 4)
            y_t = self._y_and_t(step.cell)
            value = f"dL/dy = {y_t}" if y_t else f"dL/dy = {grad}"
            if not step.routed_to:
                how = tr("BackwardPanel", "goes nowhere: the gradient is 0")
            elif run.spec.pool == "max":
                how = tr("BackwardPanel", "goes to its arg-max, cell {0}").format(formula.cell(step.routed_to[0]))
            else:
                share = formula.number(step.grad / max(1, len(step.routed_to)), 3)
                how = tr("BackwardPanel", "is shared evenly: {0} to each of cells {1}").format(
                    share, formula.cells(step.routed_to)
                )
            text = tr("BackwardPanel", "<b>{0} pool</b> cell {1}: {2} {3}").format(
                formula.pool_word(run.spec.pool), formula.cell(step.cell), value, how
            )
        else:
            act = run.spec.activation
            if act == "none":
                text = tr("BackwardPanel", "<b>no activation</b>: dL/dz = dL/da, cell by cell")
            else:
                text = tr("BackwardPanel", "<b>activation</b> ({0}): dL/dz = dL/da × {0}′(z), cell by cell").format(act)
        return [where + text, self._second_line()]

    def _second_line(self) -> str:
        page = self.page
        if page is None:
            return ""
        if page.zero_reason:
            return f"<b style='color:#c03030'>⚠ {page.zero_reason[0].upper()}{page.zero_reason[1:]}.</b>"
        if page.kind == "loss" and page.loss is not None:
            return tr(
                "BackwardPanel",
                "L = ½·Σ(y − t)² = <b>{0}</b>: y is the layer's output, t its output "
                "with the target kernel {1} (no bias)",
            ).format(formula.number(page.loss, 6), page.target_name)
        if page.kind == "ones":
            return tr("BackwardPanel", "dL/dy = 1 at every output cell: the gradient of L = Σ y")
        return tr("BackwardPanel", "dL/dy as painted: the gradient of L = Σ dL/dy · y")

    def run_check(self) -> None:
        """Central differences take about a second on the full image: on the check's worker."""
        if self.page is None or self.setup is None:
            return
        self.last_check = None
        self.closed.check_label.setText(tr("BackwardPanel", "checking…"))
        self._check_worker.submit(CheckRequest(self.serial, self.setup, self.page))

    def _on_checked(self, reply: CheckReply) -> None:
        if reply.serial != self.serial:
            return  # the pages changed since it was asked for: its numbers are not these
        if reply.check is None:
            self.closed.check_label.setText(f"<b style='color:#c03030'>✗ {reply.error}</b>")
            return
        self.last_check = reply.check
        self.closed.show_check(reply.check)

    def shutdown(self) -> None:
        self._check_worker.shutdown()
