"""The live camera toolbar built in 简体中文 and 繁體中文: its buttons, list, readout and tips,
and what going live, pausing and stopping then say, are the .ts files' translations (read here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.test_language_network import chinese_window  # noqa: F401  (the window built in Chinese)

WAIT_MS = 20_000
SMALL = (320, 240)


def test_the_live_toolbar_speaks_chinese(chinese_window, qtbot):  # noqa: F811
    window, table = chinese_window

    def live(text: str) -> str:
        return table[("LivePanel", text)]

    panel = window.live_panel
    window.start_live()  # File → Live camera…: the toolbar shows, the synthetic source starts
    window.live.stop()
    window.live.set_resolution(SMALL)
    assert panel.windowTitle() == live("Live camera") != "Live camera"
    assert panel.mirror.text() == live("Mirror")
    assert panel.start_button.text() == live("Start live")
    assert [b.text() for b in (panel.pause_button, panel.record_button, panel.still_button)] == [
        live("Pause"),
        live("Record maps"),
        live("Save still"),
    ]
    assert panel.readout.text() == live("live off")
    assert panel.source.itemText(0) == live("synthetic")
    assert panel.source.itemText(panel.source.count() - 1) == live("Video file…")
    assert panel.mirror.toolTip() == live("Flip frames left-right, like a mirror (what people expect from a webcam).")
    assert panel.start_button.toolTip() == live("Start feeding frames from the chosen source.")
    assert panel.error.toolTip() == live("Problems with the live source appear here.")
    tip = live(
        "Displayed frames per second and the median time per frame of each stage: capture (taking the newest "
        "frame), engine (on the worker: the frame to floats, mirrored if asked, the layer, and the colours to "
        "draw), display (drawing and painting the views); latency is from the camera handing over a frame to its "
        "maps on screen. Frames longer than {0} px on a side are downscaled, and the readout says from what size."
    )
    assert panel.readout.toolTip().startswith(tip.split("{0}")[0]) and tip.split("{0}")[1] in panel.readout.toolTip()

    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # go live on the synthetic source
    qtbot.waitUntil(lambda: window.live.live.stats.displayed >= 3, timeout=WAIT_MS)
    assert panel.start_button.text() == live("Stop live")
    stop_tip = "Stop the camera and keep the last frame as the image (Ctrl+Shift+L starts)."
    assert panel.start_button.toolTip() == live(stop_tip)
    QTest.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.live.live.paused)
    paused = live("paused · {0}").split("{0}")[0]
    qtbot.waitUntil(lambda: panel.readout.text().startswith(paused), timeout=WAIT_MS)
    frozen = table[("LiveController", "frozen live frame")]
    assert frozen in window.input_view.toolTip()  # the paused frame is the image now, named in Chinese
    synthetic = table[("LivePanel", "synthetic")]  # the source named as the toolbar's list names it
    assert window.state.input.name == table[("LiveController", "live frame ({0})")].format(synthetic)
    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # stop
    qtbot.waitUntil(lambda: not window.live.live.running, timeout=WAIT_MS)
    assert panel.readout.text() == live("live off") and panel.start_button.text() == live("Start live")
