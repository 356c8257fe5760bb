"""The stack tab computes off the GUI thread, as a user sees it: the old tiles stay with a
"computing…" note until the new maps arrive, two quick edits show the second, the comparison
and Cᵀ numbers are shown as computed, and live frames reach the stack only while it is shown."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt

from convviz.gui.stack import StackWidget
from convviz.gui.stack.busy_note import COMPUTING
from convviz.model.events import Signal
from convviz.model.stack import maps as stack_maps
from convviz.model.stack.input import prepare_input
from convviz.model.stack.model import StackModel
from convviz.model.state import AppState
from tests.gui.test_live import WAIT_MS, go_live
from tests.model.test_stack_maps import conv_loop


class _NoBank:
    def __init__(self):
        self.changed = Signal()


@pytest.fixture
def widget(qtbot):
    image = np.random.default_rng(5).random((30, 24), dtype=np.float32)
    w = StackWidget(AppState(bank=_NoBank(), image=image), StackModel(image))  # empty: built by the tests
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.editor.size_combo.setCurrentIndex(0)  # "Image size": the stack sees the picture itself
    return w


@pytest.fixture
def gate(monkeypatch):
    """Holds the worker at its forward pass until ``gate.set()`` (the GUI keeps running)."""
    event, run = threading.Event(), stack_maps.run_layers

    def held(layers, x):
        event.wait(WAIT_MS / 1000)
        return run(layers, x)

    monkeypatch.setattr(stack_maps, "run_layers", held)
    yield event
    event.set()


def shown_conv_tiles(w: StackWidget) -> list[np.ndarray]:
    """The first layer's tiles as drawn: each channel's cells of the row's picture."""
    row = w.grid.rows[1]
    picture = row.images[0].image
    return [picture[:, row.origin(c) : row.origin(c) + row.hw[1]] for c in range(row.shown)]


def expected_conv(w: StackWidget) -> np.ndarray:
    weights = w.stack.weights(0)
    pad = w.stack.configs[0].params["padding"]
    pad = 1 if pad == "same" else int(pad)
    x = np.asarray(w.state.input.image, dtype=np.float64)[None]
    return conv_loop(x, weights["weight"], weights.get("bias"), pad)


def test_old_tiles_stay_while_computing_then_two_quick_edits_show_the_second(qtbot, widget, gate):
    w = widget
    gate.set()
    w.editor.kind_combo.setCurrentIndex(w.editor.kind_combo.findText("Conv2d"))
    qtbot.mouseClick(w.editor.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.up_to_date and len(w.grid.rows) == 2, timeout=WAIT_MS)
    before = [t.copy() for t in shown_conv_tiles(w)]
    gate.clear()
    spin = w.editor.form.controls["out_channels"]
    spin.setValue(3)  # held at the worker…
    spin.setValue(5)  # …and replaced by this before it is shown
    qtbot.waitUntil(lambda: w.grid.note.text() == COMPUTING)
    assert not w.up_to_date and w.table.item(1, 1).text() == "(5, 30, 24)"  # the summary is at once
    for tile, old in zip(shown_conv_tiles(w), before, strict=True):
        np.testing.assert_array_equal(tile, old)  # the old tiles stay
    gate.set()
    qtbot.waitUntil(lambda: w.up_to_date, timeout=WAIT_MS)
    assert w.grid.note.text() == "" and w.grid.rows[1].shown == 5
    expected = expected_conv(w)
    assert expected.shape == (5, 30, 24)
    for tile, channel in zip(shown_conv_tiles(w), expected, strict=True):
        np.testing.assert_allclose(tile, channel, atol=1e-5)


def test_comparisons_and_transpose_show_their_models_numbers(qtbot, widget):
    c = widget.comparisons
    c.spins["in_channels"].setValue(16)
    c.spins["out_channels"].setValue(32)
    c.spins["kernel"].setValue(3)
    qtbot.waitUntil(lambda: c.model.up_to_date)
    texts = [c.table.item(r, 2).text() for r in range(c.table.rowCount()) if c.table.item(r, 2)]
    assert f"{16 * 32 * 9:,}" in texts and f"{16 * 9 + 16 * 32:,}" in texts  # standard, separable
    assert c.model.numbers.in_channels == 16
    t = widget.transpose
    t.size_spin.setValue(3)
    t.stride_spin.setValue(3)
    t.outpad_spin.setValue(2)
    qtbot.waitUntil(lambda: t.model.up_to_date)
    check = t.model.check
    assert (check.settings.size, check.settings.stride, check.settings.output_padding) == (3, 3, 2)
    assert check.stamps.out_hw == ((3 - 1) * 3 + 3 + 2,) * 2
    assert f"max |difference| = {check.difference:.1e}" in t.info.text() and check.difference < 1e-12
    t.outpad_spin.setValue(0)
    t.stride_spin.setValue(1)  # output padding must stay below the stride
    qtbot.waitUntil(lambda: t.model.up_to_date)
    assert t.outpad_spin.maximum() == 0 and t.model.settings.output_padding == 0


def test_live_frames_reach_the_stack_only_while_it_is_shown(qtbot, main_window):
    window, stack_tab = main_window, main_window.stack_tab
    go_live(qtbot, window)
    frames = window.state.input
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack_tab.stack.image is frames.live_frame, timeout=WAIT_MS)  # the frame, no copy
    qtbot.waitUntil(lambda: stack_tab.grid.shown is not None and stack_tab.grid.shown.x.shape[0] > 0)

    def grid_shows_a_live_frame() -> bool:
        shown = stack_tab.grid.shown
        image = stack_tab.stack.image
        return stack_tab.up_to_date and np.array_equal(
            shown.x, prepare_input(image, stack_tab.stack.channels, stack_tab.stack.size)
        )

    qtbot.waitUntil(grid_shows_a_live_frame, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    held = stack_tab.stack.image
    displayed = window.live.live.stats.displayed
    qtbot.waitUntil(lambda: window.live.live.stats.displayed >= displayed + 10, timeout=WAIT_MS)
    assert stack_tab.stack.image is held  # hidden: no frame reached it
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack_tab.stack.image is not held, timeout=WAIT_MS)  # shown again: it catches up
    window.live.stop()
