"""What the Properties panel measures on the current layer, as one job for a worker thread:
the current kernel's rank and factors, a shift and a rotation of the input, parameter sharing.
Qt-free; the sentences the panel shows are written here, with the measured numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz.model.layer.compute import Result
from convviz.model.teaching import equivariance, separable, sharing
from convviz.text import tr


@dataclass(frozen=True)
class PropertiesRequest:
    serial: int
    result: Result  # a valid result: its input, settings, weights and geometry
    kernel: np.ndarray  # (kH, kW) the kernel the editor shows
    shift: tuple[int, int]  # (dy, dx)
    angle: float  # degrees, counter-clockwise


@dataclass(frozen=True)
class PropertiesReport:
    serial: int
    kernel: str  # rank and factors
    passes: str  # the two 1-D passes against the 2-D map
    shift: str
    rotation: str
    sharing: str


def _g(v: float) -> str:
    """0 as 0; else two significant digits (1.1e-16, 0.26, 3.2)."""
    return "0" if v == 0 else f"{v:.2g}"


def _pct(v: float) -> str:
    return f"{100 * v:.3g} %"


def sentences(parts: list[str]) -> str:
    """Sentences one after another: a space after an English full stop, none after a Chinese one."""
    out = ""
    for part in parts:
        out += part if not out or out.endswith("。") else " " + part
    return out


def kernel_text(sep: separable.Separation) -> str:
    numbers, factored = sep.numbers
    if sep.rank == 0:
        return tr("Properties", "Rank 0: the kernel is all zeros.")
    if sep.separable:
        return tr(
            "Properties",
            "Rank 1: the kernel is a column times a row, {factors}: {factored} numbers instead of {numbers}, "
            "and {factored} multiplies per output instead of {numbers}.",
        ).format(factors=sep.text(), factored=factored, numbers=numbers)
    return tr(
        "Properties",
        "Rank {rank}: the kernel is not a column times a row (only rank-1 kernels are), "
        "so it cannot be applied as two 1-D passes.",
    ).format(rank=sep.rank)


def passes_text(check: separable.PassCheck, hw: tuple[int, ...]) -> str:
    h, w = check.shape
    return tr(
        "Properties",
        "The column pass, then the row pass, give the 2-D kernel's map ({h}×{w}, no padding): the largest "
        "difference is {difference}, with values up to {largest}. "
        "Measured on the first channel's central {crop_h}×{crop_w} of the input.",
    ).format(h=h, w=w, difference=_g(check.max_difference), largest=_g(check.largest_value), crop_h=hw[0], crop_w=hw[1])


def shift_text(report: equivariance.ShiftReport, stride: tuple[int, int], hw: tuple[int, ...]) -> str:
    dy, dx = report.shift
    parts = []
    if report.step is None:
        parts.append(
            tr(
                "Properties",
                "The stride ({sh}×{sw}) does not divide the shift ({dy}, {dx}), so the map cannot move "
                "by whole cells: shift by a multiple of the stride to see equivariance.",
            ).format(sh=stride[0], sw=stride[1], dy=dy, dx=dx)
        )
    else:
        a, b = report.step
        if report.interior_difference is None:
            parts.append(
                tr("Properties", "The map would move by ({a}, {b}) cells, but no cell is away from the border.").format(
                    a=a, b=b
                )
            )
        else:
            parts.append(
                tr(
                    "Properties",
                    "Equivariance: the map moved by ({a}, {b}) cells; away from the border "
                    "({cells} cells) the largest difference is {difference}.",
                ).format(a=a, b=b, cells=f"{report.interior_cells:,}", difference=_g(report.interior_difference))
            )
        if report.border_difference is not None:
            parts.append(
                tr(
                    "Properties",
                    "At the border, where windows reach the padding or what the shift brought in, "
                    "it is up to {difference}.",
                ).format(difference=_g(report.border_difference))
            )
    parts.append(
        tr(
            "Properties",
            "Invariance: at the same positions the map changed by {map} and the pooled map by "
            "{pooled} (mean |change| / mean |value|). {pool_note}",
        ).format(map=_pct(report.map_change), pooled=_pct(report.pooled_change), pool_note=report.pool_note)
    )
    parts.append(tr("Properties", "Measured on the central {h}×{w} of the input.").format(h=hw[0], w=hw[1]))
    return sentences(parts)


def rotation_text(report: equivariance.RotationReport) -> str:
    text = tr(
        "Properties",
        "Rotated {angle}°: the map differs from the rotated map by up to {map} "
        "of its largest value, the pooled map by up to {pooled}. A difference above 0 "
        "means not rotation invariant (measured at stride 1 without padding on the central "
        "{crop}×{crop}).",
    ).format(
        angle=f"{report.angle:g}",
        map=_pct(report.map_difference),
        pooled=_pct(report.pooled_difference),
        crop=report.crop,
    )
    if report.exact:
        return text
    return text + tr("Properties", " Any other angle than a quarter turn is interpolated, which adds a little.")


def measure(request: PropertiesRequest) -> PropertiesReport:
    """Every measurement for one request (each says why when it cannot be made)."""
    result = request.result
    assert result.ok and result.x is not None and result.geometry is not None, "a valid result"
    p, snap = result.snapshot.params, result.snapshot
    x, weight = result.x, snap.weight
    bias = snap.bias if p.use_bias else None
    sep = separable.separate(request.kernel)
    crop = equivariance.central_crop(x)  # the whole of a 1080p frame took ~0.8 s per kernel change
    passes = ""
    if sep.separable:
        try:
            passes = passes_text(separable.check_passes(crop[0], sep, p.stride, p.dilation), crop.shape[1:])
        except ValueError as exc:
            passes = tr("Properties", "The two 1-D passes cannot run on this input: {error}.").format(error=exc)
    try:
        report = equivariance.measure_shift(crop, p, weight, bias, *request.shift)
        shift = shift_text(report, result.geometry.conv.stride, crop.shape[1:])
    except ValueError as exc:
        shift = tr("Properties", "The shift cannot be measured: {error}").format(error=exc)
    try:
        rotation = rotation_text(equivariance.measure_rotation(x, p, weight, bias, request.angle))
    except ValueError as exc:
        rotation = tr("Properties", "The rotation cannot be measured: {error}").format(error=exc)
    count = sharing.count_sharing(x.shape[0], weight.shape[0], snap.kernel_hw, result.geometry.conv.out_hw, p.use_bias)
    return PropertiesReport(request.serial, kernel_text(sep), passes, shift, rotation, count.text())


def failed(request: PropertiesRequest, exc: Exception) -> PropertiesReport:
    """What a bug in `measure` becomes: a report that says so (the worker keeps running)."""
    text = tr("Properties", "Internal error while measuring: {error}").format(error=exc)
    return PropertiesReport(request.serial, text, "", "", "", "")
