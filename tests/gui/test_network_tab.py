"""The Your model tab as a user drives it: open a model torch exported (File → Open model…, a
drop, the tab's button), read its layers, scores, maps, filters, receptive fields and heat
maps against torch and hand counts, survive a corrupt file, follow the live camera."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from convviz.gui.network import default_model
from convviz.gui.network.input_panel import UNIT
from convviz.model.network.preprocess import IMAGENET_MEAN, IMAGENET_STD
from tests.conftest import reference_library
from tests.gui.helpers import click, take_messages

torch = reference_library("torch")
nn = torch.nn
WAIT_MS = 20_000
SIZE = 36  # the test model's input: 3 × 36 × 36
CLASSES = 5


def _export(module, shape, path):
    module.eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy exporter's deprecation notes (onnxscript is not installed)
        torch.onnx.export(module, (torch.zeros(1, *shape),), str(path), dynamo=False, input_names=["input"])
    return path


def _chain():
    """A plain conv chain: 3×3, then 3×3 stride 2, then 3×3 dilation 2; pooled and classified."""
    torch.manual_seed(0)
    net = nn.Sequential(
        nn.Conv2d(3, 6, 3), nn.ReLU(),
        nn.Conv2d(6, 8, 3, stride=2), nn.ReLU(),
        nn.Conv2d(8, 8, 3, dilation=2), nn.ReLU(),
        nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8 * 6 * 6, CLASSES),
    )  # fmt: skip
    with torch.no_grad():
        net[-1].weight.mul_(8.0)  # scores far enough apart that the top 5 has one order
    return net.eval()


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    net = _chain()
    return net, _export(net, (3, SIZE, SIZE), tmp_path_factory.mktemp("models") / "chain.onnx")


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    torch.manual_seed(1)
    net = nn.Sequential(
        nn.Conv2d(3, 4, 5, padding=2), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 3)
    )
    return net.eval(), _export(net, (3, 24, 24), tmp_path_factory.mktemp("models") / "other.onnx")


def _rgb(seed: int = 0, size: int = SIZE) -> np.ndarray:
    return np.random.default_rng(seed).random((size, size, 3), dtype=np.float32)


def _choose_file(monkeypatch, path) -> None:
    """The next file dialog answers ``path``, as a user picking it would."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _shows(tab, path) -> bool:
    return tab.opened is not None and tab.opened.path == str(path) and tab.shown is not None and tab.up_to_date


def open_by_menu(qtbot, window, monkeypatch, path):
    """Ctrl+Shift+O (File → Open model…), pick ``path``; wait until the tab shows its pass."""
    _choose_file(monkeypatch, path)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    tab = window.network_tab
    qtbot.waitUntil(lambda: _shows(tab, path), timeout=WAIT_MS)
    return tab


def _torch_outputs(net, x: np.ndarray) -> list[np.ndarray]:
    """Every module's output for one (C, H, W) input, in order."""
    outs = []
    a = torch.from_numpy(x[None])
    with torch.no_grad():
        for module in net:
            a = module(a)
            outs.append(a[0].numpy())
    return outs


def _click_row(table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def test_opening_a_model_lists_its_layers_and_the_total_as_torch_counts_them(main_window, qtbot, monkeypatch, chain):
    net, path = chain
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Your model"
    rows = tab.layers.texts()
    assert [r[1] for r in rows] == ["Conv", "Relu", "Conv", "Relu", "Conv", "Relu", "MaxPool", "Flatten", "Gemm"]
    outs = _torch_outputs(net, np.zeros((3, SIZE, SIZE), np.float32))
    for row, module, out in zip(rows, net, outs, strict=True):
        assert row[2] == "×".join(map(str, out.shape)), row
        assert row[3] == f"{sum(p.numel() for p in module.parameters()):,}", row
    params = sum(p.numel() for p in net.parameters())
    mult_adds = (
        sum(
            out.size * m.in_channels * m.kernel_size[0] * m.kernel_size[1]
            for m, out in zip(net, outs, strict=True)
            if isinstance(m, nn.Conv2d)
        )
        + net[-1].in_features * net[-1].out_features
    )
    assert tab.layers.total.text() == f"9 layers, {params:,} parameters, {mult_adds:,} mult-adds"
    # the receptive fields, r' = r + d·(k − 1)·j by hand: 3, then 5 (jump 2), then 5 + 2·2·2 = 13
    assert [r[5] for r in rows[:7]] == ["3×3", "3×3", "5×5", "5×5", "13×13", "13×13", "15×15"]
    assert rows[7][5] == rows[8][5] == "all"
    assert "BatchNorm" not in tab.layers.notes.text()  # the chain has none, so none was folded
    assert "3 × 36 × 36" in tab.settings.size_label.text() and "batch 1" in tab.settings.size_label.text()


def test_the_class_scores_shown_are_torchs_for_the_same_input(main_window, qtbot, monkeypatch, chain):
    net, path = chain
    image = _rgb(3)
    main_window.state.input.set_image(image, "noise")
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    # already the model's size: the input is the picture, normalised with ImageNet's statistics
    expected_x = (image.transpose(2, 0, 1) - np.array(IMAGENET_MEAN, np.float32)[:, None, None]) / np.array(
        IMAGENET_STD, np.float32
    )[:, None, None]
    np.testing.assert_allclose(tab.shown.x, expected_x, atol=1e-5)
    with torch.no_grad():
        scores = net(torch.from_numpy(expected_x[None].astype(np.float32)))[0]
    probs = torch.softmax(scores.double(), 0).numpy()
    order = np.argsort(-scores.numpy())
    assert [r.index for r in tab.scores.rows] == list(order)
    assert tab.scores.lines() == [f"class {i}  {probs[i] * 100:.1f} %  (score {float(scores[i]):.3g})" for i in order]
    # [0, 1]: the pixels as they are; the scores follow
    tab.settings.norm.setCurrentText(UNIT)
    qtbot.waitUntil(lambda: tab.up_to_date and tab.shown.how.mean == (0.0,), timeout=WAIT_MS)
    np.testing.assert_allclose(tab.shown.x, image.transpose(2, 0, 1), atol=1e-6)
    with torch.no_grad():
        raw = net(torch.from_numpy(image.transpose(2, 0, 1)[None].copy()))[0].numpy()
    assert [r.index for r in tab.scores.rows] == list(np.argsort(-raw))
    # B, G, R: the model is fed the channels the other way round
    tab.settings.bgr.click()
    qtbot.waitUntil(lambda: tab.up_to_date and tab.shown.how.bgr, timeout=WAIT_MS)
    np.testing.assert_allclose(tab.shown.x, image[..., ::-1].transpose(2, 0, 1), atol=1e-6)
    np.testing.assert_allclose(tab.picture.picture, image, atol=1e-6)  # the picture stays in its colours


def test_a_layer_clicked_shows_torchs_maps_and_the_first_convolutions_colour_filters(
    main_window, qtbot, monkeypatch, chain
):
    net, path = chain
    main_window.state.input.set_image(_rgb(4), "noise")
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    outs = _torch_outputs(net, tab.shown.x)
    assert tab.row == 0  # the first layer with maps
    np.testing.assert_allclose(tab.maps.maps, outs[0], rtol=1e-4, atol=1e-4)
    assert tab.maps.tiles.count == 6
    tab.maps.setCurrentIndex(1)
    assert tab.maps.filter_colour and tab.maps.filter_tiles.picture.shape[2] == 4  # over R, G, B: colour
    w = net[0].weight.detach().numpy()
    r0, c0 = tab.maps.filter_tiles.origin(2)
    drawn = tab.maps.filter_tiles.picture[r0 : r0 + 3, c0 : c0 + 3, :3].astype(float) / 255
    np.testing.assert_allclose(drawn, 0.5 + 0.5 * w[2].transpose(1, 2, 0) / np.abs(w).max(), atol=1 / 255)
    _click_row(tab.layers.table, 4)
    qtbot.waitUntil(lambda: tab.row == 4)
    np.testing.assert_allclose(tab.maps.maps, outs[4], rtol=1e-4, atol=1e-4)
    assert "8 maps of 12×12" in tab.maps.heading.text()
    assert not tab.maps.filter_colour and tab.maps.channel.maximum() == 8  # deeper: one input channel at a time
    _click_row(tab.layers.table, 8)
    qtbot.waitUntil(lambda: tab.row == 8)
    assert tab.maps.is_vector and tab.maps.maps.size == CLASSES
    assert not tab.maps.isTabEnabled(1)  # a Gemm has no filters to show


def test_clicking_a_map_cell_draws_its_exact_receptive_field_on_the_picture(main_window, qtbot, monkeypatch, chain):
    _, path = chain
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    _click_row(tab.layers.table, 4)  # the third convolution: 3×3, 3×3 stride 2, 3×3 dilation 2
    qtbot.waitUntil(lambda: tab.row == 4)
    y, x = 3, 5
    row, col = tab.maps.cell_point((2, y, x))
    click(tab.maps.map_widget, tab.maps.map_vb, row, col)
    qtbot.waitUntil(lambda: tab.field is not None, timeout=WAIT_MS)
    assert tab.pinned == (2, y, x)
    # By hand: conv3's cell y reads conv2's y … y + 4 (dilation 2); conv2's cell y' reads input
    # rows 2y' … 2y' + 4 through conv1 (stride 2, then 3×3): rows 2y … 2y + 12, 13 of them.
    mask, box = tab.field
    assert box == (2 * y, 2 * x, 13, 13)
    expected = np.zeros((SIZE, SIZE), bool)
    expected[2 * y : 2 * y + 13, 2 * x : 2 * x + 13] = True
    np.testing.assert_array_equal(mask, expected)
    shown = tab.picture.box_rect()
    assert (shown.top(), shown.left(), shown.height(), shown.width()) == (2 * y, 2 * x, 13, 13)
    assert tab.picture.field.isVisible()
    assert "sees 169 input pixels: a 13×13 box" in tab.maps.info.text()
    assert tab.maps.marker.isVisible()
    qtbot.keyClick(tab.maps.map_widget, Qt.Key.Key_Right)  # the next cell: two input pixels on
    qtbot.waitUntil(lambda: tab.field is not None and tab.field[1] == (2 * y, 2 * x + 2, 13, 13), timeout=WAIT_MS)
    assert tab.pinned == (2, y, x + 1)


def test_double_clicking_a_tile_opens_it_large(main_window, qtbot, monkeypatch, chain):
    _, path = chain
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    row, col = tab.maps.cell_point((2, 4, 4))
    for _ in range(2):  # a double click, as the mouse sends it: two clicks within the interval
        click(tab.maps.map_widget, tab.maps.map_vb, row, col)
    qtbot.waitUntil(lambda: tab.maps.dialog is not None and tab.maps.dialog.isVisible())
    dialog = tab.maps.dialog
    assert dialog.title.text() == "/0/Conv: channel 3 of 6, 34×34"
    np.testing.assert_array_equal(dialog.data.values, tab.maps.maps[2])
    dialog.close()


def test_saliency_and_grad_cam_are_laid_over_the_picture(main_window, qtbot, monkeypatch, chain):
    net, path = chain
    main_window.state.input.set_image(_rgb(5), "noise")
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    assert not tab.picture.heat.isVisible()
    controls = tab.heat_controls
    controls.kind.setCurrentText("saliency")
    qtbot.waitUntil(lambda: tab.heat is not None and tab.picture.heat.isVisible(), timeout=WAIT_MS)
    top1 = tab.scores.rows[0].index
    assert tab.heat.class_index == top1  # the default: the model's pick
    x = torch.from_numpy(tab.shown.x[None].copy()).requires_grad_(True)
    net(x)[0, top1].backward()
    grad = x.grad[0].abs().amax(0).numpy()
    full = np.percentile(grad, 99)  # the brightest 1 % at full strength: a gradient is spiky
    np.testing.assert_allclose(tab.picture.shown_heat, np.clip(grad / full, 0, 1), atol=1e-3)
    assert "saliency of “class" in controls.note.text()
    controls.kind.setCurrentText("Grad-CAM")
    qtbot.waitUntil(lambda: tab.heat is not None and tab.heat.kind == "Grad-CAM", timeout=WAIT_MS)
    assert tab.heat.layer == controls.chosen_layer == tab.opened.conv_layers[-1]  # the last convolution
    assert tab.picture.heat.isVisible() and tab.picture.shown_heat.shape == (SIZE, SIZE)
    controls.klass.setCurrentIndex(controls.klass.findData(2))
    qtbot.waitUntil(lambda: tab.heat.class_index == 2, timeout=WAIT_MS)
    controls.kind.setCurrentText("none")
    assert not tab.picture.heat.isVisible()


def test_a_corrupt_file_is_explained_and_the_model_open_stays(main_window, qtbot, monkeypatch, chain, tmp_path):
    _, path = chain
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    rows, opened = tab.layers.texts(), tab.opened
    bad = tmp_path / "broken.onnx"
    bad.write_bytes(b"\x08\x07 this is not a protobuf \xff\xfe" * 10)
    _choose_file(monkeypatch, bad)
    qtbot.keyClick(main_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tab.progress.isVisible() and "Opening broken.onnx" in tab.title.text()  # the window is not frozen
    messages: list[str] = []
    qtbot.waitUntil(lambda: bool(messages.extend(take_messages()) or messages), timeout=WAIT_MS)
    assert len(messages) == 1 and "'broken.onnx' is not an ONNX model" in messages[0], messages
    assert "The model already open stays" in messages[0]
    assert "Cannot open broken.onnx" in main_window.coords.text()
    assert tab.opened is opened and tab.layers.texts() == rows
    assert not tab.progress.isVisible() and "Opening" not in tab.title.text()
    assert tab.scores.rows  # the scores are still on screen


def test_an_onnx_file_dropped_on_the_window_opens_in_the_tab(main_window, qtbot, other):
    _, path = other
    assert main_window.tabs.currentIndex() == 0
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    main_window.dropEvent(event)
    tab = main_window.network_tab
    assert main_window.tabs.currentWidget().widget() is tab
    qtbot.waitUntil(lambda: _shows(tab, path), timeout=WAIT_MS)
    assert len(tab.scores.rows) == 3 and tab.layers.texts()[0][:3] == ["/0/Conv", "Conv", "4×24×24"]
    assert main_window.state.input.name == "checkerboard"  # not taken for a picture


def test_a_labels_file_names_the_classes(main_window, qtbot, monkeypatch, chain, tmp_path):
    _, path = chain
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    names = ["cat", "dog", "owl", "fox", "yak"]
    labels = tmp_path / "animals.txt"
    labels.write_text("\n".join(names) + "\n", encoding="utf-8")
    _choose_file(monkeypatch, labels)
    tab.labels_button.click()
    qtbot.waitUntil(lambda: tab.scores.rows and tab.scores.rows[0].name in names)
    assert [r.name for r in tab.scores.rows] == [names[r.index] for r in tab.scores.rows]
    assert "animals.txt" in tab.labels_note.text()
    assert tab.heat_controls.klass.itemText(1) == "0: cat"


def test_live_frames_from_the_camera_update_the_scores(main_window, qtbot, monkeypatch, chain):
    _, path = chain
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    still = tab.shown
    main_window.live.set_resolution((160, 120))
    assert main_window.live.start("synthetic"), main_window.live.live.error  # the tab stays in front

    def new_pass(after) -> bool:
        return tab.shown is not after and tab.shown is not None and not np.array_equal(tab.shown.x, after.x)

    qtbot.waitUntil(lambda: new_pass(still), timeout=WAIT_MS)
    first = tab.shown
    assert "the live camera" in tab.caption.text()
    explorer_runs = main_window.bridge.serial
    qtbot.waitUntil(lambda: new_pass(first), timeout=WAIT_MS)  # and it keeps following
    assert not np.array_equal(tab.shown.scores, first.scores)
    shown = tab.shown
    assert [r.index for r in tab.scores.rows] == shown.top()
    np.testing.assert_allclose([r.prob for r in tab.scores.rows], shown.probs[shown.top()])
    # Behind this tab the explorer's layer ran on none of those frames (its maps are not on
    # screen); back in the explorer (Ctrl+1) it follows the camera again.
    assert main_window.bridge.serial == explorer_runs
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: main_window.bridge.serial > explorer_runs + 1 and main_window.bridge.result.snapshot.live is not None,
        timeout=WAIT_MS,
    )
    main_window.live.stop()


def test_f1_explains_the_tab(main_window, qtbot):
    main_window.show_model_tab()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(main_window.help_window.isVisible)
    assert "Your model" in main_window.help_window.text.toPlainText()
    assert "Ctrl+Shift+O" in main_window.help_window.text.toPlainText()


def test_without_an_onnx_writer_the_tab_says_how_to_open_a_model(main_window, qtbot, monkeypatch, other):
    monkeypatch.setattr(default_model, "available", lambda: False)  # an install without the writer
    main_window.show_model_tab()
    tab = main_window.network_tab
    assert tab.pages.currentIndex() == 0 and tab.empty_button.isVisible()
    assert "Open model" in tab.empty_text.text() and ".onnx" in tab.empty_text.text()
    _, path = other
    _choose_file(monkeypatch, path)
    tab.empty_button.click()
    qtbot.waitUntil(lambda: _shows(tab, path), timeout=WAIT_MS)
    assert tab.pages.currentIndex() == 1


def test_the_tab_opens_on_the_shipped_lenet5_which_reads_a_handwritten_3(main_window, qtbot):
    from convviz.gui.shell import file_ops

    file_ops.open_sample(main_window, "digit")  # a 3 from the bundled digits' test part
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = main_window.network_tab
    qtbot.waitUntil(lambda: tab.opened is not None and tab.shown is not None and tab.up_to_date, timeout=WAIT_MS)
    assert tab.opened.bundled and tab.pages.currentIndex() == 1
    assert tab.layers.total.text() == "12 layers, 61,706 parameters, 416,520 mult-adds"  # the stack tab's LeNet-5
    assert tab.shown.x.shape == (1, 28, 28) and tab.settings.norm.currentText() == UNIT  # gray: [0, 1]
    assert tab.scores.rows[0].name == "3" and tab.scores.rows[0].prob > 0.5
    assert "exported to ONNX by convviz" in tab.layers.notes.text()


def test_a_model_whose_output_is_a_map_says_it_has_no_class_scores(main_window, qtbot, monkeypatch, tmp_path):
    torch.manual_seed(2)
    net = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 21, 1))  # per-pixel classes
    path = _export(net, (3, 16, 16), tmp_path / "segmenter.onnx")
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    assert tab.scores.rows == [] and "21×16×16 per image, not one score per class" in tab.scores.note
    assert tab.heat_controls.klass.count() == 1 + 21 * 16 * 16  # saliency of any one output cell


def test_a_model_whose_file_leaves_its_size_open_runs_at_the_size_the_user_picks(
    main_window, qtbot, monkeypatch, chain, tmp_path
):
    # A file that fixes its size offers no size to pick.
    _, fixed = chain
    tab = open_by_menu(qtbot, main_window, monkeypatch, fixed)
    assert not tab.settings.run_size.isVisible()
    torch.manual_seed(4)
    net = nn.Sequential(
        nn.Conv2d(3, 4, 3, stride=2), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, CLASSES)
    ).eval()  # fmt: skip
    path = tmp_path / "open.onnx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            net, (torch.zeros(1, 3, 32, 32),), str(path), dynamo=False, input_names=["input"],
            dynamic_axes={"input": {0: "N", 2: "H", 3: "W"}},
        )  # fmt: skip
    main_window.state.input.set_image(_rgb(5, size=90), "noise")
    tab = open_by_menu(qtbot, main_window, monkeypatch, path)
    assert "leaves the input size open" in tab.layers.notes.text() and "224×224" in tab.layers.notes.text()
    assert tab.settings.run_size.isVisible() and tab.shown.x.shape == (3, 224, 224)
    labels = tmp_path / "labels.txt"
    labels.write_text("\n".join(f"thing {i}" for i in range(CLASSES)))
    assert tab.open_labels(labels)
    tab.settings.norm.setCurrentText(UNIT)
    qtbot.waitUntil(lambda: tab.up_to_date and tab.shown.how.mean == (0.0,), timeout=WAIT_MS)
    # The user types 40 × 52 and presses the button: the model is reopened at that size.
    for box, value in ((tab.settings.run_size.height_box, 40), (tab.settings.run_size.width_box, 52)):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), str(value))
    qtbot.mouseClick(tab.settings.run_size.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shows(tab, path) and tab.shown.x.shape == (3, 40, 52), timeout=WAIT_MS)
    assert tab.opened.network.input_shape == (3, 40, 52) and "40×52" in tab.layers.notes.text()
    assert "3 × 40 × 52" in tab.settings.size_label.text()
    with torch.no_grad():
        expected = net(torch.from_numpy(tab.shown.x[None].copy()))[0].numpy()
    np.testing.assert_allclose(tab.shown.scores, expected, rtol=1e-4, atol=1e-5)
    # what the user had chosen for this file stays: its labels and the normalisation
    assert tab.labels_source == "labels.txt" and tab.shown.how.mean == (0.0,)
    assert tab.scores.lines()[0].startswith("thing ")
