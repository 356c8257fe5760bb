"""Large kernels, stride 1: correlation by FFT, overlap-save in row strips.

Direct methods cost kH·kW passes over the image; an FFT costs about log(size) per pixel
whatever the kernel, so it wins for large kernels: against one BLAS axpy per tap (``_axpy``)
from about 15×15 taps (the measured threshold is in ``_dispatch``).

Transforming the whole frame would need several full-size complex arrays. Instead each strip
of R output rows transforms R + kH - 1 padded input rows; the rows past R are only there so
the circular wrap-around lands where the strip's result is thrown away (overlap-save). The
strip height keeps the complex buffer near 4 MiB. The kernel's spectrum is computed once per
call, per channel, at the strip's transform size.
"""

from __future__ import annotations

import numpy as np
import scipy.fft as sfft

from convviz.engine._args import Pair
from convviz.engine._parallel import WORKERS

_SPECTRUM_BYTES = 4 << 20  # the strip height keeps the complex buffer near this size


def correlate(xp: np.ndarray, w: np.ndarray, out: np.ndarray, d: Pair) -> None:
    """out[n, c] = valid correlation of padded xp[n, c] (N, C, Hp, Wp) with w[c, 0] (depthwise)."""
    n, c, ho, wo = out.shape
    kh, kw = w.shape[2:]
    span_h, span_w = d[0] * (kh - 1) + 1, d[1] * (kw - 1) + 1
    wp = xp.shape[3]
    fw = sfft.next_fast_len(wp, real=True)
    complex_row = (fw // 2 + 1) * 2 * w.itemsize
    rows = max(1, min(ho, _SPECTRUM_BYTES // complex_row - span_h + 1))
    fh = sfft.next_fast_len(rows + span_h - 1, real=True)
    rows = fh - span_h + 1  # use all of the transform's height
    kernel = np.zeros((span_h, span_w), dtype=w.dtype)
    for ch in range(c):
        kernel[:: d[0], :: d[1]] = w[ch, 0]
        # correlation = convolution with the conjugate spectrum
        spectrum = np.conj(sfft.rfft2(kernel, s=(fh, fw), workers=WORKERS))
        for b in range(n):
            for r0 in range(0, ho, rows):
                r = min(rows, ho - r0)
                block = xp[b, ch, r0 : r0 + r + span_h - 1]
                f = sfft.rfft2(block, s=(fh, fw), workers=WORKERS)
                f *= spectrum
                res = sfft.irfft2(f, s=(fh, fw), workers=WORKERS, overwrite_x=True)
                out[b, ch, r0 : r0 + r] = res[:r, :wo]
