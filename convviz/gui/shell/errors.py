"""Errors never crash the app: a global hook logs them and shows a non-blocking dialog."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from convviz.gui.i18n import tr

log = logging.getLogger("convviz")
LOG_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"
log_path: Path | None = None  # where install() writes the log; named in the error dialog


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
        if log_path:
            text = tr("Errors", "{0}: {1}\n\nYour work is kept; the details are in {2}.").format(
                kind.__name__, value, log_path
            )
        else:
            text = tr("Errors", "{0}: {1}\n\nYour work is kept; the details are in the terminal output.").format(
                kind.__name__, value
            )
        show_error(parent, tr("Errors", "Something went wrong"), text, details)


def default_log_dir() -> Path:
    """The per-user data folder Qt names for this application (needs the app's name set)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))


def install(log_dir: Path | None = None) -> Path | None:
    """Route uncaught exceptions to the dialog and log to stderr and to convviz.log (kept small:
    two rotating files of 1 MiB). Returns the log file, or None if its folder is not writable."""
    global log_path
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    sys.excepthook = excepthook
    try:
        folder = log_dir or default_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "convviz.log", maxBytes=2**20, backupCount=1, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("no log file (%s); logging to stderr only", exc)
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    log.addHandler(handler)
    log_path = folder / "convviz.log"
    return log_path
