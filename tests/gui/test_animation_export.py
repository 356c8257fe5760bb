"""The Export animation dialog driven as a user drives it, on the real stepper: the file it writes
read back with Pillow and OpenCV, Cancel in the progress dialog, a layer with no output."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from scipy.signal import correlate2d

from convviz.engine.kernels import preset
from convviz.gui.stepper import StepperWidget
from convviz.gui.stepper.animation_export import AnimationExportDialog, open_for_stepper
from convviz.model.state import AppState
from convviz.model.teaching.animation import build
from convviz.model.teaching.stepper import tiny_input


@pytest.fixture
def stepper(qtbot):
    """The stepper on the tiny 6×6 digits with sobel_x and SAME padding, its pages computed."""
    state = AppState()
    state.bank.set_current_kernel(preset("sobel_x"))
    state.layer.update(padding_kind="same")
    widget = StepperWidget(state)
    qtbot.addWidget(widget)
    widget.source_combo.setCurrentIndex(widget.source_combo.findData("tiny"))
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.up_to_date and widget.setup is not None, timeout=10_000)
    yield widget
    widget.shutdown()


@pytest.fixture
def dialog(qtbot, stepper):
    d = open_for_stepper(stepper)
    qtbot.addWidget(d)
    qtbot.waitExposed(d)
    yield d
    qtbot.waitUntil(lambda: not d.busy, timeout=30_000)


def choose(combo, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


def export_to(qtbot, dialog, path) -> None:
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message_box is not None, timeout=30_000)


def test_export_writes_a_gif_of_the_stepper_s_layer(qtbot, dialog, tmp_path):
    # SAME at stride 1 on the 6×6 digits: 6×6 output cells, + the final frame.
    assert "37 frames" in dialog.summary.text()
    export_to(qtbot, dialog, tmp_path / "slide")  # the suffix follows the format
    with Image.open(tmp_path / "slide.gif") as im:
        assert im.n_frames == 37 and im.width == 1000
    assert dialog.message_box.text().startswith("Wrote") and "37 frames" in dialog.message_box.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["slide.gif"]


def test_an_mp4_of_the_backward_pass_when_the_backward_page_is_in_front(qtbot, stepper, tmp_path):
    stepper.tabs.setCurrentWidget(stepper.backward)
    d = open_for_stepper(stepper)
    qtbot.addWidget(d)
    assert d.pass_combo.currentData() == "backward"
    choose(d.format_combo, "mp4")
    d.width_spin.setValue(1280)
    export_to(qtbot, d, tmp_path / "back.gif")
    cap = cv2.VideoCapture(str(tmp_path / "back.mp4"))
    frames = 0
    while cap.read()[0]:
        frames += 1
    assert frames == 37 and int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)) == 1280
    cap.release()


def test_the_stepper_s_own_values_give_the_stepper_s_output(dialog):
    choose(dialog.values_combo, "stepper")
    assert not dialog.rows_spin.isEnabled()
    final = build(dialog.config()).frames[-1]
    out = next(g for g in final.grids if g.title.startswith("output"))
    expected = correlate2d(np.pad(tiny_input(), 1), preset("sobel_x"), mode="valid")
    np.testing.assert_allclose(out.values, expected, atol=1e-5)  # the bank holds float32 weights


def test_cancel_in_the_progress_dialog_leaves_no_file(qtbot, dialog, tmp_path):
    reached, gate = threading.Event(), threading.Event()

    def hold_at_third(done, total):  # on the worker: wait at frame 3 until Cancel was clicked
        if done == 3:
            reached.set()
            gate.wait(20)

    dialog.worker.frame_observer = hold_at_third
    dialog.path_edit.setText(str(tmp_path / "cut.gif"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reached.is_set() and dialog.progress is not None and dialog.progress.value() == 3)
    assert "frame 3 of 37" in dialog.progress.labelText()
    cancel = dialog.progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message_box is not None, timeout=30_000)
    assert "cancelled" in dialog.message_box.text()
    assert list(tmp_path.iterdir()) == []
    assert dialog.export_button.isEnabled()  # ready for another try


def test_a_layer_with_no_output_says_so_and_cannot_be_exported(qtbot, stepper):
    stepper.state.layer.update(padding_kind="valid", dilation=2)
    qtbot.waitUntil(lambda: stepper.up_to_date and stepper.setup.spec.dilation == 2, timeout=10_000)
    d = AnimationExportDialog(stepper.setup)
    qtbot.addWidget(d)
    d.show()
    # A 3×3 kernel with dilation 2 spans 5 cells: 6 rows give 2 positions, 4 rows none.
    assert "5 frames" in d.summary.text() and d.export_button.isEnabled()
    d.rows_spin.setValue(4)
    assert "no output" in d.summary.text() and not d.export_button.isEnabled()
    d.rows_spin.setValue(5)
    assert "3 frames" in d.summary.text() and d.export_button.isEnabled()


@pytest.mark.parametrize("page, pass_name", [("forward", "forward"), ("backward", "backward")])
def test_the_transport_bar_s_button_opens_the_dialog_for_its_page(qtbot, stepper, page, pass_name):
    panel = getattr(stepper, page)
    stepper.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.transport.export_button, Qt.MouseButton.LeftButton)
    d = panel.transport.export_dialog
    assert d is not None
    qtbot.addWidget(d)
    qtbot.waitExposed(d)
    assert d.pass_combo.currentData() == pass_name and "37 frames" in d.summary.text()


def test_closing_the_dialog_during_an_export_stops_it_and_leaves_no_file(qtbot, stepper, tmp_path):
    reached, gate = threading.Event(), threading.Event()

    def hold_at_fifth(done, total):
        if done == 5:
            reached.set()
            gate.wait(20)

    d = open_for_stepper(stepper)
    d.worker.frame_observer = hold_at_fifth
    d.path_edit.setText(str(tmp_path / "closed.gif"))
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    worker = d.worker.thread
    qtbot.waitUntil(reached.is_set)
    close = d.buttons.button(d.buttons.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=30_000)
    assert list(tmp_path.iterdir()) == []


def test_the_export_slides_in_the_stepper_s_order(qtbot, stepper):
    """Down the columns in the stepper: the exported frames visit the output cells so too."""
    from convviz.engine.geometry import ConvGeometry
    from convviz.model.teaching.animation import build, validate

    stepper.order_combo.setCurrentIndex(stepper.order_combo.findData("columns"))
    qtbot.mouseClick(stepper.forward.transport.export_button, Qt.MouseButton.LeftButton)
    d = stepper.forward.transport.export_dialog
    qtbot.addWidget(d)
    config = d.config()
    geometry = validate(config)
    assert config.order == "columns" and isinstance(geometry, ConvGeometry)
    h, w = geometry.out_hw
    cells = [f.position for f in build(config).frames[:-1]]
    assert cells == [(r, c) for c in range(w) for r in range(h)]  # a loop written here: down each column
