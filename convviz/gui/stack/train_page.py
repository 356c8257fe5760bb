"""The stack tab's Train page: train the stack (LeNet-5 by default) on the bundled digits without
blocking the window — progress, pause/resume/stop, loss and accuracy curves, the first layer's
kernels as they learn, the validation's confusion matrix and per-class accuracy, and a gallery
of misclassified digits (click one to see its maps through the stack).

The work runs on ``model.training.session``'s worker; this page only draws its snapshots and
puts the weights into the stack twice a second, after each epoch and when training stops, so
the maps of the digit the stack shows change as it learns."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.io.datasets import load_mnist5k
from convviz.model.stack.model import StackModel
from convviz.model.training.dataset import Split, split_per_class
from convviz.model.training.network import NotAClassifier
from convviz.model.training.session import TrainProgress, TrainRun, TrainSession
from convviz.model.training.trainer import OPTIMIZERS, TrainConfig

_SPLIT: Split | None = None  # the bundled digits, read once (0.1 s)
APPLY_INTERVAL_S = 0.5  # how often the stack gets the weights while training


def digits() -> Split:
    global _SPLIT
    if _SPLIT is None:
        _SPLIT = split_per_class(load_mnist5k())
    return _SPLIT


def kernel_tiles(weights: np.ndarray) -> np.ndarray:
    """(O, C, kH, kW) → one image of the O kernels of channel 0 side by side, 1-cell gaps (NaN)."""
    o, _, kh, kw = weights.shape
    out = np.full((kh, o * (kw + 1) - 1), np.nan, np.float32)
    for f in range(o):
        out[:, f * (kw + 1) : f * (kw + 1) + kw] = weights[f, 0]
    return out


OPTIMIZER_NAMES = {"adam": "Adam", "sgd": "SGD"}  # as their papers and every framework write them


class TrainPage(QtWidgets.QWidget):
    _delivered = Signal(object)  # TrainProgress, emitted on the worker thread; queued to this one
    _folder_read = Signal(object, str)  # (Dataset or None, error), from the reading thread
    weightsApplied = Signal()  # the stack has the trained weights now

    def __init__(self, stack: StackModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.session = TrainSession(self._delivered.emit)
        self._configs: tuple = ()  # the stack's layers when the run started (edited since: weights not applied)
        self._shown_epochs = 0  # epochs whose confusion matrix and gallery are on screen
        self._applied_at = 0.0  # when the stack last got the run's weights (monotonic seconds)
        self._delivered.connect(self._on_progress, QtCore.Qt.ConnectionType.QueuedConnection)
        self.split: Split | None = None  # None: the bundled digits (read when first needed)
        self.data = QtWidgets.QComboBox(
            toolTip=tr("TrainPage", "What to train on: the bundled digits, or a folder with one sub-folder per class")
        )
        self.data.addItems(
            [tr("TrainPage", "bundled digits (MNIST, 5,000)"), tr("TrainPage", "a folder of my images…")]
        )
        self.data.activated.connect(self._on_data_chosen)
        self._folder_read.connect(self._on_folder_read, QtCore.Qt.ConnectionType.QueuedConnection)
        d = TrainConfig()
        self.epochs = QtWidgets.QSpinBox(
            minimum=1, maximum=200, value=10, toolTip=tr("TrainPage", "Passes over the 4,000 training digits")
        )
        self.lr = QtWidgets.QDoubleSpinBox(decimals=4, minimum=0.0001, maximum=1.0, singleStep=0.0005, value=d.lr)
        self.lr.setToolTip(tr("TrainPage", "Learning rate: how far each step moves the weights"))
        self.optimizer = QtWidgets.QComboBox(
            toolTip=tr("TrainPage", "Adam adapts each weight's step; SGD uses momentum 0.9")
        )
        for name in OPTIMIZERS:  # shown by the optimisers' own names (Adam, SGD); the id is the item's data
            self.optimizer.addItem(OPTIMIZER_NAMES.get(name, name), name)
        self.fresh = QtWidgets.QCheckBox(
            tr("TrainPage", "from random weights"),
            toolTip=tr("TrainPage", "Start from random weights (seed 0) instead of the stack's"),
        )
        self.start_button = QtWidgets.QPushButton(
            tr("TrainPage", "Train"), toolTip=tr("TrainPage", "Train the stack on the bundled digits")
        )
        self.pause_button = QtWidgets.QPushButton(tr("TrainPage", "Pause"), checkable=True, enabled=False)
        self.pause_button.setToolTip(tr("TrainPage", "Pause after the minibatches under way; press again to go on"))
        self.stop_button = QtWidgets.QPushButton(
            tr("TrainPage", "Stop"), enabled=False, toolTip=tr("TrainPage", "End training here and keep its weights")
        )
        self.start_button.clicked.connect(self.start)
        self.pause_button.toggled.connect(self.set_paused)
        self.stop_button.clicked.connect(self.stop)
        self.progress = QtWidgets.QProgressBar(minimum=0, maximum=1000, value=0, textVisible=True, format="")
        self.status = QtWidgets.QLabel(
            tr("TrainPage", "The digits: 4,000 to train on, 500 to validate (never trained on).")
        )
        # One line that never widens the page (a wrapped label inside the tab's scroll area made
        # the page as tall as every view's preferred height); the whole text is its tooltip.
        self.status.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(0)

        self.loss_plot = pg.PlotWidget(title=tr("TrainPage", "loss"))
        self.loss_plot.setBackground("w")
        self.loss_plot.addLegend(offset=(-10, 10))
        self.batch_curve = self.loss_plot.plot(pen=pg.mkPen("#999"), name=tr("TrainPage", "minibatch"))
        self.val_loss_curve = self.loss_plot.plot(
            pen=pg.mkPen("#d62728", width=2), symbol="o", symbolSize=5, name=tr("TrainPage", "validation")
        )
        self.loss_plot.setLabel("bottom", tr("TrainPage", "epochs"))
        self.acc_plot = pg.PlotWidget(title=tr("TrainPage", "accuracy %"))
        self.acc_plot.setBackground("w")
        self.acc_plot.addLegend(offset=(-10, -10))
        self.train_acc_curve = self.acc_plot.plot(
            pen=pg.mkPen("#1f77b4", width=2), symbol="o", symbolSize=5, name=tr("TrainPage", "train")
        )
        self.val_acc_curve = self.acc_plot.plot(
            pen=pg.mkPen("#d62728", width=2), symbol="o", symbolSize=5, name=tr("TrainPage", "validation")
        )
        self.acc_plot.setLabel("bottom", tr("TrainPage", "epochs"))
        self.kernel_view = pg.GraphicsLayoutWidget()
        self.kernel_view.setToolTip(
            tr("TrainPage", "The first layer's kernels (blue negative, red positive), redrawn as they learn")
        )
        self.kernel_view.setBackground("w")
        box = self.kernel_view.addViewBox(lockAspect=True, invertY=True, enableMenu=False)
        box.setMouseEnabled(False, False)
        self.kernel_image = pg.ImageItem(axisOrder="row-major")
        self.kernel_image.setLookupTable(colormaps.lut(colormaps.DEFAULT))
        box.addItem(self.kernel_image)
        self.confusion = QtWidgets.QTableWidget(10, 11)
        self.confusion.setToolTip(
            tr("TrainPage", "Validation digits: row = the digit it is, column = the digit the stack said")
        )
        self.confusion.setHorizontalHeaderLabels([str(i) for i in range(10)] + ["✓"])
        self.confusion.horizontalHeaderItem(10).setToolTip(
            tr("TrainPage", "Per digit: the share of its validation images the stack got right")
        )
        small = self.confusion.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        self.confusion.setFont(small)
        self.confusion.setVerticalHeaderLabels([str(i) for i in range(10)])
        self.confusion.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        for header in (self.confusion.horizontalHeader(), self.confusion.verticalHeader()):
            header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(14)
        self.gallery = QtWidgets.QListWidget(viewMode=QtWidgets.QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QtCore.QSize(42, 42))
        self.gallery.setToolTip(
            tr("TrainPage", "Validation digits the stack gets wrong (true → said): click one to see its maps")
        )
        self.gallery.itemClicked.connect(self._show_digit)

        source = QtWidgets.QHBoxLayout()
        source.addWidget(QtWidgets.QLabel(tr("TrainPage", "train on")))
        source.addWidget(self.data)
        source.addStretch(1)
        controls = QtWidgets.QHBoxLayout()
        for widget in (
            QtWidgets.QLabel(tr("TrainPage", "epochs")),
            self.epochs,
            QtWidgets.QLabel(tr("TrainPage", "learning rate")),
            self.lr,
            self.optimizer,
            self.fresh,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        for button in (self.start_button, self.pause_button, self.stop_button):
            controls.addWidget(button)
        grid = QtWidgets.QGridLayout()
        grid.addWidget(self.loss_plot, 0, 0)
        grid.addWidget(self.acc_plot, 0, 1)
        grid.addWidget(_titled(tr("TrainPage", "First layer's kernels"), self.kernel_view), 1, 0)
        grid.addWidget(
            _titled(tr("TrainPage", "Confusion matrix (validation) and per-digit accuracy"), self.confusion), 1, 1
        )
        grid.addWidget(_titled(tr("TrainPage", "Misclassified validation digits"), self.gallery), 2, 0, 1, 2)
        for row, stretch in ((0, 3), (1, 4), (2, 2)):
            grid.setRowStretch(row, stretch)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(source)
        layout.addLayout(controls)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        self._show_kernels()
        self.destroyed.connect(lambda *_, s=self.session: s.shutdown())

    # ---- control ---------------------------------------------------------------------------
    def start(self) -> None:
        """Train a new run from the stack as it is now, or say why it cannot."""
        try:
            config = TrainConfig(epochs=self.epochs.value(), lr=self.lr.value(), optimizer=self.optimizer.currentData())
            split = self.training_split()
            if tuple(self.stack.input_shape) != split.train.sample_shape:
                shape = "×".join(str(v) for v in split.train.sample_shape)
                raise NotAClassifier(
                    tr(
                        "TrainPage", "the images are {0}: set the stack's input to match (the digits: Gray, 28×28)"
                    ).format(shape)
                )
            layers = list(self.stack.result.layers)
            if self.stack.result.error_index is not None:
                raise NotAClassifier(tr("TrainPage", "a layer of the stack does not fit: fix it first"))
            run = TrainRun(layers, self.stack.input_shape, split, config, fresh=self.fresh.isChecked())
        except (NotAClassifier, ValueError) as exc:
            self._say(tr("TrainPage", "Cannot train: {0}.").format(exc))
            return
        self._configs, self._shown_epochs = self.stack.configs, 0
        self.session.start(run)
        self.pause_button.setChecked(False)
        self._refresh_buttons()
        self._say(tr("TrainPage", "Training…"))

    def _say(self, text: str) -> None:
        """The status line, whole in its tooltip (the line is cut where the page is narrow)."""
        self.status.setText(text)
        self.status.setToolTip(text)

    def training_split(self) -> Split:
        return digits() if self.split is None else self.split

    def _on_data_chosen(self, index: int) -> None:
        if index == 0:
            self.split = None
            self._set_classes([str(i) for i in range(10)])
            self._say(tr("TrainPage", "The digits: 4,000 to train on, 500 to validate (never trained on)."))
            return
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self, tr("TrainPage", "A folder with one sub-folder per class")
        )
        if not folder:
            self.data.setCurrentIndex(0 if self.split is None else 1)
            return
        self.read_folder(folder)

    def read_folder(self, folder: str) -> None:
        """Read ``folder`` on a thread of its own (thousands of files take a while), resized to
        the stack's input; the page says what it found, or why the folder cannot be used."""
        import threading

        from convviz.io.datasets import DatasetError, load_image_folder

        channels, h, w = self.stack.input_shape
        self.start_button.setEnabled(False)
        self._say(tr("TrainPage", "Reading {0} …").format(folder))

        def read() -> None:
            try:
                self._folder_read.emit(load_image_folder(folder, (h, w), channels), "")
            except DatasetError as exc:
                self._folder_read.emit(None, str(exc))

        threading.Thread(target=read, name="convviz-folder", daemon=True).start()

    def _on_folder_read(self, data: object, error: str) -> None:
        self.start_button.setEnabled(True)
        if data is None:
            self.data.setCurrentIndex(0 if self.split is None else 1)
            self._say(tr("TrainPage", "Cannot train on that folder: {0}.").format(error))
            return
        split = split_per_class(data)  # type: ignore[arg-type]
        self.split = split
        self.data.setCurrentIndex(1)
        names = list(split.train.classes)
        n = len(names)
        self._set_classes(names)
        listed = ", ".join(names[:6]) + ("…" if n > 6 else "")
        self._say(
            tr("TrainPage", "{0}: {1} classes ({2}); {3} to train on, {4} to validate.").format(
                split.train.name, n, listed, len(split.train), len(split.val)
            )
        )

    def _set_classes(self, names: list[str]) -> None:
        """The confusion matrix's rows and columns: one per class, and the ✓ column."""
        self.confusion.clearContents()
        self.confusion.setRowCount(len(names))
        self.confusion.setColumnCount(len(names) + 1)
        self.confusion.setHorizontalHeaderLabels(names + ["✓"])
        self.confusion.setVerticalHeaderLabels(names)

    def set_paused(self, paused: bool) -> None:
        if paused:
            self.session.pause()
            self._apply_weights()
            self._say(tr("TrainPage", "Paused: the stack shows the weights so far. Press Pause again to go on."))
        elif self.session.active is not None and not self.session.active.done:
            self.session.start()
            self._say(tr("TrainPage", "Training…"))
        self._refresh_buttons()

    def stop(self) -> None:
        self.session.stop()
        self._apply_weights()
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        active = self.session.active is not None and not self.session.active.done
        self.start_button.setEnabled(not active)
        self.pause_button.setEnabled(active)
        self.stop_button.setEnabled(active)
        for widget in (self.data, self.epochs, self.lr, self.optimizer, self.fresh):
            widget.setEnabled(not active)

    # ---- progress ----------------------------------------------------------------------------
    def _on_progress(self, progress: TrainProgress) -> None:
        if not self.session.accept(progress):
            return
        self.session.next_chunk()  # the worker is free: the next chunk while this one is drawn
        run = progress.run
        total = run.config.epochs * run.batches_per_epoch
        done = progress.epoch * run.batches_per_epoch + progress.batch
        self.progress.setValue(round(1000 * done / max(total, 1)))
        self.progress.setFormat(
            tr("TrainPage", "epoch {0} of {1}").format(min(progress.epoch + 1, run.config.epochs), run.config.epochs)
        )
        losses = np.asarray(progress.batch_losses)
        self.batch_curve.setData(np.arange(1, len(losses) + 1) / run.batches_per_epoch, losses)
        epochs = [r.epoch for r in progress.history]
        self.val_loss_curve.setData(epochs, [r.val.loss for r in progress.history])
        self.train_acc_curve.setData(epochs, [100 * r.train_accuracy for r in progress.history])
        self.val_acc_curve.setData(epochs, [100 * r.val.accuracy for r in progress.history])
        self._show_kernels(progress.kernels)
        new_epoch = len(progress.history) != self._shown_epochs
        self._shown_epochs = len(progress.history)
        if new_epoch and progress.confusion is not None:
            self._show_confusion(progress.confusion)
            self._show_gallery(progress.misclassified)
        if progress.history:
            last = progress.history[-1]
            self._say(
                tr("TrainPage", "Epoch {0}: loss {1}, train {2} %, validation {3} % ({4} s an epoch).").format(
                    last.epoch,
                    f"{last.train_loss:.3f}",
                    f"{100 * last.train_accuracy:.1f}",
                    f"{100 * last.val.accuracy:.1f}",
                    f"{last.seconds:.1f}",
                )
            )
        if progress.error:
            self._say(tr("TrainPage", "Training stopped: {0}").format(progress.error))
        # The stack's maps (of whatever digit it shows: the sample, a drawn one, a misclassified
        # one clicked below) follow the learning twice a second, and at every epoch's end.
        if new_epoch or progress.done or time.monotonic() - self._applied_at >= APPLY_INTERVAL_S:
            self._apply_weights()
        if progress.done:
            self._refresh_buttons()

    def _apply_weights(self) -> None:
        """Put the run's weights into the stack (its tiles and scores then show what it learned)."""
        progress = self.session.progress
        if progress is None:
            return
        if self.stack.configs != self._configs:
            self._say(tr("TrainPage", "The stack was edited while training: its weights were left as they are."))
            return
        try:
            for i, params in enumerate(progress.weights):
                if params:
                    self.stack.set_weights(i, params)
        except (ValueError, IndexError) as exc:
            self._say(tr("TrainPage", "The trained weights no longer fit the stack: {0}.").format(exc))
            return
        self._applied_at = time.monotonic()
        self.weightsApplied.emit()

    def _show_kernels(self, kernels: np.ndarray | None = None) -> None:
        if kernels is None:
            first = next((layer for layer in self.stack.result.layers if "weight" in layer.params), None)
            kernels = None if first is None or first.params["weight"].ndim != 4 else first.params["weight"]
        if kernels is None:
            return
        tiles = kernel_tiles(np.asarray(kernels, np.float32))
        m = float(np.nanmax(np.abs(tiles))) or 1.0
        self.kernel_image.setImage(np.nan_to_num(tiles, nan=0.0), levels=(-m, m), autoLevels=False)

    def _show_confusion(self, counts: np.ndarray) -> None:
        top = max(int(counts.max()), 1)
        for r in range(counts.shape[0]):
            for c in range(counts.shape[1]):
                item = QtWidgets.QTableWidgetItem(str(int(counts[r, c])) if counts[r, c] else "")
                shade = int(255 - 180 * counts[r, c] / top)
                item.setBackground(QtGui.QColor(shade, shade, 255) if r == c else QtGui.QColor(255, shade, shade))
                item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
                self.confusion.setItem(r, c, item)
            right = counts[r, r] / max(int(counts[r].sum()), 1)
            item = QtWidgets.QTableWidgetItem(f"{100 * right:.0f}")
            item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            self.confusion.setItem(r, counts.shape[1], item)

    def _show_gallery(self, wrong: np.ndarray) -> None:
        val = self.training_split().val
        predictions = self.session.progress.run.last_val.predictions if self.session.progress else None
        self.gallery.clear()
        for i in wrong[:200]:
            pixels = np.ascontiguousarray((val.images[i, 0] * 255).astype(np.uint8))  # the first channel
            h, w = pixels.shape
            image = QtGui.QImage(pixels.data, w, h, w, QtGui.QImage.Format.Format_Grayscale8).copy()
            names = val.classes
            said = "?" if predictions is None else names[int(predictions[i])]
            item = QtWidgets.QListWidgetItem(
                QtGui.QIcon(QtGui.QPixmap.fromImage(image)), f"{names[val.labels[i]]}→{said}"
            )
            item.setData(QtCore.Qt.ItemDataRole.UserRole, int(i))
            self.gallery.addItem(item)

    def _show_digit(self, item: QtWidgets.QListWidgetItem) -> None:
        index = item.data(QtCore.Qt.ItemDataRole.UserRole)
        image = self.training_split().val.images[index]
        self.stack.set_image(image[0] if image.shape[0] == 1 else np.ascontiguousarray(image.transpose(1, 2, 0)))
        self.digitChosen.emit(index)

    digitChosen = Signal(int)  # a misclassified digit became the stack's input


def _titled(title: str, widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
    box = QtWidgets.QGroupBox(title)
    QtWidgets.QVBoxLayout(box).addWidget(widget)
    return box
