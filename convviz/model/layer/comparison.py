"""Two settings side by side: what a kept layer was, and how the current one differs from it.

Words a student reads ("stride 1 → 2", "output 62×62 → 31×31"), from the two results' own
snapshots and shapes; Qt-free.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from convviz.model.layer.compute import Result
from convviz.model.settings import LayerParams, PaddingKind, Pooling, PoolPadding

_LABELS = {
    "stride": "stride",
    "padding_kind": "padding",
    "pad_top": "top pad",
    "pad_bottom": "bottom pad",
    "pad_left": "left pad",
    "pad_right": "right pad",
    "padding_mode": "pad mode",
    "dilation": "dilation",
    "flip": "true convolution",
    "use_bias": "bias",
    "activation": "activation",
    "pooling": "pooling",
    "pool_size": "pool size",
    "pool_stride": "pool stride",
    "pool_padding": "pool padding",
}

_POOL_EDGES = {PoolPadding.VALID: "VALID", PoolPadding.CEIL: "ceil mode", PoolPadding.SAME: "SAME"}


def _value(v: object) -> str:
    if isinstance(v, bool):
        return "on" if v else "off"
    return str(getattr(v, "value", v)).replace("_", " ")


def _shape(result: Result) -> tuple[int, int]:
    maps = output(result)
    return int(maps.shape[1]), int(maps.shape[2])


def output(result: Result) -> np.ndarray:
    """The layer's final maps: pooled if it pools, else the activated convolution."""
    maps = result.pooled if result.pooled is not None else result.activated
    assert result.ok and maps is not None, "only a result that ran has maps"
    return maps


def _shown_fields(p: LayerParams) -> list[str]:
    """The settings that matter for this layer (explicit pads only with explicit padding, the
    pool's size only with a windowed pool)."""
    names = [f.name for f in dataclasses.fields(p)]
    if p.padding_kind is not PaddingKind.EXPLICIT:
        names = [n for n in names if not n.startswith("pad_")]
    if p.pooling not in (Pooling.MAX, Pooling.AVG):
        names = [n for n in names if n not in ("pool_size", "pool_stride", "pool_padding")]
    return names


def describe(result: Result) -> str:
    """One line: the layer's kernel and the settings a student changes, and its output size."""
    snap, p = result.snapshot, result.snapshot.params
    _, c, kh, kw = snap.weight.shape
    h, w = _shape(result)
    parts = [f"{kh}×{kw} {snap.names[0] if snap.names else 'kernel'}", f"stride {p.stride}", _value(p.padding_kind)]
    if p.dilation != 1:
        parts.append(f"dilation {p.dilation}")
    if p.pooling is not Pooling.NONE:
        edge = p.pool_padding is not PoolPadding.VALID and not p.pooling.is_global
        parts.append(f"{_value(p.pooling)} pool" + (f" ({_POOL_EDGES[p.pool_padding]})" if edge else ""))
    return f"{' · '.join(parts)} → {h}×{w}"


def differences(kept: Result, now: Result) -> list[str]:
    """How ``now`` differs from ``kept``: each changed setting, then the output size."""
    a, b = kept.snapshot, now.snapshot
    changes = []
    for name in dict.fromkeys(_shown_fields(a.params) + _shown_fields(b.params)):
        old, new = getattr(a.params, name), getattr(b.params, name)
        if old != new:
            changes.append(f"{_LABELS[name]} {_value(old)} → {_value(new)}")
    if a.weight.shape != b.weight.shape or not (a.weight == b.weight).all():
        changes.append("the kernel")
    if a.image is not b.image and (a.image.shape != b.image.shape or not (a.image == b.image).all()):
        changes.append("the image")
    if a.color_mode != b.color_mode:
        changes.append(f"channels {_value(a.color_mode)} → {_value(b.color_mode)}")
    (h0, w0), (h1, w1) = _shape(kept), _shape(now)
    if (h0, w0) != (h1, w1):
        changes.append(f"output {h0}×{w0} → {h1}×{w1}")
    return changes
