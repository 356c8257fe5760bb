import numpy as np
import pytest

from convviz.camera import SyntheticSource, synthetic
from convviz.camera.pacing import FramePacer

from .fake_clock import FakeClock


def test_frames_are_rgb_uint8_of_requested_size():
    source = SyntheticSource(320, 240, realtime=False)
    ok, frame = source.read()
    assert ok and frame.shape == (240, 320, 3) and frame.dtype == np.uint8
    assert source.size == (320, 240)


def test_same_seed_and_index_give_identical_frames():
    first, second = SyntheticSource(seed=3, realtime=False), SyntheticSource(seed=3, realtime=False)
    for _ in range(5):
        np.testing.assert_array_equal(first.read()[1], second.read()[1])
    np.testing.assert_array_equal(first.render(100), SyntheticSource(seed=3).render(100))


def test_seed_changes_the_scene():
    assert not np.array_equal(SyntheticSource(seed=0).render(0), SyntheticSource(seed=1).render(0))


def test_consecutive_frames_move():
    source = SyntheticSource(realtime=False)
    frames = [source.read()[1] for _ in range(3)]
    assert not np.array_equal(frames[0], frames[1])
    assert not np.array_equal(frames[1], frames[2])


def test_returned_frames_are_not_overwritten_by_later_reads():
    source = SyntheticSource(realtime=False)
    first = source.read()[1]
    kept = first.copy()
    source.read()
    np.testing.assert_array_equal(first, kept)


def test_realtime_read_paces_to_fps_and_non_realtime_does_not(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(synthetic, "FramePacer", lambda fps: FramePacer(fps, clock=clock, sleep=clock.sleep))
    paced = SyntheticSource(160, 120, fps=50)
    started = clock.now
    for _ in range(11):
        paced.read()
    assert clock.now - started == pytest.approx(10 / 50)  # the first frame at once, then one per period

    fast = SyntheticSource(160, 120, fps=5, realtime=False)
    started = clock.now
    for _ in range(11):
        fast.read()
    assert clock.now == started and len(clock.sleeps) == 10  # no sleeps beyond the paced source's


def test_release_closes_the_source():
    source = SyntheticSource(realtime=False)
    assert source.is_opened()
    source.release()
    assert not source.is_opened()
    assert source.read() == (False, None)
