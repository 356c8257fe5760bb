"""The stepper builds its pages on a worker: results arrive and are shown, a result overtaken by a
newer change is dropped, the painted gradient outlives tab switches, and live frames reach it."""

import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from scipy.signal import correlate2d

from convviz.model.teaching import stepper_job
from convviz.model.teaching.stepper import tiny_input
from tests.gui.helpers import click
from tests.gui.test_live import WAIT_MS, go_live
from tests.gui.test_stepper import settle, shown_stepper


@pytest.fixture
def stepper(qtbot):
    """The tiny 6×6 digits with sobel_x and 'same' padding, as in test_stepper."""
    yield from shown_stepper(qtbot)


A = np.arange(9.0).reshape(3, 3) - 4.0
B = np.array([[0.0, 1.0, 0.0], [2.0, -3.0, 0.5], [0.0, 1.0, -1.0]])


def shown_feature_map(panel) -> np.ndarray:
    """The forward page's feature map once every step is done (what the user sees at End)."""
    panel.player.to_end()
    return panel.output_view.values


def same_padded_correlation(kernel: np.ndarray) -> np.ndarray:
    """The fixture's layer ('same' padding, no bias, no activation) written out with scipy."""
    return correlate2d(np.pad(tiny_input(), 1), kernel, mode="valid")


def test_a_new_kernel_arrives_and_is_shown(stepper, qtbot):
    stepper.state.bank.set_current_kernel(A)
    assert stepper.busy and stepper.busy_note.isVisibleTo(stepper)  # "computing…" meanwhile
    settle(qtbot, stepper)
    assert not stepper.busy_note.isVisibleTo(stepper)
    np.testing.assert_allclose(shown_feature_map(stepper.forward), same_padded_correlation(A), atol=1e-12)


def test_two_quick_changes_end_on_the_second(stepper, qtbot):
    stepper.state.bank.set_current_kernel(A)
    stepper.state.bank.set_current_kernel(B)
    settle(qtbot, stepper)
    np.testing.assert_allclose(shown_feature_map(stepper.forward), same_padded_correlation(B), atol=1e-12)


def test_a_result_overtaken_by_a_newer_change_is_dropped(stepper, qtbot, monkeypatch):
    """Kernel A's pages are computed, but kernel B is chosen before they reach the GUI: the
    page must never show A's numbers as B's, and ends on B."""
    started, release = threading.Event(), threading.Event()
    compute = stepper_job.compute_pages

    def gated(request):
        if np.array_equal(request.source.kernel[0], A):
            started.set()
            release.wait(10)
        return compute(request)

    queued = threading.Event()
    post = stepper._worker._deliver

    def post_and_tell(reply):  # on the worker thread: once it returns, A's reply waits in Qt's queue
        post(reply)
        queued.set()

    monkeypatch.setattr(stepper._worker, "_deliver", post_and_tell)
    monkeypatch.setattr(stepper_job, "compute_pages", gated)
    stepper.state.bank.set_current_kernel(A)
    qtbot.waitUntil(started.is_set, timeout=10_000)  # A is being computed
    release.set()
    assert queued.wait(10)  # no event processing here: the reply stays in the queue
    dropped = stepper.dropped
    stepper.state.bank.set_current_kernel(B)  # the newer change, before A's reply is handled
    settle(qtbot, stepper)
    assert stepper.dropped == dropped + 1
    np.testing.assert_allclose(shown_feature_map(stepper.forward), same_padded_correlation(B), atol=1e-12)


def test_the_painted_gradient_survives_tab_switches_and_rebuilds(stepper, qtbot):
    stepper.tabs.setCurrentWidget(stepper.backward)
    panel = stepper.backward
    panel.gradient_combo.setCurrentIndex(panel.gradient_combo.findData("painted"))
    settle(qtbot, stepper)
    click(panel.dy_view, panel.dy_view.view, 2, 3)
    click(panel.dy_view, panel.dy_view.view, 5, 0)
    click(panel.dy_view, panel.dy_view.view, 5, 0)
    settle(qtbot, stepper)
    expected = np.zeros((6, 6))
    expected[2, 3], expected[5, 0] = 1.0, -1.0
    np.testing.assert_array_equal(panel.trace.grad_output, expected)
    stepper.tabs.setCurrentWidget(stepper.forward)
    stepper.tabs.setCurrentWidget(stepper.learn)
    stepper.hide()  # another tab of the window in front: the stepper goes stale ...
    stepper.state.bank.set_current_kernel(B)
    stepper.show()  # ... and rebuilds when shown
    stepper.tabs.setCurrentWidget(stepper.backward)
    settle(qtbot, stepper)
    np.testing.assert_array_equal(panel.dy_view.values, expected)
    np.testing.assert_array_equal(panel.trace.grad_output, expected)
    assert np.array_equal(panel.trace.run.kernel[0], B)  # the rebuild used the painting
    qtbot.keyClick(panel, Qt.Key.Key_End)
    # db = Σ dZ: the painted +1 and −1 cancel (no activation)
    assert panel.final.d_bias == pytest.approx(0.0)


def test_the_check_reports_for_the_pages_shown(stepper, qtbot):
    stepper.tabs.setCurrentWidget(stepper.backward)
    panel = stepper.backward
    qtbot.mouseClick(panel.closed.check_button, Qt.MouseButton.LeftButton)
    assert "checking" in panel.closed.check_label.text()
    qtbot.waitUntil(lambda: panel.last_check is not None, timeout=10_000)
    assert panel.last_check.largest < 1e-6


def test_the_stepper_follows_live_frames_while_shown(qtbot, main_window):
    seen: list[np.ndarray] = []
    state = main_window.state
    state.input.changed.connect(lambda what: what == "live_frame" and seen.append(state.input.live_frame))
    still = main_window.stepper.setup.x.copy()
    go_live(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = main_window.stepper
    qtbot.waitUntil(lambda: tab.setup is not None and not np.array_equal(tab.setup.x, still), timeout=WAIT_MS)

    def centre_crop_luma(frame: np.ndarray) -> np.ndarray:
        """The 12×12 centre crop of a frame's BT.601 luma, written out here."""
        gray = 0.299 * frame[..., 0] + 0.587 * frame[..., 1] + 0.114 * frame[..., 2]
        top, left = gray.shape[0] // 2 - 6, gray.shape[1] // 2 - 6
        return gray[top : top + 12, left : left + 12]

    x = tab.setup.x[0]
    assert any(np.allclose(x, centre_crop_luma(f.astype(np.float64)), atol=1e-5) for f in seen if f is not None)
    np.testing.assert_array_equal(tab.forward.trace.run.x[0], x)  # the page walks that frame
    qtbot.waitUntil(lambda: not np.array_equal(tab.setup.x[0], x), timeout=WAIT_MS)  # and keeps following
    main_window.live.stop()


def test_the_forward_step_outlines_exactly_the_window_it_reads(stepper, qtbot):
    """The taps drawn on the padded input are the window of the current output cell, by hand."""
    stepper.state.layer.update(dilation=2)  # holes between the taps
    settle(qtbot, stepper)
    forward = stepper.forward
    forward.player.seek(4)
    step = forward.trace.step(4)
    y, x = step.out_yx
    spec = stepper.setup.spec
    s, d = spec.stride, spec.dilation
    kh, kw = stepper.setup.kernel_hw
    from convviz import engine

    (top, _), (left, _) = engine.resolve_padding(spec.padding, stepper.setup.hw, (kh, kw), s, d)
    expected = {(y * s + i * d - top, x * s + j * d - left) for i in range(kh) for j in range(kw)}
    assert forward.input_view.taps() == expected
