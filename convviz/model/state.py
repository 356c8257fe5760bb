"""The application state: input image, layer settings, selection and kernel bank, all evented.

Views subscribe to the `changed` signals and write back through the setters; nothing here
imports Qt, so the state can be tested (and scripted) without a display.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

import numpy as np

from convviz.model.events import Signal
from convviz.model.live_frame import LiveFrame
from convviz.model.settings import FIELDS, Activation, LayerParams, LayerSettings, PaddingKind, PaddingMode, Pooling  # noqa: F401

# ITU-R BT.601 luma weights (what JPEG and most "convert to gray" tools use); the one definition,
# used by `to_chw` here and by `convviz.io.images.to_grayscale`.
BT601_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
BT601_LUMA.setflags(write=False)


class ColorMode(str, Enum):
    GRAY = "gray"
    RGB = "rgb"


class Stage(str, Enum):
    """Which map an output cell lives in."""

    CONV = "conv"
    POOL = "pool"


@dataclass(frozen=True)
class Cell:
    stage: Stage
    filter: int
    y: int
    x: int

    def moved(self, dy: int, dx: int, hw: tuple[int, int]) -> Cell:
        """The neighbouring cell, clamped to a map of size hw."""
        y = min(max(self.y + dy, 0), hw[0] - 1)
        x = min(max(self.x + dx, 0), hw[1] - 1)
        return Cell(self.stage, self.filter, y, x)


def default_image() -> np.ndarray:
    """A small gray picture with edges in several directions, used until a real one is loaded."""
    yy, xx = np.mgrid[0:48, 0:48].astype(np.float32)
    img = 0.2 + 0.3 * (xx / 47.0)
    img[12:36, 12:36] = 0.9
    img[(yy - 24) ** 2 + (xx - 24) ** 2 < 49] = 0.1
    return img.astype(np.float32)


def as_image(array: Any) -> np.ndarray:
    """Float32 (H, W) or (H, W, 3) in [0, 1]; integers are scaled by their type's maximum."""
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] == 4:
        a = a[:, :, :3]
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim not in (2, 3) or (a.ndim == 3 and a.shape[2] != 3) or min(a.shape[:2]) < 1:
        raise ValueError(f"image must be (H, W) or (H, W, 3), got shape {a.shape}")
    if np.issubdtype(a.dtype, np.integer):
        a = a.astype(np.float32) / float(np.iinfo(a.dtype).max)
    a = np.ascontiguousarray(a, dtype=np.float32)
    a.setflags(write=False)  # shared with the worker thread: nobody may change it in place
    return a


class InputState:
    """The image being convolved and how its channels are fed to the layer: the one source of
    "the input" for every tab.

    While the camera runs, `live_frame` holds its newest frame and `changed("live_frame")` fires
    for each; every other change ("image", "color_mode") means the input itself changed. A tab
    that follows the camera subscribes to "live_frame" at its own rate and reads `current`.
    """

    def __init__(
        self,
        image: np.ndarray | None = None,
        name: str = "default",
        note: str = "",
        color_mode: ColorMode = ColorMode.GRAY,
    ) -> None:
        self.changed = Signal()
        self._image = as_image(default_image() if image is None else image)
        self._name, self._note, self._path = name, note, ""
        self._color_mode = ColorMode(color_mode)
        self._live_frame: np.ndarray | LiveFrame | None = None

    image = property(lambda self: self._image)
    name = property(lambda self: self._name)
    note = property(lambda self: self._note)
    path = property(lambda self: self._path)
    color_mode = property(lambda self: self._color_mode)

    def set_image(self, image: Any, name: str = "image", note: str = "", path: str = "") -> None:
        self._image = as_image(image)  # raises before anything changes: the old image stays
        self._name, self._note, self._path = name, note, path
        self.changed.emit("image")

    @property
    def live_frame(self) -> np.ndarray | None:
        """The camera's newest frame (read-only float32, like `image`), or None when not live.
        A frame handed over as a `LiveFrame` is converted here if nobody has yet."""
        frame = self._live_frame
        return frame.image() if isinstance(frame, LiveFrame) else frame

    @property
    def live(self) -> LiveFrame | None:
        """The newest frame as the camera gave it (its uint8 pixels), when handed over that way."""
        return self._live_frame if isinstance(self._live_frame, LiveFrame) else None

    @property
    def is_live(self) -> bool:
        """Camera frames are the input (asking costs nothing, unlike `live_frame`)."""
        return self._live_frame is not None

    @property
    def current(self) -> np.ndarray:
        """What the layer sees now: the newest live frame while the camera runs, else the image."""
        frame = self.live_frame
        return self._image if frame is None else frame

    def set_live_frame(self, frame: np.ndarray | LiveFrame | None) -> None:
        """A new camera frame (None: live mode ended): a read-only float32 image, or a
        `LiveFrame`, converted by whoever needs its floats first. Frames are not copied: the
        caller hands over arrays nobody writes to again (see `live_frame.FrameConverter`)."""
        if isinstance(frame, np.ndarray) and (
            frame.flags.writeable or frame.dtype != np.float32 or frame.ndim not in (2, 3)
        ):
            raise ValueError("a live frame must be a read-only float32 (H, W) or (H, W, 3) array")
        if frame is None and self._live_frame is None:
            return
        self._live_frame = frame
        self.changed.emit("live_frame")

    def set_color_mode(self, mode: ColorMode | str) -> None:
        mode = ColorMode(mode)
        if mode is not self._color_mode:
            self._color_mode = mode
            self.changed.emit("color_mode")

    @property
    def channels(self) -> int:
        return 3 if self._color_mode is ColorMode.RGB else 1

    @property
    def hw(self) -> tuple[int, int]:
        return self._image.shape[0], self._image.shape[1]


def to_chw(image: np.ndarray, mode: ColorMode) -> np.ndarray:
    """The layer's input (C, H, W): luminance for gray, the three channels for RGB."""
    if mode is ColorMode.GRAY:
        if image.ndim == 3:
            image = image @ BT601_LUMA
        return np.ascontiguousarray(image[None], dtype=np.float32)
    if image.ndim == 2:
        return np.ascontiguousarray(np.repeat(image[None], 3, axis=0), dtype=np.float32)
    return np.ascontiguousarray(image.transpose(2, 0, 1), dtype=np.float32)


class Selection:
    """What the user points at: the pinned output cell, the hovered one, the hovered weight."""

    def __init__(self) -> None:
        self.changed = Signal()
        self._pinned: Cell | None = None
        self._hovered: Cell | None = None
        self._hovered_kernel: tuple[int, int] | None = None

    pinned = property(lambda self: self._pinned)
    hovered = property(lambda self: self._hovered)
    hovered_kernel = property(lambda self: self._hovered_kernel)

    def _set(self, name: str, value: Any) -> None:
        if getattr(self, "_" + name) != value:
            setattr(self, "_" + name, value)
            self.changed.emit(name)

    def pin(self, cell: Cell | None) -> None:
        self._set("pinned", cell)

    def hover(self, cell: Cell | None) -> None:
        self._set("hovered", cell)

    def set_cells(self, pinned: Cell | None, hovered: Cell | None) -> None:
        """Move both at once (e.g. clamped to a new map size), so no listener ever sees one
        cell from the new maps beside one from the old."""
        if (pinned, hovered) != (self._pinned, self._hovered):
            self._pinned, self._hovered = pinned, hovered
            self.changed.emit("pinned")

    def hover_kernel(self, rc: tuple[int, int] | None) -> None:
        self._set("hovered_kernel", None if rc is None else (int(rc[0]), int(rc[1])))


class AppState:
    """Everything the user can change. `changed(part)` fires when the layer's output must change."""

    def __init__(self, bank: Any = None, image: np.ndarray | None = None) -> None:
        if bank is None:
            from convviz.model.kernels.bank import KernelBank  # owned by another module; imported lazily

            bank = KernelBank()
        self.bank = bank
        self.layer = LayerSettings()
        self.input = InputState(image)
        self.selection = Selection()
        self.changed = Signal()
        self.layer.changed.connect(lambda name: self.changed.emit("layer"))
        self.input.changed.connect(self._on_input_changed)
        self.bank.changed.connect(lambda *a: self.changed.emit("bank"))

    def _on_input_changed(self, what: str) -> None:
        if what != "live_frame":  # a frame is not a change of the input: tabs follow frames themselves
            self.changed.emit("input")
