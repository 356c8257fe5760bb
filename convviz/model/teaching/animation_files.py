"""Writes an animation as a GIF (Pillow) or an MP4, with progress and cancel.

The model may not import OpenCV (an import contract), so an MP4 export takes the video writer
as ``open_video``: the callers pass ``convviz.camera.recorder.VideoRecorder`` (mp4v). Files are
written to a temporary name in the target folder and renamed when complete, so a cancelled or
failed export leaves no half file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from PIL import Image

from convviz.model.teaching.animation import AnimationConfig, frame_count
from convviz.model.teaching.animation_render import (
    MAX_WIDTH,
    MIN_WIDTH,
    THEME_COLORS,
    THEMES,
    Theme,
    frame_size,
    gif_palette,
    render,
)
from convviz.text import tr

FORMATS = ("gif", "mp4")
# Pillow keeps every GIF frame (one byte a pixel) until it writes the file.
GIF_BUDGET_BYTES = 512 * 2**20
# A video holds one frame at a time, but every pixel is drawn and encoded (~56 ms a 3840×2006
# frame measured): a thousand 4K UHD frames (about a minute) is the most a slide's film needs.
VIDEO_BUDGET_PIXELS = 1025 * 3840 * 2160
FINAL_HOLD_S = 2.0  # a GIF's last frame stays this long, so the result can be read
Progress = Callable[[int, int], bool]  # (frames done, frames in all) -> False to cancel


@dataclass(frozen=True)
class ExportResult:
    path: Path
    frames: int  # written (0 when cancelled)
    size: tuple[int, int]  # (width, height) of every frame
    cancelled: bool = False


class _Cancelled(Exception):
    pass


class VideoSink(Protocol):
    def write(self, frame: np.ndarray) -> None: ...  # an RGB uint8 (H, W, 3) frame

    def close(self) -> None: ...


OpenVideo = Callable[[Path, float, tuple[int, int]], VideoSink]  # (path, fps, (width, height))


def _check(fmt: str, theme: str, width: int, fps: float) -> None:
    if fmt not in FORMATS:
        raise ValueError(
            tr("AnimationFiles", "The format must be one of {formats}, not {value}.").format(
                formats=", ".join(FORMATS), value=repr(fmt)
            )
        )
    if theme not in THEMES:
        raise ValueError(
            tr("AnimationFiles", "The theme must be light or dark, not {value}.").format(value=repr(theme))
        )
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ValueError(
            tr("AnimationFiles", "The width must be between {low} and {high} pixels, not {value}.").format(
                low=MIN_WIDTH, high=MAX_WIDTH, value=width
            )
        )
    if not 0.1 <= fps <= 60:
        raise ValueError(
            tr("AnimationFiles", "The frame rate must be between 0.1 and 60 frames a second, not {value}.").format(
                value=f"{fps:g}"
            )
        )


def _check_budget(fmt: str, total: int, size: tuple[int, int]) -> None:
    """Before any frame is drawn: what the file would hold, against the format's budget."""
    (w, h), pixels = size, total * size[0] * size[1]
    if fmt == "gif" and pixels > GIF_BUDGET_BYTES:  # one byte a pixel
        raise ValueError(
            tr(
                "AnimationFiles",
                "A GIF of {frames} frames of {w}×{h} would need {mib} MiB while it is written "
                "(at most {most}): choose MP4, a smaller width or fewer positions.",
            ).format(frames=total, w=w, h=h, mib=f"{pixels / 2**20:.0f}", most=f"{GIF_BUDGET_BYTES / 2**20:.0f}")
        )
    if fmt == "mp4" and pixels > VIDEO_BUDGET_PIXELS:
        raise ValueError(
            tr(
                "AnimationFiles",
                "An MP4 of {frames} frames of {w}×{h} would be {gigapixels} gigapixels to draw and encode "
                "(at most {most}): choose a smaller width or fewer positions.",
            ).format(frames=total, w=w, h=h, gigapixels=f"{pixels / 1e9:.1f}", most=f"{VIDEO_BUDGET_PIXELS / 1e9:.1f}")
        )


def export(
    cfg: AnimationConfig,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    theme: str = "light",
    numbers: bool = True,
    width: int = 1000,
    fps: float = 2.0,
    progress: Progress | None = None,
    open_video: OpenVideo | None = None,
) -> ExportResult:
    """Write the animation to ``path`` (format from ``fmt`` or the suffix). ``progress`` is called
    after each frame; False cancels, leaving no file. ValueError for a configuration or an option
    that cannot work (before anything is written), OSError when the file cannot be written."""
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    _check(fmt, theme, width, fps)
    if fmt == "mp4" and open_video is None:
        raise ValueError("An MP4 export needs a video writer (open_video).")
    total = frame_count(cfg)
    size = frame_size(cfg, width)
    _check_budget(fmt, total, size)
    frames = render(cfg, theme, numbers, width)
    first = next(frames)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Created by the writer, so with the permissions any new file of the user's gets.
    temp = target.parent / f".{target.stem}-{uuid.uuid4().hex[:8]}.partial.{fmt}"

    def counted() -> Iterator[Image.Image]:
        done = 1
        if progress is not None and not progress(done, total):
            raise _Cancelled
        for image in frames:
            done += 1
            yield image
            if progress is not None and not progress(done, total):
                raise _Cancelled

    try:
        stream = counted()
        if fmt == "gif":
            _write_gif(temp, first, stream, total, fps, THEME_COLORS[theme])
        else:
            assert open_video is not None  # checked above
            _write_video(open_video(temp, fps, first.size), first, stream)
        os.replace(temp, target)
    except _Cancelled:
        temp.unlink(missing_ok=True)
        return ExportResult(target, 0, first.size, cancelled=True)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return ExportResult(target, total, first.size)


def _write_gif(
    temp: Path, first: Image.Image, rest: Iterator[Image.Image], total: int, fps: float, theme: Theme
) -> None:
    step_ms = max(20, round(1000 / fps))  # browsers draw a GIF delay under 20 ms as 100 ms
    durations = [step_ms] * (total - 1) + [max(step_ms, round(FINAL_HOLD_S * 1000))]
    palette = gif_palette(theme)

    def mapped(image: Image.Image) -> Image.Image:
        return image.quantize(palette=palette, dither=Image.Dither.NONE)

    # The first frame's progress is reported when the stream is first asked for its next image.
    mapped(first).save(
        temp, format="GIF", save_all=True, append_images=(mapped(i) for i in rest), duration=durations, loop=0
    )


def _write_video(sink: VideoSink, first: Image.Image, rest: Iterator[Image.Image]) -> None:
    try:
        sink.write(np.asarray(first))
        for image in rest:
            sink.write(np.asarray(image))
    finally:
        sink.close()
