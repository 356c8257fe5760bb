"""The GUI thread comes first: what the app sets up once so its worker threads cannot stall it.

- Cyclic garbage is collected on the GUI thread only (`gui_thread_gc`).
- The interpreter's thread switch interval drops from 5 ms to 0.5 ms. Every call into Qt
  releases the GIL, and getting it back from a busy worker thread took up to a whole interval:
  a result drawn with a few hundred Qt calls then stalled the window for tens of milliseconds
  (measured with `python -m convviz.bench ui`: the stepper's worst stall 43-75 → 35-44 ms).
  Workers spend their time in numpy, which releases the GIL anyway, so they lose nothing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from convviz.gui.shell import gui_thread_gc

SWITCH_INTERVAL_S = 0.0005


def prefer_gui_thread(parent: QObject | None = None) -> None:
    """Call once, on the GUI thread, after the QApplication exists (the app, benches, tests)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gui_thread_gc.install(parent)
