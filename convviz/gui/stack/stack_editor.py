"""Build the stack: add a layer kind, remove, move up/down (or drag in the list), edit the
selected layer; choose the input (gray/RGB, size) and the mode (eval, the default, or train:
what dropout does); open an example (its description is shown), load or save a stack."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from convviz.gui.i18n import tr
from convviz.gui.stack.layer_form import LayerFormWidget
from convviz.gui.stack.layer_list import LayerListWidget
from convviz.io import stack_files
from convviz.model.stack.layers import KINDS
from convviz.model.stack.model import StackModel

SIZES = [
    (QT_TRANSLATE_NOOP("StackEditorWidget", "Image size"), None),  # translated where shown
    ("28×28", (28, 28)),
    ("32×32", (32, 32)),
    ("64×64", (64, 64)),
    ("128×128", (128, 128)),
]


# The shipped examples' names and descriptions (resources/stacks/*.json) as the editor shows
# them; the files, and what Save writes, keep their English.
EXAMPLE_TEXTS = frozenset(
    (
        QT_TRANSLATE_NOOP(
            "StackExamples",
            "Depthwise-separable block (32×32 RGB)",
        ),
        QT_TRANSLATE_NOOP(
            "StackExamples",
            "MobileNet-style: a 3×3 stem, then a 3×3 depthwise conv (one filter per channel) and a 1×1 pointwise conv that mixes channels.",  # noqa: E501
        ),
        QT_TRANSLATE_NOOP(
            "StackExamples",
            "Encoder–decoder (28×28 gray)",
        ),
        QT_TRANSLATE_NOOP(
            "StackExamples",
            "Two stride-2 convolutions halve the size twice; two stride-2 transposed convolutions (output_padding 1) bring 7×7 back to 28×28.",  # noqa: E501
        ),
        QT_TRANSLATE_NOOP(
            "StackExamples",
            "LeNet-5 (28×28 gray)",
        ),
        QT_TRANSLATE_NOOP(
            "StackExamples",
            "LeCun et al. 1998, as usually adapted to 28×28 MNIST: padding 2 on the first conv keeps 28×28. Its weights (lenet5.npz) were trained by `python -m convviz.train --fresh` (seed 0, 40 epochs, Adam) on the bundled digits: 97.2 % of their 500 test images right.",  # noqa: E501
        ),
        QT_TRANSLATE_NOOP(
            "StackExamples",
            "VGG-style block (32×32 RGB)",
        ),
        QT_TRANSLATE_NOOP(
            "StackExamples",
            "Two 3×3 'same' convolutions (receptive field 5×5), 2×2 max pool, dropout (it drops units only in train mode); CIFAR-sized input.",  # noqa: E501
        ),
    )
)


def shown_text(text: str) -> str:
    """A shipped example's name or description in the interface's language; others as they are."""
    return tr("StackExamples", text) if text in EXAMPLE_TEXTS else text


def _button(text: str, tip: str, slot: object) -> QtWidgets.QPushButton:
    b = QtWidgets.QPushButton(text)
    b.setToolTip(tip)
    b.clicked.connect(slot)
    return b


class StackEditorWidget(QtWidgets.QWidget):
    def __init__(self, model: StackModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = model
        v = QtWidgets.QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)

        self.example_combo = QtWidgets.QComboBox(
            toolTip=tr("StackEditorWidget", "Replace the stack with a shipped example")
        )
        self.examples = stack_files.examples()
        self.example_combo.addItem(tr("StackEditorWidget", "Open example…"))
        for name in self.examples:
            self.example_combo.addItem(shown_text(name), name)
        self.example_combo.activated.connect(self._on_example)
        files = QtWidgets.QHBoxLayout()
        self.load_button = _button(
            tr("StackEditorWidget", "Load…"),
            tr("StackEditorWidget", "Load a stack (.json, with weights from the .npz beside it)"),
            self._ask_load,
        )
        self.save_button = _button(
            tr("StackEditorWidget", "Save…"),
            tr("StackEditorWidget", "Save the stack as .json and its weights as .npz"),
            self._ask_save,
        )
        files.addWidget(self.example_combo, 1)
        files.addWidget(self.load_button)
        files.addWidget(self.save_button)
        v.addLayout(files)
        self.description = QtWidgets.QLabel(
            wordWrap=True, toolTip=tr("StackEditorWidget", "What the stack you opened is")
        )
        self.description.setStyleSheet(
            "QLabel { background: #eef2f8; border: 1px solid #c8d2e0; border-radius: 3px; padding: 4px; }"
        )
        self.description.setTextFormat(QtCore.Qt.RichText)
        self.description.hide()
        v.addWidget(self.description)
        self._description = ("", "")  # (name, text) of the stack opened, saved with it

        inputs = QtWidgets.QHBoxLayout()
        self.channels_combo = QtWidgets.QComboBox(
            toolTip=tr("StackEditorWidget", "Feed the image as 1 gray channel or 3 RGB channels")
        )
        self.channels_combo.addItems([tr("StackEditorWidget", "Gray (1×H×W)"), tr("StackEditorWidget", "RGB (3×H×W)")])
        self.channels_combo.currentIndexChanged.connect(
            lambda i: self._edit(lambda: self.stack.set_channels(1 if i == 0 else 3))
        )
        self.size_combo = QtWidgets.QComboBox(
            toolTip=tr("StackEditorWidget", "Resize the image before the stack (examples expect 28 or 32)")
        )
        self.size_combo.addItems([tr("StackEditorWidget", s[0]) for s in SIZES])
        self.size_combo.currentIndexChanged.connect(lambda i: self._edit(lambda: self.stack.set_size(SIZES[i][1])))
        inputs.addWidget(QtWidgets.QLabel(tr("StackEditorWidget", "Input:")))
        inputs.addWidget(self.channels_combo)
        inputs.addWidget(self.size_combo)
        v.addLayout(inputs)

        mode = QtWidgets.QHBoxLayout()
        mode_tip = tr(
            "StackEditorWidget",
            "Eval mode (the default, as torch's model.eval()): dropout passes every unit through "
            "unchanged. Train mode (model.train()): dropout zeroes random units and scales the rest.",
        )
        mode.addWidget(QtWidgets.QLabel(tr("StackEditorWidget", "Mode:"), toolTip=mode_tip))
        self.eval_radio = QtWidgets.QRadioButton(
            tr("StackEditorWidget", "eval (dropout off)"), toolTip=mode_tip, checked=True
        )
        self.train_radio = QtWidgets.QRadioButton(tr("StackEditorWidget", "train (dropout on)"), toolTip=mode_tip)
        self.mode_group = QtWidgets.QButtonGroup(self)
        for b in (self.eval_radio, self.train_radio):
            self.mode_group.addButton(b)
            mode.addWidget(b)
        mode.addStretch(1)
        self.train_radio.toggled.connect(lambda on: self._edit(lambda: self.stack.set_training(on)))
        v.addLayout(mode)

        adder = QtWidgets.QHBoxLayout()
        self.kind_combo = QtWidgets.QComboBox(toolTip=tr("StackEditorWidget", "Kind of layer to add"))
        for kind, ks in KINDS.items():
            self.kind_combo.addItem(ks.label, kind)
            self.kind_combo.setItemData(self.kind_combo.count() - 1, ks.tip, 3)  # 3 = ToolTipRole
        self.add_button = _button(
            tr("StackEditorWidget", "Add"),
            tr("StackEditorWidget", "Insert a layer of this kind after the selected one"),
            self.add_layer,
        )
        adder.addWidget(self.kind_combo, 1)
        adder.addWidget(self.add_button)
        v.addLayout(adder)

        self.list = LayerListWidget(model)
        v.addWidget(self.list, 1)
        moves = QtWidgets.QHBoxLayout()
        self.up_button = _button(
            tr("StackEditorWidget", "▲ Up"),
            tr("StackEditorWidget", "Move the selected layer one place towards the input"),
            lambda: self._move(-1),
        )
        self.down_button = _button(
            tr("StackEditorWidget", "▼ Down"),
            tr("StackEditorWidget", "Move the selected layer one place towards the output"),
            lambda: self._move(1),
        )
        self.remove_button = _button(
            tr("StackEditorWidget", "Remove"), tr("StackEditorWidget", "Delete the selected layer"), self._remove
        )
        self.clear_button = _button(
            tr("StackEditorWidget", "Clear"), tr("StackEditorWidget", "Delete every layer"), self.clear
        )
        for b in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            moves.addWidget(b)
        v.addLayout(moves)
        self.form = LayerFormWidget(model)
        v.addWidget(self.form)
        self.status = QtWidgets.QLabel(
            wordWrap=True, toolTip=tr("StackEditorWidget", "What went wrong with the last file or layer")
        )
        self.status.setStyleSheet("color: #c00000")
        v.addWidget(self.status)
        model.changed.connect(self._on_model)
        self._on_model("input")

    def _on_model(self, part: str) -> None:
        res = self.stack.result
        if res.valid:
            self.status.setText("")
        else:  # a budget's message names its layer already
            error = res.rows[res.error_index].error
            named = error.startswith(f"layer {res.error_index + 1} ")
            self.status.setText(
                error if named else tr("StackEditorWidget", "Layer {0}: {1}").format(res.error_index + 1, error)
            )
        self._show_controls()

    def _show_controls(self) -> None:
        for combo, value in (
            (self.channels_combo, 0 if self.stack.channels == 1 else 1),
            (self.size_combo, next((i for i, s in enumerate(SIZES) if s[1] == self.stack.size), 0)),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(value)
            combo.blockSignals(False)
        for radio, on in ((self.train_radio, self.stack.training), (self.eval_radio, not self.stack.training)):
            radio.blockSignals(True)
            radio.setChecked(on)
            radio.blockSignals(False)
        sel = self.stack.selected
        self.remove_button.setEnabled(sel is not None)
        self.up_button.setEnabled(bool(sel))
        self.down_button.setEnabled(sel is not None and sel < len(self.stack) - 1)

    def _edit(self, change: Callable[[], object]) -> bool:
        """Run one edit. The model refuses an edit that would go over a budget (or is invalid)
        before changing anything: say why, and put the controls back to the stack as it is."""
        try:
            change()
        except ValueError as exc:
            self._show_controls()
            self.status.setText(tr("StackEditorWidget", "Not changed: {0}").format(exc))
            return False
        return True

    def clear(self) -> None:
        if self._edit(self.stack.clear):
            self.show_description("", "")

    def show_description(self, name: str, text: str) -> None:
        """Say what the stack just opened is (an example's name and description)."""
        self._description = (name, text)
        shown = f"<b>{html.escape(shown_text(name))}</b>" if name else ""
        if text:
            shown += (": " if shown else "") + html.escape(shown_text(text))
        self.description.setText(shown)
        self.description.setVisible(bool(shown))

    def add_layer(self) -> bool:
        sel = self.stack.selected
        return self._edit(lambda: self.stack.add(self.kind_combo.currentData(), None if sel is None else sel + 1))

    def _move(self, step: int) -> None:
        if self.stack.selected is not None:
            self._edit(lambda: self.stack.move(self.stack.selected, self.stack.selected + step))

    def _remove(self) -> None:
        if self.stack.selected is not None:
            self._edit(lambda: self.stack.remove(self.stack.selected))

    def _on_example(self, index: int) -> None:
        if index > 0:
            self.load_file(self.examples[self.example_combo.itemData(index)])
        self.example_combo.setCurrentIndex(0)

    def load_file(self, path: str | Path) -> bool:
        """Load a stack; on a bad file show why and leave the stack as it was."""
        try:
            spec = stack_files.load(path)
            stack_files.apply(self.stack, spec)
        except stack_files.StackFileError as exc:
            self.status.setText(tr("StackEditorWidget", "Not loaded: {0}").format(exc))
            return False
        self.status.setText("")
        self.show_description(spec.name or Path(path).stem, spec.description)
        return True

    def save_file(self, path: str | Path) -> None:
        name, text = self._description
        stack_files.save(self.stack, path, name, description=text)

    def _ask_load(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, tr("StackEditorWidget", "Load stack"), "", tr("StackEditorWidget", "Stacks (*.json)")
        )
        if path:
            self.load_file(path)

    def _ask_save(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, tr("StackEditorWidget", "Save stack"), "stack.json", tr("StackEditorWidget", "Stacks (*.json)")
        )
        if path:
            try:
                self.save_file(path)
            except OSError as exc:
                self.status.setText(tr("StackEditorWidget", "Not saved: {0}").format(exc))
