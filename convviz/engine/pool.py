"""Max and average pooling with torch's semantics, and how each routes gradients back.

Max pooling ties: the *first* maximum in row-major window order takes the whole gradient
(torch does the same on the CPU). Both loop over window offsets, never over pixels.

``padding`` is torch's (a number of cells on both sides) or, as TensorFlow and Keras define it,
``"valid"`` (no padding, the last window inside the input) or ``"same"`` (output ⌈in / stride⌉,
the odd extra cell of padding at the bottom/right). Padded cells never win a max, and with
``"same"`` they are never counted in an average (``count_include_pad`` is torch's, for numbers).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.engine._args import Pair, as_nchw, float_dtype, pair, restore_rank
from convviz.engine.geometry import PoolGeometry
from convviz.engine.padding import same_pads

TF_PADDINGS = ("same", "valid")


def pool_geometry(
    in_hw: Pair, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False
) -> PoolGeometry:
    """The windows of a pooling layer: torch's numeric padding (``PoolGeometry.resolve``), or
    TensorFlow's ``"valid"`` / ``"same"``. SAME: out = ⌈n / s⌉, total padding
    max((out − 1)·s + d·(k − 1) + 1 − n, 0), top = total // 2 and the rest at the bottom, as the
    convolution's SAME (``padding.same_pads``); held as ``padding`` = top and ``extra`` =
    bottom − top, so ``pads`` are the real sides.

    Reference: convviz.engine.reference.tf_pool_pads
    """
    if not isinstance(padding, str):
        return PoolGeometry.resolve(in_hw, kernel_size, stride, padding, dilation, ceil_mode)
    if padding not in TF_PADDINGS:
        raise ValueError(f"padding must be a number of cells, 'same' or 'valid', got {padding!r:.40}")
    if ceil_mode:
        raise ValueError("ceil_mode is torch's rule; 'same' and 'valid' fix the output size themselves")
    if padding == "valid":
        return PoolGeometry.resolve(in_hw, kernel_size, stride, 0, dilation, False)
    n, k = (int(in_hw[0]), int(in_hw[1])), pair(kernel_size, "kernel_size")
    s = k if stride is None else pair(stride, "stride")
    d = pair(dilation, "dilation")
    out = (-(-n[0] // s[0]), -(-n[1] // s[1]))
    sides = (same_pads(n[0], k[0], s[0], d[0]), same_pads(n[1], k[1], s[1], d[1]))  # the convolution's SAME
    top = (sides[0][0], sides[1][0])
    extra = (sides[0][1] - top[0], sides[1][1] - top[1])
    geo = PoolGeometry(n, k, s, top, d, False, out, extra)
    for axis in geo.axes:  # with dilation a window's taps can all land on padding
        if axis.dilation > 1 and any(len(axis.inside(o)) == 0 for o in range(axis.out)):
            raise ValueError(f"SAME pooling with dilation {d} leaves a window on padding only")
    return geo


def pool2d_output_hw(
    in_hw: Pair, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False
) -> Pair:
    """(H_out, W_out); see ``pool_geometry`` for the formula and the checks."""
    return pool_geometry(in_hw, kernel_size, stride, padding, dilation, ceil_mode).out_hw


def _window(a: np.ndarray, i: int, j: int, out: Pair, s: Pair, d: Pair) -> np.ndarray:
    r, c = i * d[0], j * d[1]
    return a[..., r : r + (out[0] - 1) * s[0] + 1 : s[0], c : c + (out[1] - 1) * s[1] + 1 : s[1]]


def _padded(x4: np.ndarray, geo: PoolGeometry, fill: float) -> np.ndarray:
    widths = ((0, 0), (0, 0), *geo.pads)
    return np.pad(x4, widths, constant_values=fill) if any(map(sum, widths)) else x4


def _max_and_argmax(
    x4: np.ndarray, kernel_size: Any, stride: Any, padding: Any, dilation: Any, ceil_mode: bool, want_arg: bool
) -> tuple[np.ndarray, np.ndarray | None, tuple[PoolGeometry, tuple[int, ...]]]:
    """The pooled maxima and, with ``want_arg``, the window offset of each winner (else None)."""
    geo = pool_geometry(x4.shape[2:], kernel_size, stride, padding, dilation, ceil_mode)
    k, s, d, out = geo.kernel_hw, geo.stride, geo.dilation, geo.out_hw
    xp = _padded(x4, geo, -np.inf)
    best = _window(xp, 0, 0, out, s, d).copy()
    taps = k[0] * k[1]
    for t in range(1, taps):
        np.maximum(best, _window(xp, t // k[1], t % k[1], out, s, d), out=best)
    if not want_arg:
        return best, None, (geo, xp.shape[2:])
    # The first winner, without a masked write per tap (those ran ~10× slower than the maxima):
    # from the last tap back, run = 0 where the tap reaches the maximum, else run + 1; at tap 0,
    # run is how many taps come before the first that does.
    arg = np.zeros(best.shape, dtype=np.uint8 if taps <= 256 else np.int32)  # small: fewer bytes to pass over
    below = np.empty(best.shape, bool)
    for t in reversed(range(taps)):
        np.less(_window(xp, t // k[1], t % k[1], out, s, d), best, out=below)
        if t < taps - 1:
            arg += 1
        np.multiply(arg, below, out=arg)
    return best, arg, (geo, xp.shape[2:])


def max_pool2d(
    x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False
) -> np.ndarray:
    """Maximum of each window (padding never wins).

    Reference: convviz.engine.reference.max_pool2d
    (``"same"``/``"valid"``: convviz.engine.reference.max_pool2d_tf)
    """
    x4, rank = as_nchw(x)
    x4 = x4.astype(float_dtype(x4), copy=False)
    best, _, _ = _max_and_argmax(x4, kernel_size, stride, padding, dilation, ceil_mode, want_arg=False)
    return restore_rank(best, rank)


def max_pool2d_argmax(
    x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """(pooled, window offset index t = i*kW + j of the winner) — what the stepper draws.

    Reference: convviz.engine.reference.max_pool2d_argmax
    (``"same"``/``"valid"``: convviz.engine.reference.max_pool2d_tf)
    """
    x4, rank = as_nchw(x)
    x4 = x4.astype(float_dtype(x4), copy=False)
    best, arg, _ = _max_and_argmax(x4, kernel_size, stride, padding, dilation, ceil_mode, want_arg=True)
    assert arg is not None  # want_arg=True
    return restore_rank(best, rank), restore_rank(arg.astype(np.int32), rank)


def max_pool2d_backward(
    grad_output: Any,
    x: Any,
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    dilation: Any = 1,
    ceil_mode: bool = False,
    argmax: Any = None,
) -> np.ndarray:
    """Each window's gradient goes to its first maximum in row-major order. ``argmax``: the
    winners ``max_pool2d_argmax`` found in the forward pass (as torch keeps its indices), else
    they are found again here.

    Reference: convviz.engine.reference.max_pool2d_backward
    (``"same"``/``"valid"``: convviz.engine.reference.max_pool2d_tf_backward)
    """
    x4, _ = as_nchw(x)
    x4 = x4.astype(float_dtype(x4, np.asarray(grad_output)), copy=False)
    geo = pool_geometry(x4.shape[2:], kernel_size, stride, padding, dilation, ceil_mode)
    if argmax is None:
        _, arg, _ = _max_and_argmax(x4, kernel_size, stride, padding, dilation, ceil_mode, want_arg=True)
    else:
        arg = np.asarray(argmax).reshape(*x4.shape[:2], *geo.out_hw)
    assert arg is not None  # want_arg=True
    p, (top, bottom), (left, right) = geo.padding, *geo.pads
    g = np.asarray(grad_output, dtype=x4.dtype).reshape(arg.shape)
    gp = np.zeros((*x4.shape[:2], x4.shape[2] + top + bottom, x4.shape[3] + left + right), dtype=x4.dtype)
    _scatter_to_winners(gp, g, arg, geo)
    h, w = x4.shape[2:]
    return gp[..., p[0] : p[0] + h, p[1] : p[1] + w].reshape(np.shape(x))


def _scatter_to_winners(gp: np.ndarray, g: np.ndarray, arg: np.ndarray, geo: PoolGeometry) -> None:
    """gp (padded) += each window's gradient at its winner. The cells a stride reaches split
    into stride_h × stride_w interleaved lattices (rows a, a + s, …); a tap always lands on
    the same lattice, shifted by whole cells. So each lattice is summed in a small contiguous
    buffer and written into gp once: one strided write per lattice, not one strided add per
    tap (3×3 / 2: 4 instead of 9, which were most of the time)."""
    (kh, kw), (sh, sw), (dh, dw), out = geo.kernel_hw, geo.stride, geo.dilation, geo.out_hw
    won, share = np.empty(arg.shape, bool), np.empty(g.shape, g.dtype)
    for a in range(sh):
        for b in range(sw):
            taps = [(i, j) for i in range(kh) for j in range(kw) if (i * dh) % sh == a and (j * dw) % sw == b]
            if not taps:
                continue
            lattice = gp[..., a::sh, b::sw]
            acc = np.zeros(lattice.shape, g.dtype)
            for i, j in taps:
                oi, oj = (i * dh) // sh, (j * dw) // sw
                np.equal(arg, i * kw + j, out=won)
                np.multiply(won, g, out=share)
                acc[..., oi : oi + out[0], oj : oj + out[1]] += share
            lattice[...] = acc


def _avg_divisor(geo: PoolGeometry, count_include_pad: bool, dtype: np.dtype) -> np.ndarray | float:
    """How many cells each window averages over (torch: padding counts, the ceil overhang never);
    one number when every window counts the same (a training step divides by it, not by an array)."""
    if geo.pads == ((0, 0), (0, 0)):
        return float(geo.kernel_hw[0] * geo.kernel_hw[1])
    (h, w), k, p, out = geo.in_hw, geo.kernel_hw, geo.padding, geo.out_hw
    (top, bottom), (left, right) = geo.pads
    mask = np.zeros((h + top + bottom, w + left + right), dtype=dtype)
    if count_include_pad:
        mask[: h + 2 * p[0], : w + 2 * p[1]] = 1
    else:
        mask[p[0] : p[0] + h, p[1] : p[1] + w] = 1
    total = np.zeros(out, dtype=dtype)
    for i in range(k[0]):
        for j in range(k[1]):
            total += _window(mask, i, j, out, geo.stride, (1, 1))
    return total


def avg_pool2d(
    x: Any,
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    ceil_mode: bool = False,
    count_include_pad: bool = True,
) -> np.ndarray:
    """Mean of each window; the divisor as torch counts it (``_avg_divisor``), and with
    ``padding="same"`` the real cells only, as TensorFlow does.

    Reference: convviz.engine.reference.avg_pool2d
    (``"same"``/``"valid"``: convviz.engine.reference.avg_pool2d_tf)
    """
    x4, rank = as_nchw(x)
    x4 = x4.astype(float_dtype(x4), copy=False)
    geo = pool_geometry(x4.shape[2:], kernel_size, stride, padding, 1, ceil_mode)
    k, s, d, out = geo.kernel_hw, geo.stride, geo.dilation, geo.out_hw
    xp = _padded(x4, geo, 0.0)
    total = _window(xp, 0, 0, out, s, d).copy()
    for t in range(1, k[0] * k[1]):
        total += _window(xp, t // k[1], t % k[1], out, s, d)
    total /= _avg_divisor(geo, count_include_pad and not isinstance(padding, str), x4.dtype)
    return restore_rank(total, rank)


def avg_pool2d_backward(
    grad_output: Any,
    x: Any,
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    ceil_mode: bool = False,
    count_include_pad: bool = True,
) -> np.ndarray:
    """Each window's gradient shared equally by the cells it averaged.

    Reference: convviz.engine.reference.avg_pool2d_backward
    (``"same"``/``"valid"``: convviz.engine.reference.avg_pool2d_tf_backward)
    """
    x4, _ = as_nchw(x)
    x4 = x4.astype(float_dtype(x4, np.asarray(grad_output)), copy=False)
    geo = pool_geometry(x4.shape[2:], kernel_size, stride, padding, 1, ceil_mode)
    k, p, out = geo.kernel_hw, geo.padding, geo.out_hw
    g = np.asarray(grad_output, dtype=x4.dtype).reshape(*x4.shape[:2], *out)
    share = g / _avg_divisor(geo, count_include_pad and not isinstance(padding, str), x4.dtype)
    h, w = x4.shape[2:]
    (top, bottom), (left, right) = geo.pads
    gp = np.zeros((*x4.shape[:2], h + top + bottom, w + left + right), dtype=x4.dtype)
    apart = all(st >= kk for st, kk in zip(geo.stride, k, strict=True))  # windows never overlap
    for t in range(k[0] * k[1]):
        view = _window(gp, t // k[1], t % k[1], out, geo.stride, geo.dilation)
        if apart:
            view[...] = share  # each cell in one window: written, not added
        else:
            view += share
    return gp[..., p[0] : p[0] + h, p[1] : p[1] + w].reshape(np.shape(x))


def global_avg_pool2d(x: Any) -> np.ndarray:
    """Mean of each channel, (N, C, 1, 1).

    Reference: convviz.engine.reference.global_avg_pool2d
    """
    x4, rank = as_nchw(x)
    return restore_rank(x4.astype(float_dtype(x4), copy=False).mean(axis=(2, 3), keepdims=True), rank)


def global_avg_pool2d_backward(grad_output: Any, x: Any) -> np.ndarray:
    """The gradient shared equally by every cell of its channel.

    Reference: convviz.engine.reference.global_avg_pool2d_backward
    """
    x4, _ = as_nchw(x)
    dtype = float_dtype(x4, np.asarray(grad_output))
    g = np.asarray(grad_output, dtype=dtype).reshape(*x4.shape[:2], 1, 1)
    return np.broadcast_to(g / (x4.shape[2] * x4.shape[3]), x4.shape).astype(dtype).reshape(np.shape(x))


def global_max_pool2d(x: Any) -> np.ndarray:
    """Maximum of each channel, (N, C, 1, 1).

    Reference: convviz.engine.reference.global_max_pool2d
    """
    x4, rank = as_nchw(x)
    return restore_rank(x4.astype(float_dtype(x4), copy=False).max(axis=(2, 3), keepdims=True), rank)


def global_max_pool2d_backward(grad_output: Any, x: Any) -> np.ndarray:
    """The whole gradient goes to the first maximum of each channel (row-major).

    Reference: convviz.engine.reference.global_max_pool2d_backward
    """
    x4, _ = as_nchw(x)
    dtype = float_dtype(x4, np.asarray(grad_output))
    n, c, h, w = x4.shape
    g = np.asarray(grad_output, dtype=dtype).reshape(n, c)
    flat = np.zeros((n, c, h * w), dtype=dtype)
    winner = x4.reshape(n, c, h * w).argmax(axis=2)
    np.put_along_axis(flat, winner[..., None], g[..., None], axis=2)
    return flat.reshape(np.shape(x))
