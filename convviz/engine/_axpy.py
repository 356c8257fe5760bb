"""Depthwise (and single channel) stride-1 correlation: one BLAS axpy per tap, in row strips.

Shift-and-add with numpy needs two passes per tap (multiply into a temporary, then add).
In the flat layout (see ``_flat``) every tap is a contiguous slice, so BLAS ``axpy``
(acc += w·tap) does it in one fused pass; measured 3–5× faster than numpy's two passes.
OpenBLAS splits each long axpy over its own threads, so strips are not handed to our
thread pool (the scipy wrapper holds the GIL: two Python threads ran no faster than one).
Strips of about 1 MiB of output balance call overhead (k² calls per strip) against cache.
"""

from __future__ import annotations

import numpy as np
from scipy.linalg import blas

from convviz.engine import _buffers, _flat
from convviz.engine._args import Pair

_STRIP_CELLS = 1 << 18  # output cells (incl. wrap-around columns) per strip


def correlate(xf: np.ndarray, w: np.ndarray, out: np.ndarray, pitch: int, d: Pair) -> None:
    """out[n, c] = sum over taps of w[c, 0, i, j] · tap of the flat padded xf[n, c]."""
    n, c, ho, wo = out.shape
    kh, kw = w.shape[2:]
    axpy = blas.get_blas_funcs("axpy", dtype=w.dtype)
    weights = w[:, 0].tolist()  # Python floats: no array scalar boxing per call
    step = max(1, min(ho, _STRIP_CELLS // pitch))
    acc_buf = _buffers.scratch("axpy-acc", (step * pitch,), w.dtype)
    for b in range(n):
        for ch in range(c):
            src = xf[b, ch]
            for r0 in range(0, ho, step):
                rows = min(step, ho - r0)
                size = rows * pitch
                acc = acc_buf[:size]
                acc.fill(0)
                base = r0 * pitch
                for i in range(kh):
                    for j in range(kw):
                        start = base + _flat.tap_offset(i, j, pitch, d)
                        axpy(src[start : start + size], acc, size, weights[ch][i][j])
                out[b, ch, r0 : r0 + rows] = acc.reshape(rows, pitch)[:, :wo]
