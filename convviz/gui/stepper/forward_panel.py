"""Forward stepping: the window sliding over the padded input, its products, their sum, the bias
and the activation filling one output cell per step; then the pooling windows."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from convviz.engine.trace import ForwardStep, ForwardTrace
from convviz.gui import colormaps
from convviz.gui.stepper.deferred_page import DeferredPage
from convviz.gui.stepper.matrix_view import MatrixView
from convviz.gui.stepper.numbers_item import format_number
from convviz.gui.stepper.transport_bar import TransportBar
from convviz.model.teaching.stepper import Player

MAX_TERMS = 9  # write the products out as a sum up to this many taps


class ForwardPanel(DeferredPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = Player()
        self.trace: ForwardTrace | None = None
        self._undrawn = False  # a trace arrived while the page was hidden
        self.transport = TransportBar(self.player, host=self)
        self.input_view = MatrixView(
            "input (padded)",
            signed=False,
            tip="The padded input; hatched cells are padding. The orange "
            "frame is the window under the kernel at this step.",
        )
        self.kernel_view = MatrixView(
            "kernel", tip="The filter being slid over the input (turned by 180° when 'flip' is on)."
        )
        self.products_view = MatrixView(
            "window × kernel",
            number_limit=49,
            tip="Each input value times its weight; their sum is the output "
            "before bias. Numbers up to 7×7, a heat map beyond.",
        )
        self.output_view = MatrixView("feature map", tip="Output cells fill in step by step; blank = not yet computed.")
        self.pooled_view = MatrixView("pooled", tip="Pooling windows slide over the finished feature map.")
        self.arithmetic = QLabel(toolTip="The arithmetic of the current step")
        self.arithmetic.setTextFormat(Qt.TextFormat.RichText)
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setMinimumHeight(44)
        grid = QGridLayout()
        grid.addWidget(self.input_view, 0, 0, 2, 1)
        grid.addWidget(self.kernel_view, 0, 1)
        grid.addWidget(self.products_view, 1, 1)
        grid.addWidget(self.output_view, 0, 2)
        grid.addWidget(self.pooled_view, 1, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.transport)
        layout.addWidget(self.arithmetic)
        layout.addLayout(grid, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.player.changed.connect(self.show_step)

    def show_trace(self, trace: ForwardTrace) -> None:
        """A new input/kernel/layer's trace (built on the stepper's worker): redraw at the same
        step if it exists (a page costs ~20 ms to draw: a hidden one is drawn a moment later)."""
        self.trace = trace
        self.draw_soon()

    def _draw(self) -> None:
        self._undrawn = False
        run = self.trace.run
        self.input_levels = (min(0.0, float(run.padded.min())), float(run.padded.max()) or 1.0)
        self.map_levels = colormaps.levels_for(run.a)
        self.input_view.set_matrix(run.padded[0], self.input_levels, (-run.geo.pads[0][0], -run.geo.pads[1][0]))
        self.input_view.set_padding(run.geo.pads, run.x.shape[1:])
        self.kernel_view.set_matrix(run.effective[0])
        self.kernel_view.set_title("kernel, turned 180° (flip)" if run.spec.flip else "kernel")
        self.pooled_view.setVisible(run.pooled is not None)
        self.player.set_length(len(self.trace))
        self.transport.refresh()

    def show_step(self, k: int) -> None:
        if self.trace is None:
            return
        step = self.trace.step(k)
        run = self.trace.run
        filled = np.full(run.a.size, np.nan)
        done = step.index + 1 if step.phase == "conv" else run.a.size
        filled[:done] = run.a.ravel()[:done]
        self.output_view.set_matrix(filled.reshape(run.a.shape), self.map_levels)
        if run.pooled is not None:
            pooled = np.full(run.pooled.size, np.nan)
            count = 0 if step.phase == "conv" else step.index - self.trace.conv_steps + 1
            pooled[:count] = run.pooled.ravel()[:count]
            self.pooled_view.set_matrix(pooled.reshape(run.pooled.shape), self.map_levels)
        if step.phase == "conv":
            self._show_conv(step)
        else:
            self._show_pool(step)

    def _show_conv(self, step: ForwardStep) -> None:
        rows, cols = step.rows, step.cols
        self.input_view.set_box((int(rows[0]), int(rows[-1])), (int(cols[0]), int(cols[-1])))
        self.input_view.set_taps([(int(r), int(c)) for r in rows for c in cols])
        self.products_view.set_matrix(step.products[0])
        self.output_view.set_marks("current", [step.out_yx])
        self.output_view.set_marks("pool", [])
        self.output_view.set_marks("winner", [])
        self.pooled_view.set_marks("current", [])
        products = step.products[0].ravel()
        if products.size <= MAX_TERMS:
            window, kernel = step.window[0].ravel(), self.trace.run.effective[0].ravel()
            terms = " + ".join(f"{format_number(a)}·{format_number(b)}" for a, b in zip(window, kernel, strict=True))
            sum_text = f"{terms} = <b>{step.total:.4g}</b>"
        else:
            sum_text = f"Σ of {products.size} products = <b>{step.total:.4g}</b>"
        act = self.trace.run.spec.activation
        self.arithmetic.setText(
            f"<b>conv</b> step {step.index + 1}: output {step.out_yx} = {sum_text} "
            f"+ bias {step.bias:.4g} = {step.pre_activation:.4g} → {act} → <b>{step.value:.4g}</b>"
        )

    def _show_pool(self, step: ForwardStep) -> None:
        self.input_view.set_box(None)
        self.input_view.set_taps([])
        self.products_view.set_matrix(np.full(self.trace.run.kernel.shape[1:], np.nan))
        self.output_view.set_marks("current", [])
        self.output_view.set_marks("pool", step.cells)
        self.output_view.set_marks(
            "winner", [step.chosen] if step.chosen else [], symbol="s", color="#19c37d", size=0.6
        )
        self.pooled_view.set_marks("current", [step.out_yx])
        kind = self.trace.run.spec.pool
        values = ", ".join(f"{v:.3g}" for v in step.window)
        what = f"max({values}) — winner {step.chosen}" if kind == "max" else f"mean({values})"
        self.arithmetic.setText(
            f"<b>{kind} pool</b> step {step.index + 1}: pooled {step.out_yx} = {what} = <b>{step.value:.4g}</b>"
        )
