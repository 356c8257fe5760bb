"""Qt-free model of the step-by-step views: what is stepped, the play head, and gradient checks.

The arithmetic lives in ``convviz.engine.trace``; this module only chooses the input (a crop
small enough to read), turns the app's layer settings into a ``LayerSpec``, moves a play head
over a trace's steps, and compares the accumulated gradients with oracles that do not run the
engine's backward: closed forms written with scipy.signal.correlate2d (the conv part, from the
trace's dL/dz) and central differences of the loss (the whole layer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import scipy.signal

from convviz.engine.kernels import preset
from convviz.engine.trace import BackwardStep, ForwardTrace, LayerSpec, loss_and_gradient

from .events import Signal
from .kernel_ops import fit_centred
from .settings import LayerParams, Pooling
from .state import ColorMode, Stage, to_chw
from .validation import Problem, resolve_layer

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
# Input cells above this count skip the input part of the numerical check (2 passes per cell).
NUMERIC_INPUT_LIMIT = 576


@dataclass(frozen=True)
class StepperInput:
    """Everything a trace needs: a 2-D gray input, one 2-D kernel, its bias and the layer."""

    x: np.ndarray
    kernel: np.ndarray
    bias: float
    spec: LayerSpec
    note: str = ""


def layer_spec(p: LayerParams) -> tuple[LayerSpec, str]:
    """The trace's spec for the app's settings; global pooling is not stepped (note says so)."""
    pool, note = p.pooling.value, ""
    if p.pooling.is_global:
        pool, note = "none", "global pooling is not stepped here"
    elif p.pooling is Pooling.NONE:
        pool = "none"
    spec = LayerSpec(
        stride=p.stride,
        padding=p.padding_arg(),
        dilation=p.dilation,
        padding_mode=p.padding_mode.value,
        flip=p.flip,
        activation=p.activation.value,
        pool=pool,
        pool_size=p.pool_size,
        pool_stride=p.pool_stride,
    )
    return spec, note


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


@dataclass(frozen=True)
class ClosedForms:
    d_weight: np.ndarray  # (kH, kW)
    d_input: np.ndarray  # (H, W)
    d_bias: float
    max_diff: float  # against the accumulated totals


def _correlate(a: np.ndarray, b: np.ndarray, mode: Literal["full", "valid"]) -> np.ndarray:
    """scipy's correlate2d (exact) for crops; FFT for a whole large image, where the direct sum
    over every lag would take minutes."""
    if a.size * b.size <= 4_000_000:
        return scipy.signal.correlate2d(a, b, mode=mode)
    return scipy.signal.correlate(a, b, mode=mode, method="fft")


def _dilate(a: np.ndarray, step: tuple[int, int]) -> np.ndarray:
    out = np.zeros(((a.shape[0] - 1) * step[0] + 1, (a.shape[1] - 1) * step[1] + 1))
    out[:: step[0], :: step[1]] = a
    return out


# torch's padding_mode names -> np.pad's, written out here rather than taken from the engine, so
# the closed forms' fold shares no code with the engine's.
_NP_PAD_MODES: dict[str, Any] = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}


def closed_forms(trace: Any, final: BackwardStep) -> ClosedForms:
    """dW = P ⋆ dZ (stride-dilated), dX = dZ (stride-dilated) ⋆full rot180(W), folded to the input.

    P is the padded input; ⋆ is scipy's correlate2d. Padding cells that copy input cells
    (reflect, replicate, circular) hand their gradient back to the cell they copied. Nothing
    here calls the engine's backward (``conv2d_backward``, its padding fold), so the accumulated
    totals, which do, are checked against independent arithmetic.
    """
    run = trace.run
    g = _dilate(trace.d_pre, run.geo.stride)
    dh, dw = run.geo.dilation
    kh, kw = run.kernel.shape[1:]
    padded = np.pad(run.x[0], run.geo.pads, mode=_NP_PAD_MODES[run.spec.padding_mode])  # P, by numpy
    corr = _correlate(padded, g, "valid")
    d_eff = corr[: (kh - 1) * dh + 1 : dh, : (kw - 1) * dw + 1 : dw]
    d_weight = d_eff[::-1, ::-1] if run.spec.flip else d_eff
    k_dil = _dilate(run.effective[0], (dh, dw))
    d_padded_part = _correlate(g, k_dil[::-1, ::-1], "full")
    d_padded = np.zeros(padded.shape)
    d_padded[: d_padded_part.shape[0], : d_padded_part.shape[1]] = d_padded_part
    d_input = _fold(d_padded, run.geo.pads, run.spec.padding_mode, run.x.shape[1:])
    d_bias = float(trace.d_pre.sum())
    diff = max(
        float(np.abs(d_weight - final.d_weight[0]).max()),
        float(np.abs(d_input - final.d_input[0]).max()),
        abs(d_bias - final.d_bias),
    )
    return ClosedForms(d_weight, d_input, d_bias, diff)


def _fold(
    d_padded: np.ndarray, pads: tuple[tuple[int, int], tuple[int, int]], mode: str, hw: tuple[int, int]
) -> np.ndarray:
    """The adjoint of padding: every padded cell's gradient goes to the input cell it copies
    (np.pad of the cells' indices says which; a zero copies nothing and gets -1)."""
    index = np.arange(hw[0] * hw[1]).reshape(hw)
    fill = {"constant_values": -1} if mode == "zeros" else {}
    source = np.pad(index, pads, mode=_NP_PAD_MODES[mode], **fill)
    keep = source >= 0
    out = np.zeros(hw[0] * hw[1])
    np.add.at(out, source[keep], d_padded[keep])
    return out.reshape(hw)


@dataclass(frozen=True)
class GradientCheck:
    weight: float  # max |numerical − accumulated| for dW
    bias: float
    input: float | None  # None when the input is too large to perturb cell by cell
    closed: float  # max |closed forms (scipy.signal.correlate2d) − accumulated| over dW, db, dX
    scale: float = 1.0  # largest |accumulated gradient|: differences grow with it (sums of many terms)

    @property
    def largest(self) -> float:
        return max(self.weight, self.bias, self.input or 0.0, self.closed)


def _objective(
    setup: StepperInput, x: np.ndarray, kernel: np.ndarray, bias: float, grad: np.ndarray, target: np.ndarray | None
) -> float:
    """The loss whose gradient was stepped: ½‖y − t‖², or Σ g·y for a given upstream g."""
    y = ForwardTrace(x, kernel, bias, setup.spec).run.y
    return loss_and_gradient(y, target)[0] if target is not None else float(np.sum(grad * y))


def _central(f: Any, array: np.ndarray, h: float) -> np.ndarray:
    out = np.zeros_like(array)
    for i in np.ndindex(array.shape):
        keep = array[i]
        array[i] = keep + h
        up = f()
        array[i] = keep - h
        out[i] = (up - f()) / (2 * h)
        array[i] = keep
    return out


def gradient_check(
    setup: StepperInput, trace: Any, final: BackwardStep, target: np.ndarray | None, h: float = 1e-5
) -> GradientCheck:
    """The accumulated totals against two oracles that do not run the engine's backward:
    central differences of the loss (kernel, bias, and the input when small; the whole layer)
    and the closed forms (scipy.signal.correlate2d; the conv part, from the trace's dL/dz)."""
    x, kernel, bias = setup.x.copy(), setup.kernel.copy(), np.array([setup.bias])
    grad = trace.grad_output

    def f() -> float:
        return _objective(setup, x, kernel, float(bias[0]), grad, target)

    d_w = _central(f, kernel, h)
    d_b = _central(f, bias, h)[0]
    d_x = _central(f, x, h) if x.size <= NUMERIC_INPUT_LIMIT else None
    scale = max(float(np.abs(final.d_weight).max()), abs(final.d_bias), float(np.abs(final.d_input).max()))
    return GradientCheck(
        float(np.abs(d_w - final.d_weight[0]).max()),
        float(abs(d_b - final.d_bias)),
        None if d_x is None else float(np.abs(d_x - final.d_input[0]).max()),
        closed_forms(trace, final).max_diff,
        scale,
    )
