"""Reads a frame source on a background thread and keeps only the newest frame.

The consumer (the GUI's timer, a processing loop) polls `latest()`. A slow consumer never sees a
backlog: each new frame replaces the unclaimed one, which is counted as dropped, so latency stays
at most one frame however long processing takes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from convviz.camera.sources import FrameSource
from convviz.text import tr


@dataclass(frozen=True)
class Frame:
    index: int  # 0, 1, 2 ... in reading order (gaps seen by the consumer are dropped frames)
    array: np.ndarray  # HxWx3 uint8 RGB, owned by the consumer
    timestamp: float  # time.perf_counter() when read() returned
    capture_ms: float  # time spent in the source's read(), including waiting for the frame to arrive


class FrameGrabber:
    """Background reader with a one-slot newest-frame buffer.

    on_error(message) is called once, from the reading thread, if the source fails mid-stream; a GUI
    must hand it to its own thread (e.g. a queued signal). After a failure `error` holds the message,
    the thread exits and the source is released. Errors never raise in the caller.
    """

    def __init__(self, source: FrameSource, on_error: Callable[[str], None] | None = None) -> None:
        self._source = source
        self._on_error = on_error
        self._condition = threading.Condition()  # guards every field below; notified on each new frame
        self._slot: Frame | None = None
        self._frames_read = 0
        self._frames_dropped = 0
        self._error: str | None = None
        self._stop_requested = threading.Event()
        self._thread: threading.Thread | None = None

    # -- control -----------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("FrameGrabber can only be started once; make a new one for a new source.")
        self._thread = threading.Thread(target=self._run, name=f"FrameGrabber({self._source_name})", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Ask the thread to finish and wait for it; True if it ended within `timeout` (source released).

        The thread checks the flag between reads, so stopping takes at most one read() call.
        """
        self._stop_requested.set()
        if self._thread is None:
            self._source.release()  # never started: nothing else will release it
            return True
        if self._thread is not threading.current_thread():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- consumer side ------------------------------------------------------------------------------

    def latest(self, timeout: float = 0.0) -> Frame | None:
        """The newest frame not yet returned, or None; waits up to `timeout` seconds for one."""
        with self._condition:
            if self._slot is None and timeout > 0 and self.running:
                self._condition.wait_for(lambda: self._slot is not None or not self.running, timeout)
            frame, self._slot = self._slot, None
            return frame

    @property
    def running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive() and not self._stop_requested.is_set()

    @property
    def error(self) -> str | None:
        with self._condition:
            return self._error

    @property
    def frames_read(self) -> int:
        with self._condition:
            return self._frames_read

    @property
    def frames_dropped(self) -> int:
        with self._condition:
            return self._frames_dropped

    # -- reading thread -----------------------------------------------------------------------------

    @property
    def _source_name(self) -> str:
        name = getattr(self._source, "name", None)
        return tr("FrameGrabber", "frame source") if name is None else str(name)

    def _read_one(self) -> tuple[bool, np.ndarray | None]:
        ok, array = self._source.read()
        if ok and array is not None:
            return True, array
        rewind = getattr(self._source, "rewind", None)
        if rewind is not None and getattr(self._source, "is_file", False) and not self._stop_requested.is_set():
            if not rewind():
                raise _StreamEnded(
                    tr("FrameGrabber", "{source} reached its end and could not be rewound.").format(
                        source=self._source_name
                    )
                )
            ok, array = self._source.read()
            if ok and array is not None:
                return True, array
            raise _StreamEnded(
                tr("FrameGrabber", "{source} could not be read after rewinding to the start.").format(
                    source=self._source_name
                )
            )
        return False, None

    def _run(self) -> None:
        try:
            while not self._stop_requested.is_set():
                started = time.perf_counter()
                ok, array = self._read_one()
                finished = time.perf_counter()
                if not ok:
                    self._fail(
                        tr(
                            "FrameGrabber",
                            "{source} stopped delivering frames: it may have been disconnected or taken by another program.",  # noqa: E501 (one literal, as lupdate reads it)
                        ).format(source=self._source_name)
                    )
                    break
                self._publish(array, finished, (finished - started) * 1000.0)
        except _StreamEnded as ended:
            self._fail(str(ended))
        except Exception as exc:  # noqa: BLE001 - any source failure must end up in `error`, not kill the app
            self._fail(tr("FrameGrabber", "{source} failed: {error}").format(source=self._source_name, error=exc))
        finally:
            try:
                self._source.release()  # released here because the reading thread owns the source
            finally:
                with self._condition:
                    self._condition.notify_all()  # wake consumers waiting in latest()

    def _publish(self, array: np.ndarray, timestamp: float, capture_ms: float) -> None:
        with self._condition:
            if self._slot is not None:
                self._frames_dropped += 1
            self._slot = Frame(self._frames_read, array, timestamp, capture_ms)
            self._frames_read += 1
            self._condition.notify_all()

    def _fail(self, message: str) -> None:
        with self._condition:
            self._error = message
        self._stop_requested.set()
        if self._on_error is not None:
            try:
                self._on_error(message)
            except Exception:  # noqa: BLE001 - a broken callback must not hide the error; it stays in `error`
                pass


class _StreamEnded(Exception):
    """A video file ended and could not be looped."""
