"""The lessons that set the explorer's one layer (and the stepper's, which walks the same layer).
Every number in their text is computed here from the lesson's own values (its picture, kernel and
layer settings), by the engine and the shape formulas filled in with those values, and written by
`lesson_setup.number`. What stays typed is a formula's own shape, not a number of the lesson: the
1 of "(W − F)/S + 1", the 2 of "2·P" and of "(F − 1)/2", the 1×1 of an identity kernel.
The sentences are in the interface's language (`convviz.text.tr`, context "Lessons"): each is one
literal with {names} for the computed values, filled in after it is translated."""

from __future__ import annotations

import numpy as np

from convviz import engine as E
from convviz.engine.geometry import span
from convviz.engine.kernels import preset, random_kernel
from convviz.model.settings import LayerParams, PaddingKind, Pooling
from convviz.model.state import ColorMode
from convviz.model.teaching import separable
from convviz.model.teaching.lesson_setup import LayerSetup, Lesson, Tab, hw, kernel_document, matrix, number, pattern
from convviz.text import tr

# The 5×5 picture and 3×3 kernel of the classic animated convolution (Stanford UFLDL notes).
GRID_5X5 = np.array(
    [[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]], dtype=np.float32
)
X_KERNEL = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=np.float64)
# The notes' 2×2 example: their pictures are lost; this input and kernel give their numbers.
ONE_TO_NINE = np.arange(1, 10, dtype=np.float32).reshape(3, 3)
DIAGONAL_2X2 = np.array([[-1, 0], [0, -1]], dtype=np.float64)
# A small block for pooling: tenths, so the explorer draws it on its 0…1 scale too.
BLOCK_4X4 = np.array(
    [[0.1, 0.3, 0.2, 0.4], [0.5, 0.7, 0.6, 0.8], [0.9, 0.2, 0.4, 0.1], [0.3, 0.6, 0.8, 0.5]], dtype=np.float32
)


def _valid(**changes: object) -> LayerParams:
    """Settings for a lesson: no bias unless it asks for one (its numbers stay whole)."""
    return LayerParams(**{"use_bias": False, **changes})  # type: ignore[arg-type]


TRY_STRIDE, TRY_KERNEL = 2, 5  # what the 5×5 lessons suggest trying next


def five_by_five(padded: bool) -> Lesson:
    n, k, stride = GRID_5X5.shape[0], X_KERNEL.shape[0], 1
    pad = (k - 1) // 2 if padded else 0  # SAME for an odd kernel
    y = E.conv2d(GRID_5X5.astype(np.float64), X_KERNEL, stride=stride, padding=pad)
    out = y.shape
    wider = n + 2 * pad
    stride2 = E.conv2d_output_hw((n, n), k, TRY_STRIDE, pad)
    k5 = E.conv2d_output_hw((n, n), TRY_KERNEL, stride, pad)
    corner = GRID_5X5[:3, :3] if not padded else np.pad(GRID_5X5, 1)[:3, :3]
    terms = " + ".join(number(v) for v, k in zip(corner.ravel(), X_KERNEL.ravel(), strict=True) if k)
    if padded:
        params = _valid(padding_kind=PaddingKind.EXPLICIT, pad_top=pad, pad_bottom=pad, pad_left=pad, pad_right=pad)
        size = tr(
            "Lessons",
            "With zero padding {pad} on each side the input is {wider}×{wider}: (W − F + 2P)/S + 1 = ({n} − {k} + 2·{pad})/{stride} + 1 = {out}, so the output keeps the input's {shape}. For a {k}×{k} kernel this is what SAME padding does: P = (F − 1)/2 = {pad}.",  # noqa: E501 (one literal, as lupdate reads it)
        ).format(pad=pad, wider=wider, n=n, k=k, stride=stride, out=out[0], shape=hw(out))
        first = tr("Lessons", "The corner output now reads the padding: {terms} = {value}. The whole output: {output}.")
    else:
        params = _valid()
        size = tr(
            "Lessons",
            "VALID (no padding), stride {stride}: (W − F)/S + 1 = ({n} − {k})/{stride} + 1 = {rows}, so the output is {shape}: the kernel fits in {across} places across and {rows} down.",  # noqa: E501
        ).format(stride=stride, n=n, k=k, rows=out[0], across=out[1], shape=hw(out))
        first = tr(
            "Lessons",
            "The top-left output sums the input cells under the kernel's 1s: {terms} = {value}. The whole output: {output}.",  # noqa: E501
        )
    return Lesson(
        Tab.EXPLORER,
        (
            tr(
                "Lessons", "A {input} input of 0s and 1s and a {kernel} kernel with 1s at its corners and centre."
            ).format(input=hw(GRID_5X5.shape), kernel=hw(X_KERNEL.shape)),
            size,
            first.format(terms=terms, value=number(y[0, 0]), output=matrix(y)),
            tr(
                "Lessons",
                "Try it: stride {stride} in the Layer panel gives {strided}; a {k}×{k} kernel gives {bigger}. Click an output cell: the Arithmetic panel shows its products.",  # noqa: E501
            ).format(stride=TRY_STRIDE, strided=hw(stride2), k=TRY_KERNEL, bigger=hw(k5)),
        ),
        {"out_shape": (1, *out), "output": y, "padded_hw": (wider, wider)},
        LayerSetup(
            GRID_5X5,
            tr("Lessons", "{shape} grid of 0s and 1s").format(shape=hw(GRID_5X5.shape)),
            params,
            kernel_document([X_KERNEL], [tr("Lessons", "corners and centre")]),
        ),
    )


def two_by_two() -> Lesson:
    stride, (kh, kw) = 1, DIAGONAL_2X2.shape
    y = E.conv2d(ONE_TO_NINE.astype(np.float64), DIAGONAL_2X2, stride=stride)
    corner = ONE_TO_NINE[:kh, :kw].ravel()
    terms = " + ".join(f"({number(k)})·{number(v)}" for k, v in zip(DIAGONAL_2X2.ravel(), corner, strict=True))
    symmetric = bool(np.array_equal(np.rot90(DIAGONAL_2X2, 2), DIAGONAL_2X2))
    flip = (
        tr(
            "Lessons",
            "Turned 180°, as true convolution turns it, this kernel is itself, so convolution and cross-correlation give the same numbers here.",  # noqa: E501
        )
        if symmetric
        else tr("Lessons", "Turned 180° (true convolution) it would give other numbers.")
    )
    return Lesson(
        Tab.STEPPER_FORWARD,
        (
            tr("Lessons", "The input holds {low} to {high} row by row; the kernel is {kernel}.").format(
                low=number(ONE_TO_NINE.min()), high=number(ONE_TO_NINE.max()), kernel=matrix(DIAGONAL_2X2)
            ),
            tr("Lessons", "({n} − {k})/{stride} + 1 = {out}: the output is {shape}.").format(
                n=ONE_TO_NINE.shape[0], k=kh, stride=stride, out=y.shape[0], shape=hw(y.shape)
            ),
            tr("Lessons", "The first step: {terms} = {value}. Step on (→) to fill in the rest: {output}.").format(
                terms=terms, value=number(y[0, 0]), output=matrix(y)
            ),
            flip,
            tr("Lessons", "The explorer draws values above 1 as white; the stepper writes every number in its cells."),
        ),
        {"out_shape": (1, *y.shape), "output": y},
        LayerSetup(
            ONE_TO_NINE,
            tr("Lessons", "the numbers 1 to 9"),
            _valid(),
            kernel_document([DIAGONAL_2X2], [tr("Lessons", "−1 diagonal")]),
        ),
    )


def twenty_filters(size: int = 32, filters: int = 20, k: int = 8, stride: int = 2, pad: int = 1) -> Lesson:
    """The notes' 20 filters of 8×8 on a 32×32 RGB picture (other numbers: the same text)."""
    channels = 3
    layer = E.Conv2d(channels, filters, k, stride=stride, padding=pad)
    table = E.summary([layer], (channels, size, size))
    f, ho, wo = table.rows[0].output_shape
    weights_each = channels * k * k
    per_filter = weights_each + 1  # and its bias
    unshared = ho * wo * table.total_params
    weights = random_kernel((filters, channels, k, k), seed=0)
    params = _valid(
        stride=stride,
        padding_kind=PaddingKind.EXPLICIT,
        pad_top=pad,
        pad_bottom=pad,
        pad_left=pad,
        pad_right=pad,
        use_bias=True,
    )
    total = number(table.total_params)
    return Lesson(
        Tab.EXPLORER,
        (
            tr(
                "Lessons",
                "A {size}×{size} RGB input, {filters} filters of {k}×{k} (one slice per colour channel, random He weights), stride {stride}, zero padding {pad} on each side.",  # noqa: E501
            ).format(size=size, filters=filters, k=k, stride=stride, pad=pad),
            tr(
                "Lessons",
                "({size} − {k} + 2·{pad})/{stride} + 1 = {h}: the output is {h}×{w}×{f} ({f} maps of {h}×{w}).",
            ).format(size=size, k=k, pad=pad, stride=stride, h=ho, w=wo, f=f),
            tr(
                "Lessons",
                "Each filter has {k}·{k}·{channels} = {weights} weights and a bias: {f} × {per_filter} = {params} parameters, however large the picture.",  # noqa: E501
            ).format(
                k=k, channels=channels, weights=number(weights_each), f=f, per_filter=number(per_filter), params=total
            ),
            tr(
                "Lessons",
                "Without weight sharing (a separate filter at each of the {h}·{w} = {positions} positions) it would take {positions} × {params} = {unshared} parameters.",  # noqa: E501
            ).format(h=ho, w=wo, positions=number(ho * wo), params=total, unshared=number(unshared)),
            tr("Lessons", "Either way the layer does {mult_adds} multiply-adds.").format(
                mult_adds=number(table.total_mult_adds)
            ),
        ),
        {"out_shape": (f, ho, wo), "params": table.total_params, "unshared": unshared},
        LayerSetup(
            pattern(size, size, rgb=True),
            tr("Lessons", "{size}×{size} RGB pattern").format(size=size),
            params,
            kernel_document(list(weights)),
            ColorMode.RGB,
        ),
    )


def max_pooling(stride: int, size: int = 2, n: int = 100, filters: int = 15) -> Lesson:
    """Random 3×3 SAME filters on an n×n picture, then size×size max pooling with this stride."""
    k = 3
    conv_hw = E.conv2d_output_hw((n, n), k, 1, "same")
    pooled = E.pool2d_output_hw(conv_hw, size, stride)
    pool_params = E.MaxPool2d(size, stride).num_params
    weights = random_kernel((filters, 1, k, k), seed=0)[:, 0]
    call = f"MaxPooling2D({size}, {stride})" if stride == size else f"MaxPooling2D({size}, strides={stride})"
    if stride >= size:
        overlap = tr("Lessons", "Windows side by side divide each side by {stride}.").format(stride=stride)
    else:
        overlap = tr("Lessons", "The windows overlap by {overlap} cell, so the size barely shrinks.").format(
            overlap=size - stride
        )
    return Lesson(
        Tab.EXPLORER,
        (
            tr(
                "Lessons",
                "{filters} random {k}×{k} filters with SAME padding turn the {n}×{n} input into a {h}×{w}×{filters} volume; then {call}, VALID as Keras' default.",  # noqa: E501
            ).format(filters=filters, k=k, n=n, h=conv_hw[0], w=conv_hw[1], call=call),
            tr(
                "Lessons", "({h} − {size})/{stride} + 1 = {ph}: the pooled output is {ph}×{pw}×{filters}. {overlap}"
            ).format(
                h=conv_hw[0], size=size, stride=stride, ph=pooled[0], pw=pooled[1], filters=filters, overlap=overlap
            ),
            tr(
                "Lessons",
                "Pooling works on each map on its own, so the {filters} channels stay, and it learns nothing: {params} parameters.",  # noqa: E501
            ).format(filters=filters, params=pool_params),
        ),
        {"conv_shape": (filters, *conv_hw), "pooled_shape": (filters, *pooled), "pool_params": pool_params},
        LayerSetup(
            pattern(n, n),
            tr("Lessons", "{n}×{n} pattern").format(n=n),
            _valid(padding_kind=PaddingKind.SAME, pooling=Pooling.MAX, pool_size=size, pool_stride=stride),
            kernel_document(list(weights)),
        ),
    )


def average_pooling() -> Lesson:
    scales = np.arange(1, 6, dtype=np.float64)
    volume = BLOCK_4X4[None].astype(np.float64) * scales[:, None, None]  # what the 1×1 filters make
    size = 2
    pooled = E.avg_pool2d(volume, size, size)
    (c, h, w), block = volume.shape, BLOCK_4X4[:size, :size]
    mean = " + ".join(number(v) for v in block.ravel())
    names = [f"×{number(s)}" for s in scales]
    pc, ph, pw = pooled.shape
    return Lesson(
        Tab.EXPLORER,
        (
            tr("Lessons", "{c} filters of 1×1 ({names}) make the {h}×{w} input a {h}×{w}×{c} volume.").format(
                c=c, names=", ".join(names), h=h, w=w
            ),
            tr(
                "Lessons",
                "AveragePooling2D({size}, {size}), VALID: ({h} − {size})/{size} + 1 = {ph}, so {ph}×{pw}×{pc}.",
            ).format(size=size, h=h, ph=ph, pw=pw, pc=pc),
            tr(
                "Lessons",
                "Each value is the mean of its {size}×{size} block: ({mean})/{count} = {value} in map 1; map 1 is {first}, map {c} is {last}.",  # noqa: E501
            ).format(
                size=size,
                mean=mean,
                count=block.size,
                value=number(pooled[0, 0, 0]),
                first=matrix(pooled[0]),
                c=c,
                last=matrix(pooled[-1]),
            ),
        ),
        {"pooled_shape": pooled.shape, "pooled": pooled},
        LayerSetup(
            BLOCK_4X4,
            tr("Lessons", "{shape} block of tenths").format(shape=hw((h, w))),
            _valid(pooling=Pooling.AVG, pool_size=size, pool_stride=size),
            kernel_document([np.array([[s]]) for s in scales], names),
        ),
    )


def dilation(d: int = 2, n: int = 16) -> Lesson:
    """Sobel x with dilation d on an n×n picture."""
    kernel = preset("sobel_x")
    k = kernel.shape[0]
    conv = E.Conv2d(1, 1, k, dilation=d, bias=False)
    rf = E.receptive_field([conv], (1, n, n))[-1].size
    out = E.conv2d_output_hw((n, n), k, 1, 0, d)
    return Lesson(
        Tab.EXPLORER,
        (
            tr(
                "Lessons",
                "A {k}×{k} kernel with dilation {d}: its taps are {d} cells apart, so it spans D·(F − 1) + 1 = {d}·({k} − 1) + 1 = {span} cells each way.",  # noqa: E501
            ).format(k=k, d=d, span=span(k, d)),
            tr(
                "Lessons",
                "Each output sees a {rh}×{rw} receptive field with only {weights} weights; hover an output cell to see the taps and the holes between them.",  # noqa: E501
            ).format(rh=int(rf[0]), rw=int(rf[1]), weights=conv.num_params),
            tr("Lessons", "The output: ({n} − {d}·({k} − 1) − 1)/1 + 1 = {out}, so {shape}.").format(
                n=n, d=d, k=k, out=out[0], shape=hw(out)
            ),
        ),
        {"receptive_field": (int(rf[0]), int(rf[1])), "weights": conv.num_params, "out_shape": (1, *out)},
        LayerSetup(
            pattern(n, n),
            tr("Lessons", "{n}×{n} pattern").format(n=n),
            _valid(dilation=d),
            kernel_document([kernel], ["sobel_x"]),
        ),
    )


def sobel_separable() -> Lesson:
    # The Properties panel's factorisation (`separable.separate`), so the lesson and the panel
    # write the same column and row.
    sobel = preset("sobel_x")
    sep = separable.separate(sobel)
    assert sep.column is not None and sep.row is not None, "Sobel x is rank 1"
    column, row = sep.scale * sep.column, sep.row  # any scale goes down the column pass
    factors = f"{matrix(sep.column)}ᵀ · {matrix(sep.row)}"  # as the panel writes them
    if not np.isclose(sep.scale, 1.0):
        factors = f"{number(sep.scale)} · {factors}"
    check = separable.check_passes(pattern(64, 64), sep)
    (kh, kw), (two_d, one_d) = sobel.shape, sep.numbers
    return Lesson(
        Tab.EXPLORER,
        (
            tr(
                "Lessons", "Sobel x is {sobel}; its rank is {rank}, so it is one column times one row: {factors}."
            ).format(sobel=matrix(sobel), rank=sep.rank, factors=factors),
            tr("Lessons", "The column smooths down the picture, the row takes the difference across it."),
            tr(
                "Lessons",
                "One {kh}×{kw} pass costs {two_d} multiplies per output; a {kh}×1 pass then a 1×{kw} pass cost {kh} + {kw} = {one_d}, with the same result (largest difference on this picture: {difference}).",  # noqa: E501
            ).format(kh=kh, kw=kw, two_d=two_d, one_d=one_d, difference=number(check.max_difference)),
        ),
        {"rank": sep.rank, "column": column, "row": row, "multiplies": (two_d, one_d)},
        LayerSetup(None, "", _valid(), kernel_document([sobel], ["sobel_x"])),
    )


def pooling_gradient(kind: str) -> Lesson:
    x = BLOCK_4X4.astype(np.float64)
    size = 2  # 2×2 windows, stride 2
    upstream = np.ones(E.pool2d_output_hw(x.shape, size, size))  # the stepper's "ones"
    if kind == "max":
        dx = E.max_pool2d_backward(upstream, x, size, size)
        winners = ", ".join(f"({r}, {c}) = {number(x[r, c])}" for r, c in zip(*np.nonzero(dx), strict=True))
        how = tr(
            "Lessons",
            "Max pooling hands each upstream gradient to the one cell that won its block: the input gradient is {value} at {winners} and 0 at the other {others} cells.",  # noqa: E501
        ).format(value=number(dx.max()), winners=winners, others=int((dx == 0).sum()))
        pooling = Pooling.MAX
    else:
        dx = E.avg_pool2d_backward(upstream, x, size, size)
        how = tr(
            "Lessons",
            "Average pooling spreads each upstream gradient evenly over its block: every one of the {cells} input cells gets {upstream}/{window} = {value}.",  # noqa: E501
        ).format(cells=dx.size, upstream=number(upstream[0, 0]), window=size * size, value=number(dx[0, 0]))
        pooling = Pooling.AVG
    return Lesson(
        Tab.STEPPER_BACKWARD,
        (
            tr(
                "Lessons",
                "A {input} input, a 1×1 identity kernel (so the map is the input itself) and {size}×{size} pooling, stride {size}; the upstream gradient is {upstream} at each of the {pooled} pooled cells.",  # noqa: E501
            ).format(input=hw(x.shape), size=size, upstream=number(upstream[0, 0]), pooled=hw(upstream.shape)),
            how,
            tr("Lessons", "The whole input gradient: {gradient}. Step through it (→) on the Backward page.").format(
                gradient=matrix(dx)
            ),
        ),
        {"grad_input": dx},
        LayerSetup(
            BLOCK_4X4,
            tr("Lessons", "{shape} block of tenths").format(shape=hw(x.shape)),
            _valid(pooling=pooling, pool_size=size, pool_stride=size),
            kernel_document([np.ones((1, 1))], [tr("Lessons", "identity 1×1")]),
        ),
        gradient="ones",
    )
