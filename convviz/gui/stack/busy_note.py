"""The light "computing…" note of the stack tab's views, shown only once a result has taken
longer than DELAY_MS: a quick result (or a live frame's, four a second) must not make it flicker."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from convviz.gui.i18n import tr

COMPUTING = QT_TRANSLATE_NOOP("BusyNote", "computing…")  # translated where shown
DELAY_MS = 300


class BusyNote(QtWidgets.QLabel):
    def __init__(self, tip: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, toolTip=tip)
        self.setStyleSheet("color: #606060")
        self._timer = QtCore.QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(lambda: self.setText(tr("BusyNote", COMPUTING)))

    def show_state(self, busy: bool, error: str = "") -> None:
        """Busy: the note appears if it still is after DELAY_MS. Done: why it failed, or nothing."""
        if busy:
            if self.text() != tr("BusyNote", COMPUTING) and not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self.setText(tr("BusyNote", "Not computed: {0}").format(error) if error else "")
