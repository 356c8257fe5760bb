"""Learn a kernel: gradient descent toward a target kernel's output, run in short chunks on a
worker thread (``LearnSession``), with the loss curve and the kernel converging."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from convviz.engine.kernels import preset
from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.stepper import formula
from convviz.gui.stepper.matrix_view import MatrixView
from convviz.model.kernels.ops import fit_centred
from convviz.model.teaching.learner import (
    DEFAULT_LR,
    LEARN_CROP,
    OPTIMIZERS,
    LearnConfig,
    Learner,
    LearnProgress,
    LearnSession,
    learning_input,
)
from convviz.model.teaching.stepper import layer_spec

INITS = (
    ("random", QT_TRANSLATE_NOOP("LearnPanel", "random (He)")),
    ("current", QT_TRANSLATE_NOOP("LearnPanel", "current kernel")),
    ("zeros", QT_TRANSLATE_NOOP("LearnPanel", "zeros")),
)


class LearnPanel(QWidget):
    finished = Signal(str)  # why it stopped
    _delivered = Signal(object)  # LearnProgress, emitted on the worker thread; queued to this one

    def __init__(self, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        # The loop lives in the model; each chunk learns on the input state's newest live frame.
        self.session = LearnSession(state.input, self._delivered.emit)
        self._delivered.connect(self._on_progress)
        self.target_combo = QComboBox(
            toolTip=tr("LearnPanel", "The kernel whose output the learner tries to reproduce")
        )
        formula.fill_presets(self.target_combo, "sobel_x")
        self.optimizer_combo = QComboBox(
            toolTip=tr("LearnPanel", "Update rule: plain SGD, SGD with momentum 0.9, or Adam")
        )
        for key, label in OPTIMIZERS:
            self.optimizer_combo.addItem(label, key)
        self.optimizer_combo.setCurrentIndex(2)
        self.lr_spin = QDoubleSpinBox(
            toolTip=tr("LearnPanel", "Learning rate (step size)"),
            decimals=4,
            minimum=1e-4,
            maximum=10.0,
            singleStep=0.01,
            value=DEFAULT_LR["adam"],
        )
        self.init_combo = QComboBox(
            toolTip=tr("LearnPanel", "Initial weights: random, the bank's current kernel, or zeros")
        )
        for key, label in INITS:
            self.init_combo.addItem(tr("LearnPanel", label), key)
        self.start_button = QPushButton(
            tr("LearnPanel", "Learn"), toolTip=tr("LearnPanel", "Start or pause gradient descent")
        )
        self.reset_button = QPushButton(
            tr("LearnPanel", "Reset"), toolTip=tr("LearnPanel", "Start again from the initial weights")
        )
        self.copy_button = QPushButton(
            tr("LearnPanel", "Copy to bank"),
            toolTip=tr(
                "LearnPanel", "Put the learned kernel and bias into the current filter of the kernel bank (undoable)"
            ),
        )
        self.start_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        self.copy_button.clicked.connect(self.copy_to_bank)
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer)
        for combo in (self.target_combo, self.init_combo):
            combo.currentIndexChanged.connect(self.reset)
        self.lr_spin.valueChanged.connect(self.reset)
        # Two rows: the settings, then what to do — one row was ~1000 px, wider than a projector at ×2.
        settings, actions = QHBoxLayout(), QHBoxLayout()
        for text, w in (
            (tr("LearnPanel", "target"), self.target_combo),
            (tr("LearnPanel", "optimizer"), self.optimizer_combo),
            (tr("LearnPanel", "learning rate"), self.lr_spin),
            (tr("LearnPanel", "start from"), self.init_combo),
        ):
            settings.addWidget(QLabel(text))
            settings.addWidget(w)
        settings.addStretch(1)
        for w in (self.start_button, self.reset_button, self.copy_button):
            actions.addWidget(w)
        actions.addStretch(1)
        controls = QVBoxLayout()
        controls.addLayout(settings)
        controls.addLayout(actions)
        self.status = QLabel(toolTip=tr("LearnPanel", "Iteration, loss and distance to the target kernel"))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)  # a long status must not set the page's width
        self.plot = pg.PlotWidget(
            title=tr("LearnPanel", "loss ½·Σ(y − t)² / N (the mean: one learning rate suits any size)")
        )
        self.plot.setToolTip(tr("LearnPanel", "Loss per iteration (log scale)"))
        self.plot.setLogMode(y=True)
        self.plot.setLabel("bottom", tr("LearnPanel", "iteration"))
        self.curve = self.plot.plot(pen=pg.mkPen("#ff9f1a", width=2))
        self.curve.setDownsampling(auto=True, method="peak")
        self.kernel_view = MatrixView(
            tr("LearnPanel", "learned kernel"), tip=tr("LearnPanel", "The weights being learned")
        )
        self.target_view = MatrixView(
            tr("LearnPanel", "target kernel"), tip=tr("LearnPanel", "The kernel that made the target output")
        )
        self.output_view = MatrixView(
            tr("LearnPanel", "output"), tip=tr("LearnPanel", "The layer's output with the learned kernel")
        )
        self.target_out_view = MatrixView(
            tr("LearnPanel", "target output"), tip=tr("LearnPanel", "What the output should become")
        )
        grid = QGridLayout()
        grid.addWidget(self.plot, 0, 0, 2, 1)
        grid.addWidget(self.kernel_view, 0, 1)
        grid.addWidget(self.target_view, 0, 2)
        grid.addWidget(self.output_view, 1, 1)
        grid.addWidget(self.target_out_view, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        self.show_ready()

    def input_words(self) -> str:
        """What the learner learns on, in words: the centre crop of the image, in gray."""
        h, w = self.state.input.current.shape[:2]
        return tr("LearnPanel", "the centre {0}×{1} crop of the image, in gray (BT.601 luma)").format(
            min(h, LEARN_CROP), min(w, LEARN_CROP)
        )

    def show_ready(self) -> None:
        """Before a run: say what will be learned on (the image may have changed since)."""
        if self.learner is None:
            self.status.setText(
                tr("LearnPanel", "Press Learn: it learns a kernel and a bias on {0}.").format(self.input_words())
            )

    @property
    def learner(self) -> Learner | None:
        """The learner as last shown (a copy taken after its latest chunk)."""
        return self.session.learner

    @property
    def running(self) -> bool:
        return self.session.running

    # ---- running -----------------------------------------------------------------------------
    def _make_learner(self) -> Learner:
        x = learning_input(self.state.input.current)
        target = preset(self.target_combo.currentData())
        init = None
        if self.init_combo.currentData() == "current":
            bank = self.state.bank
            init = fit_centred(bank.weight(1)[bank.current, 0], *target.shape)
        elif self.init_combo.currentData() == "zeros":
            init = np.zeros_like(target)
        spec, _ = layer_spec(self.state.layer.params)
        config = LearnConfig(optimizer=self.optimizer_combo.currentData(), lr=self.lr_spin.value())
        return Learner(x, target, spec, init=init, config=config)

    def toggle(self) -> None:
        if self.session.running:
            self.session.pause()
        elif self.session.done:
            try:
                learner = self._make_learner()
            except ValueError as exc:  # a layer that cannot run on the crop: say why
                self.status.setText(tr("LearnPanel", "Cannot learn with these settings: {0}").format(exc))
                return
            self.target_view.set_matrix(learner.target_kernel)
            self.target_out_view.set_matrix(learner.target)
            self.session.start(learner)
        else:
            self.session.start()
        self._show_running()

    def pause(self) -> None:
        self.session.pause()
        self._show_running()

    def reset(self) -> None:
        self.session.reset()
        self.curve.setData([], [])
        self.show_ready()
        self._show_running()

    def shutdown(self) -> None:
        self.session.shutdown()

    def _on_optimizer(self) -> None:
        with_lr = DEFAULT_LR[self.optimizer_combo.currentData()]
        self.lr_spin.setValue(with_lr)  # resets through valueChanged
        self.reset()

    def _on_progress(self, progress: LearnProgress) -> None:
        if not self.session.accept(progress):
            return  # a run the user has reset since
        self.show_progress()
        learner = progress.learner
        if learner.done:
            self._show_running()
            self.finished.emit(learner.reason)
        else:
            self.session.next_chunk()

    def show_progress(self) -> None:
        progress = self.session.progress
        if progress is None or not progress.learner.losses:
            return
        learner = progress.learner
        losses = np.maximum(np.asarray(learner.losses), 1e-300)  # log axis: no zeros
        self.curve.setData(np.arange(len(losses)), losses)
        self.kernel_view.set_matrix(learner.kernel, colormaps.levels_for(learner.target_kernel))
        self.output_view.set_matrix(progress.output, colormaps.levels_for(learner.target))
        numbers = (learner.iteration, f"{learner.loss:.3e}", f"{learner.bias:.4f}", f"{learner.max_kernel_error():.2e}")
        if learner.done:
            text = tr(
                "LearnPanel", "iteration {0}, loss {1}, bias {2}, max |learned − target| = <b>{3}</b> — stopped: {4}"
            ).format(*numbers, learner.reason)
        else:
            text = tr("LearnPanel", "iteration {0}, loss {1}, bias {2}, max |learned − target| = <b>{3}</b>").format(
                *numbers
            )
        self.status.setText(text)

    def _show_running(self) -> None:
        self.start_button.setText(tr("LearnPanel", "Pause") if self.session.running else tr("LearnPanel", "Learn"))
        self.copy_button.setEnabled(self.learner is not None and bool(self.learner.losses))

    def copy_to_bank(self) -> None:
        if self.learner is None:
            return
        self.state.bank.set_kernel_and_bias(self.learner.kernel, self.learner.bias)  # one undo step
