"""The "What am I looking at?" text, written with the current numbers (HTML for a text view)."""

from __future__ import annotations

from convviz.model.layer.compute import Result
from convviz.model.settings import PaddingKind, PaddingMode, Pooling, PoolPadding

_MODES = {
    PaddingMode.ZEROS: "filled with zeros",
    PaddingMode.REFLECT: "mirrored from the image (without repeating the edge pixel)",
    PaddingMode.REPLICATE: "copies of the nearest edge pixel",
    PaddingMode.CIRCULAR: "wrapped around from the opposite side",
}

POOL_EDGES = {
    PoolPadding.VALID: "<p>VALID pooling: only whole blocks; cells past the last one are left out.</p>",
    PoolPadding.CEIL: "<p>Ceil mode (torch): a last block may overhang the map; the cells it lacks are ignored.</p>",
    PoolPadding.SAME: (
        "<p>SAME pooling (TensorFlow, Keras): the map is padded so that the output is the input"
        " divided by the stride, rounded up; the padded cells never win a max and are not"
        " counted in an average.</p>"
    ),
}


def _stride_effect(stride: int) -> str:
    if stride == 1:
        return "visiting every position: the output is as large as the input, less what the kernel cannot reach."
    return f"skipping {stride - 1} of every {stride} positions: the output is about 1/{stride} of the input each way."


def explain(result: Result | None) -> str:
    if result is None or not result.ok or result.info is None or result.geometry is None:
        why = "" if result is None else f"<p><b>Current problem:</b> {result.error}</p>"
        return "<h3>What am I looking at?</h3>" + why + "<p>Waiting for a valid layer…</p>"
    p, info = result.snapshot.params, result.info
    c, h, w = info.in_shape
    f, _, kh, kw = info.kernel_shape
    conv = result.geometry.conv
    (t, b), (l, r) = conv.pads
    op = (
        "true convolution (the kernel is flipped first)"
        if p.flip
        else "cross-correlation, which is what CNN libraries call convolution (no flip)"
    )
    parts = [
        "<h3>What am I looking at?</h3>",
        (
            f"<p><b>Convolution.</b> A {kh}×{kw} kernel slides over the {h}×{w} image ({c} channel"
            f"{'s' if c > 1 else ''}). At each position it multiplies the {kh * kw * c} numbers under it by"
            f" its weights and adds them up{' plus the bias' if p.use_bias else ''}: one number of the"
            f" feature map. This is {op}. There {'is' if f == 1 else 'are'} {f} filter{'s' * (f != 1)},"
            f" so {f} feature map{'s' * (f != 1)} of {info.out_shape[1]}×{info.out_shape[2]}.</p>"
        ),
        (
            f"<p><b>Stride {p.stride}.</b> The kernel moves {p.stride} cell{'s' * (p.stride != 1)} at a"
            f" time, {_stride_effect(p.stride)}</p>"
        ),
    ]
    if p.padding_kind is PaddingKind.VALID:
        parts.append(
            "<p><b>Padding VALID.</b> No padding: the kernel stays inside the image, so the"
            f" output shrinks by the kernel's span minus one ({info.out_shape[1]}×{info.out_shape[2]}).</p>"
        )
    else:
        kind = "SAME (chosen so the output is ⌈input/stride⌉)" if p.padding_kind is PaddingKind.SAME else "explicit"
        parts.append(
            f"<p><b>Padding {kind}.</b> {t} row(s) on top, {b} below, {l} column(s) left,"
            f" {r} right, {_MODES[p.padding_mode]}. The ring around the image shows them;"
            f" the padded input is {info.padded_shape[1]}×{info.padded_shape[2]}.</p>"
        )
    if p.dilation > 1:
        parts.append(
            f"<p><b>Dilation {p.dilation}.</b> The kernel's taps are {p.dilation} cells apart,"
            f" so it covers {conv.rows.span}×{conv.cols.span} cells with"
            f" only {kh}×{kw} weights; the skipped cells are the holes in the highlight.</p>"
        )
    else:
        parts.append("<p><b>Dilation 1.</b> The taps are next to each other (no holes).</p>")
    if p.pooling is Pooling.NONE:
        parts.append("<p><b>Pooling.</b> None: the feature maps are the layer's output.</p>")
    elif p.pooling.is_global:
        kind = "largest" if p.pooling is Pooling.GLOBAL_MAX else "average"
        parts.append(
            f"<p><b>Global pooling.</b> Each whole feature map becomes one number, its {kind}"
            f" value: {f} number{'s' * (f != 1)} in total.</p>"
        )
    else:
        assert info.pooled_shape is not None  # MAX or AVG pooling: the layer has pooled maps
        kind = "largest value" if p.pooling is Pooling.MAX else "average"
        parts.append(
            f"<p><b>Pooling.</b> Each {p.pool_size}×{p.pool_size} block (moving by"
            f" {p.pool_stride}) of a feature map is replaced by its {kind}:"
            f" {info.out_shape[1]}×{info.out_shape[2]} → {info.pooled_shape[1]}×{info.pooled_shape[2]}.</p>"
        )
        parts.append(POOL_EDGES[p.pool_padding])
    parts.append(
        f"<p><b>Cost.</b> {info.params:,} parameters, {info.mult_adds:,} multiply-adds.</p>"
        "<p>Hover an output cell to see the input cells that feed it; click to pin it and"
        " read its arithmetic; arrow keys move the pin.</p>"
    )
    return "".join(parts)
