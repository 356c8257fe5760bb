"""Opening frame sources: camera devices, video files, stream URLs and the synthetic source.

Every source returned here has the same duck-typed interface (`FrameSource`) and delivers
HxWx3 uint8 RGB frames; OpenCV's BGR order never leaves this package.
"""

from __future__ import annotations

import os
import re
from typing import Protocol, runtime_checkable

import cv2
import numpy as np

from convviz.camera.opencv_source import OpenCVSource, quiet_opencv
from convviz.camera.synthetic import SyntheticSource
from convviz.model.limits import LIVE_MAX_SIDE
from convviz.text import tr

SYNTHETIC_SPEC = "synthetic"
# OpenCV reads index // 100 * 100 as a backend id (200 is V4L2's camera 0), so 0..99 are the cameras.
MAX_CAMERA_INDEX = 99
# A stream server that accepts the connection and never answers fails after this, not OpenCV's 30 s.
STREAM_TIMEOUT_MS = 5000
_INDEX = re.compile(r"[+-]?\d+")


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


def parse_source(spec: int | str | os.PathLike[str]) -> int | str:
    """A device index as int, anything else as a stripped string; SourceError for what cannot be a source.

    Cheap and without I/O, so a GUI can refuse a bad spec at once before opening it on another thread.
    """
    if isinstance(spec, bool):
        raise SourceError(tr("CameraSources", "Not a valid source: {spec}").format(spec=repr(spec)))
    if isinstance(spec, int):
        target: int | str = spec
    else:
        text = os.fspath(spec).strip()
        target = int(text) if _INDEX.fullmatch(text) else text  # "-1" is a (bad) index, not a file name
    if isinstance(target, int):
        if target < 0:
            raise SourceError(tr("CameraSources", "Camera index must be 0 or more, got {index}.").format(index=target))
        if target > MAX_CAMERA_INDEX:
            raise SourceError(
                tr("CameraSources", "No camera at index {index}: camera indices run from 0 to {limit}.").format(
                    index=target, limit=MAX_CAMERA_INDEX
                )
            )
    elif not target:
        raise SourceError(
            tr("CameraSources", "No source given: choose a camera, a video file or the synthetic source.")
        )
    return target


def _open_device(index: int, resolution: tuple[int, int] | None) -> OpenCVSource:
    with quiet_opencv():
        capture = cv2.VideoCapture(index)
    if not capture.isOpened():
        capture.release()
        raise SourceError(
            tr("CameraSources", "No camera at index {index}: it may be missing or in use by another program.").format(
                index=index
            )
        )
    capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # a hint: keep the driver from queueing stale frames
    if resolution is not None:
        width, height = resolution
        # The driver picks the nearest mode it supports; `size` reports what was actually granted.
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, int(width))
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, int(height))
    return OpenCVSource(capture, _camera(index), is_file=False, realtime=False)


def _open_stream(url: str) -> OpenCVSource:
    # Bounded waits: a silent server would otherwise hold the open (and a read) for OpenCV's 30 s.
    timeouts = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, STREAM_TIMEOUT_MS, cv2.CAP_PROP_READ_TIMEOUT_MSEC, STREAM_TIMEOUT_MS]
    with quiet_opencv():
        capture = cv2.VideoCapture(url, cv2.CAP_ANY, timeouts)
    if not capture.isOpened():
        capture.release()
        raise SourceError(
            tr(
                "CameraSources",
                "Could not open the stream {url}: check the address and that the server answers within {seconds} s.",
            ).format(url=url, seconds=f"{STREAM_TIMEOUT_MS / 1000:g}")
        )
    return OpenCVSource(capture, tr("CameraSources", "stream {url}").format(url=url), is_file=False, realtime=False)


def _open_file(path: str, realtime: bool) -> OpenCVSource:
    if not os.path.exists(path):
        raise SourceError(tr("CameraSources", "Video file not found: {path}").format(path=path))
    if os.path.isdir(path):
        raise SourceError(tr("CameraSources", "{path} is a folder, not a video file.").format(path=path))
    with quiet_opencv():
        capture = cv2.VideoCapture(path)
    name = tr("CameraSources", "video file {name}").format(name=os.path.basename(path))
    if not capture.isOpened():
        capture.release()
        raise SourceError(
            tr(
                "CameraSources", "Could not open {path}: the format or codec is not supported, or the file is damaged."
            ).format(path=path)
        )
    # Decode one frame now so an empty or undecodable file fails here, with a message, not mid-stream.
    ok, first_frame = capture.read()
    if not ok or first_frame is None:
        capture.release()
        raise SourceError(
            tr("CameraSources", "Could not read any frames from {path}: the file may be empty or damaged.").format(
                path=path
            )
        )
    return OpenCVSource(capture, name, is_file=True, realtime=realtime, path=path, first_frame=first_frame)


def open_source(
    spec: int | str | os.PathLike[str], *, resolution: tuple[int, int] | None = None, realtime: bool = True
) -> FrameSource:
    """Open a camera index (0 or "0"), a video file, a stream URL ("rtsp://...") or "synthetic".

    resolution: (width, height) requested from a camera, or the synthetic frame size; ignored for files.
    realtime: pace files and the synthetic source to their fps (False reads as fast as possible).
    Raises SourceError with a user-facing message when the source cannot be opened. May block (a
    camera driver, a stream server): a GUI calls it off its own thread.
    """
    target = parse_source(spec)
    if isinstance(target, str) and target.lower() == SYNTHETIC_SPEC:
        width, height = resolution if resolution is not None else (640, 480)
        scale = min(1.0, LIVE_MAX_SIDE / max(width, height, 1))  # drawn no larger than frames are kept
        return SyntheticSource(max(1, round(width * scale)), max(1, round(height * scale)), realtime=realtime)
    try:
        if isinstance(target, int):
            return _open_device(target, resolution)
        if "://" in target:
            return _open_stream(target)
        return _open_file(target, realtime)
    except cv2.error as exc:  # e.g. an argument OpenCV refuses: report it like any source that will not open
        raise SourceError(
            tr("CameraSources", "Could not open {source}: OpenCV reported an error ({error}).").format(
                source=describe(target), error=_first_line(exc)
            )
        ) from exc


def describe(target: int | str) -> str:
    """How a parsed source is named in messages: "camera 0", "the stream rtsp://…", a file's path."""
    if isinstance(target, int):
        return _camera(target)
    if target.lower() == SYNTHETIC_SPEC:
        return tr("CameraSources", "the synthetic source")
    return tr("CameraSources", "the stream {url}").format(url=target) if "://" in target else target


def _camera(index: int) -> str:
    return tr("CameraSources", "camera {index}").format(index=index)


def _first_line(exc: cv2.error) -> str:
    lines = [line.strip("> -").strip() for line in str(getattr(exc, "err", "") or exc).splitlines()]
    text = next((line for line in lines if line), tr("CameraSources", "unknown error")).rstrip(":.")
    return text if len(text) <= 80 else text[:79] + "…"


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
