"""The flat layout that turns every tap of a stride-1 convolution into a contiguous slice.

Store the padded planes (Hp, Wp) row after row in one 1-D run per plane. For output pixel
(r, c), tap (i, j) reads flat index (r + i·dh)·Wp + c + j·dw, so the tap of a whole block of
output rows [r0, r1) is the *contiguous* slice starting at r0·Wp + i·dh·Wp + j·dw, of length
(r1 - r0)·Wp, if the output is also computed with row pitch Wp. The Wp - Wo extra "columns"
per row wrap around into the next row: their values are garbage and are cut off afterwards
(a waste of (kW - 1)/Wp, about 1%). A few slack cells after the last row keep the last tap's
slice inside the buffer.

Contiguous slices are what BLAS (axpy, GEMM) and memcpy are fastest on, and they need no
index arithmetic per pixel. Below the layout: the stride-1 gradient GEMMs built on it (im2col
and its inverse become one contiguous copy per tap). The forward axpy and FFT paths use the
layout too (``_axpy``, ``_fft``); the forward GEMM is ``_taps.correlate``.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import DTypeLike

from convviz.engine import _buffers
from convviz.engine._args import Pair
from convviz.engine._taps import TapOf, add_columns, fill_columns, strip_rows
from convviz.engine.padding import Pads, pad, unpad_grad

_COLS_BYTES = 8 << 20  # flat im2col: 8 MiB measured best of 0.5–16 MiB (bigger GEMMs)


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
    buf = _buffers.scratch(f"flat-in {hp}x{wp} {pads} {mode}", (n, c, hp * wp + extra), dtype, zeroed=True)
    planes = buf[..., : hp * wp].reshape(n, c, hp, wp)
    if mode == "zeros":
        planes[..., t : t + h, l : l + w] = x4
    else:
        planes[...] = pad(x4, pads, mode)
    return buf


def from_padded(xp: np.ndarray, extra: int) -> np.ndarray:
    """An already padded (N, C, Hp, Wp) array copied into a flat buffer with slack."""
    n, c, hp, wp = xp.shape
    buf = _buffers.scratch("flat-copy", (n, c, hp * wp + extra), xp.dtype, zeroed=True)
    buf[..., : hp * wp].reshape(n, c, hp, wp)[...] = xp
    return buf


def grad_strip(g: np.ndarray, r0: int, rows: int, step: int, pitch: int) -> np.ndarray:
    """Output-gradient rows [r0, r0+rows) in the flat layout, zero in the wrap-around columns
    (so they add nothing to weight or input gradients): (N, O, rows·pitch). ``step`` is the
    largest strip, so every strip shares one buffer."""
    n, o, ho, wo = g.shape
    buf = _buffers.scratch(f"flat-grad {wo}", (n, o, step, pitch), g.dtype, zeroed=True)
    view = buf[:, :, :rows]
    view[..., :wo] = g[:, :, r0 : r0 + rows]  # columns wo: were zeroed once and stay zero
    return view.reshape(n, o, rows * pitch)


def tap_offset(i: int, j: int, pitch: int, d: Pair) -> int:
    return i * d[0] * pitch + j * d[1]


def taps(xf: np.ndarray, r0: int, size: int, pitch: int, d: Pair) -> TapOf:
    """(i, j) -> the contiguous slice of the flat xf that tap reads for ``size`` cells from row r0."""

    def tap_of(i: int, j: int) -> np.ndarray:
        start = r0 * pitch + tap_offset(i, j, pitch, d)
        return xf[..., start : start + size]

    return tap_of


def weight_grad(xp: np.ndarray, g: np.ndarray, kernel_hw: Pair, d: Pair, groups: int) -> np.ndarray:
    """Stride-1 dW of a correlation of padded xp (N, C, Hp, Wp); dY is zero in the wrap-around columns."""
    n, c, _, pitch = xp.shape
    o, ho = g.shape[1:3]
    kh, kw = kernel_hw
    cg = c // groups
    k = cg * kh * kw
    xf = from_padded(xp, slack(kw, d[1])).reshape(n, groups, cg, -1)
    step = strip_rows(n * c * kh * kw * pitch * xp.itemsize, _COLS_BYTES, ho)
    cols = _buffers.scratch("flat-cols", (n, groups, cg, kh, kw, step * pitch), xp.dtype)
    dw = np.zeros((groups, o // groups, k), dtype=xp.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        size = rows * pitch
        cv = fill_columns(cols[..., :size], taps(xf, r0, size, pitch, d))
        gs = grad_strip(g, r0, rows, step, pitch).reshape(n, groups, o // groups, size)
        # (K × pixels) @ (pixels × O): OpenBLAS ran this shape ~1.4× faster than dY @ colsᵀ
        dw += np.matmul(cv.reshape(n, groups, k, size), gs.swapaxes(-1, -2)).sum(axis=0).swapaxes(-1, -2)
    return dw.reshape(o, cg, kh, kw)


def scatter(g: np.ndarray, w: np.ndarray, padded_hw: Pair, d: Pair, groups: int) -> np.ndarray:
    """Stride-1 dXp (a new array): GEMM into flat columns, then each tap's columns are added
    onto a contiguous slice of the flat dXp (the wrap-around columns carry zeros)."""
    n, o, ho, _ = g.shape
    _, cg, kh, kw = w.shape
    c = cg * groups
    hp, pitch = padded_hw
    k = cg * kh * kw
    dxf = np.zeros((n, groups, cg, hp * pitch + slack(kw, d[1])), dtype=w.dtype)
    wmat_t = w.reshape(groups, o // groups, k).swapaxes(-1, -2)
    step = strip_rows(n * c * kh * kw * pitch * w.itemsize, _COLS_BYTES, ho)
    cols = _buffers.scratch("flat-cols", (n, groups, cg, kh, kw, step * pitch), w.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        size = rows * pitch
        gs = grad_strip(g, r0, rows, step, pitch).reshape(n, groups, o // groups, size)
        cv = cols[..., :size]
        np.matmul(wmat_t, gs, out=cv.reshape(n, groups, k, size))
        add_columns(taps(dxf, r0, size, pitch, d), cv)
    return dxf[..., : hp * pitch].reshape(n, c, hp, pitch)


def backward(
    x4: np.ndarray, pads: Pads, mode: str, g: np.ndarray, w: np.ndarray, d: Pair, groups: int, need_dx: bool = True
) -> tuple[np.ndarray | None, np.ndarray]:
    """Stride-1 (dX, dW) of a correlation of x4 padded by ``pads`` in one pass over row strips:
    the padded input goes straight into the flat layout, each strip's dY is laid out once for
    both products. dX is x4's shape, a new array (the padded dX is scratch)."""
    n, c, h, wd = x4.shape
    o, cg, kh, kw = w.shape
    ho = g.shape[2]
    hp, pitch = h + sum(pads[0]), wd + sum(pads[1])
    k = cg * kh * kw
    extra = slack(kw, d[1])
    xf = padded(x4, pads, mode, extra, w.dtype).reshape(n, groups, cg, -1)
    dxf = _buffers.scratch("flat-dx", (n, groups, cg, hp * pitch + extra), w.dtype)
    if need_dx:
        dxf.fill(0)
    wmat_t = w.reshape(groups, o // groups, k).swapaxes(-1, -2)
    dw_t = np.zeros((groups, k, o // groups), dtype=w.dtype)
    step = strip_rows(n * c * kh * kw * pitch * w.itemsize, _COLS_BYTES, ho)
    cols = _buffers.scratch("flat-cols", (n, groups, cg, kh, kw, step * pitch), w.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        size = rows * pitch
        gs = grad_strip(g, r0, rows, step, pitch).reshape(n, groups, o // groups, size)
        cv = fill_columns(cols[..., :size], taps(xf, r0, size, pitch, d))
        # (K × pixels) @ (pixels × O): OpenBLAS ran this shape ~1.4× faster than dY @ colsᵀ
        dw_t += np.matmul(cv.reshape(n, groups, k, size), gs.swapaxes(-1, -2)).sum(axis=0)
        if need_dx:  # (a network's first layer needs no input gradient)
            np.matmul(wmat_t, gs, out=cv.reshape(n, groups, k, size))  # the columns are free again
            add_columns(taps(dxf, r0, size, pitch, d), cv)
    dw = np.ascontiguousarray(dw_t.swapaxes(-1, -2)).reshape(o, cg, kh, kw)
    if not need_dx:
        return None, dw
    dxp = dxf[..., : hp * pitch].reshape(n, c, hp, pitch)
    return unpad_grad(dxp, pads, mode, (h, wd)), dw  # unpad_grad copies out of the scratch
