"""Short video files written into tmp_path, so the suite needs no camera and no checked-in media."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

VIDEO_SIZE = (160, 120)  # (width, height)
VIDEO_FPS = 30.0
VIDEO_FRAMES = 12
# RGB colours of the first three frames; the rest are grey levels, so every frame differs.
FIRST_COLOURS = [(255, 0, 0), (0, 255, 0), (0, 0, 255)]


def expected_rgb_frame(index: int) -> np.ndarray:
    width, height = VIDEO_SIZE
    frame = np.empty((height, width, 3), np.uint8)
    frame[:] = FIRST_COLOURS[index] if index < len(FIRST_COLOURS) else (index * 20,) * 3
    return frame


def _write_video(path: Path, codec: str) -> Path | None:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*codec), VIDEO_FPS, VIDEO_SIZE)
    if not writer.isOpened():
        writer.release()
        return None
    for index in range(VIDEO_FRAMES):
        writer.write(cv2.cvtColor(expected_rgb_frame(index), cv2.COLOR_RGB2BGR))
    writer.release()
    return path


@pytest.fixture
def mjpg_video(tmp_path: Path) -> Path:
    path = _write_video(tmp_path / "clip_mjpg.avi", "MJPG")
    assert path is not None, "OpenCV could not open an MJPG writer"
    return path


@pytest.fixture
def lossless_video(tmp_path: Path) -> Path:
    """A lossless clip (FFV1, else HuffYUV) for exact-pixel checks. The pinned
    opencv-python-headless writes both; a build that writes neither fails here, loudly."""
    for fourcc in ("FFV1", "HFYU"):
        path = _write_video(tmp_path / f"clip_{fourcc.lower()}.avi", fourcc)
        if path is not None:
            return path
    raise AssertionError("OpenCV could open neither an FFV1 nor a HuffYUV writer")


@pytest.fixture
def silent_server():
    from .silent_server import SilentServer

    server = SilentServer()
    yield server
    server.close()


def write_video(path: Path, size: tuple[int, int], frames: int = 3, codec: str = "MJPG") -> Path:
    """`frames` frames of (width, height) `size`: a left-to-right ramp, so the aspect can be checked."""
    width, height = size
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*codec), VIDEO_FPS, size)
    assert writer.isOpened(), f"OpenCV could not open a {codec} writer for {width}x{height}"
    ramp = np.linspace(0, 255, width, dtype=np.float32).astype(np.uint8)
    for index in range(frames):
        frame = np.empty((height, width, 3), np.uint8)
        frame[:] = ramp[None, :, None]
        frame[: height // 4, : width // 4] = (0, 0, 40 * index)  # a corner that changes per frame
        writer.write(frame)
    writer.release()
    return path
