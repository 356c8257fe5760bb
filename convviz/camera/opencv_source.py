"""A cv2.VideoCapture wrapped to deliver RGB frames, with file pacing and looping support."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import cv2
import numpy as np

from convviz.camera.pacing import FramePacer

_FALLBACK_FPS = 30.0  # when a backend reports 0 or NaN, which many webcams and some files do


@contextlib.contextmanager
def quiet_opencv() -> Iterator[None]:
    """Silence OpenCV's console warnings while probing; a missing camera is an expected outcome, not noise."""
    logging = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging is None:
        yield
        return
    previous = logging.getLogLevel()
    logging.setLogLevel(logging.LOG_LEVEL_ERROR)
    try:
        yield
    finally:
        logging.setLogLevel(previous)


def _to_rgb(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2RGB)
    if frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2RGB)
    return cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)


class OpenCVSource:
    """A cv2.VideoCapture that returns RGB frames; files are paced to their fps and can rewind."""

    def __init__(self, capture: cv2.VideoCapture, name: str, *, is_file: bool, realtime: bool,
                 path: str | None = None, first_frame: np.ndarray | None = None) -> None:
        self.name = name
        self.is_file = is_file
        self._capture = capture
        self._path = path  # files only: reopened if seeking back to the start does not work
        self._pending: np.ndarray | None = first_frame  # frame decoded while probing, handed out first
        self._just_rewound = False
        width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        self.size: tuple[int, int] = (width, height)  # corrected from the first frame if the backend lied
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
        rgb = _to_rgb(frame)
        self.size = (rgb.shape[1], rgb.shape[0])
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
