"""File → Export animation…: the stepper's layer as an animated GIF or MP4 for slides.

The dialog starts from the stepper's input size, kernel size, stride, padding and dilation (and
its pass: forward or backward), asks for the pass, the values, the format, numbers, theme, width
and speed, and writes the file on a worker thread behind a progress dialog that can cancel. The
arithmetic, the drawing and the files are Qt-free (``model.teaching.animation``, ``animation_render``
and ``animation_files``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from convviz.gui.i18n import tr
from convviz.gui.stepper.animation_worker import AnimationExportWorker
from convviz.model.teaching.animation import MAX_SIDE, AnimationConfig, frame_count, setting_text
from convviz.model.teaching.animation_files import MAX_WIDTH, MIN_WIDTH, ExportResult
from convviz.model.teaching.stepper_input import StepperInput

# Every string the user reads, whole sentences, translated where it is shown (translated()).
TEXT = {
    "title": QT_TRANSLATE_NOOP("AnimationExportDialog", "Export animation"),
    "pass": QT_TRANSLATE_NOOP("AnimationExportDialog", "Pass"),
    "values": QT_TRANSLATE_NOOP("AnimationExportDialog", "Values"),
    "size": QT_TRANSLATE_NOOP("AnimationExportDialog", "Input size"),
    "output_padding": QT_TRANSLATE_NOOP("AnimationExportDialog", "Output padding"),
    "format": QT_TRANSLATE_NOOP("AnimationExportDialog", "Format"),
    "numbers": QT_TRANSLATE_NOOP("AnimationExportDialog", "Write the values into the cells"),
    "theme": QT_TRANSLATE_NOOP("AnimationExportDialog", "Theme"),
    "width": QT_TRANSLATE_NOOP("AnimationExportDialog", "Frame width"),
    "fps": QT_TRANSLATE_NOOP("AnimationExportDialog", "Frames a second"),
    "file": QT_TRANSLATE_NOOP("AnimationExportDialog", "File"),
    "browse": QT_TRANSLATE_NOOP("AnimationExportDialog", "Choose…"),
    "export": QT_TRANSLATE_NOOP("AnimationExportDialog", "Export"),
    "cancel": QT_TRANSLATE_NOOP("AnimationExportDialog", "Cancel"),
    "forward": QT_TRANSLATE_NOOP("AnimationExportDialog", "Forward pass (the window slides, the output fills in)"),
    "backward": QT_TRANSLATE_NOOP(
        "AnimationExportDialog", "Backward pass (each output gradient flows back into dX and dW)"
    ),
    "transposed": QT_TRANSLATE_NOOP(
        "AnimationExportDialog", "Transposed convolution (each input cell stamps the kernel)"
    ),
    "small": QT_TRANSLATE_NOOP("AnimationExportDialog", "Small whole numbers (they read on a slide)"),
    "stepper": QT_TRANSLATE_NOOP("AnimationExportDialog", "The stepper's input and kernel"),
    "stepper_rgb": QT_TRANSLATE_NOOP("AnimationExportDialog", "The stepper's input and kernel (gray input only)"),
    "light": QT_TRANSLATE_NOOP("AnimationExportDialog", "Light (white, for slides)"),
    "dark": QT_TRANSLATE_NOOP("AnimationExportDialog", "Dark"),
    "summary": QT_TRANSLATE_NOOP(
        "AnimationExportDialog",
        "{frames} frames: one per kernel position and the result. From the stepper: kernel {kernel}, "
        "stride {stride}, padding {padding}, dilation {dilation}; zero padding, no activation or pooling.",
    ),
    "no_file": QT_TRANSLATE_NOOP("AnimationExportDialog", "Choose a file to write first."),
    "not_a_file": QT_TRANSLATE_NOOP(
        "AnimationExportDialog", "{path} is a folder, not a file: add a file name to it, e.g. {example}."
    ),
    "progress": QT_TRANSLATE_NOOP("AnimationExportDialog", "Drawing and writing frame {done} of {total}…"),
    "wrote": QT_TRANSLATE_NOOP("AnimationExportDialog", "Wrote {path}: {frames} frames of {width}×{height} pixels."),
    "cancelled": QT_TRANSLATE_NOOP("AnimationExportDialog", "The export was cancelled; no file was written."),
    "failed": QT_TRANSLATE_NOOP("AnimationExportDialog", "The animation could not be exported: {reason}"),
    "save_caption": QT_TRANSLATE_NOOP("AnimationExportDialog", "Export the animation as"),
    "save_filter": QT_TRANSLATE_NOOP("AnimationExportDialog", "Animated GIF (*.gif);;MP4 video (*.mp4)"),
}


def translated(key: str) -> str:
    """``TEXT[key]`` in the interface's language."""
    return tr("AnimationExportDialog", TEXT[key])


PASSES = ("forward", "backward", "transposed")
FORMATS = (
    ("gif", QT_TRANSLATE_NOOP("AnimationExportDialog", "Animated GIF")),
    ("mp4", QT_TRANSLATE_NOOP("AnimationExportDialog", "MP4 video")),
)


def target_path(text: str, fmt: str) -> Path | None:
    """The file ``text`` names with the format's suffix, ``~`` expanded; None when it names no
    file: empty, or a folder (``/``, ``.``, ``~``, an existing folder, a name ending in ``/``)."""
    text = text.strip()
    if not text or text.endswith(("/", "\\")):
        return None
    path = Path(text).expanduser()
    if path.name in ("", ".", "..") or path.is_dir():
        return None
    try:
        return path.with_suffix("." + fmt)
    except ValueError:  # a name with_suffix cannot take
        return None


class AnimationExportDialog(QDialog):
    """Asks, then exports on a worker thread. ``result`` and ``message`` keep the last outcome."""

    def __init__(
        self, setup: StepperInput | None, pass_name: str = "forward", parent: QWidget | None = None, order: str = "rows"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translated("title"))
        self.setup = setup
        self.order = order  # the stepper's traversal: "rows" or "columns" (the stamping is always by rows)
        self.result: ExportResult | None = None
        self.message = ""
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.worker = AnimationExportWorker()
        self.worker.signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.worker.signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        # A dialog gets no closeEvent when its main window goes: its destruction stops the export
        # (and waits for the file to be removed); the application's aboutToQuit does so in the worker.
        self.destroyed.connect(self.worker.stop)
        self.finished.connect(self.worker.cancel)
        self._build(pass_name)
        self._refresh()

    # ---- the form ----------------------------------------------------------------------------
    def _build(self, pass_name: str) -> None:
        self.pass_combo = QComboBox()
        for key in PASSES:
            self.pass_combo.addItem(translated(key), key)
        self.pass_combo.setCurrentIndex(max(0, self.pass_combo.findData(pass_name)))
        self.values_combo = QComboBox()
        gray = self.setup is not None and self.setup.channels == 1
        self.values_combo.addItem(translated("small"), "small")
        self.values_combo.addItem(translated("stepper") if gray else translated("stepper_rgb"), "stepper")
        self.values_combo.model().item(1).setEnabled(gray)  # type: ignore[attr-defined]
        h, w = self.setup.hw if self.setup is not None else (5, 5)
        self.rows_spin, self.cols_spin = QSpinBox(), QSpinBox()
        for spin, value in ((self.rows_spin, h), (self.cols_spin, w)):
            spin.setRange(1, MAX_SIDE)  # the most a grid draws a side
            spin.setValue(value)
        self.output_padding_spin = QSpinBox()
        self.output_padding_spin.setRange(0, 8)
        self.format_combo = QComboBox()
        for key, label in FORMATS:
            self.format_combo.addItem(tr("AnimationExportDialog", label), key)
        self.numbers_check = QCheckBox(translated("numbers"))
        self.numbers_check.setChecked(True)
        self.theme_combo = QComboBox()
        for key in ("light", "dark"):
            self.theme_combo.addItem(translated(key), key)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width_spin.setValue(1000)
        self.width_spin.setSuffix(" px")
        self.fps_spin = QDoubleSpinBox()
        self.fps_spin.setRange(0.5, 30.0)
        self.fps_spin.setValue(2.0)
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(translated("browse"))
        self.browse_button.clicked.connect(self._browse)
        self.summary = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(translated("export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        size_row, file_row = QHBoxLayout(), QHBoxLayout()
        size_row.addWidget(self.rows_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.cols_spin)
        size_row.addStretch(1)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(translated("pass"), self.pass_combo)
        form.addRow(translated("values"), self.values_combo)
        form.addRow(translated("size"), size_row)
        form.addRow(translated("output_padding"), self.output_padding_spin)
        form.addRow(translated("format"), self.format_combo)
        form.addRow("", self.numbers_check)
        form.addRow(translated("theme"), self.theme_combo)
        form.addRow(translated("width"), self.width_spin)
        form.addRow(translated("fps"), self.fps_spin)
        form.addRow(translated("file"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        for combo in (self.pass_combo, self.values_combo, self.format_combo):
            combo.currentIndexChanged.connect(self._refresh)
        for spin in (self.rows_spin, self.cols_spin, self.output_padding_spin):
            spin.valueChanged.connect(self._refresh)

    def config(self) -> AnimationConfig:
        """The animation the form describes, on the stepper's layer."""
        spec = self.setup.spec if self.setup is not None else None
        use_stepper = self.values_combo.currentData() == "stepper" and self.setup is not None
        kernel_hw = self.setup.kernel_hw if self.setup is not None else (3, 3)
        x = kernel = None
        if use_stepper:
            assert self.setup is not None  # checked above
            x, kernel = self.setup.x[0], self.setup.kernel[0]
            if spec is not None and spec.flip:  # what slides over the input is the turned kernel
                kernel = np.ascontiguousarray(kernel[::-1, ::-1])
        pass_name = self.pass_combo.currentData()
        return AnimationConfig(
            input_hw=self.setup.hw
            if use_stepper and self.setup is not None
            else (self.rows_spin.value(), self.cols_spin.value()),
            kernel_hw=kernel_hw,
            stride=1 if spec is None else spec.stride,
            padding=0 if spec is None else spec.padding,
            dilation=1 if spec is None else spec.dilation,
            transposed=pass_name == "transposed",
            output_padding=self.output_padding_spin.value() if pass_name == "transposed" else 0,
            backward=pass_name == "backward",
            x=x,
            kernel=kernel,
            order="rows" if pass_name == "transposed" else self.order,
        )

    def _refresh(self) -> None:
        stepper_values = self.values_combo.currentData() == "stepper"
        for spin in (self.rows_spin, self.cols_spin):
            spin.setEnabled(not stepper_values)
        self.output_padding_spin.setEnabled(self.pass_combo.currentData() == "transposed")
        self._fix_suffix()
        cfg = self.config()
        try:
            frames = frame_count(cfg)
        except ValueError as exc:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet("color: #d04040")
            self.export_button.setEnabled(False)
            return
        self.summary.setStyleSheet("")
        self.summary.setText(
            translated("summary").format(
                frames=frames,
                kernel="×".join(map(str, cfg.kernel_hw)),
                stride=setting_text(cfg.stride),
                padding=setting_text(cfg.padding),
                dilation=setting_text(cfg.dilation),
            )
        )
        self.export_button.setEnabled(not self.busy)

    def _fix_suffix(self) -> None:
        """The suffix follows the format, as the user wrote the path (``~`` kept); a path that
        names no file is left as it is (Export says why)."""
        text = self.path_edit.text().strip()
        if target_path(text, self.format_combo.currentData()) is not None:
            self.path_edit.setText(str(Path(text).with_suffix("." + self.format_combo.currentData())))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translated("save_caption"), self.path_edit.text(), translated("save_filter")
        )
        if path:
            self.path_edit.setText(path)
            self._fix_suffix()

    # ---- the export --------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.worker.thread is not None

    def start_export(self) -> None:
        """Export on a worker thread; the progress dialog's Cancel stops it after the current frame."""
        if self.busy:
            return
        self._fix_suffix()
        text = self.path_edit.text().strip()
        path = target_path(text, self.format_combo.currentData())
        if path is None:
            if not text:
                self._tell(translated("no_file"), QMessageBox.Icon.Warning)
            else:
                folder = Path(text).expanduser()
                example = folder / ("animation." + self.format_combo.currentData())
                self._tell(translated("not_a_file").format(path=text, example=example), QMessageBox.Icon.Warning)
            return
        cfg = self.config()
        try:
            total = frame_count(cfg)
        except ValueError as exc:
            self._tell(translated("failed").format(reason=exc), QMessageBox.Icon.Warning)
            return
        options = dict(
            fmt=self.format_combo.currentData(),
            theme=self.theme_combo.currentData(),
            numbers=self.numbers_check.isChecked(),
            width=self.width_spin.value(),
            fps=self.fps_spin.value(),
        )
        self.progress = QProgressDialog(
            translated("progress").format(done=0, total=total), translated("cancel"), 0, total, self
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self.worker.cancel)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.worker.start(cfg, path, options)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and not self.worker.cancel_requested.is_set():
            self.progress.setLabelText(translated("progress").format(done=done, total=total))
            self.progress.setValue(done)

    def _on_finished(self, outcome: object) -> None:
        self.worker.join()
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        if isinstance(outcome, ExportResult):
            self.result = outcome
            if outcome.cancelled:
                self._tell(translated("cancelled"), QMessageBox.Icon.Information)
            else:
                width, height = outcome.size
                words = translated("wrote").format(path=outcome.path, frames=outcome.frames, width=width, height=height)
                self._tell(words, QMessageBox.Icon.Information)
        else:
            self.result = None
            self._tell(translated("failed").format(reason=outcome), QMessageBox.Icon.Warning)
        self._refresh()

    def _tell(self, text: str, icon: QMessageBox.Icon) -> None:
        self.message = text
        self.message_box = QMessageBox(icon, translated("title"), text, QMessageBox.StandardButton.Ok, self)
        self.message_box.open()  # not exec(): the window keeps running

    def closeEvent(self, event: Any) -> None:
        self.worker.cancel()  # a running export stops after its frame and removes its file
        super().closeEvent(event)

    def reject(self) -> None:
        self.worker.cancel()
        super().reject()


def open_dialog(
    parent: QWidget | None, setup: StepperInput | None, pass_name: str = "forward", order: str = "rows"
) -> AnimationExportDialog:
    """Show the export dialog (non-modal) for the stepper's current input and layer."""
    dialog = AnimationExportDialog(setup, pass_name, parent, order)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_for_stepper(stepper: Any, parent: QWidget | None = None) -> AnimationExportDialog:
    """The menu hook: ``stepper`` is the StepperWidget; its Backward page chooses the backward pass."""
    pass_name = "backward" if stepper.tabs.currentWidget() is stepper.backward else "forward"
    return open_dialog(parent or stepper.window(), stepper.setup, pass_name, stepper.order)
