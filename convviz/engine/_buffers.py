"""Scratch buffers kept between calls, one small cache per thread.

The GUI and the camera call the same op with the same shapes every frame. Fresh large arrays
are returned to the kernel by glibc when freed and page-faulted in again on the next call
(thousands of faults per frame, measured 2–3× slower), so the hot paths take their scratch
space from here instead. Only scratch lives here: a scratch buffer is used and done with
inside the function that asked for it (or the private helper it hands it to), and what an op
returns is always a fresh array, so the next call cannot change an earlier result.

Per thread, because the compute worker and the camera thread may run ops at the same time.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
from numpy.typing import DTypeLike

_MAX_BYTES = 96 << 20  # per thread; least recently used buffers go first
_local = threading.local()


def _cache() -> OrderedDict:
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = OrderedDict()
    return cache


def scratch(tag: str, shape: tuple[int, ...], dtype: DTypeLike, zeroed: bool = False) -> np.ndarray:
    """A buffer for ``tag`` with this shape and dtype, reused by the next call that asks.

    A new buffer is zero-filled when ``zeroed``; a reused one holds whatever its last user
    left, so callers that rely on zeros must only ever write the cells they later overwrite,
    and must put into ``tag`` whatever decides which cells those are (two layouts can share a
    shape).
    """
    key = (tag, tuple(shape), np.dtype(dtype).str)
    cache = _cache()
    buf = cache.get(key)
    if buf is not None:
        cache.move_to_end(key)
        return buf
    buf = np.zeros(shape, dtype) if zeroed else np.empty(shape, dtype)
    cache[key] = buf
    total = sum(b.nbytes for b in cache.values())
    while total > _MAX_BYTES and len(cache) > 1:
        _, old = cache.popitem(last=False)
        total -= old.nbytes
    return buf


def clear() -> None:
    """Forget this thread's buffers (benchmarks use it to measure a cold call)."""
    _cache().clear()
