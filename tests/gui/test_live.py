"""Live mode in the real window: frames arrive, the maps are the layer of the shown frame, pause,
stop, failures, closing, recording and the --camera argument."""

from __future__ import annotations

import threading

import cv2
import numpy as np
from PySide6.QtCore import Qt

from convviz import engine
from convviz.camera import SyntheticSource
from convviz.gui import live_controller
from convviz.gui.actions import Act
from convviz.gui.input_view import TAP
from convviz.model.state import ColorMode, to_chw

from .helpers import hover

SMALL = (320, 240)


def grabber_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("FrameGrabber") and t.is_alive()]


def go_live(qtbot, window, spec="synthetic", frames: int = 3) -> None:
    window.live.set_resolution(SMALL)
    assert window.live.start(spec), window.live.live.error
    qtbot.waitUntil(lambda: window.live.live.stats.displayed >= frames, timeout=5000)


def shown_input(window) -> np.ndarray:
    """What the input view draws: (H, W) gray or (H, W, 3) RGB in [0, 1]."""
    return np.array(window.input_view.image.image)


def assert_maps_are_layer_of_shown_frame(window) -> None:
    shown = shown_input(window)
    x = to_chw(shown, window.state.input.color_mode)
    channels = window.state.input.channels
    expected = engine.conv2d(x, window.state.bank.weight(channels).astype(np.float32),
                             window.state.bank.bias_array().astype(np.float32))
    np.testing.assert_allclose(window.conv_maps.images[0].image, expected[0], rtol=1e-5, atol=1e-5)


def write_clip(path, frames: list[np.ndarray], fps: float = 30.0) -> str:
    """A lossless FFV1 clip when this OpenCV can write one, else Motion JPEG (then compare loosely)."""
    h, w = frames[0].shape[:2]
    for fourcc, name in (("FFV1", "clip.avi"), ("MJPG", "clip_mjpg.avi")):
        writer = cv2.VideoWriter(str(path / name), cv2.VideoWriter_fourcc(*fourcc), fps, (w, h))
        if writer.isOpened():
            for frame in frames:
                writer.write(cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
            writer.release()
            return fourcc, str(path / name)
        writer.release()
    raise AssertionError("OpenCV could open neither an FFV1 nor an MJPG writer")


def test_synthetic_frames_are_displayed_and_maps_follow_them(qtbot, main_window):
    go_live(qtbot, main_window)
    assert main_window.live.live.running
    assert main_window.bridge.valid.x.shape == (1, SMALL[1], SMALL[0])  # gray, the state's channel mode
    assert_maps_are_layer_of_shown_frame(main_window)
    # The shown pixels are one of the source's frames, converted like any image.
    source = SyntheticSource(*SMALL, realtime=False)
    shown = shown_input(main_window)
    read = main_window.live.grabber.frames_read
    assert any(np.array_equal(to_chw(source.render(i) / np.float32(255), ColorMode.GRAY)[0], shown)
               for i in range(read + 1))
    assert "fps" in main_window.live_panel.readout.text()


def test_video_file_in_rgb_shows_exact_frames(qtbot, main_window, tmp_path):
    rng = np.random.default_rng(0)
    frames = [rng.integers(0, 256, (48, 64, 3), dtype=np.uint8) for _ in range(5)]
    fourcc, path = write_clip(tmp_path, frames)
    main_window.state.input.set_color_mode(ColorMode.RGB)
    go_live(qtbot, main_window, path)
    main_window.live.set_paused(True)  # a frame that cannot change under the comparison
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date)
    assert_maps_are_layer_of_shown_frame(main_window)
    shown = np.rint(shown_input(main_window) * 255).astype(np.uint8)
    distance = min(np.abs(shown.astype(int) - f).max() for f in frames)
    assert distance == 0 if fourcc == "FFV1" else distance < 40


def test_pause_freezes_the_frame_and_hover_still_works(qtbot, main_window):
    go_live(qtbot, main_window)
    main_window.live_panel.pause_button.click()
    assert main_window.live.live.paused
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date)
    frozen, displayed = shown_input(main_window), main_window.live.live.stats.displayed
    read = main_window.live.grabber.frames_read
    qtbot.wait(300)
    assert main_window.live.grabber.frames_read > read  # the source goes on ...
    assert main_window.live.live.stats.displayed == displayed  # ... but nothing new is shown
    np.testing.assert_array_equal(shown_input(main_window), frozen)
    assert main_window.state.input.image.shape[:2] == (SMALL[1], SMALL[0])  # the frame is the image now
    grid = main_window.conv_maps
    grid.views[0].setRange(xRange=(25, 35), yRange=(15, 25), padding=0)  # zoom in, as a user would
    qtbot.wait(50)
    hover(grid, grid.views[0], 20, 30)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered is not None)
    assert "map 1 (row 20, col 30)" in main_window.coords.text()
    assert (20, 30) in main_window.input_view.cells(TAP)  # the receptive field is drawn on the frame
    main_window.live_panel.pause_button.click()
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed > displayed, timeout=3000)


def test_stop_releases_the_source_and_keeps_the_frame(qtbot, main_window):
    go_live(qtbot, main_window)
    grabber = main_window.live.grabber
    source = grabber._source
    main_window.live_panel.start_button.click()  # reads "Stop live" while running
    assert not main_window.live.live.running and main_window.live.grabber is None
    assert not grabber.running and not source.is_opened()
    assert grabber_threads() == []
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date)
    assert main_window.state.input.image.shape[:2] == (SMALL[1], SMALL[0])
    go_live(qtbot, main_window)  # starting again needs no restart
    main_window.live.stop()


class FailingSource:
    """Delivers a few frames, then fails like an unplugged camera."""

    name = "fake camera"
    fps = 100.0
    size = (40, 30)

    def __init__(self, good: int = 4) -> None:
        self.good, self.served, self.released = good, 0, False
        self.last: np.ndarray | None = None

    def read(self):
        if self.served >= self.good:
            return False, None
        self.served += 1
        threading.Event().wait(0.01)
        self.last = np.full((30, 40, 3), 40 * self.served, np.uint8)
        return True, self.last

    def is_opened(self) -> bool:
        return not self.released

    def release(self) -> None:
        self.released = True


def test_source_failing_mid_stream_is_reported_and_the_last_frame_stays(qtbot, main_window, monkeypatch):
    fake = FailingSource()
    monkeypatch.setattr(live_controller, "open_source", lambda *a, **k: fake)
    assert main_window.live.start("0")
    qtbot.waitUntil(lambda: not main_window.live.live.running, timeout=5000)
    assert "fake camera stopped delivering frames" in main_window.live.live.error
    assert "stopped delivering" in main_window.live_panel.error.text()
    assert fake.released and grabber_threads() == []
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date)
    shown = main_window.live.shown_frame()
    assert shown is not None and shown.shape == (30, 40, 3)
    assert main_window.state.input.image.shape == (30, 40, 3)  # the last frame is the image now
    monkeypatch.undo()
    go_live(qtbot, main_window)  # and live mode starts again
    assert main_window.live.live.error == ""
    main_window.live.stop()


def test_missing_camera_is_explained_in_the_window(qtbot, main_window):
    image = main_window.state.input.image
    assert not main_window.live.start("9")
    assert "No camera at index 9" in main_window.live_panel.error.text()
    assert not main_window.live.live.running and main_window.state.input.image is image


def test_closing_the_window_while_live_stops_every_grabber_thread(qtbot):
    from convviz.gui.main_window import MainWindow
    from convviz.model.state import AppState

    window = MainWindow(AppState())
    qtbot.addWidget(window)
    window.show()
    go_live(qtbot, window)
    assert grabber_threads()
    window.close()
    assert grabber_threads() == []


def test_record_maps_and_save_still(qtbot, main_window, tmp_path):
    go_live(qtbot, main_window)
    main_window.live.start_recording(str(tmp_path / "maps.avi"))
    count = main_window.live.live.stats.displayed
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= count + 4, timeout=5000)
    main_window.live.stop_recording()
    capture = cv2.VideoCapture(str(tmp_path / "maps.avi"))
    ok, first = capture.read()
    capture.release()
    assert ok and first.shape[:2] == (SMALL[1] - 2, SMALL[0] - 2)  # a 3x3 valid conv of the frame
    main_window.live.set_paused(True)
    assert main_window.live.save_still(str(tmp_path / "frame.png"))
    saved = cv2.cvtColor(cv2.imread(str(tmp_path / "frame.png")), cv2.COLOR_BGR2RGB)
    np.testing.assert_array_equal(saved, main_window.live.shown_frame())
    main_window.live.stop()


def test_menu_actions_start_and_stop_live(qtbot, main_window):
    main_window.live.set_resolution(SMALL)
    main_window.actions_by_id[Act.LIVE_START].trigger()
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= 2, timeout=5000)
    assert main_window.actions_by_id[Act.LIVE_START].shortcut().toString() == "Ctrl+Shift+L"
    main_window.actions_by_id[Act.LIVE_STOP].trigger()
    assert not main_window.live.live.running and grabber_threads() == []


def test_mirror_flips_the_frame(qtbot, main_window):
    go_live(qtbot, main_window)
    main_window.live_panel.mirror.setChecked(True)
    qtbot.waitUntil(lambda: main_window.live.shown is not None and main_window.live.shown[1], timeout=3000)
    main_window.live.set_paused(True)
    qtbot.waitUntil(lambda: main_window.bridge.up_to_date)
    raw, _ = main_window.live.shown
    expected = to_chw(raw[:, ::-1] / np.float32(255), ColorMode.GRAY)[0]
    np.testing.assert_array_equal(shown_input(main_window), expected)
    main_window.live.stop()


def test_camera_argument_starts_live_mode(qtbot, main_window):
    from convviz.app import open_initial, parse_args

    args, _ = parse_args(["--camera", "synthetic"])
    assert args.camera == "synthetic"
    main_window.live.live.set("resolution", SMALL)
    open_initial(main_window, args)
    assert main_window.live.live.running
    assert main_window.live_panel.chosen_spec() == "synthetic"
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= 2, timeout=5000)
    main_window.live.stop()


def test_layer_stack_follows_live_frames_while_it_is_shown(qtbot, main_window):
    go_live(qtbot, main_window)
    stack = main_window.stack_tab.stack
    before = stack.input_array.copy()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not np.array_equal(stack.input_array, before), timeout=3000)
    seen = stack.input_array.copy()
    qtbot.waitUntil(lambda: not np.array_equal(stack.input_array, seen), timeout=3000)  # and keeps following
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    hidden = stack.input_array.copy()
    qtbot.wait(600)
    np.testing.assert_array_equal(stack.input_array, hidden)  # not fed while another tab is shown


def test_learning_a_kernel_follows_the_live_camera(qtbot, main_window):
    go_live(qtbot, main_window)
    learn = main_window.stepper.learn
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    learn.toggle()
    qtbot.waitUntil(lambda: learn.learner is not None and learn.learner.iteration > 0, timeout=8000)
    first = learn.learner.x.copy()
    qtbot.waitUntil(lambda: not np.array_equal(learn.learner.x, first), timeout=8000)  # new frames
    learner = learn.learner
    expected = learn._learning_input(main_window.live.shown_frame())
    assert learner.x.shape == expected.shape
    from convviz.engine.trace import ForwardTrace
    np.testing.assert_allclose(learner.target, ForwardTrace(learner.x, learner.target_kernel, 0.0, learner.spec).run.y)
    learn.timer.stop()
