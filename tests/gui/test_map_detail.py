"""The map grid draws each filter's own bytes at every zoom, also when a bank grows by several
filters at once (two quick clicks on Add, or a bank file) on a picture large enough to be drawn
through strongest-cell overviews."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from tests.conftest import wait_computed


def drawn(grid, f: int) -> np.ndarray:
    return np.asarray(grid.images[f].image).astype(int)


def test_a_bank_that_grows_by_several_filters_draws_each_filters_own_map(qtbot, main_window):
    rng = np.random.default_rng(3)
    main_window.state.input.set_image(rng.random((1600, 1700)).astype(np.float32), "noise")
    wait_computed(qtbot, main_window, timeout=20_000)
    grid, editor, bank = main_window.conv_maps, main_window.kernel_editor, main_window.state.bank
    qtbot.waitUntil(lambda: grid.detail() > 1)  # drawn smaller than its cells: an overview is on screen
    for _ in range(2):  # two quick clicks: the next result has two views more
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    wait_computed(qtbot, main_window, timeout=20_000)  # an exception in a slot while views are rebuilt fails here
    identity = np.zeros((3, 3), np.float32)
    identity[1, 1] = 1
    for f, kernel in enumerate((identity, -identity, 0 * identity)):  # the picture, its negative, nothing
        bank.current = f
        bank.set_current_kernel(kernel)
    wait_computed(qtbot, main_window, timeout=20_000)
    assert len(grid.images) == 3
    for zoom in ("out", "in"):
        if zoom == "in":
            grid.views[0].setRange(xRange=(0, 60), yRange=(0, 60), padding=0)
            qtbot.waitUntil(lambda: grid.detail() == 1)
        # One scale for the bank, symmetric about 0: the negative's colours mirror the picture's
        # (index i ↔ 256 − i, ±1 for rounding) and the empty map sits at the neutral 128.
        assert np.abs(drawn(grid, 0) + drawn(grid, 1) - 256).max() <= 1, zoom
        assert (drawn(grid, 2) == 128).all(), zoom
    assert drawn(grid, 0).std() > 10  # zoomed in: the noise itself, cell by cell
