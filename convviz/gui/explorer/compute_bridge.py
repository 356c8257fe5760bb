"""Connects the Qt-free layer worker to the GUI: results arrive on the GUI thread via a queued signal."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer, Signal

from convviz.model.layer.compute import Result, layer_worker, take_snapshot
from convviz.model.layer.drawing import Look
from convviz.model.state import AppState


class ComputeBridge(QObject):
    """Recomputes whenever the state changes; keeps the newest result and the last valid one.

    Live frames come from the input state (`changed("live_frame")`) and go out through `frameReady`: the window then
    only redraws the maps, not every panel. A result that follows a state change (new kernel,
    layer setting), that changed the input's shape (a new source) or that failed goes out through
    `resultReady` instead, so the panels catch up.
    """

    resultReady = Signal(object)  # Result (valid or not), on the GUI thread
    frameReady = Signal(object)  # valid Result of a live frame whose settings the panels already show
    busyChanged = Signal(bool)
    _delivered = Signal(object)  # emitted on the worker thread; queued to this (GUI) thread

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.serial = 0
        self.result: Result | None = None  # newest
        self.valid: Result | None = None  # last result that had maps
        self._needs_full = False  # a state change is not yet shown by the panels
        self._panel_shape: tuple[int, ...] | None = None  # input shape the panels last described
        self.look = Look()  # how the worker draws the maps (the View menu's choices)
        # Run the layer on every live frame only while the explorer is on screen: behind another
        # tab its maps are not seen, and on 2 cores they would halve what that tab's model gets.
        self.follow_live = True
        self.recording = False  # a video of the maps is being recorded: they are made on any tab
        self._delivered.connect(self._on_delivered)
        self._computer = layer_worker(self._delivered.emit)
        # Coalesce bursts of state changes (a preset touches several fields) into one request.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.request)
        state.changed.connect(self._on_state_changed)
        state.input.changed.connect(self._on_input_changed)

    def _on_state_changed(self, part: str) -> None:
        self._timer.start()

    def set_look(self, **changes: object) -> None:
        """Another way of drawing the maps (colour map kind, contrast): drawn again off the GUI thread."""
        look = dataclasses.replace(self.look, **changes)  # type: ignore[arg-type]
        if look != self.look:
            self.look = look
            self._timer.start()

    def _on_input_changed(self, what: str) -> None:
        if what == "live_frame" and self.state.input.is_live and (self.follow_live or self.recording):
            self._submit_frame()

    @property
    def busy(self) -> bool:
        return self._computer.busy or self._timer.isActive()

    @property
    def up_to_date(self) -> bool:
        return not self.busy and self.result is not None and self.result.snapshot.serial == self.serial

    @property
    def computing(self) -> bool:
        """The worker has a snapshot queued or running (the live controller waits for it)."""
        return self._computer.busy

    def request(self) -> None:
        self.serial += 1
        self._needs_full = True
        self._computer.submit(take_snapshot(self.state, self.serial, self.look))
        self.busyChanged.emit(True)

    def _submit_frame(self) -> None:
        """Run the layer on the newest live frame; no busy indicator, it would flicker."""
        self.serial += 1
        self._computer.submit(take_snapshot(self.state, self.serial, self.look))

    def _on_delivered(self, result: Result) -> None:
        if result.snapshot.serial != self.serial:
            return  # a newer request is on its way
        self.result = result
        if result.ok:
            self.valid = result
        if result.ok and not self._needs_full and result.x.shape == self._panel_shape:
            self.frameReady.emit(result)
            return
        self._needs_full = False
        if result.ok:
            self._panel_shape = result.x.shape
        self.resultReady.emit(result)
        self.busyChanged.emit(self._computer.busy)

    def shutdown(self) -> None:
        self.state.changed.disconnect(self._on_state_changed)
        self.state.input.changed.disconnect(self._on_input_changed)
        self._timer.stop()
        self._computer.shutdown()
