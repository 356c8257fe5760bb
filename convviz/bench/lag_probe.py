"""An event-loop lag probe: how long the GUI thread was unable to run its event loop.

A precise 2 ms timer stamps every tick; while the loop is blocked (a handler computing, a view
repainting) no tick fires, so the largest gap between consecutive stamps in an interval is the
worst stall a user would have felt there. This measures what the user sees, not what one
function costs: it includes painting, queued deliveries and everything else the loop ran.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer

TICK_MS = 2


class LagProbe:
    def __init__(self) -> None:
        self.stamps: list[float] = []
        self._timer = QTimer(interval=TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def worst_gap_ms(self, start: float, end: float) -> float:
        """The longest time without a tick inside [start, end], in milliseconds."""
        inside = [start] + [t for t in self.stamps if start <= t <= end] + [end]
        return max((b - a) for a, b in zip(inside, inside[1:], strict=False)) * 1000.0


def run_until(done: Callable[[], bool], timeout_s: float = 120.0, poll_ms: int = 5) -> bool:
    """Spin a local event loop until `done()` (polled every `poll_ms`) or the timeout; True if done."""
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    result = [False]

    def check() -> None:
        if done():
            result[0] = True
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer(interval=poll_ms)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(0, check)
    loop.exec()
    timer.stop()
    return result[0]


def measure(probe: LagProbe, act: Callable[[], None], settled: Callable[[], bool], tail_ms: float = 300.0) -> float:
    """Worst stall (ms) from doing `act` in the event loop until `settled()` holds, plus a tail in
    which the views finish painting and deferred work (a hidden page drawn a moment later) runs.
    Raises TimeoutError if it never settles."""
    start = time.perf_counter()
    QTimer.singleShot(0, act)
    # `act` runs inside the loop (as a user's click would); settled() is checked only after it ran.
    ran = [False]
    QTimer.singleShot(0, lambda: ran.__setitem__(0, True))
    if not run_until(lambda: ran[0] and settled()):
        raise TimeoutError("the interaction never settled")
    end_of_work = time.perf_counter()
    run_until(lambda: time.perf_counter() - end_of_work >= tail_ms / 1000.0)
    return probe.worst_gap_ms(start, time.perf_counter())
