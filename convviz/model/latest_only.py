"""A worker thread that only ever runs the newest request: the ones it skipped are dropped.

Every tab that computes (the explorer's layer, the stepper's traces, the stack's forward pass)
uses one of these, so a burst of setting changes or live frames costs one computation, not a
queue of them, and the GUI thread never waits. ``deliver`` is called *on the worker thread*;
the GUI wraps it in a queued Qt signal (see ``convviz.gui.worker_bridge``).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
# How much lower than the GUI thread a worker runs (a Unix nice increment; threads it starts,
# such as the engine's row-strip pool, inherit it). On 2 cores the engine's two threads would
# otherwise take the CPU from the GUI thread while it draws the previous result.
BACKGROUND_NICE = 5


def lower_priority() -> None:
    """Make the calling thread yield the CPU to the GUI thread (no-op where unsupported)."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
    except (AttributeError, OSError):  # not Linux/Unix, or not allowed: run at normal priority
        pass


Request = TypeVar("Request")
Reply = TypeVar("Reply")


class LatestOnlyWorker(Generic[Request, Reply]):
    """Runs ``run(request)`` on one thread for the newest submitted request only.

    A reply is delivered only if no newer request arrived while it was computed. ``on_error``
    turns an exception into a reply (a bug must not kill the worker or leave the GUI waiting).
    """

    def __init__(
        self,
        run: Callable[[Request], Reply],
        deliver: Callable[[Reply], object],
        on_error: Callable[[Request, Exception], Reply],
        name: str = "convviz-worker",
    ) -> None:
        self._run, self._deliver, self._on_error = run, deliver, on_error
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name, initializer=lower_priority)
        self._lock = threading.Lock()
        self._pending: Request | None = None
        self._has_pending = False
        self._running = False
        self._closed = False
        self.dropped = 0  # requests replaced before they ran (for tests and curiosity)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running or self._has_pending

    def submit(self, request: Request) -> None:
        with self._lock:
            if self._closed:
                return
            if self._has_pending:
                self.dropped += 1
            self._pending, self._has_pending = request, True
            if self._running:
                return
            self._running = True
        self._executor.submit(self._drain)

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._has_pending:
                    self._running = False
                    return
                request, self._pending, self._has_pending = self._pending, None, False
            assert request is not None
            try:
                reply = self._run(request)
            except Exception as exc:
                log.exception("%s failed", self._executor._thread_name_prefix)
                reply = self._on_error(request, exc)
            with self._lock:
                stale = self._has_pending or self._closed
            if not stale:
                self._deliver(reply)

    def shutdown(self) -> None:
        with self._lock:
            self._pending, self._has_pending, self._closed = None, False, True
        self._executor.shutdown(wait=True, cancel_futures=True)
