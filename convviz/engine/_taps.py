"""The loops every convolution is made of, on strided views: vectorised over pixels, looping
over taps. Any stride; ``_dispatch`` sends stride 1 to the flat layout (``_flat``) instead.

A *tap* (i, j) is one kernel position. For output rows [r0, r1) it reads the strided view
``xp[..., i*dh + r0*sh : ... : sh, j*dw : ... : sw]`` of the padded input. Then:

- correlate:   out  = sum over taps of  w[:, :, i, j] · tap view         (forward)
- weight_grad: dW[:, :, i, j] = sum over pixels of  dY · tap view       (backward, weights)
- scatter:     tap view of dXp += w[:, :, i, j]ᵀ · dY                   (backward, input;
  also the forward pass of a transposed convolution)

Depthwise layers (one input and one output channel per group) multiply and add tap by tap in
row strips that fit the cache. Everything else builds im2col columns for a strip of output
rows at a time and does one batched GEMM, so the column buffer stays small (never the whole
frame). ``fill_columns`` and ``add_columns`` are the one im2col and the one col2im loop, for
this layout and the flat one.

A training step builds its columns once: ``correlate_keeping_columns`` builds the whole
frame's in one go and returns them with the output, and ``weight_grad_from_columns`` turns
them and dY into dW and the bias gradient in one GEMM, building none again.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from convviz.engine import _buffers
from convviz.engine._args import Pair
from convviz.engine._parallel import run_ranges

_STRIP_BYTES = 1 << 19  # shift-and-add: a strip of output about the size of L2
_COLS_BYTES = 8 << 20  # im2col (gradients): the largest column buffer built at once
# Forward im2col, per strip of output rows: 4 MiB measured best of 0.5–16 MiB by a hair (the
# GEMM writing the output's rows directly and carrying the bias did most: 3→16 at 224² went
# from 1.15 to ~0.9 ms).
_GEMM_COLS_BYTES = 4 << 20
# Training: the largest batch of columns a forward pass keeps for its backward pass (the whole
# frame at once, held until that backward). LeNet-5's second layer at batch 64 keeps 3.7 MiB.
KEPT_COLS_BYTES = 64 << 20
# ... filled in two passes from this many kernel rows on (``fill_frame_columns``): 5×5 kernels
# at batch 64 on 10- and 28-pixel rows (LeNet-5) filled 2.0× and 1.55× faster, 7×7 at batch 8
# on 58-pixel rows 1.5×; 3×3 was a wash (0.87–1.13×).
_TWO_PASS_MIN_ROWS = 5

TapOf = Callable[[int, int], np.ndarray]  # (i, j) -> that tap's view of the input or dX


def tap(a: np.ndarray, i: int, j: int, r0: int, rows: int, wo: int, s: Pair, d: Pair) -> np.ndarray:
    top = i * d[0] + r0 * s[0]
    left = j * d[1]
    return a[..., top : top + (rows - 1) * s[0] + 1 : s[0], left : left + (wo - 1) * s[1] + 1 : s[1]]


def taps(a: np.ndarray, r0: int, rows: int, wo: int, s: Pair, d: Pair) -> TapOf:
    """(i, j) -> the strided view of ``a`` that tap reads for output rows [r0, r0 + rows)."""
    return lambda i, j: tap(a, i, j, r0, rows, wo, s, d)


def strip_rows(bytes_per_row: int, budget: int, total: int) -> int:
    return max(1, min(total, budget // max(bytes_per_row, 1)))


def fill_columns(cols: np.ndarray, tap_of: TapOf) -> np.ndarray:
    """im2col: cols[:, :, :, i, j] = tap (i, j), for cols (N, G, C/G, kH, kW, *pixels)."""
    kh, kw = cols.shape[3:5]
    for i in range(kh):
        for j in range(kw):
            cols[:, :, :, i, j] = tap_of(i, j)
    return cols


def fill_frame_columns(cols: np.ndarray, xg: np.ndarray, s: Pair, d: Pair) -> np.ndarray:
    """``fill_columns`` of a whole frame: cols (N, G, C/G, kH, kW, Ho, Wo) from the padded
    xg (N, G, C/G, Hp, Wp).

    From ``_TWO_PASS_MIN_ROWS`` kernel rows on, in two passes: first every kernel column's view
    of all the padded rows (runs of Wo), then each kernel row's rows of those, an (Ho, Wo) block
    that is one contiguous run at stride 1. One pass copies runs of Wo for every tap.
    """
    kh, kw, ho, wo = cols.shape[3:]
    if kh < _TWO_PASS_MIN_ROWS:
        return fill_columns(cols, taps(xg, 0, ho, wo, s, d))
    by_column = _buffers.scratch("frame-taps", (*xg.shape[:3], kw, xg.shape[3], wo), cols.dtype)
    for j in range(kw):
        left = j * d[1]
        by_column[:, :, :, j] = xg[..., left : left + (wo - 1) * s[1] + 1 : s[1]]
    for i in range(kh):
        top = i * d[0]
        cols[:, :, :, i] = by_column[..., top : top + (ho - 1) * s[0] + 1 : s[0], :]
    return cols


def add_columns(tap_of: TapOf, cols: np.ndarray) -> None:
    """col2im, the reverse of ``fill_columns``: each tap's columns added onto its view."""
    kh, kw = cols.shape[3:5]
    for i in range(kh):
        for j in range(kw):
            view = tap_of(i, j)
            view += cols[:, :, :, i, j]


def shift_and_add(xp: np.ndarray, w: np.ndarray, out: np.ndarray, s: Pair, d: Pair, parallel: bool) -> None:
    """Depthwise correlation: out[:, c] = sum over taps of w[c, 0, i, j] * tap view of xp[:, c]."""
    n, c, ho, wo = out.shape
    kh, kw = w.shape[2:]
    wv = w[:, 0, :, :, None, None]  # (C, kH, kW, 1, 1): one scalar per channel and tap
    step = strip_rows(n * c * wo * w.itemsize, _STRIP_BYTES, ho)

    def rows_from(start: int, stop: int) -> None:
        tmp = np.empty((n, c, step, wo), dtype=w.dtype)
        for r0 in range(start * step, min(stop * step, ho), step):
            rows = min(step, ho - r0)
            acc, t = out[:, :, r0 : r0 + rows], tmp[:, :, :rows]
            for i in range(kh):
                for j in range(kw):
                    view = tap(xp, i, j, r0, rows, wo, s, d)
                    if i == 0 and j == 0:
                        np.multiply(view, wv[:, i, j], out=acc)
                    else:
                        np.multiply(view, wv[:, i, j], out=t)
                        acc += t

    run_ranges(rows_from, -(-ho // step), parallel)


def _weight_matrix(w: np.ndarray, bias: np.ndarray | None, groups: int) -> np.ndarray:
    """w as (G, O/G, K), and [W | b] when there is a bias (against columns with a row of ones)."""
    o, k = w.shape[0], w[0].size
    wmat = w.reshape(groups, o // groups, k)
    if bias is None:
        return wmat
    return np.concatenate([wmat, bias.reshape(groups, o // groups, 1).astype(w.dtype)], axis=2)


def correlate(
    xp: np.ndarray, w: np.ndarray, out_hw: Pair, s: Pair, d: Pair, groups: int, bias: np.ndarray | None = None
) -> np.ndarray:
    """Valid cross-correlation of padded xp (N, C, Hp, Wp) with w (O, C/groups, kH, kW), plus
    ``bias`` (O,) if given, any stride.

    Strips of output rows: im2col of the strip's taps into columns that stay in the cache
    (``_GEMM_COLS_BYTES``; kernels of ``_TWO_PASS_MIN_ROWS`` rows or more in two passes, as
    ``fill_frame_columns``), then one GEMM straight into the output's rows. Where the weights
    are small against the output, the bias rides in the GEMM as a row of ones under the
    columns, so the output is written exactly once; otherwise it is added after.
    """
    n = xp.shape[0]
    o, cg, kh, kw = w.shape
    ho, wo = out_hw
    k = cg * kh * kw
    # Folding the bias in copies the weights once per call: worth it where they are small
    # against the output (early layers); deep layers (512×4608 weights for 7×7 maps) add it after.
    fold = bias is not None and k + 1 <= n * ho * wo
    extra = 1 if fold else 0
    out = np.empty((n, o, ho, wo), dtype=w.dtype)
    xg = xp.reshape(n, groups, cg, *xp.shape[2:])
    wmat = _weight_matrix(w, bias if fold else None, groups)
    step = strip_rows(n * groups * (k + extra) * wo * w.itemsize, _GEMM_COLS_BYTES, ho)
    cols = _buffers.scratch("gemm-cols", (n, groups, k + extra, step * wo), w.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        cv = cols[..., : rows * wo]
        strip = cv[:, :, :k].reshape(n, groups, cg, kh, kw, rows, wo)
        if kh >= _TWO_PASS_MIN_ROWS:  # the strip's padded rows, filled as a frame of their own
            top = r0 * s[0]
            fill_frame_columns(strip, xg[..., top : top + (rows - 1) * s[0] + (kh - 1) * d[0] + 1, :], s, d)
        else:
            fill_columns(strip, taps(xg, r0, rows, wo, s, d))
        if fold:
            cv[:, :, k] = 1
        target = out[:, :, r0 : r0 + rows].reshape(n, groups, o // groups, rows * wo)  # a view: rows are contiguous
        np.matmul(wmat, cv, out=target)
    if bias is not None and not fold:
        out += bias.reshape(1, o, 1, 1).astype(w.dtype, copy=False)
    return out


def kept_columns_bytes(n: int, w_shape: tuple[int, ...], groups: int, out_hw: Pair, itemsize: int) -> int:
    """The size of the columns ``correlate_keeping_columns`` builds."""
    return n * groups * (int(np.prod(w_shape[1:])) + 1) * out_hw[0] * out_hw[1] * itemsize


def correlate_keeping_columns(
    xp: np.ndarray, w: np.ndarray, out_hw: Pair, s: Pair, d: Pair, groups: int, bias: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``correlate``, and the columns it multiplied: (N, G, C/G·kH·kW + 1, Ho·Wo), each output
    pixel's taps and a 1 under them (the bias's row, there with or without a bias).

    One strip of the whole frame, into a new array (not scratch: the caller keeps it, for
    ``weight_grad_from_columns``).
    """
    n = xp.shape[0]
    o, cg, kh, kw = w.shape
    ho, wo = out_hw
    k = cg * kh * kw
    cols = np.empty((n, groups, k + 1, ho * wo), dtype=w.dtype)
    fill_frame_columns(
        cols[:, :, :k].reshape(n, groups, cg, kh, kw, ho, wo), xp.reshape(n, groups, cg, *xp.shape[2:]), s, d
    )
    cols[:, :, k] = 1
    out = np.empty((n, o, ho, wo), dtype=w.dtype)
    used = cols if bias is not None else cols[:, :, :k]
    np.matmul(_weight_matrix(w, bias, groups), used, out=out.reshape(n, groups, o // groups, ho * wo))
    return out, cols


def weight_grad_from_columns(cols: np.ndarray, g: np.ndarray, groups: int) -> tuple[np.ndarray, np.ndarray]:
    """(dW as (G, O/G, C/G·kH·kW), db (O,)) from the columns ``correlate_keeping_columns``
    returned and dY = g: dW = sum over batch and pixels of dY · columnsᵀ, one batched GEMM whose
    row of ones gives db (the sum of dY) alongside."""
    n, _, k1, pixels = cols.shape
    o = g.shape[1]
    gs = g.reshape(n, groups, o // groups, pixels)
    # (K+1 × pixels) @ (pixels × O): OpenBLAS ran this shape ~1.7× faster than dY @ colsᵀ
    dwb = np.matmul(cols, gs.swapaxes(-1, -2)).sum(axis=0)  # (G, K + 1, O/G)
    return np.ascontiguousarray(dwb[:, : k1 - 1].swapaxes(-1, -2)), dwb[:, k1 - 1].reshape(o)


def weight_grad_depthwise(xp: np.ndarray, g: np.ndarray, kernel_hw: Pair, s: Pair, d: Pair) -> np.ndarray:
    """Depthwise dW (C, 1, kH, kW): one sum over batch and pixels per tap."""
    c, ho, wo = g.shape[1:]
    dw = np.empty((c, 1, *kernel_hw), dtype=xp.dtype)
    for i in range(kernel_hw[0]):
        for j in range(kernel_hw[1]):
            dw[:, 0, i, j] = np.einsum("nchw,nchw->c", g, tap(xp, i, j, 0, ho, wo, s, d))
    return dw


def weight_grad(xp: np.ndarray, g: np.ndarray, kernel_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """dW (O, C/groups, kH, kW) = sum over batch and output pixels of dY · tap view of xp."""
    n, c = xp.shape[:2]
    o, ho, wo = g.shape[1:]
    kh, kw = kernel_hw
    cg = c // groups
    xg = xp.reshape(n, groups, cg, *xp.shape[2:])
    gg = g.reshape(n, groups, o // groups, ho, wo)
    dw = np.zeros((groups, o // groups, cg * kh * kw), dtype=xp.dtype)
    step = strip_rows(n * c * kh * kw * wo * xp.itemsize, _COLS_BYTES, ho)
    cols = np.empty((n, groups, cg, kh, kw, step, wo), dtype=xp.dtype)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        cv = fill_columns(cols[..., :rows, :], taps(xg, r0, rows, wo, s, d))
        gs = gg[:, :, :, r0 : r0 + rows].reshape(n, groups, o // groups, rows * wo)
        cm = cv.reshape(n, groups, cg * kh * kw, rows * wo)
        dw += np.matmul(gs, cm.swapaxes(-1, -2)).sum(axis=0)
    return dw.reshape(o, cg, kh, kw)


def scatter_depthwise(g: np.ndarray, w: np.ndarray, padded_hw: Pair, s: Pair, d: Pair) -> np.ndarray:
    """Depthwise dXp (N, C, Hp, Wp): each tap's view of dXp += w[c, 0, i, j] · dY."""
    n, c, ho, wo = g.shape
    dxp = np.zeros((n, c, *padded_hw), dtype=w.dtype)
    wv = w[:, 0, :, :, None, None]
    tmp = np.empty_like(g)
    for i in range(w.shape[2]):
        for j in range(w.shape[3]):
            np.multiply(g, wv[:, i, j], out=tmp)
            view = tap(dxp, i, j, 0, ho, wo, s, d)
            view += tmp
    return dxp


def scatter(g: np.ndarray, w: np.ndarray, padded_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """dXp (N, C, Hp, Wp): each output pixel's dY spread back through the kernel onto its window."""
    n, o, ho, wo = g.shape
    _, cg, kh, kw = w.shape
    c = cg * groups
    dxp = np.zeros((n, c, *padded_hw), dtype=w.dtype)
    dxg = dxp.reshape(n, groups, cg, *padded_hw)
    wmat_t = w.reshape(groups, o // groups, cg * kh * kw).swapaxes(-1, -2)
    gg = g.reshape(n, groups, o // groups, ho, wo)
    step = strip_rows(n * c * kh * kw * wo * w.itemsize, _COLS_BYTES, ho)
    for r0 in range(0, ho, step):
        rows = min(step, ho - r0)
        gs = gg[:, :, :, r0 : r0 + rows].reshape(n, groups, o // groups, rows * wo)
        cols = np.matmul(wmat_t, gs).reshape(n, groups, cg, kh, kw, rows, wo)
        add_columns(taps(dxg, r0, rows, wo, s, d), cols)
    return dxp
