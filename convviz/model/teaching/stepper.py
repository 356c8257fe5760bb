"""Qt-free model of the step-by-step views: what is stepped, the play head, and gradient checks.

The arithmetic lives in ``convviz.engine.trace``; this module only chooses the input (a crop
small enough to read), turns the app's layer settings into a ``LayerSpec``, moves a play head
over a trace's steps, and compares the accumulated gradients with oracles that do not run the
engine's backward: closed forms written with scipy.signal.correlate2d (the conv part, from the
trace's dL/dz) and central differences of the loss (the whole layer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.engine.kernels import preset
from convviz.engine.trace import ForwardTrace, LayerSpec, loss_and_gradient
from convviz.model.events import Signal
from convviz.model.kernels.ops import fit_centred
from convviz.model.layer.adapter import trace_spec
from convviz.model.layer.validation import Problem, resolve_layer
from convviz.model.settings import LayerParams
from convviz.model.state import ColorMode, Stage, to_chw
from convviz.model.teaching.stepper_check import (  # noqa: F401 (the oracles, re-exported: callers know them from here)
    NUMERIC_INPUT_LIMIT,
    ClosedForms,
    GradientCheck,
    closed_forms,
    gradient_check,
)

# (key, label): the inputs the stepper can walk. Crops keep every number legible.
SOURCES: tuple[tuple[str, str], ...] = (
    ("crop12", "centre 12×12 crop"),
    ("crop8", "centre 8×8 crop"),
    ("crop16", "centre 16×16 crop"),
    ("crop24", "centre 24×24 crop"),
    ("pinned12", "12×12 around the pinned cell"),
    ("tiny", "tiny 6×6 digits"),
    ("full", "full image (coarse, ≤ 64 px)"),
)
# The "full image" is shrunk by block averaging to at most this side: every step and the trace
# stay instant, and the numerical check (two forward passes per weight, on the stepper's worker
# thread) about a second.
FULL_MAX_SIDE = 64
GRADIENTS: tuple[tuple[str, str], ...] = (
    ("loss", "loss ½‖y − t‖² against a target kernel"),
    ("ones", "gradient of ones"),
    ("painted", "painted by hand (click output cells)"),
)


@dataclass(frozen=True)
class StepperInput:
    """Everything a trace needs: a 2-D gray input, one 2-D kernel, its bias and the layer."""

    x: np.ndarray
    kernel: np.ndarray
    bias: float
    spec: LayerSpec
    note: str = ""


def layer_spec(p: LayerParams) -> tuple[LayerSpec, str]:
    """The trace's spec for the app's settings (the one adapter: `layer_adapter.trace_spec`)."""
    return trace_spec(p)


def tiny_input() -> np.ndarray:
    """6×6 small integers, so every product and sum can be checked by mental arithmetic."""
    return np.array(
        [
            [1, 2, 0, 3, 1, 0],
            [0, 1, 3, 1, 2, 1],
            [2, 0, 1, 0, 3, 2],
            [1, 3, 2, 1, 0, 1],
            [0, 1, 1, 2, 1, 3],
            [2, 0, 3, 1, 2, 0],
        ],
        dtype=np.float64,
    )


def centre_crop(image: np.ndarray, size: int, centre: tuple[int, int] | None = None) -> np.ndarray:
    """A size×size crop around ``centre`` (default: the middle), kept inside the image."""
    return centre_crop_hw(image, size, centre)


def pinned_centre(state: Any, hw: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The input cell at the middle of the pinned output cell's window; through pooling, the
    window of the conv cell in the middle of the pooled cell's block (of an even block, the one
    below and right of its centre). None without a pin, or when the pin's maps no longer exist.
    ``hw``: the input's size (default the image's; a live frame may differ)."""
    cell = state.selection.pinned
    if cell is None:
        return None
    geometry = resolve_layer(state.layer.params, hw or state.input.hw, state.bank.size)
    if isinstance(geometry, Problem):  # the layer cannot run: no maps for the pin to be on
        return None
    if cell.stage is Stage.POOL:
        if geometry.pool is None:
            return None
        out_hw = geometry.pool.out_hw
    else:
        out_hw = geometry.conv.out_hw
    if not (0 <= cell.y < out_hw[0] and 0 <= cell.x < out_hw[1]):
        return None  # the pin belongs to maps that no longer fit these settings
    if cell.stage is Stage.POOL:
        ys, xs = geometry.conv_block(cell.y, cell.x)
        y, x = ys[len(ys) // 2], xs[len(xs) // 2]
    else:
        y, x = cell.y, cell.x
    rows, cols = geometry.conv.window(y, x)
    return (int(rows[0]) + int(rows[-1])) // 2, (int(cols[0]) + int(cols[-1])) // 2


def coarse(image: np.ndarray, max_side: int) -> np.ndarray:
    """Means of f×f blocks, f the smallest whole factor that brings the long side to ``max_side``
    or less (never more than a side is long; a ragged last row or column of blocks is dropped)."""
    f = -(-max(image.shape) // max_side)
    fy, fx = min(f, image.shape[0]), min(f, image.shape[1])
    if fy == fx == 1:
        return image
    h, w = image.shape[0] // fy, image.shape[1] // fx
    return image[: h * fy, : w * fx].reshape(h, fy, w, fx).mean(axis=(1, 3))


@dataclass(frozen=True)
class StepperSource:
    """What the stepper's input is made from, taken from the app state on the GUI thread (cheap:
    no pixel is touched) so the input can be built on any thread (``input_from``)."""

    image: np.ndarray  # the state's current input (read-only: the image or the newest live frame)
    source: str
    centre: tuple[int, int] | None  # of the "pinned12" crop
    kernel: np.ndarray  # a copy
    bias: float
    params: LayerParams
    filter_index: int = 0


def take_source(state: Any, source: str = "crop12") -> StepperSource:
    image = state.input.current
    centre = pinned_centre(state, image.shape[:2]) if source == "pinned12" else None
    bank = state.bank
    kernel = np.array(bank.weight(1)[bank.current, 0], dtype=np.float64)
    params = state.layer.params
    bias = float(bank.bias_array()[bank.current]) if params.use_bias else 0.0
    return StepperSource(image, source, centre, kernel, bias, params, bank.current)


def _gray(image: np.ndarray) -> np.ndarray:
    return to_chw(image, ColorMode.GRAY)[0].astype(np.float64)


def input_from(src: StepperSource) -> StepperInput:
    """The stepper's input: gray image (or digits), the filter, the layer. Crops are cut before
    the gray conversion (per pixel, so the same numbers) to leave the rest of a photo alone."""
    if src.source == "tiny":
        x = tiny_input()
    elif src.source == "full":
        x = coarse(_gray(src.image), FULL_MAX_SIDE)
    else:
        size = 12 if src.source == "pinned12" else int(src.source.removeprefix("crop"))
        x = _gray(centre_crop_hw(src.image, size, src.centre))
    spec, note = layer_spec(src.params)
    return StepperInput(np.ascontiguousarray(x), src.kernel, src.bias, spec, note)


def centre_crop_hw(image: np.ndarray, size: int, centre: tuple[int, int] | None = None) -> np.ndarray:
    """``centre_crop`` of an (H, W) or (H, W, C) picture (the first two axes)."""
    h, w = image.shape[:2]
    cy, cx = (h // 2, w // 2) if centre is None else centre
    top = min(max(0, cy - size // 2), max(0, h - size))
    left = min(max(0, cx - size // 2), max(0, w - size))
    return image[top : top + size, left : left + size]


def build_input(state: Any, source: str = "crop12") -> StepperInput:
    """The stepper's input from the app state: gray image (or digits), current filter, layer."""
    return input_from(take_source(state, source))


def target_output(setup: StepperInput, target: str) -> np.ndarray:
    """y of the same layer with a preset kernel (fitted to the current size) and no bias."""
    kernel = fit_centred(preset(target), *setup.kernel.shape)
    return ForwardTrace(setup.x, kernel, 0.0, setup.spec).run.y


def upstream_gradient(
    setup: StepperInput, y: np.ndarray, kind: str, target: str = "sobel_x", painted: np.ndarray | None = None
) -> tuple[np.ndarray, float | None]:
    """dL/dy for the chosen kind, and the loss when there is one."""
    if kind == "loss":
        loss, grad = loss_and_gradient(y, target_output(setup, target))
        return grad, loss
    if kind == "ones":
        return np.ones_like(y), None
    if kind == "painted":
        grad = np.zeros_like(y) if painted is None or painted.shape != y.shape else painted.astype(np.float64)
        return grad, None
    raise ValueError(f"gradient kind must be one of {[k for k, _ in GRADIENTS]}, got {kind!r}")


class Player:
    """A play head over ``length`` steps: seek, step, play at a speed; ``changed(position)``."""

    SPEEDS: tuple[float, ...] = (0.5, 1, 2, 4, 8, 16, 32, 64, 128, 512, 2048)

    def __init__(self, length: int = 0, speed_index: int = 3) -> None:
        self.changed = Signal()
        self.length, self.position, self.playing = max(0, length), 0, False
        self.speed_index = speed_index
        self._carry = 0.0  # fractional steps owed by earlier ticks

    @property
    def speed(self) -> float:
        """Steps per second."""
        return self.SPEEDS[self.speed_index]

    @property
    def last(self) -> int:
        return max(0, self.length - 1)

    @property
    def at_end(self) -> bool:
        return self.position >= self.last

    def set_length(self, length: int) -> None:
        """A new trace: keep the position if it still exists, so edits do not lose one's place."""
        self.length = max(0, length)
        self.seek(min(self.position, self.last), force=True)

    def seek(self, k: int, force: bool = False) -> None:
        k = min(max(int(k), 0), self.last)
        if k != self.position or force:
            self.position = k
            self.changed.emit(k)

    def forward(self) -> None:
        self.seek(self.position + 1)

    def back(self) -> None:
        self.seek(self.position - 1)

    def to_start(self) -> None:
        self.seek(0)

    def to_end(self) -> None:
        self.seek(self.last)

    def play(self) -> None:
        if self.at_end:  # playing from the end restarts, as media players do
            self.seek(0)
        self.playing, self._carry = self.length > 1, 0.0

    def pause(self) -> None:
        self.playing = False

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def faster(self) -> None:
        self.speed_index = min(self.speed_index + 1, len(self.SPEEDS) - 1)

    def slower(self) -> None:
        self.speed_index = max(self.speed_index - 1, 0)

    def tick(self, seconds: float) -> int:
        """Advance by speed × seconds (carrying fractions); stops at the end. Returns steps moved."""
        if not self.playing:
            return 0
        self._carry += self.speed * max(0.0, seconds)
        n = int(self._carry)
        self._carry -= n
        before = self.position
        if n:
            self.seek(self.position + n)
        if self.at_end:
            self.playing = False
        return self.position - before
