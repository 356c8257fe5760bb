import threading

import cv2
import numpy as np
import pytest

from convviz.camera import FrameGrabber, SyntheticSource, open_source

from .conftest import VIDEO_FRAMES, VIDEO_SIZE, write_video

WAIT_S = 30.0  # generous: these waits end as soon as their condition holds, however busy the machine


class FakeSource:
    """Delivers `good_frames` frames, then fails by returning False or by raising."""

    name = "fake camera"
    size = (8, 6)
    fps = 100.0

    def __init__(self, good_frames: int = 3, fail_with: Exception | None = None, period: float = 0.005):
        self.good_frames = good_frames
        self.fail_with = fail_with
        self.period = period
        self.reads = 0
        self.opened = True
        self.released_on: threading.Thread | None = None

    def read(self):
        threading.Event().wait(self.period)  # stands in for a camera's blocking read
        self.reads += 1
        if self.reads > self.good_frames:
            if self.fail_with is not None:
                raise self.fail_with
            return False, None
        return True, np.full((6, 8, 3), self.reads, np.uint8)

    def is_opened(self):
        return self.opened

    def release(self):
        self.opened = False
        self.released_on = threading.current_thread()


class FakeFile(FakeSource):
    is_file = True

    def __init__(self, rewind_ok: bool, **kwargs):
        super().__init__(**kwargs)
        self.rewind_ok = rewind_ok
        self.rewinds = 0

    def rewind(self):
        self.rewinds += 1
        if self.rewind_ok:
            self.reads = 0
        return self.rewind_ok


class GatedSource(FakeSource):
    """A camera whose frames the test lets through one by one, so nothing depends on timing."""

    def __init__(self) -> None:
        super().__init__(good_frames=10**9)
        self._gate = threading.Condition()
        self._credits = 0
        self._free = False

    def allow(self, frames: int) -> None:
        with self._gate:
            self._credits += frames
            self._gate.notify_all()

    def run_free(self) -> None:
        """Stop gating (before stopping the grabber: its thread must get out of read())."""
        with self._gate:
            self._free = True
            self._gate.notify_all()

    def read(self):
        with self._gate:
            self._gate.wait_for(lambda: self._free or self._credits > 0)
            if not self._free:
                self._credits -= 1
        self.reads += 1
        return True, np.full((6, 8, 3), self.reads % 256, np.uint8)


def wait_until(condition, timeout=WAIT_S):
    """Poll `condition` until it holds; False only if it never does within the (generous) timeout."""
    pause = threading.Event()
    for _ in range(int(timeout / 0.005)):
        if condition():
            return True
        pause.wait(0.005)
    return condition()


def test_delivers_synthetic_frames_once_each():
    grabber = FrameGrabber(SyntheticSource(160, 120, fps=100))
    grabber.start()
    try:
        frame = grabber.latest(timeout=WAIT_S)
        assert frame is not None and frame.array.shape == (120, 160, 3)
        assert frame.capture_ms >= 0 and frame.timestamp > 0
        later = grabber.latest(timeout=WAIT_S)
        assert later is not None and later.index > frame.index
    finally:
        assert grabber.stop()
    assert grabber.error is None


def test_each_frame_is_returned_once():
    source = GatedSource()
    grabber = FrameGrabber(source)
    grabber.start()
    try:
        source.allow(1)  # one frame, and no next one until the test allows it
        first = grabber.latest(timeout=WAIT_S)
        assert first is not None
        assert grabber.latest() is None  # read once, returned once
        source.allow(1)  # the grabber is alive: the next frame comes, once, and nothing else
        assert wait_until(lambda: grabber.frames_read == 2)
        second = grabber.latest(timeout=WAIT_S)
        assert second is not None and second.index == first.index + 1
        assert grabber.latest() is None and grabber.frames_read == 2
    finally:
        source.run_free()
        grabber.stop()


def test_delivers_file_frames_and_loops_at_end_of_file(mjpg_video):
    grabber = FrameGrabber(open_source(str(mjpg_video), realtime=False))
    grabber.start()
    try:
        frame = grabber.latest(timeout=WAIT_S)
        assert frame is not None and frame.array.shape == (VIDEO_SIZE[1], VIDEO_SIZE[0], 3)
        assert wait_until(lambda: grabber.frames_read > 3 * VIDEO_FRAMES), "file should loop, not stop"
        assert grabber.running and grabber.error is None
    finally:
        grabber.stop()


def test_slow_consumer_gets_newest_frames_and_old_ones_are_dropped():
    source = GatedSource()
    grabber = FrameGrabber(source)
    grabber.start()
    try:
        indices = []
        for _ in range(4):
            target = grabber.frames_read + 3
            source.allow(3)  # the consumer is slower than the source: three frames arrive per look
            assert wait_until(lambda target=target: grabber.frames_read == target)
            read_so_far = grabber.frames_read
            frame = grabber.latest()
            assert frame is not None
            assert frame.index >= read_so_far - 1  # the newest frame, never a queued old one
            indices.append(frame.index)
        assert indices == sorted(indices) and len(set(indices)) == len(indices)
        assert indices[-1] - indices[0] >= 6  # three frames per look
        assert grabber.frames_dropped == 4 * 2  # the two older frames of each look
    finally:
        source.run_free()
        grabber.stop()


def test_stop_joins_the_thread_and_releases_the_source_from_it():
    others = set(threading.enumerate())  # threads of other tests or libraries may come and go
    source = FakeSource(good_frames=10**9)
    grabber = FrameGrabber(source)
    grabber.start()
    assert grabber.latest(timeout=WAIT_S) is not None
    (reader,) = [t for t in threading.enumerate() if t not in others and t.name == "FrameGrabber(fake camera)"]
    assert reader.is_alive()
    assert grabber.stop(timeout=WAIT_S) is True
    assert not reader.is_alive() and reader not in threading.enumerate()  # joined, not left running
    assert not grabber.running
    assert not source.is_opened()
    assert source.released_on is reader  # released by its reading thread, not the caller
    assert grabber.error is None


def test_stop_without_start_releases_the_source():
    source = FakeSource()
    assert FrameGrabber(source).stop() is True
    assert not source.is_opened()


def test_start_twice_is_refused():
    grabber = FrameGrabber(FakeSource(good_frames=10**9))
    grabber.start()
    try:
        with pytest.raises(RuntimeError):
            grabber.start()
    finally:
        grabber.stop()


@pytest.mark.parametrize(
    "fail_with, expected",
    [
        (None, "fake camera stopped delivering frames"),
        (OSError("device unplugged"), "fake camera failed: device unplugged"),
    ],
)
def test_source_failing_mid_stream_sets_error_and_stops(fail_with, expected):
    reported = []
    source = FakeSource(good_frames=3, fail_with=fail_with)
    grabber = FrameGrabber(source, on_error=reported.append)
    grabber.start()
    assert wait_until(lambda: not grabber.running)
    assert grabber.error is not None and expected in grabber.error
    assert reported == [grabber.error]
    assert grabber.frames_read == 3
    assert not source.is_opened()
    assert grabber.stop() is True  # stopping after a failure is harmless


def test_latest_returns_promptly_when_the_source_fails():
    grabber = FrameGrabber(FakeSource(good_frames=0))
    grabber.start()
    results = []
    # Asked to wait an hour, latest() must wake when the reading thread fails, not when the hour is up.
    waiter = threading.Thread(target=lambda: results.append(grabber.latest(timeout=3600)), daemon=True)
    waiter.start()
    waiter.join(WAIT_S)
    assert not waiter.is_alive() and results == [None]
    assert wait_until(lambda: grabber.error is not None)


def test_file_that_cannot_rewind_reports_error():
    source = FakeFile(rewind_ok=False, good_frames=2)
    grabber = FrameGrabber(source)
    grabber.start()
    assert wait_until(lambda: not grabber.running)
    assert source.rewinds == 1
    assert "could not be rewound" in grabber.error


def test_file_that_rewinds_keeps_running():
    source = FakeFile(rewind_ok=True, good_frames=2, period=0.001)
    grabber = FrameGrabber(source)
    grabber.start()
    try:
        assert wait_until(lambda: source.rewinds >= 3)
        assert grabber.running and grabber.error is None
    finally:
        grabber.stop()


def test_a_broken_error_callback_does_not_hide_the_error():
    def broken(message):
        raise ValueError("callback bug")

    grabber = FrameGrabber(FakeSource(good_frames=1), on_error=broken)
    grabber.start()
    assert wait_until(lambda: not grabber.running)
    assert "stopped delivering frames" in grabber.error


def test_one_frame_file_loops(tmp_path):
    # OpenCV cannot read again after seeking a one-frame file to 0; the source reopens it instead.
    path = tmp_path / "single.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (32, 24))
    writer.write(np.zeros((24, 32, 3), np.uint8))
    writer.release()
    grabber = FrameGrabber(open_source(str(path), realtime=False))
    grabber.start()
    try:
        assert wait_until(lambda: grabber.frames_read >= 5)
        assert grabber.error is None
    finally:
        grabber.stop()


def test_frames_longer_than_the_limit_are_downscaled_on_the_reading_thread(tmp_path):
    path = write_video(tmp_path / "wide.avi", (2600, 1000))
    source = open_source(str(path), realtime=False)
    assert source.size == (2048, 788) and source.downscaled_from == (2600, 1000)
    grabber = FrameGrabber(source)
    grabber.start()
    try:
        for _ in range(3):  # the first frame (decoded while opening) and the ones read after it
            frame = grabber.latest(timeout=WAIT_S)
            assert frame is not None
            height, width = frame.array.shape[:2]
            assert max(width, height) == 2048 and frame.array.shape == (788, 2048, 3)
            assert width / height == pytest.approx(2600 / 1000, rel=0.01)
            left, right = frame.array[-1, 0, 0], frame.array[-1, -1, 0]
            assert left < 30 and right > 220  # the whole ramp is there: shrunk, not cropped
    finally:
        grabber.stop()
