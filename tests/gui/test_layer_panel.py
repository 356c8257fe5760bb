"""The layer panel shows a problem next to the controls it names, whatever was edited last."""

from __future__ import annotations

import numpy as np
from PIL import Image

from convviz.gui.shell import file_ops
from tests.conftest import wait_computed


def choose(combo, value: str) -> None:
    """Pick an item the way a user does with the keyboard (fires currentIndexChanged)."""
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(value))


def type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def shown_warnings(panel) -> set[str]:
    return {field for field, warn in panel.warnings.items() if warn.isVisible()}


def wait_failed(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.bridge.up_to_date and not window.bridge.result.ok)


def test_reflect_error_after_editing_pool_size_is_shown_at_the_padding(main_window, qtbot):
    panel = main_window.layer_panel
    choose(panel.pooling, "max")
    type_into(qtbot, panel.pool_size, "3")  # the pool size first …
    wait_computed(qtbot, main_window)
    assert main_window.bridge.result.ok and main_window.state.layer.params.pool_size == 3
    choose(panel.padding_kind, "explicit")
    type_into(qtbot, panel.pads["pad_left"], "64")
    choose(panel.padding_mode, "reflect")  # … then reflect padding with a pad as wide as the image
    wait_failed(qtbot, main_window)
    message = main_window.bridge.result.error
    assert "left pad 64 ≥ width 64" in message and panel.problem.isVisible()
    # The pads share one ⚠ (pad_left's is pad_top's label): the padding row and the mode row.
    assert panel.warnings["pad_left"].isVisible() and panel.warnings["padding_mode"].isVisible()
    assert not panel.warnings["pool_size"].isVisible()
    assert shown_warnings(panel) == {"pad_top", "pad_bottom", "pad_left", "pad_right", "padding_mode"}
    assert panel.warnings["pad_left"].toolTip() == message


def test_a_problem_caused_outside_the_panel_is_shown_at_the_setting_it_names(main_window, qtbot, tmp_path):
    panel = main_window.layer_panel
    choose(panel.padding_kind, "explicit")
    choose(panel.padding_mode, "reflect")
    type_into(qtbot, panel.pads["pad_left"], "40")
    choose(panel.pooling, "max")
    type_into(qtbot, panel.pool_size, "3")  # the last control the user touched
    wait_computed(qtbot, main_window)
    assert main_window.bridge.result.ok
    small = tmp_path / "small.png"
    Image.fromarray(np.zeros((32, 32), np.uint8)).save(small)
    file_ops.open_image(main_window, small)  # the image shrinks under the 40-cell reflect pad
    wait_failed(qtbot, main_window)
    assert "left pad 40 ≥ width 32" in panel.problem.text()
    assert panel.warnings["pad_left"].isVisible() and not panel.warnings["pool_size"].isVisible()
    # Fixing it clears every ⚠.
    type_into(qtbot, panel.pads["pad_left"], "2")
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date and main_window.bridge.result.ok)
    assert shown_warnings(panel) == set() and not panel.problem.isVisible()
