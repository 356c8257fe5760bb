"""Live camera mode: frames from a FrameGrabber go into the input state; the compute bridge runs
the layer on each and the controller hands the result on (`frameReady`) to whoever shows it.

The controller knows the bridge and the input state only; the window connects its views to
`frameReady` and reports their paints back (`maps_painted`, `view_painted`) for the frame rate.

Per frame the work is one engine pass plus redrawing the maps (the bridge's `frameReady` path), never
a rebuild of every panel. Flow control: a new frame is taken only when the worker is idle, so at most
one frame is in flight; frames the pipeline cannot keep up with are replaced in the grabber's one-slot
buffer and never queued. Pausing or stopping puts the shown frame into the state as an ordinary image,
so hovering, pinning, the arithmetic and every other tab work on it as on a loaded picture.

Sources open on a `SourceOpener` thread: a webcam driver or a stream server that never answers keeps
the toolbar at "Connecting to …" instead of freezing the window, and Stop cancels the wait.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from convviz.camera import VIDEO_CODECS, FrameGrabber, FrameSource, SourceError, open_source, save_still
from convviz.camera.opener import SourceOpener
from convviz.camera.sources import describe, parse_source
from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.live.map_video import MapVideo
from convviz.model.layer.compute import Result
from convviz.model.live import LiveState
from convviz.model.live_frame import FrameConverter, LiveFrame
from convviz.model.state import InputState

if TYPE_CHECKING:
    from convviz.gui.explorer.compute_bridge import ComputeBridge

TICK_MS = 10  # how often the GUI looks for a new frame; well under a 60 fps frame period


def source_title(spec: str) -> str:
    """A live source as the toolbar's list names it: the synthetic one in the interface's language."""
    return tr("LivePanel", "synthetic") if spec == "synthetic" else spec


class LiveController(QObject):
    _failed = Signal(str)  # emitted on the grabber's thread, delivered (queued) on the GUI thread
    _opened = Signal(object)  # a finished SourceOpener, from its thread, delivered (queued) here
    message = Signal(str)  # something the user should read: errors, "recording to …"
    connecting_changed = Signal()  # an open began or ended: the toolbar shows "Connecting to …" meanwhile
    frameReady = Signal(object)  # a live frame's Result to draw now (settings unchanged: pixels and maps only)

    def __init__(self, bridge: ComputeBridge, input_state: InputState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.input = bridge, input_state
        self.colormap_name = colormaps.DEFAULT  # what recorded videos are coloured with
        self.live = LiveState()
        self.grabber: FrameGrabber | None = None
        self._opener: SourceOpener | None = None  # while a source is being opened
        self._source: FrameSource | None = None  # the grabber's source, read for its downscale note
        self.video: MapVideo | None = None
        self._source_fps = 30.0
        self._converter = FrameConverter()
        self.shown: tuple[np.ndarray, bool] | None = None  # frame behind the maps on screen
        self._last_index = -1
        self._open_display: float | None = None  # display ms of the newest frame, until the next one
        self._awaiting_paint = False
        self._captured_at = 0.0  # when the source returned the frame now being shown
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._opened.connect(self._on_opened, Qt.ConnectionType.QueuedConnection)
        self.bridge.frameReady.connect(self._on_frame)
        self.bridge.resultReady.connect(self._on_full_result)

    # ---- control ------------------------------------------------------------------------
    def start(self, spec: str | int | None = None) -> bool:
        """Open `spec` (default: the chosen source) on another thread and go live once it opens.

        False with a message if `spec` cannot be a source at all (-1, ""). Otherwise True at once:
        live mode counts as running while "Connecting to …", and a failure to open is reported then.
        """
        self.stop()
        spec = self.live.source if spec is None else str(spec)
        self.live.set("source", spec)
        try:
            name = describe(parse_source(spec))
        except SourceError as exc:
            self._report(str(exc))
            return False
        resolution = self.live.resolution
        # open_source is looked up when the thread runs, so tests can replace it on this module.
        self._opener = SourceOpener(
            lambda: open_source(spec, resolution=resolution, realtime=True), name, self._opened.emit
        )
        self.live.set("error", "")
        self.live.set("paused", False)
        self.live.set("running", True)
        self.connecting_changed.emit()
        self.message.emit(tr("LiveController", "Connecting to {0}…").format(name))
        self._opener.start()
        return True

    @property
    def streaming(self) -> bool:
        """Frames are flowing: running, not paused (a frame is the input, not the still image)."""
        return self.live.running and not self.live.paused

    @property
    def connecting(self) -> str | None:
        """What is being opened ("camera 0", "the stream rtsp://…"), or None."""
        return self._opener.name if self._opener is not None else None

    def downscale_note(self) -> str:
        """ "downscaled from 7680×4320" while the source's frames are shrunk to LIVE_MAX_SIDE, else ""."""
        size = getattr(self._source, "downscaled_from", None)
        return tr("LiveController", "downscaled from {0}×{1}").format(size[0], size[1]) if size else ""

    def _on_opened(self, opener: SourceOpener) -> None:
        if opener is not self._opener:
            return  # stopped or restarted since: that opener released its source itself
        self._opener = None
        self.connecting_changed.emit()
        source = opener.take()
        if source is None:
            self._on_failed(opener.error or tr("LiveController", "Could not open {0}.").format(opener.name))
            return
        self._go_live(source, opener.name)

    def _go_live(self, source: FrameSource, name: str) -> None:
        self._source = source
        self._source_fps = float(getattr(source, "fps", 30.0)) or 30.0
        self.grabber = FrameGrabber(source, on_error=self._failed.emit)
        self.live.reset_stats()
        self._last_index, self.shown = -1, None
        self.grabber.start()
        self._timer.start()
        note = self.downscale_note()
        shown_name = getattr(source, "name", name)
        if note:
            self.message.emit(tr("LiveController", "Live: {0} ({1})").format(shown_name, note))
        else:
            self.message.emit(tr("LiveController", "Live: {0}").format(shown_name))

    def stop(self, keep_frame: bool = True) -> None:
        """Release the source (its reading thread releases it) and keep the last frame as the image."""
        opener, self._opener = self._opener, None
        if opener is not None:  # still connecting: whatever it opens later is released, not shown
            opener.cancel()
            self.connecting_changed.emit()
            self.message.emit(tr("LiveController", "Stopped connecting to {0}.").format(opener.name))
        self._timer.stop()
        self._source = None
        grabber, self.grabber = self.grabber, None
        if grabber is not None:
            grabber.stop()
        self.stop_recording()
        if keep_frame and self.live.running and not self.live.paused:  # paused: already frozen
            self._freeze()
        self.input.set_live_frame(None)
        self.live.set("paused", False)
        self.live.set("running", False)

    def set_paused(self, paused: bool) -> None:
        if not self.live.running or self._opener is not None or paused == self.live.paused:
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
        """The uint8 RGB frame behind the current maps (behind another tab: the newest frame
        taken, which that tab follows), mirrored as shown."""
        if self.shown is None:
            return None
        frame, mirrored = self.shown
        return np.ascontiguousarray(frame[:, ::-1]) if mirrored else frame

    def save_still(self, path: str) -> bool:
        frame = self.shown_frame()
        if frame is None:
            self._report(tr("LiveController", "No live frame to save yet."))
            return False
        try:
            save_still(path, frame)
        except (OSError, ValueError) as exc:
            self._report(str(exc))
            return False
        self.message.emit(tr("LiveController", "Saved {0}").format(path))
        return True

    def start_recording(self, path: str) -> bool:
        self.stop_recording()
        if Path(path).suffix.lower() not in VIDEO_CODECS:
            text = tr("LiveController", "Cannot record to {0}: use one of {1}.")
            self._report(text.format(Path(path).name, ", ".join(VIDEO_CODECS)))
            return False
        fps = self.live.stats.rate.fps or self._source_fps  # play back at the speed it was seen
        self.video = MapVideo(path, max(1.0, min(fps, 60.0)))
        self.bridge.recording = True  # behind another tab too, every frame's maps go into the video
        self.message.emit(tr("LiveController", "Recording feature maps to {0}").format(path))
        return True

    def stop_recording(self) -> None:
        video, self.video = self.video, None
        self.bridge.recording = False
        if video is not None:
            video.close()
            self.message.emit(
                tr("LiveController", "Recorded {0} frame(s) to {1}").format(video.frames_written, video.path)
            )

    def _record(self, result: Result) -> None:
        if self.video is None or result.activated is None:
            return
        name = self.colormap_name
        try:
            self.video.write(result, colormaps.lut(name), colormaps.levels_for(result.activated, name))
        except (OSError, ValueError) as exc:
            self.stop_recording()
            self._report(tr("LiveController", "Recording stopped: {0}").format(exc))

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
        stats.taken += 1
        stats.capture.add((time.perf_counter() - started) * 1000.0)
        # Converted to floats by the explorer's worker, as the first step of its job.
        self.input.set_live_frame(LiveFrame(frame.array, self.live.mirror, self._converter, frame.timestamp))
        if not (self.bridge.follow_live or self.bridge.recording):  # no maps made: the tab in front shows it
            self.shown = (frame.array, self.live.mirror)

    def _on_frame(self, result: Result) -> None:
        if self.live.paused or self.grabber is None:
            return  # computed before the pause: the frozen frame, not this one, stays on screen
        started = time.perf_counter()
        self.frameReady.emit(result)
        self._shown(result, (time.perf_counter() - started) * 1000.0)
        # Then the next frame: the views let go of the frame before this one, whose buffer the
        # next conversion reuses (taking it first needed a third 24 MiB buffer at 1080p, for no
        # more frames per second).
        self._tick()

    def _on_full_result(self, result: Result) -> None:
        """A live frame that went the full way (settings changed): the window has drawn it already."""
        if self.grabber is not None and result.snapshot.live is not None and result.ok:
            self._shown(result, 0.0)

    def _shown(self, result: Result, apply_ms: float) -> None:
        self._close_display_sample()
        live = result.snapshot.live
        if live is not None:
            self.shown = (live.raw, live.mirrored)
            self._captured_at = live.captured_at
        self.live.stats.engine.add(result.compute_ms)
        self._open_display, self._awaiting_paint = apply_ms, True
        self._record(result)

    def _close_display_sample(self) -> None:
        if self._open_display is not None:
            self.live.stats.display.add(self._open_display)
        self._open_display = None

    def maps_painted(self, ms: float) -> None:
        """The feature maps painted (`ms` spent): the first paint after a new frame counts it shown."""
        self.view_painted(ms)
        if self._awaiting_paint:  # the first paint of the maps after a new frame: it is on screen
            self._awaiting_paint = False
            self.live.stats.rate.tick()
            if self._captured_at:
                self.live.stats.latency.add((time.perf_counter() - self._captured_at) * 1000.0)

    def view_painted(self, ms: float) -> None:
        """Another view that shows the frame painted: its time counts as display time."""
        if self._open_display is not None:
            self._open_display += ms

    # ---- freezing and errors --------------------------------------------------------------
    def _freeze(self) -> None:
        """Make the shown frame the state's image: every view and tab then treats it as a picture."""
        self._close_display_sample()
        self._awaiting_paint = False  # the frozen picture's paint is no live frame displayed
        frame = self.shown_frame()
        self.input.set_live_frame(None)
        if frame is not None:
            name = tr("LiveController", "live frame ({0})").format(source_title(self.live.source))
            self.input.set_image(frame, name, tr("LiveController", "frozen live frame"))

    def _on_failed(self, message: str) -> None:
        self._report(message)
        self.stop()

    def _report(self, text: str) -> None:
        self.live.set("error", text)
        self.message.emit(text)
