"""The three loops every convolution is made of, vectorised over pixels, looping over taps.

A *tap* (i, j) is one kernel position. For output rows [r0, r1) it reads the strided view
``xp[..., i*dh + r0*sh : ... : sh, j*dw : ... : sw]`` of the padded input. Then:

- ``correlate``: out  = sum over taps of  w[:, :, i, j] · tap view       (forward)
- ``weight_grad``: dW[:, :, i, j] = sum over pixels of  dY · tap view     (backward, weights)
- ``scatter``:   tap view of dXp += w[:, :, i, j]ᵀ · dY                   (backward, input;
  also the forward pass of a transposed convolution)

Depthwise layers (one input and one output channel per group, which includes the single
channel case) are done by shift-and-add in row strips that fit the cache. Everything else
builds im2col columns for a strip of output rows at a time and does one batched GEMM, so the
column buffer stays small (never the whole frame).

Stride 1 (the live camera and GUI case) has faster variants in the flat layout of ``_flat``,
where a tap of a block of rows is one contiguous slice: depthwise goes to one BLAS axpy per
tap (``_axpy``) or, for very large kernels, to the FFT (``_fft``); im2col and its inverse
become contiguous copies. The strided-view loops below handle every other case.
"""

from __future__ import annotations

import numpy as np

from . import _axpy, _buffers, _fft, _flat
from ._args import Pair
from ._parallel import run_ranges
from .padding import Pads, pad

_STRIP_BYTES = 1 << 19  # shift-and-add: a strip of output about the size of L2
_COLS_BYTES = 8 << 20  # im2col: the largest column buffer built at once
_FLAT_COLS_BYTES = 8 << 20  # flat im2col: 8 MiB measured best of 0.5–16 MiB (bigger GEMMs)


def _tap(a: np.ndarray, i: int, j: int, r0: int, rows: int, wo: int, s: Pair, d: Pair) -> np.ndarray:
    top = i * d[0] + r0 * s[0]
    left = j * d[1]
    return a[..., top : top + (rows - 1) * s[0] + 1 : s[0], left : left + (wo - 1) * s[1] + 1 : s[1]]


def _strip_rows(bytes_per_row: int, budget: int, total: int) -> int:
    return max(1, min(total, budget // max(bytes_per_row, 1)))


def is_depthwise(weight: np.ndarray, groups: int) -> bool:
    return weight.shape[1] == 1 and weight.shape[0] == groups


def _shift_and_add(xp: np.ndarray, w: np.ndarray, out: np.ndarray, s: Pair, d: Pair) -> None:
    """Depthwise correlation: out[:, c] = sum over taps of w[c, 0, i, j] * tap view of xp[:, c]."""
    n, c, ho, wo = out.shape
    kh, kw = w.shape[2:]
    wv = w[:, 0, :, :, None, None]  # (C, kH, kW, 1, 1): one scalar per channel and tap
    step = _strip_rows(n * c * wo * w.itemsize, _STRIP_BYTES, ho)

    def rows_from(start: int, stop: int) -> None:
        tmp = np.empty((n, c, step, wo), dtype=w.dtype)
        for r0 in range(start * step, min(stop * step, ho), step):
            rows = min(step, ho - r0)
            acc, t = out[:, :, r0 : r0 + rows], tmp[:, :, :rows]
            for i in range(kh):
                for j in range(kw):
                    view = _tap(xp, i, j, r0, rows, wo, s, d)
                    if i == 0 and j == 0:
                        np.multiply(view, wv[:, i, j], out=acc)
                    else:
                        np.multiply(view, wv[:, i, j], out=t)
                        acc += t

    run_ranges(rows_from, -(-ho // step), out.size * kh * kw)


def _uses_flat(w: np.ndarray, out_hw: Pair, s: Pair, groups: int) -> bool:
    """Stride 1 with enough pixels per plane to pay for the per-tap calls."""
    if s != (1, 1):
        return False
    if is_depthwise(w, groups):
        return out_hw[0] * out_hw[1] >= _axpy.MIN_PLANE_CELLS
    return True


def _fill_flat_columns(cols: np.ndarray, xf: np.ndarray, r0: int, size: int, pitch: int, d: Pair) -> np.ndarray:
    """im2col for ``size`` flat output cells from output row r0: one contiguous copy per tap."""
    cv = cols[..., :size]
    kh, kw = cols.shape[3:5]
    for i in range(kh):
        for j in range(kw):
            start = r0 * pitch + _flat.tap_offset(i, j, pitch, d)
            cv[:, :, :, i, j] = xf[..., start : start + size]
    return cv


def _add_flat_columns(dxf: np.ndarray, cv: np.ndarray, r0: int, size: int, pitch: int, d: Pair) -> None:
    """col2im, the reverse of ``_fill_flat_columns``: each tap's columns added onto its slice."""
    kh, kw = cv.shape[3:5]
    for i in range(kh):
        for j in range(kw):
            start = r0 * pitch + _flat.tap_offset(i, j, pitch, d)
            view = dxf[..., start : start + size]
            view += cv[:, :, :, i, j]


def _correlate_flat(xf: np.ndarray, padded_hw: Pair, w: np.ndarray, out_hw: Pair, d: Pair, groups: int) -> np.ndarray:
    """Stride-1 correlation of the flat padded xf (N, C, Hp·Wp + slack); see ``_flat``."""
    n, c = xf.shape[:2]
    o, cg, kh, kw = w.shape
    ho, wo = out_hw
    pitch = padded_hw[1]
    out = np.empty((n, o, ho, wo), dtype=w.dtype)
    if is_depthwise(w, groups):
        if _fft.worth_it((kh, kw), (1, 1), out_hw):
            xp = xf[..., : padded_hw[0] * pitch].reshape(n, c, *padded_hw)
            _fft.correlate(xp, w, out, d)
        else:
            _axpy.correlate(xf, w, out, pitch, d)
        return out
    k = cg * kh * kw
    step = _strip_rows(n * c * kh * kw * pitch * w.itemsize, _FLAT_COLS_BYTES, ho)
    cols, _ = _buffers.scratch("flat-cols", (n, groups, cg, kh, kw, step * pitch), w.dtype)
    res, _ = _buffers.scratch("flat-res", (n, groups, o // groups, step * pitch), w.dtype)
    xg = xf.reshape(n, groups, cg, xf.shape[-1])
    wmat = w.reshape(groups, o // groups, k)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        size = rows * pitch
        cv = _fill_flat_columns(cols, xg, r0, size, pitch, d)
        rv = res[..., :size]
        np.matmul(wmat, cv.reshape(n, groups, k, size), out=rv)
        out[:, :, r0 : r0 + rows] = rv.reshape(n, o, rows, pitch)[..., :wo]
    return out


def correlate_input(
    x4: np.ndarray, pads: Pads, mode: str, w: np.ndarray, out_hw: Pair, s: Pair, d: Pair, groups: int
) -> np.ndarray:
    """``correlate`` of x4 (N, C, H, W) padded by ``pads``: pads straight into the flat
    layout when the stride-1 paths apply (no separate padded copy)."""
    if _uses_flat(w, out_hw, s, groups):
        xf = _flat.padded(x4, pads, mode, _flat.slack(w.shape[3], d[1]), w.dtype)
        padded_hw = (x4.shape[2] + sum(pads[0]), x4.shape[3] + sum(pads[1]))
        return _correlate_flat(xf, padded_hw, w, out_hw, d, groups)
    return correlate(pad(x4, pads, mode), w, out_hw, s, d, groups)


def correlate(xp: np.ndarray, w: np.ndarray, out_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """Valid cross-correlation of padded xp (N, C, Hp, Wp) with w (O, C/groups, kH, kW)."""
    if _uses_flat(w, out_hw, s, groups):
        xf = _flat.from_padded(xp, _flat.slack(w.shape[3], d[1]))
        return _correlate_flat(xf, xp.shape[2:], w, out_hw, d, groups)
    n, c = xp.shape[:2]
    o, cg, kh, kw = w.shape
    ho, wo = out_hw
    out = np.empty((n, o, ho, wo), dtype=w.dtype)
    if is_depthwise(w, groups):
        _shift_and_add(xp, w, out, s, d)
        return out
    xg = xp.reshape(n, groups, cg, *xp.shape[2:])
    wmat = w.reshape(groups, o // groups, cg * kh * kw)
    step = _strip_rows(n * c * kh * kw * wo * w.itemsize, _COLS_BYTES, ho)
    cols = np.empty((n, groups, cg, kh, kw, step, wo), dtype=w.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        cv = cols[..., :rows, :]
        for i in range(kh):
            for j in range(kw):
                cv[:, :, :, i, j] = _tap(xg, i, j, r0, rows, wo, s, d)
        res = np.matmul(wmat, cv.reshape(n, groups, cg * kh * kw, rows * wo))
        out[:, :, r0 : r0 + rows] = res.reshape(n, o, rows, wo)
    return out


def weight_grad(xp: np.ndarray, g: np.ndarray, kernel_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """dW (O, C/groups, kH, kW) = sum over batch and output pixels of dY · tap view of xp."""
    n, c = xp.shape[:2]
    o, ho, wo = g.shape[1:]
    kh, kw = kernel_hw
    cg = c // groups
    dtype = np.result_type(xp.dtype, g.dtype)
    if cg == 1 and o == groups:
        dw = np.empty((o, 1, kh, kw), dtype=dtype)
        for i in range(kh):
            for j in range(kw):
                dw[:, 0, i, j] = np.einsum("nchw,nchw->c", g, _tap(xp, i, j, 0, ho, wo, s, d))
        return dw
    if s == (1, 1) and xp.dtype == g.dtype:
        return _weight_grad_flat(xp, g, kernel_hw, d, groups)
    xg = xp.reshape(n, groups, cg, *xp.shape[2:])
    gg = g.reshape(n, groups, o // groups, ho, wo)
    dw = np.zeros((groups, o // groups, cg * kh * kw), dtype=dtype)
    step = _strip_rows(n * c * kh * kw * wo * dtype.itemsize, _COLS_BYTES, ho)
    cols = np.empty((n, groups, cg, kh, kw, step, wo), dtype=dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        cv = cols[..., :rows, :]
        for i in range(kh):
            for j in range(kw):
                cv[:, :, :, i, j] = _tap(xg, i, j, r0, rows, wo, s, d)
        gs = gg[:, :, :, r0 : r0 + rows].reshape(n, groups, o // groups, rows * wo)
        cm = cv.reshape(n, groups, cg * kh * kw, rows * wo)
        dw += np.matmul(gs, cm.swapaxes(-1, -2)).sum(axis=0)
    return dw.reshape(o, cg, kh, kw)


def scatter(g: np.ndarray, w: np.ndarray, padded_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """dXp (N, C, Hp, Wp): each output pixel's dY spread back through the kernel onto its window."""
    n, o, ho, wo = g.shape
    _, cg, kh, kw = w.shape
    c = cg * groups
    dtype = np.result_type(g.dtype, w.dtype)
    if not is_depthwise(w, groups) and s == (1, 1) and g.dtype == w.dtype:
        return _scatter_flat(g, w, padded_hw, d, groups)
    dxp = np.zeros((n, c, *padded_hw), dtype=dtype)
    if is_depthwise(w, groups):
        wv = w[:, 0, :, :, None, None]
        tmp = np.empty_like(g, dtype=dtype)
        for i in range(kh):
            for j in range(kw):
                np.multiply(g, wv[:, i, j], out=tmp)
                view = _tap(dxp, i, j, 0, ho, wo, s, d)
                view += tmp
        return dxp
    dxg = dxp.reshape(n, groups, cg, *padded_hw)
    wmat_t = w.reshape(groups, o // groups, cg * kh * kw).swapaxes(-1, -2)
    gg = g.reshape(n, groups, o // groups, ho, wo)
    step = _strip_rows(n * c * kh * kw * wo * dtype.itemsize, _COLS_BYTES, ho)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        gs = gg[:, :, :, r0 : r0 + rows].reshape(n, groups, o // groups, rows * wo)
        cols = np.matmul(wmat_t, gs).reshape(n, groups, cg, kh, kw, rows, wo)
        for i in range(kh):
            for j in range(kw):
                view = _tap(dxg, i, j, r0, rows, wo, s, d)
                view += cols[:, :, :, i, j]
    return dxp


def _weight_grad_flat(xp: np.ndarray, g: np.ndarray, kernel_hw: Pair, d: Pair, groups: int) -> np.ndarray:
    """Stride-1 ``weight_grad`` with flat im2col strips; dY is zero in the wrap-around columns."""
    n, c, _, pitch = xp.shape
    o, ho = g.shape[1:3]
    kh, kw = kernel_hw
    cg = c // groups
    k = cg * kh * kw
    xf = _flat.from_padded(xp, _flat.slack(kw, d[1])).reshape(n, groups, cg, -1)
    step = _strip_rows(n * c * kh * kw * pitch * xp.itemsize, _FLAT_COLS_BYTES, ho)
    cols, _ = _buffers.scratch("flat-cols", (n, groups, cg, kh, kw, step * pitch), xp.dtype)
    dw = np.zeros((groups, o // groups, k), dtype=xp.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        size = rows * pitch
        cv = _fill_flat_columns(cols, xf, r0, size, pitch, d)
        gs = _flat.grad_strip(g, r0, rows, step, pitch).reshape(n, groups, o // groups, size)
        # (K × pixels) @ (pixels × O): OpenBLAS ran this shape ~1.4× faster than dY @ colsᵀ
        dw += np.matmul(cv.reshape(n, groups, k, size), gs.swapaxes(-1, -2)).sum(axis=0).swapaxes(-1, -2)
    return dw.reshape(o, cg, kh, kw)


def _scatter_flat(g: np.ndarray, w: np.ndarray, padded_hw: Pair, d: Pair, groups: int) -> np.ndarray:
    """Stride-1 ``scatter``: GEMM into flat columns, then each tap's columns are added onto a
    contiguous slice of the flat dXp (the wrap-around columns carry zeros)."""
    n, o, ho, _ = g.shape
    _, cg, kh, kw = w.shape
    c = cg * groups
    hp, pitch = padded_hw
    k = cg * kh * kw
    dxf = np.zeros((n, groups, cg, hp * pitch + _flat.slack(kw, d[1])), dtype=w.dtype)
    wmat_t = w.reshape(groups, o // groups, k).swapaxes(-1, -2)
    step = _strip_rows(n * c * kh * kw * pitch * w.itemsize, _FLAT_COLS_BYTES, ho)
    cols, _ = _buffers.scratch("flat-cols", (n, groups, cg, kh, kw, step * pitch), w.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        size = rows * pitch
        gs = _flat.grad_strip(g, r0, rows, step, pitch).reshape(n, groups, o // groups, size)
        cv = cols[..., :size]
        np.matmul(wmat_t, gs, out=cv.reshape(n, groups, k, size))
        _add_flat_columns(dxf, cv, r0, size, pitch, d)
    return dxf[..., : hp * pitch].reshape(n, c, hp, pitch)


def backward(
    x4: np.ndarray, pads: Pads, mode: str, g: np.ndarray, w: np.ndarray, padded_hw: Pair, s: Pair, d: Pair, groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """(dXp, dW) of a convolution of x4 padded by ``pads``, given dY.

    Stride-1 GEMM layers do both in one pass over row strips: the padded input goes straight
    into the flat layout, and each strip's dY is laid out once for both products.
    """
    if s == (1, 1) and not is_depthwise(w, groups) and g.dtype == w.dtype == x4.dtype:
        return _backward_flat(x4, pads, mode, g, w, padded_hw, d, groups)
    xp = pad(x4, pads, mode)
    return scatter(g, w, padded_hw, s, d, groups), weight_grad(xp, g, w.shape[2:], s, d, groups)


def _backward_flat(
    x4: np.ndarray, pads: Pads, mode: str, g: np.ndarray, w: np.ndarray, padded_hw: Pair, d: Pair, groups: int
) -> tuple[np.ndarray, np.ndarray]:
    n, c = x4.shape[:2]
    o, cg, kh, kw = w.shape
    ho = g.shape[2]
    hp, pitch = padded_hw
    k = cg * kh * kw
    extra = _flat.slack(kw, d[1])
    xf = _flat.padded(x4, pads, mode, extra, w.dtype).reshape(n, groups, cg, -1)
    # Scratch, not returned: conv2d_backward always copies dX out of it (unpad_grad).
    dxf, _ = _buffers.scratch("flat-dx", (n, groups, cg, hp * pitch + extra), w.dtype)
    dxf.fill(0)
    wmat_t = w.reshape(groups, o // groups, k).swapaxes(-1, -2)
    dw_t = np.zeros((groups, k, o // groups), dtype=w.dtype)
    step = _strip_rows(n * c * kh * kw * pitch * w.itemsize, _FLAT_COLS_BYTES, ho)
    cols, _ = _buffers.scratch("flat-cols", (n, groups, cg, kh, kw, step * pitch), w.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        size = rows * pitch
        gs = _flat.grad_strip(g, r0, rows, step, pitch).reshape(n, groups, o // groups, size)
        cv = _fill_flat_columns(cols, xf, r0, size, pitch, d)
        # (K × pixels) @ (pixels × O): OpenBLAS ran this shape ~1.4× faster than dY @ colsᵀ
        dw_t += np.matmul(cv.reshape(n, groups, k, size), gs.swapaxes(-1, -2)).sum(axis=0)
        np.matmul(wmat_t, gs, out=cv.reshape(n, groups, k, size))  # the columns are free again
        _add_flat_columns(dxf, cv, r0, size, pitch, d)
    dw = np.ascontiguousarray(dw_t.swapaxes(-1, -2)).reshape(o, cg, kh, kw)
    return dxf[..., : hp * pitch].reshape(n, c, hp, pitch), dw
