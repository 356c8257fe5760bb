"""Live mode in the real window: frames arrive, the maps are the layer of the shown frame, pause,
stop, failures, closing, recording, the --camera argument, sources that open slowly or not at all,
and frames too large to work on at full size."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from convviz import engine
from convviz.camera import SyntheticSource, sources
from convviz.gui.explorer.input_view import TAP
from convviz.gui.live import controller as live_controller
from convviz.gui.shell.actions import Act
from convviz.model.state import ColorMode, to_chw
from tests.camera.conftest import write_video
from tests.camera.silent_server import SilentServer
from tests.gui.helpers import hover, shown_input_pixels, shown_map

SMALL = (320, 240)
WAIT_MS = 20_000  # generous: waits end as soon as their condition holds, however busy the machine


def grabber_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("FrameGrabber") and t.is_alive()]


def opener_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("SourceOpener") and t.is_alive()]


def go_live(qtbot, window, spec="synthetic", frames: int = 3) -> None:
    window.live.set_resolution(SMALL)
    assert window.live.start(spec), window.live.live.error
    qtbot.waitUntil(lambda: window.live.live.stats.displayed >= frames, timeout=WAIT_MS)


def wait_for_error(qtbot, window, text: str) -> None:
    """Sources open on another thread: their failure reaches the toolbar a moment after start()."""
    qtbot.waitUntil(lambda: text in window.live_panel.error.toolTip(), timeout=WAIT_MS)
    assert not window.live.live.running and window.live.connecting is None


@pytest.fixture
def silent_server():
    server = SilentServer()
    yield server
    server.close()


def shown_input(window) -> np.ndarray:
    """What the input view draws: (H, W) gray or (H, W, 3) RGB in [0, 1]."""
    return shown_input_pixels(window.input_view)


def assert_maps_are_layer_of_shown_frame(window) -> None:
    shown = shown_input(window)
    x = to_chw(shown, window.state.input.color_mode)
    channels = window.state.input.channels
    expected = engine.conv2d(
        x, window.state.bank.weight(channels).astype(np.float32), window.state.bank.bias_array().astype(np.float32)
    )
    np.testing.assert_allclose(shown_map(window.conv_maps), expected[0], rtol=1e-5, atol=1e-5)


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
    assert any(
        np.array_equal(to_chw(source.render(i) / np.float32(255), ColorMode.GRAY)[0], shown) for i in range(read + 1)
    )
    assert "fps" in main_window.live_panel.readout.text()


def test_colour_frames_are_drawn_as_the_camera_gave_them_and_their_latency_is_read_out(qtbot, main_window):
    main_window.state.input.set_color_mode(ColorMode.RGB)
    go_live(qtbot, main_window)
    main_window.live_panel.mirror.setChecked(True)
    view = main_window.input_view

    def mirrored_frame_drawn() -> bool:
        live = view.result.snapshot.live
        return live is not None and live.mirrored

    qtbot.waitUntil(mirrored_frame_drawn, timeout=WAIT_MS)
    live = view.result.snapshot.live  # the frame behind what the view draws, while frames flow
    np.testing.assert_array_equal(np.asarray(view.image.image), live.raw[:, ::-1])  # its own bytes
    np.testing.assert_array_equal(view.result.x, to_chw(live.raw[:, ::-1] / np.float32(255), ColorMode.RGB))
    assert_maps_are_layer_of_shown_frame(main_window)
    stats = main_window.live.live.stats
    qtbot.waitUntil(lambda: len(stats.latency.samples) >= 3, timeout=WAIT_MS)
    assert all(ms > 0 for ms in stats.latency.samples)  # from the source's read to the first paint
    main_window.live_panel._show_readout()
    assert "latency" in main_window.live_panel.readout.text()


def test_a_1080p_camera_can_be_chosen(qtbot, main_window):
    go_live(qtbot, main_window)
    panel = main_window.live_panel
    index = [panel.resolution.itemText(i) for i in range(panel.resolution.count())].index("1920×1080")
    panel.resolution.activated.emit(index)
    qtbot.waitUntil(
        lambda: main_window.bridge.valid is not None and main_window.bridge.valid.x.shape == (1, 1080, 1920),
        timeout=WAIT_MS,
    )
    assert main_window.live.live.resolution == (1920, 1080)
    main_window.live.stop()


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
    # The source goes on (the event loop runs all the while, so new frames could be shown) ...
    qtbot.waitUntil(lambda: main_window.live.grabber.frames_read > read + 10, timeout=WAIT_MS)
    assert main_window.live.live.stats.displayed == displayed  # ... but nothing new is shown
    np.testing.assert_array_equal(shown_input(main_window), frozen)
    assert main_window.state.input.image.shape[:2] == (SMALL[1], SMALL[0])  # the frame is the image now
    grid = main_window.conv_maps
    grid.views[0].setRange(xRange=(25, 35), yRange=(15, 25), padding=0)  # zoom in, as a user would
    QApplication.processEvents()
    hover(grid, grid.views[0], 20, 30)
    qtbot.waitUntil(lambda: main_window.state.selection.hovered is not None)
    assert "map 1 (row 20, col 30)" in main_window.coords.text()
    assert (20, 30) in main_window.input_view.cells(TAP)  # the receptive field is drawn on the frame
    main_window.live_panel.pause_button.click()
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed > displayed, timeout=WAIT_MS)


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
    qtbot.waitUntil(lambda: not main_window.live.live.running, timeout=WAIT_MS)
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
    assert main_window.live.start("9")  # opening happens off the GUI thread; the answer comes later
    wait_for_error(qtbot, main_window, "No camera at index 9")
    assert "No camera at index 9" in main_window.live_panel.error.text()
    assert not main_window.live.live.running and main_window.state.input.image is image


def test_closing_the_window_while_live_stops_every_grabber_thread(qtbot):
    from convviz.gui.shell.main_window import MainWindow
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
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= count + 4, timeout=WAIT_MS)
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
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= 2, timeout=WAIT_MS)
    assert main_window.actions_by_id[Act.LIVE_START].shortcut().toString() == "Ctrl+Shift+L"
    main_window.actions_by_id[Act.LIVE_STOP].trigger()
    assert not main_window.live.live.running and grabber_threads() == []


def test_mirror_flips_the_frame(qtbot, main_window):
    go_live(qtbot, main_window)
    main_window.live_panel.mirror.setChecked(True)
    qtbot.waitUntil(lambda: main_window.live.shown is not None and main_window.live.shown[1], timeout=WAIT_MS)
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
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= 2, timeout=WAIT_MS)
    main_window.live.stop()


def test_layer_stack_follows_live_frames_while_it_is_shown(qtbot, main_window):
    go_live(qtbot, main_window)
    stack = main_window.stack_tab.stack
    before = stack.input_array.copy()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not np.array_equal(stack.input_array, before), timeout=WAIT_MS)
    seen = stack.input_array.copy()
    qtbot.waitUntil(lambda: not np.array_equal(stack.input_array, seen), timeout=WAIT_MS)  # and keeps following
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    hidden = stack.input_array.copy()  # the stack is fed on the GUI thread: nothing is in flight now
    displayed = main_window.live.live.stats.displayed
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= displayed + 10, timeout=WAIT_MS)
    np.testing.assert_array_equal(stack.input_array, hidden)  # not fed while another tab is shown


def test_learning_a_kernel_follows_the_live_camera(qtbot, main_window):
    from scipy.signal import correlate2d

    from convviz.gui.stepper.learn_panel import LEARN_CROP

    go_live(qtbot, main_window)
    learn = main_window.stepper.learn
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    learn.toggle()
    qtbot.waitUntil(lambda: learn.learner is not None and learn.learner.iteration > 0, timeout=WAIT_MS)
    first = learn.learner.x.copy()
    qtbot.waitUntil(lambda: not np.array_equal(learn.learner.x, first), timeout=WAIT_MS)  # new frames

    def crop_of_shown_frame() -> np.ndarray:
        """BT.601 luma of the shown uint8 frame in [0, 1], its centre LEARN_CROP² (written out here)."""
        frame = main_window.live.shown_frame().astype(np.float64) / 255
        gray = 0.299 * frame[..., 0] + 0.587 * frame[..., 1] + 0.114 * frame[..., 2]
        top, left = (gray.shape[0] - LEARN_CROP) // 2, (gray.shape[1] - LEARN_CROP) // 2
        return gray[top : top + LEARN_CROP, left : left + LEARN_CROP]

    # Frames keep coming: wait for a moment when the learner works on the frame being shown.
    qtbot.waitUntil(lambda: np.allclose(learn.learner.x, crop_of_shown_frame(), atol=1e-5), timeout=WAIT_MS)
    learner = learn.learner
    spec = learner.spec  # the default layer: valid, stride 1, no flip, activation or pooling
    assert (spec.padding, spec.stride, spec.dilation, spec.flip) == ("valid", 1, 1, False)
    assert (spec.activation, spec.pool, learner.target_bias) == ("none", "none", 0.0)
    expected = correlate2d(learner.x, learner.target_kernel, mode="valid")
    np.testing.assert_allclose(learner.target, expected, atol=1e-12)
    learn.pause()


# ---- sources that cannot be opened, or open slowly (review 2026-12: F6, F7, F11) --------------------


@pytest.mark.parametrize(
    "spec, expected",
    [
        ("99999999999", "No camera at index 99999999999: camera indices run from 0 to 99."),  # R14: crashed
        ("-1", "Camera index must be 0 or more, got -1."),  # R15: was "Video file not found: -1"
    ],
)
def test_camera_argument_that_cannot_be_a_camera_is_explained(qtbot, main_window, spec, expected):
    from convviz.app import open_initial, parse_args

    args, _ = parse_args(["--camera", spec])
    open_initial(main_window, args)  # must not raise: it runs before the event loop
    assert main_window.live.live.error == expected
    assert main_window.live_panel.error.text() == expected
    assert not main_window.live.live.running and main_window.live.connecting is None
    assert opener_threads() == []  # refused before anything was opened


def test_an_opencv_error_while_opening_is_reported_in_the_toolbar(qtbot, main_window, monkeypatch):
    def refuse(*args, **kwargs):
        raise cv2.error("OpenCV(5.0.0) error: (-5:Bad argument) in function 'VideoCapture'")

    monkeypatch.setattr(cv2, "VideoCapture", refuse)
    main_window.live_panel.choose("3")
    main_window.live_panel.start_button.click()
    wait_for_error(qtbot, main_window, "Could not open camera 3: OpenCV reported an error")


def test_any_failure_while_opening_is_reported_not_raised(qtbot, main_window, monkeypatch):
    def crash(*args, **kwargs):
        raise OSError("the driver crashed")

    monkeypatch.setattr(live_controller, "open_source", crash)
    assert main_window.live.start("0")
    wait_for_error(qtbot, main_window, "Could not open camera 0: the driver crashed")


def test_a_silent_stream_server_does_not_freeze_the_window(qtbot, main_window, monkeypatch, silent_server):
    # R16: the server accepts and never answers. The open must wait on another thread.
    monkeypatch.setattr(sources, "STREAM_TIMEOUT_MS", 600_000)  # here only the server's hang-up ends it
    url = silent_server.url()
    panel = main_window.live_panel
    assert main_window.live.start(url)
    assert main_window.live.connecting == f"the stream {url}"
    assert panel.readout.text() == f"Connecting to the stream {url}…"
    assert panel.start_button.text() == "Stop live" and not panel.pause_button.isEnabled()
    assert main_window.live.live.running and main_window.live.live.error == ""
    qtbot.waitUntil(silent_server.accepted.is_set, timeout=WAIT_MS)  # OpenCV is now waiting for an answer
    ticks = []
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT_MS)  # the GUI thread runs its timers meanwhile
    timer.stop()
    assert main_window.live.connecting is not None and opener_threads()  # the open is still pending
    silent_server.hang_up()
    wait_for_error(qtbot, main_window, f"Could not open the stream {url}: check the address")
    assert panel.readout.text() == "live off"
    qtbot.waitUntil(lambda: opener_threads() == [], timeout=WAIT_MS)


def test_a_silent_stream_server_times_out_with_a_message(qtbot, main_window, monkeypatch, silent_server):
    monkeypatch.setattr(sources, "STREAM_TIMEOUT_MS", 500)  # the bound itself is checked in test_sources
    url = silent_server.url("rtsp", "live")
    assert main_window.live.start(url)
    wait_for_error(
        qtbot,
        main_window,
        f"Could not open the stream {url}: check the address and that the server answers within 0.5 s.",
    )
    assert silent_server.accepted.is_set()


def test_camera_url_argument_shows_the_window_while_connecting(qtbot, main_window, monkeypatch, silent_server):
    from convviz.app import open_initial, parse_args

    monkeypatch.setattr(sources, "STREAM_TIMEOUT_MS", 600_000)
    url = silent_server.url()
    args, _ = parse_args(["--camera", url])
    open_initial(main_window, args)  # returns at once: main() shows the window and runs the event loop
    assert main_window.live.connecting == f"the stream {url}"
    assert main_window.live_panel.chosen_spec() == url
    assert main_window.live_panel.source.currentText().startswith("stream: http://127.0.0.1:")
    assert f"Connecting to the stream {url}" in main_window.coords.text()
    silent_server.hang_up()
    wait_for_error(qtbot, main_window, f"Could not open the stream {url}")


def test_stop_cancels_a_pending_open_and_a_late_answer_is_ignored(qtbot, main_window, monkeypatch, silent_server):
    monkeypatch.setattr(sources, "STREAM_TIMEOUT_MS", 600_000)
    url = silent_server.url()
    assert main_window.live.start(url)
    qtbot.waitUntil(silent_server.accepted.is_set, timeout=WAIT_MS)
    main_window.live_panel.start_button.click()  # "Stop live" cancels the wait
    assert not main_window.live.live.running and main_window.live.connecting is None
    assert main_window.live_panel.readout.text() == "live off"
    assert main_window.coords.text() == f"Stopped connecting to the stream {url}."
    go_live(qtbot, main_window)  # another source starts while the old open still hangs
    silent_server.hang_up()
    qtbot.waitUntil(lambda: opener_threads() == [], timeout=WAIT_MS)
    # The old opener posted its answer before its thread ended. Frames shown after that prove the
    # event loop has run past the answer (rather than that nothing was delivered yet).
    displayed = main_window.live.live.stats.displayed
    qtbot.waitUntil(lambda: main_window.live.live.stats.displayed >= displayed + 3, timeout=WAIT_MS)
    assert main_window.live.live.running and main_window.live.live.error == ""
    assert main_window.live.grabber is not None and main_window.live.grabber.running
    main_window.live.stop()


def test_a_video_larger_than_the_limit_is_downscaled_with_a_note(qtbot, main_window, tmp_path):
    # R17: an 8K video used 3.5 GB. Frames are shrunk on the reading thread to 2048 on the long side.
    path = write_video(tmp_path / "wide.avi", (2600, 1000))
    go_live(qtbot, main_window, str(path), frames=2)
    assert main_window.bridge.valid.x.shape == (1, 788, 2048)  # gray; 2600×1000 shrunk, aspect kept
    shown = main_window.live.shown_frame()
    assert shown.shape == (788, 2048, 3)
    assert main_window.live.downscale_note() == "downscaled from 2600×1000"
    qtbot.waitUntil(lambda: "downscaled from 2600×1000" in main_window.live_panel.readout.text(), timeout=WAIT_MS)
    main_window.live.stop()
    assert main_window.state.input.image.shape[:2] == (788, 2048)  # the frozen frame is the small one


def test_recording_goes_on_behind_another_tab(qtbot, main_window, tmp_path):
    """The explorer's layer stops on live frames behind another tab, but not while its maps are
    being recorded: the video keeps growing with the Your model tab in front."""
    go_live(qtbot, main_window)
    main_window.live.start_recording(str(tmp_path / "maps.avi"))
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 3
    video = main_window.live.video
    written = video.frames_written
    qtbot.waitUntil(lambda: video.frames_written >= written + 4, timeout=WAIT_MS)
    main_window.live.stop_recording()
    runs = main_window.bridge.serial
    qtbot.waitUntil(lambda: main_window.live.live.stats.taken > 0 and main_window.state.input.is_live)
    taken = main_window.live.live.stats.taken
    qtbot.waitUntil(lambda: main_window.live.live.stats.taken >= taken + 3, timeout=WAIT_MS)
    assert main_window.bridge.serial <= runs + 1  # no recording: behind the tab the layer rests again
    main_window.live.stop()
