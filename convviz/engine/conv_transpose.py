"""Transposed convolution: every input cell stamps a scaled copy of the kernel into the output.

It is the gradient of a convolution with respect to its input, so it reuses the same taps:
the forward pass is ``scatter`` and the input gradient is ``correlate`` (paths picked in
``_dispatch``; arguments cast to the result dtype here, once).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.engine import _dispatch
from convviz.engine._args import Pair, as_bias, as_nchw, as_weight, float_dtype, pair, restore_rank
from convviz.engine.geometry import span


def _geometry(
    in_hw: Pair, kernel_hw: Pair, stride: Any, padding: Any, output_padding: Any, dilation: Any
) -> tuple[Pair, Pair, Pair, Pair, Pair]:
    s, d = pair(stride, "stride"), pair(dilation, "dilation")
    p = pair(padding, "padding", 0)
    op = pair(output_padding, "output_padding", 0)
    for a in (0, 1):
        if op[a] >= max(s[a], d[a]):
            raise ValueError(f"output_padding {op} must be smaller than stride {s} or dilation {d}")
    full_h, full_w = ((in_hw[a] - 1) * s[a] + span(kernel_hw[a], d[a]) + op[a] for a in (0, 1))
    full = (full_h, full_w)
    out = (full_h - 2 * p[0], full_w - 2 * p[1])
    if min(out) < 1:
        raise ValueError(f"padding {p} crops the whole output (uncropped size {full})")
    return s, d, p, full, out


def conv_transpose2d_output_hw(
    in_hw: Pair, kernel_hw: Any, stride: Any = 1, padding: Any = 0, output_padding: Any = 0, dilation: Any = 1
) -> Pair:
    return _geometry((in_hw[0], in_hw[1]), pair(kernel_hw, "kernel_size"), stride, padding, output_padding, dilation)[4]


def _prepare(x: Any, weight: Any, groups: int, other: Any = None) -> tuple[np.ndarray, np.ndarray, int]:
    x4, rank = as_nchw(x)
    w = as_weight(weight)
    if not isinstance(groups, (int, np.integer)) or groups < 1 or x4.shape[1] % groups:
        raise ValueError(f"groups={groups!r} must be a positive int dividing in_channels={x4.shape[1]}")
    if w.shape[0] != x4.shape[1]:
        raise ValueError(
            f"channel mismatch: input has {x4.shape[1]} channels but weight.shape[0] is {w.shape[0]} "
            "(transposed weights are (in_channels, out_channels/groups, kH, kW))"
        )
    dtype = float_dtype(x4, w, None if other is None else np.asarray(other))
    return x4.astype(dtype, copy=False), np.ascontiguousarray(w, dtype=dtype), rank


def conv_transpose2d(
    x: Any,
    weight: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    groups: int = 1,
    dilation: Any = 1,
) -> np.ndarray:
    """Like torch.nn.functional.conv_transpose2d; weight is (in, out/groups, kH, kW).

    Reference: convviz.engine.reference.conv_transpose2d
    """
    x4, w, rank = _prepare(x, weight, groups, bias)
    s, d, p, full, out_hw = _geometry(x4.shape[2:], w.shape[2:], stride, padding, output_padding, dilation)
    stamped = _dispatch.scatter(x4, w, full, s, d, groups)
    out = np.ascontiguousarray(stamped[..., p[0] : p[0] + out_hw[0], p[1] : p[1] + out_hw[1]])
    b = as_bias(bias, out.shape[1], w.dtype)
    if b is not None:
        out += b[:, None, None]
    return restore_rank(out, rank)


def conv_transpose2d_backward(
    grad_output: Any,
    x: Any,
    weight: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    groups: int = 1,
    dilation: Any = 1,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of conv_transpose2d w.r.t. input, weight and bias.

    Reference: convviz.engine.reference.conv_transpose2d_backward
    """
    x4, w, rank = _prepare(x, weight, groups, grad_output)
    s, d, p, full, out_hw = _geometry(x4.shape[2:], w.shape[2:], stride, padding, output_padding, dilation)
    n, o = x4.shape[0], w.shape[1] * groups
    g = np.asarray(grad_output, dtype=w.dtype).reshape(n, o, *out_hw)
    g_full = np.zeros((n, o, *full), dtype=w.dtype)
    g_full[..., p[0] : p[0] + out_hw[0], p[1] : p[1] + out_hw[1]] = g
    dx = _dispatch.correlate(g_full, w, x4.shape[2:], s, d, groups)
    dw = _dispatch.weight_grad(g_full, x4, w.shape[2:], s, d, groups)
    return dx.reshape(np.shape(x)), dw.reshape(np.shape(weight)), g.sum(axis=(0, 2, 3))
