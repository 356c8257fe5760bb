"""Drive the real main window as a user and check what it shows."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from convviz import engine
from convviz.gui.explorer.input_view import HOLE, PAD_TAP, TAP, WEIGHT
from convviz.gui.shell import file_ops
from convviz.model.state import Cell, Stage
from tests.conftest import wait_computed
from tests.gui.helpers import click, hover, shown_map


def expected_conv(window, **kw) -> np.ndarray:
    x = window.bridge.valid.x
    w = window.state.bank.weight(x.shape[0]).astype(np.float32)
    b = window.state.bank.bias_array().astype(np.float32)
    return engine.conv2d(x, w, b, **kw).reshape((w.shape[0],) + engine.conv2d(x, w, b, **kw).shape[-2:])


def choose(combo, value: str) -> None:
    """Pick an item the way a user does with the keyboard (fires activated/currentIndexChanged)."""
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(value))


def test_starts_with_sample_and_matching_feature_map(main_window):
    text = main_window.shape_panel.text()
    assert "1 × 64 × 64" in text and "1 × 62 × 62" in text
    assert "⌊(64 − 1·(3−1) − 1 + 2·0)/1⌋ + 1 = 62" in text
    shown = shown_map(main_window.conv_maps)
    np.testing.assert_allclose(shown, expected_conv(main_window)[0], atol=1e-5)


def test_stride_padding_dilation_through_widgets(main_window, qtbot):
    panel = main_window.layer_panel
    panel.stride.setValue(2)
    choose(panel.padding_kind, "same")
    wait_computed(qtbot, main_window)
    assert "⌈64/2⌉ = 32" in main_window.shape_panel.text()
    np.testing.assert_allclose(
        shown_map(main_window.conv_maps), expected_conv(main_window, stride=2, padding="same")[0], atol=1e-5
    )
    choose(panel.padding_kind, "explicit")
    assert panel.pads["pad_top"].isEnabled()
    panel.pads["pad_left"].clear()
    qtbot.keyClicks(panel.pads["pad_left"], "3")
    panel.dilation.setValue(2)
    choose(panel.padding_mode, "replicate")
    wait_computed(qtbot, main_window)
    text = main_window.shape_panel.text()
    assert "1 × 66 × 68" in text  # padded: 64 + 1 + 1 rows, 64 + 3 + 1 cols
    expected = expected_conv(main_window, stride=2, padding=((1, 1), (3, 1)), dilation=2, padding_mode="replicate")
    np.testing.assert_allclose(shown_map(main_window.conv_maps), expected[0], atol=1e-5)


def test_preset_from_kernel_editor(main_window, qtbot):
    combo = main_window.kernel_editor.preset_combo
    index = combo.findData("sobel_x")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a user's pick in the popup sends
    wait_computed(qtbot, main_window)
    sobel = engine.kernels.preset("sobel_x")
    x = main_window.bridge.valid.x
    np.testing.assert_allclose(
        shown_map(main_window.conv_maps), engine.conv2d(x, sobel.astype(np.float32))[0], atol=1e-5
    )
    assert np.abs(shown_map(main_window.conv_maps)).max() > 1


def test_hover_shows_taps_padding_and_holes(main_window, qtbot):
    panel = main_window.layer_panel
    choose(panel.padding_kind, "explicit")  # 1 on every side
    panel.dilation.setValue(2)
    wait_computed(qtbot, main_window)
    maps, view = main_window.conv_maps, main_window.input_view
    hover(maps, maps.views[0], 0, 5)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 0, 5))
    win = engine.window_cells((0, 5), (64, 64), (3, 3), 1, 1, 2)
    assert view.cells(TAP) == {t for t in win.taps if t not in win.padding_taps}
    assert view.cells(PAD_TAP) == set(win.padding_taps) and len(win.padding_taps) == 3
    assert view.cells(HOLE) == set(win.holes)
    assert "map 1 (row 0, col 5)" in main_window.coords.text()


def test_click_pins_cell_shows_arithmetic_and_arrows_move_it(main_window, qtbot):
    maps = main_window.conv_maps
    click(maps, maps.views[0], 10, 20)
    qtbot.waitUntil(lambda: main_window.state.selection.pinned == Cell(Stage.CONV, 0, 10, 20))
    value = float(main_window.bridge.valid.conv[0, 10, 20])
    text = main_window.arithmetic_panel.plain_text()
    assert f"sum of products = {value:.3f}" in text and "+ bias 0.000" in text
    assert main_window.arithmetic_panel.current.pre_activation == pytest.approx(value, abs=1e-5)
    qtbot.keyClick(maps, Qt.Key.Key_Right)
    qtbot.keyClick(maps, Qt.Key.Key_Down)
    assert main_window.state.selection.pinned == Cell(Stage.CONV, 0, 11, 21)
    assert "(row 11, col 21)" in main_window.arithmetic_panel.plain_text()


def test_pooling_view_and_footprint_through_pool(main_window, qtbot):
    choose(main_window.layer_panel.pooling, "max")
    wait_computed(qtbot, main_window)
    pool = main_window.pool_maps
    assert pool.isVisible()
    expected = engine.max_pool2d(main_window.bridge.valid.activated, 2, 2)
    np.testing.assert_allclose(shown_map(pool), expected[0], atol=1e-6)
    assert "1 × 31 × 31" in main_window.shape_panel.text()
    qtbot.waitUntil(lambda: pool.views[0].viewRange()[1][1] > 10)  # laid out and fitted
    hover(pool, pool.views[0], 3, 4)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.POOL, 0, 3, 4))
    # Conv cells (6..7, 8..9) with 3×3 windows: input rows 6..9, cols 8..11.
    assert main_window.input_view.cells(TAP) == {(r, c) for r in range(6, 10) for c in range(8, 12)}


def test_invalid_setting_explained_and_last_result_kept(main_window, qtbot):
    before = shown_map(main_window.conv_maps).copy()
    panel = main_window.layer_panel
    choose(panel.padding_kind, "explicit")
    choose(panel.padding_mode, "reflect")
    wait_computed(qtbot, main_window)
    before = shown_map(main_window.conv_maps).copy()
    panel.pads["pad_left"].setValue(64)
    qtbot.waitUntil(lambda: main_window.bridge.result is not None and not main_window.bridge.result.ok)
    assert panel.problem.isVisible() and "left pad 64 ≥ width 64" in panel.problem.text()
    assert panel.warnings["pad_left"].isVisible()
    np.testing.assert_array_equal(shown_map(main_window.conv_maps), before)
    assert "last valid" in main_window.shape_panel.text()
    panel.pads["pad_left"].setValue(2)
    qtbot.waitUntil(lambda: main_window.bridge.result.ok)
    assert not panel.problem.isVisible()


def test_kernel_hover_marks_input_cells_of_pinned_output(main_window, qtbot):
    main_window.state.selection.pin(Cell(Stage.CONV, 0, 4, 6))
    main_window.kernel_editor.cellHovered.emit(2, 0)
    assert main_window.input_view.cells(WEIGHT) == {(6, 6)}
    main_window.kernel_editor.cellHovered.emit(-1, -1)
    assert main_window.input_view.cells(WEIGHT) == set()


def test_bad_image_shows_message_and_keeps_image(main_window, qtbot, tmp_path):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not a png")
    before = main_window.state.input.image
    assert not file_ops.open_image(main_window, bad)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "broken.png" in boxes[-1].text()
    assert main_window.state.input.image is before
    for box in boxes:
        box.close()
