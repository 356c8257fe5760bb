"""Opening frame sources: camera devices, video files, stream URLs and the synthetic source.

Every source returned here has the same duck-typed interface (`FrameSource`) and delivers
HxWx3 uint8 RGB frames; OpenCV's BGR order never leaves this package.
"""

from __future__ import annotations

import os
from typing import Protocol, runtime_checkable

import cv2
import numpy as np

from convviz.camera.opencv_source import OpenCVSource, quiet_opencv
from convviz.camera.synthetic import SyntheticSource

SYNTHETIC_SPEC = "synthetic"


class SourceError(RuntimeError):
    """A source could not be opened; the message is meant to be shown to the user as is."""


@runtime_checkable
class FrameSource(Protocol):
    """What FrameGrabber needs. Optionally `is_file: bool` and `rewind() -> bool`: files loop at their end."""

    name: str
    size: tuple[int, int]  # (width, height) of delivered frames
    fps: float  # nominal frames per second

    def read(self) -> tuple[bool, np.ndarray | None]: ...
    def release(self) -> None: ...
    def is_opened(self) -> bool: ...


def _parse_spec(spec: int | str | os.PathLike[str]) -> int | str:
    """Device index as int, anything else as a stripped string."""
    if isinstance(spec, bool):
        raise SourceError(f"Not a valid source: {spec!r}")
    if isinstance(spec, int):
        return spec
    text = os.fspath(spec).strip()
    return int(text) if text.isdigit() else text


def _open_device(index: int, resolution: tuple[int, int] | None) -> OpenCVSource:
    with quiet_opencv():
        capture = cv2.VideoCapture(index)
    if not capture.isOpened():
        capture.release()
        raise SourceError(f"No camera at index {index}: it may be missing or in use by another program.")
    capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # a hint: keep the driver from queueing stale frames
    if resolution is not None:
        width, height = resolution
        # The driver picks the nearest mode it supports; `size` reports what was actually granted.
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, int(width))
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, int(height))
    return OpenCVSource(capture, f"camera {index}", is_file=False, realtime=False)


def _open_stream(url: str) -> OpenCVSource:
    with quiet_opencv():
        capture = cv2.VideoCapture(url)
    if not capture.isOpened():
        capture.release()
        raise SourceError(f"Could not open the stream {url}: check the address and that it is reachable.")
    return OpenCVSource(capture, f"stream {url}", is_file=False, realtime=False)


def _open_file(path: str, realtime: bool) -> OpenCVSource:
    if not os.path.exists(path):
        raise SourceError(f"Video file not found: {path}")
    if os.path.isdir(path):
        raise SourceError(f"{path} is a folder, not a video file.")
    with quiet_opencv():
        capture = cv2.VideoCapture(path)
    name = f"video file {os.path.basename(path)}"
    if not capture.isOpened():
        capture.release()
        raise SourceError(f"Could not open {path}: the format or codec is not supported, or the file is damaged.")
    # Decode one frame now so an empty or undecodable file fails here, with a message, not mid-stream.
    ok, first_frame = capture.read()
    if not ok or first_frame is None:
        capture.release()
        raise SourceError(f"Could not read any frames from {path}: the file may be empty or damaged.")
    return OpenCVSource(capture, name, is_file=True, realtime=realtime, path=path, first_frame=first_frame)


def open_source(spec: int | str | os.PathLike[str], *, resolution: tuple[int, int] | None = None,
                realtime: bool = True) -> FrameSource:
    """Open a camera index (0 or "0"), a video file, a stream URL ("rtsp://...") or "synthetic".

    resolution: (width, height) requested from a camera, or the synthetic frame size; ignored for files.
    realtime: pace files and the synthetic source to their fps (False reads as fast as possible).
    Raises SourceError with a user-facing message when the source cannot be opened.
    """
    target = _parse_spec(spec)
    if isinstance(target, int):
        if target < 0:
            raise SourceError(f"Camera index must be 0 or more, got {target}.")
        return _open_device(target, resolution)
    if not target:
        raise SourceError("No source given: choose a camera, a video file or the synthetic source.")
    if target.lower() == SYNTHETIC_SPEC:
        width, height = resolution if resolution is not None else (640, 480)
        return SyntheticSource(width, height, realtime=realtime)
    if "://" in target:
        return _open_stream(target)
    return _open_file(target, realtime)


def list_devices(max_index: int = 5) -> list[int]:
    """Indices in range(max_index) where a camera opens right now (opening is how OpenCV checks)."""
    found = []
    with quiet_opencv():
        for index in range(max_index):
            capture = cv2.VideoCapture(index)
            if capture.isOpened():
                found.append(index)
            capture.release()
    return found
