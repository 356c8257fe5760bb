"""The stepper part in 简体中文 and 繁體中文: the stepper tab's pages, its play bar, the matrices'
titles, the closed forms, the learn page and the export-animation dialog show the translations
the stepper's .ts files hold (read here, not taken from the code), as a user who clicks through
the tab sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from convviz.gui import i18n
from tests.gui.test_language import Words


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese(request, qtbot):
    """The window built with the language's translators installed (as the app does before it
    builds the window), on its stepper tab; then English again for later tests."""
    from convviz.gui.shell import prefs
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    app = QApplication.instance()
    i18n.install(app, request.param)
    for key in ("geometry", "window_state"):
        prefs.settings().remove(key)
    window = MainWindow(AppState(), compact=False)
    qtbot.addWidget(window)
    window.resize(1500, 920)
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())  # "Step by step"
    stepper = window.stepper
    qtbot.waitUntil(lambda: stepper.isVisible() and stepper.up_to_date and stepper.forward.trace is not None)
    yield window, stepper, Words(request.param, "stepper")
    dialog = stepper.forward.transport.export_dialog
    if dialog is not None:
        dialog.close()
    window.close()
    i18n.install(app, "en")


def click_page(qtbot, stepper, index: int) -> None:
    bar = stepper.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: stepper.tabs.currentIndex() == index)


def shape(values) -> str:
    return f"{values.shape[0]}×{values.shape[1]}"


def test_the_stepper_top_line_pages_and_play_bar(chinese, qtbot):
    window, stepper, words = chinese
    pages = [stepper.tabs.tabText(i) for i in range(3)]
    assert pages == [words("StepperWidget", t) for t in ("Forward", "Backward", "Learn a kernel")]
    assert stepper.tabs.tabToolTip(1) == words("StepperWidget", "Step the gradients back through the layer")
    assert stepper.source_label.text() == words("StepperWidget", "input:")
    assert stepper.order_label.text() == words("StepperWidget", "order:")
    transport = stepper.forward.transport
    assert transport.export_button.text() == words("TransportBar", "Export animation…")
    assert transport.play_button.toolTip() == words("TransportBar", "Play / pause (Space)")
    assert transport.scrubber.toolTip() == words("TransportBar", "Drag to any step; seeking is instant")
    qtbot.mouseClick(transport.forward_button, Qt.MouseButton.LeftButton)  # one step on, as a user does
    total = stepper.forward.output_view.values.size  # one step per output cell (no pooling by default)
    assert stepper.forward.player.length == total
    assert transport.step_label.text() == words("TransportBar", "step {0} / {1}").format(2, total)
    speed = f"{stepper.forward.player.speed:g}"
    assert transport.speed_label.text() == words("TransportBar", "{0} steps/s").format(speed)
    forward = stepper.forward
    kernel_hw = window.state.bank.weight(1).shape[-2:]
    assert forward.kernel_view.title.text == words("ForwardPanel", "kernel{0} {1}").format(
        "", f"{kernel_hw[0]}×{kernel_hw[1]}"
    )
    assert forward.output_view.title.text == words("ForwardPanel", "feature map {0}").format(
        shape(forward.output_view.values)
    )
    assert forward.products_view.title.text == words("ForwardPanel", "window × kernel{0}").format("")
    assert forward.arithmetic.toolTip() == words("ForwardPanel", "The arithmetic of the current step")
    assert words("ForwardPanel", "<b>conv</b> {0}: output {1} = ").split("{0}")[0] in forward.arithmetic.text()
    header = stepper.note.text()
    assert words("StepperWidget", "no activation") in header and words("StepperWidget", "no pooling") in header


def test_the_backward_page_and_its_closed_forms(chinese, qtbot):
    _, stepper, words = chinese
    click_page(qtbot, stepper, 1)
    backward = stepper.backward
    qtbot.waitUntil(lambda: backward.page is not None and stepper.up_to_date)
    labels = {label.text() for label in backward.findChildren(QLabel)}
    assert words("BackwardPanel", "upstream gradient:") in labels
    assert backward.clear_button.text() == words("BackwardPanel", "Clear paint")
    assert backward.closed.check_button.text() == words("ClosedFormPanel", "Check")
    waiting = "The closed forms appear at the last step, beside the stepped totals."
    assert backward.closed.summary.text() == words("ClosedFormPanel", waiting)
    assert backward.dw_view.title.text == words("BackwardPanel", "dW{0} {1} (running)").format(
        "", shape(backward.dw_view.values)
    )
    assert backward.dx_view.title.text == words("BackwardPanel", "dX{0} {1} (running)").format(
        "", shape(backward.dx_view.values)
    )
    qtbot.mouseClick(backward.transport.end_button, Qt.MouseButton.LeftButton)  # the last step: the closed forms
    qtbot.waitUntil(lambda: backward.closed.forms is not None)
    summary = words("ClosedFormPanel", "Closed forms (scipy correlate2d, not the engine) vs the stepped totals: {0}")
    assert backward.closed.summary.text().startswith(summary.split("{0}")[0])
    assert backward.closed.dw_view.title.text == words("ClosedFormPanel", "closed dW = X ⋆ dZ{0}").format("")
    qtbot.mouseClick(backward.closed.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backward.last_check is not None, timeout=20_000)
    assert backward.closed.check_label.text().startswith(words("ClosedFormPanel", "Check: {0}<br>{1}").split("{0}")[0])


def test_the_learn_page(chinese, qtbot):
    window, stepper, words = chinese
    click_page(qtbot, stepper, 2)
    learn = stepper.learn
    assert learn.start_button.text() == words("LearnPanel", "Learn")
    assert learn.reset_button.text() == words("LearnPanel", "Reset")
    assert learn.copy_button.text() == words("LearnPanel", "Copy to bank")
    labels = {label.text() for label in learn.findChildren(QLabel)}
    for english in ("target", "optimizer", "learning rate", "start from"):
        assert words("LearnPanel", english) in labels
    inits = [learn.init_combo.itemText(i) for i in range(learn.init_combo.count())]
    assert inits == [words("LearnPanel", t) for t in ("random (He)", "current kernel", "zeros")]
    assert learn.kernel_view.title.text == words("LearnPanel", "learned kernel")
    assert learn.target_out_view.title.text == words("LearnPanel", "target output")
    h, w = window.state.input.current.shape[:2]
    crop = words("LearnPanel", "the centre {0}×{1} crop of the image, in gray (BT.601 luma)").format(
        min(h, 64), min(w, 64)
    )
    assert learn.status.text() == words("LearnPanel", "Press Learn: it learns a kernel and a bias on {0}.").format(crop)
    note = words("StepperWidget", "<i>Learn a kernel</i> learns on its own input: {0} (not the input chosen here)")
    assert stepper.note.text() == note.format(crop)


def test_the_export_animation_dialog(chinese, qtbot):
    _, stepper, words = chinese
    qtbot.mouseClick(stepper.forward.transport.export_button, Qt.MouseButton.LeftButton)
    dialog = stepper.forward.transport.export_dialog
    qtbot.waitExposed(dialog)
    ctx = "AnimationExportDialog"
    assert dialog.windowTitle() == words(ctx, "Export animation")
    assert dialog.browse_button.text() == words(ctx, "Choose…")
    assert dialog.export_button.text() == words(ctx, "Export")
    assert dialog.numbers_check.text() == words(ctx, "Write the values into the cells")
    passes = [dialog.pass_combo.itemText(i) for i in range(dialog.pass_combo.count())]
    assert passes[0] == words(ctx, "Forward pass (the window slides, the output fills in)")
    assert passes[2] == words(ctx, "Transposed convolution (each input cell stamps the kernel)")
    assert [dialog.format_combo.itemText(i) for i in range(2)] == [words(ctx, "Animated GIF"), words(ctx, "MP4 video")]
    form = dialog.findChild(QFormLayout)
    labels = [form.itemAt(r, QFormLayout.ItemRole.LabelRole) for r in range(form.rowCount())]
    texts = {item.widget().text() for item in labels if item is not None and item.widget() is not None}
    for english in ("Pass", "Values", "Input size", "Format", "Theme", "Frame width", "Frames a second", "File"):
        assert words(ctx, english) in texts
    summary = words(
        ctx,
        "{frames} frames: one per kernel position and the result. From the stepper: kernel {kernel}, "
        "stride {stride}, padding {padding}, dilation {dilation}; zero padding, no activation or pooling.",
    )
    assert dialog.summary.text().endswith(summary[summary.rindex("}") + 1 :])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # no file chosen: the dialog says so
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible())
    assert dialog.message_box.text() == words(ctx, "Choose a file to write first.")
    dialog.message_box.close()
