"""Qt-free model of the step-by-step views: what is stepped, the play head, and gradient checks.

The arithmetic lives in ``convviz.engine.trace``; the input (the explorer's, in a crop small
enough to read) is built by ``stepper_input``. This module chooses the upstream gradient and its
default target, moves a play head over a trace's steps, and re-exports the oracles that compare
the accumulated gradients without running the engine's backward (``stepper_check``): closed
forms written with scipy.signal.correlate2d and central differences of the loss.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.engine.geometry import LayerGeometry, WindowAxis
from convviz.engine.kernels import PRESETS, preset
from convviz.engine.trace import ForwardTrace, loss_and_gradient
from convviz.model.events import Signal
from convviz.model.kernels.ops import fit_centred
from convviz.model.teaching.choices import Choices
from convviz.model.teaching.stepper_check import (  # noqa: F401 (the oracles, re-exported: callers know them from here)
    NUMERIC_INPUT_LIMIT,
    ClosedForms,
    GradientCheck,
    closed_forms,
    gradient_check,
)
from convviz.model.teaching.stepper_input import (  # noqa: F401 (re-exported: callers know them from here)
    FULL_MAX_SIDE,
    SOURCES,
    PinnedHere,
    StepperInput,
    StepperSource,
    centre_crop,
    centre_crop_hw,
    coarse,
    input_from,
    layer_spec,
    locate_pin,
    pinned_centre,
    take_source,
    tiny_input,
    tiny_rgb_input,
)
from convviz.text import noop

GRADIENTS = Choices(
    "StepperGradient",
    (
        ("loss", noop("StepperGradient", "loss ½·Σ(y − t)² against a target kernel")),
        ("ones", noop("StepperGradient", "gradient of ones")),
        ("painted", noop("StepperGradient", "painted by hand (click output cells)")),
    ),
)
# The loss's default target: the first of these (then any preset) that is not the kernel itself,
# whose loss would be 0 with every gradient 0, a lesson in nothing.
TARGET_PREFERENCE = ("sobel_x", "sobel_y", "laplacian", "sharpen", "box_blur")


def build_input(state: Any, source: str = "crop12") -> StepperInput:
    """The stepper's input from the app state: the layer's channels, its filter, the layer."""
    return input_from(take_source(state, source))


def target_kernel(kernel: np.ndarray, target: str) -> np.ndarray:
    """The target layer's kernel for ``kernel`` (C, kH, kW): the preset fitted to its size, on
    every channel."""
    fitted = fit_centred(preset(target), *kernel.shape[-2:])
    return np.broadcast_to(fitted, kernel.shape).copy()


def is_target(kernel: np.ndarray, target: str) -> bool:
    """``kernel`` (C, kH, kW) is the target's (to float32 rounding: the explorer's weights)."""
    return bool(np.allclose(kernel, target_kernel(kernel, target), rtol=0.0, atol=1e-6))


def default_target(kernel: np.ndarray, preferred: str = "sobel_x") -> str:
    """``preferred``, unless ``kernel`` already is that preset; then the next one that is not."""
    names = [preferred, *TARGET_PREFERENCE, *sorted(PRESETS)]
    return next((n for n in dict.fromkeys(names) if n in PRESETS and not is_target(kernel, n)), preferred)


def pool_leftovers(geometry: LayerGeometry) -> tuple[list[int], list[int]]:
    """Feature-map rows and columns no pooling window reads (floor division drops a ragged end;
    a stride longer than the window skips cells between windows); empty without pooling."""
    pool = geometry.pool
    if pool is None:
        return [], []

    def unread(axis: WindowAxis) -> list[int]:
        read = set(axis.read(range(axis.out)).tolist())
        return [i for i in range(axis.size) if i not in read]

    return unread(pool.rows), unread(pool.cols)


def target_output(setup: StepperInput, target: str) -> np.ndarray:
    """y of the same layer with a preset kernel (fitted to the size, on every channel), no bias."""
    return ForwardTrace(setup.x, target_kernel(setup.kernel, target), 0.0, setup.spec).run.y


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
    raise ValueError(f"gradient kind must be one of {[k for k, _ in GRADIENTS.english]}, got {kind!r}")


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
