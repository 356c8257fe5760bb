"""Framework code: the current stack or the explorer's layer as PyTorch, Keras and tf.nn source
(``convviz.model.codegen`` writes it), one tab each, read-only and monospaced, with a Copy
button and a line on what differs from convviz. Non-modal: it stays beside the window.

``show_code(parent, subject, input_shape=None)``: ``subject`` is a ``StackModel`` (its own input
unless ``input_shape`` is given), an engine ``Sequential`` or list of layers (with
``input_shape``), or the ``AppState`` (the explorer's layer, its kernel bank and input).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from convviz.gui.i18n import tr
from convviz.model import codegen

# The dialog's words, marked for pyside6-lupdate and translated where shown.
STACK_TITLE = QT_TRANSLATE_NOOP("CodeDialog", "Framework code: the layer stack")
LAYER_TITLE = QT_TRANSLATE_NOOP("CodeDialog", "Framework code: the explorer's layer")
COPY = QT_TRANSLATE_NOOP("CodeDialog", "Copy")
COPY_TIP = QT_TRANSLATE_NOOP("CodeDialog", "Copy this source to the clipboard")
COPIED = QT_TRANSLATE_NOOP("CodeDialog", "Copied to the clipboard.")
CANNOT = QT_TRANSLATE_NOOP(
    "CodeDialog", "Some layers cannot be written in this framework: see the comments marked NOT EXPRESSIBLE."
)
CLOSE = QT_TRANSLATE_NOOP("CodeDialog", "Close")
CANNOT_RUN = QT_TRANSLATE_NOOP("CodeDialog", "# No code: the layer cannot run on this input ({0}).")


def sources_for(subject: Any, input_shape: Any = None) -> tuple[str, dict[str, str]]:
    """The dialog's title and each framework's source for ``subject`` (see the module doc); a
    layer that cannot run on its input (the explorer shows why) gives a comment saying so."""
    if hasattr(subject, "layer") and hasattr(subject, "bank") and hasattr(subject, "input"):
        weight_shape = subject.bank.weight(subject.input.channels).shape
        hw = subject.input.hw
        title, makers = (
            LAYER_TITLE,
            {n: partial(f, subject.layer, weight_shape, hw) for n, f in codegen.LAYER_FRAMEWORKS.items()},
        )
    else:
        title, makers = STACK_TITLE, {n: partial(f, subject, input_shape) for n, f in codegen.FRAMEWORKS.items()}
    sources = {}
    for name, make in makers.items():
        try:
            sources[name] = make()
        except ValueError as exc:
            sources[name] = tr("CodeDialog", CANNOT_RUN).format(exc) + "\n"
    return tr("CodeDialog", title), sources


class CodePage(QWidget):
    """One framework: the note on what differs, the source, and its Copy button."""

    def __init__(self, framework: str, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(codegen.DIFFERENCES[framework], wordWrap=True)
        self.warning = QLabel(tr("CodeDialog", CANNOT), wordWrap=True, styleSheet="color: #c00000")
        self.editor = QPlainTextEdit(readOnly=True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton(tr("CodeDialog", COPY), toolTip=tr("CodeDialog", COPY_TIP))
        self.copied = QLabel()
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.copied, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.warning)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        self.set_source(source)

    @property
    def source(self) -> str:
        return self.editor.toPlainText()

    def set_source(self, source: str) -> None:
        self.editor.setPlainText(source)
        self.warning.setVisible(codegen.NOT_EXPRESSIBLE in source)
        self.copied.clear()

    def copy(self) -> None:
        QApplication.clipboard().setText(self.source)
        self.copied.setText(tr("CodeDialog", COPIED))


class CodeDialog(QDialog):
    def __init__(self, title: str, sources: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self.tabs = QTabWidget()
        self.pages: dict[str, CodePage] = {}
        for framework, source in sources.items():
            self.pages[framework] = CodePage(framework, source)
            self.tabs.addTab(self.pages[framework], framework)
        close = QPushButton(tr("CodeDialog", CLOSE))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(900, 640)


def show_code(parent: QWidget | None, subject: Any, input_shape: Any = None) -> CodeDialog:
    """Open the dialog for ``subject`` beside ``parent`` and return it (non-modal, deleted on close)."""
    title, sources = sources_for(subject, input_shape)
    dialog = CodeDialog(title, sources, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    return dialog
