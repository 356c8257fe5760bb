"""Recording the feature maps, coloured as the view shows them, to a video file while live."""

from __future__ import annotations

import os

import numpy as np

from convviz.camera import VideoRecorder
from convviz.model.layer.compute import Result

GAP = 2  # pixels of black between neighbouring maps


def tile_maps(maps: np.ndarray, lut: np.ndarray, levels: tuple[float, float]) -> np.ndarray:
    """(F, H, W) float maps -> one (H, F*W + gaps, 3) uint8 RGB strip through the view's lookup table."""
    lo, hi = levels
    scale = 255.0 / ((hi - lo) or 1.0)
    index = np.clip((maps - lo) * scale, 0, 255).astype(np.uint8)
    coloured = lut[index]  # (F, H, W, 3), exactly the colours ImageItem draws
    f, h, w = maps.shape
    strip = np.zeros((h, f * w + (f - 1) * GAP, 3), np.uint8)
    for i in range(f):
        strip[:, i * (w + GAP) : i * (w + GAP) + w] = coloured[i, ..., :3]
    return strip


def even(frame: np.ndarray) -> np.ndarray:
    """Crop to even width and height: MPEG-4 and several players refuse odd sizes."""
    h, w = frame.shape[:2]
    return frame[: h - h % 2, : w - w % 2]


class MapVideo:
    """The displayed feature maps of each live frame, written to .avi or .mp4 at a fixed size."""

    def __init__(self, path: str | os.PathLike[str], fps: float) -> None:
        self.path = path
        self.fps = fps
        self._recorder: VideoRecorder | None = None  # opened at the first frame, when the size is known

    def write(self, result: Result, lut: np.ndarray, levels: tuple[float, float]) -> None:
        """Raises ValueError when the map size changed (a video cannot change size mid-file)."""
        frame = np.ascontiguousarray(even(tile_maps(result.activated, lut, levels)))
        if self._recorder is None:
            self._recorder = VideoRecorder(self.path, self.fps, (frame.shape[1], frame.shape[0]))
        self._recorder.write(frame)

    @property
    def frames_written(self) -> int:
        return 0 if self._recorder is None else self._recorder.frames_written

    def close(self) -> None:
        if self._recorder is not None:
            self._recorder.close()
