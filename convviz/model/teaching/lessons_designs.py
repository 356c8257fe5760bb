"""The lessons on whole designs: a Keras stack, the design comparisons, transposed convolution,
and the 1-D pictures. Every number in their text is computed here from the lesson's own values
(its layer settings, engine summaries, the comparisons' own engine layers, the shape formulas
filled in with those settings), and written by `lesson_setup.number`. What stays typed is a
formula's own shape, not a number of the lesson: the 1 of "+ 1 bias" and of "(W − F)/S + 1",
the 2 of "2·padding", the Σ of a definition. The sentences are in the interface's language
(`convviz.text.tr`, context "Lessons"): each is one literal with {names} for the computed values,
filled in after it is translated."""

from __future__ import annotations

from dataclasses import asdict

from convviz import engine as E
from convviz.model.teaching import compare_designs as designs
from convviz.model.teaching.lesson_setup import Lesson, StackSetup, Tab, hw, matrix, number, pattern
from convviz.model.teaching.signal_1d import Slide, text_conv, why_juan
from convviz.model.teaching.transpose import conv_matrix
from convviz.model.teaching.transpose_model import KERNEL, TransposeSettings
from convviz.text import tr

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
            tr(
                "Lessons",
                "{call} on a {size}×{size}×{channels} input, VALID as Keras' default: ({size} − {k})/{s} + 1 = {h}, so {h}×{w}×{c} (Keras writes channels last; the summary writes ({c}, {h}, {w})).",  # noqa: E501
            ).format(call=call1, size=size, channels=channels, k=k1, s=s1, h=h1, w=w1, c=c1),
            tr("Lessons", "Its parameters: {c} filters × ({k}·{k}·{channels} weights + 1 bias) = {params}.").format(
                c=c1, k=k1, channels=channels, params=number(p1)
            ),
            tr(
                "Lessons",
                "{call} keeps {h}×{w} and makes {c} channels: {c} × ({k}·{k}·{c_in} + 1) = {params} parameters.",
            ).format(call=call2, h=h2, w=w2, c=c2, k=k2, c_in=c1, params=number(p2)),
            tr(
                "Lessons",
                "Together {params} parameters and {mult_adds} multiply-adds for one picture. Change a layer in the editor and the summary follows.",  # noqa: E501
            ).format(params=number(table.total_params), mult_adds=number(table.total_mult_adds)),
        ),
        {"shapes": [row.output_shape for row in table.rows], "params": [p1, p2]},
        stack=StackSetup(
            (("conv2d", first), ("conv2d", second)),
            channels,
            None,
            tr("Lessons", "Keras: {first}, then {second}").format(first=call1, second=call2),
            tr(
                "Lessons",
                "Keras writes shapes channels last ({h}×{w}×{c}), the summary channels first ({c}, {h}, {w}).",
            ).format(h=h1, w=w1, c=c1),
            pattern(size, size),
        ),
    )


STACKED = designs.CompareNumbers(in_channels=64, out_channels=64, size=28, kernel=5)
BOTTLENECK = designs.CompareNumbers()  # 28×28×192 → 32 channels, 5×5, through 16: the classic example
SEPARABLE = designs.CompareNumbers(in_channels=16, out_channels=32, kernel=3)
TRANSPOSED = TransposeSettings(size=2, stride=2, padding=0, output_padding=0)


def _multiply_adds(size: int, first: int, second: int) -> str:
    return tr("Lessons", "Multiply-adds on {size}×{size} maps: {first} against {second}.").format(
        size=size, first=number(first), second=number(second)
    )


def stacked_3x3(n: designs.CompareNumbers = STACKED) -> Lesson:
    comparison = designs.stacked(n)
    big, small = comparison.variants
    s, k, rf = SMALL_KERNEL, n.kernel, small.receptive_field
    depth = (rf - 1) // (s - 1)  # how many small kernels the comparison stacks
    return Lesson(
        Tab.COMPARE,
        (
            tr(
                "Lessons",
                "{depth} convolutions of {s}×{s} in a row see a {rf}×{rf} patch, as one {big}×{big} does: the second one's {s}×{s} window covers {s}×{s} cells of the first, each of which saw {s}×{s} pixels.",  # noqa: E501
            ).format(depth=depth, s=s, rf=rf, big=big.receptive_field),
            tr(
                "Lessons",
                "With {c_in} channels in and out: one {k}×{k} has {k}·{k}·{c_in}·{c_out} = {big_params} weights, the {depth} of {s}×{s} have {depth}·{s}·{s}·{c_in}·{c_out} = {small_params} ({percent}), with a nonlinearity between them for free.",  # noqa: E501
            ).format(
                c_in=n.in_channels,
                c_out=n.out_channels,
                k=k,
                big_params=number(big.params),
                depth=depth,
                s=s,
                small_params=number(small.params),
                percent=_percent(small.params, big.params),
            ),
            _multiply_adds(n.size, big.mult_adds, small.mult_adds),
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
            tr(
                "Lessons",
                "A {k}×{k} convolution from {size}×{size}×{c_in} to {c_out} channels (SAME): {size}·{size}·{c_out} outputs × {k}·{k}·{c_in} = {mult_adds} multiplies.",  # noqa: E501
            ).format(k=k, size=n.size, c_in=n.in_channels, c_out=n.out_channels, mult_adds=number(plain.mult_adds)),
            tr(
                "Lessons",
                "A 1×1 convolution down to {b} channels first costs {size}·{size}·{b} × {c_in} = {one}; the {k}×{k} then reads only {b} channels: {five}.",  # noqa: E501
            ).format(b=n.bottleneck, size=n.size, c_in=n.in_channels, one=number(one), k=k, five=number(five)),
            tr("Lessons", "Together {total}, {ratio} times fewer, for the same {shape} output.").format(
                total=number(reduced.mult_adds),
                ratio=number(round(plain.mult_adds / reduced.mult_adds, 1)),
                shape=hw(reduced.output_shape),
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
            tr(
                "Lessons",
                "A standard {k}×{k} convolution from {c_in} to {c_out} channels has {k}·{k}·{c_in}·{c_out} = {params} weights.",  # noqa: E501
            ).format(k=k, c_in=n.in_channels, c_out=n.out_channels, params=number(standard.params)),
            tr(
                "Lessons",
                "Depthwise-separable: one {k}×{k} filter per input channel ({depthwise} weights), then a 1×1 convolution that mixes the channels ({c_in}·{c_out} = {pointwise}): {params} in all, {percent} of the standard one.",  # noqa: E501
            ).format(
                k=k,
                depthwise=number(depthwise),
                c_in=n.in_channels,
                c_out=n.out_channels,
                pointwise=number(pointwise),
                params=number(split.params),
                percent=_percent(split.params, standard.params),
            ),
            _multiply_adds(n.size, standard.mult_adds, split.mult_adds),
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
            tr(
                "Lessons",
                "A {k}×{k} convolution with stride {stride} and padding {padding} takes a {big} map to ({n} − {k} + 2·{padding})/{stride} + 1 = {back}, so {small}. The transposed convolution goes the other way.",  # noqa: E501
            ).format(k=k, stride=s.stride, padding=s.padding, big=hw(out), n=out[0], back=back[0], small=hw(back)),
            tr(
                "Lessons",
                "Output size = (in − 1)·stride − 2·padding + kernel + output padding = ({size} − 1)·{stride} − 2·{padding} + {k} + {output_padding} = {out}: each of the {cells} input cells stamps value × kernel into a {big} map, {stride} cells apart, and overlapping stamps add.",  # noqa: E501
            ).format(
                size=s.size,
                stride=s.stride,
                padding=s.padding,
                k=k,
                output_padding=s.output_padding,
                out=out[0],
                cells=s.size * s.size,
                big=hw(out),
            ),
            tr(
                "Lessons",
                "As matrices: the convolution is a {rows}×{cols} matrix C, and the transposed convolution is Cᵀ ({cols}×{rows}). It brings back the shape, not the values.",  # noqa: E501
            ).format(rows=c.shape[0], cols=c.shape[1]),
        ),
        {"out_hw": out, "conv_back": back, "C_shape": c.shape},
        transpose=asdict(s),
    )


def signal() -> Lesson:
    slide = Slide()
    if slide.symmetric:
        compared = tr(
            "Lessons",
            "numpy.correlate slides h without flipping it: {correlated}. They agree: this kernel reads the same backwards.",  # noqa: E501
        )
    else:
        compared = tr("Lessons", "numpy.correlate slides h without flipping it: {correlated}. They differ.")
    return Lesson(
        Tab.SIGNAL,
        (
            tr("Lessons", "The signal x = {x} and the kernel h = {h}.").format(
                x=matrix(slide.signal), h=matrix(slide.kernel)
            ),
            tr(
                "Lessons",
                "y[n] = Σₖ h[k]·x[n − k]: flip h, slide it along x, and sum the products under it. numpy.convolve gives {convolved} ({count} = {n} + {k} − 1 values).",  # noqa: E501
            ).format(convolved=matrix(slide.convolved), count=len(slide), n=slide.signal.size, k=slide.kernel.size),
            compared.format(correlated=matrix(slide.correlated)),
            why_juan(),  # signal_1d's paragraph, translated in its part (teaching)
        ),
        {"convolved": slide.convolved, "correlated": slide.correlated},
    )


def text_cnn() -> Lesson:
    t = text_conv()
    length = len(t.words)
    outputs = t.outputs.shape[1]
    best = tr("Lessons", "; ").join(
        tr("Lessons", "filter {n} keeps '{trigram}' ({value})").format(
            n=f + 1, trigram=t.trigram(b), value=number(round(float(t.pooled[f]), 4))
        )
        for f, b in enumerate(t.best)
    )
    return Lesson(
        Tab.TEXT,
        (
            tr("Lessons", "'{sentence}' as {length} word vectors of {dim} numbers: a {dim}×{length} matrix.").format(
                sentence=" ".join(t.words), length=length, dim=t.dim
            ),
            tr(
                "Lessons",
                "A filter of width {width} is {dim}×{width} ({weights} weights): as tall as the vectors, so it slides along the words only, {length} − {width} + 1 = {outputs} places, one trigram each.",  # noqa: E501
            ).format(width=t.width, dim=t.dim, weights=t.dim * t.width, length=length, outputs=outputs),
            tr(
                "Lessons",
                "Max over time keeps each filter's strongest trigram: {best}. A sentence of any length gives one number per filter.",  # noqa: E501
            ).format(best=best),
        ),
        {"out_shape": t.outputs.shape, "best": t.best},
    )
