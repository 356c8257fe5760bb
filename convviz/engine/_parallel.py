"""Run independent row strips on a small thread pool.

numpy releases the GIL inside ufuncs, so strips of one image filter in parallel on real cores.
Whether a call has enough work to pay for the hand-off is decided in ``_dispatch``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise

WORKERS = max(1, min(2, os.cpu_count() or 1))  # threads for row strips and for scipy.fft
_pool: ThreadPoolExecutor | None = None


def run_ranges(work: Callable[[int, int], None], total: int, parallel: bool) -> None:
    """Call ``work(start, stop)`` over [0, total), split across the pool when ``parallel``."""
    global _pool
    if not parallel or WORKERS == 1 or total < 2:
        work(0, total)
        return
    if _pool is None:
        _pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="convviz-engine")
    bounds = [total * k // WORKERS for k in range(WORKERS + 1)]
    futures = [_pool.submit(work, a, b) for a, b in pairwise(bounds) if b > a]
    for f in futures:
        f.result()
