"""Live mode's Qt-free parts: stage timings, the frame rate window, the settings, the frame converter."""

from __future__ import annotations

import numpy as np
import pytest

from convviz.model.live import FrameRate, LiveState, LiveStats, StageTimes
from convviz.model.live_frame import FrameConverter
from convviz.model.state import as_image


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_stage_times_median_and_p95():
    times = StageTimes()
    assert times.median == 0.0 and times.p95 == 0.0  # nothing measured yet reads as zero, not NaN
    for ms in range(1, 101):
        times.add(ms)
    assert times.median == pytest.approx(50.5)
    assert times.p95 == pytest.approx(95.05)


def test_stage_times_keep_only_the_newest():
    times = StageTimes(maxlen=3)
    for ms in (100, 1, 2, 3):
        times.add(ms)
    assert list(times.samples) == [1, 2, 3]


def test_frame_rate_over_a_sliding_window():
    clock = FakeClock()
    rate = FrameRate(window_s=1.0, clock=clock)
    assert rate.fps == 0.0
    for _ in range(31):  # 31 ticks 1/30 s apart: 30 intervals in one second
        rate.tick()
        clock.now += 1 / 30
    assert rate.fps == pytest.approx(30.0, rel=1e-6)
    assert rate.count == 31
    clock.now += 5.0  # nothing for a while: the rate falls to zero instead of freezing at 30
    assert rate.fps == 0.0
    assert rate.count == 31


def test_readout_format():
    clock = FakeClock()
    stats = LiveStats(clock=clock)
    for _ in range(3):  # two intervals of 1/31.2 s
        stats.rate.tick()
        clock.now += 1 / 31.2
    clock.now -= 1 / 31.2
    stats.capture.add(0.3)
    stats.engine.add(5.1)
    stats.display.add(2.04)
    stats.latency.add(38.4)
    assert stats.readout() == "fps 31.2 · capture 0.3 ms · engine 5.1 ms · display 2.0 ms · latency 38 ms"
    assert stats.displayed == 3


def test_live_state_announces_changes_once():
    live = LiveState()
    seen = []
    live.changed.connect(seen.append)
    live.set("mirror", True)
    live.set("mirror", True)  # no change, no event
    live.set("resolution", (320, 240))
    assert seen == ["mirror", "resolution"]
    with pytest.raises(AttributeError):
        live.set("colour", "blue")


def test_reset_stats_starts_fresh():
    live = LiveState()
    live.stats.engine.add(4.0)
    live.reset_stats(maxlen=10)
    assert live.stats.engine.median == 0.0 and live.stats.engine.samples.maxlen == 10


def test_converter_matches_a_loaded_image_and_mirrors():
    frame = np.random.default_rng(1).integers(0, 256, (5, 7, 3), dtype=np.uint8)
    converter = FrameConverter()
    plain = converter.convert(frame)
    assert plain.dtype == np.float32
    np.testing.assert_array_equal(plain, as_image(frame))  # bit for bit, so a frozen frame is the same
    mirrored = converter.convert(frame, mirror=True)
    np.testing.assert_array_equal(mirrored, as_image(frame[:, ::-1]))


def test_a_frame_someone_holds_is_never_rewritten():
    rng = np.random.default_rng(2)
    frames = [rng.integers(0, 256, (4, 4, 3), dtype=np.uint8) for _ in range(12)]
    converter = FrameConverter()
    held = converter.convert(frames[0])
    expected = as_image(frames[0])
    for frame in frames[1:]:
        converter.convert(frame)  # dropped at once: its buffer may be recycled
    np.testing.assert_array_equal(held, expected)  # the held frame kept its pixels
    assert not held.flags.writeable


def test_released_buffers_are_recycled():
    frame = np.zeros((4, 4, 3), np.uint8)
    converter = FrameConverter()
    first = converter.convert(frame)
    address = first.ctypes.data
    del first  # nobody holds it any more
    assert converter.convert(frame).ctypes.data == address  # no new allocation per frame
    assert converter.convert(np.zeros((2, 2, 3), np.uint8)).shape == (2, 2, 3)  # new size, new buffer
