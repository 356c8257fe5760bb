"""The "What am I looking at?" text, written with the current numbers (HTML for a text view).

Written in the interface's language when it is asked for (``convviz.text.tr``, context
"LayerExplain"): each sentence is one translatable text with ``{names}`` for its numbers, and
a sentence whose English changes with a number (1 filter, 2 filters) is one text per form.
"""

from __future__ import annotations

from convviz.model.layer.compute import Result
from convviz.model.settings import PaddingKind, PaddingMode, Pooling, PoolPadding
from convviz.text import noop, tr

# Translated where shown: mode_words() and pool_edge().
_MODES = {
    PaddingMode.ZEROS: noop("LayerExplain", "filled with zeros"),
    PaddingMode.REFLECT: noop("LayerExplain", "mirrored from the image (without repeating the edge pixel)"),
    PaddingMode.REPLICATE: noop("LayerExplain", "copies of the nearest edge pixel"),
    PaddingMode.CIRCULAR: noop("LayerExplain", "wrapped around from the opposite side"),
}

POOL_EDGES = {
    PoolPadding.VALID: noop(
        "LayerExplain", "<p>VALID pooling: only whole blocks; cells past the last one are left out.</p>"
    ),
    PoolPadding.CEIL: noop(
        "LayerExplain",
        "<p>Ceil mode (torch): a last block may overhang the map; the cells it lacks are ignored.</p>",
    ),
    PoolPadding.SAME: noop(
        "LayerExplain",
        "<p>SAME pooling (TensorFlow, Keras): the map is padded so that the output is the input"
        " divided by the stride, rounded up; the padded cells never win a max and are not"
        " counted in an average.</p>",
    ),
}


def mode_words(mode: PaddingMode) -> str:
    """What the padded cells hold, in the interface's language."""
    return tr("LayerExplain", _MODES[mode])


def pool_edge(padding: PoolPadding) -> str:
    """The paragraph on how a windowed pool treats the map's edge, in the interface's language."""
    return tr("LayerExplain", POOL_EDGES[padding])


def _convolution(result: Result) -> str:
    p, info = result.snapshot.params, result.info
    assert info is not None
    c, h, w = info.in_shape
    f, _, kh, kw = info.kernel_shape
    oh, ow = info.out_shape[1], info.out_shape[2]
    if c > 1:
        text = tr(
            "LayerExplain", "<p><b>Convolution.</b> A {kh}×{kw} kernel slides over the {h}×{w} image ({c} channels)."
        )
    else:
        text = tr(
            "LayerExplain", "<p><b>Convolution.</b> A {kh}×{kw} kernel slides over the {h}×{w} image ({c} channel)."
        )
    if p.use_bias:
        text += tr(
            "LayerExplain",
            " At each position it multiplies the {n} numbers under it by its weights and adds them up plus the bias:"
            " one number of the feature map.",
        )
    else:
        text += tr(
            "LayerExplain",
            " At each position it multiplies the {n} numbers under it by its weights and adds them up:"
            " one number of the feature map.",
        )
    if p.flip:
        text += tr("LayerExplain", " This is true convolution (the kernel is flipped first).")
    else:
        text += tr(
            "LayerExplain", " This is cross-correlation, which is what CNN libraries call convolution (no flip)."
        )
    if f == 1:
        text += tr("LayerExplain", " There is {f} filter, so {f} feature map of {oh}×{ow}.</p>")
    else:
        text += tr("LayerExplain", " There are {f} filters, so {f} feature maps of {oh}×{ow}.</p>")
    return text.format(kh=kh, kw=kw, h=h, w=w, c=c, n=kh * kw * c, f=f, oh=oh, ow=ow)


def _stride(stride: int) -> str:
    if stride == 1:
        return tr(
            "LayerExplain",
            "<p><b>Stride {s}.</b> The kernel moves {s} cell at a time, visiting every position: the output is as"
            " large as the input, less what the kernel cannot reach.</p>",
        ).format(s=stride)
    return tr(
        "LayerExplain",
        "<p><b>Stride {s}.</b> The kernel moves {s} cells at a time, skipping {skip} of every {s} positions: the"
        " output is about 1/{s} of the input each way.</p>",
    ).format(s=stride, skip=stride - 1)


def _padding(result: Result) -> str:
    p, info = result.snapshot.params, result.info
    assert info is not None and result.geometry is not None
    if p.padding_kind is PaddingKind.VALID:
        return tr(
            "LayerExplain",
            "<p><b>Padding VALID.</b> No padding: the kernel stays inside the image, so the output shrinks by the"
            " kernel's span minus one ({oh}×{ow}).</p>",
        ).format(oh=info.out_shape[1], ow=info.out_shape[2])
    (t, b), (l, r) = result.geometry.conv.pads
    if p.padding_kind is PaddingKind.SAME:
        head = tr("LayerExplain", "<p><b>Padding SAME (chosen so the output is ⌈input/stride⌉).</b>")
    else:
        head = tr("LayerExplain", "<p><b>Padding explicit.</b>")
    body = tr(
        "LayerExplain",
        " {t} row(s) on top, {b} below, {l} column(s) left, {r} right, {mode}. The ring around the image shows"
        " them; the padded input is {ph}×{pw}.</p>",
    )
    return head + body.format(
        t=t, b=b, l=l, r=r, mode=mode_words(p.padding_mode), ph=info.padded_shape[1], pw=info.padded_shape[2]
    )


def _dilation(result: Result) -> str:
    p, info = result.snapshot.params, result.info
    assert info is not None and result.geometry is not None
    if p.dilation == 1:
        return tr("LayerExplain", "<p><b>Dilation 1.</b> The taps are next to each other (no holes).</p>")
    conv = result.geometry.conv
    _, _, kh, kw = info.kernel_shape
    return tr(
        "LayerExplain",
        "<p><b>Dilation {d}.</b> The kernel's taps are {d} cells apart, so it covers {sh}×{sw} cells with only"
        " {kh}×{kw} weights; the skipped cells are the holes in the highlight.</p>",
    ).format(d=p.dilation, sh=conv.rows.span, sw=conv.cols.span, kh=kh, kw=kw)


def _pooling(result: Result) -> list[str]:
    p, info = result.snapshot.params, result.info
    assert info is not None
    f = info.kernel_shape[0]
    if p.pooling is Pooling.NONE:
        return [tr("LayerExplain", "<p><b>Pooling.</b> None: the feature maps are the layer's output.</p>")]
    if p.pooling.is_global:
        largest = p.pooling is Pooling.GLOBAL_MAX
        if largest and f == 1:
            text = tr(
                "LayerExplain",
                "<p><b>Global pooling.</b> Each whole feature map becomes one number, its largest value:"
                " {f} number in total.</p>",
            )
        elif largest:
            text = tr(
                "LayerExplain",
                "<p><b>Global pooling.</b> Each whole feature map becomes one number, its largest value:"
                " {f} numbers in total.</p>",
            )
        elif f == 1:
            text = tr(
                "LayerExplain",
                "<p><b>Global pooling.</b> Each whole feature map becomes one number, its average value:"
                " {f} number in total.</p>",
            )
        else:
            text = tr(
                "LayerExplain",
                "<p><b>Global pooling.</b> Each whole feature map becomes one number, its average value:"
                " {f} numbers in total.</p>",
            )
        return [text.format(f=f)]
    assert info.pooled_shape is not None  # MAX or AVG pooling: the layer has pooled maps
    if p.pooling is Pooling.MAX:
        text = tr(
            "LayerExplain",
            "<p><b>Pooling.</b> Each {k}×{k} block (moving by {s}) of a feature map is replaced by its largest"
            " value: {oh}×{ow} → {ph}×{pw}.</p>",
        )
    else:
        text = tr(
            "LayerExplain",
            "<p><b>Pooling.</b> Each {k}×{k} block (moving by {s}) of a feature map is replaced by its average:"
            " {oh}×{ow} → {ph}×{pw}.</p>",
        )
    (oh, ow), (ph, pw) = info.out_shape[1:], info.pooled_shape[1:]
    return [text.format(k=p.pool_size, s=p.pool_stride, oh=oh, ow=ow, ph=ph, pw=pw), pool_edge(p.pool_padding)]


def explain(result: Result | None) -> str:
    title = tr("LayerExplain", "<h3>What am I looking at?</h3>")
    if result is None or not result.ok or result.info is None or result.geometry is None:
        why = "" if result is None else tr("LayerExplain", "<p><b>Current problem:</b> {error}</p>")
        waiting = tr("LayerExplain", "<p>Waiting for a valid layer…</p>")
        return title + why.format(error=None if result is None else result.error) + waiting
    info = result.info
    parts = [
        title,
        _convolution(result),
        _stride(result.snapshot.params.stride),
        _padding(result),
        _dilation(result),
        *_pooling(result),
        tr("LayerExplain", "<p><b>Cost.</b> {params} parameters, {mult_adds} multiply-adds.</p>").format(
            params=f"{info.params:,}", mult_adds=f"{info.mult_adds:,}"
        ),
        tr(
            "LayerExplain",
            "<p>Hover an output cell to see the input cells that feed it; click to pin it and read its arithmetic;"
            " arrow keys move the pin.</p>",
        ),
    ]
    return "".join(parts)
