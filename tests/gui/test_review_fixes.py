"""Regressions found in review: each drives the window as a user would."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtWidgets import QApplication, QMessageBox

from convviz import engine
from convviz.gui.shell import file_ops
from convviz.model.layer.footprint import weight_footprint
from convviz.model.state import Cell, Stage
from tests.conftest import wait_computed


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_weight_hover_with_true_convolution_marks_the_cell_that_weight_multiplies(main_window, qtbot):
    state = main_window.state
    state.layer.update(flip=True)
    wait_computed(qtbot, main_window)
    result = main_window.bridge.valid
    cell = Cell(Stage.CONV, 0, 10, 10)
    fp = weight_footprint(cell, (0, 0), result)
    # d out[10, 10] / d w[0, 0] is the input value that weight multiplies: find it by the engine.
    x = result.x[0].astype(np.float64)
    g = np.zeros(result.conv.shape[1:])
    g[10, 10] = 1.0
    kernel = state.bank.weight(1)[0, 0]
    # A unique marker image tells which input cell sits under w[0, 0].
    marker = np.arange(x.size, dtype=np.float64).reshape(x.shape)
    _, dw, _ = engine.conv2d_backward(g, marker, kernel, flip=True)
    r, c = divmod(int(dw[0, 0]), x.shape[1])
    assert list(fp.rows) == [r] and list(fp.cols) == [c]


def test_pinned_and_hovered_cells_survive_a_smaller_output(main_window, qtbot):
    state = main_window.state
    far = Cell(Stage.CONV, 0, 60, 60)
    state.selection.hover(far)
    state.selection.pin(far)
    errors = []
    import sys

    hook, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)
    try:
        state.layer.update(stride=4)
        wait_computed(qtbot, main_window)
        main_window.move_pin(-1, 0)
        QApplication.processEvents()  # let queued hover/pin updates run while the hook is ours
    finally:
        sys.excepthook = hook
    assert not errors, errors
    ho, wo = main_window.bridge.valid.conv.shape[1:]
    pinned = state.selection.pinned
    assert pinned is not None and pinned.y < ho and pinned.x < wo


def test_malformed_session_is_refused_with_a_reason_and_nothing_changes(main_window, qtbot, tmp_path):
    state = main_window.state
    before = state.layer.params
    for bad in ({"layer": [1, 2]}, {"input": ["x"]}, {"extras": [1]}, {"layer": {"pad_top": 100000}}):
        path = tmp_path / "bad.json"
        doc = {"format": "convviz-session", **bad}
        good = json.loads(json.dumps(file_ops.session_files.to_dict(state)))
        good.update(bad)
        path.write_text(json.dumps(good), encoding="utf-8")
        assert file_ops.load_session(main_window, path) is False, doc
        assert state.layer.params == before
        boxes = _message_boxes()
        assert boxes and "session" in boxes[-1].text().lower()
        for box in boxes:
            box.close()


def test_export_into_an_unwritable_place_says_so(main_window, qtbot, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder should be")
    assert file_ops.export_maps(main_window, blocker / "maps", "png") is None
    assert file_ops.export_kernel(main_window, blocker / "k.json") is None
    boxes = _message_boxes()
    assert len(boxes) >= 2 and boxes[0].windowTitle().startswith("Cannot")
    for box in boxes:
        box.close()


def test_learning_with_an_impossible_layer_explains_instead_of_raising(main_window, qtbot):
    main_window.state.input.set_image(np.random.default_rng(0).random((20, 20)), "small")
    main_window.state.layer.update(dilation=16)  # a 33-cell span on a 20-pixel image
    learn = main_window.stepper.learn
    learn.toggle()
    assert not learn.running
    assert "Cannot learn" in learn.status.text()


def test_load_kernels_replaces_the_filters_and_a_bad_file_changes_nothing(main_window, qtbot, tmp_path):
    state = main_window.state
    good = tmp_path / "k.json"
    state.bank.set_current_kernel(np.array([[0.0, 1.0], [2.0, 3.0]]))
    file_ops.export_kernel(main_window, good)
    state.bank.set_current_kernel(np.ones((3, 3)))
    assert file_ops.open_kernels(main_window, good)
    np.testing.assert_array_equal(state.bank.weight(1)[state.bank.current, 0], [[0, 1], [2, 3]])
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "convviz-kernels", "version": 1, "filters": [[1, 2], [3]]}')
    before = state.bank.weight(1).copy()
    assert not file_ops.open_kernels(main_window, bad)
    np.testing.assert_array_equal(state.bank.weight(1), before)
    for box in _message_boxes():
        box.close()


def test_downscaled_image_keeps_its_note_in_view(main_window, qtbot, tmp_path):
    from PIL import Image

    path = tmp_path / "big.png"
    Image.fromarray(np.zeros((3000, 2500), np.uint8)).save(path)
    file_ops.open_image(main_window, path)
    caption = main_window.input_view.caption.text
    assert "big.png" in caption and "Downscaled from 2500×3000" in caption
