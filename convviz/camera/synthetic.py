"""A camera stand-in: moving shapes drawn with OpenCV, identical on every run for a given seed."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from convviz.camera.pacing import FramePacer
from convviz.text import tr


@dataclass(frozen=True)
class _Shape:
    kind: str  # "circle" or "rect"
    color: tuple[int, int, int]  # RGB
    half_size: int  # radius, or half the side
    start: tuple[float, float]  # (x, y) in pixels, before bouncing
    velocity: tuple[float, float]  # pixels per frame


def _bounce(position: float, low: float, high: float) -> float:
    """Fold an unbounded coordinate into [low, high] as if it bounced off both walls (triangle wave)."""
    span = high - low
    if span <= 0:
        return low
    folded = (position - low) % (2 * span)
    return low + (span - abs(folded - span))


class SyntheticSource:
    """Frame source with the same interface as the OpenCV sources; frame `n` depends only on (n, seed, size).

    `read()` sleeps to hold `fps` when `realtime` is true, so a grabber thread blocks here like it would on
    a real camera; with `realtime=False` it renders as fast as possible (tests, benchmarks).
    """

    name: str  # "synthetic source", in the interface's language when the source is made

    def __init__(
        self, width: int = 640, height: int = 480, fps: float = 60, seed: int = 0, realtime: bool = True
    ) -> None:
        if width < 16 or height < 16:
            raise ValueError(
                tr("SyntheticSource", "synthetic frames must be at least 16x16, got {width}x{height}").format(
                    width=width, height=height
                )
            )
        self.name = tr("SyntheticSource", "synthetic source")
        self.size: tuple[int, int] = (int(width), int(height))
        self.fps: float = float(fps)
        self.seed = seed
        self.frame_index = 0  # index of the next frame read() returns
        self._pacer = FramePacer(fps) if realtime else None
        self._opened = True
        self._background = self._make_background()
        self._canvas = np.empty_like(self._background)  # reused so a frame costs one copy, not an allocation per shape
        self._shapes = self._make_shapes()

    def _make_background(self) -> np.ndarray:
        width, height = self.size
        ramp_x = np.linspace(30, 140, width, dtype=np.float32)[None, :]
        ramp_y = np.linspace(30, 140, height, dtype=np.float32)[:, None]
        background = np.empty((height, width, 3), np.uint8)
        background[..., 0] = ramp_x.astype(np.uint8)  # red grows to the right
        background[..., 1] = 40
        background[..., 2] = ramp_y.astype(np.uint8)  # blue grows downwards
        # A faint grid gives edge and texture filters something static to respond to.
        step = max(16, width // 16)
        background[::step, :] = (70, 70, 70)
        background[:, ::step] = (70, 70, 70)
        return background

    def _make_shapes(self) -> list[_Shape]:
        rng = np.random.default_rng(self.seed)
        width, height = self.size
        scale = min(width, height)
        shapes = []
        for kind in ("circle", "circle", "circle", "rect", "rect"):
            color = tuple(int(c) for c in rng.integers(90, 256, size=3))
            half_size = int(rng.uniform(0.05, 0.12) * scale)
            start = (float(rng.uniform(0, width)), float(rng.uniform(0, height)))
            speed = rng.uniform(0.004, 0.012) * scale
            angle = rng.uniform(0, 2 * np.pi)
            shapes.append(
                _Shape(
                    kind, color, max(half_size, 3), start, (float(speed * np.cos(angle)), float(speed * np.sin(angle)))
                )
            )
        return shapes

    def render(self, index: int) -> np.ndarray:
        """Frame `index` as a new HxWx3 uint8 RGB array (a copy: callers may keep it across threads)."""
        width, height = self.size
        canvas = self._canvas
        np.copyto(canvas, self._background)

        # A vertical bar sweeping left to right, then wrapping: the clearest motion cue for temporal views.
        bar_width = max(4, width // 20)
        bar_x = int(index * max(1, width // 160)) % (width + bar_width) - bar_width
        cv2.rectangle(canvas, (bar_x, 0), (bar_x + bar_width - 1, height - 1), (235, 235, 235), -1)

        for shape in self._shapes:
            r = shape.half_size
            x = int(round(_bounce(shape.start[0] + shape.velocity[0] * index, r, width - 1 - r)))
            y = int(round(_bounce(shape.start[1] + shape.velocity[1] * index, r, height - 1 - r)))
            if shape.kind == "circle":
                cv2.circle(canvas, (x, y), r, shape.color, -1, cv2.LINE_AA)
            else:
                cv2.rectangle(canvas, (x - r, y - r), (x + r, y + r), shape.color, -1)

        font_scale = max(0.4, height / 480)
        cv2.putText(
            canvas,
            f"convviz synthetic  frame {index}",
            (int(10 * font_scale), int(28 * font_scale)),
            cv2.FONT_HERSHEY_SIMPLEX,
            font_scale,
            (255, 255, 255),
            max(1, int(font_scale * 2)),
            cv2.LINE_AA,
        )
        return canvas.copy()

    def read(self) -> tuple[bool, np.ndarray | None]:
        if not self._opened:
            return False, None
        if self._pacer is not None:
            self._pacer.wait()
        frame = self.render(self.frame_index)
        self.frame_index += 1
        return True, frame

    def is_opened(self) -> bool:
        return self._opened

    def release(self) -> None:
        self._opened = False
