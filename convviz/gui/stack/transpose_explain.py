"""Transposed convolution explained: step through the input cells, each stamping value × kernel
into the output; and the same operation as the transpose Cᵀ of a small convolution's matrix.
The settings, the stamps, C and the Cᵀ check live in a ``TransposeModel``; this shows them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convviz.gui import colormaps
from convviz.model.stack.tiles import as_tile
from convviz.model.teaching.transpose_model import KERNEL, TransposeModel


class _Matrix:
    """A small labelled matrix: an ImageItem plus the numbers written in the cells."""

    def __init__(self, layout: pg.GraphicsLayout, title: str, row: int, col: int, text: bool = True) -> None:
        self.plot = layout.addPlot(row=row, col=col, title=title)
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.box = QtWidgets.QGraphicsRectItem()
        self.box.setPen(pg.mkPen("#00a000", width=3, cosmetic=True))
        self.plot.addItem(self.box)
        self.text, self.labels = text, []

    def show(self, a: np.ndarray, box: tuple | None = None) -> None:
        m = float(np.abs(a).max()) or 1.0
        self.image.setImage(as_tile(a), autoLevels=False, levels=(0, m * 1.6), lut=colormaps.gray_lut()[::-1].copy())
        for t in self.labels:
            self.plot.removeItem(t)
        self.labels = []
        if self.text and a.size <= 64:
            for (r, c), v in np.ndenumerate(a):
                t = pg.TextItem(f"{v:g}", color="#000", anchor=(0.5, 0.5))
                t.setPos(c + 0.5, r + 0.5)
                self.plot.addItem(t)
                self.labels.append(t)
        self.box.setVisible(box is not None)
        if box is not None:
            (r0, r1), (c0, c1) = box
            self.box.setRect(c0, r0, c1 - c0 + 1, r1 - r0 + 1)
        self.plot.autoRange(padding=0.02)


class TransposeExplainWidget(QtWidgets.QWidget):
    def __init__(self, model: TransposeModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        bar = QtWidgets.QHBoxLayout()
        s = model.settings
        self.size_spin = self._spin(bar, "input", "size", s.size, 1, 4, "Height and width of the small input x")
        self.stride_spin = self._spin(bar, "stride", "stride", s.stride, 1, 3, "Stride: how far apart the stamps land")
        self.padding_spin = self._spin(
            bar, "padding", "padding", s.padding, 0, 2, "Rows/cols cropped from each output border"
        )
        self.outpad_spin = self._spin(
            bar,
            "output padding",
            "output_padding",
            s.output_padding,
            0,
            2,
            "Extra rows/cols at the bottom/right (< stride)",
        )
        self.outpad_spin.setMaximum(s.stride - 1)
        self.step_slider = QtWidgets.QSlider(QtCore.Qt.Horizontal, toolTip="How many input cells have stamped so far")
        self.step_slider.valueChanged.connect(model.set_step)
        bar.addWidget(QtWidgets.QLabel("step"))
        bar.addWidget(self.step_slider, 1)
        self.info = QtWidgets.QLabel(wordWrap=True, toolTip="Sizes, and the check that conv_transpose2d equals Cᵀ·x")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setToolTip(
            "Top: input x, kernel, this step's stamp and the running output. "
            "Bottom: the convolution matrix C and its transpose Cᵀ."
        )
        self.x_m = _Matrix(self.view.ci, "input x", 0, 0)
        self.k_m = _Matrix(self.view.ci, "kernel", 0, 1)
        self.stamp_m = _Matrix(self.view.ci, "x[r,c] · kernel", 0, 2)
        self.out_m = _Matrix(self.view.ci, "output so far", 0, 3)
        lower = self.view.ci.addLayout(row=1, col=0, colspan=4)
        self.c_m = _Matrix(lower, "C (conv: output → x)", 0, 0, text=False)
        self.ct_m = _Matrix(lower, "Cᵀ (transposed conv: x → output)", 0, 1, text=False)
        v = QtWidgets.QVBoxLayout(self)
        v.addLayout(bar)
        v.addWidget(self.info)
        v.addWidget(self.view, 1)
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
            self.info.setText("computing…")
            return
        if check.stamps is None:  # not possible: say why, and keep the last possible one on screen
            self.info.setText(f"Not possible: {check.error}")
            return
        assert shown is check and check.C is not None
        s, (oh, ow) = check.settings, check.stamps.out_hw
        self.info.setText(
            f"Output size = (in − 1)·stride − 2·padding + kernel + output padding = "
            f"({s.size} − 1)·{s.stride} − 2·{s.padding} + 3 + {s.output_padding} = {oh}.   "
            f"C is {check.C.shape[0]}×{check.C.shape[1]} ({np.count_nonzero(check.C)} non-zero): "
            f"conv2d of a {oh}×{ow} image is C·x. "
            f"conv_transpose2d(x) = Cᵀ·x reshaped: max |difference| = {check.difference:.1e}"
        )
        self.k_m.show(KERNEL)
        self.c_m.show(check.C)
        self.ct_m.show(check.C.T)
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
        stamped = "nothing stamped yet" if st.cell is None else f"cell {st.cell} of a {n}×{n} input"
        self.step_slider.setToolTip(f"Step {k} of {len(stamps) - 1}: " + stamped)
