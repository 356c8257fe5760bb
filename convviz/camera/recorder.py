"""Writing RGB frames to video files and still images (OpenCV wants BGR, so we convert here)."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

import cv2
import numpy as np

from convviz.text import tr

# Codecs chosen because OpenCV's bundled FFmpeg writes and reads them back on Linux, Windows and macOS.
VIDEO_CODECS: dict[str, str] = {".avi": "MJPG", ".mp4": "mp4v"}


def _rgb_to_bgr(frame: np.ndarray, expected_hw: tuple[int, int] | None = None) -> np.ndarray:
    """Validate an RGB (or grayscale) uint8 frame and return it as BGR for OpenCV."""
    if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8:
        raise ValueError(f"frame must be a uint8 numpy array, got {getattr(frame, 'dtype', type(frame))}")
    if frame.ndim == 2:
        bgr = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    elif frame.ndim == 3 and frame.shape[2] == 3:
        bgr = cv2.cvtColor(frame, cv2.COLOR_RGB2BGR)
    else:
        raise ValueError(f"frame must be HxW or HxWx3, got shape {frame.shape}")
    if expected_hw is not None and bgr.shape[:2] != expected_hw:
        # cv2.VideoWriter silently skips frames of the wrong size, so refuse them loudly instead.
        raise ValueError(
            tr("VideoRecorder", "frame is {width}x{height} but the video is {video_width}x{video_height}").format(
                width=bgr.shape[1], height=bgr.shape[0], video_width=expected_hw[1], video_height=expected_hw[0]
            )
        )
    return bgr


class VideoRecorder:
    """Write RGB frames to .avi (Motion JPEG) or .mp4 (MPEG-4 Part 2). Usable as a context manager.

    size is (width, height); every frame must match it.
    """

    def __init__(self, path: str | os.PathLike[str], fps: float, size: tuple[int, int]) -> None:
        self.path = Path(path)
        suffix = self.path.suffix.lower()
        if suffix not in VIDEO_CODECS:
            raise ValueError(
                tr("VideoRecorder", "Cannot record to {name}: use one of {suffixes}.").format(
                    name=self.path.name, suffixes=", ".join(VIDEO_CODECS)
                )
            )
        if not fps > 0:
            raise ValueError(f"fps must be > 0, got {fps!r}")
        width, height = (int(v) for v in size)
        if width <= 0 or height <= 0:
            raise ValueError(f"size must be a positive (width, height), got {size!r}")
        self.codec = VIDEO_CODECS[suffix]
        self.fps = float(fps)
        self.size = (width, height)
        self.frames_written = 0
        if not self.path.parent.is_dir():
            raise OSError(
                tr("VideoRecorder", "Cannot record to {path}: the folder {folder} does not exist.").format(
                    path=self.path, folder=self.path.parent
                )
            )
        self._writer: cv2.VideoWriter | None = cv2.VideoWriter(
            str(self.path), cv2.VideoWriter_fourcc(*self.codec), self.fps, self.size
        )
        if not self._writer.isOpened():
            self._writer.release()
            self._writer = None
            raise OSError(
                tr(
                    "VideoRecorder",
                    "Could not start recording to {path} with the {codec} codec: check that the folder is writable and the disk is not full.",  # noqa: E501 (one literal, as lupdate reads it)
                ).format(path=self.path, codec=self.codec)
            )

    def write(self, frame: np.ndarray) -> None:
        if self._writer is None:
            raise ValueError(tr("VideoRecorder", "Recording to {name} is already closed.").format(name=self.path.name))
        self._writer.write(_rgb_to_bgr(frame, (self.size[1], self.size[0])))
        self.frames_written += 1

    def close(self) -> None:
        """Finish the file (writes the index/trailer); safe to call twice."""
        if self._writer is not None:
            self._writer.release()
            self._writer = None

    @property
    def is_open(self) -> bool:
        return self._writer is not None

    def __enter__(self) -> VideoRecorder:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def save_still(path: str | os.PathLike[str], frame: np.ndarray) -> None:
    """Save one RGB frame as an image; the format follows the extension (.png, .jpg, .bmp, .tif ...)."""
    target = Path(path)
    if not target.suffix or not cv2.haveImageWriter("still" + target.suffix.lower()):
        raise ValueError(
            tr("VideoRecorder", "Cannot save {name}: unsupported image type {suffix}.").format(
                name=target.name, suffix=target.suffix or tr("VideoRecorder", "(no extension)")
            )
        )
    bgr = _rgb_to_bgr(frame)
    # Encode in memory and write with Python: cv2.imwrite cannot open non-ASCII paths on Windows.
    ok, encoded = cv2.imencode(target.suffix.lower(), bgr)
    if not ok:
        raise OSError(
            tr("VideoRecorder", "Could not encode {name} as {suffix} image.").format(
                name=target.name, suffix=target.suffix
            )
        )
    try:
        target.write_bytes(encoded.tobytes())
    except OSError as exc:
        raise OSError(
            tr("VideoRecorder", "Could not save {path}: {reason}").format(path=target, reason=exc.strerror or exc)
        ) from exc
