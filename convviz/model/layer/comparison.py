"""Two settings side by side: what a kept layer was, and how the current one differs from it.

Words a student reads ("stride 1 → 2", "output 62×62 → 31×31"), from the two results' own
snapshots and shapes; Qt-free, in the interface's language (``convviz.text.tr``, context
"LayerComparison"; the settings' values that are identifiers, relu or 3, stay as they are).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from convviz.model.layer.compute import Result
from convviz.model.settings import LayerParams, PaddingKind, Pooling, PoolPadding
from convviz.text import noop, tr

# Each setting's name, translated where shown (label()).
_LABELS = {
    "stride": noop("LayerComparison", "stride"),
    "padding_kind": noop("LayerComparison", "padding"),
    "pad_top": noop("LayerComparison", "top pad"),
    "pad_bottom": noop("LayerComparison", "bottom pad"),
    "pad_left": noop("LayerComparison", "left pad"),
    "pad_right": noop("LayerComparison", "right pad"),
    "padding_mode": noop("LayerComparison", "pad mode"),
    "dilation": noop("LayerComparison", "dilation"),
    "flip": noop("LayerComparison", "true convolution"),
    "use_bias": noop("LayerComparison", "bias"),
    "activation": noop("LayerComparison", "activation"),
    "pooling": noop("LayerComparison", "pooling"),
    "pool_size": noop("LayerComparison", "pool size"),
    "pool_stride": noop("LayerComparison", "pool stride"),
    "pool_padding": noop("LayerComparison", "pool padding"),
}


def label(name: str) -> str:
    """A setting's name (a ``LayerParams`` field) as the comparison writes it, translated."""
    return tr("LayerComparison", _LABELS[name])


def _pool_edge(edge: PoolPadding) -> str:
    return tr("LayerComparison", "ceil mode") if edge is PoolPadding.CEIL else edge.value.upper()


def _values() -> dict[str, str]:
    """The settings' values that are words (not identifiers such as relu), translated."""
    return {
        "on": tr("LayerComparison", "on"),
        "off": tr("LayerComparison", "off"),
        "none": tr("LayerComparison", "none"),
        "valid": tr("LayerComparison", "valid"),
        "same": tr("LayerComparison", "same"),
        "explicit": tr("LayerComparison", "explicit"),
        "ceil": tr("LayerComparison", "ceil"),
        "zeros": tr("LayerComparison", "zeros"),
        "reflect": tr("LayerComparison", "reflect"),
        "replicate": tr("LayerComparison", "replicate"),
        "circular": tr("LayerComparison", "circular"),
        "max": tr("LayerComparison", "max"),
        "avg": tr("LayerComparison", "avg"),
        "global max": tr("LayerComparison", "global max"),
        "global avg": tr("LayerComparison", "global avg"),
        "gray": tr("LayerComparison", "gray"),
        "rgb": tr("LayerComparison", "rgb"),
    }


def _value(v: object) -> str:
    if isinstance(v, bool):
        text = "on" if v else "off"
    else:
        text = str(getattr(v, "value", v)).replace("_", " ")
    return _values().get(text, text)


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
    name = snap.names[0] if snap.names else tr("LayerComparison", "kernel")
    parts = [
        f"{kh}×{kw} {name}",
        tr("LayerComparison", "stride {stride}").format(stride=p.stride),
        _value(p.padding_kind),
    ]
    if p.dilation != 1:
        parts.append(tr("LayerComparison", "dilation {dilation}").format(dilation=p.dilation))
    if p.pooling is not Pooling.NONE:
        edge = p.pool_padding is not PoolPadding.VALID and not p.pooling.is_global
        kind = _value(p.pooling)
        if edge:
            pool = tr("LayerComparison", "{kind} pool ({edge})").format(kind=kind, edge=_pool_edge(p.pool_padding))
        else:
            pool = tr("LayerComparison", "{kind} pool").format(kind=kind)
        parts.append(pool)
    return f"{' · '.join(parts)} → {h}×{w}"


def differences(kept: Result, now: Result) -> list[str]:
    """How ``now`` differs from ``kept``: each changed setting, then the output size."""
    a, b = kept.snapshot, now.snapshot
    changes = []
    for name in dict.fromkeys(_shown_fields(a.params) + _shown_fields(b.params)):
        old, new = getattr(a.params, name), getattr(b.params, name)
        if old != new:
            changes.append(f"{label(name)} {_value(old)} → {_value(new)}")
    if a.weight.shape != b.weight.shape or not (a.weight == b.weight).all():
        changes.append(tr("LayerComparison", "the kernel"))
    if a.image is not b.image and (a.image.shape != b.image.shape or not (a.image == b.image).all()):
        changes.append(tr("LayerComparison", "the image"))
    if a.color_mode != b.color_mode:
        old_mode, new_mode = _value(a.color_mode), _value(b.color_mode)
        changes.append(tr("LayerComparison", "channels {old} → {new}").format(old=old_mode, new=new_mode))
    (h0, w0), (h1, w1) = _shape(kept), _shape(now)
    if (h0, w0) != (h1, w1):
        changes.append(tr("LayerComparison", "output {h0}×{w0} → {h1}×{w1}").format(h0=h0, w0=w0, h1=h1, w1=w1))
    return changes
