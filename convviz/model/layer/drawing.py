"""The layer's result as 8-bit images ready to draw, made on the worker thread.

Colour-scaling a 2048² float map costs the GUI thread 10-15 ms per view per repaint (pyqtgraph
rescales floats in `paint`), and a setting change repaints three or four views. Here the levels
are chosen and every map is turned into colour-table indices once, off the GUI thread; a view
then only wraps the bytes in a QImage. The float maps stay on the result for values and hover.

Reference for the scale: index = round(255 · (v − lo) / (hi − lo)), clipped to 0..255 — what
pyqtgraph's ImageItem draws for float data with ``levels=(lo, hi)`` and a 256-entry table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from convviz.engine.geometry import WindowAxis

Levels = tuple[float, float]
ROBUST_PERCENTILE = 99.5  # of |v|: a few extreme cells may saturate, the rest gets the colours
SAMPLE_CELLS = 1 << 16  # percentiles from an even subsample (every k-th row and column): ~0.5 ms for any map


@dataclass(frozen=True)
class Look:
    """How the maps are drawn (View menu): the levels' rule, contrast, and gray for magnitudes."""

    symmetric: bool = True  # the colour map is diverging: levels (−m, m) keep zero at its centre
    robust: bool = True  # m from the 99.5th percentile of the maps' interior, not their maximum
    gain: float = 1.0  # contrast: the levels are divided by this
    gray_when_positive: bool = True  # maps with no negative cell (a blur, after ReLU) are drawn in gray
    per_map: bool = False  # each filter's map (and its pooled map) on its own scale, not one for the bank
    sqrt_scale: bool = True  # signed maps: colour ∝ sign(v)·√|v|, so faint structure is not drawn white


def interior(rows: WindowAxis, cols: WindowAxis) -> tuple[slice, slice]:
    """Output cells whose whole window lies on the input, not on padding: zero padding puts an
    artificial edge on the border that would otherwise set the scale (±1.1 became ±3.5)."""

    def axis(a: WindowAxis) -> slice:
        first = -(-a.before // a.stride)  # ⌈p / s⌉
        last = (a.size - a.span + a.before) // a.stride  # ⌊(size − span + p) / s⌋
        return slice(first, last + 1) if last >= first else slice(0, a.out)

    return axis(rows), axis(cols)


def robust_levels(maps: np.ndarray, look: Look, inside: tuple[slice, slice] | None = None) -> tuple[Levels, bool]:
    """(levels, gray): the levels `look` asks for, and whether the maps are drawn in gray."""
    sample = maps if inside is None else maps[:, inside[0], inside[1]]
    if sample.size == 0:
        sample = maps
    # Every step-th row and column: flattening the interior first copied the whole map (4 ms at 1080p).
    step = max(1, int(np.ceil(np.sqrt(sample.size / SAMPLE_CELLS))))
    flat = sample[:, ::step, ::step].ravel()
    flat = flat[np.isfinite(flat)]
    if flat.size == 0:
        return (-1.0, 1.0), False
    gray = look.gray_when_positive and look.symmetric and float(flat.min()) >= 0.0
    if gray or not look.symmetric:
        lo = 0.0 if gray else _percentile(flat, 100.0 - ROBUST_PERCENTILE, look.robust, "min")
        hi = _percentile(flat, ROBUST_PERCENTILE, look.robust, "max")
        if hi <= lo:
            return (lo - 0.5, lo + 0.5), gray
        centre = 0.0 if gray else (lo + hi) / 2
        return (centre + (lo - centre) / look.gain, centre + (hi - centre) / look.gain), gray
    m = _percentile(np.abs(flat), ROBUST_PERCENTILE, look.robust, "max") or float(np.abs(flat).max()) or 1.0
    return (-m / look.gain, m / look.gain), False


def _percentile(values: np.ndarray, q: float, robust: bool, extreme: str) -> float:
    if not robust:
        return float(values.max() if extreme == "max" else values.min())
    return float(np.percentile(values, q))


def levels_for(maps: np.ndarray, symmetric: bool = True) -> Levels:
    """Symmetric (−m, m) levels put zero at a diverging map's neutral centre colour (also after
    ReLU, where "nothing" must not look like "very negative"); otherwise the data's own range."""
    if maps.size == 0:
        return -1.0, 1.0
    lo, hi = float(np.min(maps)), float(np.max(maps))
    if not (np.isfinite(lo) and np.isfinite(hi)):  # NaN or ±inf somewhere: the finite cells decide
        finite = maps[np.isfinite(maps)]
        if finite.size == 0:
            return -1.0, 1.0
        lo, hi = float(finite.min()), float(finite.max())
    if symmetric:
        m = max(abs(lo), abs(hi)) or 1.0
        return -m, m
    return (lo, hi) if hi > lo else (lo - 0.5, lo + 0.5)


def to_indices(values: np.ndarray, levels: Levels) -> np.ndarray:
    """uint8 colour-table indices of `values` scaled so `levels` span 0..255 (NaN draws as 0)."""
    lo, hi = levels
    scale = np.float32(255.0 / ((hi - lo) or 1.0))
    out = np.multiply(values, scale, dtype=np.float32)
    out += np.float32(0.5 - lo * scale)  # + 0.5: truncating a non-negative value then rounds it
    np.fmax(out, np.float32(0.0), out=out)  # fmax drops NaN: a NaN cell draws as 0
    np.fmin(out, np.float32(255.0), out=out)
    return out.astype(np.uint8)


def to_indices_sqrt(values: np.ndarray, levels: Levels) -> np.ndarray:
    """uint8 indices on a signed square-root scale over symmetric ``levels`` (−m, m):
    index = round(255 · (1 + sign(v)·√min(|v|/m, 1)) / 2). An edge map is mostly near 0; on a
    linear scale 70–90 % of a photo's cells fell in the middle tenth of the colours (white),
    which reads as "found nothing" (UX review B3). The ends and 0 keep their values."""
    m = np.float32(abs(levels[1]) or 1.0)
    t = np.divide(values, m, dtype=np.float32)
    np.clip(t, -1.0, 1.0, out=t)
    root = np.sqrt(np.abs(t))
    np.copysign(root, t, out=root)
    root *= np.float32(127.5)
    root += np.float32(128.0)  # 127.5 to centre, + 0.5 to round when truncating
    np.fmax(root, np.float32(0.0), out=root)  # NaN draws as 0
    np.fmin(root, np.float32(255.0), out=root)
    return root.astype(np.uint8)


def to_pixels(chw: np.ndarray) -> np.ndarray:
    """A (C, H, W) picture in [0, 1] as bytes: (H, W) gray or (H, W, 3) RGB, C-contiguous."""
    pixels = to_indices(chw, (0.0, 1.0))  # on the contiguous planes; the bytes are transposed after
    return pixels[0] if chw.shape[0] == 1 else np.ascontiguousarray(pixels.transpose(1, 2, 0))


def contiguous_pixels(pixels: np.ndarray) -> np.ndarray:
    """(H, W, 3) uint8 as one C-contiguous block (a QImage's layout). A mirrored view is copied
    plane by plane: copying it whole ran 3.5× slower (a reversed 3-byte stride)."""
    if pixels.flags.c_contiguous:
        return pixels
    out = np.empty(pixels.shape, np.uint8)
    for c in range(pixels.shape[2]):
        out[:, :, c] = pixels[:, :, c]
    return out


NEUTRAL = 128  # the index of 0 on a symmetric scale: what padding a block adds nothing to
OVERVIEW_FACTORS = (2, 4, 8)  # cells per screen pixel the overviews are made for
OVERVIEW_MIN_SIDE = 256  # smaller maps are drawn whole: an overview saves nothing there


def _halve(indices: np.ndarray, pick: np.ufunc, fill: int) -> np.ndarray:
    """(F, H, W) → (F, ⌈H/2⌉, ⌈W/2⌉): ``pick`` (np.maximum or np.minimum) of each 2×2 block,
    as pairwise ``pick`` of strided halves (elementwise: a reduction over a tiny axis ran ~20×
    slower). An odd edge is padded with ``fill``, which never wins."""
    f, h, w = indices.shape
    if h % 2 or w % 2:
        indices = np.pad(indices, ((0, 0), (0, h % 2), (0, w % 2)), constant_values=fill)
    rows = pick(indices[:, 0::2], indices[:, 1::2])
    return pick(rows[:, :, 0::2], rows[:, :, 1::2])


def _farthest(high: np.ndarray, low: np.ndarray) -> np.ndarray:
    """Per cell, whichever of a block's largest and smallest index lies farther from the neutral
    centre 128, the largest on a tie (it is on the positive side): high − 128 ≥ 128 − low is
    high + low ≥ 256. Branch-free, low + (high − low)·pick (high ≥ low): np.where on a mask
    like this one ran ~10× slower."""
    pick = (np.add(high, low, dtype=np.uint16) >= 2 * NEUTRAL).view(np.uint8)
    out = np.subtract(high, low)
    out *= pick
    out += low
    return out


def strongest(indices: np.ndarray, k: int, sequential: bool) -> np.ndarray:
    """(F, H, W) colour indices → (F, ⌈H/k⌉, ⌈W/k⌉) for k a power of two: each k×k block as
    its strongest cell — the largest on a sequential (or gray) scale, the one farthest from the
    neutral centre on a diverging one — so an edge one cell wide survives being drawn k times
    smaller (every k-th cell, or their mean, fades it). Reference: a loop over the blocks in
    tests/model/test_drawing.py."""
    assert k >= 1 and k & (k - 1) == 0, "k is a power of two"
    return overviews(indices, sequential, factors=(k,), min_side=0).get(k, indices)


def overviews(
    indices: np.ndarray,
    sequential: bool,
    factors: tuple[int, ...] = OVERVIEW_FACTORS,
    min_side: int = OVERVIEW_MIN_SIDE,
) -> dict[int, np.ndarray]:
    """The strongest-cell overviews of a large map, for the zooms that need them. Each level
    halves the one before: the largest of the largest (and, on a diverging scale, the smallest
    of the smallest) is the block's largest — uint8 maxima only, no lookups (7 → ~2 ms at 1080p)."""
    side = min(indices.shape[1:])
    out: dict[int, np.ndarray] = {}
    if side < min_side:
        return out
    high, low, k = indices, indices, 1
    for factor in factors:  # each from the one before
        if min_side and side // factor < 32:
            break
        while k < factor:
            high = _halve(high, np.maximum, 0)
            if not sequential:
                low = _halve(low, np.minimum, 255)
            k *= 2
        out[factor] = high if sequential else _farthest(high, low)
    return out


@dataclass(frozen=True)
class Drawing:
    levels: Levels  # of the feature maps and the pooled maps (one scale, so they compare)
    gray: bool  # drawn with the gray ramp (no negative cell), not the chosen colour map
    sqrt: bool  # the colours follow sign(v)·√|v| (signed maps, by default), not v
    map_levels: tuple[Levels, ...]  # each filter's own levels (all equal to `levels` unless per map)
    conv: np.ndarray  # (F, Ho, Wo) uint8 colour-table indices of the activated maps
    pooled: np.ndarray | None  # (F, Hp, Wp) uint8, or None without pooling
    input: np.ndarray  # the layer's input as bytes: (H, W) gray or (H, W, 3) RGB
    padded: np.ndarray  # the padded input, the same way
    conv_overviews: dict[int, np.ndarray] = field(default_factory=dict)  # k → strongest-cell overview
    pooled_overviews: dict[int, np.ndarray] = field(default_factory=dict)


def draw(
    x: np.ndarray,
    padded: np.ndarray,
    activated: np.ndarray,
    pooled: np.ndarray | None,
    look: Look,
    picture: np.ndarray | None = None,
    inside: tuple[slice, slice] | None = None,
    picture_bytes: np.ndarray | None = None,
) -> Drawing:
    """`picture`: the input already laid out as drawn — (H, W) gray or (H, W, 3) RGB, the image
    itself when the layer sees it unchanged — saves transposing the (C, H, W) planes back;
    `picture_bytes`: the same picture as the uint8 it came from (a camera frame), drawn as it is."""
    levels, gray = robust_levels(activated, look, inside)
    if picture_bytes is not None:
        pixels = contiguous_pixels(picture_bytes)
    else:
        pixels = to_pixels(x) if picture is None else to_indices(picture, (0.0, 1.0))
    scale = to_indices_sqrt if look.sqrt_scale and look.symmetric and not gray else to_indices
    if look.per_map and activated.shape[0] > 1:
        # One gray-or-colour decision for the bank (one colour table), each map its own levels.
        each = replace(look, gray_when_positive=gray)  # gray maps stay gray, signed ones stay signed
        own = tuple(robust_levels(activated[f : f + 1], each, inside)[0] for f in range(activated.shape[0]))
        conv = np.stack([scale(activated[f], own[f]) for f in range(len(own))])
        pooled_ix = None if pooled is None else np.stack([scale(pooled[f], own[f]) for f in range(len(own))])
    else:
        own = (levels,) * activated.shape[0]
        conv = scale(activated, levels)
        pooled_ix = None if pooled is None else scale(pooled, levels)
    return Drawing(
        levels,
        gray,
        scale is to_indices_sqrt,
        own,
        conv,
        pooled_ix,
        pixels,
        pixels if padded.shape == x.shape else to_pixels(padded),  # no padding: the same picture
        overviews(conv, gray or not look.symmetric),
        {} if pooled_ix is None else overviews(pooled_ix, gray or not look.symmetric),
    )
