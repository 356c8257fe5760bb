"""Live camera mode as plain state: the source, running/paused, mirror, resolution, timing, last error.

Qt-free like the rest of the model: the live panel edits it, the controller reads it, and tests can
drive it without a display. The channel mode is not stored here: live frames go through
`state.input.color_mode` like any other image, so gray/RGB is one setting for both.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np

from convviz.model.events import Signal
from convviz.text import tr

RESOLUTIONS: tuple[tuple[int, int], ...] = ((320, 240), (640, 480), (1280, 720), (1920, 1080))
DEFAULT_RESOLUTION = (640, 480)


class StageTimes:
    """The last `maxlen` durations of one pipeline stage, in milliseconds."""

    def __init__(self, maxlen: int = 120) -> None:
        self.samples: deque[float] = deque(maxlen=maxlen)

    def add(self, ms: float) -> None:
        self.samples.append(float(ms))

    def percentile(self, q: float) -> float:
        return float(np.percentile(self.samples, q)) if self.samples else 0.0

    @property
    def median(self) -> float:
        return self.percentile(50)

    @property
    def p95(self) -> float:
        return self.percentile(95)


class FrameRate:
    """Frames per second over a sliding time window (a mean over 1 s reads steadier than 1/Δt)."""

    def __init__(self, window_s: float = 1.0, clock: Callable[[], float] = time.perf_counter) -> None:
        self.window_s = window_s
        self._clock = clock
        self._stamps: deque[float] = deque()
        self.count = 0  # frames ticked since the last reset

    def tick(self) -> None:
        now = self._clock()
        self._stamps.append(now)
        self.count += 1
        self._trim(now)

    def _trim(self, now: float) -> None:
        while self._stamps and now - self._stamps[0] > self.window_s:
            self._stamps.popleft()

    @property
    def fps(self) -> float:
        self._trim(self._clock())
        if len(self._stamps) < 2:
            return 0.0
        span = self._stamps[-1] - self._stamps[0]
        return (len(self._stamps) - 1) / span if span > 0 else 0.0


class LiveStats:
    """Per-stage timings of the live pipeline and the displayed frame rate.

    capture: taking the newest frame from the grabber (GUI thread).
    engine: the worker's whole job: the frame to float32 (mirrored as chosen), the layer's
    forward pass, and the bytes the views draw.
    display: pushing the result into the views and painting them.
    latency: from the moment the source returned the frame to its first paint on screen.
    """

    def __init__(self, maxlen: int = 120, clock: Callable[[], float] = time.perf_counter) -> None:
        self.capture = StageTimes(maxlen)
        self.engine = StageTimes(maxlen)
        self.display = StageTimes(maxlen)
        self.latency = StageTimes(maxlen)
        self.rate = FrameRate(clock=clock)
        self.taken = 0  # frames taken from the source
        self.skipped = 0  # frames the source delivered that the pipeline never took (dropped)

    @property
    def displayed(self) -> int:
        return self.rate.count

    def readout(self) -> str:
        """The measurements in one line, in the interface's language."""
        return tr(
            "LiveStats",
            "fps {fps} · capture {capture} ms · engine {engine} ms · display {display} ms · latency {latency} ms",
        ).format(
            fps=f"{self.rate.fps:.1f}",
            capture=f"{self.capture.median:.1f}",
            engine=f"{self.engine.median:.1f}",
            display=f"{self.display.median:.1f}",
            latency=f"{self.latency.median:.0f}",
        )


_TYPES: dict[str, type] = {
    "source": str,
    "running": bool,
    "paused": bool,
    "mirror": bool,
    "resolution": tuple,
    "error": str,
}


class LiveState:
    """What the user chose for live mode and how it is going: read-only properties, written
    through `set(name, value)`; `changed(name)` fires on every change."""

    def __init__(self) -> None:
        self.changed = Signal()
        self._source = "synthetic"  # camera index as text, a video path, a URL or "synthetic"
        self._running = False
        self._paused = False
        self._mirror = False
        self._resolution: tuple[int, int] = DEFAULT_RESOLUTION
        self._error = ""  # last failure, shown until the next start
        self.stats = LiveStats()  # measurements, not settings: written by the pipeline, not evented

    source = property(lambda self: self._source, doc="camera index as text, a path, a URL or 'synthetic'")
    running = property(lambda self: self._running)
    paused = property(lambda self: self._paused)
    mirror = property(lambda self: self._mirror)
    resolution = property(lambda self: self._resolution)
    error = property(lambda self: self._error, doc="the last failure, shown until the next start")

    def set(self, name: str, value: Any) -> None:
        if name not in _TYPES:
            raise AttributeError(f"unknown live setting {name!r}")
        if not isinstance(value, _TYPES[name]):
            raise TypeError(f"{name} must be a {_TYPES[name].__name__}, got {type(value).__name__}")
        if getattr(self, name) != value:
            setattr(self, "_" + name, value)
            self.changed.emit(name)

    def reset_stats(self, maxlen: int = 120) -> None:
        """Fresh statistics (a new run, or a benchmark that keeps every sample after warm-up)."""
        self.stats = LiveStats(maxlen)
