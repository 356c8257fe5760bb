"""The stepper's oracles: the closed forms of the conv gradients and the gradient check.

Neither runs the engine's backward: the closed forms are written with scipy.signal.correlate2d
(the conv part, from the trace's dL/dz) and the check takes central differences of the loss
(the whole layer), so the stepped totals are compared with independent arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import scipy.signal

from convviz.engine.activations import activation_backward
from convviz.engine.trace import BackwardStep, ForwardTrace, loss_and_gradient
from convviz.text import tr

if TYPE_CHECKING:
    from convviz.model.teaching.stepper import StepperInput

# Input cells above this count skip the input part of the numerical check (2 passes per cell).
NUMERIC_INPUT_LIMIT = 576
# Differences this small relative to the largest gradient (at least 1) count as agreement: the
# closed forms are the same sums in another order (an FFT on large images); central differences
# err by about h² and by rounding the loss over 2h.
CLOSED_TOLERANCE = 1e-7
NUMERIC_TOLERANCE = 1e-5


@dataclass(frozen=True)
class ClosedForms:
    d_weight: np.ndarray  # (C, kH, kW)
    d_input: np.ndarray  # (C, H, W)
    d_bias: float
    max_diff: float  # against the accumulated totals
    scale: float = 1.0  # largest |accumulated gradient|

    @property
    def agrees(self) -> bool:
        return self.max_diff <= CLOSED_TOLERANCE * max(1.0, self.scale)


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
    """dW = P ⋆ dZ (stride-dilated), dX = dZ (stride-dilated) ⋆full rot180(W), folded to the input,
    one input channel at a time (each channel has its own slice of the kernel and of dX).

    P is the padded input; ⋆ is scipy's correlate2d. Padding cells that copy input cells
    (reflect, replicate, circular) hand their gradient back to the cell they copied. Nothing
    here calls the engine's backward (``conv2d_backward``, its padding fold), so the accumulated
    totals, which do, are checked against independent arithmetic.
    """
    run = trace.run
    g = _dilate(trace.d_pre, run.geo.stride)
    dh, dw = run.geo.dilation
    kh, kw = run.kernel.shape[1:]
    d_weight, d_input = np.zeros(run.kernel.shape), np.zeros(run.x.shape)
    for c in range(run.x.shape[0]):
        padded = np.pad(run.x[c], run.geo.pads, mode=_NP_PAD_MODES[run.spec.padding_mode])  # P, by numpy
        corr = _correlate(padded, g, "valid")
        d_eff = corr[: (kh - 1) * dh + 1 : dh, : (kw - 1) * dw + 1 : dw]
        d_weight[c] = d_eff[::-1, ::-1] if run.spec.flip else d_eff
        k_dil = _dilate(run.effective[c], (dh, dw))
        d_padded_part = _correlate(g, k_dil[::-1, ::-1], "full")
        d_padded = np.zeros(padded.shape)
        d_padded[: d_padded_part.shape[0], : d_padded_part.shape[1]] = d_padded_part
        d_input[c] = _fold(d_padded, run.geo.pads, run.spec.padding_mode, run.x.shape[1:])
    d_bias = float(trace.d_pre.sum())
    diff = max(
        float(np.abs(d_weight - final.d_weight).max()),
        float(np.abs(d_input - final.d_input).max()),
        abs(d_bias - final.d_bias),
    )
    return ClosedForms(d_weight, d_input, d_bias, diff, _scale(final))


def _scale(final: BackwardStep) -> float:
    return max(float(np.abs(final.d_weight).max()), abs(final.d_bias), float(np.abs(final.d_input).max()))


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
    kinks: tuple[str, ...] = ()  # where the loss has no derivative, so central differences cannot agree

    @property
    def largest(self) -> float:
        return max(self.weight, self.bias, self.input or 0.0, self.closed)

    @property
    def agrees(self) -> bool:
        """Both oracles agree with the stepped totals, to their precision."""
        limit = max(1.0, self.scale)
        return self.closed <= CLOSED_TOLERANCE * limit and self.largest <= NUMERIC_TOLERANCE * limit


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
    scale = _scale(final)
    return GradientCheck(
        float(np.abs(d_w - final.d_weight).max()),
        float(abs(d_b - final.d_bias)),
        None if d_x is None else float(np.abs(d_x - final.d_input).max()),
        closed_forms(trace, final).max_diff,
        scale,
        kinks(trace),
    )


def kinks(trace: Any) -> tuple[str, ...]:
    """Where a gradient flows through a point with no derivative: ReLU at z = 0 exactly, or two
    cells tied for a max-pooling window's maximum. There the stepped gradient is one side's
    (as torch's is) and central differences average both sides, so the two differ."""
    run = trace.run
    found = []
    tol = 1e-9 * max(1.0, float(np.abs(run.z).max()))
    if run.spec.activation in ("relu", "leaky_relu"):
        at_zero = [(int(y), int(x)) for y, x in np.argwhere(np.abs(run.z) <= tol) if trace.d_activated[y, x]]
        if at_zero:
            found.append(
                tr("StepperCheck", "{activation} at z = 0 in {cells}").format(
                    activation=run.spec.activation, cells=_some(at_zero)
                )
            )
    if run.spec.pool == "max" and run.pooled is not None:
        slope = activation_backward(run.spec.activation, np.ones_like(run.z), run.z)
        ties = []
        for py, px in np.ndindex(run.pooled.shape):
            if trace.grad_output[py, px] == 0:
                continue
            cells = run.pool_cells(py, px)
            values = np.array([run.a[c] for c in cells])
            tied = [c for c, v in zip(cells, values, strict=True) if values.max() - v <= tol]
            # A tie of cells the parameters cannot move (ReLU's flat side) is no kink.
            if len(tied) > 1 and any(slope[c] != 0 for c in tied):
                ties.append((py, px))
        if ties:
            found.append(tr("StepperCheck", "a tie for the maximum in pooled {cells}").format(cells=_some(ties)))
    return tuple(found)


def _some(cells: list[tuple[int, int]]) -> str:
    named = ", ".join(f"({y}, {x})" for y, x in cells[:3])
    if len(cells) == 1:
        return tr("StepperCheck", "cell {cells}").format(cells=named)
    if len(cells) <= 3:
        return tr("StepperCheck", "cells {cells}").format(cells=named)
    return tr("StepperCheck", "cells {cells} and {more} more").format(cells=named, more=len(cells) - 3)
