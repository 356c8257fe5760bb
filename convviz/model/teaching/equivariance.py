"""Translation equivariance and invariance, and the lack of rotation invariance, measured on the
layer as it is set (kernels, stride, padding, activation, pooling). Qt-free.

Shift the input by (dy, dx): away from the border the feature map is the old one shifted by
(dy, dx) / stride — exactly, so the measured difference is 0 — while at the same positions it
changes; the pooled map changes less for shifts smaller than the pool. Rotate the input: the
map of a kernel without that symmetry is not the rotated map, and pooling does not fix it.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from convviz.engine.geometry import LayerGeometry, PoolGeometry, WindowAxis
from convviz.model.layer.adapter import engine_layers
from convviz.model.layer.validation import Problem, resolve_layer
from convviz.model.settings import LayerParams, PaddingKind, Pooling, PoolPadding
from convviz.text import tr

MEASURE_CROP = 256  # shifts and rotations are measured on a central crop at most this wide (stays quick)


@dataclass(frozen=True)
class LayerMaps:
    maps: np.ndarray  # (F, Ho, Wo) after the activation
    pooled: np.ndarray  # (F, Hp, Wp)
    geometry: LayerGeometry  # its pool is never None (see pooling_used)


def pooling_used(params: LayerParams) -> LayerParams:
    """The layer's pooling, or a 2×2 max pool when it has none (so there is a pooled map)."""
    if params.pooling is not Pooling.NONE:
        return params
    return dataclasses.replace(params, pooling=Pooling.MAX, pool_size=2, pool_stride=2, pool_padding=PoolPadding.VALID)


def run_layer(x: np.ndarray, params: LayerParams, weight: np.ndarray, bias: np.ndarray | None) -> LayerMaps:
    """The layer in float64 on x (C, H, W); ValueError with the reason when it cannot run."""
    params = pooling_used(params)
    geometry = resolve_layer(params, (x.shape[1], x.shape[2]), (weight.shape[2], weight.shape[3]))
    if isinstance(geometry, Problem):
        raise ValueError(geometry.message)
    w = np.asarray(weight, dtype=np.float64)
    stages = engine_layers(params, w, None if bias is None else np.asarray(bias, np.float64), geometry.conv.pads)
    maps = stages.conv.forward(np.asarray(x, dtype=np.float64))
    if stages.activation is not None:
        maps = stages.activation.forward(maps)
    assert stages.pool is not None and geometry.pool is not None  # pooling_used
    pooled = stages.pool.forward(maps)
    return LayerMaps(maps.reshape(-1, *maps.shape[-2:]), pooled.reshape(-1, *pooled.shape[-2:]), geometry)


def central_crop(x: np.ndarray, side: int = MEASURE_CROP) -> np.ndarray:
    """The central at most side × side cells of x (C, H, W)."""
    h, w = x.shape[-2:]
    top, left = max(h - side, 0) // 2, max(w - side, 0) // 2
    return x[..., top : top + min(h, side), left : left + min(w, side)]


def shifted(x: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """x (C, H, W) moved down dy and right dx cells; what enters is 0, what leaves is lost."""
    out = np.zeros_like(x)
    h, w = x.shape[-2:]
    src_r, dst_r = slice(max(-dy, 0), h - max(dy, 0)), slice(max(dy, 0), h - max(-dy, 0))
    src_c, dst_c = slice(max(-dx, 0), w - max(dx, 0)), slice(max(dx, 0), w - max(-dx, 0))
    out[..., dst_r, dst_c] = x[..., src_r, src_c]
    return out


def _windows_within(axis: WindowAxis, low: int, high: int) -> np.ndarray:
    """Outputs whose window (taps first … first + span − 1) lies within input cells [low, high)."""
    first = axis.first(np.arange(axis.out))
    return (first >= low) & (first + axis.span <= high)


def _blocks_within(pool: PoolGeometry, axis: int, conv_ok: np.ndarray) -> np.ndarray:
    """Pooled outputs whose every real conv cell is in conv_ok."""
    along = pool.axes[axis]
    return np.array([bool(conv_ok[list(along.inside(o))].all()) for o in range(along.out)], dtype=bool)


@dataclass(frozen=True)
class ShiftReport:
    shift: tuple[int, int]  # (dy, dx) in input cells
    step: tuple[int, int] | None  # the map's shift in output cells; None if the stride does not divide it
    interior_difference: float | None  # max |f(shifted x) moved back − f(x)| away from the border
    border_difference: float | None  # the same where the windows reach padding or what the shift let in
    interior_cells: int
    map_change: float  # mean |f(shifted x) − f(x)| at the same positions / mean |f(x)|
    pooled_change: float  # the same for the pooled maps
    pool_note: str


def measure_shift(
    x: np.ndarray, params: LayerParams, weight: np.ndarray, bias: np.ndarray | None, dy: int, dx: int
) -> ShiftReport:
    before, after = run_layer(x, params, weight, bias), run_layer(shifted(x, dy, dx), params, weight, bias)
    conv, pool = before.geometry.conv, before.geometry.pool
    assert pool is not None
    (h, w), (sh, sw) = conv.in_hw, conv.stride
    step = (dy // sh, dx // sw) if dy % sh == 0 and dx % sw == 0 else None
    interior = border = None
    cells = 0
    if step is not None:
        a, b = step
        ok_y = _windows_within(conv.rows, 0, h) & _windows_within(conv.rows, -dy, h - dy)
        ok_x = _windows_within(conv.cols, 0, w) & _windows_within(conv.cols, -dx, w - dx)
        ys = np.arange(max(0, -a), min(conv.out_hw[0], conv.out_hw[0] - a))  # y and y + a both on the map
        xs = np.arange(max(0, -b), min(conv.out_hw[1], conv.out_hw[1] - b))
        gap = np.abs(after.maps[:, ys[:, None] + a, xs[None, :] + b] - before.maps[:, ys[:, None], xs[None, :]])
        inside = ok_y[ys][:, None] & ok_x[xs][None, :]
        cells = int(inside.sum())
        interior = float(gap[:, inside].max()) if cells else None
        border = float(gap[:, ~inside].max()) if (~inside).any() else None
    # Invariance: compare at the same positions, where both inputs hold real pixels.
    real_y = _windows_within(conv.rows, max(dy, 0), h + min(dy, 0))
    real_x = _windows_within(conv.cols, max(dx, 0), w + min(dx, 0))
    map_change = _relative_change(after.maps, before.maps, real_y, real_x)
    if params.pooling.is_global:
        pooled_change = _relative_change(after.pooled, before.pooled, np.ones(1, bool), np.ones(1, bool))
    else:
        pooled_change = _relative_change(
            after.pooled, before.pooled, _blocks_within(pool, 0, real_y), _blocks_within(pool, 1, real_x)
        )
    return ShiftReport((dy, dx), step, interior, border, cells, map_change, pooled_change, pool_note(params))


def _relative_change(new: np.ndarray, old: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> float:
    pick = np.ix_(np.arange(new.shape[0]), np.flatnonzero(rows), np.flatnonzero(cols))
    scale = float(np.mean(np.abs(old[pick]))) if old[pick].size else 0.0
    return float(np.mean(np.abs(new[pick] - old[pick]))) / scale if scale > 0 else 0.0


def pool_note(params: LayerParams) -> str:
    size = params.pool_size
    if params.pooling is Pooling.NONE:
        return tr("Equivariance", "The layer does not pool: a 2×2 max pool, stride 2, is measured instead.")
    if params.pooling is Pooling.GLOBAL_MAX:
        return tr("Equivariance", "The layer's global max pooling is measured.")
    if params.pooling is Pooling.GLOBAL_AVG:
        return tr("Equivariance", "The layer's global avg pooling is measured.")
    if params.pooling is Pooling.MAX:
        return tr("Equivariance", "The layer's max pooling {size}×{size} is measured.").format(size=size)
    return tr("Equivariance", "The layer's avg pooling {size}×{size} is measured.").format(size=size)


@dataclass(frozen=True)
class RotationReport:
    angle: float  # degrees, counter-clockwise
    exact: bool  # a multiple of 90°: no interpolation
    crop: int  # side of the central square measured on
    map_difference: float  # max |f(rotated x) − rotated f(x)| / max |f(x)| over the compared cells
    pooled_difference: float  # the same after pooling


def rotation_params(params: LayerParams) -> LayerParams:
    """The layer at stride 1 without padding (the rotated grids then line up cell for cell),
    its pool without padding; the kernels, dilation, activation and pool kind are the layer's."""
    p = pooling_used(params)
    return dataclasses.replace(p, stride=1, padding_kind=PaddingKind.VALID, pool_padding=PoolPadding.VALID)


def rotation_crop(params: LayerParams, in_hw: tuple[int, int], kernel_hw: tuple[int, int]) -> int:
    """The largest square side L ≤ the input (and MEASURE_CROP) whose conv map, L − span + 1
    cells, is tiled by the pool's windows exactly, so the pool grid maps onto itself when rotated."""
    p = rotation_params(params)
    span = max(p.dilation * (k - 1) + 1 for k in kernel_hw)
    for side in range(min(*in_hw, MEASURE_CROP), span - 1, -1):
        out = side - span + 1
        if p.pooling.is_global or (out >= p.pool_size and (out - p.pool_size) % p.pool_stride == 0):
            return side
    raise ValueError(tr("Equivariance", "the input is too small to measure a rotation on"))


def rotate(a: np.ndarray, angle: float) -> np.ndarray:
    """(C, H, W) turned counter-clockwise about its centre: exact for multiples of 90°, else
    bilinear, with 0 where nothing comes from."""
    quarter = angle / 90.0
    if float(quarter).is_integer():
        return np.rot90(a, int(quarter) % 4, axes=(1, 2)).copy()
    return ndimage.rotate(a, angle, axes=(1, 2), reshape=False, order=1, mode="constant", cval=0.0)


def _disc(hw: tuple[int, int], margin: float) -> np.ndarray:
    """Cells whose centre is within min(h, w)/2 − margin of the centre (what any rotation keeps)."""
    yy, xx = np.mgrid[0 : hw[0], 0 : hw[1]]
    radius = min(hw) / 2 - margin
    return (yy - (hw[0] - 1) / 2) ** 2 + (xx - (hw[1] - 1) / 2) ** 2 <= radius**2


def measure_rotation(
    x: np.ndarray, params: LayerParams, weight: np.ndarray, bias: np.ndarray | None, angle: float
) -> RotationReport:
    p = rotation_params(params)
    side = rotation_crop(params, (x.shape[1], x.shape[2]), (weight.shape[2], weight.shape[3]))
    top, left = (x.shape[1] - side) // 2, (x.shape[2] - side) // 2
    crop = np.asarray(x[:, top : top + side, left : left + side], dtype=np.float64)
    before, after = run_layer(crop, p, weight, bias), run_layer(rotate(crop, angle), p, weight, bias)
    exact = float(angle / 90.0).is_integer()
    span = max(p.dilation * (k - 1) + 1 for k in weight.shape[2:])
    conv_keep = np.ones(before.maps.shape[1:], bool) if exact else _disc(before.maps.shape[1:], 1 + span)
    pool_margin = 2 + math.ceil((span + p.pool_size) / p.pool_stride)
    pool_keep = np.ones(before.pooled.shape[1:], bool)
    if not exact and not p.pooling.is_global:
        pool_keep = _disc(before.pooled.shape[1:], pool_margin)
    return RotationReport(
        float(angle),
        exact,
        side,
        _relative_max(after.maps, rotate(before.maps, angle), conv_keep),
        _relative_max(after.pooled, rotate(before.pooled, angle), pool_keep),
    )


def _relative_max(new: np.ndarray, reference: np.ndarray, keep: np.ndarray) -> float:
    if not keep.any():
        return 0.0
    scale = float(np.max(np.abs(reference[:, keep])))
    return float(np.max(np.abs(new[:, keep] - reference[:, keep]))) / scale if scale > 0 else 0.0
