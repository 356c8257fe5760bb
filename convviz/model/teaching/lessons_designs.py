"""The lessons on whole designs: a Keras stack, the design comparisons, transposed convolution,
and the 1-D pictures. Every number in their text is computed here (engine summaries, the
comparisons' own engine layers, the shape formulas)."""

from __future__ import annotations

from dataclasses import asdict

from convviz import engine as E
from convviz.model.teaching import compare_designs as designs
from convviz.model.teaching.lesson_setup import Lesson, StackSetup, Tab, hw, matrix, number, pattern
from convviz.model.teaching.signal_1d import WHY_JUAN, Slide, text_conv
from convviz.model.teaching.transpose import conv_matrix
from convviz.model.teaching.transpose_model import KERNEL, TransposeSettings


def keras_stack() -> Lesson:
    first = {"out_channels": 16, "kernel_size": 2, "stride": 2, "padding": 0, "bias": True}
    second = {"out_channels": 32, "kernel_size": 3, "stride": 1, "padding": "same", "bias": True}
    table = E.summary([E.Conv2d(1, 16, 2, 2, 0), E.Conv2d(16, 32, 3, 1, "same")], (1, 200, 200))
    (c1, h1, w1), (c2, h2, w2) = (row.output_shape for row in table.rows)
    p1, p2 = (row.params for row in table.rows)
    name = "Keras: Conv2D(16, 2, strides=2), then Conv2D(32, 3, padding='same')"
    return Lesson(
        Tab.STACK,
        (
            (
                "Conv2D(16, 2, strides=2) on a 200×200×1 input, VALID as Keras' default: "
                f"(200 − 2)/2 + 1 = {h1}, so {h1}×{w1}×{c1} (Keras writes channels last; the summary "
                f"writes ({c1}, {h1}, {w1}))."
            ),
            f"Its parameters: {c1} filters × (2·2·1 weights + 1 bias) = {p1:,}.",
            (
                f"Conv2D(32, 3, padding='same') keeps {h2}×{w2} and makes {c2} channels: "
                f"{c2} × (3·3·{c1} + 1) = {p2:,} parameters."
            ),
            (
                f"Together {table.total_params:,} parameters and {table.total_mult_adds:,} multiply-adds for one "
                "picture. Change a layer in the editor and the summary follows."
            ),
        ),
        {"shapes": [row.output_shape for row in table.rows], "params": [p1, p2]},
        stack=StackSetup(
            (("conv2d", first), ("conv2d", second)),
            1,
            None,
            name,
            "Keras writes shapes channels last (100×100×16), the summary channels first (16, 100, 100).",
            pattern(200, 200),
        ),
    )


def stacked_3x3() -> Lesson:
    n = designs.CompareNumbers(in_channels=64, out_channels=64, size=28, kernel=5)
    comparison = designs.stacked(n)
    big, small = comparison.variants
    return Lesson(
        Tab.COMPARE,
        (
            (
                f"Two 3×3 convolutions in a row see a {small.receptive_field}×{small.receptive_field} patch, as one "
                f"{big.receptive_field}×{big.receptive_field} does: the second one's 3×3 window covers 3×3 cells "
                "of the first, each of which saw 3×3 pixels."
            ),
            (
                f"With {n.in_channels} channels in and out: one 5×5 has 5·5·{n.in_channels}·{n.out_channels} = "
                f"{big.params:,} weights, two 3×3 have 2·3·3·{n.in_channels}·{n.out_channels} = {small.params:,} "
                f"({small.params / big.params:.0%}), with a nonlinearity between them for free."
            ),
            f"Multiply-adds on {n.size}×{n.size} maps: {big.mult_adds:,} against {small.mult_adds:,}.",
        ),
        {"params": (big.params, small.params), "receptive_field": (big.receptive_field, small.receptive_field)},
        compare=asdict(n),
    )


def bottleneck() -> Lesson:
    n = designs.CompareNumbers()  # 28×28×192 → 32 channels, 5×5, through 16: the classic example
    comparison = designs.bottleneck(n)
    plain, reduced = comparison.variants
    shape = (n.in_channels, n.size, n.size)
    rows = E.summary([E.Conv2d(n.in_channels, n.bottleneck, 1), E.Conv2d(n.bottleneck, n.out_channels, 5, 1, 2)], shape)
    one, five = (row.mult_adds for row in rows.rows)
    return Lesson(
        Tab.COMPARE,
        (
            (
                f"A 5×5 convolution from {n.size}×{n.size}×{n.in_channels} to {n.out_channels} channels (SAME): "
                f"{n.size}·{n.size}·{n.out_channels} outputs × 5·5·{n.in_channels} = {plain.mult_adds:,} multiplies."
            ),
            (
                f"A 1×1 convolution down to {n.bottleneck} channels first costs {n.size}·{n.size}·{n.bottleneck} × "
                f"{n.in_channels} = {one:,}; the 5×5 then reads only {n.bottleneck} channels: {five:,}."
            ),
            (
                f"Together {reduced.mult_adds:,}, {plain.mult_adds / reduced.mult_adds:.1f} times fewer, for the same "
                f"{hw(reduced.output_shape)} output."
            ),
        ),
        {"mult_adds": (plain.mult_adds, reduced.mult_adds)},
        compare=asdict(n),
    )


def separable() -> Lesson:
    n = designs.CompareNumbers(in_channels=16, out_channels=32, kernel=3)
    standard, split = designs.separable(n).variants
    depthwise, pointwise = 3 * 3 * n.in_channels, n.in_channels * n.out_channels
    return Lesson(
        Tab.COMPARE,
        (
            (
                f"A standard 3×3 convolution from {n.in_channels} to {n.out_channels} channels has "
                f"3·3·{n.in_channels}·{n.out_channels} = {standard.params:,} weights."
            ),
            (
                f"Depthwise-separable: one 3×3 filter per input channel ({depthwise:,} weights), then a 1×1 "
                f"convolution that mixes the channels ({n.in_channels}·{n.out_channels} = {pointwise:,}): "
                f"{split.params:,} in all, {split.params / standard.params:.0%} of the standard one."
            ),
            f"Multiply-adds on {n.size}×{n.size} maps: {standard.mult_adds:,} against {split.mult_adds:,}.",
        ),
        {"params": (standard.params, split.params)},
        compare=asdict(n),
    )


def transposed() -> Lesson:
    s = TransposeSettings(size=2, stride=2, padding=0, output_padding=0)
    k = KERNEL.shape[0]
    out = E.conv_transpose2d_output_hw((s.size, s.size), KERNEL.shape, s.stride, s.padding, s.output_padding)
    back = E.conv2d_output_hw(out, KERNEL.shape, s.stride, s.padding)
    c = conv_matrix(out, KERNEL, s.stride, s.padding)
    return Lesson(
        Tab.TRANSPOSE,
        (
            (
                f"A {k}×{k} convolution with stride {s.stride} takes a {hw(out)} map to (5 − {k})/{s.stride} + 1 = "
                f"{back[0]}, so {hw(back)}. The transposed convolution goes the other way."
            ),
            (
                f"Output size = (in − 1)·stride − 2·padding + kernel = ({s.size} − 1)·{s.stride} − 2·{s.padding} + {k} "
                f"= {out[0]}: each of the {s.size * s.size} input cells stamps value × kernel into a {hw(out)} map, "
                f"{s.stride} cells apart, and overlapping stamps add."
            ),
            (
                f"As matrices: the convolution is a {c.shape[0]}×{c.shape[1]} matrix C, and the transposed "
                f"convolution is Cᵀ ({c.shape[1]}×{c.shape[0]}). It brings back the shape, not the values."
            ),
        ),
        {"out_hw": out, "conv_back": back, "C_shape": c.shape},
        transpose=asdict(s),
    )


def signal() -> Lesson:
    slide = Slide()
    return Lesson(
        Tab.SIGNAL,
        (
            f"The signal x = {matrix(slide.signal)} and the kernel h = {matrix(slide.kernel)}.",
            (
                f"y[n] = Σₖ h[k]·x[n − k]: flip h, slide it along x, and sum the products under it. "
                f"numpy.convolve gives {matrix(slide.convolved)} ({len(slide)} = "
                f"{slide.signal.size} + {slide.kernel.size} − 1 values)."
            ),
            f"numpy.correlate slides h without flipping it: {matrix(slide.correlated)}. "
            + ("They agree: this kernel reads the same backwards." if slide.symmetric else "They differ."),
            WHY_JUAN,
        ),
        {"convolved": slide.convolved, "correlated": slide.correlated},
    )


def text_cnn() -> Lesson:
    t = text_conv()
    length = len(t.words)
    outputs = t.outputs.shape[1]
    best = "; ".join(
        f"filter {f + 1} keeps '{t.trigram(b)}' ({number(round(float(t.pooled[f]), 4))})" for f, b in enumerate(t.best)
    )
    return Lesson(
        Tab.TEXT,
        (
            f"'{' '.join(t.words)}' as {length} word vectors of {t.dim} numbers: a {t.dim}×{length} matrix.",
            (
                f"A filter of width {t.width} is {t.dim}×{t.width} ({t.dim * t.width} weights): as tall as the "
                f"vectors, so it slides along the words only, {length} − {t.width} + 1 = {outputs} places, one "
                "trigram each."
            ),
            (
                f"Max over time keeps each filter's strongest trigram: {best}. A sentence of any length gives one "
                "number per filter."
            ),
        ),
        {"out_shape": t.outputs.shape, "best": t.best},
    )
