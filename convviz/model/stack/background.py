"""A value the stack tab computes off the GUI thread: the newest request runs on a
LatestOnlyWorker, and its reply is applied on the owner's thread through ``post``.

``post(fn)`` must run ``fn`` later on the thread that owns the model (the GUI hands in a queued
Qt signal; a script can pass ``call_now``). A reply that is not for the newest request is
dropped when it lands, so a view never shows a result older than the one it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from convviz.model.latest_only import LatestOnlyWorker

Request = TypeVar("Request")
Value = TypeVar("Value")
Post = Callable[[Callable[[], None]], object]


def call_now(fn: Callable[[], None]) -> None:
    """A ``post`` for scripts without an event loop: the reply is applied on the worker thread."""
    fn()


class Background(Generic[Request, Value]):
    """``compute(request)`` on a worker; ``apply(value, error)`` on the owner's thread for the
    newest request only (``error`` is the failure's text, and ``value`` None, if it raised)."""

    def __init__(
        self,
        compute: Callable[[Request], Value],
        apply: Callable[[Value | None, str], None],
        post: Post = call_now,
        name: str = "convviz-stack",
    ) -> None:
        self._compute, self._apply, self._post = compute, apply, post
        self.serial = 0  # of the newest request
        self._landed = 0  # serial of the newest reply applied
        self._worker: LatestOnlyWorker[tuple[int, Request], tuple[int, Value | None, str]] = LatestOnlyWorker(
            self._run, self._deliver, self._failed, name
        )

    @property
    def busy(self) -> bool:
        """A request's reply is not applied yet (being computed, or on its way to the owner)."""
        return self._landed != self.serial

    def submit(self, request: Request) -> None:
        self.serial += 1
        self._worker.submit((self.serial, request))

    def _run(self, job: tuple[int, Request]) -> tuple[int, Value | None, str]:
        return job[0], self._compute(job[1]), ""

    @staticmethod
    def _failed(job: tuple[int, Request], exc: Exception) -> tuple[int, Value | None, str]:
        return job[0], None, f"{type(exc).__name__}: {exc}"

    def _deliver(self, reply: tuple[int, Value | None, str]) -> None:
        self._post(lambda: self._land(reply))

    def _land(self, reply: tuple[int, Value | None, str]) -> None:
        serial, value, error = reply
        if serial != self.serial:
            return  # a newer request is on its way: its reply replaces this one
        self._landed = serial
        self._apply(value, error)

    def shutdown(self) -> None:
        self._worker.shutdown()
