"""Controls for the layer settings; an invalid combination is explained next to the control."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from convviz.gui.binding import bind_check, bind_combo, bind_spin
from convviz.gui.i18n import tr
from convviz.model.layer.compute import Result
from convviz.model.settings import LIMITS, Activation, PaddingKind, PaddingMode, Pooling, PoolPadding
from convviz.model.state import AppState, ColorMode

CONTEXT = "LayerPanel"
TIPS = {  # translated where they are shown: tr(CONTEXT, TIPS[...])
    "stride": QT_TRANSLATE_NOOP(
        "LayerPanel", "How many cells the kernel moves between outputs; 2 halves each side of the output."
    ),
    "padding_kind": QT_TRANSLATE_NOOP(
        "LayerPanel",
        "VALID adds nothing; SAME pads so the output is ⌈input/stride⌉; explicit uses the four numbers.",
    ),
    "pad": QT_TRANSLATE_NOOP("LayerPanel", "Cells added on the top, bottom, left and right before the kernel slides."),
    "padding_mode": QT_TRANSLATE_NOOP(
        "LayerPanel", "What the added cells contain: zeros, a mirror, copies of the edge, or the other side."
    ),
    "dilation": QT_TRANSLATE_NOOP(
        "LayerPanel", "Spacing between the kernel's taps; 2 spreads a 3×3 kernel over 5×5 cells."
    ),
    "flip": QT_TRANSLATE_NOOP(
        "LayerPanel", "Flip the kernel 180° first: true convolution instead of the cross-correlation CNNs use."
    ),
    "use_bias": QT_TRANSLATE_NOOP("LayerPanel", "Add each filter's bias to its sums."),
    "activation": QT_TRANSLATE_NOOP("LayerPanel", "The function applied to every output value."),
    "pooling": QT_TRANSLATE_NOOP(
        "LayerPanel", "Shrink each feature map: max or average of each block, or of the whole map."
    ),
    "pool_size": QT_TRANSLATE_NOOP("LayerPanel", "Side of the square block that pooling reduces to one value."),
    "pool_stride": QT_TRANSLATE_NOOP("LayerPanel", "How far the pooling block moves between outputs."),
    "pool_padding": QT_TRANSLATE_NOOP(
        "LayerPanel",
        "VALID keeps whole blocks only (torch's default); ceil mode lets a last block overhang (torch"
        " ceil_mode); SAME pads so the output is ⌈size/stride⌉, and padding never wins or counts"
        " (TensorFlow, Keras).",
    ),
    "color_mode": QT_TRANSLATE_NOOP("LayerPanel", "Feed the image as one gray channel or as three colour channels."),
}
POOL_PADDING_LABELS = {
    "valid": QT_TRANSLATE_NOOP("LayerPanel", "VALID (torch default)"),
    "ceil": QT_TRANSLATE_NOOP("LayerPanel", "ceil mode (torch)"),
    "same": QT_TRANSLATE_NOOP("LayerPanel", "SAME (TensorFlow, Keras)"),
}
# The combo boxes' words for the settings' values (the values themselves are identifiers).
PADDING_KIND_LABELS = {"valid": "VALID", "same": "SAME", "explicit": QT_TRANSLATE_NOOP("LayerPanel", "explicit")}
PADDING_MODE_LABELS = {
    "zeros": QT_TRANSLATE_NOOP("LayerPanel", "zeros"),
    "reflect": QT_TRANSLATE_NOOP("LayerPanel", "reflect"),
    "replicate": QT_TRANSLATE_NOOP("LayerPanel", "replicate"),
    "circular": QT_TRANSLATE_NOOP("LayerPanel", "circular"),
}
ACTIVATION_LABELS = {
    "none": QT_TRANSLATE_NOOP("LayerPanel", "none"),
    "relu": "ReLU",
    "leaky_relu": "leaky ReLU",
    "sigmoid": "sigmoid",
    "tanh": "tanh",
}
POOLING_LABELS = {
    "none": QT_TRANSLATE_NOOP("LayerPanel", "none"),
    "max": QT_TRANSLATE_NOOP("LayerPanel", "max"),
    "avg": QT_TRANSLATE_NOOP("LayerPanel", "avg"),
    "global_max": QT_TRANSLATE_NOOP("LayerPanel", "global max"),
    "global_avg": QT_TRANSLATE_NOOP("LayerPanel", "global avg"),
}
COLOR_MODE_LABELS = {
    "gray": QT_TRANSLATE_NOOP("LayerPanel", "gray (1 channel)"),
    "rgb": QT_TRANSLATE_NOOP("LayerPanel", "RGB (3 channels)"),
}
PAD_PREFIXES = {  # the pad boxes' prefixes: the side's initial
    "pad_top": QT_TRANSLATE_NOOP("LayerPanel", "T "),
    "pad_bottom": QT_TRANSLATE_NOOP("LayerPanel", "B "),
    "pad_left": QT_TRANSLATE_NOOP("LayerPanel", "L "),
    "pad_right": QT_TRANSLATE_NOOP("LayerPanel", "R "),
}
PAD_TIPS = {
    "pad_top": QT_TRANSLATE_NOOP("LayerPanel", "Padding on the top."),
    "pad_bottom": QT_TRANSLATE_NOOP("LayerPanel", "Padding on the bottom."),
    "pad_left": QT_TRANSLATE_NOOP("LayerPanel", "Padding on the left."),
    "pad_right": QT_TRANSLATE_NOOP("LayerPanel", "Padding on the right."),
}


class WrappedLabel(QLabel):
    """A word-wrapped label that is as tall as its text at its width: in a form, in a scrolled
    dock, a plain one keeps the height of its first layout and cuts a longer message."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def _combo(enum: type[Enum], labels: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for member in enum:
        combo.addItem(tr(CONTEXT, labels.get(member.value, member.value.replace("_", " "))), member.value)
    return combo


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin


class LayerPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        layer = state.layer
        form = QFormLayout(self)
        self.controls: dict[str, QWidget] = {}
        self.warnings: dict[str, QLabel] = {}

        def row(label: str, field: str, widget: QWidget, tip_key: str | None = None) -> None:
            widget.setToolTip(tr(CONTEXT, TIPS[tip_key or field]))
            warn = QLabel("⚠")
            warn.setStyleSheet("color: #d33; font-weight: bold")
            warn.setVisible(False)
            box = QHBoxLayout()
            box.addWidget(widget, 1)
            box.addWidget(warn)
            form.addRow(label, box)
            self.controls[field], self.warnings[field] = widget, warn

        self.stride = _spin(*LIMITS["stride"])
        row(tr("LayerPanel", "Stride"), "stride", self.stride)
        bind_spin(layer, "stride", self.stride)
        self.padding_kind = _combo(PaddingKind, PADDING_KIND_LABELS)
        row(tr("LayerPanel", "Padding"), "padding_kind", self.padding_kind)
        bind_combo(layer, "padding_kind", self.padding_kind)
        self.pads = {}
        pad_row = QHBoxLayout()
        for field in ("pad_top", "pad_bottom", "pad_left", "pad_right"):
            spin = _spin(*LIMITS[field])
            spin.setPrefix(tr(CONTEXT, PAD_PREFIXES[field]))
            spin.setToolTip(f"{tr(CONTEXT, PAD_TIPS[field])} {tr(CONTEXT, TIPS['pad'])}")  # two whole sentences
            bind_spin(layer, field, spin)
            self.pads[field] = spin
            self.controls[field] = spin
            pad_row.addWidget(spin)
        warn = QLabel("⚠")
        warn.setStyleSheet("color: #d33; font-weight: bold")
        warn.setVisible(False)
        pad_row.addWidget(warn)
        for field in self.pads:
            self.warnings[field] = warn
        form.addRow(tr("LayerPanel", "Pads"), pad_row)
        self.padding_mode = _combo(PaddingMode, PADDING_MODE_LABELS)
        row(tr("LayerPanel", "Pad mode"), "padding_mode", self.padding_mode)
        bind_combo(layer, "padding_mode", self.padding_mode)
        self.dilation = _spin(*LIMITS["dilation"])
        row(tr("LayerPanel", "Dilation"), "dilation", self.dilation)
        bind_spin(layer, "dilation", self.dilation)
        self.flip = QCheckBox(tr("LayerPanel", "true convolution (flip kernel)"))
        row("", "flip", self.flip)
        bind_check(layer, "flip", self.flip)
        self.use_bias = QCheckBox(tr("LayerPanel", "add bias"))
        row("", "use_bias", self.use_bias)
        bind_check(layer, "use_bias", self.use_bias)
        self.activation = _combo(Activation, ACTIVATION_LABELS)
        row(tr("LayerPanel", "Activation"), "activation", self.activation)
        bind_combo(layer, "activation", self.activation)
        self.pooling = _combo(Pooling, POOLING_LABELS)
        row(tr("LayerPanel", "Pooling"), "pooling", self.pooling)
        bind_combo(layer, "pooling", self.pooling)
        self.pool_size = _spin(*LIMITS["pool_size"])
        row(tr("LayerPanel", "Pool size"), "pool_size", self.pool_size)
        bind_spin(layer, "pool_size", self.pool_size)
        self.pool_stride = _spin(*LIMITS["pool_stride"])
        row(tr("LayerPanel", "Pool stride"), "pool_stride", self.pool_stride)
        bind_spin(layer, "pool_stride", self.pool_stride)
        self.pool_padding = _combo(PoolPadding, POOL_PADDING_LABELS)
        row(tr("LayerPanel", "Pool edge"), "pool_padding", self.pool_padding)
        bind_combo(layer, "pool_padding", self.pool_padding)
        self.color_mode = _combo(ColorMode, COLOR_MODE_LABELS)
        row(tr("LayerPanel", "Channels"), "color_mode", self.color_mode)
        self.color_mode.currentIndexChanged.connect(lambda: state.input.set_color_mode(self.color_mode.currentData()))
        state.input.changed.connect(self._sync_color_mode)
        self.problem = WrappedLabel()
        self.problem.setStyleSheet("color: #d33")
        self.problem.setVisible(False)
        form.addRow(self.problem)
        layer.changed.connect(lambda name: self._enable())
        self._enable()
        self._sync_color_mode()

    def _enable(self) -> None:
        params = self.state.layer.params
        explicit = params.padding_kind is PaddingKind.EXPLICIT
        for field, spin in self.pads.items():
            spin.setEnabled(explicit)
            if explicit:  # back to the user's own numbers (the boxes showed VALID's or SAME's)
                _show(spin, getattr(params, field))
        windowed = self.state.layer.params.pooling in (Pooling.MAX, Pooling.AVG)
        self.pool_size.setEnabled(windowed)
        self.pool_stride.setEnabled(windowed)
        self.pool_padding.setEnabled(windowed)

    def _sync_color_mode(self, *_: object) -> None:
        self.color_mode.blockSignals(True)
        self.color_mode.setCurrentIndex(self.color_mode.findData(self.state.input.color_mode.value))
        self.color_mode.blockSignals(False)

    def show_result(self, result: Result) -> None:
        """Show why the layer cannot run next to the controls the problem names; with VALID or
        SAME padding the greyed pad boxes show the padding the layer actually used."""
        if result.ok and result.snapshot.params.padding_kind is not PaddingKind.EXPLICIT:
            (top, bottom), (left, right) = result.pads
            for field, value in zip(self.pads, (top, bottom, left, right), strict=True):
                _show(self.pads[field], value)
        for warn in self.warnings.values():
            warn.setVisible(False)
        problem = result.problem
        self.problem.setVisible(problem is not None)
        if problem is None:
            return
        self.problem.setText(tr("LayerPanel", "{0}\nThe views show the last valid result.").format(problem.message))
        for field in problem.fields:
            if field in self.warnings:
                self.warnings[field].setToolTip(problem.message)
                self.warnings[field].setVisible(True)


def _show(spin: QSpinBox, value: int) -> None:
    """Display a value without writing it to the state."""
    spin.blockSignals(True)
    spin.setValue(int(value))
    spin.blockSignals(False)
