"""Slow, obvious reference implementations used as oracles for the engine tests.

Everything here is written as textbook nested loops on float64 arrays so it can be checked by eye.
None of it imports convviz: the tests compare the engine against these, never against itself.
"""

from __future__ import annotations

import math

import numpy as np

NUMPY_PAD_MODE = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}


def pair(v):
    """int -> (v, v); a length-2 sequence -> tuple."""
    if isinstance(v, (int, np.integer)):
        return int(v), int(v)
    a, b = v
    return int(a), int(b)


def resolve_padding(padding, in_hw, kernel_hw, stride=1, dilation=1):
    """Reference for the padding forms of the contract -> ((top, bottom), (left, right))."""
    if isinstance(padding, str):
        if padding == "valid":
            return (0, 0), (0, 0)
        assert padding == "same", padding
        sh, sw = pair(stride)
        dh, dw = pair(dilation)
        out = []
        for n, k, s, d in ((in_hw[0], kernel_hw[0], sh, dh), (in_hw[1], kernel_hw[1], sw, dw)):
            eff = d * (k - 1) + 1
            o = -(-n // s)  # ceil(n / s)
            total = max((o - 1) * s + eff - n, 0)
            out.append((total // 2, total - total // 2))  # odd extra goes bottom/right
        return tuple(out)
    if isinstance(padding, (int, np.integer)):
        p = int(padding)
        return (p, p), (p, p)
    a, b = padding
    if isinstance(a, (int, np.integer)):
        return (int(a), int(a)), (int(b), int(b))
    return (int(a[0]), int(a[1])), (int(b[0]), int(b[1]))


def pad2d(x, pads, mode="zeros"):
    """Pad the last two axes of an NCHW array with ((top, bottom), (left, right))."""
    widths = [(0, 0)] * (x.ndim - 2) + [tuple(pads[0]), tuple(pads[1])]
    return np.pad(x, widths, mode=NUMPY_PAD_MODE[mode])


def conv2d(x, w, bias=None, stride=1, padding=0, dilation=1, groups=1, padding_mode="zeros", flip=False):
    """x (N, C, H, W), w (O, C/groups, kH, kW) -> (N, O, Ho, Wo) in float64."""
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    if flip:
        w = w[:, :, ::-1, ::-1]
    N, C, H, W = x.shape
    O, Cg, kH, kW = w.shape
    sh, sw = pair(stride)
    dh, dw = pair(dilation)
    pads = resolve_padding(padding, (H, W), (kH, kW), (sh, sw), (dh, dw))
    xp = pad2d(x, pads, padding_mode)
    Hp, Wp = xp.shape[2:]
    Ho = (Hp - dh * (kH - 1) - 1) // sh + 1
    Wo = (Wp - dw * (kW - 1) - 1) // sw + 1
    Og = O // groups
    out = np.zeros((N, O, Ho, Wo))
    for n in range(N):
        for o in range(O):
            g = o // Og
            for y in range(Ho):
                for xx in range(Wo):
                    acc = 0.0
                    for c in range(Cg):
                        for i in range(kH):
                            for j in range(kW):
                                acc += xp[n, g * Cg + c, y * sh + i * dh, xx * sw + j * dw] * w[o, c, i, j]
                    if bias is not None:
                        acc += bias[o]
                    out[n, o, y, xx] = acc
    return out


def conv_transpose2d(x, w, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    """torch.nn.functional.conv_transpose2d semantics by scattering every input cell.

    x (N, Cin, H, W), w (Cin, Cout/groups, kH, kW) -> (N, Cout, Ho, Wo) with
    Ho = (H - 1) * stride - 2 * padding + dilation * (kH - 1) + output_padding + 1.
    """
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    N, Cin, H, W = x.shape
    _, Cog, kH, kW = w.shape
    sh, sw = pair(stride)
    ph, pw = pair(padding)
    oph, opw = pair(output_padding)
    dh, dw = pair(dilation)
    Cig = Cin // groups
    Cout = Cog * groups
    full_h = (H - 1) * sh + dh * (kH - 1) + 1 + oph
    full_w = (W - 1) * sw + dw * (kW - 1) + 1 + opw
    full = np.zeros((N, Cout, full_h, full_w))
    for n in range(N):
        for c in range(Cin):
            g = c // Cig
            for y in range(H):
                for xx in range(W):
                    for oc in range(Cog):
                        for i in range(kH):
                            for j in range(kW):
                                full[n, g * Cog + oc, y * sh + i * dh, xx * sw + j * dw] += (
                                    x[n, c, y, xx] * w[c, oc, i, j]
                                )
    Ho = full_h - 2 * ph
    Wo = full_w - 2 * pw
    out = full[:, :, ph : ph + Ho, pw : pw + Wo].copy()
    if bias is not None:
        out += np.asarray(bias, dtype=np.float64)[None, :, None, None]
    return out


def pool_out_size(n, k, s, p, d, ceil_mode):
    """torch's pooling output length (the last window must start inside input or left padding)."""
    num = n + 2 * p - d * (k - 1) - 1
    o = (math.ceil(num / s) if ceil_mode else num // s) + 1
    if ceil_mode and (o - 1) * s >= n + p:
        o -= 1
    return o


def max_pool2d(x, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False):
    x = np.asarray(x, dtype=np.float64)
    N, C, H, W = x.shape
    kH, kW = pair(kernel_size)
    sh, sw = pair(stride if stride is not None else kernel_size)
    ph, pw = pair(padding)
    dh, dw = pair(dilation)
    Ho = pool_out_size(H, kH, sh, ph, dh, ceil_mode)
    Wo = pool_out_size(W, kW, sw, pw, dw, ceil_mode)
    out = np.full((N, C, Ho, Wo), -np.inf)
    for n in range(N):
        for c in range(C):
            for y in range(Ho):
                for xx in range(Wo):
                    best = -np.inf  # padding cells count as -inf, cells past the end likewise
                    for i in range(kH):
                        for j in range(kW):
                            r = y * sh - ph + i * dh
                            q = xx * sw - pw + j * dw
                            if 0 <= r < H and 0 <= q < W and x[n, c, r, q] > best:
                                best = x[n, c, r, q]
                    out[n, c, y, xx] = best
    return out


def avg_pool2d(x, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    """torch's avg_pool2d: the divisor counts padding cells (if asked) but never cells past the padding."""
    x = np.asarray(x, dtype=np.float64)
    N, C, H, W = x.shape
    kH, kW = pair(kernel_size)
    sh, sw = pair(stride if stride is not None else kernel_size)
    ph, pw = pair(padding)
    Ho = pool_out_size(H, kH, sh, ph, 1, ceil_mode)
    Wo = pool_out_size(W, kW, sw, pw, 1, ceil_mode)
    out = np.zeros((N, C, Ho, Wo))
    for n in range(N):
        for c in range(C):
            for y in range(Ho):
                for xx in range(Wo):
                    r0, q0 = y * sh - ph, xx * sw - pw
                    r1, q1 = min(r0 + kH, H + ph), min(q0 + kW, W + pw)
                    padded_count = (r1 - r0) * (q1 - q0)
                    acc, real_count = 0.0, 0
                    for r in range(max(r0, 0), min(r1, H)):
                        for q in range(max(q0, 0), min(q1, W)):
                            acc += x[n, c, r, q]
                            real_count += 1
                    out[n, c, y, xx] = acc / (padded_count if count_include_pad else real_count)
    return out


def numerical_grad(f, x, G, eps=1e-6):
    """Central-difference d(sum(f(x) * G))/dx in float64 for a fixed array G shaped like f(x)."""
    x = np.array(x, dtype=np.float64)
    G = np.asarray(G, dtype=np.float64)
    grad = np.zeros_like(x)
    flat = x.reshape(-1)
    gflat = grad.reshape(-1)
    for k in range(flat.size):
        old = flat[k]
        flat[k] = old + eps
        plus = float(np.sum(np.asarray(f(x), dtype=np.float64) * G))
        flat[k] = old - eps
        minus = float(np.sum(np.asarray(f(x), dtype=np.float64) * G))
        flat[k] = old
        gflat[k] = (plus - minus) / (2 * eps)
    return grad


def assert_grad_close(got, expected, rtol=1e-5, name="grad"):
    """Compare gradients with a tolerance scaled by the largest gradient magnitude."""
    got = np.asarray(got, dtype=np.float64)
    expected = np.asarray(expected, dtype=np.float64)
    assert got.shape == expected.shape, f"{name}: shape {got.shape} != {expected.shape}"
    scale = max(1.0, float(np.max(np.abs(expected))) if expected.size else 1.0)
    err = float(np.max(np.abs(got - expected))) if expected.size else 0.0
    assert err <= rtol * scale, f"{name}: max abs err {err:.3g} > {rtol:g} * {scale:.3g}"


def distinct_values(rng, shape, spread=1.0):
    """Random values with pairwise gaps far larger than the finite-difference step (no ties/kinks)."""
    n = int(np.prod(shape))
    vals = (rng.permutation(n) - n // 2 + rng.uniform(0.1, 0.9, n)) * spread / max(n, 1) * 4
    return vals.reshape(shape)
