"""The framework-code dialog: three tabs, each with its source, a Copy button that puts exactly
that source on the clipboard, and the note on what differs."""

from __future__ import annotations

import ast

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from convviz import engine as E
from convviz.gui.code_dialog import COPIED, CodeDialog, show_code
from convviz.model.settings import PaddingKind
from convviz.model.stack.model import StackModel
from convviz.model.state import AppState


def _stack() -> StackModel:
    stack = StackModel(channels=1, size=(28, 28))
    stack.add("conv2d", out_channels=6, kernel_size=4, stride=2, padding="same")
    stack.add("relu")
    stack.add("avg_pool", kernel_size=2)
    stack.add("flatten")
    stack.add("linear", out_features=10)
    return stack


def test_copy_puts_each_tabs_source_on_the_clipboard(qtbot):
    dialog = show_code(None, _stack())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.isModal()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["PyTorch", "Keras", "tf.nn"]
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        page = dialog.tabs.currentWidget()
        QApplication.clipboard().clear()
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
        text = QApplication.clipboard().text()
        assert text == page.editor.toPlainText()
        compile(text, dialog.tabs.tabText(i), "exec")  # it is Python that compiles
        assert page.copied.text() == COPIED
        assert page.editor.isReadOnly()
        assert not page.warning.isVisible()
    torch_source = dialog.pages["PyTorch"].source
    # TF SAME on 28 at stride 2, kernel 4: out 14, total (14 − 1)·2 + 4 − 28 = 2, even: padding=1
    assert "nn.Conv2d(1, 6, kernel_size=4, stride=2, padding=1)" in torch_source
    assert "keras.Input(shape=(28, 28, 1))" in dialog.pages["Keras"].source
    assert "def model(x):" in dialog.pages["tf.nn"].source
    assert "NHWC" in dialog.pages["Keras"].note.text()


def test_the_explorers_layer_with_padding_tensorflow_has_not(qtbot):
    state = AppState()
    state.layer.update(padding_kind=PaddingKind.EXPLICIT, pad_top=0, pad_bottom=2, padding_mode="circular")
    dialog = show_code(None, state)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "explorer" in dialog.windowTitle()
    assert "nn.CircularPad2d((1, 1, 0, 2))" in dialog.pages["PyTorch"].source
    keras_page = dialog.pages["Keras"]
    dialog.tabs.setCurrentWidget(keras_page)
    assert "ops.concatenate" in keras_page.source  # the far rows wrapped round by hand
    assert not keras_page.warning.isVisible()


def test_a_warning_where_a_framework_cannot_say_a_layer(qtbot):
    dialog = show_code(None, [E.MaxPool2d(2, 1, 0, dilation=2)], (1, 8, 8))  # Keras pools are never dilated
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    torch_page, keras_page = dialog.pages["PyTorch"], dialog.pages["Keras"]
    assert not torch_page.warning.isVisible()
    dialog.tabs.setCurrentWidget(keras_page)
    qtbot.waitUntil(keras_page.warning.isVisible)
    assert "NOT EXPRESSIBLE in Keras: MaxPool2d-1" in keras_page.source
    ast.parse(keras_page.source)


def test_the_dialog_is_a_plain_dialog_that_closes(qtbot):
    dialog = CodeDialog("t", {"PyTorch": "x = 1\n"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()
    assert not dialog.isVisible()


def test_a_layer_that_cannot_run_says_why_instead_of_code(qtbot):
    state = AppState(image=np.zeros((8, 8), np.float32))
    state.layer.update(dilation=5)  # a 3×3 kernel spread over 11 cells does not fit 8
    dialog = show_code(None, state)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    for page in dialog.pages.values():
        assert page.source.startswith("# No code: the layer cannot run on this input")
        compile(page.source, "no code", "exec")


def test_ctrl_shift_c_shows_the_explorers_layer_and_on_the_stack_tab_the_stack(main_window, qtbot):
    """View → Framework code…: the subject is what the tab in front shows."""
    from convviz.engine.kernels import preset
    from convviz.model.settings import Activation

    main_window.state.bank.set_current_kernel(preset("gaussian_5x5"))
    main_window.state.layer.update(stride=2, activation=Activation.RELU)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(main_window, Qt.Key.Key_C, keys)
    qtbot.waitUntil(
        lambda: getattr(main_window, "code_dialog", None) is not None and main_window.code_dialog.isVisible()
    )
    layer = main_window.code_dialog.pages["PyTorch"].source
    assert "kernel_size=5, stride=2" in layer and "nn.ReLU()" in layer and "nn.Linear" not in layer
    main_window.code_dialog.close()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # LeNet-5 opens there
    qtbot.waitUntil(lambda: len(main_window.stack_tab.stack) > 0)
    qtbot.keyClick(main_window, Qt.Key.Key_C, keys)
    qtbot.waitUntil(lambda: "nn.Linear" in main_window.code_dialog.pages["PyTorch"].source)
    stack = main_window.code_dialog.pages["PyTorch"].source
    assert stack.count("nn.Conv2d(") == sum(
        type(layer).__name__ == "Conv2d" for layer in main_window.stack_tab.stack.result.layers
    )
    main_window.code_dialog.close()
