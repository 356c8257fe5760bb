"""The pinned cell under a magnifier (the Arithmetic panel), its receptive field's outline on
the input, and Zoom to the pinned cell — driven as a user, checked against scipy and by hand."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from scipy import signal

from convviz.model.state import Cell, ColorMode, Stage
from tests.conftest import wait_computed
from tests.gui.helpers import click


def _read(texts: list[str]) -> np.ndarray:
    return np.array([float(t.replace("−", "-")) if t else np.nan for t in texts])


def _pin(window, qtbot, y: int, x: int) -> None:
    """Click the cell until it is pinned: each try aims at where the cell is now (a new image
    re-fits the view a moment after its maps arrive)."""
    cell = Cell(Stage.CONV, 0, y, x)

    def pinned() -> bool:
        if window.state.selection.pinned != cell:
            click(window.conv_maps, window.conv_maps.views[0], y, x)
        return window.state.selection.pinned == cell

    qtbot.waitUntil(pinned)


def test_an_rgb_cell_shows_each_channels_window_kernel_and_share_of_the_sum(main_window, qtbot):
    rng = np.random.default_rng(5)
    image = rng.random((40, 50, 3)).astype(np.float32)
    state = main_window.state
    state.input.set_image(image, "noise")
    state.input.set_color_mode(ColorMode.RGB)
    kernel = rng.uniform(-1, 1, (3, 3)).astype(np.float32)
    state.bank.set_current_kernel(kernel)
    wait_computed(qtbot, main_window)
    _pin(main_window, qtbot, 7, 11)
    panel = main_window.arithmetic_panel
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.cell.y == 7)
    weight = state.bank.weight(3)[0].astype(np.float64)  # (3, 3, 3): the kernel as each channel gets it
    chw = main_window.bridge.valid.x.astype(np.float64)
    shares = [signal.correlate2d(chw[c], weight[c], mode="valid")[7, 11] for c in range(3)]
    assert panel.current.channel_totals == pytest.approx(shares, abs=1e-5)
    assert sum(shares) == pytest.approx(float(main_window.bridge.valid.conv[0, 7, 11]), abs=1e-4)
    text = panel.plain_text()
    assert "per channel: R" in text and "G" in text and "B" in text
    assert f"sum of products = {sum(shares):.3f}".replace("-", "−") in text
    assert panel.channel.isVisible() and panel.channel.count() == 3
    for c in range(3):  # the channel chosen: its window is what the input holds there
        panel.channel.setCurrentIndex(c)
        shown = _read(panel.window_view.numbers())
        assert np.abs(shown - chw[c, 7:10, 11:14].ravel()).max() <= 0.005 + 1e-9
        assert np.allclose(panel.kernel_view.values, weight[c])


def test_a_max_pooled_cell_names_its_winner_and_says_when_cells_tie(main_window, qtbot):
    state = main_window.state
    state.input.set_image(np.full((20, 20), 0.5, np.float32), "flat")
    state.layer.update(pooling="max")
    wait_computed(qtbot, main_window)
    pool = main_window.pool_maps
    click(pool, pool.views[0], 2, 3)
    qtbot.waitUntil(lambda: main_window.state.selection.pinned == Cell(Stage.POOL, 0, 2, 3))
    panel = main_window.arithmetic_panel
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.cell.stage is Stage.POOL)
    text = panel.plain_text()
    # A flat image: every cell of the 2×2 block holds the same value, so all four tie and the
    # first in reading order (torch's rule) — feature-map cell (4, 6) — is the winner.
    assert "max of the 2×2 block" in text and "4 cells tie" in text and "(row 4, col 6)" in text
    assert not panel.kernel_view.isVisible()


def test_the_receptive_field_is_outlined_and_ringed_while_small(main_window, qtbot):
    view = main_window.input_view
    _pin(main_window, qtbot, 10, 20)
    box = view.rf_rect()
    assert box is not None and (box.top(), box.left(), box.height(), box.width()) == (10, 20, 3, 3)
    assert view.rf_box.pen().isCosmetic() and view.rf_halo.pen().isCosmetic()
    px = view.view.viewPixelSize()[0]
    assert (3 / px < 14) == view.rf_ring.isVisible()  # fitted, a 3×3 field is small on screen or not


def test_zoom_to_pin_makes_the_field_large_and_the_arrow_keys_keep_it_in_view(main_window, qtbot):
    view = main_window.input_view
    _pin(main_window, qtbot, 30, 30)
    main_window.zoom_to_pin()
    qtbot.waitUntil(lambda: view.view.viewPixelSize()[0] > 0)
    px = view.view.viewPixelSize()[0]
    assert 3 / px >= 60  # the 3×3 field spans many screen pixels now
    assert not view.rf_ring.isVisible()
    maps = main_window.conv_maps
    for _ in range(25):
        qtbot.keyClick(maps, Qt.Key.Key_Right)
    assert main_window.state.selection.pinned == Cell(Stage.CONV, 0, 30, 55)
    assert view.view.viewRect().contains(view.rf_rect())


def test_zoom_to_pin_without_a_pin_says_how_to_make_one(main_window, qtbot):
    main_window.state.selection.set_cells(None, None)
    main_window.zoom_to_pin()
    assert "Pin a cell first" in main_window.coords.text()
