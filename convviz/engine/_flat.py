"""The flat layout that turns every tap of a stride-1 convolution into a contiguous slice.

Store the padded planes (Hp, Wp) row after row in one 1-D run per plane. For output pixel
(r, c), tap (i, j) reads flat index (r + i·dh)·Wp + c + j·dw, so the tap of a whole block of
output rows [r0, r1) is the *contiguous* slice starting at r0·Wp + i·dh·Wp + j·dw, of length
(r1 - r0)·Wp, if the output is also computed with row pitch Wp. The Wp - Wo extra "columns"
per row wrap around into the next row: their values are garbage and are cut off afterwards
(a waste of (kW - 1)/Wp, about 1%). A few slack cells after the last row keep the last tap's
slice inside the buffer.

Contiguous slices are what BLAS (axpy, GEMM) and memcpy are fastest on, and they need no
index arithmetic per pixel.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import DTypeLike

from . import _buffers
from .padding import Pads, pad


def slack(kernel_w: int, dilation_w: int) -> int:
    """Cells past the last padded row that the last tap's slice reaches."""
    return (kernel_w - 1) * dilation_w


def padded(x4: np.ndarray, pads: Pads, mode: str, extra: int, dtype: DTypeLike) -> np.ndarray:
    """x4 (N, C, H, W) padded into a flat (N, C, Hp·Wp + extra) scratch buffer.

    Zero padding writes only the interior of a cached buffer whose border and slack were
    zeroed once and are never written (no np.pad copy, no fresh pages); other modes pad with
    numpy and copy in.
    """
    n, c, h, w = x4.shape
    (t, b), (l, r) = pads
    hp, wp = h + t + b, w + l + r
    buf, _ = _buffers.scratch(f"flat-in {hp}x{wp} {pads} {mode}", (n, c, hp * wp + extra), dtype, zeroed=True)
    planes = buf[..., : hp * wp].reshape(n, c, hp, wp)
    if mode == "zeros":
        planes[..., t : t + h, l : l + w] = x4
    else:
        planes[...] = pad(x4, pads, mode)
    return buf


def from_padded(xp: np.ndarray, extra: int) -> np.ndarray:
    """An already padded (N, C, Hp, Wp) array copied into a flat buffer with slack."""
    n, c, hp, wp = xp.shape
    buf, _ = _buffers.scratch("flat-copy", (n, c, hp * wp + extra), xp.dtype, zeroed=True)
    buf[..., : hp * wp].reshape(n, c, hp, wp)[...] = xp
    return buf


def grad_strip(g: np.ndarray, r0: int, rows: int, step: int, pitch: int) -> np.ndarray:
    """Output-gradient rows [r0, r0+rows) in the flat layout, zero in the wrap-around columns
    (so they add nothing to weight or input gradients): (N, O, rows·pitch). ``step`` is the
    largest strip, so every strip shares one buffer."""
    n, o, ho, wo = g.shape
    buf, _ = _buffers.scratch(f"flat-grad {wo}", (n, o, step, pitch), g.dtype, zeroed=True)
    view = buf[:, :, :rows]
    view[..., :wo] = g[:, :, r0 : r0 + rows]  # columns wo: were zeroed once and stay zero
    return view.reshape(n, o, rows * pitch)


def tap_offset(i: int, j: int, pitch: int, d: tuple[int, int]) -> int:
    return i * d[0] * pitch + j * d[1]
