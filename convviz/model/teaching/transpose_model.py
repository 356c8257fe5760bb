"""The "Transposed conv" explainer as an evented model: its settings, the stamps, the matrix C
of the convolution it reverses and the check that conv_transpose2d(x) equals Cᵀ·x (made off the
GUI thread), and which stamping step is shown. ``changed`` fires "settings", then "check" when
the check for the newest settings has arrived, and "step" when another step is shown."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from convviz.model.events import Signal
from convviz.model.stack.background import Background, Post, call_now
from convviz.model.teaching.transpose import StampStep, TransposeStamps, conv_matrix

KERNEL = np.array([[1.0, 2.0, 1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 2.0]])
KERNEL.setflags(write=False)


@dataclass(frozen=True)
class TransposeSettings:
    size: int = 2  # the small input x is size × size, numbered 1, 2, … row by row
    stride: int = 1
    padding: int = 0
    output_padding: int = 0

    def input(self) -> np.ndarray:
        return np.arange(1, self.size**2 + 1, dtype=float).reshape(self.size, self.size)


@dataclass(frozen=True)
class TransposeCheck:
    settings: TransposeSettings
    stamps: TransposeStamps | None = None  # None: these settings are not possible (``error`` says why)
    C: np.ndarray | None = None  # the conv of an out_hw image, as a matrix: conv2d(y) = C·y
    difference: float = float("nan")  # max |conv_transpose2d(x) − Cᵀ·x|
    error: str = ""


def check_transpose(settings: TransposeSettings) -> TransposeCheck:
    x, s = settings.input(), settings
    try:
        stamps = TransposeStamps(x, KERNEL, s.stride, s.padding, s.output_padding)
    except ValueError as exc:
        return TransposeCheck(settings, error=str(exc))
    C = conv_matrix(stamps.out_hw, KERNEL, s.stride, s.padding)  # the conv this one reverses (in shape)
    difference = float(np.abs(stamps.full.ravel() - C.T @ x.ravel()).max())
    return TransposeCheck(settings, stamps, C, difference)


class TransposeModel:
    def __init__(self, post: Post = call_now) -> None:
        self.changed = Signal()
        self._settings = TransposeSettings()
        self._check: TransposeCheck | None = None
        self._shown: TransposeCheck | None = None
        self._step = 0
        self._background: Background[TransposeSettings, TransposeCheck] = Background(
            check_transpose, self._apply, post, "convviz-transpose"
        )

    settings = property(lambda self: self._settings)
    check = property(lambda self: self._check)  # for ``settings`` once up to date (None at first)
    step = property(lambda self: self._step)
    busy = property(lambda self: self._background.busy)
    up_to_date = property(lambda self: not self.busy)

    @property
    def shown(self) -> TransposeCheck | None:
        """The newest check that worked (a setting that is not possible keeps the last one shown)."""
        return self._shown

    def set_settings(self, **values: int) -> None:
        new = replace(self._settings, **values)
        if new != self._settings:
            self._settings = new
            self.changed.emit("settings")
            self._background.submit(new)

    def set_step(self, k: int) -> None:
        stamps = None if self._shown is None else self._shown.stamps
        if stamps is not None:
            k = max(0, min(int(k), len(stamps) - 1))
            if k != self._step:
                self._step = k
                self.changed.emit("step")

    def step_view(self) -> StampStep | None:
        """What the shown step stamped (tiny: one conv_transpose2d of the small input)."""
        stamps = None if self._shown is None else self._shown.stamps
        return None if stamps is None else stamps.step(self._step)

    def _apply(self, check: TransposeCheck | None, error: str) -> None:
        self._check = check if check is not None else TransposeCheck(self._settings, error=error)
        if self._check.stamps is not None:
            self._shown = self._check
            self._step = len(self._check.stamps) - 1  # a new check starts with every cell stamped
        self.changed.emit("check")

    def ensure_computed(self) -> None:
        """Compute for the current values if nothing was asked yet (the view calls this when it is
        first shown: a window that never shows it never computes it)."""
        if self._check is None and not self.busy:
            self._background.submit(self._settings)

    def shutdown(self) -> None:
        self._background.shutdown()
