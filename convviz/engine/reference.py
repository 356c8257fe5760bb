"""Slow textbook versions of the engine's ops: plain loops over outputs and windows, float64.

Read these to see what an op computes; read the fast modules to see how it is made fast. The
tests compare every fast path against these (and these against torch and central differences),
so nothing here imports the rest of the engine: an oracle must not share the code it checks.
Padding, output sizes and SAME are worked out again here for the same reason.

Conventions as in ``convviz.engine``: NCHW arrays, weight (O, C/groups, kH, kW) for conv2d and
(C_in, C_out/groups, kH, kW) for conv_transpose2d, results always float64 and 4-D.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

NUMPY_PAD_MODE = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}


def pair(v: Any) -> tuple[int, int]:
    """int -> (v, v); a length-2 sequence -> tuple."""
    if isinstance(v, (int, np.integer)):
        return int(v), int(v)
    a, b = v
    return int(a), int(b)


def resolve_padding(padding: Any, in_hw: Any, kernel_hw: Any, stride: Any = 1, dilation: Any = 1) -> Any:
    """Any padding form of the contract -> ((top, bottom), (left, right))."""
    if isinstance(padding, str):
        if padding == "valid":
            return (0, 0), (0, 0)
        assert padding == "same", padding
        out = []
        for n, k, s, d in zip(in_hw, kernel_hw, pair(stride), pair(dilation), strict=True):
            o = -(-n // s)  # ceil(n / s)
            total = max((o - 1) * s + d * (k - 1) + 1 - n, 0)
            out.append((total // 2, total - total // 2))  # the odd extra goes bottom/right
        return tuple(out)
    if isinstance(padding, (int, np.integer)):
        return (int(padding),) * 2, (int(padding),) * 2
    a, b = padding
    if isinstance(a, (int, np.integer)):
        return (int(a), int(a)), (int(b), int(b))
    return (int(a[0]), int(a[1])), (int(b[0]), int(b[1]))


def pad2d(x: np.ndarray, pads: Any, mode: str = "zeros") -> np.ndarray:
    """Pad the last two axes of an NCHW array with ((top, bottom), (left, right))."""
    widths = [(0, 0)] * (x.ndim - 2) + [tuple(pads[0]), tuple(pads[1])]
    return np.pad(x, widths, mode=NUMPY_PAD_MODE[mode])  # type: ignore[call-overload]


def source_of(size: int, before: int, after: int, mode: str) -> list[int]:
    """For each padded position along one axis, the input index it copies (-1: a zero)."""
    if mode == "zeros":
        return [p - before if before <= p < before + size else -1 for p in range(size + before + after)]
    return [int(i) for i in pad2d(np.arange(size)[None, None, None, :], ((0, 0), (before, after)), mode)[0, 0, 0]]


def pool_out_size(n: int, k: int, s: int, p: int, d: int, ceil_mode: bool) -> int:
    """torch's pooling output length (the last window must start inside input or left padding)."""
    num = n + 2 * p - d * (k - 1) - 1
    o = (math.ceil(num / s) if ceil_mode else num // s) + 1
    if ceil_mode and (o - 1) * s >= n + p:
        o -= 1
    return o


def _window(a: np.ndarray, r: int, q: int, k: tuple[int, int], d: tuple[int, int]) -> np.ndarray:
    """The (..., kH, kW) taps of the window whose first tap is a[..., r, q] (a view)."""
    return a[..., r : r + d[0] * (k[0] - 1) + 1 : d[0], q : q + d[1] * (k[1] - 1) + 1 : d[1]]


def conv2d(
    x: Any,
    w: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    groups: int = 1,
    padding_mode: str = "zeros",
    flip: bool = False,
) -> np.ndarray:
    """x (N, C, H, W), w (O, C/groups, kH, kW) -> (N, O, Ho, Wo): each output is one window's
    sum of products (cross-correlation; ``flip`` rotates the kernel first)."""
    x, w = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64)
    if flip:
        w = w[:, :, ::-1, ::-1]
    N, _, H, W = x.shape
    O, Cg, kH, kW = w.shape
    (sh, sw), (dh, dw) = pair(stride), pair(dilation)
    xp = pad2d(x, resolve_padding(padding, (H, W), (kH, kW), (sh, sw), (dh, dw)), padding_mode)
    Ho = (xp.shape[2] - dh * (kH - 1) - 1) // sh + 1
    Wo = (xp.shape[3] - dw * (kW - 1) - 1) // sw + 1
    Og = O // groups
    out = np.zeros((N, O, Ho, Wo))
    for n in range(N):
        for o in range(O):
            c0 = (o // Og) * Cg  # the group's first input channel
            for y in range(Ho):
                for xx in range(Wo):
                    window = _window(xp[n, c0 : c0 + Cg], y * sh, xx * sw, (kH, kW), (dh, dw))
                    out[n, o, y, xx] = np.sum(window * w[o]) + (0.0 if bias is None else bias[o])
    return out


def conv2d_backward(
    grad_output: Any,
    x: Any,
    w: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    groups: int = 1,
    padding_mode: str = "zeros",
    flip: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dX, dW, db) of ``conv2d``: each output's gradient flows back through its window.

    The gradient of a padded cell goes to the input cell it was copied from (none for zeros).
    """
    x, w = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64)
    g = np.asarray(grad_output, dtype=np.float64)
    wf = w[:, :, ::-1, ::-1] if flip else w
    N, C, H, W = x.shape
    O, Cg, kH, kW = w.shape
    (sh, sw), (dh, dw) = pair(stride), pair(dilation)
    pads = resolve_padding(padding, (H, W), (kH, kW), (sh, sw), (dh, dw))
    xp = pad2d(x, pads, padding_mode)
    dxp, dwf = np.zeros_like(xp), np.zeros_like(w)
    Og = O // groups
    for n in range(N):
        for o in range(O):
            c0 = (o // Og) * Cg
            for y in range(g.shape[2]):
                for xx in range(g.shape[3]):
                    r, q = y * sh, xx * sw
                    dwf[o] += g[n, o, y, xx] * _window(xp[n, c0 : c0 + Cg], r, q, (kH, kW), (dh, dw))
                    window = _window(dxp[n, c0 : c0 + Cg], r, q, (kH, kW), (dh, dw))  # a view: += writes dxp
                    window += g[n, o, y, xx] * wf[o]
    rows = source_of(H, pads[0][0], pads[0][1], padding_mode)
    cols = source_of(W, pads[1][0], pads[1][1], padding_mode)
    dx = np.zeros_like(x)
    for r, src_r in enumerate(rows):
        for q, src_q in enumerate(cols):
            if src_r >= 0 and src_q >= 0:
                dx[:, :, src_r, src_q] += dxp[:, :, r, q]
    return dx, (dwf[:, :, ::-1, ::-1] if flip else dwf), g.sum(axis=(0, 2, 3))


def _transpose_geometry(x: np.ndarray, w: np.ndarray, stride: Any, output_padding: Any, dilation: Any) -> Any:
    (sh, sw), (oph, opw), (dh, dw) = pair(stride), pair(output_padding), pair(dilation)
    full_h = (x.shape[2] - 1) * sh + dh * (w.shape[2] - 1) + 1 + oph
    full_w = (x.shape[3] - 1) * sw + dw * (w.shape[3] - 1) + 1 + opw
    return (sh, sw), (dh, dw), (full_h, full_w)


def conv_transpose2d(
    x: Any,
    w: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    groups: int = 1,
    dilation: Any = 1,
) -> np.ndarray:
    """torch's conv_transpose2d: every input cell stamps w[c] · x into its window of the output,
    then ``padding`` cells are cropped from each side.

    x (N, Cin, H, W), w (Cin, Cout/groups, kH, kW) -> (N, Cout, Ho, Wo) with
    Ho = (H - 1) * stride - 2 * padding + dilation * (kH - 1) + output_padding + 1.
    """
    x, w = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64)
    N, Cin, H, W = x.shape
    Cog, kH, kW = w.shape[1:]
    (sh, sw), (dh, dw), full_hw = _transpose_geometry(x, w, stride, output_padding, dilation)
    full = np.zeros((N, Cog * groups, *full_hw))
    Cig = Cin // groups
    for n in range(N):
        for c in range(Cin):
            o0 = (c // Cig) * Cog  # the group's first output channel
            for y in range(H):
                for xx in range(W):
                    window = _window(full[n, o0 : o0 + Cog], y * sh, xx * sw, (kH, kW), (dh, dw))
                    window += x[n, c, y, xx] * w[c]
    ph, pw = pair(padding)
    out = full[:, :, ph : full_hw[0] - ph, pw : full_hw[1] - pw].copy()
    if bias is not None:
        out += np.asarray(bias, dtype=np.float64)[None, :, None, None]
    return out


def conv_transpose2d_backward(
    grad_output: Any,
    x: Any,
    w: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    groups: int = 1,
    dilation: Any = 1,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dX, dW, db) of ``conv_transpose2d``: each input cell's gradient is the sum of products
    of its stamped window's output gradients (cropped cells have none) with w[c]."""
    x, w = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64)
    g = np.asarray(grad_output, dtype=np.float64)
    N, Cin, H, W = x.shape
    Cog, kH, kW = w.shape[1:]
    (sh, sw), (dh, dw), full_hw = _transpose_geometry(x, w, stride, output_padding, dilation)
    (ph, pw), Cig = pair(padding), Cin // groups
    g_full = np.zeros((N, Cog * groups, *full_hw))
    g_full[:, :, ph : full_hw[0] - ph, pw : full_hw[1] - pw] = g
    dx, dwt = np.zeros_like(x), np.zeros_like(w)
    for n in range(N):
        for c in range(Cin):
            o0 = (c // Cig) * Cog
            for y in range(H):
                for xx in range(W):
                    window = _window(g_full[n, o0 : o0 + Cog], y * sh, xx * sw, (kH, kW), (dh, dw))
                    dx[n, c, y, xx] = np.sum(window * w[c])
                    dwt[c] += x[n, c, y, xx] * window
    return dx, dwt, g.sum(axis=(0, 2, 3))


def _pool_shape(x: np.ndarray, kernel_size: Any, stride: Any, padding: Any, dilation: Any, ceil_mode: bool) -> Any:
    k, s = pair(kernel_size), pair(kernel_size if stride is None else stride)
    p, d = pair(padding), pair(dilation)
    out = tuple(pool_out_size(x.shape[2 + a], k[a], s[a], p[a], d[a], ceil_mode) for a in (0, 1))
    return k, s, p, d, out


def max_pool2d_argmax(
    x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """(maxima, t): t = i·kW + j is the window offset of the *first* maximum in row-major
    order. Padding cells and cells past the end (ceil mode) never win."""
    x = np.asarray(x, dtype=np.float64)
    N, C, H, W = x.shape
    k, s, p, d, (Ho, Wo) = _pool_shape(x, kernel_size, stride, padding, dilation, ceil_mode)
    best, arg = np.full((N, C, Ho, Wo), -np.inf), np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for n in range(N):
        for c in range(C):
            for y in range(Ho):
                for xx in range(Wo):
                    for i in range(k[0]):
                        for j in range(k[1]):
                            r, q = y * s[0] - p[0] + i * d[0], xx * s[1] - p[1] + j * d[1]
                            if 0 <= r < H and 0 <= q < W and x[n, c, r, q] > best[n, c, y, xx]:
                                best[n, c, y, xx], arg[n, c, y, xx] = x[n, c, r, q], i * k[1] + j
    return best, arg


def max_pool2d(
    x: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1, ceil_mode: bool = False
) -> np.ndarray:
    return max_pool2d_argmax(x, kernel_size, stride, padding, dilation, ceil_mode)[0]


def max_pool2d_backward(
    grad_output: Any,
    x: Any,
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    dilation: Any = 1,
    ceil_mode: bool = False,
) -> np.ndarray:
    """Each window's whole gradient goes to its first maximum (ties: row-major order)."""
    x = np.asarray(x, dtype=np.float64)
    g = np.asarray(grad_output, dtype=np.float64)
    k, s, p, d, (Ho, Wo) = _pool_shape(x, kernel_size, stride, padding, dilation, ceil_mode)
    _, arg = max_pool2d_argmax(x, kernel_size, stride, padding, dilation, ceil_mode)
    dx = np.zeros_like(x)
    for n in range(x.shape[0]):
        for c in range(x.shape[1]):
            for y in range(Ho):
                for xx in range(Wo):
                    i, j = divmod(int(arg[n, c, y, xx]), k[1])
                    dx[n, c, y * s[0] - p[0] + i * d[0], xx * s[1] - p[1] + j * d[1]] += g[n, c, y, xx]
    return dx


def _avg_windows(x: np.ndarray, kernel_size: Any, stride: Any, padding: Any, ceil_mode: bool, include: bool) -> Any:
    """Per output cell: (n, c, y, xx, rows, cols, divisor) with the window's real input rows and
    cols. torch's divisor counts padding cells (if asked) but never cells past the padding."""
    N, C, H, W = x.shape
    (kH, kW), (sh, sw), (ph, pw), _, (Ho, Wo) = _pool_shape(x, kernel_size, stride, padding, 1, ceil_mode)
    for n in range(N):
        for c in range(C):
            for y in range(Ho):
                for xx in range(Wo):
                    r0, q0 = y * sh - ph, xx * sw - pw
                    r1, q1 = min(r0 + kH, H + ph), min(q0 + kW, W + pw)
                    rows, cols = range(max(r0, 0), min(r1, H)), range(max(q0, 0), min(q1, W))
                    divisor = (r1 - r0) * (q1 - q0) if include else len(rows) * len(cols)
                    yield n, c, y, xx, rows, cols, divisor


def avg_pool2d(
    x: Any,
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    ceil_mode: bool = False,
    count_include_pad: bool = True,
) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    _, _, _, _, out_hw = _pool_shape(x, kernel_size, stride, padding, 1, ceil_mode)
    out = np.zeros((*x.shape[:2], *out_hw))
    for n, c, y, xx, rows, cols, divisor in _avg_windows(x, kernel_size, stride, padding, ceil_mode, count_include_pad):
        out[n, c, y, xx] = sum(x[n, c, r, q] for r in rows for q in cols) / divisor
    return out


def avg_pool2d_backward(
    grad_output: Any,
    x: Any,
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    ceil_mode: bool = False,
    count_include_pad: bool = True,
) -> np.ndarray:
    """Each window's gradient is shared equally by the cells it averaged (padding's share is lost)."""
    x = np.asarray(x, dtype=np.float64)
    g = np.asarray(grad_output, dtype=np.float64)
    dx = np.zeros_like(x)
    for n, c, y, xx, rows, cols, divisor in _avg_windows(x, kernel_size, stride, padding, ceil_mode, count_include_pad):
        for r in rows:
            for q in cols:
                dx[n, c, r, q] += g[n, c, y, xx] / divisor
    return dx


def global_avg_pool2d(x: Any) -> np.ndarray:
    """One window over the whole map (so are the other global pools)."""
    x = np.asarray(x, dtype=np.float64)
    return avg_pool2d(x, x.shape[2:])


def global_avg_pool2d_backward(grad_output: Any, x: Any) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    return avg_pool2d_backward(np.asarray(grad_output).reshape(*x.shape[:2], 1, 1), x, x.shape[2:])


def global_max_pool2d(x: Any) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    return max_pool2d(x, x.shape[2:])


def global_max_pool2d_backward(grad_output: Any, x: Any) -> np.ndarray:
    """The whole gradient of each channel goes to its first maximum (row-major)."""
    x = np.asarray(x, dtype=np.float64)
    return max_pool2d_backward(np.asarray(grad_output).reshape(*x.shape[:2], 1, 1), x, x.shape[2:])


def log_softmax(x: Any) -> np.ndarray:
    """Row by row: x_i − log Σ_j exp(x_j), the largest score taken out first (log-sum-exp)."""
    x = np.asarray(x, dtype=np.float64)
    out = np.empty_like(x)
    for n in range(x.shape[0]):
        top = max(float(v) for v in x[n])
        total = sum(math.exp(float(v) - top) for v in x[n])
        for i in range(x.shape[1]):
            out[n, i] = float(x[n, i]) - top - math.log(total)
    return out


def cross_entropy(logits: Any, targets: Any) -> float:
    """(1/N) Σ_n −log softmax(logits_n)[target_n]."""
    logp = log_softmax(logits)
    return sum(-logp[n, int(t)] for n, t in enumerate(targets)) / len(targets)


def batch_norm2d(x: Any, weight: Any, bias: Any, mean: Any = None, var: Any = None, eps: float = 1e-5) -> np.ndarray:
    """Per channel: (x − μ) / √(σ² + eps) · w + b, with μ and σ² (biased) summed over N, H, W
    unless given (evaluation with running statistics)."""
    x = np.asarray(x, dtype=np.float64)
    n, c, h, w = x.shape
    out = np.empty_like(x)
    for ch in range(c):
        values = [float(v) for v in x[:, ch].ravel()]
        mu = sum(values) / len(values) if mean is None else float(mean[ch])
        sigma2 = sum((v - mu) ** 2 for v in values) / len(values) if var is None else float(var[ch])
        scale = float(weight[ch]) / math.sqrt(sigma2 + eps)
        for b in range(n):
            for i in range(h):
                for j in range(w):
                    out[b, ch, i, j] = (float(x[b, ch, i, j]) - mu) * scale + float(bias[ch])
    return out


def tf_pool_pads(in_hw: Any, kernel_size: Any, stride: Any = None, padding: str = "same", dilation: Any = 1) -> Any:
    """TensorFlow's pooling padding ((top, bottom), (left, right)) and output size (Ho, Wo):
    VALID pads nothing and keeps the windows that fit, ⌈(n − d·(k − 1)) / s⌉; SAME gives
    ⌈n / s⌉ outputs and pads what their windows need, the odd extra cell at the bottom/right."""
    k = pair(kernel_size)
    s = k if stride is None else pair(stride)
    d = pair(dilation)
    if padding == "valid":
        out = tuple(math.ceil((n - d[a] * (k[a] - 1)) / s[a]) for a, n in enumerate(in_hw))
        return ((0, 0), (0, 0)), out
    assert padding == "same", padding
    out = tuple(math.ceil(n / s[a]) for a, n in enumerate(in_hw))
    # Written out here, not taken from the engine's padding module, so it stays an oracle.
    totals = [max((out[a] - 1) * s[a] + d[a] * (k[a] - 1) + 1 - in_hw[a], 0) for a in (0, 1)]
    pads = tuple((t // 2, t - t // 2) for t in totals)
    return pads, out


def _tf_windows(x: np.ndarray, kernel_size: Any, stride: Any, padding: str, dilation: Any) -> Any:
    """Per output cell: (n, c, y, xx, taps) with taps the window's real input cells
    [(r, q, i·kW + j), ...] in row-major window order; padding cells are simply not there."""
    N, C, H, W = x.shape
    k = pair(kernel_size)
    s = k if stride is None else pair(stride)
    d = pair(dilation)
    ((top, _), (left, _)), (Ho, Wo) = tf_pool_pads((H, W), k, s, padding, d)
    for n in range(N):
        for c in range(C):
            for y in range(Ho):
                for xx in range(Wo):
                    taps = []
                    for i in range(k[0]):
                        for j in range(k[1]):
                            r, q = y * s[0] - top + i * d[0], xx * s[1] - left + j * d[1]
                            if 0 <= r < H and 0 <= q < W:
                                taps.append((r, q, i * k[1] + j))
                    yield n, c, y, xx, taps


def max_pool2d_tf(x: Any, kernel_size: Any, stride: Any = None, padding: str = "same", dilation: Any = 1) -> Any:
    """(maxima, t) of TensorFlow's max pooling (``tf.nn.max_pool``, Keras ``MaxPooling2D``):
    the largest real cell of each window, t = i·kW + j the window offset of the first one."""
    x = np.asarray(x, dtype=np.float64)
    H, W = x.shape[2:]
    _, out_hw = tf_pool_pads((H, W), kernel_size, stride, padding, dilation)
    best, arg = np.full((*x.shape[:2], *out_hw), -np.inf), np.zeros((*x.shape[:2], *out_hw), dtype=np.int64)
    for n, c, y, xx, taps in _tf_windows(x, kernel_size, stride, padding, dilation):
        for r, q, t in taps:
            if x[n, c, r, q] > best[n, c, y, xx]:
                best[n, c, y, xx], arg[n, c, y, xx] = x[n, c, r, q], t
    return best, arg


def max_pool2d_tf_backward(
    grad_output: Any, x: Any, kernel_size: Any, stride: Any = None, padding: str = "same", dilation: Any = 1
) -> np.ndarray:
    """Each window's whole gradient goes to its first largest real cell."""
    x = np.asarray(x, dtype=np.float64)
    g = np.asarray(grad_output, dtype=np.float64)
    dx = np.zeros_like(x)
    for n, c, y, xx, taps in _tf_windows(x, kernel_size, stride, padding, dilation):
        values = [x[n, c, r, q] for r, q, _ in taps]
        r, q, _ = taps[values.index(max(values))]  # index(): the first of equal maxima
        dx[n, c, r, q] += g[n, c, y, xx]
    return dx


def avg_pool2d_tf(x: Any, kernel_size: Any, stride: Any = None, padding: str = "same") -> np.ndarray:
    """TensorFlow's average pooling: the mean of each window's real cells (padding not counted)."""
    x = np.asarray(x, dtype=np.float64)
    _, out_hw = tf_pool_pads(x.shape[2:], kernel_size, stride, padding)
    out = np.zeros((*x.shape[:2], *out_hw))
    for n, c, y, xx, taps in _tf_windows(x, kernel_size, stride, padding, 1):
        out[n, c, y, xx] = sum(x[n, c, r, q] for r, q, _ in taps) / len(taps)
    return out


def avg_pool2d_tf_backward(
    grad_output: Any, x: Any, kernel_size: Any, stride: Any = None, padding: str = "same"
) -> np.ndarray:
    """Each window's gradient shared equally by its real cells."""
    x = np.asarray(x, dtype=np.float64)
    g = np.asarray(grad_output, dtype=np.float64)
    dx = np.zeros_like(x)
    for n, c, y, xx, taps in _tf_windows(x, kernel_size, stride, padding, 1):
        for r, q, _ in taps:
            dx[n, c, r, q] += g[n, c, y, xx] / len(taps)
    return dx
