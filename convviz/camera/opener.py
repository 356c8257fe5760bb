"""Opening a frame source on its own thread, so a camera driver or a silent stream server cannot
freeze the caller while it decides.

Qt-free: `on_done(opener)` is called from the opening thread; a GUI hands it to its own thread
(a queued signal) and claims the source there with `take()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from convviz.camera.sources import FrameSource, SourceError
from convviz.text import tr


class SourceOpener:
    """Runs `open_fn()` once on a daemon thread; afterwards exactly one of `take()` / `error` is set.

    A cancelled opener releases whatever its open produces, so a stream that answers after the user
    gave up is not left open. OpenCV cannot interrupt an open, so cancelling never waits for it.
    """

    def __init__(self, open_fn: Callable[[], FrameSource], name: str, on_done: Callable[[SourceOpener], None]) -> None:
        self.name = name  # what is being opened, for messages ("Connecting to …")
        self.error: str | None = None
        self._open_fn, self._on_done = open_fn, on_done
        self._lock = threading.Lock()  # guards _source and _cancelled
        self._source: FrameSource | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name=f"SourceOpener({name})", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Give up: the source, now or whenever the open finishes, is released instead of delivered."""
        with self._lock:
            self._cancelled = True
            source, self._source = self._source, None
        if source is not None:
            source.release()

    def take(self) -> FrameSource | None:
        """The opened source, handed over once; None if the open failed, was cancelled or is still running."""
        with self._lock:
            source, self._source = self._source, None
            return source

    @property
    def done(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def _run(self) -> None:
        source, error = None, None
        try:
            source = self._open_fn()
        except SourceError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - any failure to open must become a message, never a dead thread
            error = tr("SourceOpener", "Could not open {source}: {error}").format(source=self.name, error=exc)
        with self._lock:
            cancelled = self._cancelled
            if not cancelled:
                self._source, self.error = source, error
        if cancelled:
            if source is not None:
                source.release()
            return
        try:
            self._on_done(self)
        except Exception:  # noqa: BLE001 - whatever the callback raised, the source must not stay open
            self.cancel()  # nobody can take the source (e.g. the window was deleted): do not leave it open
