"""A tiny Qt-free signal, so state objects can announce changes without importing Qt.

The one pattern every state object follows (LayerSettings, InputState, Selection, KernelBank,
LiveState, AppState, the stack and stepper models): values are read through typed read-only
properties; writes go through methods that validate everything first and change nothing on
error; after a whole change is applied, ``changed(name: str)`` fires once per part that
changed, so every listener sees the finished state.

Views connect in ``__init__``; when a view writes a value back it wraps the write in
``signal.blocked(callback)`` so it is not told about its own change (no echo loops).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

Callback = Callable[..., Any]


class Signal:
    """A list of callbacks called in connection order with the emitted arguments."""

    def __init__(self) -> None:
        self._callbacks: list[Callback] = []
        self._blocked: list[Callback] = []
        self._all_blocked = 0

    def connect(self, callback: Callback) -> Callback:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callback) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        if self._all_blocked:
            return
        for callback in list(self._callbacks):
            if callback not in self._blocked:
                callback(*args)

    @contextmanager
    def blocked(self, callback: Callback | None = None) -> Iterator[None]:
        """Silence one callback (or, with None, the whole signal) inside the block."""
        if callback is None:
            self._all_blocked += 1
        else:
            self._blocked.append(callback)
        try:
            yield
        finally:
            if callback is None:
                self._all_blocked -= 1
            else:
                self._blocked.remove(callback)

    def __len__(self) -> int:
        return len(self._callbacks)
