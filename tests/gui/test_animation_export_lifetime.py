"""The Export animation dialog when the app goes away mid-export, and the paths a user types:
the folder is checked afterwards, the messages read as the user reads them."""

from __future__ import annotations

import threading

import shiboken6
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from convviz.gui.stepper.animation_export import AnimationExportDialog


def held_export(qtbot, dialog, path):
    """Export to ``path``, the worker held at frame 3 until a cancel arrives (or 20 s pass).
    Returns the worker's thread and a list that gets whether the cancel arrived."""
    reached, saw_cancel = threading.Event(), []

    def hold_at_third(done, total):  # on the worker thread
        if done == 3:
            reached.set()
            saw_cancel.append(dialog.worker.cancel_requested.wait(20))

    worker = dialog.worker
    worker.frame_observer = hold_at_third
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    thread = worker.thread
    assert thread is not None
    qtbot.waitUntil(reached.is_set)
    return thread, saw_cancel


def test_destroying_the_main_window_mid_export_stops_it_and_leaves_no_file(qtbot, tmp_path):
    window = QWidget()  # the main window: its dialog gets no closeEvent when it is destroyed
    window.show()
    dialog = AnimationExportDialog(None, parent=window)  # 5×5, 3×3: 9 positions + the result
    dialog.show()
    qtbot.waitExposed(dialog)
    thread, saw_cancel = held_export(qtbot, dialog, tmp_path / "quit.mp4")
    shiboken6.delete(window)
    qtbot.waitUntil(lambda: not thread.is_alive())
    assert saw_cancel == [True]  # stopped by the cancel, not by the hold running out
    assert list(tmp_path.iterdir()) == []


def test_quitting_the_app_mid_export_stops_it_and_leaves_no_file(qtbot, tmp_path):
    dialog = AnimationExportDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    thread, saw_cancel = held_export(qtbot, dialog, tmp_path / "quit.gif")
    QCoreApplication.instance().aboutToQuit.emit()  # what QApplication.quit() sends before the loop ends
    qtbot.waitUntil(lambda: not thread.is_alive())
    assert saw_cancel == [True]
    assert list(tmp_path.iterdir()) == []
    assert not dialog.busy


def type_path(qtbot, dialog, text):
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, text)


def test_a_folder_for_a_file_is_refused_with_a_message_on_export_and_on_a_format_change(qtbot, tmp_path):
    dialog = AnimationExportDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    for text in ("/", ".", str(tmp_path), str(tmp_path / "new") + "/"):
        type_path(qtbot, dialog, text)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("mp4"))  # the suffix follows the format
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("gif"))
        assert dialog.path_edit.text() == text  # a folder takes no suffix
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.message_box is not None and dialog.message_box.isVisible()
        assert f"{text} is a folder, not a file" in dialog.message_box.text()
        assert not dialog.busy
        dialog.message_box.close()
    assert list(tmp_path.iterdir()) == []


def test_a_home_path_is_written_under_the_home_folder(qtbot, tmp_path, monkeypatch):
    home, here = tmp_path / "home", tmp_path / "here"
    home.mkdir()
    here.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(here)
    dialog = AnimationExportDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_path(qtbot, dialog, "~/slides/conv.mp4")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("mp4"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("gif"))
    assert dialog.path_edit.text() == "~/slides/conv.gif"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message_box is not None, timeout=30_000)
    with Image.open(home / "slides" / "conv.gif") as im:
        assert im.n_frames == 3 * 3 + 1  # (5 − 3) + 1 = 3 a side, + the result
    assert list(here.iterdir()) == []  # no "~" folder where the app runs
