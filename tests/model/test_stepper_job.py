"""The stepper's worker functions and the painted gradient, without Qt."""

import numpy as np
import pytest
from scipy.signal import correlate2d

from convviz.engine.kernels import preset
from convviz.model.state import AppState
from convviz.model.teaching.painted_gradient import PaintedGradient
from convviz.model.teaching.stepper import take_source, tiny_input
from convviz.model.teaching.stepper_job import CheckRequest, StepperRequest, compute_pages, run_check


def _state(**layer) -> AppState:
    state = AppState()
    state.bank.set_current_kernel(preset("sobel_y"))
    state.layer.update(**layer)
    return state


def test_pages_hold_both_traces_of_the_request_and_the_closed_forms():
    state = _state(padding_kind="same")
    pages = compute_pages(StepperRequest(7, take_source(state, "tiny"), "loss", "sobel_x"))
    assert pages.ok and pages.serial == 7
    y = correlate2d(np.pad(tiny_input(), 1), preset("sobel_y"), mode="valid")
    np.testing.assert_allclose(pages.forward.run.y, y, atol=1e-12)
    t = correlate2d(np.pad(tiny_input(), 1), preset("sobel_x"), mode="valid")
    np.testing.assert_allclose(pages.backward.trace.grad_output, y - t, atol=1e-12)  # ½‖y − t‖²
    assert pages.backward.loss == pytest.approx(0.5 * float(((y - t) ** 2).sum()))
    assert pages.backward.forms.max_diff < 1e-9
    check = run_check(CheckRequest(7, pages.setup, pages.backward)).check
    assert check.input is not None and check.largest < 1e-6


def test_an_impossible_layer_is_a_reason_not_an_exception():
    state = _state(dilation=16)
    pages = compute_pages(StepperRequest(1, take_source(state, "tiny")))
    assert not pages.ok and pages.forward is None and pages.error


def test_the_painting_is_the_upstream_gradient_and_a_new_size_starts_over():
    state = _state(padding_kind="same")
    painted = PaintedGradient()
    assert painted.fit((6, 6))
    heard = []
    painted.changed.connect(lambda: heard.append(painted.values))
    painted.cycle(1, 2)
    painted.cycle(4, 4)
    painted.cycle(4, 4)
    painted.cycle(9, 9)  # outside: ignored
    assert len(heard) == 3
    pages = compute_pages(StepperRequest(1, take_source(state, "tiny"), "painted", painted=painted.values))
    g = pages.backward.trace.grad_output
    assert g[1, 2] == 1 and g[4, 4] == -1 and np.count_nonzero(g) == 2
    copy = painted.values
    copy[0, 0] = 5  # a copy: the worker's painting never changes under it
    assert painted.values[0, 0] == 0
    assert not painted.fit((6, 6)) and np.count_nonzero(painted.values) == 2
    assert painted.fit((3, 3)) and not painted.values.any() and len(heard) == 3  # silently
    painted.fit((6, 6))
    painted.cycle(0, 0)
    painted.clear()
    assert not painted.values.any() and len(heard) == 5
