import pytest

from convviz.camera.pacing import FramePacer

from .fake_clock import FakeClock


def paced(fps: float) -> tuple[FramePacer, FakeClock]:
    clock = FakeClock()
    return FramePacer(fps, clock=clock, sleep=clock.sleep), clock


def test_first_frame_is_not_delayed_and_later_ones_keep_the_period():
    pacer, clock = paced(50)
    pacer.wait()
    assert clock.sleeps == []
    started = clock.now
    for _ in range(10):
        pacer.wait()
    assert clock.now - started == pytest.approx(10 / 50)
    assert clock.sleeps == pytest.approx([1 / 50] * 10)


def test_work_between_frames_is_subtracted_from_the_sleep():
    pacer, clock = paced(10)
    pacer.wait()
    clock.advance(0.03)  # rendering took 30 ms of the 100 ms period
    pacer.wait()
    assert clock.sleeps == pytest.approx([0.07])


def test_overshooting_sleeps_do_not_slow_the_average_rate():
    pacer, clock = paced(10)
    pacer.wait()
    started = clock.now
    for _ in range(5):
        clock.advance(0.01)  # every sleep wakes 10 ms late, as real sleeps do
        pacer.wait()
    # A fixed schedule absorbs the lateness: five frames still take five periods, not 5 × 110 ms.
    assert clock.now - started == pytest.approx(0.5)


def test_a_caller_far_behind_restarts_the_schedule_instead_of_bursting():
    pacer, clock = paced(10)
    pacer.wait()
    clock.advance(1.0)  # a pause of ten periods
    pacer.wait()
    pacer.wait()
    assert clock.sleeps == pytest.approx([0.1])  # the frame after the pause comes at once, then one period


def test_reset_forgets_the_schedule():
    pacer, clock = paced(10)
    pacer.wait()
    pacer.reset()
    pacer.wait()
    assert clock.sleeps == []


@pytest.mark.parametrize("fps", [0, -5, float("nan")])
def test_fps_must_be_positive(fps):
    with pytest.raises(ValueError):
        FramePacer(fps)
