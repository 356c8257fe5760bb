"""Hands the stack models' worker replies to the GUI thread: ``post(fn)`` from any thread runs
``fn`` in this object's (the GUI's) event loop, through a queued signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class GuiPost(QObject):
    _call = Signal(object)  # emitted on a worker thread; queued to this (GUI) thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run)

    def __call__(self, fn: Callable[[], None]) -> None:
        try:
            self._call.emit(fn)
        except RuntimeError:  # the tab is gone (the app is closing): nobody is left to show it
            pass

    def _run(self, fn: Callable[[], None]) -> None:  # a bound method: Qt queues it to this object's thread
        fn()
