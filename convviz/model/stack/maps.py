"""The stack's feature maps, computed off the GUI thread: the input made from the picture
(resized: seconds for a large photo) and every layer's output, with the tiles the grid draws.

``StackMapsModel`` follows a ``StackModel``: each change of its layers, input or weights sends
a ``StackJob`` to a latest-only worker; the newest reply is applied in one go on the owner's
thread (``post``) and announced with ``changed("maps")``; ``changed("busy")`` tells when a new
result is on its way (the view shows a note and keeps the old tiles until then).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from convviz import engine as E
from convviz.model.events import Signal
from convviz.model.stack.background import Background, Post, call_now
from convviz.model.stack.build import StackResult
from convviz.model.stack.input import prepare_input
from convviz.model.stack.tiles import RowPicture, finite_range, input_tile, row_picture

if TYPE_CHECKING:
    from convviz.model.stack.model import StackModel


@dataclass(frozen=True)
class StackJob:
    """A stack and the picture it runs on, as they were when the change happened."""

    image: np.ndarray  # never written to (images and live frames are shared read-only)
    channels: int
    size: tuple[int, int] | None
    stack: StackResult  # the last valid stack: its layers run, its rows name them


@dataclass(frozen=True)
class StackMaps:
    """Everything the grid shows for one job: the input and each built layer's output, with
    its row's picture (the first channels side by side) and its finite [min, max]."""

    stack: StackResult
    x: np.ndarray  # (C, H, W) float32, the input
    input_tile: np.ndarray  # the input drawn whole, (H, W) or (H, W, 3)
    activations: tuple[np.ndarray, ...]  # per sample
    rows: tuple[RowPicture, ...]  # what each layer's row draws
    ranges: tuple[np.ndarray, ...]


def run_layers(layers: list[E.Layer], x: np.ndarray) -> list[np.ndarray]:
    """Each layer's output for one (C, H, W) input (the engine's forward pass)."""
    return [np.asarray(o[0]) for o in E.Sequential(layers).activations(x[None])] if layers else []


class InputMaker:
    """``prepare_input`` that remembers its last input: an edit or another stack on the same
    picture must not resize a large photo again (seconds). Used by one worker thread only."""

    def __init__(self) -> None:
        self._last: tuple[np.ndarray, int, tuple[int, int] | None, np.ndarray] | None = None

    def __call__(self, image: np.ndarray, channels: int, size: tuple[int, int] | None) -> np.ndarray:
        last = self._last
        if last is None or last[0] is not image or (last[1], last[2]) != (channels, size):
            last = self._last = (image, channels, size, prepare_input(image, channels, size))
        return last[3]


def compute_maps(job: StackJob, make_input: InputMaker | None = None) -> StackMaps:
    x = (make_input or prepare_input)(job.image, job.channels, job.size)
    acts = run_layers(job.stack.layers, x)
    return StackMaps(
        job.stack,
        x,
        input_tile(x),
        tuple(acts),
        tuple(row_picture(a) for a in acts),
        tuple(finite_range(a) for a in acts),
    )


class StackMapsModel:
    def __init__(self, stack: StackModel, post: Post = call_now) -> None:
        self.stack = stack
        self.changed = Signal()
        self._maps: StackMaps | None = None
        self._error = ""
        self._sent: StackJob | None = None
        make_input = InputMaker()
        self._background: Background[StackJob, StackMaps] = Background(
            lambda job: compute_maps(job, make_input), self._apply, post, "convviz-stack-maps"
        )
        stack.changed.connect(self._on_stack)
        self.request()

    maps = property(lambda self: self._maps)  # the result shown (None until the first arrives)
    error = property(lambda self: self._error)  # why the newest job failed ("" if it did not)
    busy = property(lambda self: self._background.busy)

    @property
    def up_to_date(self) -> bool:
        """The result of the stack as it is now has been applied."""
        return not self.busy and (self._maps is not None or bool(self._error))

    def _on_stack(self, part: str) -> None:
        if part in ("layers", "input", "image", "weights"):
            self.request(force=part == "weights")  # new weights are written into the same layers

    def request(self, force: bool = False) -> None:
        job = self.stack.job()
        sent = self._sent
        if not force and sent is not None and _same(job, sent):
            return  # e.g. an edit that only added an error row: the valid stack did not change
        self._sent = job
        was_busy = self.busy
        self._background.submit(job)
        if not was_busy:
            self.changed.emit("busy")

    def _apply(self, maps: StackMaps | None, error: str) -> None:
        self._error = error
        if maps is not None:
            self._maps = maps
        self.changed.emit("maps")
        self.changed.emit("busy")

    def shutdown(self) -> None:
        self.stack.changed.disconnect(self._on_stack)
        self._background.shutdown()


def _same(a: StackJob, b: StackJob) -> bool:
    return a.image is b.image and a.stack is b.stack and (a.channels, a.size) == (b.channels, b.size)
