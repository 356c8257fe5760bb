"""F1 away from the explorer: the current tab's help in a window of its own, beside the tab
(the explorer's help is its dock, written with the layer's numbers)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from convviz.gui.i18n import tr
from convviz.gui.shell import help_texts


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("HelpWindow", "convviz help"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.resize(560, 620)

    def show_html(self, title: str, html: str) -> None:
        self.setWindowTitle(tr("HelpWindow", "convviz help — {0}").format(title))
        self.text.setHtml(html)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_tab(self, index: int, name: str) -> None:
        self.show_html(name, help_texts.for_tab(index))

    def show_shortcuts(self) -> None:
        self.show_html(tr("HelpWindow", "shortcuts"), help_texts.shortcuts())
