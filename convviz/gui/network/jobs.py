"""One kind of the tab's work (open a model, run a picture through it, a heat map, a receptive
field) on its own ``LatestOnlyWorker``, never on the GUI thread.

At most one request is in flight: one made while another runs waits (only the newest) and
starts when the running one's reply arrives. So a reply is never dropped as stale: live frames
faster than the model still show, at the rate the work allows, newest frame first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from convviz.model.latest_only import LatestOnlyWorker


@dataclass(frozen=True)
class Reply:
    request: Any
    value: Any = None
    error: str = ""  # why it failed, as a sentence the user can read

    @property
    def ok(self) -> bool:
        return not self.error


def reason(exc: BaseException) -> str:
    """A failure as the user reads it: the file's own sentence for an expected error."""
    if isinstance(exc, (ValueError, OSError)):
        return str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {exc}"


class Job(QObject):
    done = Signal(object)  # a Reply, on the GUI thread
    _reply = Signal(object)  # emitted on the worker thread, queued to this object's (the GUI) thread

    def __init__(self, run: Callable[[Any], Any], name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reply.connect(self._on_reply, Qt.ConnectionType.QueuedConnection)
        self.worker: LatestOnlyWorker[Any, Reply] = LatestOnlyWorker(
            lambda request: Reply(request, run(request)),
            self._post,
            lambda request, exc: Reply(request, None, reason(exc)),
            name,
        )
        self.in_flight = False
        self._waiting: tuple[Any] | None = None  # the newest request made while one runs

    @property
    def busy(self) -> bool:
        return self.in_flight or self._waiting is not None

    def submit(self, request: Any) -> None:
        if self.in_flight:
            self._waiting = (request,)
            return
        self.in_flight = True
        self.worker.submit(request)

    def cancel_waiting(self) -> None:
        self._waiting = None

    def _post(self, reply: Reply) -> None:
        try:
            self._reply.emit(reply)
        except RuntimeError:  # the tab is gone (the app is closing)
            pass

    def _on_reply(self, reply: Reply) -> None:
        self.in_flight = False
        if self._waiting is not None:
            (request,), self._waiting = self._waiting, None
            self.submit(request)
        self.done.emit(reply)

    def shutdown(self) -> None:
        self._waiting = None
        self.worker.shutdown()
