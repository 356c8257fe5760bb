"""Menus (declared as data), files, sessions, preferences and the error hook."""

from __future__ import annotations

import numpy as np
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from convviz.app import parse_args
from convviz.gui.shell import errors, file_ops, prefs
from convviz.gui.shell.actions import ACTIONS, Act
from tests.conftest import wait_computed


def test_every_action_is_in_its_menu_with_its_shortcut(main_window):
    menus = {
        m.title().replace("&", ""): m for m in (a.menu() for a in main_window.menuBar().actions()) if m is not None
    }
    shortcuts = [spec.shortcut for spec in ACTIONS.values() if spec.shortcut]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
    for act, spec in ACTIONS.items():
        action = main_window.actions_by_id[act]
        assert action in menus[spec.menu].actions()
        assert action.shortcut() == QKeySequence(spec.shortcut)
        assert action.toolTip() == spec.tip
    assert main_window.actions_by_id[Act.OPEN].shortcut().toString() == "Ctrl+O"
    assert main_window.samples_menu.actions() and main_window.colormap_menu.actions()


def test_sample_menu_loads_a_sample(main_window, qtbot):
    action = next(a for a in main_window.samples_menu.actions() if a.text() == "stripes")
    action.trigger()
    wait_computed(qtbot, main_window)
    assert main_window.state.input.name == "stripes"


def test_open_image_records_recent_and_drop_works(main_window, qtbot, tmp_path):
    path = tmp_path / "ramp.png"
    Image.fromarray(np.tile(np.arange(40, dtype=np.uint8) * 6, (30, 1))).save(path)
    assert file_ops.open_image(main_window, path)
    wait_computed(qtbot, main_window)
    assert "1 × 30 × 40" in main_window.shape_panel.text()
    assert prefs.recent_files()[0] == str(path)
    assert any(a.text() == str(path) for a in main_window.recent_menu.actions())
    rgb = tmp_path / "rgb.png"
    Image.fromarray(np.zeros((12, 20, 3), np.uint8)).save(rgb)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(rgb))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    main_window.dropEvent(event)
    wait_computed(qtbot, main_window)
    assert main_window.state.input.name == "rgb.png"


def test_export_maps_and_kernel(main_window, qtbot, tmp_path):
    written = file_ops.export_maps(main_window, tmp_path, "npy")
    np.testing.assert_array_equal(np.load(written[0]), main_window.bridge.valid.activated)
    pngs = file_ops.export_maps(main_window, tmp_path, "png")
    assert Image.open(pngs[0]).size == (62, 62)
    file_ops.export_kernel(main_window, tmp_path / "k.json")
    assert "convviz-kernels" in (tmp_path / "k.json").read_text()
    assert file_ops.screenshot(main_window, tmp_path / "shot.png")
    assert Image.open(tmp_path / "shot.png").size[0] > 100


def test_session_round_trip_through_window(main_window, qtbot, tmp_path):
    main_window.layer_panel.stride.setValue(3)
    main_window.set_colormap("viridis")
    wait_computed(qtbot, main_window)
    file_ops.save_session(main_window, tmp_path / "s.json")
    main_window.layer_panel.stride.setValue(1)
    main_window.set_colormap("CET-D1")
    assert file_ops.load_session(main_window, tmp_path / "s.json")
    wait_computed(qtbot, main_window)
    assert main_window.layer_panel.stride.value() == 3 and main_window.cmap_name == "viridis"
    assert main_window.state.input.name == "checkerboard"


def test_colormap_choice_changes_lut_and_is_remembered(main_window):
    action = next(a for a in main_window.colormap_menu.actions() if a.text() == "magma")
    action.trigger()
    assert main_window.cmap_name == "magma" and action.isChecked()
    assert prefs.get("colormap") == "magma"
    from convviz.gui import colormaps

    np.testing.assert_array_equal(main_window.conv_maps.images[0].lut, colormaps.lut("magma"))
    main_window.set_colormap(colormaps.DEFAULT)


def test_the_stack_tiles_follow_the_colour_map_chosen_in_the_view_menu(main_window, qtbot):
    from convviz.gui import colormaps
    from convviz.gui.shell.main_window import STACK_TAB

    window, grid = main_window, main_window.stack_tab.grid
    window.tabs.setCurrentIndex(STACK_TAB)  # a newcomer's first stack is an example
    qtbot.waitUntil(lambda: len(grid.rows) > 2 and grid.rows[1].images[0].image is not None)
    for name in ("magma", "CET-D3", colormaps.DEFAULT):  # sequential, then diverging, then back
        action = next(a for a in window.colormap_menu.actions() if a.text() == name)
        action.trigger()
        acts = window.stack_tab.stack.activations()
        tiles = [(img, row.layer) for row in grid.rows[1:] if not row.is_vector for img in row.images]
        assert tiles
        for img, layer in tiles:  # the explorer's colour system: its lookup table and its levels
            np.testing.assert_array_equal(img.lut, colormaps.lut(name))
            assert tuple(img.levels) == colormaps.levels_for(acts[layer], name)
        bars = [row for row in grid.rows[1:] if row.is_vector]  # LeNet's vectors: bar charts, coloured alike
        assert bars
        for row in bars:
            assert row.levels == colormaps.levels_for(acts[row.layer], name)
            np.testing.assert_array_equal(row.colours(), lut_colours(acts[row.layer], row.levels, name, row.per_bar))
        np.testing.assert_array_equal(window.conv_maps.images[0].lut, colormaps.lut(name))


def lut_colours(values, levels, name, per_bar=1):
    """The colour of each bar on the scale ``levels`` of colour map ``name``, bar by bar: a bar
    stands for ``per_bar`` units and shows the one of largest magnitude."""
    from convviz.gui import colormaps

    table, (lo, hi) = colormaps.lut(name), levels
    bars = [max(values[i : i + per_bar], key=abs) for i in range(0, len(values), per_bar)]
    return np.array([table[int(np.clip(round((v - lo) * 255 / (hi - lo)), 0, 255))] for v in bars])


def test_the_stack_keeps_the_chosen_colour_map_when_the_stack_changes(main_window, qtbot):
    from convviz.gui import colormaps
    from convviz.gui.shell.main_window import STACK_TAB

    window, grid = main_window, main_window.stack_tab.grid
    window.set_colormap("viridis")
    window.tabs.setCurrentIndex(STACK_TAB)
    qtbot.waitUntil(lambda: len(grid.rows) > 2 and grid.rows[-1].levels is not None)  # the last row: bars
    first = grid.rows[1].images[0].image.copy()
    window.stack_tab.stack.set_image(np.random.default_rng(1).random((40, 40), dtype=np.float32))
    qtbot.waitUntil(lambda: not np.array_equal(grid.rows[1].images[0].image, first))
    qtbot.waitUntil(lambda: window.stack_tab.up_to_date)  # the bars too show the newest picture
    acts = window.stack_tab.stack.activations()
    for row in grid.rows[1:]:
        if row.is_vector:
            np.testing.assert_array_equal(
                row.colours(), lut_colours(acts[row.layer], row.levels, "viridis", row.per_bar)
            )
        else:
            np.testing.assert_array_equal(row.images[0].lut, colormaps.lut("viridis"))
    window.set_colormap(colormaps.DEFAULT)


def test_exception_hook_shows_dialog_instead_of_crashing(main_window):
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("boom in a slot" in b.text() for b in boxes)
    for box in boxes:
        box.close()


def test_command_line_arguments():
    args, rest = parse_args(["--image", "x.png", "-platform", "offscreen"])
    assert args.image == "x.png" and rest == ["-platform", "offscreen"]
