"""Sleep-based frame pacing for sources that could otherwise deliver frames as fast as the CPU allows."""

from __future__ import annotations

import time
from collections.abc import Callable


class FramePacer:
    """Keeps calls to `wait()` at most `fps` per second, on a fixed schedule rather than sleep-after-work.

    A fixed schedule (start + n / fps) keeps the average rate exact even though each sleep overshoots a
    little. If the caller falls more than one frame behind (a slow render, a debugger pause), the schedule
    restarts from now instead of bursting frames to catch up. `clock` and `sleep` are injectable so the
    arithmetic can be tested with a fake clock instead of real time.
    """

    def __init__(
        self, fps: float, clock: Callable[[], float] = time.perf_counter, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        if not fps > 0:
            raise ValueError(f"fps must be > 0, got {fps!r}")
        self.period = 1.0 / float(fps)
        self._clock, self._sleep = clock, sleep
        self._next_deadline: float | None = None

    def wait(self) -> None:
        now = self._clock()
        if self._next_deadline is None or now - self._next_deadline > self.period:
            self._next_deadline = now  # first frame, or too far behind: do not burst
        delay = self._next_deadline - now
        if delay > 0:
            self._sleep(delay)
        self._next_deadline += self.period

    def reset(self) -> None:
        """Forget the schedule, e.g. after a video file rewinds."""
        self._next_deadline = None
