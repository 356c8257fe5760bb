"""What a lesson is (Qt-free): the state it sets, the tab it opens, and its explanation, whose
numbers were computed by the engine when the lesson was built (`lessons.build`).

A lesson that works on one layer carries a `LayerSetup` (picture, layer settings, kernels,
colour mode), applied to the app state by `apply_layer`; the others name the stack, the design
comparison numbers or the transposed convolution settings they set, and the GUI applies those.
Every text here a user reads (a lesson's paragraphs and title, a picture's or a kernel's name)
is in the interface's language when the lesson is built (`convviz.text.tr`, context "Lessons").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, SupportsFloat

import numpy as np

from convviz.model.settings import LayerParams
from convviz.model.state import AppState, ColorMode
from convviz.text import tr


class Tab(str, Enum):
    """Where a lesson opens."""

    EXPLORER = "explorer"
    STEPPER_FORWARD = "stepper_forward"
    STEPPER_BACKWARD = "stepper_backward"
    STACK = "stack"
    COMPARE = "compare"
    TRANSPOSE = "transpose"
    SIGNAL = "signal"
    TEXT = "text"


@dataclass(frozen=True)
class LayerSetup:
    """The explorer's state: its picture (None keeps the user's), layer and kernels."""

    image: np.ndarray | None
    image_name: str
    params: LayerParams
    kernels: dict[str, Any]  # a kernel document, as `KernelBank.load_dict` takes it
    color_mode: ColorMode = ColorMode.GRAY


@dataclass(frozen=True)
class StackSetup:
    layers: tuple[tuple[str, dict[str, Any]], ...]  # (kind, params) as `StackModel.replace` takes them
    channels: int
    size: tuple[int, int] | None  # None: the picture's own size
    name: str
    description: str
    image: np.ndarray | None = None  # the picture the stack reads (None: the user's)
    image_name: str = field(default_factory=lambda: tr("Lessons", "the lesson's picture"))


@dataclass(frozen=True)
class Lesson:
    tab: Tab
    paragraphs: tuple[str, ...]  # whole sentences, plain text, in the interface's language
    facts: dict[str, Any] = field(default_factory=dict)  # the computed numbers the text states
    layer: LayerSetup | None = None
    stack: StackSetup | None = None
    compare: dict[str, Any] | None = None  # `CompareNumbers` fields
    transpose: dict[str, int] | None = None  # `TransposeSettings` fields
    gradient: str = ""  # the stepper's upstream gradient (Backward lessons)
    id: str = ""  # both given by the catalogue (`lessons.build`)
    title: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def apply_layer(setup: LayerSetup, state: AppState) -> None:
    """Put the lesson's kernels, layer, colour mode and picture into the state (the kernels as one
    undoable change: Ctrl+Z in the kernel editor brings the user's back)."""
    state.bank.load_dict(setup.kernels)
    state.layer.set_params(setup.params)
    state.input.set_color_mode(setup.color_mode)
    if setup.image is not None:
        state.input.set_image(setup.image, setup.image_name, tr("Lessons", "a lesson's input"))
    state.selection.set_cells(None, None)


def kernel_document(filters: list[np.ndarray], names: list[str] | None = None) -> dict[str, Any]:
    """A kernel document of 2-D (shared) or (3, kH, kW) per-channel filters, no bias."""
    arrays = [np.asarray(f, dtype=np.float64) for f in filters]
    shared = arrays[0].ndim == 2
    names = names or [tr("Lessons", "filter {n}").format(n=i + 1) for i in range(len(arrays))]
    return {
        "format": "convviz-kernels",
        "version": 1,
        "shared": shared,
        "filters": [
            {"name": n, "weights": (a[None] if shared else a).tolist()} for n, a in zip(names, arrays, strict=True)
        ],
        "bias": [0.0] * len(arrays),
    }


def pattern(h: int, w: int, rgb: bool = False) -> np.ndarray:
    """A picture with edges in several directions and a soft blob, in [0, 1] (float32)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    cy, cx = (h - 1) / 2, (w - 1) / 2
    blob = np.exp(-(((yy - cy) / (0.25 * h)) ** 2 + ((xx - cx) / (0.25 * w)) ** 2))
    square = ((np.abs(yy - 0.3 * h) < 0.15 * h) & (np.abs(xx - 0.3 * w) < 0.15 * w)).astype(float)
    stripes = (np.floor((xx + yy) / max(2.0, w / 8)) % 2) * 0.3
    gray = np.clip(0.15 + 0.5 * blob + 0.4 * square + stripes * (yy > 0.6 * h), 0.0, 1.0)
    if not rgb:
        return gray.astype(np.float32)
    planes = [gray, np.clip(0.9 - 0.7 * blob + 0.2 * square, 0, 1), np.clip(xx / max(w - 1, 1), 0, 1)]
    return np.stack(planes, axis=2).astype(np.float32)


def number(v: SupportsFloat) -> str:
    """A value as the explanation writes it: whole numbers without '.0' (with thousands commas),
    others to 4 figures, negatives with a minus sign (−6, not -6); inf as ∞ and NaN as NaN
    (never raised on: the dialogs write whatever a computation gives)."""
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    text = f"{int(v):,}" if v.is_integer() and abs(v) < 1e15 else f"{v:.4g}"
    return text.replace("-", "−")


def matrix(a: np.ndarray) -> str:
    """'[[4, 3, 4], [2, 4, 3]]' (a vector: '[1, 2, 1]')."""
    a = np.asarray(a)
    if a.ndim == 1:
        return "[" + ", ".join(number(v) for v in a) + "]"
    return "[" + ", ".join(matrix(row) for row in a) + "]"


def hw(shape: tuple[int, ...]) -> str:
    """'3×3' (or '16×100×100')."""
    return "×".join(str(int(s)) for s in shape)
