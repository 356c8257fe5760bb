"""Transposed convolution explained: step through the input cells, each stamping value × kernel
into the output; and the same operation as the transpose Cᵀ of a small convolution's matrix.
The settings, the stamps, C and the Cᵀ check live in a ``TransposeModel``; this shows them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convviz.gui.i18n import tr
from convviz.gui.stack.scale_bar import ScaleBar
from convviz.model.stack.tiles import as_tile
from convviz.model.teaching.transpose_model import KERNEL, TransposeModel

# Kernel values are ≥ 0 here: white (0) to a light blue, light enough for black numbers on top.
SCALE = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (105, 145, 210)], name="white-blue")
SCALE_LUT = SCALE.getLookupTable(0.0, 1.0, 256, alpha=False)
DIGIT_PX, LINE_PX = 6.5, 13.0  # room one written digit and one line of numbers need
MAX_NUMBERS = 600  # more cells than this are never written in (too many text items)


class _Matrix:
    """A small matrix: an ImageItem plus its numbers, written in the cells whenever the cells
    on screen are large enough to read them (checked again when the view is resized)."""

    def __init__(
        self, layout: pg.GraphicsLayout, title: str, row: int, col: int, text: bool = True, zeros: bool = True
    ) -> None:
        self.plot = layout.addPlot(row=row, col=col, title=title)
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMouseEnabled(False, False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.box = QtWidgets.QGraphicsRectItem()
        self.box.setPen(pg.mkPen("#00a000", width=3, cosmetic=True))
        self.plot.addItem(self.box)
        self.text, self.zeros = text, zeros
        self.labels: list[pg.TextItem] = []
        self.values = np.zeros((0, 0))
        self._written: np.ndarray | None = None  # the values whose numbers are written in now
        self.plot.getViewBox().sigResized.connect(lambda *_: self.fit_numbers())

    def show(self, a: np.ndarray, box: tuple | None = None, top: float | None = None) -> None:
        self.values = a
        m = top if top is not None else float(np.abs(a).max()) or 1.0
        self.image.setImage(as_tile(a), autoLevels=False, levels=(0, m), lut=SCALE_LUT)
        self.box.setVisible(box is not None)
        if box is not None:
            (r0, r1), (c0, c1) = box
            self.box.setRect(c0, r0, c1 - c0 + 1, r1 - r0 + 1)
        self.plot.autoRange(padding=0.02)
        self.fit_numbers()

    def cell_px(self) -> tuple[float, float]:
        """On-screen (width, height) of one matrix cell, in pixels."""
        vb = self.plot.getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        return vb.width() / max(x1 - x0, 1e-9), vb.height() / max(y1 - y0, 1e-9)

    def _cells(self) -> list[tuple[int, int, str]]:
        return [
            (int(r), int(c), f"{self.values[r, c]:g}")
            for r, c in np.ndindex(*self.values.shape)
            if self.zeros or self.values[r, c] != 0
        ]

    def fit_numbers(self) -> None:
        """Write the numbers in if they fit their cells, take them out if they no longer do."""
        cells = self._cells() if self.text and 0 < self.values.size <= MAX_NUMBERS else []
        width, height = self.cell_px()
        longest = max((len(t) for _, _, t in cells), default=0)
        want = bool(cells) and width >= DIGIT_PX * longest + 3 and height >= LINE_PX
        if want and self._written is self.values:
            return
        if not want and self._written is None:
            return
        for t in self.labels:
            self.plot.removeItem(t)
        self.labels, self._written = [], None
        if want:
            for r, c, label in cells:
                t = pg.TextItem(label, color="#000", anchor=(0.5, 0.5))
                t.setPos(c + 0.5, r + 0.5)
                self.plot.addItem(t)
                self.labels.append(t)
            self._written = self.values

    @property
    def numbers_shown(self) -> bool:
        return self._written is not None


def cell_name(index: int, width: int) -> str:
    """Cell ``index`` of a map ``width`` cells wide, counted row by row, as (row, col)."""
    return f"({index // width},{index % width})"


class _CellMatrix(_Matrix):
    """C or Cᵀ: one row per cell of one map, one column per cell of another, each axis saying
    which cell (row, col) its rows and columns stand for; the non-zero numbers are written in
    when the cells are large enough to read them."""

    def __init__(self, layout: pg.GraphicsLayout, title: str, row: int, col: int, rows: str, cols: str) -> None:
        super().__init__(layout, title, row, col, text=True, zeros=False)
        self.plot.setAspectLocked(False)  # C is wide and Cᵀ tall: cells need not be square
        for name, label in (("left", rows), ("bottom", cols)):
            self.plot.showAxis(name)
            axis = self.plot.getAxis(name)
            axis.setLabel(label)
            axis.setTextPen("#303030")
            axis.setPen("#909090")
        self.row_width = self.col_width = 1
        self._ticks: tuple[int, int] | None = None

    def show_cells(self, a: np.ndarray, row_width: int, col_width: int, top: float) -> None:
        """Show matrix ``a`` whose rows are the cells of a map ``row_width`` wide and whose
        columns are those of a map ``col_width`` wide."""
        self.row_width, self.col_width, self._ticks = row_width, col_width, None
        self.show(a, top=top)

    def _fit_ticks(self, px: tuple[float, float]) -> None:
        """A "(row,col)" label at every row and column that has room for one, a tick at each."""
        n_rows, n_cols = self.values.shape
        every = (max(1, int(np.ceil(16 / max(px[1], 1e-9)))), max(1, int(np.ceil(44 / max(px[0], 1e-9)))))
        if every == self._ticks:
            return
        self._ticks = every
        for name, n, width, k in (
            ("left", n_rows, self.row_width, every[0]),
            ("bottom", n_cols, self.col_width, every[1]),
        ):
            major = [(i + 0.5, cell_name(i, width)) for i in range(0, n, k)]
            minor = [(i + 0.5, "") for i in range(n)] if k > 1 else []
            self.plot.getAxis(name).setTicks([major, minor])

    def fit_numbers(self) -> None:
        """Also label as many rows and columns as fit."""
        if self.values.size:
            self._fit_ticks(self.cell_px())
        super().fit_numbers()

    def cell_at(self, scene_pos: QtCore.QPointF) -> tuple[int, int] | None:
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        r, c = int(np.floor(p.y())), int(np.floor(p.x()))
        return (r, c) if 0 <= r < self.values.shape[0] and 0 <= c < self.values.shape[1] else None


class TransposeExplainWidget(QtWidgets.QWidget):
    def __init__(self, model: TransposeModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        bar = QtWidgets.QHBoxLayout()
        s = model.settings
        self.size_spin = self._spin(
            bar,
            tr("TransposeExplainWidget", "input"),
            "size",
            s.size,
            1,
            4,
            tr("TransposeExplainWidget", "Height and width of the small input x"),
        )
        self.stride_spin = self._spin(
            bar,
            tr("TransposeExplainWidget", "stride"),
            "stride",
            s.stride,
            1,
            3,
            tr("TransposeExplainWidget", "Stride: how far apart the stamps land"),
        )
        self.padding_spin = self._spin(
            bar,
            tr("TransposeExplainWidget", "padding"),
            "padding",
            s.padding,
            0,
            2,
            tr("TransposeExplainWidget", "Rows/cols cropped from each output border"),
        )
        self.outpad_spin = self._spin(
            bar,
            tr("TransposeExplainWidget", "output padding"),
            "output_padding",
            s.output_padding,
            0,
            2,
            tr("TransposeExplainWidget", "Extra rows/cols at the bottom/right (< stride)"),
        )
        self.outpad_spin.setMaximum(s.stride - 1)
        self.step_slider = QtWidgets.QSlider(
            QtCore.Qt.Horizontal, toolTip=tr("TransposeExplainWidget", "How many input cells have stamped so far")
        )
        self.step_slider.valueChanged.connect(model.set_step)
        bar.addWidget(QtWidgets.QLabel(tr("TransposeExplainWidget", "step")))
        bar.addWidget(self.step_slider, 1)
        self.info = QtWidgets.QLabel(
            wordWrap=True,
            toolTip=tr("TransposeExplainWidget", "Sizes, and the check that conv_transpose2d equals Cᵀ·x"),
        )
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setToolTip(
            tr(
                "TransposeExplainWidget",
                "Top: input x, kernel, this step's stamp and the running output. "
                "Bottom: the convolution matrix C and its transpose Cᵀ.",
            )
        )
        self.x_m = _Matrix(self.view.ci, tr("TransposeExplainWidget", "input x"), 0, 0)
        self.k_m = _Matrix(self.view.ci, tr("TransposeExplainWidget", "kernel"), 0, 1)
        self.stamp_m = _Matrix(self.view.ci, tr("TransposeExplainWidget", "x[r,c] · kernel"), 0, 2)
        self.out_m = _Matrix(self.view.ci, tr("TransposeExplainWidget", "output so far"), 0, 3)
        lower = self.view.ci.addLayout(row=1, col=0, colspan=4)
        self.c_m = _CellMatrix(
            lower,
            tr("TransposeExplainWidget", "C (the conv: big image → x)"),
            0,
            0,
            tr("TransposeExplainWidget", "row: cell of x (its output)"),
            tr("TransposeExplainWidget", "column: cell of the big image (its input)"),
        )
        self.ct_m = _CellMatrix(
            lower,
            tr("TransposeExplainWidget", "Cᵀ (transposed conv: x → big image)"),
            0,
            1,
            tr("TransposeExplainWidget", "row: cell of the output"),
            tr("TransposeExplainWidget", "column: cell of x (its input)"),
        )
        self.scale = ScaleBar(
            SCALE, (0.0, 1.0), tr("TransposeExplainWidget", "Colour ↔ value in C and Cᵀ (a kernel weight, or 0)")
        )
        lower.addItem(self.scale, row=0, col=2)
        self.view.ci.layout.setRowStretchFactor(0, 1)  # the stamps keep room above C and Cᵀ
        self.view.ci.layout.setRowStretchFactor(1, 1)
        for m in (self.x_m, self.k_m, self.stamp_m, self.out_m):
            m.plot.setMinimumHeight(200)
        self.matrix_info = QtWidgets.QLabel(
            tr(
                "TransposeExplainWidget",
                "Hover a cell of C or Cᵀ: its row and column say which cells it links, its value which kernel weight.",
            ),
            wordWrap=True,
            toolTip=tr("TransposeExplainWidget", "What the hovered entry of C or Cᵀ means"),
        )
        v = QtWidgets.QVBoxLayout(self)
        v.addLayout(bar)
        v.addWidget(self.info)
        v.addWidget(self.view, 1)
        v.addWidget(self.matrix_info)
        self._proxy = pg.SignalProxy(self.view.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse)
        model.changed.connect(self._on_model)
        self._on_model("check")

    def _spin(
        self, bar: QtWidgets.QHBoxLayout, label: str, name: str, value: int, lo: int, hi: int, tip: str
    ) -> QtWidgets.QSpinBox:
        spin = QtWidgets.QSpinBox(minimum=lo, maximum=hi, value=value, toolTip=tip)
        spin.valueChanged.connect(lambda v: self._write(name, v))
        bar.addWidget(QtWidgets.QLabel(label, toolTip=tip))
        bar.addWidget(spin)
        return spin

    def _write(self, name: str, value: int) -> None:
        if name == "stride":  # output padding must stay below the stride (this may lower it)
            self.outpad_spin.blockSignals(True)
            self.outpad_spin.setMaximum(value - 1)
            self.outpad_spin.blockSignals(False)
        self.model.set_settings(**{name: value, "output_padding": self.outpad_spin.value()})

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self.model.ensure_computed()

    def _on_model(self, what: str) -> None:
        if what == "check":
            self._show_check()
        elif what == "step":
            self._show_step()
        # ("settings": the check arrives within milliseconds; the old one stays until then)

    def _show_check(self) -> None:
        check, shown = self.model.check, self.model.shown
        if check is None:
            self.info.setText(tr("TransposeExplainWidget", "computing…"))
            return
        if check.stamps is None:  # not possible: say why, and keep the last possible one on screen
            self.info.setText(tr("TransposeExplainWidget", "Not possible: {0}").format(check.error))
            return
        assert shown is check and check.C is not None
        s, (oh, ow) = check.settings, check.stamps.out_hw
        self.info.setText(
            tr(
                "TransposeExplainWidget",
                "Output size = (in − 1)·stride − 2·padding + kernel + output padding = "
                "({0} − 1)·{1} − 2·{2} + 3 + {3} = {4}.   "
                "C is {5}×{6} ({7} non-zero): conv2d of a {4}×{8} image is C·x. "
                "conv_transpose2d(x) = Cᵀ·x reshaped: max |difference| = {9}",
            ).format(
                s.size,
                s.stride,
                s.padding,
                s.output_padding,
                oh,
                check.C.shape[0],
                check.C.shape[1],
                np.count_nonzero(check.C),
                ow,
                f"{check.difference:.1e}",
            )
        )
        top = float(KERNEL.max())
        self.k_m.show(KERNEL, top=top)
        n = check.stamps.x.shape[1]
        self.c_m.show_cells(check.C, n, ow, top)
        self.ct_m.show_cells(check.C.T, ow, n, top)
        self.scale.set_scale(levels=(0.0, top))
        self.step_slider.blockSignals(True)
        self.step_slider.setMaximum(len(check.stamps) - 1)
        self.step_slider.setValue(self.model.step)
        self.step_slider.blockSignals(False)
        self._show_step()

    def _show_step(self) -> None:
        shown, st = self.model.shown, self.model.step_view()
        if shown is None or shown.stamps is None or st is None:
            return
        stamps, k = shown.stamps, self.model.step
        n = stamps.x.shape[1]
        if self.step_slider.value() != k:
            self.step_slider.blockSignals(True)
            self.step_slider.setValue(k)
            self.step_slider.blockSignals(False)
        self.x_m.show(stamps.x, None if st.cell is None else ((st.cell[0],) * 2, (st.cell[1],) * 2))
        self.stamp_m.show(st.stamp, st.out_span)
        self.out_m.show(st.output, st.out_span)
        if st.cell is None:
            tip = tr("TransposeExplainWidget", "Step {0} of {1}: nothing stamped yet").format(k, len(stamps) - 1)
        else:
            tip = tr("TransposeExplainWidget", "Step {0} of {1}: cell {2} of a {3}×{3} input").format(
                k, len(stamps) - 1, st.cell, n
            )
        self.step_slider.setToolTip(tip)

    # --- C and Cᵀ: hover ----------------------------------------------------------------------
    def describe(self, matrix: _CellMatrix, r: int, c: int) -> str:
        """What entry (r, c) of C or Cᵀ means: which cells it links, and which weight it is."""
        shown = self.model.shown
        assert shown is not None and shown.stamps is not None
        s, n, ow = shown.settings, shown.stamps.x.shape[1], shown.stamps.out_hw[1]
        xi, big = (r, c) if matrix is self.c_m else (c, r)  # index of the x cell, of the big-image cell
        (xr, xc), (br, bc) = divmod(xi, n), divmod(big, ow)
        i, j = br - xr * s.stride + s.padding, bc - xc * s.stride + s.padding
        weight = (
            f"kernel[{i},{j}] = {KERNEL[i, j]:g}"
            if 0 <= i < KERNEL.shape[0] and 0 <= j < KERNEL.shape[1]
            else tr("TransposeExplainWidget", "0: the kernel does not reach that far")
        )
        name = "C" if matrix is self.c_m else "Cᵀ"
        if matrix is self.c_m:
            text = tr(
                "TransposeExplainWidget",
                "{0}[{1},{2}]: x cell ({3},{4}) and big-image cell ({5},{6}) — {7}. "
                "The conv reads that big-image cell with that weight to make that x cell.",
            )
        else:
            text = tr(
                "TransposeExplainWidget",
                "{0}[{1},{2}]: x cell ({3},{4}) and big-image cell ({5},{6}) — {7}. "
                "The transposed conv stamps that x cell into that output cell with that weight.",
            )
        return text.format(name, r, c, xr, xc, br, bc, weight)

    def _on_mouse(self, event: tuple) -> None:
        for m in (self.c_m, self.ct_m):
            cell = m.cell_at(event[0])
            if cell is not None and self.model.shown is not None:
                self.matrix_info.setText(self.describe(m, *cell))
                return
