"""The thread that writes an animation file for the Export animation dialog, with cancel.

The export checks the cancel flag after every frame and removes its temporary file when it
stops (``animation_files.export``). What must not happen is a thread cut off with its file half
written: a dialog gets no closeEvent when its main window is destroyed, and a daemon thread is
killed at exit. So the dialog's ``destroyed`` and the application's ``aboutToQuit`` call
``stop``: cancel, then wait for the current frame to finish and the file to be removed. The
signals live on a parentless QObject the worker owns, so a frame finishing after the dialog is
gone never emits on a deleted object.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from convviz.camera.recorder import VideoRecorder
from convviz.model.teaching.animation import AnimationConfig
from convviz.model.teaching.animation_files import export


class WorkerSignals(QObject):
    progressed = Signal(int, int)  # (frames done, frames in all), emitted on the worker thread
    finished = Signal(object)  # an ExportResult or the failure's sentence


class AnimationExportWorker:
    """One export at a time on a thread; ``stop`` cancels and waits (the dialog or the app is going)."""

    def __init__(self) -> None:
        self.signals = WorkerSignals()  # no parent: it outlives the dialog while a frame finishes
        self.cancel_requested = threading.Event()
        # Called on the worker thread after each frame (done, total), before the cancel is checked;
        # a test stands in here to hold the export at a frame of its choosing.
        self.frame_observer: Callable[[int, int], None] | None = None
        self.thread: threading.Thread | None = None
        self._stopped = False  # after ``stop`` nothing is emitted: nobody is listening
        app = QCoreApplication.instance()
        self._quit_connected = app is not None
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def start(self, cfg: AnimationConfig, path: Path, options: dict[str, Any]) -> None:
        self.cancel_requested.clear()
        # Not a daemon: should the interpreter exit without ``stop``, it still waits for the
        # export to finish or remove its file instead of killing it mid-write.
        self.thread = threading.Thread(
            target=self._run, args=(cfg, path, options), name="convviz-animation-export", daemon=False
        )
        self.thread.start()

    def cancel(self) -> None:
        """Stop after the current frame; the file is removed and ``finished`` says cancelled."""
        self.cancel_requested.set()

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()
        self.thread = None

    def stop(self) -> None:
        """Cancel and wait until the export has removed its file (the dialog or the app is going)."""
        self._stopped = True
        self.cancel_requested.set()
        self.join()
        app = QCoreApplication.instance()
        if self._quit_connected and app is not None:
            self._quit_connected = False  # the dialog and the app may both call stop
            app.aboutToQuit.disconnect(self.stop)

    def _emit(self, signal: Any, *args: object) -> None:
        if self._stopped:
            return
        try:
            signal.emit(*args)
        except RuntimeError:  # the signals object is gone too (interpreter shutdown)
            pass

    def _run(self, cfg: AnimationConfig, path: Path, options: dict[str, Any]) -> None:
        def progress(done: int, total: int) -> bool:
            if not self.cancel_requested.is_set():
                self._emit(self.signals.progressed, done, total)
            if self.frame_observer is not None:
                self.frame_observer(done, total)
            return not self.cancel_requested.is_set()

        try:
            outcome: object = export(cfg, path, **options, progress=progress, open_video=VideoRecorder)
        except (ValueError, OSError) as exc:
            outcome = str(exc) or type(exc).__name__
        except Exception as exc:  # noqa: BLE001 (any failure must reach the user, not kill the thread silently)
            outcome = f"{type(exc).__name__}: {exc}"
        self._emit(self.signals.finished, outcome)
