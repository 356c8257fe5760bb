"""Garbage collection on the GUI thread only.

Python's cyclic collector runs on whichever thread happens to allocate when a threshold is
crossed, and the worker threads (explorer, stepper, stack) allocate a lot. A collection there
can delete Qt objects (old pyqtgraph items in a cycle) off the GUI thread, and can deadlock
against the GUI thread inside Qt. So automatic collection is switched off and a GUI-thread
timer runs the generation whose threshold has been crossed, a few times a second.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (what gc would do)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


_installed: GuiThreadCollector | None = None


def install(parent: QObject | None = None) -> GuiThreadCollector:
    """Once per process, from the GUI thread, after the QApplication exists. Again after the
    collector has gone (its parent deleted, or stopped): with automatic collection off, a dead
    collector would leave every cycle uncollected."""
    global _installed
    alive = _installed is not None and shiboken6.isValid(_installed) and _installed._timer.isActive()
    if not alive:
        _installed = GuiThreadCollector(parent)
    assert _installed is not None
    return _installed
