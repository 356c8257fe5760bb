"""The Your model tab built in 简体中文 and 繁體中文: what the user reads there is the .ts files'
translations (read here), on the shipped LeNet-5 whose shapes are known by hand."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout

from convviz.gui import i18n
from tests.gui.helpers import click
from tests.gui.test_language import translations

WAIT_MS = 20_000


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese_window(request, qtbot):
    """The real window built after the language's translators are installed; English again after."""
    app = QApplication.instance()
    assert i18n.install(app, request.param)
    try:
        window = request.getfixturevalue("main_window")  # built now, in Chinese
        yield window, translations(request.param)
    finally:
        i18n.install(app, "en")


def _form_labels(box) -> list[str]:
    form: QFormLayout = box.layout()
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and item.widget() is not None:
            labels.append(item.widget().text())
    return labels


def test_the_your_model_tab_speaks_chinese(chinese_window, qtbot):
    window, table = chinese_window
    net = lambda text: table[("NetworkTab", text)]  # noqa: E731
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Your model
    tab = window.network_tab
    qtbot.waitUntil(lambda: tab.opened is not None and tab.shown is not None and tab.up_to_date, timeout=WAIT_MS)

    assert tab.open_button.text() == net("Open model…") != "Open model…"
    assert tab.labels_button.text() == net("Labels…")
    assert tab.open_button.toolTip() == net("Open an .onnx file (Ctrl+Shift+O)")
    assert tab.empty_text.text() == net(
        "<h3>Open your own trained model</h3><p>File → <b>Open model…</b> (Ctrl+Shift+O), or drop an "
        "<b>.onnx</b> file on the window. convviz runs it on its own engine: every layer's maps of the "
        "current picture or the live camera, its filters, the top-5 classes, where a score comes from "
        "(saliency, Grad-CAM) and the exact receptive field of any cell you click.</p><p>Export one from "
        "PyTorch with <code>torch.onnx.export(model, x, 'model.onnx')</code>.</p>"
    )
    assert table[("DefaultModel", "LeNet-5 (trained on MNIST, shipped with convviz)")] in tab.title.text()
    assert tab.labels_note.text() == net("Labels: the digits 0–9.")  # the shipped LeNet-5's classes

    # the layer table: its headings, their tips, and "all" for a cell that sees the whole input
    header = tab.layers.table.horizontalHeaderItem
    english = ["Layer", "Op", "Output", "Params", "Mult-adds", "RF"]
    assert [header(c).text() for c in range(6)] == [table[("LayerTable", h)] for h in english]
    assert header(1).toolTip() == table[("LayerTable", "The ONNX operator")]
    rows = tab.layers.texts()
    dense = [r for r in rows if r[1] == "Gemm"]
    assert len(dense) == 3 and {r[5] for r in dense} == {table[("LayerTable", "all")]}  # LeNet-5's three dense layers

    # the maps of the first convolution: LeNet-5's conv1 is 6 filters of 5×5, padded 2, on 28×28
    maps = tab.maps
    assert [maps.tabText(0), maps.tabText(1)] == [table[("MapsPanel", "Feature maps")], table[("MapsPanel", "Filters")]]
    heading = table[("MapsPanel", "{0} ({1}): {2} maps of {3}×{4}")]
    assert maps.heading.text() == heading.format(tab.row_name, "Conv", 6, 28, 28)
    assert maps.filter_heading.text() == table[("MapsPanel", "{0}: {1} filters of {2} × {3}×{4}")].format(
        tab.row_name, 6, 1, 5, 5
    )
    # a clicked cell away from the border sees a 5×5 box around it
    y = x = 10
    row, col = maps.cell_point((0, y, x))
    click(maps.map_widget, maps.map_vb, row, col)
    qtbot.waitUntil(lambda: tab.field is not None, timeout=WAIT_MS)
    value = float(tab.shown.output_of(tab.row_name)[0, y, x])
    cell = net("{0}, map {1}, cell (row {2}, col {3})").format(tab.row_name, 1, y, x)
    sees = net("{0} = {1}\nsees {2} input pixels: a {3}×{4} box, rows {5}–{6}, cols {7}–{8}.")
    assert maps.info.text() == sees.format(cell, f"{value:.4g}", 25, 5, 5, y - 2, y + 2, x - 2, x + 2)

    # the input settings and the heat map's controls
    settings, heat = tab.settings, tab.heat_controls
    assert settings.title() == table[("InputSettings", "Input")]
    assert _form_labels(settings) == [table[("InputSettings", t)] for t in ("model takes", "run at", "normalise")]
    norms = [settings.norm.itemText(i) for i in range(settings.norm.count())]
    expected = ("ImageNet mean/std", "[0, 1] (none)", "custom mean, std")
    assert norms == [table[("InputSettings", t)] for t in expected]
    assert settings.norm.currentText() == table[("InputSettings", "[0, 1] (none)")]  # a gray model: [0, 1]
    assert heat.title() == table[("HeatControls", "Where does the score come from?")]
    assert _form_labels(heat) == [table[("HeatControls", t)] for t in ("show", "class", "layer")]
    assert heat.klass.itemText(0) == table[("HeatControls", "top-1 (the model's pick)")]
    saliency = table[("HeatControls", "saliency")]
    assert [heat.kind.itemText(i) for i in range(3)] == [table[("HeatControls", "none")], saliency, "Grad-CAM"]
    heat.kind.setCurrentIndex(1)  # saliency, as the user picks it
    qtbot.waitUntil(lambda: tab.heat is not None and not tab.busy, timeout=WAIT_MS)
    top1 = str(int(np.argmax(tab.shown.scores)))  # the digits' labels are the digits
    what = net("{0} of “{1}”").format(saliency, top1)
    assert heat.note.text() == net("{0}:\nbright is where the score comes from.").format(what)

    # the scores, drawn with the translated "(score …)"
    score = table[("ScoresView", "{0} %  (score {1})")]
    first = tab.scores.rows[0]
    assert tab.scores.lines()[0] == f"{top1}  " + score.format(f"{first.prob * 100:.1f}", f"{first.score:.3g}")
    assert first.prob == pytest.approx(float(np.max(tab.shown.probs)))
