"""Max and average pooling with torch's semantics, and how each routes gradients back.

Max pooling ties: the *first* maximum in row-major window order takes the whole gradient
(torch does the same on the CPU). Both loop over window offsets, never over pixels.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ._args import Pair, as_nchw, float_dtype, pair, restore_rank
from .conv import span


def pool_output_size(size: int, k: int, s: int, p: int, d: int, ceil_mode: bool) -> int:
    numerator = size + 2 * p - span(k, d)
    out = (-(-numerator // s) if ceil_mode else numerator // s) + 1
    if ceil_mode and (out - 1) * s >= size + p:
        out -= 1  # the last window must start inside the input or its left padding
    return out


def _geometry(in_hw: Pair, kernel_size: Any, stride: Any, padding: Any, dilation: Any, ceil_mode: bool):
    k = pair(kernel_size, "kernel_size")
    s = k if stride is None else pair(stride, "stride")
    p = pair(padding, "padding", 0)
    d = pair(dilation, "dilation")
    for a in (0, 1):
        if 2 * p[a] > k[a]:
            raise ValueError(f"padding {p} must be at most half the kernel_size {k}")
    out = tuple(pool_output_size(in_hw[a], k[a], s[a], p[a], d[a], ceil_mode) for a in (0, 1))
    if min(out) < 1:  # ceil_mode keeps one window that overhangs, as torch does
        raise ValueError(f"pooling window {k} (dilation {d}) is larger than the padded input {in_hw}")
    # Windows of the last row/column may run past the padding in ceil mode: pad enough for them.
    extra = tuple(max((out[a] - 1) * s[a] + span(k[a], d[a]) - in_hw[a] - 2 * p[a], 0) for a in (0, 1))
    return k, s, p, d, out, extra


def pool2d_output_hw(
    in_hw: Pair, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False
) -> Pair:
    return _geometry(tuple(in_hw), kernel_size, stride, padding, dilation, ceil_mode)[4]


def _window(a: np.ndarray, i: int, j: int, out: Pair, s: Pair, d: Pair) -> np.ndarray:
    r, c = i * d[0], j * d[1]
    return a[..., r : r + (out[0] - 1) * s[0] + 1 : s[0], c : c + (out[1] - 1) * s[1] + 1 : s[1]]


def _padded(x4: np.ndarray, p: Pair, extra: Pair, fill: float) -> np.ndarray:
    widths = ((0, 0), (0, 0), (p[0], p[0] + extra[0]), (p[1], p[1] + extra[1]))
    return np.pad(x4, widths, constant_values=fill) if any(map(sum, widths)) else x4


def _max_and_argmax(x4, kernel_size, stride, padding, dilation, ceil_mode, want_arg: bool):
    k, s, p, d, out, extra = _geometry(x4.shape[2:], kernel_size, stride, padding, dilation, ceil_mode)
    xp = _padded(x4, p, extra, -np.inf)
    best = _window(xp, 0, 0, out, s, d).copy()
    arg = np.zeros(best.shape, dtype=np.int32) if want_arg else None
    for t in range(1, k[0] * k[1]):
        view = _window(xp, t // k[1], t % k[1], out, s, d)
        if want_arg:
            better = view > best  # strict: the first maximum keeps the gradient
            np.copyto(best, view, where=better)
            arg[better] = t
        else:
            np.maximum(best, view, out=best)
    return best, arg, (k, s, p, d, out, extra, xp.shape[2:])


def max_pool2d(x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False) -> np.ndarray:
    x4, rank = as_nchw(x)
    x4 = x4.astype(float_dtype(x4), copy=False)
    best, _, _ = _max_and_argmax(x4, kernel_size, stride, padding, dilation, ceil_mode, want_arg=False)
    return restore_rank(best, rank)


def max_pool2d_argmax(x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False):
    """(pooled, window offset index t = i*kW + j of the winner) — what the stepper draws."""
    x4, rank = as_nchw(x)
    x4 = x4.astype(float_dtype(x4), copy=False)
    best, arg, _ = _max_and_argmax(x4, kernel_size, stride, padding, dilation, ceil_mode, want_arg=True)
    return restore_rank(best, rank), restore_rank(arg, rank)


def max_pool2d_backward(grad_output: Any, x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False) -> np.ndarray:
    x4, _ = as_nchw(x)
    x4 = x4.astype(float_dtype(x4, np.asarray(grad_output)), copy=False)
    best, arg, (k, s, p, d, out, extra, padded_hw) = _max_and_argmax(
        x4, kernel_size, stride, padding, dilation, ceil_mode, want_arg=True
    )
    g = np.asarray(grad_output, dtype=x4.dtype).reshape(best.shape)
    gp = np.zeros((*x4.shape[:2], *padded_hw), dtype=x4.dtype)
    for t in range(k[0] * k[1]):
        view = _window(gp, t // k[1], t % k[1], out, s, d)
        view += np.where(arg == t, g, 0)
    h, w = x4.shape[2:]
    return gp[..., p[0] : p[0] + h, p[1] : p[1] + w].reshape(np.shape(x))


def _avg_divisor(in_hw: Pair, k, s, p, out, extra, count_include_pad: bool, dtype) -> np.ndarray:
    """How many cells each window averages over (torch: padding counts, the ceil overhang never)."""
    h, w = in_hw
    mask = np.zeros((h + 2 * p[0] + extra[0], w + 2 * p[1] + extra[1]), dtype=dtype)
    if count_include_pad:
        mask[: h + 2 * p[0], : w + 2 * p[1]] = 1
    else:
        mask[p[0] : p[0] + h, p[1] : p[1] + w] = 1
    total = np.zeros(out, dtype=dtype)
    for i in range(k[0]):
        for j in range(k[1]):
            total += _window(mask, i, j, out, s, (1, 1))
    return total


def avg_pool2d(x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, ceil_mode: bool = False, count_include_pad: bool = True) -> np.ndarray:
    x4, rank = as_nchw(x)
    x4 = x4.astype(float_dtype(x4), copy=False)
    k, s, p, d, out, extra = _geometry(x4.shape[2:], kernel_size, stride, padding, 1, ceil_mode)
    xp = _padded(x4, p, extra, 0.0)
    total = _window(xp, 0, 0, out, s, d).copy()
    for t in range(1, k[0] * k[1]):
        total += _window(xp, t // k[1], t % k[1], out, s, d)
    total /= _avg_divisor(x4.shape[2:], k, s, p, out, extra, count_include_pad, x4.dtype)
    return restore_rank(total, rank)


def avg_pool2d_backward(grad_output: Any, x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, ceil_mode: bool = False, count_include_pad: bool = True) -> np.ndarray:
    x4, _ = as_nchw(x)
    x4 = x4.astype(float_dtype(x4, np.asarray(grad_output)), copy=False)
    k, s, p, d, out, extra = _geometry(x4.shape[2:], kernel_size, stride, padding, 1, ceil_mode)
    g = np.asarray(grad_output, dtype=x4.dtype).reshape(*x4.shape[:2], *out)
    share = g / _avg_divisor(x4.shape[2:], k, s, p, out, extra, count_include_pad, x4.dtype)
    h, w = x4.shape[2:]
    gp = np.zeros((*x4.shape[:2], h + 2 * p[0] + extra[0], w + 2 * p[1] + extra[1]), dtype=x4.dtype)
    for t in range(k[0] * k[1]):
        view = _window(gp, t // k[1], t % k[1], out, s, d)
        view += share
    return gp[..., p[0] : p[0] + h, p[1] : p[1] + w].reshape(np.shape(x))


def global_avg_pool2d(x: Any) -> np.ndarray:
    x4, rank = as_nchw(x)
    return restore_rank(x4.astype(float_dtype(x4), copy=False).mean(axis=(2, 3), keepdims=True), rank)


def global_avg_pool2d_backward(grad_output: Any, x: Any) -> np.ndarray:
    x4, _ = as_nchw(x)
    dtype = float_dtype(x4, np.asarray(grad_output))
    g = np.asarray(grad_output, dtype=dtype).reshape(*x4.shape[:2], 1, 1)
    return np.broadcast_to(g / (x4.shape[2] * x4.shape[3]), x4.shape).astype(dtype).reshape(np.shape(x))


def global_max_pool2d(x: Any) -> np.ndarray:
    x4, rank = as_nchw(x)
    return restore_rank(x4.astype(float_dtype(x4), copy=False).max(axis=(2, 3), keepdims=True), rank)


def global_max_pool2d_backward(grad_output: Any, x: Any) -> np.ndarray:
    """The whole gradient goes to the first maximum of each channel (row-major)."""
    x4, _ = as_nchw(x)
    dtype = float_dtype(x4, np.asarray(grad_output))
    n, c, h, w = x4.shape
    g = np.asarray(grad_output, dtype=dtype).reshape(n, c)
    flat = np.zeros((n, c, h * w), dtype=dtype)
    winner = x4.reshape(n, c, h * w).argmax(axis=2)
    np.put_along_axis(flat, winner[..., None], g[..., None], axis=2)
    return flat.reshape(np.shape(x))
