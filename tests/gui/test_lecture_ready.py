"""Lecture-ready fixes, driven as a user: pin vs hover, markers, the window on a small screen, panels."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from convviz.gui.explorer.input_view import TAP
from convviz.gui.shell.actions import Act
from convviz.gui.shell.window_layout import clamped, fitted_size
from convviz.model.state import Cell, Stage
from tests.conftest import wait_computed
from tests.gui.helpers import click, hover
from tests.gui.test_kernel_editor import centre, editor  # noqa: F401  (the kernel editor fixture)


def _leave(widget) -> None:
    QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))


def _window_cells(result, y: int, x: int) -> set[tuple[int, int]]:
    """Input cells under output cell (y, x) of a stride-1, undilated, unpadded 3×3 layer, by hand."""
    return {(y + i, x + j) for i in range(3) for j in range(3)}


def test_after_the_pointer_leaves_the_arrows_move_pin_marker_and_receptive_field(main_window, qtbot):
    maps = main_window.conv_maps
    click(maps, maps.views[0], 12, 18)
    # The click hovers its cell too; wait for that before moving on (hover events are rate-limited).
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 12, 18))
    hover(maps, maps.views[0], 40, 50)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 40, 50))
    _leave(maps)  # the pointer goes to a dock
    assert main_window.state.selection.hovered is None
    for _ in range(5):
        qtbot.keyClick(maps, Qt.Key.Key_Right)
    assert main_window.state.selection.pinned == Cell(Stage.CONV, 0, 12, 23)
    view = main_window.input_view
    assert view.cells(TAP) == _window_cells(main_window.bridge.valid, 12, 23)  # the RF follows the pin
    pin, hover_frame = maps.pin_marks[0], maps.marks[0]
    assert pin.isVisible() and not hover_frame.isVisible()
    assert (pin.rect().x(), pin.rect().y(), pin.rect().width()) == (23, 12, 1)
    assert "pinned map 1 (row 12, col 23)" in main_window.coords.text()
    assert "(row 12, col 23)" in main_window.arithmetic_panel.plain_text()


def test_pin_and_hover_are_two_markers_drawn_in_screen_pixels(main_window, qtbot):
    maps = main_window.conv_maps
    click(maps, maps.views[0], 5, 5)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 5, 5))
    hover(maps, maps.views[0], 9, 30)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered == Cell(Stage.CONV, 0, 9, 30))
    pin, hover_frame = maps.pin_marks[0], maps.marks[0]
    assert pin.isVisible() and hover_frame.isVisible()
    assert (pin.rect().x(), pin.rect().y()) == (5, 5) and (hover_frame.rect().x(), hover_frame.rect().y()) == (30, 9)
    for frame in (pin, hover_frame):
        assert frame.pen().isCosmetic() and frame.brush().style() == Qt.BrushStyle.NoBrush
    assert pin.pen().style() != hover_frame.pen().style()  # told apart without colour too


def test_a_first_window_fits_a_laptop_screen():
    assert fitted_size(QSize(1366, 728)).width() <= 1366 and fitted_size(QSize(1366, 728)).height() <= 728
    assert fitted_size(QSize(2560, 1400)) == QSize(1500, 920)
    on = clamped(QRect(900, 500, 1500, 920), QRect(0, 0, 1366, 728))
    assert QRect(0, 0, 1366, 728).contains(on) and on.width() == 1366


def test_a_closed_panel_comes_back_from_the_view_menu_and_reset_layout(main_window, qtbot):
    dock = main_window.kernel_dock
    dock.close()
    assert not dock.isVisible()
    view_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&View")
    panels = next(a.menu() for a in view_menu.actions() if a.text() == "&Panels")
    toggle = next(a for a in panels.actions() if a.text() == "Kernel")
    toggle.trigger()
    assert dock.isVisible()
    main_window.layer_dock.close()
    main_window.shape_dock.setFloating(True)
    reset = next(a for a in view_menu.actions() if a.text() == "Reset &layout")
    reset.trigger()
    for d in main_window.dock_layout.docks:
        assert not d.isFloating() and d.toggleViewAction().isChecked()


def test_the_stepper_tab_gets_the_whole_window(main_window, qtbot):
    main_window.tabs.setCurrentIndex(1)
    assert not any(d.isVisible() for d in main_window.dock_layout.docks)
    main_window.tabs.setCurrentIndex(0)
    assert main_window.layer_dock.isVisible() and main_window.kernel_dock.isVisible()


def test_greyed_pad_boxes_show_the_padding_same_used(main_window, qtbot):
    from convviz import engine
    from tests.conftest import wait_computed

    panel = main_window.layer_panel
    panel.stride.setValue(2)
    panel.dilation.setValue(2)
    panel.padding_kind.setCurrentIndex(panel.padding_kind.findData("same"))
    wait_computed(qtbot, main_window)
    (top, bottom), (left, right) = engine.resolve_padding("same", (64, 64), (3, 3), 2, 2)
    shown = [panel.pads[f].value() for f in ("pad_top", "pad_bottom", "pad_left", "pad_right")]
    assert shown == [top, bottom, left, right] and bottom == top + 1  # TF's extra cell at the bottom
    assert main_window.state.layer.params.pad_bottom == 1  # only shown, not written
    panel.padding_kind.setCurrentIndex(panel.padding_kind.findData("explicit"))
    assert [panel.pads[f].value() for f in ("pad_top", "pad_bottom")] == [1, 1]  # the user's own again


def test_enter_closes_the_cell_editor_and_the_edit_undoes_at_once(editor, qtbot):  # noqa: F811
    before = editor.bank.current_slice()[0, 2]
    qtbot.mouseClick(editor.grid, Qt.MouseButton.LeftButton, pos=centre(editor, 0, 2))
    qtbot.keyClicks(editor.grid, "1/9")
    cell_editor = editor.grid._editor
    assert cell_editor.isVisible()
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)  # the key goes where the user's focus is
    assert editor.bank.current_slice()[0, 2] == pytest.approx(1 / 9)
    assert not cell_editor.isVisible()  # closed, not reopened on the committed value
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.bank.current_slice()[0, 2] == before


def test_recent_files_are_remembered_as_absolute_paths(tmp_path, monkeypatch):
    import os

    from convviz.gui.shell import prefs

    monkeypatch.chdir(tmp_path)
    (tmp_path / "pic.png").write_bytes(b"")
    files = prefs.add_recent("pic.png")
    assert files[0] == str(tmp_path / "pic.png") and os.path.isabs(prefs.recent_files()[0])


def test_stop_live_is_enabled_only_while_live(main_window, qtbot):
    from convviz.gui.shell.actions import Act

    stop = main_window.actions_by_id[Act.LIVE_STOP]
    assert not stop.isEnabled()
    assert main_window.live.start("synthetic")
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= 1, timeout=20000)
    assert stop.isEnabled()
    stop.trigger()
    assert not main_window.live.live.running and not stop.isEnabled()


def test_a_long_caption_is_elided_to_the_view_and_complete_in_the_tooltip(main_window, qtbot):
    from PySide6.QtGui import QFontMetrics

    view = main_window.input_view
    view.set_caption("a_photo_with_a_really_remarkably_long_file_name_from_a_camera.jpg", "downscaled from 8000×6000")
    shown = view.caption.text
    assert "…" in shown and shown.endswith("downscaled from 8000×6000")  # the note is kept
    assert "a_photo_with_a_really_remarkably_long_file_name_from_a_camera.jpg" in view.toolTip()
    assert QFontMetrics(view.font()).horizontalAdvance(shown) <= view.width()
    # and nothing is cut: the label, the layout and the picture's box all lie inside the pane,
    # also after the pane is narrowed (the layout was once left at the old label's width)
    split = main_window.tabs.widget(0)
    total = sum(split.sizes())
    for width in (total // 2, 260):
        split.setSizes([width, total - width])
        qtbot.waitUntil(lambda w=width: abs(view.width() - w) <= 8)
        for item in (view.caption, view.ci, view.view):
            assert item.sceneBoundingRect().right() <= view.viewport().width() + 0.5, item


def test_the_status_bar_does_not_carry_one_tabs_readout_into_another(main_window, qtbot):
    maps = main_window.conv_maps
    hover(maps, maps.views[0], 3, 4)
    qtbot.waitUntil(lambda: "(row 3, col 4)" in main_window.coords.text())
    main_window.tabs.setCurrentIndex(2)
    assert "(row 3, col 4)" not in main_window.coords.text() and "tile" in main_window.coords.text()


def test_the_caption_names_the_camera_while_frames_flow_and_the_frozen_frame_on_pause(main_window, qtbot):
    live = main_window.live
    assert live.start("synthetic")
    qtbot.waitUntil(lambda: live.live.stats.displayed >= 2, timeout=20000)
    assert "live camera (synthetic)" in main_window.input_view.toolTip()
    live.set_paused(True)
    assert "frozen live frame" in main_window.input_view.toolTip()
    live.set_paused(False)
    shown = live.live.stats.displayed
    qtbot.waitUntil(lambda: live.live.stats.displayed > shown, timeout=20000)
    assert "live camera (synthetic)" in main_window.input_view.toolTip()  # not "frozen" any more
    live.stop()
    assert "frozen live frame" in main_window.input_view.toolTip()


def test_a_blur_is_drawn_in_gray_and_contrast_rescales_the_maps(main_window, qtbot):
    import numpy as np

    from convviz.engine.kernels import preset
    from tests.conftest import wait_computed
    from tests.gui.helpers import shown_map

    main_window.state.bank.set_current_kernel(preset("gaussian_3x3"))
    wait_computed(qtbot, main_window)
    grid = main_window.conv_maps
    values = shown_map(grid)  # checks the drawn bytes against the values on the shown scale
    lo, hi = grid.levels
    assert lo == 0.0 and abs(hi - np.percentile(values, 99.5)) < 1e-3  # gray from black, robust top
    assert np.array_equal(grid.images[0].lut, np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, axis=1))
    assert grid.colorbar.colorMap().name == "gray"
    main_window.contrast.setValue(2.0)  # as the user types it
    wait_computed(qtbot, main_window)
    qtbot.waitUntil(lambda: abs(grid.levels[1] - hi / 2) < 1e-3)
    shown_map(grid)
    main_window.contrast.setValue(1.0)


def test_signed_maps_keep_the_diverging_colours_with_zero_in_the_middle(main_window, qtbot):
    from convviz.gui import colormaps

    grid = main_window.conv_maps  # the default "edge" kernel: positive and negative cells
    lo, hi = grid.levels
    assert lo == -hi and np.array_equal(grid.images[0].lut, colormaps.lut(colormaps.DEFAULT))
    main_window.layer_panel.pooling.setCurrentIndex(main_window.layer_panel.pooling.findData("max"))
    from tests.conftest import wait_computed

    wait_computed(qtbot, main_window)
    conv_bar, pool_bar = main_window.conv_maps.colorbar, main_window.pool_maps.colorbar
    lo, hi = main_window.conv_maps.levels
    assert pool_bar.levels() == conv_bar.levels() == (lo, hi)  # the pooled maps' scale is shown too
    assert pool_bar.labels() == (f"{hi:.3g}", "0", f"{lo:.3g}")


LAPTOP = QSize(1366, 728)  # a 1366×768 screen less a 40-px panel


def _inside(widget, area) -> bool:
    """`widget` is shown and all of it lies inside `area`'s visible rectangle."""
    top_left = widget.mapTo(area, widget.rect().topLeft())
    return widget.isVisible() and area.rect().contains(QRect(top_left, widget.size()))


def test_every_tab_fits_a_laptop_screen_and_the_step_tab_shows_window_and_output_together(main_window, qtbot):
    """On a 1366×768 screen, with a cell pinned (the arithmetic panel at its fullest), the window
    can be that small, no tab scrolls sideways, and the Step tab shows the input, the kernel,
    the feature map and the step counter at once."""
    click(main_window.conv_maps, main_window.conv_maps.views[0], 10, 20)
    qtbot.waitUntil(lambda: main_window.arithmetic_panel.current is not None)
    main_window.resize(LAPTOP)
    for index in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(
            lambda: main_window.size() == LAPTOP or main_window.minimumSizeHint().height() > LAPTOP.height()
        )
        hint = main_window.minimumSizeHint()
        assert hint.width() <= LAPTOP.width() and hint.height() <= LAPTOP.height(), (index, hint)
        assert main_window.size() == LAPTOP
        page = main_window.tabs.currentWidget()
        scroll = getattr(page, "horizontalScrollBar", None)
        if scroll is not None:
            qtbot.waitUntil(lambda s=scroll: not s().isVisible())  # the layout settles in a turn or two
    main_window.tabs.setCurrentIndex(1)
    stepper, area = main_window.stepper, main_window.tabs.currentWidget()
    stepper.source_combo.setCurrentIndex(stepper.source_combo.findData("tiny"))
    qtbot.waitUntil(lambda: stepper.up_to_date)
    forward = stepper.forward
    for widget in (forward.input_view, forward.kernel_view, forward.output_view, forward.transport.step_label):
        qtbot.waitUntil(lambda w=widget: _inside(w, area))


def test_live_the_pinned_cells_arithmetic_and_readout_follow_the_frames(main_window, qtbot):
    """B8: while frames flow the maps move, and so do the pinned cell's numbers."""
    from scipy import signal

    main_window.state.bank.set_current_kernel(np.full((3, 3), 1 / 9, np.float32))  # a local mean: never 0
    wait_computed(qtbot, main_window)
    maps = main_window.conv_maps
    click(maps, maps.views[0], 10, 20)
    qtbot.waitUntil(lambda: main_window.state.selection.pinned == Cell(Stage.CONV, 0, 10, 20))
    panel = main_window.arithmetic_panel
    qtbot.waitUntil(lambda: panel.current is not None)
    before = panel.current.total
    live = main_window.live
    assert live.start("synthetic")
    qtbot.waitUntil(lambda: live.live.stats.displayed >= 3, timeout=20000)
    live.set_paused(True)  # the last frame stays: its numbers must arrive and stay
    kernel = main_window.state.bank.weight(1)[0, 0].astype(np.float64)

    def matches_shown_frame() -> bool:
        x = main_window.input_view.result.x[0].astype(np.float64)
        expected = signal.correlate2d(x, kernel, mode="valid")[10, 20]
        return panel.current is not None and abs(panel.current.total - expected) < 1e-4

    qtbot.waitUntil(matches_shown_frame, timeout=10000)
    assert abs(panel.current.total - before) > 1e-6  # the synthetic frame is not the checkerboard
    value = float(main_window.conv_maps.maps[0, 10, 20])
    assert f"map 1 (row 10, col 20) = {value:.4f}" in main_window.coords.text()  # pinned, or hovered there
    live.stop()


def test_f1_explains_the_tab_in_front_and_lists_every_shortcut(main_window, qtbot):
    """C5: F1 on the stack or the stepper explains that tab (not the explorer's single layer),
    without bringing the explorer's docks back over it."""
    from convviz.gui.shell.actions import ACTIONS

    def help_text() -> str:
        return main_window.help_window.text.toPlainText()

    main_window.tabs.setCurrentIndex(2)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(main_window.help_window.isVisible)
    assert "Layer stack" in help_text() and "slides over" not in help_text()
    assert not any(d.isVisible() for d in main_window.dock_layout.docks)
    main_window.tabs.setCurrentIndex(1)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert "Step by step" in help_text() and "Space" in help_text()
    for spec in ACTIONS.values():
        if spec.shortcut:
            assert spec.shortcut in help_text()
    main_window.tabs.setCurrentIndex(0)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(main_window.help_dock.isVisible)
    assert (
        "slides over" in main_window.help_panel.toPlainText()
        and "red is positive" in main_window.help_panel.toPlainText()
    )


def test_the_stride_explanation_says_what_stride_1_does(main_window, qtbot):
    """D5: "about 1/1 of the input" said nothing; stride 1 visits every position."""
    main_window.show_explanation()
    text = main_window.help_panel.toPlainText()
    assert "1/1" not in text and "visiting every position" in text
    main_window.state.layer.update(stride=3)
    wait_computed(qtbot, main_window)
    assert "about 1/3 of the input" in main_window.help_panel.toPlainText()


def test_an_impossible_layer_is_explained_in_full_next_to_the_controls_that_cause_it(main_window, qtbot):
    """C4: on a laptop screen the problem's text is not cut, the ⚠ marks the control that made
    the layer impossible (not Stride), and the Shapes panel says why its numbers are older."""
    main_window.resize(LAPTOP)
    state = main_window.state
    state.bank.set_current_kernel(np.ones((15, 15), np.float32))
    wait_computed(qtbot, main_window)
    main_window.layer_panel.dilation.setValue(8)  # 8·14 + 1 = 113 rows > 64: impossible
    wait_computed(qtbot, main_window)
    panel = main_window.layer_panel
    message = main_window.bridge.result.problem.message
    assert "113" in message
    qtbot.waitUntil(lambda: panel.problem.isVisible())
    qtbot.waitUntil(lambda: panel.problem.height() >= panel.problem.heightForWidth(panel.problem.width()))  # not cut
    assert panel.warnings["dilation"].isVisible() and not panel.warnings["stride"].isVisible()
    shapes = main_window.shape_panel.text()
    assert "cannot run" in shapes and "113" in shapes


def test_the_map_grids_say_their_sizes_so_pooling_visibly_shrinks_them(main_window, qtbot):
    """C3: every view fits its pane, so a heading gives each grid's size: pooling halves it."""
    main_window.state.layer.update(pooling="max")
    wait_computed(qtbot, main_window)
    shown = main_window.bridge.valid
    h, w = shown.conv.shape[1:]
    assert (h, w) == (62, 62)  # 64 − 3 + 1, by hand
    assert main_window.conv_maps.heading.text == "1 × 62×62 from 64×64"
    assert main_window.pool_maps.heading.text == "pooled to 31×31 from 62×62"
    for grid in (main_window.conv_maps, main_window.pool_maps):  # no title pushes a view out
        assert grid.ci.sceneBoundingRect().right() <= grid.viewport().width() + 0.5


def test_a_first_start_leads_with_the_picture_and_says_what_to_try(main_window, qtbot):
    """C10: the camera toolbar waits until asked for (File → Live camera…, View → Panels), and
    the empty arithmetic panel says what to try first."""
    assert not main_window.live_panel.isVisible()
    text = main_window.arithmetic_panel.plain_text()
    assert "Try this" in text and "Click an output cell" in text
    main_window.live_panel.toggleViewAction().trigger()
    assert main_window.live_panel.isVisible()
    main_window.live_panel.toggleViewAction().trigger()
    main_window.actions_by_id[Act.LIVE_START].trigger()
    qtbot.waitUntil(lambda: main_window.live.live.running, timeout=20000)
    assert main_window.live_panel.isVisible()
    main_window.live.stop()


def test_the_explorers_panels_come_back_from_another_tab_as_they_were(main_window, qtbot):
    """D7: after a visit to the stack tab the kernel grid grew and the arithmetic panel shrank."""
    docks = main_window.dock_layout.docks
    qtbot.waitUntil(lambda: main_window.kernel_dock.height() > 0)
    before = [(d.isVisible(), d.width(), d.height()) for d in docks]
    main_window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: not main_window.kernel_dock.isVisible())
    main_window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: [(d.isVisible(), d.width(), d.height()) for d in docks] == before, timeout=3000)


def test_kept_maps_stay_beside_the_explorers_and_say_what_changed(main_window, qtbot):
    """Side by side: keep stride 1, change to stride 2; the kept maps are stride 1's (scipy),
    the explorer's are stride 2's, and the caption names the change and the sizes."""
    from scipy import signal

    state = main_window.state
    kernel = state.bank.weight(1)[0, 0].astype(np.float64)
    x = main_window.bridge.valid.x[0].astype(np.float64)
    main_window.actions_by_id[Act.COMPARE].trigger()
    kept = main_window.comparison
    assert kept.isVisible()
    np.testing.assert_allclose(kept.maps.maps[0], signal.correlate2d(x, kernel, mode="valid"), atol=1e-4)
    assert "nothing yet" in kept.what.text()
    main_window.layer_panel.stride.setValue(2)
    wait_computed(qtbot, main_window)
    np.testing.assert_allclose(
        main_window.conv_maps.maps[0], signal.correlate2d(x, kernel, mode="valid")[::2, ::2], atol=1e-4
    )
    np.testing.assert_allclose(kept.maps.maps[0], signal.correlate2d(x, kernel, mode="valid"), atol=1e-4)
    text = kept.what.text()
    assert "stride 1 → 2" in text and "output 62×62 → 31×31" in text
    kept.close_button.click()
    assert not kept.isVisible()


def test_one_scale_per_map_lets_a_blur_beside_sobel_show_and_says_each_maps_range(main_window, qtbot):
    """B3: a bank of Sobel and a blur shares one scale, so the blur sits in the middle of it;
    per map, each title gives its own range and the bar reads max … −max."""
    from convviz.engine.kernels import preset

    bank = main_window.state.bank
    bank.set_current_kernel(preset("sobel_x"), "sobel_x")
    bank.add_filter(preset("box_blur"), "box_blur")
    wait_computed(qtbot, main_window)
    maps = main_window.conv_maps
    assert "±" not in maps.labels[0].text and maps.colorbar.labels()[0] != "max"
    main_window.per_map_action.setChecked(True)
    qtbot.waitUntil(lambda: main_window.bridge.valid.snapshot.look.per_map and "±" in maps.labels[1].text)
    own = main_window.bridge.valid.drawing.map_levels
    for i in range(2):
        assert f"±{own[i][1]:.3g}" in maps.labels[i].text
        m = float(np.percentile(np.abs(main_window.bridge.valid.activated[i][1:-1, 1:-1]), 99.5))
        assert own[i][1] == pytest.approx(m, rel=0.05)  # its own map's scale, away from the border
    assert maps.colorbar.labels() == ("max", "0", "−max")
    main_window.per_map_action.setChecked(False)


def test_a_one_cell_edge_stays_visible_when_its_map_is_drawn_smaller_than_its_cells(main_window, qtbot):
    """B3: a 1-px line in a 600×600 map shown in a ~300-px view vanished (every other cell was
    drawn); the drawn overview keeps each block's strongest cell, and zoomed in every cell shows."""
    from convviz.engine.kernels import preset

    image = np.full((600, 600), 0.5, np.float32)
    image[:, 301] = 1.0
    main_window.state.input.set_image(image, "one line")
    main_window.state.bank.set_current_kernel(preset("sobel_x"), "sobel_x")  # flat → 0, the line's sides ±2
    wait_computed(qtbot, main_window)
    maps = main_window.conv_maps
    qtbot.waitUntil(lambda: maps.detail() >= 2)
    k = maps.detail()
    drawn = maps.images[0].image.astype(int)
    assert drawn.shape[1] == -(-598 // k)
    # Map columns 299 and 301 hold −2 and +2 (sobel_x beside input column 301); the rest is 0.
    strength = np.abs(drawn - 128)
    lines = {c for c in range(drawn.shape[1]) if (strength[:, c] > 100).all()}
    assert lines and lines <= {299 // k, 301 // k} and (strength[:, 0] <= 1).all()
    maps.views[0].setRange(xRange=(280, 320), yRange=(280, 320), padding=0)
    qtbot.waitUntil(lambda: maps.detail() == 1)
    assert maps.images[0].image.shape == (598, 598)


@pytest.mark.parametrize("size", [QSize(960, 500), QSize(1280, 680)], ids=["x2 on 1080p", "x1.5 on 1080p"])
def test_a_projector_at_presentation_size_fits_and_leaves_the_pictures_most_of_the_width(qtbot, size):
    """At ×2 a 1920×1080 projector is a 960×540 window (less a panel): the panels become one
    column of tabs, every tab fits without scrolling sideways, and input and maps get most of
    the width."""
    from convviz.gui.shell import prefs
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    for key in ("geometry", "window_state"):  # a first start, as on the teacher's laptop
        prefs.settings().remove(key)
    window = MainWindow(AppState(), compact=True)
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    wait_computed(qtbot, window)
    window.state.selection.pin(Cell(Stage.CONV, 0, 5, 5))
    qtbot.waitUntil(lambda: window.arithmetic_panel.current is not None)
    docks = window.dock_layout.docks
    assert all(window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea for d in docks)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        hint = window.minimumSizeHint()
        assert hint.width() <= size.width() and hint.height() <= size.height(), (index, hint)
        page = window.tabs.currentWidget()
        if hasattr(page, "horizontalScrollBar"):
            qtbot.waitUntil(lambda p=page: not p.horizontalScrollBar().isVisible())
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.input_view.width() + window.conv_maps.width() >= 0.5 * size.width())
    window.close()


def test_live_started_from_another_tab_keeps_its_toolbar_when_the_panels_come_back(main_window, qtbot):
    """The panels' sizes are restored a turn after the explorer returns; the live toolbar,
    shown by File → Live camera… on the way, must stay shown."""
    layout = main_window.dock_layout
    main_window.tabs.setCurrentIndex(2)
    before = layout.restored
    main_window.actions_by_id[Act.LIVE_START].trigger()
    qtbot.waitUntil(lambda: layout.restored > before)
    assert main_window.live_panel.isVisible() and main_window.kernel_dock.isVisible()
    qtbot.waitUntil(lambda: main_window.live.live.running, timeout=20000)
    main_window.live.stop()
