"""The Layer stack tab built in 简体中文 and 繁體中文 shows the translations its .ts files hold
(read here, not taken from the code), in its editor, its side tabs, the summary table, the
explanation pages, the train and draw pages, and a tile opened large."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from convviz.gui import i18n
from tests.gui.test_language import translations


def stack_translations(language: str) -> dict[tuple[str, str], str]:
    """(context, English) -> the translation, as convviz_stack_<language>.ts holds it."""
    return translations(language, "stack")


@pytest.fixture
def chinese(request, qtbot):
    """The app's translators for the language asked for, then English again for later tests."""
    app = QApplication.instance()
    loaded = i18n.install(app, request.param)
    yield request.param, loaded
    i18n.install(app, "en")


@pytest.fixture
def stack_in(chinese, qtbot):
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    language, _ = chinese
    window = MainWindow(AppState(), compact=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.tabs.tabBar(), Qt.LeftButton, pos=window.tabs.tabBar().tabRect(2).center())
    assert window.tabs.currentIndex() == 2
    yield language, window.stack_tab
    window.close()


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"], indirect=True)
def test_the_stack_tab_in_chinese_shows_the_ts_translations(stack_in, qtbot):
    language, tab = stack_in
    table = stack_translations(language)

    def t(context: str, english: str) -> str:
        translated = table[(context, english)]
        assert translated and translated != english  # a real translation, not the English left in
        return translated

    # the side tabs and their tips
    tabs = tab.tabs
    names = ["Feature maps && summary", "Compare designs", "Transposed conv", "Dropout", "Train", "Draw a digit"]
    assert [tabs.tabText(i) for i in range(tabs.count())] == [t("StackWidget", n) for n in names]
    assert tabs.tabToolTip(4) == t("StackWidget", "Train the stack on handwritten digits and watch it learn")
    # the editor: buttons, combo boxes, radio buttons
    editor = tab.editor
    for button, english in (
        (editor.load_button, "Load…"),
        (editor.save_button, "Save…"),
        (editor.add_button, "Add"),
        (editor.up_button, "▲ Up"),
        (editor.down_button, "▼ Down"),
        (editor.remove_button, "Remove"),
        (editor.clear_button, "Clear"),
    ):
        assert button.text() == t("StackEditorWidget", english)
    assert editor.remove_button.toolTip() == t("StackEditorWidget", "Delete the selected layer")
    assert editor.example_combo.itemText(0) == t("StackEditorWidget", "Open example…")
    assert [editor.channels_combo.itemText(i) for i in range(2)] == [
        t("StackEditorWidget", "Gray (1×H×W)"),
        "RGB (3×H×W)",  # nothing in it to translate: the same in every language
    ]
    assert editor.size_combo.itemText(0) == t("StackEditorWidget", "Image size")
    assert editor.eval_radio.text() == t("StackEditorWidget", "eval (dropout off)")
    assert editor.train_radio.text() == t("StackEditorWidget", "train (dropout on)")
    # the summary table: headers, the input's and the totals' rows
    table_widget = tab.table
    headers = ["Layer", "Output shape", "Param #", "Mult-adds", "RF size", "RF jump"]
    shown = [table_widget.horizontalHeaderItem(i).text() for i in range(table_widget.columnCount())]
    assert shown == [t("SummaryTableWidget", h) for h in headers]
    assert table_widget.item(0, 0).text() == t("SummaryTableWidget", "Input")
    assert table_widget.item(table_widget.rowCount() - 1, 0).text() == t("SummaryTableWidget", "Total")
    # the explanation pages
    comparisons = tab.comparisons.table
    assert comparisons.horizontalHeaderItem(0).text() == t("ComparisonsWidget", "Design")
    assert tab.comparisons.bias_check.text() == t("ComparisonsWidget", "count biases")
    assert tab.dropout.training_check.text() == t("DropoutWidget", "train mode")
    assert [p.titleLabel.text for p in tab.dropout.plots] == [
        t("DropoutWidget", w) for w in ("input", "mask", "output")
    ]
    assert tab.transpose.k_m.plot.titleLabel.text == t("TransposeExplainWidget", "kernel")
    # the train and draw pages
    train = tab.train
    assert [train.start_button.text(), train.pause_button.text(), train.stop_button.text()] == [
        t("TrainPage", w) for w in ("Train", "Pause", "Stop")
    ]
    assert train.data.itemText(0) == t("TrainPage", "bundled digits (MNIST, 5,000)")
    assert train.status.text() == t("TrainPage", "The digits: 4,000 to train on, 500 to validate (never trained on).")
    assert tab.draw.clear_button.text() == t("DrawPage", "Clear")
    assert tab.draw.camera_button.text() == t("DrawPage", "From the camera")


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"], indirect=True)
def test_texts_with_values_keep_their_values_in_chinese(stack_in, qtbot):
    """A sentence with numbers in it is the translation with the numbers put in its places."""
    language, tab = stack_in
    table = stack_translations(language)
    qtbot.waitUntil(lambda: tab.grid.shown is not None and tab.grid.up_to_date, timeout=20000)
    # the first layer's first channel, opened large: name, channel, channels, size
    dialog = tab.grid.open_tile(0, 0)
    assert dialog is not None
    qtbot.addWidget(dialog)
    maps = tab.grid.shown.activations[0]
    name = tab.grid.shown.stack.rows[0].name
    template = table[("TileDialog", "{0}: channel {1} of {2}, {3}×{4}")]
    assert dialog.title.text() == template.format(name, 1, maps.shape[0], maps.shape[1], maps.shape[2])
    assert dialog.next_button.text() == table[("TileDialog", "Channel ▶")]
    # a user's click on "Channel ▶" writes the next channel into the same sentence
    qtbot.mouseClick(dialog.next_button, Qt.LeftButton)
    assert dialog.title.text() == template.format(name, 2, maps.shape[0], maps.shape[1], maps.shape[2])
    dialog.close()
    # Clear empties the stack: the layer form then says, translated, that there is nothing to edit
    editor = tab.editor
    qtbot.mouseClick(editor.clear_button, Qt.LeftButton)
    assert len(tab.stack) == 0
    assert editor.form.title() == table[("LayerFormWidget", "Layer")]
    first_row = editor.form.form.itemAt(0).widget()
    assert isinstance(first_row, QLabel)
    assert first_row.text() == table[("LayerFormWidget", "Select or add a layer.")]
