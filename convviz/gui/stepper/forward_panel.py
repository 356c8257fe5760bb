"""Forward stepping: the window sliding over the padded input, its products, their sum (per input
channel, then over the channels), the bias and the activation filling one output cell per step;
then the pooling windows."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from convviz.engine.trace import ForwardStep, ForwardTrace
from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.stepper import formula
from convviz.gui.stepper.arithmetic_label import ArithmeticLabel
from convviz.gui.stepper.channel_bar import INK, NAMES, channel_lut
from convviz.gui.stepper.deferred_page import DeferredPage
from convviz.gui.stepper.matrix_view import GRAY_LUT, MatrixView
from convviz.gui.stepper.transport_bar import TransportBar
from convviz.model.state import Stage
from convviz.model.teaching.stepper import PinnedHere, Player, pool_leftovers
from convviz.model.teaching.traversal import OrderedForward

PIN_COLOR = "#ffc800"  # the explorer's pin colour: the same cell, in the stepper's maps


class ForwardPanel(DeferredPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = Player()
        self.trace: ForwardTrace | None = None
        self.order = "rows"  # the play head's order over the output cells (traversal.ORDERS)
        self.ordered: OrderedForward | None = None  # the trace in that order
        self.channel = 0  # the input channel the per-channel views show (RGB)
        self.pinned: PinnedHere | None = None
        self._jump = False  # go to the pinned cell's step when the trace is drawn
        self._undrawn = False  # a trace arrived while the page was hidden
        self.transport = TransportBar(self.player, host=self)
        self.input_view = MatrixView(
            tr("ForwardPanel", "input (padded)"),
            signed=False,
            tip=tr(
                "ForwardPanel",
                "The padded input; hatched cells are padding. The orange "
                "frame is the window under the kernel at this step. In RGB, the channel chosen above.",
            ),
        )
        self.kernel_view = MatrixView(
            tr("ForwardPanel", "kernel"),
            tip=tr(
                "ForwardPanel",
                "The filter being slid over the input (turned by 180° when 'flip' is on); in RGB, its "
                "slice for the channel shown.",
            ),
        )
        self.products_view = MatrixView(
            tr("ForwardPanel", "window × kernel"),
            number_limit=49,
            tip=tr(
                "ForwardPanel",
                "Each input value times its weight; their sum (over every channel) is the output "
                "before bias. Numbers up to 7×7, a heat map beyond.",
            ),
        )
        self.output_view = MatrixView(
            tr("ForwardPanel", "feature map"),
            tip=tr(
                "ForwardPanel",
                "Output cells fill in step by step; the faint squares are not computed yet. The "
                "yellow frame is the cell pinned in the explorer.",
            ),
        )
        self.pooled_view = MatrixView(
            tr("ForwardPanel", "pooled"),
            tip=tr(
                "ForwardPanel",
                "Pooling windows slide over the finished feature map; hatched feature-map cells "
                "are read by no pooling window.",
            ),
        )
        self.arithmetic = ArithmeticLabel(tr("ForwardPanel", "The arithmetic of the current step"))
        self.grid = grid = QGridLayout()
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

    @property
    def channels(self) -> int:
        return 0 if self.trace is None else int(self.trace.run.x.shape[0])

    def show_trace(self, trace: ForwardTrace, pinned: PinnedHere | None = None, jump: bool = False) -> None:
        """A new input/kernel/layer's trace (built on the stepper's worker): redraw at the same
        step if it exists, or with ``jump`` at the explorer's pinned cell (a page costs ~20 ms
        to draw: a hidden one is drawn a moment later)."""
        self.trace, self.pinned = trace, pinned
        self.ordered = OrderedForward(trace, self.order)
        self._jump = jump
        self.draw_soon()

    def set_order(self, order: str) -> None:
        """Visit the output cells in ``order``; the play head stays on the cell it shows."""
        self.order = order
        if self.ordered is None or self.trace is None:
            return
        shown = self.ordered.trace_index(self.player.position)
        self.ordered = OrderedForward(self.trace, order)
        if not self._undrawn:
            self.player.seek(self.ordered.position_of(shown), force=True)

    def set_channel(self, c: int) -> None:
        self.channel = c
        if self.trace is not None and not self._undrawn:
            self._draw_channel()
            self.show_step(self.player.position)

    def pinned_step(self) -> int | None:
        """The step that computes the explorer's pinned cell, when it is among these."""
        if self.trace is None or self.pinned is None:
            return None
        run, (y, x) = self.trace.run, self.pinned.yx
        if self.pinned.stage is Stage.POOL:
            return None if run.pooled is None else self.trace.conv_steps + y * run.pooled.shape[1] + x
        assert self.ordered is not None  # set with the trace
        return self.ordered.position_of(y * run.z.shape[1] + x)

    def _draw(self) -> None:
        self._undrawn = False
        run = self.trace.run
        self.input_levels = (min(0.0, float(run.padded.min())), float(run.padded.max()) or 1.0)
        self.map_levels = colormaps.levels_for(run.a)
        self.arithmetic.set_line_count(4 if self.channels == len(NAMES) else 2)
        self._draw_channel()
        self.output_view.set_title(tr("ForwardPanel", "feature map {0}").format(formula.shape(run.a)))
        # Without pooling the feature map takes the whole column: its numbers stay legible.
        rows = 1 if run.pooled is not None else 2
        if self.grid.getItemPosition(self.grid.indexOf(self.output_view))[2] != rows:
            self.grid.removeWidget(self.output_view)
            self.grid.addWidget(self.output_view, 0, 2, rows, 1)
        self.pooled_view.setVisible(run.pooled is not None)
        if run.pooled is not None:
            self.pooled_view.set_title(tr("ForwardPanel", "pooled {0}").format(formula.shape(run.pooled)))
        rows, cols = pool_leftovers(run.geometry)
        h, w = run.a.shape
        self.output_view.set_hatch("unpooled", [(0, r, w, 1) for r in rows] + [(c, 0, 1, h) for c in cols])
        pin = self.pinned
        # Around the cell's edge, outside the step's orange frame: both show when they meet.
        conv_pin = [pin.yx] if pin and pin.stage is Stage.CONV else []
        pool_pin = [pin.yx] if pin and pin.stage is Stage.POOL else []
        self.output_view.set_marks("pin", conv_pin, color=PIN_COLOR, size=1.0)
        self.pooled_view.set_marks("pin", pool_pin, color=PIN_COLOR, size=1.0)
        self.player.set_length(len(self.trace))
        if self._jump and self.pinned_step() is not None:
            self.player.seek(self.pinned_step())
        self._jump = False
        self.transport.refresh()

    def _draw_channel(self) -> None:
        """The views that show one input channel: the padded input and the kernel's slice."""
        run = self.trace.run
        rgb = self.channels == len(NAMES)
        c = min(self.channel, self.channels - 1)
        name = f" {NAMES[c]}" if rgb else ""
        self.input_view.set_lut(channel_lut(c) if rgb else GRAY_LUT)
        self.input_view.set_matrix(run.padded[c], self.input_levels, (-run.geo.pads[0][0], -run.geo.pads[1][0]))
        self.input_view.set_padding(run.geo.pads, run.x.shape[1:])
        if run.padded.shape != run.x.shape:
            title = tr("ForwardPanel", "input{0} {1} (padded: {2})").format(
                name, formula.shape(run.x), formula.shape(run.padded)
            )
        else:
            title = tr("ForwardPanel", "input{0} {1}").format(name, formula.shape(run.x))
        self.input_view.set_title(title)
        self.kernel_view.set_matrix(run.effective[c])
        if run.spec.flip:
            title = tr("ForwardPanel", "kernel{0} {1}, turned 180° (flip)").format(name, formula.shape(run.kernel))
        else:
            title = tr("ForwardPanel", "kernel{0} {1}").format(name, formula.shape(run.kernel))
        self.kernel_view.set_title(title)
        self.products_view.set_title(tr("ForwardPanel", "window × kernel{0}").format(name))

    def show_step(self, k: int) -> None:
        if self.trace is None or self.ordered is None:
            return
        step = self.ordered.step(k)
        run = self.trace.run
        filled = np.where(self.ordered.conv_done(k), run.a, np.nan)
        self.output_view.set_matrix(filled, self.map_levels)
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
        c = min(self.channel, self.channels - 1)
        self.input_view.set_box((int(rows[0]), int(rows[-1])), (int(cols[0]), int(cols[-1])))
        self.input_view.set_taps([(int(r), int(c)) for r in rows for c in cols])
        self.products_view.set_matrix(step.products[c])
        self.output_view.set_marks("current", [step.out_yx])
        self.output_view.set_marks("pool", [])
        self.output_view.set_marks("winner", [])
        self.pooled_view.set_marks("current", [])
        self.arithmetic.show_lines(lambda fits: self.conv_lines(step, fits))

    def conv_lines(self, step: ForwardStep, fits=lambda line: True) -> list[str]:
        """The step's arithmetic: each channel's window × kernel summed, then the channels'
        subtotals, + bias, → activation (one line for the products of a gray input)."""
        run = self.trace.run
        assert self.ordered is not None  # set with the trace
        where = tr("ForwardPanel", "<b>conv</b> {0}: output {1} = ").format(
            self.ordered.describe(step.index), formula.cell(step.out_yx)
        )
        subtotals = [float(p.sum()) for p in step.products]
        end = self._bias_and_activation(step)
        if self.channels == 1:
            terms = formula.products(step.window[0], run.effective[0])
            total = f" = <b>{formula.number(step.total, 4)}</b>"
            return [formula.fitted_sum(terms, total, fits, where, count=step.window[0].size), end]
        lines = []
        for c, name in enumerate(NAMES):
            head = f"<b style='color:{INK[c]}'>{name}</b>: "
            tail = f" = <b>{formula.number(subtotals[c], 4)}</b>"
            terms = formula.products(step.window[c], run.effective[c])
            line = formula.fitted_sum(terms, tail, fits, head, count=step.window[c].size)
            if c == min(self.channel, self.channels - 1):
                line = f"<span style='background-color:#fff1c6'>{line}</span>"  # the channel drawn below
            lines.append(line)
        parts = " + ".join(
            f"<span style='color:{INK[c]}'>{NAMES[c]}</span> {formula.factor(v, 4)}" for c, v in enumerate(subtotals)
        )
        lines.append(f"{where}{parts} = {formula.number(step.total, 4)}, {end}")
        return lines

    def _bias_and_activation(self, step: ForwardStep) -> str:
        act = self.trace.run.spec.activation
        bias, pre, value = (
            formula.factor(step.bias),
            formula.number(step.pre_activation, 4),
            formula.number(step.value, 4),
        )
        if act == "none":
            return tr("ForwardPanel", "+ bias {0} = {1} (no activation) → <b>{2}</b>").format(bias, pre, value)
        return tr("ForwardPanel", "+ bias {0} = {1} → {2}({1}) = <b>{3}</b>").format(bias, pre, act, value)

    def _show_pool(self, step: ForwardStep) -> None:
        self.input_view.set_box(None)
        self.input_view.set_taps([])
        self.products_view.set_matrix(np.full(self.trace.run.kernel.shape[1:], np.nan))
        self.output_view.set_marks("current", [])
        self.output_view.set_marks("pool", step.cells)
        self.output_view.set_marks("winner", [step.chosen] if step.chosen else [], color="#19c37d", size=0.6)
        self.pooled_view.set_marks("current", [step.out_yx])
        self.arithmetic.show_lines(lambda fits: self.pool_lines(step, fits))

    def pool_lines(self, step: ForwardStep, fits=lambda line: True) -> list[str]:
        run = self.trace.run
        kind = run.spec.pool
        window = np.asarray(step.window).ravel()
        values = [formula.number(v, 3) for v in window[: formula.MAX_TERMS_SHOWN].tolist()]
        head = tr("ForwardPanel", "<b>{0} pool</b> step {1}: pooled {2} = {3}(").format(
            formula.pool_word(kind),
            step.index + 1,
            formula.cell(step.out_yx),
            kind,  # {3}: the function, max(…)
        )
        if kind == "max" and step.chosen:
            tail = tr("ForwardPanel", ") = <b>{0}</b>, from cell {1}").format(
                formula.number(step.value, 4), formula.cell(step.chosen)
            )
        else:
            tail = f") = <b>{formula.number(step.value, 4)}</b>"
        summary = tr("ForwardPanel", "{0} values").replace("{0}", "{n}")
        line = formula.fitted_sum(values, tail, fits, head, summary=summary, count=window.size)
        line = line.replace(" + ", ", ")
        return [line, self.leftover_text()]

    def leftover_text(self) -> str:
        """What pooling leaves out of the feature map, and why (floor division), or ""."""
        run = self.trace.run
        pool = run.geometry.pool
        rows, cols = pool_leftovers(run.geometry)
        if pool is None or not (rows or cols):
            return ""
        (h, w), (kh, kw), (sh, sw) = run.a.shape, pool.kernel_hw, pool.stride
        down = f"⌊({h} − {kh}) / {sh}⌋ + 1 = {pool.out_hw[0]}"
        across = f"⌊({w} − {kw}) / {sw}⌋ + 1 = {pool.out_hw[1]}"
        if down == across:
            fit = tr("ForwardPanel", "{0} fit down and across").format(down)
        else:
            fit = tr("ForwardPanel", "{0} fit down and {1} across").format(down, across)
        listed = {
            "row": (tr("ForwardPanel", "row {0}"), tr("ForwardPanel", "rows {0}")),
            "column": (tr("ForwardPanel", "column {0}"), tr("ForwardPanel", "columns {0}")),
        }
        lost = [
            listed[word][len(cells) > 1].format(", ".join(map(str, cells)))
            for word, cells in (("row", rows), ("column", cols))
            if cells
        ]
        if len(lost) == 2:
            lost_text = tr("ForwardPanel", "{0} and {1}").format(*lost)
        else:
            lost_text = lost[0]
        return tr(
            "ForwardPanel", "{0}×{1} windows, stride {2}: {3} the {4}×{5} map, so {6} (hatched) are left out."
        ).format(kh, kw, sh, fit, h, w, lost_text)
