"""The stepper's heavy work as pure functions, for its worker threads (Qt-free).

``compute_pages`` turns a request (taken from the app state on the GUI thread, cheaply) into
everything the forward and backward pages draw: the input, both traces, the closed forms and
the current step. ``run_check`` is the Check button's central differences (about a second on
the full image). Both run on a ``LatestOnlyWorker``; a reply names the request it answers
(``serial``), so the GUI can drop one that a newer change has overtaken.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from convviz.engine import activation_backward
from convviz.engine.trace import BackwardStep, BackwardTrace, ForwardTrace
from convviz.model.teaching.stepper import (
    ClosedForms,
    GradientCheck,
    PinnedHere,
    StepperInput,
    StepperSource,
    closed_forms,
    gradient_check,
    input_from,
    is_target,
    locate_pin,
    target_output,
    upstream_gradient,
)
from convviz.text import tr


@dataclass(frozen=True)
class StepperRequest:
    serial: int
    source: StepperSource
    gradient: str = "loss"  # GRADIENTS key
    target: str = "sobel_x"  # preset name, for the loss
    painted: np.ndarray | None = None  # a copy of the painting (gradient "painted")
    backward_position: int = 0  # the backward page's step: computed here too (a step of a large
    # trace costs milliseconds; a forward step does not)


@dataclass(frozen=True)
class BackwardPage:
    trace: BackwardTrace
    final: BackwardStep  # the last step: the accumulated totals
    forms: ClosedForms
    slope: np.ndarray  # activation′(z) (upstream 1), so the mask shows where dL/da is 0 too
    loss: float | None
    target: np.ndarray | None  # t of the loss, for the check
    kind: str
    first: tuple[int, BackwardStep]  # (position, its step), precomputed for the first draw
    target_name: str = ""  # the preset t is made with (the loss only)
    zero_reason: str = ""  # why every gradient is 0, when it is (then there is nothing to see)


@dataclass(frozen=True)
class StepperPages:
    serial: int
    setup: StepperInput | None = None
    forward: ForwardTrace | None = None
    backward: BackwardPage | None = None
    error: str = ""  # why this layer cannot be stepped (then nothing else is set)
    filter_index: int = 0
    compute_ms: float = field(default=0.0, compare=False)
    pinned: PinnedHere | None = None  # the explorer's pinned cell among the stepped ones
    pin_note: str = ""  # why the pinned cell is not among them, when it is not

    @property
    def ok(self) -> bool:
        return not self.error


def _clamped(k: int, length: int) -> int:
    return min(max(int(k), 0), max(0, length - 1))


def zero_reason(setup: StepperInput, trace: BackwardTrace, kind: str, target: str) -> str:
    """Why every gradient is 0, in words a student can act on; "" when some are not."""
    g, d_pre = trace.grad_output, trace.d_pre
    scale = max(1.0, float(np.abs(trace.run.y).max()))
    if np.abs(g).max() <= 1e-12 * scale:
        if kind == "painted":
            return tr(
                "StepperJob", "nothing is painted yet, so every gradient is 0: click cells of dL/dy to paint some"
            )
        if kind == "loss" and is_target(setup.kernel, target) and setup.bias == 0.0:
            return tr(
                "StepperJob",
                "the kernel already equals the target ({target}): y = t, so L = 0 and every gradient "
                "is 0 — pick another target",
            ).format(target=target)
        if kind == "loss":
            return tr(
                "StepperJob",
                "y already equals t on this input: L = 0 and every gradient is 0 — pick another target or input",
            )
        return tr("StepperJob", "dL/dy is 0 everywhere, so every gradient is 0")
    if not d_pre.any():
        return tr(
            "StepperJob",
            "dL/da is stopped by the activation ({activation}′(z) = 0 wherever dL/da is not 0): "
            "dL/dz, dW, dX and db are all 0",
        ).format(activation=trace.run.spec.activation)
    return ""


def compute_pages(request: StepperRequest) -> StepperPages:
    started = time.perf_counter()
    try:
        setup = input_from(request.source)
        forward = ForwardTrace(setup.x, setup.kernel, setup.bias, setup.spec)
        y = forward.run.y
        grad, loss = upstream_gradient(setup, y, request.gradient, request.target, request.painted)
        target = target_output(setup, request.target) if request.gradient == "loss" else None
    except ValueError as error:  # a layer that cannot run on this input: the GUI says why
        return StepperPages(request.serial, error=str(error), filter_index=request.source.filter_index)
    pinned, pin_note = locate_pin(request.source, forward.run.geometry)
    trace = BackwardTrace(setup.x, setup.kernel, setup.bias, setup.spec, grad)
    final = trace.step(len(trace) - 1)
    run = trace.run
    slope = activation_backward(run.spec.activation, np.ones_like(run.z), run.z)
    k = _clamped(request.backward_position, len(trace))
    name = request.target if request.gradient == "loss" else ""
    backward = BackwardPage(
        trace,
        final,
        closed_forms(trace, final),
        slope,
        loss,
        target,
        request.gradient,
        (k, trace.step(k)),
        name,
        zero_reason(setup, trace, request.gradient, request.target),
    )
    ms = (time.perf_counter() - started) * 1000.0
    return StepperPages(
        request.serial,
        setup,
        forward,
        backward,
        filter_index=request.source.filter_index,
        compute_ms=ms,
        pinned=pinned,
        pin_note=pin_note,
    )


def failed_pages(request: StepperRequest, error: Exception) -> StepperPages:
    """A bug must not leave the tab waiting: say what went wrong instead."""
    return StepperPages(
        request.serial,
        error=tr("StepperJob", "internal error: {error}").format(error=error),
        filter_index=request.source.filter_index,
    )


@dataclass(frozen=True)
class CheckRequest:
    serial: int  # of the pages being checked
    setup: StepperInput
    page: BackwardPage


@dataclass(frozen=True)
class CheckReply:
    serial: int
    check: GradientCheck | None
    error: str = ""


def run_check(request: CheckRequest) -> CheckReply:
    page = request.page
    return CheckReply(request.serial, gradient_check(request.setup, page.trace, page.final, page.target))


def failed_check(request: CheckRequest, error: Exception) -> CheckReply:
    return CheckReply(request.serial, None, tr("StepperJob", "the check failed: {error}").format(error=error))


def shown_step(page: BackwardPage, k: int) -> BackwardStep:
    """Step k of the page's trace, the precomputed one when it is the first shown."""
    return page.first[1] if page.first[0] == k else page.trace.step(k)
