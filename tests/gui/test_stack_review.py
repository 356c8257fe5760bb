"""The stack tab's fixes from the December 2026 UX review, as a user meets them: one answer for
the receptive field (B7), no RF jump for vectors (D9), readable pictures (C8: click a tile to
open it large, vectors as bar charts, no cut labels, one name per layer, the example's
description, an eval/train switch, channels counted from 1), meaningful comparisons and a
labelled Cᵀ (C9), and the Linear error in words (D5)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convviz import engine as E
from convviz.gui.stack.bar_row import BarRow
from convviz.gui.stack.map_row import MapRow
from convviz.model.teaching.transpose_model import KERNEL
from tests.gui.test_stack_widget import add_layer, hover_tile, table_column, wait_grid, widget as stack_widget

widget = stack_widget  # the stack tab as test_stack_widget shows it (one fixture for both files)


def load(qtbot, w, part: str) -> None:
    assert w.editor.load_file(w.editor.examples[next(n for n in w.editor.examples if part in n)])
    wait_grid(qtbot, w)


def row_of(w, name: str) -> int:
    return table_column(w, 0).index(name)


def click_scene(view: pg.GraphicsLayoutWidget, scene_pos: QtCore.QPointF) -> None:
    """A real left click (press and release) at a scene point of a graphics view."""
    pos = view.mapFromScene(scene_pos)
    target = view.viewport()
    for kind in (QtCore.QEvent.MouseButtonPress, QtCore.QEvent.MouseButtonRelease):
        ev = QtGui.QMouseEvent(
            kind,
            QtCore.QPointF(pos),
            QtCore.QPointF(target.mapToGlobal(pos)),
            QtCore.Qt.LeftButton,
            QtCore.Qt.LeftButton if kind == QtCore.QEvent.MouseButtonPress else QtCore.Qt.NoButton,
            QtCore.Qt.NoModifier,
        )
        QtWidgets.QApplication.sendEvent(target, ev)


# --- B7: one answer for the receptive field -----------------------------------------------------
def test_encoder_decoder_table_says_11_as_the_hover_does(qtbot, widget):
    w = widget
    load(qtbot, w, "Encoder")
    for name in ("ConvTranspose2d-2", "Sigmoid-1", "ConvTranspose2d-1"):
        assert w.table.item(row_of(w, name), 4).text() == "11"
        assert "counted exactly" in w.table.item(row_of(w, name), 4).toolTip()
    # the largest region hovering any of the 28×28 output cells highlights, as the grid computes it
    res = w.stack.last_valid
    last = len(res.layers) - 1
    tallest = widest = 0
    for y, x in np.ndindex(28, 28):
        mask = E.input_region(res.layers, res.input_shape, last, (y, x))
        rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
        tallest, widest = max(tallest, rows[-1] - rows[0] + 1), max(widest, cols[-1] - cols[0] + 1)
    assert (tallest, widest) == (11, 11)
    assert "RF size" in w.table.horizontalHeaderItem(4).text()
    assert "largest box" in w.table.horizontalHeaderItem(4).toolTip()


def test_conv_rows_keep_the_textbook_number_and_say_so(qtbot, widget):
    w = widget
    load(qtbot, w, "LeNet")
    assert w.table.item(row_of(w, "Conv2d-2"), 4).text() == "14"
    assert "textbook formula" in w.table.item(row_of(w, "Conv2d-2"), 4).toolTip()


# --- D9: no RF jump where there are no neighbouring cells ---------------------------------------
def test_vector_rows_have_no_rf_jump(qtbot, widget):
    w = widget
    load(qtbot, w, "LeNet")
    for name in ("Flatten-1", "Linear-1", "Tanh-3", "Linear-3"):
        item = w.table.item(row_of(w, name), 5)
        assert item.text() == "—" and "vector" in item.toolTip()
    assert w.table.item(row_of(w, "Conv2d-2"), 5).text() == "2"
    load(qtbot, w, "Depthwise")
    item = w.table.item(row_of(w, "GlobalAvgPool2d-1"), 5)
    assert item.text() == "—" and "1×1 map" in item.toolTip()


# --- C8: readable pictures ------------------------------------------------------------------------
def test_clicking_a_tile_opens_it_large_with_its_name_and_a_colour_bar(qtbot, widget):
    w = widget
    load(qtbot, w, "LeNet")
    row = next(r for r in w.grid.rows if r.layer == 0)
    scene = row.view.mapViewToScene(QtCore.QPointF(row.origin(2) + 3.5, 4.5))  # channel 3, cell (4, 3)
    w.grid.scroll.ensureVisible(0, 0)
    click_scene(w.grid.view, scene)
    qtbot.waitUntil(lambda: w.grid.dialog is not None and w.grid.dialog.isVisible())
    d = w.grid.dialog
    assert d.title.text() == "Conv2d-1: channel 3 of 6, 28×28"
    channel = w.grid.shown.activations[0][2]
    np.testing.assert_allclose(d.image.image, channel, rtol=1e-6)  # drawn as float32
    assert d.scale.isVisible() and d.scale.levels == w.grid._levels(0)
    assert d.scale.labels()[1] == "0"  # diverging levels: white = 0 in the middle
    d.next_button.click()
    assert d.title.text().startswith("Conv2d-1: channel 4 of 6")
    # hovering reads a cell's exact value
    vb = d.plot.getViewBox()
    text = d.readout_at(vb.mapViewToScene(QtCore.QPointF(5.5, 7.5)))
    assert text == f"row 7, col 5 = {float(w.grid.shown.activations[0][3, 7, 5]):.4g}"
    d.close()


def test_a_small_map_opens_with_its_numbers_written_in(qtbot, widget):
    w = widget
    load(qtbot, w, "LeNet")
    d = w.grid.open_tile(5, 0)  # AvgPool2d-2: 16 channels of 5×5
    assert d is not None and len(d.numbers) == 25
    written = sorted(t.toPlainText() for t in d.numbers)
    assert written == sorted(f"{v:.2f}" for v in w.grid.shown.activations[5][0].ravel())
    d.close()


def test_vectors_are_bar_charts_with_labelled_values(qtbot, widget):
    w = widget
    load(qtbot, w, "LeNet")
    rows = {r.layer: r for r in w.grid.rows[1:]}
    assert all(isinstance(rows[i], MapRow) for i in range(6))
    assert all(isinstance(rows[i], BarRow) for i in range(6, 12))
    scores = rows[11]  # Linear-3: the 10 class scores
    values = w.grid.shown.activations[11]
    # Two decimals below 10, three significant digits from 10 (trained scores reach the tens).
    assert [t.toPlainText() for t in scores.texts] == [f"{v:.2f}" if abs(v) < 10 else f"{v:.3g}" for v in values]
    ticks = scores.bottom._tickLevels[0]
    assert [label for _, label in ticks] == [str(i) for i in range(10)]  # the class index on the axis
    np.testing.assert_allclose(scores.bars.opts["height"], values, rtol=1e-6)
    assert rows[7].texts == []  # 120 values: bars only, read by hovering
    # hovering a bar names the unit and its value
    w.grid.hover_cell(11, 0, 0, 4, scores)
    assert w.grid.info.text().startswith(f"Linear-3, index 4 = {float(values[4]):.4g} sees 784 input pixels")
    # clicking the bar chart opens it large
    d = w.grid.open_tile(11, 0)
    assert d.pages.currentWidget() is d.bar_view and d.title.text().startswith("Linear-3: a vector of 10 values")
    d.close()


def test_a_flatten_unit_sees_one_cell_of_the_map_before_it(qtbot, widget):
    w = widget
    load(qtbot, w, "LeNet")
    res = w.stack.last_valid
    w.grid.hover_cell(6, 0, 0, 7)  # Flatten-1 unit 7 = channel 0, cell (1, 2) of the 16×5×5 map
    np.testing.assert_array_equal(w.grid.highlight, E.input_region(res.layers, res.input_shape, 5, (1, 2)))


def test_no_row_label_is_cut(qtbot, widget):
    w = widget
    load(qtbot, w, "Encoder")

    def fits(row) -> bool:
        text_width = row.label.item.boundingRect().width()
        return text_width <= row.label.maximumWidth() and row.label.geometry().width() >= text_width

    qtbot.waitUntil(lambda: all(fits(row) for row in w.grid.rows[1:]))  # once the layout is placed
    labels = [r.label.text.split("<br>")[0] for r in w.grid.rows[1:]]
    assert "ConvTranspose2d-1" in labels and "ConvTranspose2d-2" in labels


def test_one_name_everywhere_for_depthwise_and_pointwise(qtbot, widget):
    w = widget
    load(qtbot, w, "Depthwise")
    names = table_column(w, 0)[1:-1]
    assert names[2] == "DepthwiseConv2d-1" and names[4] == "PointwiseConv2d-1"
    listed = [w.editor.list.item(i).text().split()[1] for i in range(w.editor.list.count())]
    tiles = [r.label.text.split("<br>")[0] for r in w.grid.rows[1:]]
    assert listed == names == tiles
    w.grid.hover_cell(2, 1, 3, 4, w.grid.rows[3])
    assert w.grid.info.text().startswith("DepthwiseConv2d-1, channel 2, cell (row 3, col 4)")


def test_an_examples_description_is_shown_when_it_is_chosen(qtbot, widget):
    w = widget
    combo = w.editor.example_combo
    combo.activated.emit(combo.findText(next(n for n in w.editor.examples if "Encoder" in n)))
    assert w.editor.description.isVisible()
    assert "Encoder–decoder (28×28 gray)" in w.editor.description.text()
    assert "bring 7×7 back to 28×28" in w.editor.description.text()
    qtbot.mouseClick(w.editor.clear_button, QtCore.Qt.LeftButton)
    assert not w.editor.description.isVisible()


def test_the_stack_runs_in_eval_mode_unless_switched_to_train(qtbot, widget):
    w = widget
    load(qtbot, w, "VGG")
    assert w.editor.eval_radio.isChecked() and not w.stack.training
    acts = w.grid.shown.activations
    np.testing.assert_array_equal(acts[5], acts[4])  # eval: dropout is the identity
    dropout_row = w.grid.rows[6]
    assert "eval: passes all" in dropout_row.label.text
    w.editor.train_radio.click()
    qtbot.waitUntil(lambda: w.up_to_date and w.grid.shown.stack.training)
    acts = w.grid.shown.activations
    assert (acts[5] == 0).mean() > 0.1 and np.allclose(acts[5][acts[5] != 0], acts[4][acts[5] != 0] / 0.75)
    assert "train: drops p = 0.25" in w.grid.rows[6].label.text
    assert w.table.item(row_of(w, "Dropout-1"), 1).text() == "(32, 16, 16)"
    w.editor.eval_radio.click()
    qtbot.waitUntil(lambda: w.up_to_date and not w.grid.shown.stack.training)


def test_channels_are_counted_from_1(qtbot, widget):
    w = widget
    load(qtbot, w, "LeNet")
    row = next(r for r in w.grid.rows if r.layer == 3)
    hover_tile(qtbot, w, row, 0, 2, 3)
    value = float(w.grid.shown.activations[3][0, 2, 3])
    assert w.grid.info.text().startswith(f"Conv2d-2, channel 1, cell (row 2, col 3) = {value:.4g} sees")


# --- C9: comparisons, Cᵀ and the dropout mask --------------------------------------------------------
def test_inception_is_compared_with_the_conv_it_replaces(qtbot, widget):
    c = widget.comparisons
    widget.show_page(c)
    qtbot.waitUntil(lambda: c.model.comparisons is not None and c.model.up_to_date)
    t = c.table
    texts = [t.item(r, 0).text().strip() for r in range(t.rowCount())]
    head = next(r for r, s in enumerate(texts) if s.startswith("Inception-style block"))
    assert "relative to its first row" in texts[head]
    assert texts[head + 1] == "baseline: Conv 5×5 192→256"
    assert texts[head + 2] == "Inception block (4 branches concatenated)"
    assert t.item(head + 1, 1).text() == "(256, 28, 28)" == t.item(head + 2, 1).text()
    assert t.item(head + 1, 4).text() == "1.00×"
    block = c.model.comparisons[3]
    assert t.item(head + 2, 4).text() == f"{block.variants[1].mult_adds / block.variants[0].mult_adds:.2f}×"
    assert t.horizontalHeaderItem(4).text() == "× baseline"
    assert not t.horizontalHeader().stretchLastSection()
    assert t.columnWidth(5) < 80  # the RF column is as wide as "5×5", not stretched to the right
    labels = [w.text() for w in c.findChildren(QtWidgets.QLabel)]
    assert "5×5 branch: 1×1 reduces to" in labels and not any("inc." in s for s in labels)


def test_c_and_ct_say_which_cell_each_row_and_column_is(qtbot, widget):
    t = widget.transpose
    widget.show_page(t)
    qtbot.waitUntil(lambda: t.model.check is not None and t.model.up_to_date)
    C = t.model.check.C  # 4×16 by default: rows = cells of the 2×2 x, columns = cells of the 4×4 image
    assert C.shape == (4, 16)
    assert "cell of x" in t.c_m.plot.getAxis("left").labelText
    left = [label for _, label in t.c_m.plot.getAxis("left")._tickLevels[0]]
    assert left == ["(0,0)", "(0,1)", "(1,0)", "(1,1)"]
    qtbot.waitUntil(lambda: t.c_m.numbers_shown)  # 16 columns fit their numbers
    assert sorted(x.toPlainText() for x in t.c_m.labels) == sorted(f"{v:g}" for v in C[C != 0])
    assert t.scale.levels == (0.0, 2.0)
    # every entry explained: C[r, c] is the kernel weight the description names
    for r, c in [(0, 1), (3, 10), (2, 15)]:
        text = t.describe(t.c_m, r, c)
        if C[r, c]:
            i, j = (int(s) for s in text.split("kernel[")[1].split("]")[0].split(","))
            assert KERNEL[i, j] == C[r, c]
        assert f"x cell ({r // 2},{r % 2}) and big-image cell ({c // 4},{c % 4})" in text
    t.size_spin.setValue(4)
    t.stride_spin.setValue(3)  # C is 16×144: no room for numbers, every row and column still named
    qtbot.waitUntil(lambda: t.model.up_to_date and t.model.check.C.shape == (16, 144))
    qtbot.waitUntil(lambda: not t.c_m.numbers_shown)


def test_the_dropout_mask_has_a_legend(qtbot, widget):
    d = widget.dropout
    assert "kept: multiplied by 1/(1 − rate) = 2" in d.legend.text() and "dropped: set to 0" in d.legend.text()


# --- D5: the Linear error in words ----------------------------------------------------------------------
def test_the_linear_error_is_said_in_words(qtbot, widget):
    w = widget
    w.editor.size_combo.setCurrentIndex(1)  # 28×28
    add_layer(qtbot, w, "Conv2d")
    add_layer(qtbot, w, "Linear")
    message = w.stack.result.rows[1].error
    assert message == (
        "Linear needs a vector of features but gets an 8×28×28 map: add a Flatten before it "
        "(it would make 6,272 features)"
    )
    assert message in w.editor.status.text() and "(8," not in w.editor.status.text()


def test_the_dropout_tab_drops_units_of_the_users_own_picture(qtbot):
    """C9: dropout was shown on a built-in radial map; it now shows the picture the app has
    open, as 12×12 block means of its gray (checked by hand with numpy)."""
    from convviz.gui.stack import StackWidget
    from convviz.model.state import AppState

    rng = np.random.default_rng(2)
    image = rng.random((48, 36)).astype(np.float32)
    state = AppState(image=image)
    widget = StackWidget(state)
    qtbot.addWidget(widget)
    expected = image.reshape(12, 4, 9, 4).mean(axis=(1, 3))  # 48/12 = 4 rows, 36/4 = 9 columns of 4
    np.testing.assert_allclose(widget.dropout.x, expected, atol=1e-6)
    colour = rng.random((24, 24, 3)).astype(np.float32)
    state.input.set_image(colour, "colour")
    luma = colour @ np.array([0.299, 0.587, 0.114], np.float32)
    np.testing.assert_allclose(widget.dropout.x, luma.reshape(12, 2, 12, 2).mean(axis=(1, 3)), atol=1e-5)
    assert widget.dropout.current.out.shape == (12, 12)
