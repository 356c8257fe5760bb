"""Run independent row strips on a small thread pool.

numpy releases the GIL inside ufuncs, so strips of one image filter in parallel on real cores.
Only worth it when there is enough work per strip to pay for the hand-off.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise

_WORKERS = max(1, min(2, os.cpu_count() or 1))
_MIN_PARALLEL_ELEMENTS = 1 << 17
_pool: ThreadPoolExecutor | None = None


def run_ranges(work: Callable[[int, int], None], total: int, elements: int) -> None:
    """Call ``work(start, stop)`` over [0, total), split across the pool when ``elements`` is large."""
    global _pool
    if _WORKERS == 1 or elements < _MIN_PARALLEL_ELEMENTS or total < 2:
        work(0, total)
        return
    if _pool is None:
        _pool = ThreadPoolExecutor(_WORKERS, thread_name_prefix="convviz-engine")
    bounds = [total * k // _WORKERS for k in range(_WORKERS + 1)]
    futures = [_pool.submit(work, a, b) for a, b in pairwise(bounds) if b > a]
    for f in futures:
        f.result()
