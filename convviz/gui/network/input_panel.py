"""The model's side of the picture: the current image (or live frame) resized and centre-cropped
as the model sees it, with the clicked cell's receptive field (its mask and bounding box) or a
saliency / Grad-CAM heat map over it; the input settings (normalisation, B, G, R order); and
the heat map's controls (which class, which convolution layer)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate; translated where shown

from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.network.elided import ElidedLabel
from convviz.gui.network.size_row import RunSize
from convviz.model.network.network import Network
from convviz.model.network.preprocess import IMAGENET_MEAN, IMAGENET_STD, Preprocess
from convviz.model.network.probe import GRAD_CAM, SALIENCY, class_name

# the combo boxes' items: these English texts are their data, shown translated
IMAGENET = QT_TRANSLATE_NOOP("InputSettings", "ImageNet mean/std")
UNIT = QT_TRANSLATE_NOOP("InputSettings", "[0, 1] (none)")
CUSTOM = QT_TRANSLATE_NOOP("InputSettings", "custom mean, std")
NONE = QT_TRANSLATE_NOOP("HeatControls", "none")
SALIENCY_TEXT = QT_TRANSLATE_NOOP("HeatControls", "saliency")  # probe.SALIENCY, as the menu shows it
MAX_LISTED = 30_000  # classes the chooser lists (ImageNet-21k's 21,843 fit; a segmentation map's cells do not)
HEAT_MAP = "inferno"
FIELD_TINT = (255, 220, 0, 70)  # inside the receptive field: a light tint, the pixels stay readable
FIELD_DIM = (0, 0, 40, 150)  # outside it: dimmed, so the field stands out


def heat_rgba(heat: np.ndarray) -> np.ndarray:
    """(H, W) in [0, 1] → RGBA: the colour map's colour, nearly opaque where the heat is high and
    clear where there is none, so the picture shows under the cool parts."""
    lut = colormaps.colormap(HEAT_MAP).getLookupTable(0.0, 1.0, 256, alpha=False)
    index = np.clip(np.rint(heat * 255), 0, 255).astype(np.intp)
    rgba = np.empty((*heat.shape, 4), np.uint8)
    rgba[..., :3] = lut[index]
    rgba[..., 3] = np.rint(220 * np.sqrt(np.clip(heat, 0, 1))).astype(np.uint8)
    return rgba


def field_rgba(mask: np.ndarray) -> np.ndarray:
    rgba = np.empty((*mask.shape, 4), np.uint8)
    rgba[mask] = FIELD_TINT
    rgba[~mask] = FIELD_DIM
    return rgba


def parse_numbers(text: str, channels: int) -> tuple[float, ...]:
    """'0.5, 0.5, 0.5' (or one number for every channel) → a tuple; ValueError with the reason."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        raise ValueError(tr("InputSettings", "'{0}' is not a list of numbers").format(text)) from None
    if len(values) not in (1, channels):
        raise ValueError(tr("InputSettings", "give 1 or {0} numbers, not {1}").format(channels, len(values)))
    if not all(np.isfinite(values)):
        raise ValueError(tr("InputSettings", "the numbers must be finite"))
    return values


class PictureView(pg.GraphicsLayoutWidget):
    """The input as the model sees it, and what is drawn over it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.setMinimumSize(200, 200)
        self.vb: pg.ViewBox = self.addViewBox(lockAspect=True, invertY=True, enableMenu=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.heat = pg.ImageItem(axisOrder="row-major")
        self.field = pg.ImageItem(axisOrder="row-major")
        self.halo, self.box = QtWidgets.QGraphicsRectItem(), QtWidgets.QGraphicsRectItem()
        self.halo.setPen(pg.mkPen((0, 0, 0, 200), width=4, cosmetic=True))
        self.box.setPen(pg.mkPen((255, 200, 0), width=2, cosmetic=True))
        for z, item in enumerate((self.image, self.heat, self.field, self.halo, self.box)):
            item.setZValue(z)
            self.vb.addItem(item)
        self.heat.hide()
        self.clear_field()
        self.picture: np.ndarray | None = None
        self.shown_field: np.ndarray | None = None
        self.shown_heat: np.ndarray | None = None

    def set_picture(self, picture: np.ndarray) -> None:
        old = None if self.picture is None else self.picture.shape[:2]
        self.picture = picture
        if picture.ndim == 2:
            self.image.setImage(picture, autoLevels=False, levels=(0.0, 1.0), lut=colormaps.gray_lut())
        else:
            self.image.setImage(picture, autoLevels=False, levels=(0.0, 1.0), lut=None)
        if old != picture.shape[:2]:
            self.vb.setRange(QtCore.QRectF(0, 0, picture.shape[1], picture.shape[0]), padding=0.01)

    def set_heat(self, heat: np.ndarray | None) -> None:
        self.shown_heat = heat
        if heat is None:
            self.heat.hide()
            return
        self.heat.setImage(heat_rgba(heat), autoLevels=False, levels=(0, 255))
        self.heat.show()

    def set_field(self, mask: np.ndarray | None, box: tuple[int, int, int, int] | None) -> None:
        self.shown_field = mask
        if mask is None:
            self.clear_field()
            return
        self.field.setImage(field_rgba(mask), autoLevels=False, levels=(0, 255))
        self.field.show()
        if box is None:
            self.halo.hide()
            self.box.hide()
            return
        top, left, h, w = box
        for item in (self.halo, self.box):
            item.setRect(QtCore.QRectF(left, top, w, h))
            item.show()

    def clear_field(self) -> None:
        self.shown_field = None
        for item in (self.field, self.halo, self.box):
            item.hide()

    def box_rect(self) -> QtCore.QRectF | None:
        return self.box.rect() if self.box.isVisible() else None


class InputSettings(QtWidgets.QGroupBox):
    """The model's input size and layout, and how the picture is normalised for it."""

    changed = QtCore.Signal(object)  # a new Preprocess
    sizeChosen = QtCore.Signal(int, int)  # reopen the model at (height, width): its file leaves them open

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(tr("InputSettings", "Input"), parent)
        self.size_label = ElidedLabel("—", lines=2)
        self.size_label.setToolTip(
            tr(
                "InputSettings",
                "What the model takes; the picture's shorter side is scaled to this size and the middle cropped",
            )
        )
        self.run_size = RunSize()
        self.run_size.chosen.connect(self.sizeChosen)
        self.norm = QtWidgets.QComboBox()
        for item in (IMAGENET, UNIT, CUSTOM):
            self.norm.addItem(tr("InputSettings", item), item)
        self.norm.setToolTip(
            tr(
                "InputSettings",
                "How pixel values (0…1) become the model's input: (value − mean) / std per channel.\n"
                "ImageNet: torchvision's statistics, what most colour models were trained with; "
                "[0, 1]: the pixels as they are.",
            )
        )
        self.mean = QtWidgets.QLineEdit(toolTip=tr("InputSettings", "The mean per channel, comma-separated (R, G, B)"))
        self.std = QtWidgets.QLineEdit(
            toolTip=tr("InputSettings", "The standard deviation per channel, comma-separated")
        )
        self.bgr = QtWidgets.QCheckBox(
            "BGR", toolTip=tr("InputSettings", "Feed the channels as B, G, R (Caffe-era models read them so)")
        )
        self.problem = ElidedLabel("")
        self.problem.setStyleSheet("color: #b00020")
        custom = QtWidgets.QHBoxLayout()
        custom.setContentsMargins(0, 0, 0, 0)
        custom.addWidget(QtWidgets.QLabel(tr("InputSettings", "mean")))
        custom.addWidget(self.mean, 1)
        custom.addWidget(QtWidgets.QLabel(tr("InputSettings", "std")))
        custom.addWidget(self.std, 1)
        self.custom_row = QtWidgets.QWidget()
        self.custom_row.setLayout(custom)
        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(6, 4, 6, 4)
        form.addRow(tr("InputSettings", "model takes"), self.size_label)
        form.addRow(tr("InputSettings", "run at"), self.run_size)
        self.run_size_row = form.rowCount() - 1
        norm_row = QtWidgets.QHBoxLayout()
        norm_row.addWidget(self.norm, 1)
        norm_row.addWidget(self.bgr)
        form.addRow(tr("InputSettings", "normalise"), norm_row)
        form.addRow(self.custom_row)
        form.addRow(self.problem)
        self.channels = 3
        self.how = Preprocess.imagenet()
        self.norm.currentIndexChanged.connect(lambda _: self._on_norm(self.norm.currentData()))
        self.bgr.toggled.connect(lambda _: self._emit())
        for edit in (self.mean, self.std):
            edit.editingFinished.connect(self._emit)
        self.custom_row.hide()
        self.problem.hide()

    def show_model(self, network: Network | None) -> None:
        """The model's size and layout, and its default normalisation (``Preprocess.default_for``)."""
        if network is None:
            self.size_label.setText("—")
            self.layout().setRowVisible(self.run_size_row, False)
            return
        self.channels = network.input_shape[0]
        c, h, w = network.input_shape
        if network.fixed_batch is None:
            batch = tr("InputSettings", "any batch")
        else:
            batch = tr("InputSettings", "batch {0}").format(network.fixed_batch)
        if c in (1, 3):
            kind = tr("InputSettings", "gray") if c == 1 else tr("InputSettings", "colour")
        else:
            kind = tr("InputSettings", "{0} channels").format(c)
        self.size_label.setText(
            tr("InputSettings", "{0} × {1} × {2} (C × H × W)\n{3}, NCHW, {4}").format(c, h, w, kind, batch)
        )
        self.layout().setRowVisible(self.run_size_row, network.open_hw)
        self.run_size.show_size((h, w))
        how = Preprocess.default_for(self.channels)
        self.set_preprocess(how)

    def set_preprocess(self, how: Preprocess) -> None:
        with QtCore.QSignalBlocker(self.norm), QtCore.QSignalBlocker(self.bgr):
            if tuple(how.mean) == IMAGENET_MEAN and tuple(how.std) == IMAGENET_STD:
                self.norm.setCurrentIndex(self.norm.findData(IMAGENET))
            elif set(how.mean) == {0.0} and set(how.std) == {1.0}:
                self.norm.setCurrentIndex(self.norm.findData(UNIT))
            else:
                self.norm.setCurrentIndex(self.norm.findData(CUSTOM))
            self.bgr.setChecked(how.bgr)
            self.bgr.setEnabled(self.channels == 3)
        self.mean.setText(", ".join(f"{v:g}" for v in how.mean))
        self.std.setText(", ".join(f"{v:g}" for v in how.std))
        self.custom_row.setVisible(self.norm.currentData() == CUSTOM)
        self.how = how
        self.problem.hide()

    def _on_norm(self, text: str) -> None:
        if text == IMAGENET:
            self.mean.setText(", ".join(f"{v:g}" for v in IMAGENET_MEAN))
            self.std.setText(", ".join(f"{v:g}" for v in IMAGENET_STD))
        elif text == UNIT:
            self.mean.setText("0")
            self.std.setText("1")
        self.custom_row.setVisible(text == CUSTOM)
        self._emit()

    def read(self) -> Preprocess:
        """What the controls say; ValueError naming what is wrong."""
        text = self.norm.currentData()
        if text == IMAGENET:
            mean, std = IMAGENET_MEAN, IMAGENET_STD
        elif text == UNIT:
            mean, std = (0.0,), (1.0,)
        else:
            mean = parse_numbers(self.mean.text(), self.channels)
            std = parse_numbers(self.std.text(), self.channels)
            if any(s == 0 for s in std):
                raise ValueError(tr("InputSettings", "a standard deviation of 0 divides by zero"))
        return Preprocess(tuple(mean), tuple(std), self.bgr.isChecked() and self.channels == 3)

    def _emit(self) -> None:
        try:
            how = self.read()
        except ValueError as exc:
            self.problem.setText(tr("InputSettings", "Not used: {0}.").format(exc))
            self.problem.show()
            return
        self.problem.hide()
        if how != self.how:
            self.how = how
            self.changed.emit(how)


class HeatControls(QtWidgets.QGroupBox):
    """Which heat map is laid over the picture: none, saliency of a class, or Grad-CAM of a
    class on a convolution layer."""

    changed = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(tr("HeatControls", "Where does the score come from?"), parent)
        self.kind = QtWidgets.QComboBox()
        self.kind.addItem(tr("HeatControls", NONE), NONE)
        self.kind.addItem(tr("HeatControls", SALIENCY_TEXT), SALIENCY)
        self.kind.addItem(GRAD_CAM, GRAD_CAM)  # a method's name: the same in every language
        self.kind.setToolTip(
            tr(
                "HeatControls",
                "Laid over the picture:\nsaliency — |∂ score / ∂ pixel|: the pixels that change the score most;\n"
                "Grad-CAM — a convolution layer's maps weighted by how much the score gains from each.",
            )
        )
        self.klass = QtWidgets.QComboBox(
            toolTip=tr("HeatControls", "The class whose score is explained (top-1: the model's pick)")
        )
        self.klass.setMinimumContentsLength(12)
        self.klass.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layer = QtWidgets.QComboBox(
            toolTip=tr("HeatControls", "The convolution layer Grad-CAM reads (the last one by default)")
        )
        self.layer.setMinimumContentsLength(12)
        self.layer.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note = ElidedLabel("", lines=2)
        self.note.setStyleSheet("color: #505050")
        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(6, 4, 6, 4)
        form.addRow(tr("HeatControls", "show"), self.kind)
        form.addRow(tr("HeatControls", "class"), self.klass)
        form.addRow(tr("HeatControls", "layer"), self.layer)
        form.addRow(self.note)
        self.classes = 0  # the model's outputs (listed up to MAX_LISTED)
        for combo in (self.kind, self.klass, self.layer):
            combo.currentIndexChanged.connect(self._on_change)
        self._on_change()

    def show_model(self, classes: int, labels: list[str] | None, conv_layers: list[str]) -> None:
        self.classes = classes
        with QtCore.QSignalBlocker(self.klass), QtCore.QSignalBlocker(self.layer):
            keep = self.klass.currentIndex()
            self.klass.clear()
            self.klass.addItem(tr("HeatControls", "top-1 (the model's pick)"), -1)
            for i in range(classes if classes <= MAX_LISTED else 0):  # a map-sized output: top-1 only
                self.klass.addItem(f"{i}: {class_name(labels, i)}", i)
            self.klass.setCurrentIndex(keep if 0 <= keep < self.klass.count() else 0)
            self.layer.clear()
            for name in conv_layers:
                self.layer.addItem(name, name)
            self.layer.setCurrentIndex(self.layer.count() - 1)
        if not conv_layers and self.kind.currentData() == GRAD_CAM:
            self.kind.setCurrentIndex(self.kind.findData(NONE))
        self._on_change()

    def relabel(self, labels: list[str] | None) -> None:
        with QtCore.QSignalBlocker(self.klass):
            for k in range(1, self.klass.count()):
                i = self.klass.itemData(k)
                self.klass.setItemText(k, f"{i}: {class_name(labels, i)}")

    @property
    def chosen_kind(self) -> str:
        """NONE, SALIENCY or GRAD_CAM (the English names, whatever the menu shows)."""
        return self.kind.currentData()

    @property
    def chosen_kind_text(self) -> str:
        """The heat map's name as the menu shows it."""
        return self.kind.currentText()

    def class_for(self, top1: int) -> int:
        data = self.klass.currentData()
        return top1 if data is None or data < 0 else int(data)

    @property
    def chosen_layer(self) -> str:
        return self.layer.currentData() or ""

    def _on_change(self, *_: object) -> None:
        kind = self.kind.currentData()
        self.klass.setEnabled(kind != NONE)
        self.layer.setEnabled(kind == GRAD_CAM)
        self.changed.emit()
