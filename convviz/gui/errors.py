"""Errors never crash the app: a global hook logs them and shows a non-blocking dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("convviz")


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """A window-modal message that does not block the caller (tests and slots keep running)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log the exception and tell the user; Qt would otherwise abort on an exception in a slot."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("Unhandled exception:\n%s", details)
    if QApplication.instance() is not None:
        parent = QApplication.activeWindow()
        show_error(parent, "Something went wrong",
                   f"{kind.__name__}: {value}\n\nYour work is kept; the details are in the log.", details)


def install() -> None:
    sys.excepthook = excepthook
