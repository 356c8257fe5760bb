"""The layer explorer built in 简体中文 and 繁體中文: its panels show the translations of the
explorer's .ts files (read here, not taken from the code), and what a user does still works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from convviz.gui import i18n
from convviz.gui.explorer.arithmetic_panel import HINT
from convviz.gui.explorer.kernel_grid import format_weight
from convviz.gui.explorer.layer_panel import TIPS
from convviz.model.state import Cell, Stage
from tests.conftest import wait_computed
from tests.gui.helpers import click
from tests.gui.test_language import TS, translations
from tests.gui.test_layer_panel import choose


def source(table: dict[tuple[str, str], str], context: str, start: str) -> str:
    """The one English text of ``context`` in the .ts that begins with ``start``."""
    (text,) = [text for ctx, text in table if ctx == context and text.startswith(start)]
    return text


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese_window(request, qtbot):
    """The real window built after the language's translators are installed; English again after."""
    from convviz.gui.shell import file_ops, prefs
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    for key in ("geometry", "window_state"):
        prefs.settings().remove(key)
    app = QApplication.instance()
    loaded = i18n.install(app, request.param)
    assert loaded, "no translator loaded"
    try:
        window = MainWindow(AppState(), compact=False)
        qtbot.addWidget(window)
        window.resize(1500, 920)
        file_ops.open_sample(window, "checkerboard")
        window.show()
        qtbot.waitExposed(window)
        wait_computed(qtbot, window)
        yield request.param, translations(request.param), window
        window.close()
    finally:
        i18n.install(app, "en")


def test_the_explorer_ts_files_exist_and_are_loaded(chinese_window):
    language, table, _ = chinese_window
    assert (TS / f"convviz_explorer_{language}.qm").exists()
    assert sum(1 for context, _ in table if context in ("LayerPanel", "KernelEditorWidget", "ShapePanel")) > 60


def test_the_layer_panel_in_chinese(chinese_window):
    _, table, window = chinese_window
    panel = window.layer_panel
    labels = {label.text() for label in panel.findChildren(QLabel)}
    for text in ("Stride", "Padding", "Pads", "Pad mode", "Dilation", "Activation", "Pooling", "Pool size", "Channels"):
        assert table[("LayerPanel", text)] in labels and table[("LayerPanel", text)] != text
    assert panel.flip.text() == table[("LayerPanel", "true convolution (flip kernel)")]
    assert panel.use_bias.text() == table[("LayerPanel", "add bias")]
    assert panel.stride.toolTip() == table[("LayerPanel", TIPS["stride"])]
    assert panel.pool_padding.toolTip() == table[("LayerPanel", TIPS["pool_padding"])]
    modes = [panel.padding_mode.itemText(i) for i in range(panel.padding_mode.count())]
    assert modes == [table[("LayerPanel", t)] for t in ("zeros", "reflect", "replicate", "circular")]
    poolings = [panel.pooling.itemText(i) for i in range(panel.pooling.count())]
    assert poolings == [table[("LayerPanel", t)] for t in ("none", "max", "avg", "global max", "global avg")]
    assert panel.pads["pad_left"].prefix() == table[("LayerPanel", "L ")]
    tip = f"{table[('LayerPanel', 'Padding on the left.')]} {table[('LayerPanel', TIPS['pad'])]}"
    assert panel.pads["pad_left"].toolTip() == tip
    assert panel.padding_kind.itemText(0) == "VALID"  # an identifier stays as it is


def test_a_problem_is_explained_in_chinese(chinese_window, qtbot):
    _, table, window = chinese_window
    panel = window.layer_panel
    choose(panel.padding_kind, "explicit")
    panel.pads["pad_left"].setValue(64)  # as wide as the 64×64 image: reflect cannot pad it
    choose(panel.padding_mode, "reflect")
    qtbot.waitUntil(lambda: window.bridge.up_to_date and not window.bridge.result.ok)
    message = window.bridge.result.problem.message  # the model's own words (not translated here)
    assert panel.problem.text() == table[("LayerPanel", "{0}\nThe views show the last valid result.")].format(message)


def test_the_kernel_editor_in_chinese(chinese_window, qtbot):
    _, table, window = chinese_window
    editor = window.kernel_editor

    def ctx(text: str) -> str:
        return table[("KernelEditorWidget", text)]

    assert editor.add_button.text() == ctx("Add") and editor.remove_button.text() == ctx("Remove")
    assert editor.add_button.toolTip() == ctx("Add a new filter (an identity kernel) to this layer.")
    assert [b.text() for b in editor.op_buttons.values()] == [
        ctx(t) for t in ("Normalise", "Negate", "Transpose", "Rotate 180°", "Random")
    ]
    assert editor.per_channel_check.text() == ctx("Per channel (RGB)")
    assert editor.undo_action.text() == ctx("Undo") and editor.redo_action.text() == ctx("Redo")
    assert editor.preset_combo.itemText(0) == ctx("Custom")
    labels = {label.text() for label in editor.findChildren(QLabel)}
    assert {ctx("Bias"), ctx("Size"), ctx("Brush step"), ctx("Shift value")} <= labels
    editor.grid.setFocus()
    qtbot.keyClicks(editor.grid, "2")  # a number typed on the selected cell opens its editor
    qtbot.keyClick(editor.grid._editor, Qt.Key.Key_Return)
    kernel = editor.bank.current_slice()
    assert kernel[0, 0] == 2  # no preset has this kernel: the description says "custom"
    expected = ctx("{0}\nSum of weights: {1}").format(ctx("Custom kernel."), format_weight(float(kernel.sum())))
    assert editor.description_label.text() == expected
    assert editor.grid.toolTip() == table[("KernelGrid", source(table, "KernelGrid", "Kernel weights:"))]


def test_the_shapes_maps_and_properties_in_chinese(chinese_window):
    _, table, window = chinese_window
    text = window.shape_panel.text()
    for row in ("Input (C × H × W)", "Padded", "Kernel (F × C × kH × kW)", "Output (F × H × W)", "Parameters"):
        assert f"<td>{table[('ShapePanel', row)]}</td>" in text
    name = window.state.bank.names[0]
    assert window.conv_maps.labels[0].text == table[("MapGridWidget", "{0} {1}: {2}")].format(
        table[("MapGridWidget", "map")], 1, name
    )
    bar_tip = source(table, "ColorBar", "The colour scale of the maps")
    assert window.conv_maps.colorbar.toolTip() == table[("ColorBar", bar_tip)]
    properties = window.properties_panel
    boxes = [box.title() for box in properties.findChildren(QGroupBox)]
    assert boxes == [
        table[("PropertiesPanel", t)]
        for t in ("The current kernel", "Shift or rotate the input", "Parameter sharing in this layer")
    ]
    rotations = [properties.rotation.itemText(i) for i in range(properties.rotation.count())]
    assert rotations == ["90°", "180°", table[("PropertiesPanel", "any angle")]]


def test_the_pinned_cell_arithmetic_in_chinese(chinese_window, qtbot):
    _, table, window = chinese_window
    maps, panel = window.conv_maps, window.arithmetic_panel

    def ctx(text: str) -> str:
        return table[("ArithmeticPanel", text)]

    assert panel.header.text() == ctx(HINT) != HINT  # before any pin: how to start
    click(maps, maps.views[0], 10, 20)
    qtbot.waitUntil(lambda: window.state.selection.pinned == Cell(Stage.CONV, 0, 10, 20))
    header = ctx("<b>{0} {1}, cell (row {2}, col {3})</b>").format(ctx("map"), 1, 10, 20)
    assert panel.header.text() == header
    value = float(window.bridge.valid.conv[0, 10, 20])
    total = ctx("<p>sum of products = <b>{0}</b></p>").format(f"{value:.3f}".replace("-", "−"))
    assert total in panel.sums.text()
    assert ctx("<p style='color:#888'>cells rounded; the sum is exact</p>") in panel.sums.text()
    assert panel.window_view.title.text == ctx("input window")
    assert panel.kernel_view.title.text == ctx("kernel")
