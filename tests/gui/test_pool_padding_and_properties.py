"""The layer panel's pool-edge control (VALID / ceil / SAME) and the Properties panel, driven
as a user does: the pooled size shown becomes ⌈in / stride⌉, and the panel's sentences carry
the measured numbers."""

from __future__ import annotations

import math
import threading

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from convviz.gui.explorer.properties_panel import PropertiesPanel
from tests.conftest import reference_library, wait_computed
from tests.gui.test_layer_panel import choose, type_into


def pick_preset(editor, name: str) -> None:
    index = editor.preset_combo.findData(name)
    editor.preset_combo.setCurrentIndex(index)
    editor.preset_combo.activated.emit(index)  # what a user's pick emits


def test_choosing_same_pooling_makes_the_pooled_size_ceil_of_in_over_stride(main_window, qtbot):
    panel = main_window.layer_panel
    assert not panel.pool_padding.isEnabled()  # no pooling yet: the edge rule means nothing
    choose(panel.pooling, "max")
    assert panel.pool_padding.isEnabled()
    type_into(qtbot, panel.pool_size, "3")
    type_into(qtbot, panel.pool_stride, "2")
    wait_computed(qtbot, main_window)
    conv_h, conv_w = main_window.bridge.result.activated.shape[1:]
    valid = ((conv_h - 3) // 2 + 1, (conv_w - 3) // 2 + 1)
    assert f"1 × {valid[0]} × {valid[1]}" in main_window.shape_panel.text()
    choose(panel.pool_padding, "same")
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date and main_window.bridge.result.pooled.shape[1] != valid[0])
    same = (math.ceil(conv_h / 2), math.ceil(conv_w / 2))
    assert same != valid and main_window.state.layer.params.pool_padding.value == "same"
    text = main_window.shape_panel.text()
    assert f"1 × {same[0]} × {same[1]}" in text
    assert f"⌈{conv_h}/2⌉ = {same[0]}" in text
    assert main_window.bridge.result.pooled.shape == (1, *same)
    assert "SAME pooling" in main_window.help_panel.toPlainText()
    choose(panel.pool_padding, "ceil")
    wait_computed(qtbot, main_window)
    ceil = (math.ceil((conv_h - 3) / 2) + 1, math.ceil((conv_w - 3) / 2) + 1)
    assert f"1 × {ceil[0]} × {ceil[1]}" in main_window.shape_panel.text()


def test_same_pooling_lets_a_window_larger_than_the_map_run(main_window, qtbot):
    panel = main_window.layer_panel
    choose(panel.pooling, "avg")
    type_into(qtbot, panel.stride, "16")  # a 64-pixel picture → a 4×4 map
    type_into(qtbot, panel.pool_size, "6")
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date and not main_window.bridge.result.ok)
    assert panel.warnings["pool_size"].isVisible()
    choose(panel.pool_padding, "same")
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date and main_window.bridge.result.ok)
    conv_h = main_window.bridge.result.activated.shape[1]
    assert main_window.bridge.result.pooled.shape[1] == math.ceil(conv_h / 2)
    assert not panel.problem.isVisible()


def _menu_action(menu, text: str):
    """The action called ``text`` in ``menu`` or any of its sub-menus (mnemonics ignored)."""
    for action in menu.actions():
        if action.menu() is not None:
            found = _menu_action(action.menu(), text)
            if found is not None:
                return found
        elif action.text().replace("&", "") == text:
            return action
    return None


@pytest.fixture
def properties(main_window, qtbot):
    """View → Panels → Properties, as a user opens it; the dock comes to the front."""
    view = next(a.menu() for a in main_window.menuBar().actions() if a.text().replace("&", "") == "View")
    action = _menu_action(view, "Properties")
    assert action is not None
    if not action.isChecked():
        action.trigger()
    main_window.properties_dock.raise_()
    panel = main_window.properties_panel
    assert isinstance(panel, PropertiesPanel)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.up_to_date, timeout=10000)
    return panel


def test_the_properties_panel_factors_sobel_and_measures_a_shift_and_a_rotation(main_window, properties, qtbot):
    pick_preset(main_window.kernel_editor, "sobel_x")
    wait_computed(qtbot, main_window)
    qtbot.waitUntil(lambda: properties.up_to_date and "Rank 1" in properties.kernel_label.text(), timeout=10000)
    assert "[1, 2, 1]ᵀ · [−1, 0, 1]: 6 numbers instead of 9" in properties.kernel_label.text()
    assert "the largest difference is 0," in properties.passes_label.text()
    type_into(qtbot, properties.dx, "2")
    qtbot.waitUntil(lambda: properties.up_to_date and "(0, 2) cells" in properties.shift_label.text(), timeout=10000)
    assert "away from the border" in properties.shift_label.text()
    assert "the largest difference is 0." in properties.shift_label.text()
    choose(properties.rotation, 180.0)
    qtbot.waitUntil(lambda: properties.up_to_date and "Rotated 180°" in properties.rotation_label.text())
    assert not properties.angle.isEnabled()
    choose(properties.rotation, None)  # any angle: the angle box comes alive
    assert properties.angle.isEnabled()
    qtbot.waitUntil(lambda: properties.up_to_date and "Rotated 30°" in properties.rotation_label.text())
    assert "interpolated" in properties.rotation_label.text()


def test_a_kernel_that_is_not_rank_one_says_so_and_the_sharing_count_follows_the_layer(main_window, properties, qtbot):
    pick_preset(main_window.kernel_editor, "laplacian")
    qtbot.waitUntil(lambda: properties.up_to_date and "Rank 2" in properties.kernel_label.text(), timeout=10000)
    assert not properties.passes_label.isVisible()
    type_into(qtbot, main_window.layer_panel.stride, "2")
    wait_computed(qtbot, main_window)
    out_h, out_w = main_window.bridge.result.conv.shape[1:]
    shared = 1 * (1 * 3 * 3 + 1)
    expected = f"{out_h}·{out_w} × {shared:,} = {out_h * out_w * shared:,} parameters"
    qtbot.waitUntil(lambda: properties.up_to_date and expected in properties.sharing_label.text(), timeout=10000)
    assert f"= {shared} parameters" in properties.sharing_label.text()


class ExplorerStandIn(QObject):
    """What the panel reads of the explorer's bridge: its last valid result and the signal."""

    resultReady = Signal(object)

    def __init__(self, valid) -> None:
        super().__init__()
        self.valid = valid


def test_a_report_that_arrives_after_the_layer_has_no_result_is_dropped(main_window, qtbot, monkeypatch):
    from convviz.gui.explorer import properties_panel

    started, release, finished = threading.Event(), threading.Event(), threading.Event()
    real_measure = properties_panel.measure

    def slow_measure(request):  # still measuring when the explorer stops having a result
        started.set()
        release.wait(10)
        try:
            return real_measure(request)
        finally:
            finished.set()

    monkeypatch.setattr(properties_panel, "measure", slow_measure)
    explorer = ExplorerStandIn(main_window.bridge.valid)
    assert explorer.valid is not None and explorer.valid.ok
    panel = PropertiesPanel(main_window.state, explorer)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(started.is_set)
    explorer.valid = None
    explorer.resultReady.emit(None)
    assert panel.kernel_label.text() == properties_panel.TEXTS["no_result"]
    release.set()
    qtbot.waitUntil(lambda: finished.is_set() and not panel._worker.busy)
    QApplication.processEvents()  # the late report, queued from the worker, is handled now
    assert panel.kernel_label.text() == properties_panel.TEXTS["no_result"]
    assert panel.shift_label.text() == "" and panel.rotation_label.text() == ""
    assert panel.report is None


def test_a_deleted_properties_panel_no_longer_follows_the_explorer(main_window, qtbot):
    panel = PropertiesPanel(main_window.state, main_window.bridge)
    panel.show()
    qtbot.waitUntil(lambda: panel.up_to_date, timeout=10000)
    gone: list[bool] = []
    panel.destroyed.connect(lambda *_: gone.append(True))
    panel.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    type_into(qtbot, main_window.layer_panel.stride, "2")  # a new result: nothing may call the deleted panel
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date and main_window.bridge.result.snapshot.params.stride == 2)
    assert main_window.bridge.result.ok


def test_the_shapes_panel_says_when_ceil_mode_drops_a_window_past_the_input(main_window, qtbot):
    torch = reference_library("torch")
    panel = main_window.layer_panel
    choose(panel.pooling, "max")
    type_into(qtbot, panel.pool_size, "1")
    type_into(qtbot, panel.pool_stride, "3")
    choose(panel.pool_padding, "ceil")
    type_into(qtbot, panel.stride, "13")
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date and main_window.bridge.result.snapshot.params.stride == 13)
    conv = main_window.bridge.result.activated
    conv_w = conv.shape[2]
    pooled_w = torch.nn.functional.max_pool2d(torch.from_numpy(conv[None]), 1, 3, ceil_mode=True).shape[-1]
    ceiled = math.ceil((conv_w - 1) / 3) + 1
    assert ceiled == pooled_w + 1  # the case where torch drops the last window
    expected = (
        f"⌈({conv_w} − 1)/3⌉ + 1 = {ceiled}, − 1: the last window would start past the input (torch drops it)"
        f" = {pooled_w}"
    )
    assert expected in main_window.shape_panel.text()
    assert main_window.bridge.result.pooled.shape[2] == pooled_w
