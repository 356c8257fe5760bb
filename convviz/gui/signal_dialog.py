"""Convolution in 1-D: the signal-processing picture (flip the kernel, slide it, sum the
products), stepped with a slider beside numpy.convolve and numpy.correlate; and a width-3
convolution over a sentence's word vectors, as text CNNs use it. The numbers are
`model.teaching.signal_1d`'s; this only draws them. Non-modal: it stays beside the window."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGraphicsRectItem,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from convviz.gui.i18n import tr
from convviz.model.teaching.lesson_setup import number
from convviz.model.teaching.signal_1d import (
    KERNEL,
    MAX_LENGTH,
    SIGNAL,
    Slide,
    parse_numbers,
    text_conv,
    why_juan,
)

# The dialog's words, marked for pyside6-lupdate and translated where shown.
TITLE = QT_TRANSLATE_NOOP("SignalDialog", "Convolution in 1-D")
SIGNAL_TAB = QT_TRANSLATE_NOOP("SignalDialog", "Flip, slide, sum")
TEXT_TAB = QT_TRANSLATE_NOOP("SignalDialog", "Over a sentence (NLP)")
SIGNAL_TIP = QT_TRANSLATE_NOOP(
    "SignalDialog", "The signal x: 1 to {0} numbers, separated by commas or spaces; Enter recomputes."
)
KERNEL_TIP = QT_TRANSLATE_NOOP(
    "SignalDialog", "The kernel h: 1 to {0} numbers, separated by commas or spaces; Enter recomputes."
)
ROWS = (QT_TRANSLATE_NOOP("SignalDialog", "this slide"), "numpy.convolve(x, h)", "numpy.correlate(x, h, 'full')")
SIGNAL_COLOUR, TAP_COLOUR, PRODUCT_COLOUR, OUT_COLOUR, NOW_COLOUR = "#8a8a8a", "#e08a1e", "#4a7fc1", "#5aa05a", "#d33"


def _values(a: np.ndarray) -> str:
    return ", ".join(number(v) for v in a)


def _bars(plot: pg.PlotItem, colour: str, width: float = 0.6) -> pg.BarGraphItem:
    bars = pg.BarGraphItem(x=[], height=[], width=width, brush=colour, pen=None)
    plot.addItem(bars)
    return bars


def _set_bars(bars: pg.BarGraphItem, x: np.ndarray, h: np.ndarray) -> None:
    keep = ~np.isnan(h)
    bars.setOpts(x=np.asarray(x)[keep], height=np.asarray(h)[keep])


def _fix_y(plot: pg.PlotItem, values: np.ndarray) -> None:
    """One y range for the whole slide (bars keep their scale as the kernel moves), with ticks
    at its ends and at 0 only: the plots are short, and pyqtgraph's automatic ticks overlapped."""
    lo, hi = min(0.0, float(np.nanmin(values))), max(0.0, float(np.nanmax(values)))
    if hi - lo == 0:
        hi = 1.0
    margin = 0.1 * hi - 0.1 * lo  # as two products: hi - lo overflows for values near 1e308
    low, high = lo - margin, hi + margin
    plot.setYRange(*((low, high) if np.isfinite([low, high]).all() else (lo, hi)), padding=0)
    ends = sorted({lo, 0.0, hi})
    plot.getAxis("left").setTicks([[(v, number(round(v, 4))) for v in ends], []])


class SignalPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signal_edit = QLineEdit(
            _values(np.array(SIGNAL)), toolTip=tr("SignalDialog", SIGNAL_TIP).format(MAX_LENGTH)
        )
        self.kernel_edit = QLineEdit(
            _values(np.array(KERNEL)), toolTip=tr("SignalDialog", KERNEL_TIP).format(MAX_LENGTH)
        )
        self.flip_check = QCheckBox(tr("SignalDialog", "flip the kernel (convolution)"), checked=True)
        self.flip_check.setToolTip(
            tr("SignalDialog", "Off: slide h as it is, which is cross-correlation (what CNN layers compute)")
        )
        self.error = QLabel(styleSheet="color: #c00000", wordWrap=True)
        self.plots = pg.GraphicsLayoutWidget()
        self.x_plot = self.plots.addPlot(row=0, col=0, title=tr("SignalDialog", "signal x and the kernel laid over it"))
        self.p_plot = self.plots.addPlot(row=1, col=0, title=tr("SignalDialog", "products"))
        self.y_plot = self.plots.addPlot(
            row=2, col=0, title=tr("SignalDialog", "output y (y[n] under the kernel's last tap)")
        )
        for plot in (self.p_plot, self.y_plot):
            plot.setXLink(self.x_plot)
        for plot in (self.x_plot, self.p_plot, self.y_plot):
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.addLine(y=0, pen=pg.mkPen("#bbb"))
        self.signal_bars = _bars(self.x_plot, SIGNAL_COLOUR, 0.7)
        self.tap_bars = _bars(self.x_plot, TAP_COLOUR, 0.3)
        self.product_bars = _bars(self.p_plot, PRODUCT_COLOUR)
        self.output_bars = _bars(self.y_plot, OUT_COLOUR)
        self.now_bar = _bars(self.y_plot, NOW_COLOUR)
        self.tap_labels: list[pg.TextItem] = []
        self.slider = QSlider(
            Qt.Orientation.Horizontal, toolTip=tr("SignalDialog", "Which output: slide the kernel along")
        )
        self.step_label = QLabel()
        self.arithmetic = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(
            len(ROWS), 0, toolTip=tr("SignalDialog", "The slide's outputs beside what numpy computes")
        )
        self.table.setVerticalHeaderLabels([tr("SignalDialog", row) for row in ROWS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(120)
        why = QLabel(why_juan(), wordWrap=True)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("SignalDialog", "signal x:")), 0, 0)
        grid.addWidget(self.signal_edit, 0, 1)
        grid.addWidget(QLabel(tr("SignalDialog", "kernel h:")), 1, 0)
        grid.addWidget(self.kernel_edit, 1, 1)
        grid.addWidget(self.flip_check, 0, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.plots, 1)
        layout.addWidget(self.slider)
        layout.addWidget(self.step_label)
        layout.addWidget(self.arithmetic)
        layout.addWidget(self.table)
        layout.addWidget(why)
        self.slide = Slide()
        for edit in (self.signal_edit, self.kernel_edit):
            # Enter and leaving the field both end an edit; returnPressed as well would compute twice.
            edit.editingFinished.connect(self.take_numbers)
        self.flip_check.toggled.connect(lambda _: self.take_numbers())
        self.slider.valueChanged.connect(self.show_step)
        self.take_numbers()

    def take_numbers(self) -> None:
        """Read x and h (and the flip); a bad entry, too long a list or numbers that overflow are
        named in a sentence and the last good slide stays, whole (table, plots and slider)."""
        try:
            x = parse_numbers(self.signal_edit.text(), "signal")
            h = parse_numbers(self.kernel_edit.text(), "kernel")
            slide = Slide(x, h, self.flip_check.isChecked())
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.slide = slide
        self._fill_table()
        k = h.size
        self.x_plot.setXRange(-(k - 1) - 0.5, len(self.slide) - 0.5, padding=0)
        _set_bars(self.signal_bars, np.arange(x.size), x)
        _fix_y(self.x_plot, np.concatenate([x, h]))  # the signal and the kernel drawn over it
        _fix_y(self.p_plot, np.outer(x, h))  # every product any slide multiplies
        _fix_y(self.y_plot, self.slide.result)
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self.slide) - 1)
        self.slider.blockSignals(False)
        self.show_step(min(self.slider.value(), len(self.slide) - 1))

    def _fill_table(self) -> None:
        s = self.slide
        self.table.setColumnCount(len(s))
        self.table.setHorizontalHeaderLabels([f"n={n}" for n in range(len(s))])
        for r, row in enumerate((s.result, s.numpy_convolve, s.numpy_correlate)):
            for n, v in enumerate(row):
                self.table.setItem(r, n, QTableWidgetItem(number(round(float(v), 6))))
        self.table.resizeColumnsToContents()

    def show_step(self, n: int) -> None:
        st = self.slide.step(int(n))
        _set_bars(self.tap_bars, st.positions, st.taps)
        _set_bars(self.product_bars, st.positions, st.products)
        _set_bars(self.output_bars, np.arange(len(self.slide)), st.output)
        _set_bars(self.now_bar, np.array([st.positions[-1]]), np.array([st.total]))
        for label in self.tap_labels:
            self.x_plot.removeItem(label)
        self.tap_labels = []
        k = st.taps.size
        for j, (pos, tap) in enumerate(zip(st.positions, st.taps, strict=True)):
            index = k - 1 - j if st.flipped else j
            label = pg.TextItem(f"h[{index}]", color=TAP_COLOUR, anchor=(0.5, 1.0))
            label.setPos(float(pos), max(float(tap), 0.0))
            self.x_plot.addItem(label)
            self.tap_labels.append(label)
        self.step_label.setText(tr("SignalDialog", "output n = {0} of 0…{1}").format(st.n, len(self.slide) - 1))
        terms = st.terms()
        if terms:
            symbols = " + ".join(f"h[{k_}]·x[{i}]" for k_, i in terms)
            values = " + ".join(f"{number(self.slide.kernel[k_])}·{number(self.slide.signal[i])}" for k_, i in terms)
            self.arithmetic.setText(f"y[{st.n}] = {symbols} = {values} = {number(round(st.total, 6))}")
        else:
            self.arithmetic.setText(
                tr("SignalDialog", "y[{0}] = 0: the kernel does not touch the signal here").format(st.n)
            )


class TextPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = t = text_conv()
        self.filter_combo = QComboBox(toolTip=tr("SignalDialog", "Which filter slides over the sentence"))
        self.filter_combo.addItems([tr("SignalDialog", "filter {0}").format(f + 1) for f in range(t.filters.shape[0])])
        self.plots = pg.GraphicsLayoutWidget()
        self.words_plot = self.plots.addPlot(
            row=0, col=0, title=tr("SignalDialog", "the sentence: {0} numbers per word").format(t.dim)
        )
        self.filter_plot = self.plots.addPlot(
            row=0, col=1, title=tr("SignalDialog", "the filter ({0}×{1})").format(t.dim, t.width)
        )
        self.out_plot = self.plots.addPlot(
            row=1, col=0, colspan=2, title=tr("SignalDialog", "the filter's output at each trigram")
        )
        self.plots.ci.layout.setColumnStretchFactor(0, 2)  # the sentence is twice as wide as the filter
        for plot in (self.words_plot, self.filter_plot):
            plot.invertY(True)
            plot.setAspectLocked(True)
            plot.hideAxis("left")
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
        self.out_plot.setMouseEnabled(False, False)
        self.out_plot.hideButtons()
        self.words_image = pg.ImageItem(axisOrder="row-major")
        self.filter_image = pg.ImageItem(axisOrder="row-major")
        self.words_plot.addItem(self.words_image)
        self.filter_plot.addItem(self.filter_image)
        self.words_plot.getAxis("bottom").setTicks([[(i + 0.5, w) for i, w in enumerate(t.words)]])
        self.filter_plot.hideAxis("bottom")
        self.window_box = QGraphicsRectItem(0, 0, t.width, t.dim)
        self.window_box.setPen(pg.mkPen(NOW_COLOUR, width=3, cosmetic=True))
        self.words_plot.addItem(self.window_box)
        self.out_bars = _bars(self.out_plot, OUT_COLOUR)
        self.now_bar = _bars(self.out_plot, NOW_COLOUR)
        ticks = [(i, t.trigram(i)) for i in range(t.outputs.shape[1])]
        self.out_plot.getAxis("bottom").setTicks([ticks])
        self.out_plot.addLine(y=0, pen=pg.mkPen("#bbb"))
        self._numbers(self.words_plot, t.embeddings)
        self.filter_numbers: list[pg.TextItem] = []
        self.slider = QSlider(Qt.Orientation.Horizontal, toolTip=tr("SignalDialog", "Which trigram the filter reads"))
        self.slider.setRange(0, t.outputs.shape[1] - 1)
        self.arithmetic = QLabel(wordWrap=True)
        self.max_label = QLabel(wordWrap=True)
        top = QGridLayout()
        top.addWidget(QLabel(tr("SignalDialog", "filter:")), 0, 0)
        top.addWidget(self.filter_combo, 0, 1)
        top.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plots, 1)
        layout.addWidget(self.slider)
        layout.addWidget(self.arithmetic)
        layout.addWidget(self.max_label)
        self.words_image.setImage(t.embeddings, levels=(-1.5, 1.5), lut=_DIVERGING)
        self.filter_combo.currentIndexChanged.connect(lambda _: self.show_filter())
        self.slider.valueChanged.connect(lambda _: self.show_position())
        self.show_filter()

    def _numbers(self, plot: pg.PlotItem, values: np.ndarray) -> list[pg.TextItem]:
        items = []
        for (r, c), v in np.ndenumerate(values):
            item = pg.TextItem(number(round(float(v), 2)), color="k", anchor=(0.5, 0.5))
            item.setPos(c + 0.5, r + 0.5)
            plot.addItem(item)
            items.append(item)
        return items

    @property
    def filter_index(self) -> int:
        return self.filter_combo.currentIndex()

    def show_filter(self) -> None:
        t, f = self.model, self.filter_index
        self.filter_image.setImage(t.filters[f], levels=(-1.5, 1.5), lut=_DIVERGING)
        for item in self.filter_numbers:
            self.filter_plot.removeItem(item)
        self.filter_numbers = self._numbers(self.filter_plot, t.filters[f])
        _set_bars(self.out_bars, np.arange(t.outputs.shape[1]), t.outputs[f])
        best = t.best[f]
        self.max_label.setText(
            tr(
                "SignalDialog",
                "Max over time: filter {0} keeps '{1}' ({2}), one number whatever the sentence's length. "
                "Its {3} weights are the same at every position, as a 2-D kernel's are at every pixel.",
            ).format(f + 1, t.trigram(best), number(round(float(t.pooled[f]), 4)), t.params // t.filters.shape[0])
        )
        self.show_position()

    def show_position(self) -> None:
        t, f, pos = self.model, self.filter_index, self.slider.value()
        self.window_box.setRect(pos, 0, t.width, t.dim)
        value = float(t.outputs[f, pos])
        _set_bars(self.now_bar, np.array([pos]), np.array([value]))
        self.arithmetic.setText(
            tr(
                "SignalDialog", "Filter {0} on '{1}' (words {2}…{3}): the sum of its {4}·{5} = {6} products = {7}."
            ).format(
                f + 1, t.trigram(pos), pos + 1, pos + t.width, t.dim, t.width, t.dim * t.width, number(round(value, 4))
            )
        )


_DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(59, 76, 192), (245, 245, 245), (180, 4, 38)]).getLookupTable(
    0.0, 1.0, 256, alpha=False
)


class SignalDialog(QDialog):
    SIGNAL_PAGE, TEXT_PAGE = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("SignalDialog", TITLE))
        self.setModal(False)
        self.signal_page = SignalPage()
        self.text_page = TextPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.signal_page, tr("SignalDialog", SIGNAL_TAB))
        self.tabs.addTab(self.text_page, tr("SignalDialog", TEXT_TAB))
        QVBoxLayout(self).addWidget(self.tabs)
        self.resize(760, 720)

    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
