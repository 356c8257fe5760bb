"""The Lessons menu: each action opens one of the course notes' worked examples as a state the
user then changes, on the tab that shows it, with its explanation in a small panel that stays
open (non-modal) while they do. The lessons and their numbers are `model.teaching.lessons`.

``install(window)`` adds the menu to a MainWindow (before Help) and returns it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from convviz.gui.i18n import tr
from convviz.gui.signal_dialog import SignalDialog
from convviz.model.teaching.lessons import CATALOGUE, Lesson, Tab, apply_layer, build

# Marked for pyside6-lupdate, translated where shown.
ACTION_TIP = QT_TRANSLATE_NOOP(
    "LessonPanel", "Open this worked example: it sets the layer, the input and the tab, and explains the numbers."
)
PANEL_TITLE = QT_TRANSLATE_NOOP("LessonPanel", "Lesson")
PANEL_FOOT = QT_TRANSLATE_NOOP("LessonPanel", "Change anything now: the lesson is only where you start.")
UNDO_NOTE = QT_TRANSLATE_NOOP("LessonPanel", "Ctrl+Z in the kernel editor brings your own kernels back.")
EXPLORER, STEPPER, STACK = 0, 1, 2


class LessonPanel(QDialog):
    """The explanation of the lesson last opened; non-modal, so the window stays usable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("LessonPanel", PANEL_TITLE))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.Tool, True)  # stays above its window, out of the task bar
        # The keys stay with the window: → steps the stepper at once, Ctrl+Z undoes in the editor.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(400, 330)
        self.lesson: Lesson | None = None

    def show_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.setWindowTitle(tr("LessonPanel", "Lesson: {0}").format(lesson.title))
        body = "".join(f"<p>{html.escape(p)}</p>" for p in lesson.paragraphs)
        foot = "".join(
            f"<p><i>{html.escape(tr('LessonPanel', note))}</i></p>"
            for note in (PANEL_FOOT, UNDO_NOTE if lesson.layer is not None else "")
            if note
        )
        self.text.setHtml(f"<h3>{html.escape(lesson.title)}</h3>{body}{foot}")
        self.show()
        self.raise_()

    def plain_text(self) -> str:
        return self.text.toPlainText()


def install(window: Any) -> QMenu:
    """Add the Lessons menu to ``window`` (a MainWindow), before its Help menu."""
    menu = QMenu(tr("Menus", "&Lessons"), window)
    menu.setToolTipsVisible(True)
    tip = tr("LessonPanel", ACTION_TIP)
    for lesson_id, title, _ in CATALOGUE:
        action = menu.addAction(title)
        action.setData(lesson_id)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False, i=lesson_id: open_lesson(window, i))
    bar = window.menuBar()
    help_menu = getattr(window, "help_menu", None)  # found by object: its title is translated
    if help_menu is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(help_menu.menuAction(), menu)
    window.lessons_menu = menu
    return menu


def _panel(window: Any) -> LessonPanel:
    panel = getattr(window, "lesson_panel", None)
    if panel is None:
        panel = window.lesson_panel = LessonPanel(window)
        # In the bottom right corner, where it hides the least of what the lessons show.
        corner = window.geometry().bottomRight()
        panel.move(max(0, corner.x() - panel.width() - 24), max(0, corner.y() - panel.height() - 48))
    return panel


def signal_dialog(window: Any) -> SignalDialog:
    dialog = getattr(window, "signal_dialog", None)
    if dialog is None:
        dialog = window.signal_dialog = SignalDialog(window)
    return dialog


def open_lesson(window: Any, lesson_id: str) -> Lesson:
    """Build the lesson (its numbers computed now), set its state, bring its tab to the front
    and show its explanation."""
    lesson = build(lesson_id)
    picture = (lesson.layer is not None and lesson.layer.image is not None) or (
        lesson.stack is not None and lesson.stack.image is not None
    )
    if picture and window.live.live.running:
        window.live.stop()  # the lesson's picture is the input, not the camera (Sobel keeps it)
    if lesson.layer is not None:
        apply_layer(lesson.layer, window.state)
    _show(window, lesson)
    _panel(window).show_lesson(lesson)
    if lesson.tab not in (Tab.SIGNAL, Tab.TEXT):
        window.activateWindow()
    return lesson


def _show(window: Any, lesson: Lesson) -> None:
    tab = lesson.tab
    stack_tab = window.stack_tab
    if tab is Tab.EXPLORER:
        window.tabs.setCurrentIndex(EXPLORER)
    elif tab in (Tab.STEPPER_FORWARD, Tab.STEPPER_BACKWARD):
        stepper = window.stepper
        stepper.source_combo.setCurrentIndex(stepper.source_combo.findData("crop12"))  # the lesson's own input
        if tab is Tab.STEPPER_BACKWARD:
            combo = stepper.backward.gradient_combo
            combo.setCurrentIndex(combo.findData(lesson.gradient))
        page = stepper.backward if tab is Tab.STEPPER_BACKWARD else stepper.forward
        stepper.tabs.setCurrentWidget(page)
        window.tabs.setCurrentIndex(STEPPER)
        page.setFocus()  # the arrow keys step at once
    elif tab is Tab.STACK and lesson.stack is not None:
        setup = lesson.stack
        if setup.image is not None:
            window.state.input.set_image(setup.image, setup.image_name, tr("LessonPanel", "a lesson's input"))
        stack_tab.stack.replace(list(setup.layers), setup.channels, setup.size)
        stack_tab.editor.show_description(setup.name, setup.description)
        window.tabs.setCurrentIndex(STACK)
        stack_tab.tabs.setCurrentIndex(0)
    elif tab is Tab.COMPARE and lesson.compare is not None:
        stack_tab.comparisons.set_numbers(**lesson.compare)
        window.tabs.setCurrentIndex(STACK)
        stack_tab.show_page(stack_tab.comparisons)
    elif tab is Tab.TRANSPOSE and lesson.transpose is not None:
        page, values = stack_tab.transpose, lesson.transpose
        # As a user sets them: the stride first, since the output padding must stay below it.
        for name, spin in (
            ("size", page.size_spin),
            ("stride", page.stride_spin),
            ("padding", page.padding_spin),
            ("output_padding", page.outpad_spin),
        ):
            spin.setValue(values[name])
        window.tabs.setCurrentIndex(STACK)
        stack_tab.show_page(page)
    elif tab in (Tab.SIGNAL, Tab.TEXT):
        dialog = signal_dialog(window)
        dialog.show_page(SignalDialog.TEXT_PAGE if tab is Tab.TEXT else SignalDialog.SIGNAL_PAGE)
        dialog.show()
        dialog.raise_()
