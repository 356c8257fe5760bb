"""A cv2.VideoCapture wrapped to deliver RGB frames, with file pacing, looping and a size cap."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import cv2
import numpy as np

from convviz.camera.pacing import FramePacer
from convviz.model.limits import LIVE_MAX_SIDE

_FALLBACK_FPS = 30.0  # when a backend reports 0 or NaN, which many webcams and some files do
_quiet_lock = threading.Lock()
_quiet_depth, _quiet_previous = 0, 0


@contextlib.contextmanager
def quiet_opencv() -> Iterator[None]:
    """Silence OpenCV's console warnings while probing; a missing camera is an expected outcome, not noise.

    The log level is process-wide and sources open on several threads at once, so the first one in
    saves the level and the last one out restores it.
    """
    global _quiet_depth, _quiet_previous
    logging = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging is None:
        yield
        return
    with _quiet_lock:
        if _quiet_depth == 0:
            _quiet_previous = logging.getLogLevel()
            logging.setLogLevel(logging.LOG_LEVEL_ERROR)
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0:
                logging.setLogLevel(_quiet_previous)


def fit_size(width: int, height: int, max_side: int = LIVE_MAX_SIDE) -> tuple[int, int]:
    """(width, height) shrunk, keeping the aspect, so the long side is at most `max_side`."""
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    scale = max_side / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _fit(frame: np.ndarray) -> np.ndarray:
    height, width = frame.shape[:2]
    size = fit_size(width, height)
    # INTER_AREA averages the pixels it drops, so fine detail does not alias into the maps.
    return frame if size == (width, height) else cv2.resize(frame, size, interpolation=cv2.INTER_AREA)


def _to_rgb(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2RGB)
    if frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2RGB)
    return cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)


class OpenCVSource:
    """A cv2.VideoCapture that returns RGB frames; files are paced to their fps and can rewind.

    Frames longer than LIVE_MAX_SIDE are downscaled here, on the reading thread, so an 8K video costs
    the engine what a 2048 px one does; `downscaled_from` is then the decoded (width, height).
    """

    def __init__(
        self,
        capture: cv2.VideoCapture,
        name: str,
        *,
        is_file: bool,
        realtime: bool,
        path: str | None = None,
        first_frame: np.ndarray | None = None,
    ) -> None:
        self.name = name
        self.is_file = is_file
        self._capture = capture
        self._path = path  # files only: reopened if seeking back to the start does not work
        self._pending: np.ndarray | None = first_frame  # frame decoded while probing, handed out first
        self._just_rewound = False
        width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        self.size: tuple[int, int] = fit_size(width, height)  # corrected from the first frame if the backend lied
        self.downscaled_from: tuple[int, int] | None = (width, height) if self.size != (width, height) else None
        reported_fps = capture.get(cv2.CAP_PROP_FPS)
        self.fps: float = float(reported_fps) if 0 < reported_fps < 1000 else _FALLBACK_FPS
        # Files decode far faster than real time; pacing keeps playback speed right and the CPU idle.
        self._pacer = FramePacer(self.fps) if (is_file and realtime) else None

    def read(self) -> tuple[bool, np.ndarray | None]:
        if self._pacer is not None:
            self._pacer.wait()
        if self._pending is not None:
            frame, self._pending = self._pending, None
        else:
            ok, frame = self._capture.read()
            if (not ok or frame is None) and self._just_rewound and self._path is not None:
                # OpenCV 5.0 + FFmpeg: after seeking a one-frame file to 0, read() fails; reopening works.
                self._capture.release()
                self._capture = cv2.VideoCapture(self._path)
                ok, frame = self._capture.read()
            self._just_rewound = False
            if not ok or frame is None:
                return False, None
        decoded = (frame.shape[1], frame.shape[0])
        rgb = _to_rgb(_fit(frame))  # shrink first: fewer pixels to convert
        self.size = (rgb.shape[1], rgb.shape[0])
        self.downscaled_from = decoded if decoded != self.size else None
        return True, rgb

    def rewind(self) -> bool:
        """Seek a video file back to its first frame; False for live sources or if seeking fails."""
        if not self.is_file:
            return False
        if self._pacer is not None:
            self._pacer.reset()
        self._pending = None
        self._just_rewound = bool(self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0))
        return self._just_rewound

    def is_opened(self) -> bool:
        return bool(self._capture.isOpened())

    def release(self) -> None:
        self._capture.release()
