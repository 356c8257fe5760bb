"""Live camera mode: frames from a FrameGrabber go through the window's compute bridge to its views.

Per frame the work is one engine pass plus redrawing the maps (the bridge's `frameReady` path), never
a rebuild of every panel. Flow control: a new frame is taken only when the worker is idle, so at most
one frame is in flight; frames the pipeline cannot keep up with are replaced in the grabber's one-slot
buffer and never queued. Pausing or stopping puts the shown frame into the state as an ordinary image,
so hovering, pinning, the arithmetic and every other tab work on it as on a loaded picture.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from convviz.camera import VIDEO_CODECS, FrameGrabber, SourceError, open_source, save_still
from convviz.model.compute import FrameConverter, Result
from convviz.model.live import LiveState

from . import colormaps
from .map_video import MapVideo

if TYPE_CHECKING:
    from .main_window import MainWindow

TICK_MS = 10  # how often the GUI looks for a new frame; well under a 60 fps frame period


class LiveController(QObject):
    _failed = Signal(str)  # emitted on the grabber's thread, delivered (queued) on the GUI thread
    message = Signal(str)  # something the user should read: errors, "recording to …"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.bridge, self.state = window, window.bridge, window.state
        self.live = LiveState()
        self.grabber: FrameGrabber | None = None
        self.video: MapVideo | None = None
        self._source_fps = 30.0
        self._converter = FrameConverter()
        self._frames: dict[int, tuple[np.ndarray, bool]] = {}  # id(float buffer) -> (uint8 frame, mirrored)
        self.shown: tuple[np.ndarray, bool] | None = None  # frame behind the maps on screen
        self._last_index = -1
        self._open_display: float | None = None  # display ms of the newest frame, until the next one
        self._awaiting_paint = False
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.bridge.frameReady.connect(self._on_frame)
        self.bridge.resultReady.connect(self._on_full_result)
        window.conv_maps.painted.connect(self._on_maps_painted)
        window.pool_maps.painted.connect(self._on_view_painted)
        window.input_view.painted.connect(self._on_view_painted)

    # ---- control ------------------------------------------------------------------------
    def start(self, spec: str | int | None = None) -> bool:
        """Open `spec` (default: the chosen source) and go live; False with a message if it cannot open."""
        self.stop()
        spec = self.live.source if spec is None else str(spec)
        self.live.set("source", spec)
        try:
            source = open_source(spec, resolution=self.live.resolution, realtime=True)
        except (SourceError, ValueError) as exc:
            self._report(str(exc))
            return False
        self._source_fps = float(getattr(source, "fps", 30.0)) or 30.0
        self.grabber = FrameGrabber(source, on_error=self._failed.emit)
        self.live.reset_stats()
        self._last_index, self._frames, self.shown = -1, {}, None
        self.live.set("error", "")
        self.live.set("paused", False)
        self.live.set("running", True)
        self.grabber.start()
        self._timer.start()
        self.message.emit(f"Live: {getattr(source, 'name', spec)}")
        return True

    def stop(self, keep_frame: bool = True) -> None:
        """Release the source (its reading thread releases it) and keep the last frame as the image."""
        self._timer.stop()
        grabber, self.grabber = self.grabber, None
        if grabber is not None:
            grabber.stop()
        self.stop_recording()
        self.bridge.live_image = None
        if keep_frame and self.live.running and not self.live.paused:  # paused: already frozen
            self._freeze()
        self.live.set("paused", False)
        self.live.set("running", False)

    def set_paused(self, paused: bool) -> None:
        if not self.live.running or paused == self.live.paused:
            return
        self.live.set("paused", paused)
        if paused:
            self._freeze()
        else:
            self._last_index = -1  # frames the source made while paused are not "dropped"

    def toggle_pause(self) -> None:
        self.set_paused(not self.live.paused)

    def set_mirror(self, mirror: bool) -> None:
        self.live.set("mirror", bool(mirror))

    def set_resolution(self, size: tuple[int, int]) -> None:
        """Takes effect at once: a running source is reopened at the new size."""
        self.live.set("resolution", (int(size[0]), int(size[1])))
        if self.live.running:
            self.start()

    def shutdown(self) -> None:
        """Window closing: no grabber thread may outlive it; the frame need not become the image."""
        self.stop(keep_frame=False)

    # ---- stills and recording -------------------------------------------------------------
    def shown_frame(self) -> np.ndarray | None:
        """The uint8 RGB frame behind the current maps, mirrored as shown."""
        if self.shown is None:
            return None
        frame, mirrored = self.shown
        return np.ascontiguousarray(frame[:, ::-1]) if mirrored else frame

    def save_still(self, path: str) -> bool:
        frame = self.shown_frame()
        if frame is None:
            self._report("No live frame to save yet.")
            return False
        try:
            save_still(path, frame)
        except (OSError, ValueError) as exc:
            self._report(str(exc))
            return False
        self.message.emit(f"Saved {path}")
        return True

    def start_recording(self, path: str) -> bool:
        self.stop_recording()
        if Path(path).suffix.lower() not in VIDEO_CODECS:
            self._report(f"Cannot record to {Path(path).name}: use one of {', '.join(VIDEO_CODECS)}.")
            return False
        fps = self.live.stats.rate.fps or self._source_fps  # play back at the speed it was seen
        self.video = MapVideo(path, max(1.0, min(fps, 60.0)))
        self.message.emit(f"Recording feature maps to {path}")
        return True

    def stop_recording(self) -> None:
        video, self.video = self.video, None
        if video is not None:
            video.close()
            self.message.emit(f"Recorded {video.frames_written} frame(s) to {video.path}")

    def _record(self, result: Result) -> None:
        if self.video is None or result.activated is None:
            return
        name = self.window.cmap_name
        try:
            self.video.write(result, colormaps.lut(name), colormaps.levels_for(result.activated, name))
        except (OSError, ValueError) as exc:
            self.stop_recording()
            self._report(f"Recording stopped: {exc}")

    # ---- per frame ------------------------------------------------------------------------
    def _tick(self) -> None:
        grabber = self.grabber
        if grabber is None or self.live.paused or self.bridge.computing:
            return
        started = time.perf_counter()
        frame = grabber.latest()
        if frame is None:
            return
        stats = self.live.stats
        if self._last_index >= 0:
            stats.skipped += max(0, frame.index - self._last_index - 1)
        self._last_index = frame.index
        image = self._converter.convert(frame.array, self.live.mirror)
        self._frames[id(image)] = (frame.array, self.live.mirror)
        stats.taken += 1
        stats.capture.add((time.perf_counter() - started) * 1000.0)
        self.bridge.submit_frame(image)

    def _on_frame(self, result: Result) -> None:
        if self.live.paused or self.grabber is None:
            return  # computed before the pause: the frozen frame, not this one, stays on screen
        started = time.perf_counter()
        self.window.show_frame(result)
        self._shown(result, (time.perf_counter() - started) * 1000.0)
        self._tick()  # the worker is free: start on the next frame while this one paints

    def _on_full_result(self, result: Result) -> None:
        """A live frame that went the full way (settings changed): the window has drawn it already."""
        if self.grabber is not None and id(result.snapshot.image) in self._frames and result.ok:
            self._shown(result, 0.0)

    def _shown(self, result: Result, apply_ms: float) -> None:
        self._close_display_sample()
        self.shown = self._frames.get(id(result.snapshot.image), self.shown)
        self.live.stats.engine.add(result.compute_ms)
        self._open_display, self._awaiting_paint = apply_ms, True
        self._record(result)

    def _close_display_sample(self) -> None:
        if self._open_display is not None:
            self.live.stats.display.add(self._open_display)
        self._open_display = None

    def _on_maps_painted(self, ms: float) -> None:
        self._on_view_painted(ms)
        if self._awaiting_paint:  # the first paint of the maps after a new frame: it is on screen
            self._awaiting_paint = False
            self.live.stats.rate.tick()

    def _on_view_painted(self, ms: float) -> None:
        if self._open_display is not None:
            self._open_display += ms

    # ---- freezing and errors --------------------------------------------------------------
    def _freeze(self) -> None:
        """Make the shown frame the state's image: every view and tab then treats it as a picture."""
        self._close_display_sample()
        self.bridge.live_image = None
        frame = self.shown_frame()
        if frame is not None:
            source = self.live.source
            self.state.input.set_image(frame, f"live frame ({source})", "frozen live frame")

    def _on_failed(self, message: str) -> None:
        self._report(message)
        self.stop()

    def _report(self, text: str) -> None:
        self.live.set("error", text)
        self.message.emit(text)
