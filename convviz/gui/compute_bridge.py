"""Connects the Qt-free Computer to the GUI: results arrive on the GUI thread via a queued signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from convviz.model.compute import Computer, Result, take_snapshot
from convviz.model.state import AppState


class ComputeBridge(QObject):
    """Recomputes whenever the state changes; keeps the newest result and the last valid one."""

    resultReady = Signal(object)  # Result (valid or not), on the GUI thread
    busyChanged = Signal(bool)
    _delivered = Signal(object)  # emitted on the worker thread; queued to this (GUI) thread

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.serial = 0
        self.result: Result | None = None  # newest
        self.valid: Result | None = None  # last result that had maps
        self._delivered.connect(self._on_delivered)
        self._computer = Computer(self._delivered.emit)
        # Coalesce bursts of state changes (a preset touches several fields) into one request.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.request)
        state.changed.connect(self._on_state_changed)

    def _on_state_changed(self, part: str) -> None:
        self._timer.start()

    @property
    def busy(self) -> bool:
        return self._computer.busy or self._timer.isActive()

    @property
    def up_to_date(self) -> bool:
        return not self.busy and self.result is not None and self.result.snapshot.serial == self.serial

    def request(self) -> None:
        self.serial += 1
        self._computer.submit(take_snapshot(self.state, self.serial))
        self.busyChanged.emit(True)

    def _on_delivered(self, result: Result) -> None:
        if result.snapshot.serial != self.serial:
            return  # a newer request is on its way
        self.result = result
        if result.ok:
            self.valid = result
        self.resultReady.emit(result)
        self.busyChanged.emit(self._computer.busy)

    def shutdown(self) -> None:
        self.state.changed.disconnect(self._on_state_changed)
        self._timer.stop()
        self._computer.shutdown()
