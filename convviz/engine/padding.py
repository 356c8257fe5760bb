"""Padding: resolve every accepted form to per-side amounts, pad, and fold gradients back."""

from __future__ import annotations

import math
from typing import Any, Literal

import numpy as np

from convviz.engine._args import Pair, pair

Pads = tuple[Pair, Pair]  # ((top, bottom), (left, right))

# The np.pad modes the torch padding modes map to.
NpPadMode = Literal["constant", "reflect", "edge", "wrap"]
# torch's padding_mode names -> numpy's pad modes.
PADDING_MODES: dict[str, NpPadMode] = {
    "zeros": "constant",
    "reflect": "reflect",
    "replicate": "edge",
    "circular": "wrap",
}


def same_pads(size: int, k: int, s: int, d: int) -> Pair:
    """TensorFlow/Keras SAME: output ceil(size / s); the odd extra cell goes after."""
    out = math.ceil(size / s)
    total = max((out - 1) * s + d * (k - 1) + 1 - size, 0)
    return total // 2, total - total // 2


def resolve_padding(padding: Any, in_hw: Pair, kernel_hw: Pair, stride: Any = 1, dilation: Any = 1) -> Pads:
    """Any accepted padding form -> ((top, bottom), (left, right))."""
    if isinstance(padding, str):
        kind = padding.lower()
        if kind == "valid":
            return (0, 0), (0, 0)
        if kind == "same":
            sh, sw = pair(stride, "stride")
            dh, dw = pair(dilation, "dilation")
            return (
                same_pads(in_hw[0], kernel_hw[0], sh, dh),
                same_pads(in_hw[1], kernel_hw[1], sw, dw),
            )
        raise ValueError(f"padding must be an int, a pair, per-side pairs, 'valid' or 'same', got {padding!r}")
    if isinstance(padding, (tuple, list)) and len(padding) == 2 and all(isinstance(p, (tuple, list)) for p in padding):
        (t, b), (l, r) = pair(padding[0], "padding", 0), pair(padding[1], "padding", 0)
        return (t, b), (l, r)
    ph, pw = pair(padding, "padding", 0)
    return (ph, ph), (pw, pw)


def check_mode(mode: str) -> NpPadMode:
    if mode not in PADDING_MODES:
        raise ValueError(f"padding_mode must be one of {sorted(PADDING_MODES)}, got {mode!r}")
    return PADDING_MODES[mode]


def pad(x: np.ndarray, pads: Pads, mode: str = "zeros", value: float = 0.0) -> np.ndarray:
    """Pad the last two axes of x; returns x itself when there is nothing to pad."""
    np_mode = check_mode(mode)
    (t, b), (l, r) = pads
    if t == b == l == r == 0:
        return x
    h, w = x.shape[-2:]
    if mode == "reflect" and (max(t, b) >= h or max(l, r) >= w):
        raise ValueError(f"reflect padding {pads} must be smaller than the input size {(h, w)}")
    if mode == "circular" and (max(t, b) > h or max(l, r) > w):
        raise ValueError(f"circular padding {pads} must not exceed the input size {(h, w)}")
    widths = [(0, 0)] * (x.ndim - 2) + [(t, b), (l, r)]
    if np_mode == "constant":
        return np.pad(x, widths, mode="constant", constant_values=value)
    return np.pad(x, widths, mode=np_mode)


def source_index(size: int, before: int, after: int, mode: str) -> np.ndarray:
    """For each padded position along one axis, the input index it copies (-1 for zeros)."""
    if mode == "zeros":
        idx = np.full(size + before + after, -1)
        idx[before : before + size] = np.arange(size)
        return idx
    return np.pad(np.arange(size), (before, after), mode=PADDING_MODES[mode])


def unpad_grad(grad_padded: np.ndarray, pads: Pads, mode: str, in_hw: Pair) -> np.ndarray:
    """Fold a gradient w.r.t. the padded input back onto the input cells it was copied from."""
    (t, b), (l, r) = pads
    h, w = in_hw
    g = grad_padded
    if mode == "zeros" or t == b == l == r == 0:
        return g[..., t : t + h, l : l + w].copy()  # always a copy: g may be a scratch buffer
    # Padding copies whole rows then whole columns, so the fold is separable.
    rows = source_index(h, t, b, mode)
    gh = g[..., t : t + h, :].copy()
    for p in [*range(t), *range(t + h, t + h + b)]:
        gh[..., rows[p], :] += g[..., p, :]
    cols = source_index(w, l, r, mode)
    out = gh[..., l : l + w].copy()
    for p in [*range(l), *range(l + w, l + w + r)]:
        out[..., cols[p]] += gh[..., p]
    return out
