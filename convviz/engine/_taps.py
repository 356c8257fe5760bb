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
"""

from __future__ import annotations

import numpy as np

from ._args import Pair
from ._parallel import run_ranges

_STRIP_BYTES = 1 << 19  # shift-and-add: a strip of output about the size of L2
_COLS_BYTES = 8 << 20  # im2col: the largest column buffer built at once


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


def correlate(xp: np.ndarray, w: np.ndarray, out_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """Valid cross-correlation of padded xp (N, C, Hp, Wp) with w (O, C/groups, kH, kW)."""
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
