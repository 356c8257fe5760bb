"""The shell part in 简体中文 and 繁體中文: the View menu's looks and sizes, the contrast box, the
Lessons menu and its panel, F1's help pages, the framework code and 1-D convolution dialogs, the
file dialogs and the error messages show the translations the shell's .ts files hold (read here,
not taken from the code)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from convviz.gui import i18n
from tests.gui.test_language import Words


def plain(html: str) -> list[str]:
    """The lines a text view shows for ``html``."""
    document = QTextDocument()
    document.setHtml(html)
    return [line.strip() for line in document.toPlainText().splitlines() if line.strip()]


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese(request, qtbot):
    """The window built with the language's translators installed (as the app does before it
    builds the window), then English again for later tests."""
    from convviz.gui.shell import file_ops, prefs
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    app = QApplication.instance()
    i18n.install(app, request.param)
    for key in ("geometry", "window_state"):
        prefs.settings().remove(key)
    window = MainWindow(AppState(), compact=False)
    qtbot.addWidget(window)
    window.resize(1500, 920)
    file_ops.open_sample(window, "checkerboard")
    window.show()
    qtbot.waitExposed(window)
    yield window, Words(request.param, "shell")
    for name in ("lesson_panel", "signal_dialog", "code_dialog"):
        dialog = getattr(window, name, None)
        if dialog is not None:
            dialog.close()
    window.help_window.close()
    window.close()
    i18n.install(app, "en")


def choose_lesson(qtbot, window, lesson_id: str) -> None:
    """Open the Lessons menu and click the lesson's entry, as a user does."""
    menu = window.lessons_menu
    action = next(a for a in menu.actions() if a.data() == lesson_id)
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())
    qtbot.waitUntil(lambda: window.lesson_panel.isVisible())


def test_the_view_menu_and_the_contrast_box_in_chinese(chinese, qtbot):
    from convviz.gui.shell import prefs, presentation

    window, tr = chinese
    assert window.sqrt_action.text() == tr("ViewMenu", "S&quare-root colour scale for signed maps")
    assert window.per_map_action.text() == tr("ViewMenu", "One colour scale &per map")
    assert window.per_map_action.statusTip() == tr(
        "ViewMenu",
        "On: each filter's map gets its own scale (a blur beside Sobel is not washed out); its range is in "
        "its title. Off: one scale for the whole bank, so the maps compare.",
    )
    sizes = {value: action.text() for value, action in window.scale_actions.items()}
    assert sizes == {
        "1": tr("Presentation", "Normal"),
        "1.5": tr("Presentation", "Large (×1.5)"),
        "2": tr("Presentation", "Extra large (×2)"),
    }
    assert window.theme_action.text() == tr("ViewMenu", "&Light theme for slides")
    assert window.contrast.prefix() == tr("LookPrefs", "contrast ×")
    assert window.contrast.toolTip() == tr(
        "LookPrefs", "Contrast of the feature maps' colours: the colour scale is divided by this factor."
    )
    try:
        window.scale_actions["1.5"].trigger()  # as a click in the menu does
        assert window.coords.text() == tr("ViewMenu", "Remembered: it applies when convviz starts next time.")
    finally:
        prefs.settings().remove(presentation.SCALE_KEY)


def test_a_lesson_and_its_panel_in_chinese(chinese, qtbot):
    from convviz.model.teaching.lessons import CATALOGUE

    window, tr = chinese
    tip = tr(
        "LessonPanel", "Open this worked example: it sets the layer, the input and the tab, and explains the numbers."
    )
    assert {a.statusTip() for a in window.lessons_menu.actions()} == {tip}
    choose_lesson(qtbot, window, "valid_5x5")
    title = {i: t for i, t, _ in CATALOGUE}["valid_5x5"]
    assert window.lesson_panel.windowTitle() == tr("LessonPanel", "Lesson: {0}").format(title)
    text = window.lesson_panel.plain_text()
    assert tr("LessonPanel", "Change anything now: the lesson is only where you start.") in text
    assert tr("LessonPanel", "Ctrl+Z in the kernel editor brings your own kernels back.") in text


def test_f1_on_the_stepper_shows_its_page_and_the_shortcuts_in_chinese(chinese, qtbot):
    from convviz.gui.shell import help_texts

    window, tr = chinese
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(window.help_window.isVisible)
    tab = window.tabs.tabText(1)
    assert window.help_window.windowTitle() == tr("HelpWindow", "convviz help — {0}").format(tab)
    shown = window.help_window.text.toPlainText()
    for page in (help_texts.STEPPER, help_texts.COLOURS):
        assert all(line in shown for line in plain(tr("HelpTexts", page))), page[:30]
    quit_text = re.sub(r"\(&\w\)", "", tr("Actions", "&Quit"))
    for text in (tr("HelpTexts", "Shortcuts"), tr("HelpTexts", "Move the pin"), quit_text):
        assert text in shown
    assert "Step by step" not in shown and "Move the pin" not in shown


def test_the_framework_code_dialog_in_chinese(chinese, qtbot):
    window, tr = chinese
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_C, keys)
    qtbot.waitUntil(lambda: getattr(window, "code_dialog", None) is not None and window.code_dialog.isVisible())
    dialog = window.code_dialog
    assert dialog.windowTitle() == tr("CodeDialog", "Framework code: the explorer's layer")
    page = dialog.pages["PyTorch"]
    assert page.copy_button.text() == tr("CodeDialog", "Copy")
    assert page.copy_button.toolTip() == tr("CodeDialog", "Copy this source to the clipboard")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.copied.text() == tr("CodeDialog", "Copied to the clipboard.")


def test_the_signal_dialog_in_chinese(chinese, qtbot):
    from convviz.model.teaching.signal_1d import MAX_LENGTH

    window, tr = chinese
    choose_lesson(qtbot, window, "signal_1d")
    dialog = window.signal_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == tr("SignalDialog", "Convolution in 1-D")
    assert [dialog.tabs.tabText(i) for i in range(2)] == [
        tr("SignalDialog", "Flip, slide, sum"),
        tr("SignalDialog", "Over a sentence (NLP)"),
    ]
    page = dialog.signal_page
    assert page.flip_check.text() == tr("SignalDialog", "flip the kernel (convolution)")
    assert page.signal_edit.toolTip() == tr(
        "SignalDialog", "The signal x: 1 to {0} numbers, separated by commas or spaces; Enter recomputes."
    ).format(MAX_LENGTH)
    assert page.table.verticalHeaderItem(0).text() == tr("SignalDialog", "this slide")
    page.slider.setValue(0)
    assert page.step_label.text() == tr("SignalDialog", "output n = {0} of 0…{1}").format(0, page.slider.maximum())
    assert dialog.text_page.filter_combo.itemText(0) == tr("SignalDialog", "filter {0}").format(1)


def test_the_open_dialog_and_a_bad_file_in_chinese(chinese, qtbot, monkeypatch, tmp_path):
    from convviz.gui.shell import file_dialogs

    window, tr = chinese
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: asked.append(args[1:4:2]) or ("", ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(tr("FileDialogs", "Open image"), tr("FileDialogs", file_dialogs.IMAGE_FILTER))]
    bad = tmp_path / "not_a_picture.png"
    bad.write_bytes(b"these bytes are no PNG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bad), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)))
    box = next(box for box in window.findChildren(QMessageBox) if box.isVisible())
    assert box.windowTitle() == tr("FileOps", "Cannot open image")
    box.close()
