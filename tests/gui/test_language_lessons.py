"""The lessons in 简体中文 and 繁體中文: with the language's translators installed, every lesson of
the catalogue, built as the Lessons menu builds it, has the title and the paragraphs the lessons'
.ts files hold (read here, not taken from the code), with the lesson's numbers in place — worked
out here from the notes' values (the output-size formula, the parameter and multiply-add counts,
scipy's correlation, numpy's convolve) — and names its picture and kernels in the language too.
With English installed again the same lessons are the English ones. On the window, the Lessons
menu and the panel of a lesson chosen in it show the translations."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from scipy.signal import correlate2d

from convviz.gui import i18n
from convviz.model.teaching.lessons import CATALOGUE, build
from convviz.model.teaching.signal_1d import KERNEL as SIGNAL_KERNEL, SIGNAL, WHY_JUAN
from tests.gui.test_language import Words, translations

C = "Lessons"
LANGUAGES = ["zh_CN", "zh_TW"]
# The menu's titles, as the course notes name their worked examples (the English the .ts translates).
TITLES = {
    "valid_5x5": "5×5 input, 3×3 kernel (3×3 out)",
    "padded_5x5": "5×5 input padded to 7×7 (5×5 out)",
    "kernel_2x2": "2×2 kernel on a 3×3 input",
    "keras_stack": "Keras Conv2D(16, 2, strides=2), then Conv2D(32, 3, padding='same')",
    "twenty_filters": "20 filters 8×8 on 32×32×3, stride 2, pad 1",
    "max_pool_stride2": "MaxPooling2D(2, 2) on 100×100×15",
    "max_pool_stride1": "MaxPooling2D(2, strides=1) on 100×100×15",
    "avg_pool_4x4x5": "2×2 average pooling, VALID, on 4×4×5",
    "dilation_2": "Dilation 2: a 3×3 kernel that sees 5×5",
    "stacked_3x3": "Two 3×3 convolutions vs one 5×5",
    "bottleneck": "The 1×1 bottleneck",
    "separable": "Depthwise-separable 16→32",
    "transposed": "Transposed convolution: 2×2 back to 5×5",
    "max_pool_gradient": "Max pooling routes its gradient",
    "avg_pool_gradient": "Average pooling spreads its gradient",
    "sobel_separable": "Sobel as a separable kernel",
    "signal_1d": "1-D convolution: flip, slide, sum (why 卷积)",
    "text_cnn": "1-D convolution over a sentence (NLP)",
}
# The notes' pictures and kernels (the values the lessons are about).
GRID = np.array([[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]], float)
CORNERS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], float)
DIAGONAL = np.array([[-1, 0], [0, -1]], float)
BLOCK = np.array([[0.1, 0.3, 0.2, 0.4], [0.5, 0.7, 0.6, 0.8], [0.9, 0.2, 0.4, 0.1], [0.3, 0.6, 0.8, 0.5]], np.float32)
SOBEL_X = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], float)


def fmt(v: float) -> str:
    """A number as the lessons write it: whole with thousands commas, else 4 figures; − for minus."""
    v = float(v)
    text = f"{int(v):,}" if v.is_integer() else f"{v:.4g}"
    return text.replace("-", "−")


def fmt_matrix(a) -> str:
    a = np.asarray(a)
    if a.ndim == 1:
        return "[" + ", ".join(fmt(v) for v in a) + "]"
    return "[" + ", ".join(fmt_matrix(r) for r in a) + "]"


def out_size(n: int, k: int, s: int = 1, p: int = 0, d: int = 1) -> int:
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def sq(n: int) -> str:
    return f"{n}×{n}"


def pooled_means(x: np.ndarray, size: int) -> np.ndarray:
    h, w = x.shape
    return x.reshape(h // size, size, w // size, size).mean(axis=(1, 3))


def five_by_five(w: Words, padded: bool) -> list[str]:
    pad = 1 if padded else 0
    x = np.pad(GRID, pad)
    y = correlate2d(x, CORNERS, "valid")
    out = out_size(5, 3, p=pad)
    assert y.shape == (out, out)
    terms = " + ".join(fmt(v) for v, k in zip(x[:3, :3].ravel(), CORNERS.ravel(), strict=True) if k)
    if padded:
        size = w(
            C,
            "With zero padding {pad} on each side the input is {wider}×{wider}: (W − F + 2P)/S + 1 = ({n} − {k} + 2·{pad})/{stride} + 1 = {out}, so the output keeps the input's {shape}. For a {k}×{k} kernel this is what SAME padding does: P = (F − 1)/2 = {pad}.",  # noqa: E501
        ).format(pad=1, wider=7, n=5, k=3, stride=1, out=out, shape=sq(out))
        first = w(C, "The corner output now reads the padding: {terms} = {value}. The whole output: {output}.")
    else:
        size = w(
            C,
            "VALID (no padding), stride {stride}: (W − F)/S + 1 = ({n} − {k})/{stride} + 1 = {rows}, so the output is {shape}: the kernel fits in {across} places across and {rows} down.",  # noqa: E501
        ).format(stride=1, n=5, k=3, rows=out, across=out, shape=sq(out))
        first = w(
            C,
            "The top-left output sums the input cells under the kernel's 1s: {terms} = {value}. The whole output: {output}.",  # noqa: E501
        )
    return [
        w(C, "A {input} input of 0s and 1s and a {kernel} kernel with 1s at its corners and centre.").format(
            input="5×5", kernel="3×3"
        ),
        size,
        first.format(terms=terms, value=fmt(y[0, 0]), output=fmt_matrix(y)),
        w(
            C,
            "Try it: stride {stride} in the Layer panel gives {strided}; a {k}×{k} kernel gives {bigger}. Click an output cell: the Arithmetic panel shows its products.",  # noqa: E501
        ).format(stride=2, strided=sq(out_size(5, 3, 2, pad)), k=5, bigger=sq(out_size(5, 5, 1, pad))),
    ]


def two_by_two(w: Words) -> list[str]:
    x = np.arange(1, 10, dtype=float).reshape(3, 3)
    y = correlate2d(x, DIAGONAL, "valid")
    terms = " + ".join(f"({fmt(k)})·{fmt(v)}" for k, v in zip(DIAGONAL.ravel(), x[:2, :2].ravel(), strict=True))
    assert np.array_equal(np.rot90(DIAGONAL, 2), DIAGONAL)  # so the lesson says it is its own flip
    return [
        w(C, "The input holds {low} to {high} row by row; the kernel is {kernel}.").format(
            low=1, high=9, kernel="[[−1, 0], [0, −1]]"
        ),
        w(C, "({n} − {k})/{stride} + 1 = {out}: the output is {shape}.").format(
            n=3, k=2, stride=1, out=out_size(3, 2), shape=sq(out_size(3, 2))
        ),
        w(C, "The first step: {terms} = {value}. Step on (→) to fill in the rest: {output}.").format(
            terms=terms, value=fmt(y[0, 0]), output=fmt_matrix(y)
        ),
        w(
            C,
            "Turned 180°, as true convolution turns it, this kernel is itself, so convolution and cross-correlation give the same numbers here.",  # noqa: E501
        ),
        w(C, "The explorer draws values above 1 as white; the stepper writes every number in its cells."),
    ]


def keras_stack(w: Words) -> list[str]:
    h = out_size(200, 2, 2)  # Conv2D(16, 2, strides=2), VALID; the second keeps h × h (SAME)
    p1, p2 = 16 * (2 * 2 * 1 + 1), 32 * (3 * 3 * 16 + 1)
    mult_adds = h * h * 16 * (2 * 2 * 1) + h * h * 32 * (3 * 3 * 16)
    call1, call2 = "Conv2D(16, 2, strides=2)", "Conv2D(32, 3, padding='same')"
    return [
        w(
            C,
            "{call} on a {size}×{size}×{channels} input, VALID as Keras' default: ({size} − {k})/{s} + 1 = {h}, so {h}×{w}×{c} (Keras writes channels last; the summary writes ({c}, {h}, {w})).",  # noqa: E501
        ).format(call=call1, size=200, channels=1, k=2, s=2, h=h, w=h, c=16),
        w(C, "Its parameters: {c} filters × ({k}·{k}·{channels} weights + 1 bias) = {params}.").format(
            c=16, k=2, channels=1, params=fmt(p1)
        ),
        w(C, "{call} keeps {h}×{w} and makes {c} channels: {c} × ({k}·{k}·{c_in} + 1) = {params} parameters.").format(
            call=call2, h=h, w=h, c=32, k=3, c_in=16, params=fmt(p2)
        ),
        w(
            C,
            "Together {params} parameters and {mult_adds} multiply-adds for one picture. Change a layer in the editor and the summary follows.",  # noqa: E501
        ).format(params=fmt(p1 + p2), mult_adds=fmt(mult_adds)),
    ]


def twenty_filters(w: Words) -> list[str]:
    h = out_size(32, 8, 2, 1)
    weights = 8 * 8 * 3
    params = 20 * (weights + 1)
    return [
        w(
            C,
            "A {size}×{size} RGB input, {filters} filters of {k}×{k} (one slice per colour channel, random He weights), stride {stride}, zero padding {pad} on each side.",  # noqa: E501
        ).format(size=32, filters=20, k=8, stride=2, pad=1),
        w(C, "({size} − {k} + 2·{pad})/{stride} + 1 = {h}: the output is {h}×{w}×{f} ({f} maps of {h}×{w}).").format(
            size=32, k=8, pad=1, stride=2, h=h, w=h, f=20
        ),
        w(
            C,
            "Each filter has {k}·{k}·{channels} = {weights} weights and a bias: {f} × {per_filter} = {params} parameters, however large the picture.",  # noqa: E501
        ).format(k=8, channels=3, weights=fmt(weights), f=20, per_filter=fmt(weights + 1), params=fmt(params)),
        w(
            C,
            "Without weight sharing (a separate filter at each of the {h}·{w} = {positions} positions) it would take {positions} × {params} = {unshared} parameters.",  # noqa: E501
        ).format(h=h, w=h, positions=fmt(h * h), params=fmt(params), unshared=fmt(h * h * params)),
        w(C, "Either way the layer does {mult_adds} multiply-adds.").format(mult_adds=fmt(h * h * 20 * weights)),
    ]


def max_pooling(w: Words, stride: int) -> list[str]:
    pooled = out_size(100, 2, stride)
    if stride == 2:
        call = "MaxPooling2D(2, 2)"
        overlap = w(C, "Windows side by side divide each side by {stride}.").format(stride=2)
    else:
        call = "MaxPooling2D(2, strides=1)"
        overlap = w(C, "The windows overlap by {overlap} cell, so the size barely shrinks.").format(overlap=1)
    return [
        w(
            C,
            "{filters} random {k}×{k} filters with SAME padding turn the {n}×{n} input into a {h}×{w}×{filters} volume; then {call}, VALID as Keras' default.",  # noqa: E501
        ).format(filters=15, k=3, n=100, h=100, w=100, call=call),
        w(C, "({h} − {size})/{stride} + 1 = {ph}: the pooled output is {ph}×{pw}×{filters}. {overlap}").format(
            h=100, size=2, stride=stride, ph=pooled, pw=pooled, filters=15, overlap=overlap
        ),
        w(
            C,
            "Pooling works on each map on its own, so the {filters} channels stay, and it learns nothing: {params} parameters.",  # noqa: E501
        ).format(filters=15, params=0),
    ]


def average_pooling(w: Words) -> list[str]:
    block = BLOCK.astype(float)
    first, last = pooled_means(block, 2), pooled_means(5 * block, 2)  # the ×1 and the ×5 filter's maps
    return [
        w(C, "{c} filters of 1×1 ({names}) make the {h}×{w} input a {h}×{w}×{c} volume.").format(
            c=5, names="×1, ×2, ×3, ×4, ×5", h=4, w=4
        ),
        w(C, "AveragePooling2D({size}, {size}), VALID: ({h} − {size})/{size} + 1 = {ph}, so {ph}×{pw}×{pc}.").format(
            size=2, h=4, ph=out_size(4, 2, 2), pw=out_size(4, 2, 2), pc=5
        ),
        w(
            C,
            "Each value is the mean of its {size}×{size} block: ({mean})/{count} = {value} in map 1; map 1 is {first}, map {c} is {last}.",  # noqa: E501
        ).format(
            size=2,
            mean="0.1 + 0.3 + 0.5 + 0.7",
            count=4,
            value=fmt(first[0, 0]),
            first=fmt_matrix(first),
            c=5,
            last=fmt_matrix(last),
        ),
    ]


def dilation(w: Words) -> list[str]:
    span = 2 * (3 - 1) + 1  # what a 3×3 kernel with dilation 2 spans, and so sees (one layer)
    out = out_size(16, 3, d=2)
    return [
        w(
            C,
            "A {k}×{k} kernel with dilation {d}: its taps are {d} cells apart, so it spans D·(F − 1) + 1 = {d}·({k} − 1) + 1 = {span} cells each way.",  # noqa: E501
        ).format(k=3, d=2, span=span),
        w(
            C,
            "Each output sees a {rh}×{rw} receptive field with only {weights} weights; hover an output cell to see the taps and the holes between them.",  # noqa: E501
        ).format(rh=span, rw=span, weights=9),
        w(C, "The output: ({n} − {d}·({k} − 1) − 1)/1 + 1 = {out}, so {shape}.").format(
            n=16, d=2, k=3, out=out, shape=sq(out)
        ),
    ]


def sobel_separable(w: Words) -> list[str | re.Pattern]:
    column, row = np.array([1, 2, 1]), np.array([-1, 0, 1])  # smoothing down, difference across
    assert np.array_equal(np.outer(column, row), SOBEL_X) and np.linalg.matrix_rank(SOBEL_X) == 1
    cost = w(
        C,
        "One {kh}×{kw} pass costs {two_d} multiplies per output; a {kh}×1 pass then a 1×{kw} pass cost {kh} + {kw} = {one_d}, with the same result (largest difference on this picture: {difference}).",  # noqa: E501
    )
    before, after = cost.split("{difference}")
    known = {"kh": 3, "kw": 3, "two_d": 9, "one_d": 3 + 3}
    # The difference is float rounding (two passes against one): any tiny number, written as a number.
    cost_pattern = re.compile(
        re.escape(before.format(**known)) + r"(0|[0-9.]+(?:e−[0-9]+)?)" + re.escape(after.format(**known))
    )
    return [
        w(C, "Sobel x is {sobel}; its rank is {rank}, so it is one column times one row: {factors}.").format(
            sobel=fmt_matrix(SOBEL_X), rank=1, factors=f"{fmt_matrix(column)}ᵀ · {fmt_matrix(row)}"
        ),
        w(C, "The column smooths down the picture, the row takes the difference across it."),
        cost_pattern,
    ]


def stacked_3x3(w: Words) -> list[str]:
    big, small = 5 * 5 * 64 * 64, 2 * 3 * 3 * 64 * 64  # no bias: the comparison's weights
    return [
        w(
            C,
            "{depth} convolutions of {s}×{s} in a row see a {rf}×{rf} patch, as one {big}×{big} does: the second one's {s}×{s} window covers {s}×{s} cells of the first, each of which saw {s}×{s} pixels.",  # noqa: E501
        ).format(depth=2, s=3, rf=5, big=5),
        w(
            C,
            "With {c_in} channels in and out: one {k}×{k} has {k}·{k}·{c_in}·{c_out} = {big_params} weights, the {depth} of {s}×{s} have {depth}·{s}·{s}·{c_in}·{c_out} = {small_params} ({percent}), with a nonlinearity between them for free.",  # noqa: E501
        ).format(
            c_in=64,
            c_out=64,
            k=5,
            big_params=fmt(big),
            depth=2,
            s=3,
            small_params=fmt(small),
            percent=f"{round(100 * small / big)}%",
        ),
        w(C, "Multiply-adds on {size}×{size} maps: {first} against {second}.").format(
            size=28, first=fmt(28 * 28 * big), second=fmt(28 * 28 * small)
        ),
    ]


def bottleneck(w: Words) -> list[str]:
    plain = 28 * 28 * 32 * (5 * 5 * 192)  # 28×28×192 → 32 channels, 5×5, SAME
    one, five = 28 * 28 * 16 * 192, 28 * 28 * 32 * (5 * 5 * 16)  # through 16 channels first
    return [
        w(
            C,
            "A {k}×{k} convolution from {size}×{size}×{c_in} to {c_out} channels (SAME): {size}·{size}·{c_out} outputs × {k}·{k}·{c_in} = {mult_adds} multiplies.",  # noqa: E501
        ).format(k=5, size=28, c_in=192, c_out=32, mult_adds=fmt(plain)),
        w(
            C,
            "A 1×1 convolution down to {b} channels first costs {size}·{size}·{b} × {c_in} = {one}; the {k}×{k} then reads only {b} channels: {five}.",  # noqa: E501
        ).format(b=16, size=28, c_in=192, one=fmt(one), k=5, five=fmt(five)),
        w(C, "Together {total}, {ratio} times fewer, for the same {shape} output.").format(
            total=fmt(one + five), ratio=fmt(round(plain / (one + five), 1)), shape="32×28×28"
        ),
    ]


def separable(w: Words) -> list[str]:
    standard, depthwise, pointwise = 3 * 3 * 16 * 32, 3 * 3 * 16, 16 * 32
    return [
        w(
            C,
            "A standard {k}×{k} convolution from {c_in} to {c_out} channels has {k}·{k}·{c_in}·{c_out} = {params} weights.",  # noqa: E501
        ).format(k=3, c_in=16, c_out=32, params=fmt(standard)),
        w(
            C,
            "Depthwise-separable: one {k}×{k} filter per input channel ({depthwise} weights), then a 1×1 convolution that mixes the channels ({c_in}·{c_out} = {pointwise}): {params} in all, {percent} of the standard one.",  # noqa: E501
        ).format(
            k=3,
            depthwise=fmt(depthwise),
            c_in=16,
            c_out=32,
            pointwise=fmt(pointwise),
            params=fmt(depthwise + pointwise),
            percent=f"{round(100 * (depthwise + pointwise) / standard)}%",
        ),
        w(C, "Multiply-adds on {size}×{size} maps: {first} against {second}.").format(
            size=28, first=fmt(28 * 28 * standard), second=fmt(28 * 28 * (depthwise + pointwise))
        ),
    ]


def transposed(w: Words) -> list[str]:
    out = (2 - 1) * 2 - 2 * 0 + 3 + 0  # 2×2 in, stride 2, padding 0, the 3×3 kernel, no output padding
    back = out_size(out, 3, 2, 0)
    return [
        w(
            C,
            "A {k}×{k} convolution with stride {stride} and padding {padding} takes a {big} map to ({n} − {k} + 2·{padding})/{stride} + 1 = {back}, so {small}. The transposed convolution goes the other way.",  # noqa: E501
        ).format(k=3, stride=2, padding=0, big=sq(out), n=out, back=back, small=sq(back)),
        w(
            C,
            "Output size = (in − 1)·stride − 2·padding + kernel + output padding = ({size} − 1)·{stride} − 2·{padding} + {k} + {output_padding} = {out}: each of the {cells} input cells stamps value × kernel into a {big} map, {stride} cells apart, and overlapping stamps add.",  # noqa: E501
        ).format(size=2, stride=2, padding=0, k=3, output_padding=0, out=out, cells=4, big=sq(out)),
        w(
            C,
            "As matrices: the convolution is a {rows}×{cols} matrix C, and the transposed convolution is Cᵀ ({cols}×{rows}). It brings back the shape, not the values.",  # noqa: E501
        ).format(rows=back * back, cols=out * out),
    ]


def pooling_gradient(w: Words, kind: str) -> list[str]:
    block = BLOCK.astype(float)
    if kind == "max":
        windows = block.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
        winners = sorted(
            (2 * i + int(windows[i, j].argmax()) // 2, 2 * j + int(windows[i, j].argmax()) % 2)
            for i in range(2)
            for j in range(2)
        )
        dx = np.zeros_like(block)
        for r, c in winners:
            dx[r, c] = 1.0
        how = w(
            C,
            "Max pooling hands each upstream gradient to the one cell that won its block: the input gradient is {value} at {winners} and 0 at the other {others} cells.",  # noqa: E501
        ).format(value=1, winners=", ".join(f"({r}, {c}) = {fmt(block[r, c])}" for r, c in winners), others=12)
    else:
        dx = np.full_like(block, 1 / 4)
        how = w(
            C,
            "Average pooling spreads each upstream gradient evenly over its block: every one of the {cells} input cells gets {upstream}/{window} = {value}.",  # noqa: E501
        ).format(cells=16, upstream=1, window=4, value=fmt(0.25))
    return [
        w(
            C,
            "A {input} input, a 1×1 identity kernel (so the map is the input itself) and {size}×{size} pooling, stride {size}; the upstream gradient is {upstream} at each of the {pooled} pooled cells.",  # noqa: E501
        ).format(input="4×4", size=2, upstream=1, pooled="2×2"),
        how,
        w(C, "The whole input gradient: {gradient}. Step through it (→) on the Backward page.").format(
            gradient=fmt_matrix(dx)
        ),
    ]


def signal(w: Words, language: str) -> list[str]:
    x, h = np.array(SIGNAL), np.array(SIGNAL_KERNEL)
    assert not np.array_equal(h, h[::-1])  # so convolution and correlation differ
    # The paragraph on the name 卷积 is signal_1d's, translated in the teaching part.
    why = WHY_JUAN if language == "en" else Words(language, "teaching")("Signal1D", WHY_JUAN)
    return [
        w(C, "The signal x = {x} and the kernel h = {h}.").format(x=fmt_matrix(x), h=fmt_matrix(h)),
        w(
            C,
            "y[n] = Σₖ h[k]·x[n − k]: flip h, slide it along x, and sum the products under it. numpy.convolve gives {convolved} ({count} = {n} + {k} − 1 values).",  # noqa: E501
        ).format(convolved=fmt_matrix(np.convolve(x, h)), count=len(x) + len(h) - 1, n=len(x), k=len(h)),
        w(C, "numpy.correlate slides h without flipping it: {correlated}. They differ.").format(
            correlated=fmt_matrix(np.correlate(x, h, "full"))
        ),
        why,
    ]


def text_cnn(w: Words) -> list[str]:
    from convviz.model.teaching.signal_1d import text_conv

    t = text_conv()  # the sentence, its word vectors and the two filters: the lesson's values
    d, length = t.embeddings.shape
    width = t.filters.shape[2]
    kept = []
    for f, weights in enumerate(t.filters):
        outputs = [float((t.embeddings[:, i : i + width] * weights).sum()) for i in range(length - width + 1)]
        best = int(np.argmax(outputs))
        kept.append(
            w(C, "filter {n} keeps '{trigram}' ({value})").format(
                n=f + 1, trigram=" ".join(t.words[best : best + width]), value=fmt(round(max(outputs), 4))
            )
        )
    # The list's separator has no Chinese character for Words to check: read from the .ts itself.
    separator = "; " if w.language == "en" else translations(w.language, "lessons")[(C, "; ")]
    assert separator.strip() and (separator == "; ") == (w.language == "en")
    return [
        w(C, "'{sentence}' as {length} word vectors of {dim} numbers: a {dim}×{length} matrix.").format(
            sentence=" ".join(t.words), length=length, dim=d
        ),
        w(
            C,
            "A filter of width {width} is {dim}×{width} ({weights} weights): as tall as the vectors, so it slides along the words only, {length} − {width} + 1 = {outputs} places, one trigram each.",  # noqa: E501
        ).format(width=width, dim=d, weights=d * width, length=length, outputs=length - width + 1),
        w(
            C,
            "Max over time keeps each filter's strongest trigram: {best}. A sentence of any length gives one number per filter.",  # noqa: E501
        ).format(best=separator.join(kept)),
    ]


def expected(lesson_id: str, w: Words, language: str) -> list[str | re.Pattern]:
    return {
        "valid_5x5": lambda: five_by_five(w, False),
        "padded_5x5": lambda: five_by_five(w, True),
        "kernel_2x2": lambda: two_by_two(w),
        "keras_stack": lambda: keras_stack(w),
        "twenty_filters": lambda: twenty_filters(w),
        "max_pool_stride2": lambda: max_pooling(w, 2),
        "max_pool_stride1": lambda: max_pooling(w, 1),
        "avg_pool_4x4x5": lambda: average_pooling(w),
        "dilation_2": lambda: dilation(w),
        "stacked_3x3": lambda: stacked_3x3(w),
        "bottleneck": lambda: bottleneck(w),
        "separable": lambda: separable(w),
        "transposed": lambda: transposed(w),
        "max_pool_gradient": lambda: pooling_gradient(w, "max"),
        "avg_pool_gradient": lambda: pooling_gradient(w, "avg"),
        "sobel_separable": lambda: sobel_separable(w),
        "signal_1d": lambda: signal(w, language),
        "text_cnn": lambda: text_cnn(w),
    }[lesson_id]()


def matches(paragraphs, wanted) -> None:
    assert len(paragraphs) == len(wanted), (paragraphs, wanted)
    for shown, want in zip(paragraphs, wanted, strict=True):
        if isinstance(want, re.Pattern):
            assert want.fullmatch(shown), (shown, want.pattern)
        else:
            assert shown == want


class English:
    """The English the code writes: the text itself (a Words that translates nothing)."""

    language = "en"

    def __call__(self, context: str, english: str) -> str:
        return english


class Checked(Words):
    def __init__(self, language: str) -> None:
        super().__init__(language, "lessons")
        self.language = language


@pytest.fixture(params=LANGUAGES)
def chinese(request, qtbot):
    """The app's translators for the language (as the app installs them before it builds the
    window), then English again for later tests."""
    app = QApplication.instance()
    i18n.install(app, request.param)
    yield Checked(request.param)
    i18n.install(app, "en")


def test_every_title_in_the_menus_catalogue_and_in_the_lesson_is_the_translation(chinese):
    w = chinese
    assert [lesson_id for lesson_id, _, _ in CATALOGUE] == list(TITLES)
    assert [title for _, title, _ in CATALOGUE] == [w(C, t) for t in TITLES.values()]
    assert CATALOGUE[1][1] == w(C, TITLES["padded_5x5"]) and CATALOGUE[-1][1] == w(C, TITLES["text_cnn"])
    for lesson_id, english in TITLES.items():
        assert build(lesson_id).title == w(C, english)


@pytest.mark.parametrize("lesson_id", list(TITLES))
def test_every_lesson_explains_its_numbers_in_the_language(chinese, lesson_id):
    w = chinese
    lesson = build(lesson_id)
    matches(lesson.paragraphs, expected(lesson_id, w, w.language))
    assert lesson.text == "\n\n".join(lesson.paragraphs)


@pytest.mark.parametrize("lesson_id", list(TITLES))
def test_in_english_the_lessons_are_english_again(qtbot, lesson_id):
    app = QApplication.instance()
    i18n.install(app, "zh_CN")
    i18n.install(app, "en")
    lesson = build(lesson_id)
    assert lesson.title == TITLES[lesson_id]
    matches(lesson.paragraphs, expected(lesson_id, English(), "en"))


def test_the_lessons_pictures_and_kernels_are_named_in_the_language(chinese):
    w = chinese
    five = build("valid_5x5").layer
    assert five.image_name == w(C, "{shape} grid of 0s and 1s").format(shape="5×5")
    assert [f["name"] for f in five.kernels["filters"]] == [w(C, "corners and centre")]
    two = build("kernel_2x2").layer
    assert (two.image_name, two.kernels["filters"][0]["name"]) == (
        w(C, "the numbers 1 to 9"),
        w(C, "−1 diagonal"),
    )
    twenty = build("twenty_filters").layer
    assert twenty.image_name == w(C, "{size}×{size} RGB pattern").format(size=32)
    assert [f["name"] for f in twenty.kernels["filters"]] == [w(C, "filter {n}").format(n=n) for n in range(1, 21)]
    pool = build("max_pool_stride1").layer
    assert pool.image_name == w(C, "{n}×{n} pattern").format(n=100)
    assert [f["name"] for f in pool.kernels["filters"]] == [w(C, "filter {n}").format(n=n) for n in range(1, 16)]
    assert build("dilation_2").layer.image_name == w(C, "{n}×{n} pattern").format(n=16)
    for lesson_id in ("avg_pool_4x4x5", "max_pool_gradient"):
        assert build(lesson_id).layer.image_name == w(C, "{shape} block of tenths").format(shape="4×4")
    assert build("avg_pool_gradient").layer.kernels["filters"][0]["name"] == w(C, "identity 1×1")
    stack = build("keras_stack").stack
    assert stack.name == w(C, "Keras: {first}, then {second}").format(
        first="Conv2D(16, 2, strides=2)", second="Conv2D(32, 3, padding='same')"
    )
    assert stack.description == w(
        C, "Keras writes shapes channels last ({h}×{w}×{c}), the summary channels first ({c}, {h}, {w})."
    ).format(h=100, w=100, c=16)
    assert stack.image_name == w(C, "the lesson's picture")


@pytest.fixture(params=LANGUAGES)
def window(request, qtbot):
    """The window built with the language installed, as the app builds it; English again after."""
    from convviz.gui.shell import prefs
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    app = QApplication.instance()
    i18n.install(app, request.param)
    for key in ("geometry", "window_state"):
        prefs.settings().remove(key)
    window = MainWindow(AppState(), compact=False)
    qtbot.addWidget(window)
    window.resize(1500, 920)
    window.show()
    qtbot.waitExposed(window)
    yield window, Checked(request.param), Words(request.param, "shell")
    for name in ("lesson_panel", "signal_dialog"):
        dialog = getattr(window, name, None)
        if dialog is not None:
            dialog.close()
    window.close()
    i18n.install(app, "en")


def test_the_lessons_menu_and_a_chosen_lessons_panel_on_the_window(window, qtbot):
    window, w, shell = window
    menu = window.lessons_menu
    assert [a.text() for a in menu.actions()] == [w(C, t) for t in TITLES.values()]
    action = next(a for a in menu.actions() if a.data() == "twenty_filters")
    menu.popup(window.mapToGlobal(QPoint(40, 40)))  # chosen with a click, as a user does
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: window.lesson_panel.isVisible())
    title = w(C, TITLES["twenty_filters"])
    assert window.lesson_panel.windowTitle() == shell("LessonPanel", "Lesson: {0}").format(title)
    shown = window.lesson_panel.plain_text()
    for paragraph in [title, *expected("twenty_filters", w, w.language)]:
        assert paragraph in shown
    assert window.state.input.name == w(C, "{size}×{size} RGB pattern").format(size=32)
    assert window.state.input.note == w(C, "a lesson's input")
    assert window.state.bank.names[:2] == [w(C, "filter {n}").format(n=n) for n in (1, 2)]
