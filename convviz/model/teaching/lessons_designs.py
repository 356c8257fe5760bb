"""The lessons on whole designs: a Keras stack, the design comparisons, transposed convolution,
and the 1-D pictures. Every number in their text is computed here from the lesson's own values
(its layer settings, engine summaries, the comparisons' own engine layers, the shape formulas
filled in with those settings), and written by `lesson_setup.number`. What stays typed is a
formula's own shape, not a number of the lesson: the 1 of "+ 1 bias" and of "(W − F)/S + 1",
the 2 of "2·padding", the Σ of a definition."""

from __future__ import annotations

from dataclasses import asdict

from convviz import engine as E
from convviz.model.teaching import compare_designs as designs
from convviz.model.teaching.lesson_setup import Lesson, StackSetup, Tab, hw, matrix, number, pattern
from convviz.model.teaching.signal_1d import WHY_JUAN, Slide, text_conv
from convviz.model.teaching.transpose import conv_matrix
from convviz.model.teaching.transpose_model import KERNEL, TransposeSettings

SMALL_KERNEL = 3  # compare_designs.stacked's small kernel: each one adds 2 to the receptive field


def _percent(part: float, whole: float) -> str:
    return f"{number(round(100 * part / whole))}%"


KERAS_FIRST = (16, 2, 2)  # Conv2D(16, 2, strides=2), VALID: filters, kernel, stride
KERAS_SECOND = (32, 3)  # Conv2D(32, 3, padding='same'): filters, kernel


def keras_stack(
    size: int = 200, first_layer: tuple[int, int, int] = KERAS_FIRST, second_layer: tuple[int, int] = KERAS_SECOND
) -> Lesson:
    """The notes' two Keras layers on a size×size grey picture (other layers: the same text)."""
    channels = 1
    (f1, k1, s1), (f2, k2) = first_layer, second_layer
    first = {"out_channels": f1, "kernel_size": k1, "stride": s1, "padding": 0, "bias": True}
    second = {"out_channels": f2, "kernel_size": k2, "stride": 1, "padding": "same", "bias": True}
    table = E.summary([E.Conv2d(channels, f1, k1, s1, 0), E.Conv2d(f1, f2, k2, 1, "same")], (channels, size, size))
    (c1, h1, w1), (c2, h2, w2) = (row.output_shape for row in table.rows)
    p1, p2 = (row.params for row in table.rows)
    call1, call2 = f"Conv2D({f1}, {k1}, strides={s1})", f"Conv2D({f2}, {k2}, padding='same')"
    return Lesson(
        Tab.STACK,
        (
            (
                f"{call1} on a {size}×{size}×{channels} input, VALID as Keras' default: "
                f"({size} − {k1})/{s1} + 1 = {h1}, so {h1}×{w1}×{c1} (Keras writes channels last; the summary "
                f"writes ({c1}, {h1}, {w1}))."
            ),
            f"Its parameters: {c1} filters × ({k1}·{k1}·{channels} weights + 1 bias) = {number(p1)}.",
            (
                f"{call2} keeps {h2}×{w2} and makes {c2} channels: "
                f"{c2} × ({k2}·{k2}·{c1} + 1) = {number(p2)} parameters."
            ),
            (
                f"Together {number(table.total_params)} parameters and {number(table.total_mult_adds)} "
                "multiply-adds for one picture. Change a layer in the editor and the summary follows."
            ),
        ),
        {"shapes": [row.output_shape for row in table.rows], "params": [p1, p2]},
        stack=StackSetup(
            (("conv2d", first), ("conv2d", second)),
            channels,
            None,
            f"Keras: {call1}, then {call2}",
            f"Keras writes shapes channels last ({h1}×{w1}×{c1}), the summary channels first ({c1}, {h1}, {w1}).",
            pattern(size, size),
        ),
    )


STACKED = designs.CompareNumbers(in_channels=64, out_channels=64, size=28, kernel=5)
BOTTLENECK = designs.CompareNumbers()  # 28×28×192 → 32 channels, 5×5, through 16: the classic example
SEPARABLE = designs.CompareNumbers(in_channels=16, out_channels=32, kernel=3)
TRANSPOSED = TransposeSettings(size=2, stride=2, padding=0, output_padding=0)


def stacked_3x3(n: designs.CompareNumbers = STACKED) -> Lesson:
    comparison = designs.stacked(n)
    big, small = comparison.variants
    s, k, rf = SMALL_KERNEL, n.kernel, small.receptive_field
    depth = (rf - 1) // (s - 1)  # how many small kernels the comparison stacks
    return Lesson(
        Tab.COMPARE,
        (
            (
                f"{depth} convolutions of {s}×{s} in a row see a {rf}×{rf} patch, as one "
                f"{big.receptive_field}×{big.receptive_field} does: the second one's {s}×{s} window covers "
                f"{s}×{s} cells of the first, each of which saw {s}×{s} pixels."
            ),
            (
                f"With {n.in_channels} channels in and out: one {k}×{k} has {k}·{k}·{n.in_channels}·{n.out_channels}"
                f" = {number(big.params)} weights, the {depth} of {s}×{s} have "
                f"{depth}·{s}·{s}·{n.in_channels}·{n.out_channels} = {number(small.params)} "
                f"({_percent(small.params, big.params)}), with a nonlinearity between them for free."
            ),
            (f"Multiply-adds on {n.size}×{n.size} maps: {number(big.mult_adds)} against {number(small.mult_adds)}."),
        ),
        {"params": (big.params, small.params), "receptive_field": (big.receptive_field, small.receptive_field)},
        compare=asdict(n),
    )


def bottleneck(n: designs.CompareNumbers = BOTTLENECK) -> Lesson:
    comparison = designs.bottleneck(n)
    plain, reduced = comparison.variants
    k, shape = n.kernel, (n.in_channels, n.size, n.size)
    rows = E.summary(
        [E.Conv2d(n.in_channels, n.bottleneck, 1), E.Conv2d(n.bottleneck, n.out_channels, k, 1, "same")], shape
    )
    one, five = (row.mult_adds for row in rows.rows)
    return Lesson(
        Tab.COMPARE,
        (
            (
                f"A {k}×{k} convolution from {n.size}×{n.size}×{n.in_channels} to {n.out_channels} channels (SAME): "
                f"{n.size}·{n.size}·{n.out_channels} outputs × {k}·{k}·{n.in_channels} = {number(plain.mult_adds)} "
                "multiplies."
            ),
            (
                f"A 1×1 convolution down to {n.bottleneck} channels first costs {n.size}·{n.size}·{n.bottleneck} × "
                f"{n.in_channels} = {number(one)}; the {k}×{k} then reads only {n.bottleneck} channels: {number(five)}."
            ),
            (
                f"Together {number(reduced.mult_adds)}, {number(round(plain.mult_adds / reduced.mult_adds, 1))} "
                f"times fewer, for the same {hw(reduced.output_shape)} output."
            ),
        ),
        {"mult_adds": (plain.mult_adds, reduced.mult_adds)},
        compare=asdict(n),
    )


def separable(n: designs.CompareNumbers = SEPARABLE) -> Lesson:
    standard, split = designs.separable(n).variants
    k = n.kernel
    depthwise, pointwise = k * k * n.in_channels, n.in_channels * n.out_channels
    return Lesson(
        Tab.COMPARE,
        (
            (
                f"A standard {k}×{k} convolution from {n.in_channels} to {n.out_channels} channels has "
                f"{k}·{k}·{n.in_channels}·{n.out_channels} = {number(standard.params)} weights."
            ),
            (
                f"Depthwise-separable: one {k}×{k} filter per input channel ({number(depthwise)} weights), then a "
                f"1×1 convolution that mixes the channels ({n.in_channels}·{n.out_channels} = {number(pointwise)}): "
                f"{number(split.params)} in all, {_percent(split.params, standard.params)} of the standard one."
            ),
            (
                f"Multiply-adds on {n.size}×{n.size} maps: {number(standard.mult_adds)} against "
                f"{number(split.mult_adds)}."
            ),
        ),
        {"params": (standard.params, split.params)},
        compare=asdict(n),
    )


def transposed(s: TransposeSettings = TRANSPOSED) -> Lesson:
    k = KERNEL.shape[0]
    out = E.conv_transpose2d_output_hw((s.size, s.size), KERNEL.shape, s.stride, s.padding, s.output_padding)
    back = E.conv2d_output_hw(out, KERNEL.shape, s.stride, s.padding)
    c = conv_matrix(out, KERNEL, s.stride, s.padding)
    return Lesson(
        Tab.TRANSPOSE,
        (
            (
                f"A {k}×{k} convolution with stride {s.stride} and padding {s.padding} takes a {hw(out)} map to "
                f"({out[0]} − {k} + 2·{s.padding})/{s.stride} + 1 = {back[0]}, so {hw(back)}. The transposed "
                "convolution goes the other way."
            ),
            (
                f"Output size = (in − 1)·stride − 2·padding + kernel + output padding = ({s.size} − 1)·{s.stride} − "
                f"2·{s.padding} + {k} + {s.output_padding} = {out[0]}: each of the {s.size * s.size} input cells "
                f"stamps value × kernel into a {hw(out)} map, "
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
