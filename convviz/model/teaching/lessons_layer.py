"""The lessons that set the explorer's one layer (and the stepper's, which walks the same layer).
Every number in their text is computed here, by the engine, from the state the lesson sets."""

from __future__ import annotations

import numpy as np

from convviz import engine as E
from convviz.engine.geometry import span
from convviz.engine.kernels import preset, random_kernel
from convviz.model.settings import LayerParams, PaddingKind, Pooling
from convviz.model.state import ColorMode
from convviz.model.teaching import separable
from convviz.model.teaching.lesson_setup import LayerSetup, Lesson, Tab, hw, kernel_document, matrix, number, pattern

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


def five_by_five(padded: bool) -> Lesson:
    pad = 1 if padded else 0
    y = E.conv2d(GRID_5X5.astype(np.float64), X_KERNEL, padding=pad)
    out = y.shape
    stride2 = E.conv2d_output_hw((5, 5), 3, 2, pad)
    k5 = E.conv2d_output_hw((5, 5), 5, 1, pad)
    corner = GRID_5X5[:3, :3] if not padded else np.pad(GRID_5X5, 1)[:3, :3]
    terms = " + ".join(number(v) for v, k in zip(corner.ravel(), X_KERNEL.ravel(), strict=True) if k)
    if padded:
        params = _valid(padding_kind=PaddingKind.EXPLICIT, pad_top=1, pad_bottom=1, pad_left=1, pad_right=1)
        size = (
            f"With one ring of zeros the input is {5 + 2 * pad}×{5 + 2 * pad}: (W − F + 2P)/S + 1 = "
            f"(5 − 3 + 2·{pad})/1 + 1 = {out[0]}, so the output keeps the input's {hw(out)}. "
            "For a 3×3 kernel this is what SAME padding does: P = (F − 1)/2 = 1."
        )
        first = f"The corner output now reads the padding: {terms} = {number(y[0, 0])}."
    else:
        params = _valid()
        size = (
            f"VALID (no padding), stride 1: (W − F)/S + 1 = (5 − 3)/1 + 1 = {out[0]}, so the output is "
            f"{hw(out)}: the kernel fits in {out[1]} places across and {out[0]} down."
        )
        first = f"The top-left output sums the input cells under the kernel's 1s: {terms} = {number(y[0, 0])}."
    return Lesson(
        Tab.EXPLORER,
        (
            "A 5×5 input of 0s and 1s and a 3×3 kernel with 1s at its corners and centre.",
            size,
            first + f" The whole output: {matrix(y)}.",
            (
                f"Try it: stride 2 in the Layer panel gives {hw(stride2)}; a 5×5 kernel gives {hw(k5)}. "
                "Click an output cell: the Arithmetic panel shows its products."
            ),
        ),
        {"out_shape": (1, *out), "output": y, "padded_hw": (5 + 2 * pad,) * 2},
        LayerSetup(GRID_5X5, "5×5 grid of 0s and 1s", params, kernel_document([X_KERNEL], ["corners and centre"])),
    )


def two_by_two() -> Lesson:
    y = E.conv2d(ONE_TO_NINE.astype(np.float64), DIAGONAL_2X2)
    terms = " + ".join(
        f"({number(k)})·{number(v)}" for k, v in zip(DIAGONAL_2X2.ravel(), ONE_TO_NINE[:2, :2].ravel(), strict=True)
    )
    symmetric = bool(np.array_equal(np.rot90(DIAGONAL_2X2, 2), DIAGONAL_2X2))
    flip = (
        "Turned 180°, as true convolution turns it, this kernel is itself, so convolution and "
        "cross-correlation give the same numbers here."
        if symmetric
        else "Turned 180° (true convolution) it would give other numbers."
    )
    return Lesson(
        Tab.STEPPER_FORWARD,
        (
            f"The input holds 1 to 9 row by row; the kernel is {matrix(DIAGONAL_2X2)}.",
            f"(3 − 2)/1 + 1 = {y.shape[0]}: the output is {hw(y.shape)}.",
            f"The first step: {terms} = {number(y[0, 0])}. Step on (→) to fill in the rest: {matrix(y)}.",
            flip,
            "The explorer draws values above 1 as white; the stepper writes every number in its cells.",
        ),
        {"out_shape": (1, *y.shape), "output": y},
        LayerSetup(ONE_TO_NINE, "the numbers 1 to 9", _valid(), kernel_document([DIAGONAL_2X2], ["−1 diagonal"])),
    )


def twenty_filters() -> Lesson:
    layer = E.Conv2d(3, 20, 8, stride=2, padding=1)
    table = E.summary([layer], (3, 32, 32))
    f, ho, wo = table.rows[0].output_shape
    per_filter = 3 * 8 * 8 + 1
    unshared = ho * wo * table.total_params
    weights = random_kernel((20, 3, 8, 8), seed=0)
    params = _valid(
        stride=2, padding_kind=PaddingKind.EXPLICIT, pad_top=1, pad_bottom=1, pad_left=1, pad_right=1, use_bias=True
    )
    return Lesson(
        Tab.EXPLORER,
        (
            (
                "A 32×32 RGB input, 20 filters of 8×8 (one slice per colour channel, random He weights), "
                "stride 2, one ring of zero padding."
            ),
            f"(32 − 8 + 2·1)/2 + 1 = {ho}: the output is {ho}×{wo}×{f} ({f} maps of {ho}×{wo}).",
            (
                f"Each filter has 8·8·3 = {per_filter - 1} weights and a bias: {f} × {per_filter} = "
                f"{table.total_params:,} parameters, however large the picture."
            ),
            (
                f"Without weight sharing (a separate filter at each of the {ho}·{wo} = {ho * wo} positions) "
                f"it would take {ho * wo} × {table.total_params:,} = {unshared:,} parameters."
            ),
            f"Either way the layer does {table.total_mult_adds:,} multiply-adds.",
        ),
        {"out_shape": (f, ho, wo), "params": table.total_params, "unshared": unshared},
        LayerSetup(
            pattern(32, 32, rgb=True),
            "32×32 RGB pattern",
            params,
            kernel_document(list(weights)),
            ColorMode.RGB,
        ),
    )


def max_pooling(stride: int) -> Lesson:
    n, filters, size = 100, 15, 2
    conv_hw = E.conv2d_output_hw((n, n), 3, 1, "same")
    pooled = E.pool2d_output_hw(conv_hw, size, stride)
    pool_params = E.MaxPool2d(size, stride).num_params
    weights = random_kernel((filters, 1, 3, 3), seed=0)[:, 0]
    call = "MaxPooling2D(2, 2)" if stride == 2 else "MaxPooling2D(2, strides=1)"
    overlap = (
        "Windows side by side halve each side."
        if stride == 2
        else f"The windows overlap by {size - stride} cell, so the size barely shrinks."
    )
    return Lesson(
        Tab.EXPLORER,
        (
            (
                f"{filters} random 3×3 filters with SAME padding turn the {n}×{n} input into a "
                f"{conv_hw[0]}×{conv_hw[1]}×{filters} volume; then {call}, VALID as Keras' default."
            ),
            f"(100 − 2)/{stride} + 1 = {pooled[0]}: the pooled output is {pooled[0]}×{pooled[1]}×{filters}. " + overlap,
            (
                f"Pooling works on each map on its own, so the {filters} channels stay, and it learns "
                f"nothing: {pool_params} parameters."
            ),
        ),
        {"conv_shape": (filters, *conv_hw), "pooled_shape": (filters, *pooled), "pool_params": pool_params},
        LayerSetup(
            pattern(n, n),
            "100×100 pattern",
            _valid(padding_kind=PaddingKind.SAME, pooling=Pooling.MAX, pool_size=size, pool_stride=stride),
            kernel_document(list(weights)),
        ),
    )


def average_pooling() -> Lesson:
    scales = np.arange(1, 6, dtype=np.float64)
    volume = BLOCK_4X4[None].astype(np.float64) * scales[:, None, None]  # what the five 1×1 filters make
    pooled = E.avg_pool2d(volume, 2, 2)
    block = BLOCK_4X4[:2, :2]
    mean = " + ".join(number(v) for v in block.ravel())
    return Lesson(
        Tab.EXPLORER,
        (
            "Five 1×1 filters (×1, ×2, ×3, ×4, ×5) make the 4×4 input a 4×4×5 volume.",
            (
                f"AveragePooling2D(2, 2), VALID: (4 − 2)/2 + 1 = {pooled.shape[1]}, so "
                f"{pooled.shape[1]}×{pooled.shape[2]}×{pooled.shape[0]}."
            ),
            (
                f"Each value is the mean of its 2×2 block: ({mean})/4 = {number(pooled[0, 0, 0])} in map 1; "
                f"map 1 is {matrix(pooled[0])}, map 5 is {matrix(pooled[4])}."
            ),
        ),
        {"pooled_shape": pooled.shape, "pooled": pooled},
        LayerSetup(
            BLOCK_4X4,
            "4×4 block of tenths",
            _valid(pooling=Pooling.AVG, pool_size=2, pool_stride=2),
            kernel_document([np.array([[s]]) for s in scales], [f"×{number(s)}" for s in scales]),
        ),
    )


def dilation() -> Lesson:
    n, k, d = 16, 3, 2
    conv = E.Conv2d(1, 1, k, dilation=d, bias=False)
    rf = E.receptive_field([conv], (1, n, n))[-1].size
    out = E.conv2d_output_hw((n, n), k, 1, 0, d)
    return Lesson(
        Tab.EXPLORER,
        (
            (
                f"A 3×3 kernel with dilation {d}: its taps are {d} cells apart, so it spans "
                f"D·(F − 1) + 1 = {d}·({k} − 1) + 1 = {span(k, d)} cells each way."
            ),
            (
                f"Each output sees a {int(rf[0])}×{int(rf[1])} receptive field with only {conv.num_params} weights; "
                "hover an output cell to see the taps and the holes between them."
            ),
            f"The output: (16 − {d}·({k} − 1) − 1)/1 + 1 = {out[0]}, so {hw(out)}.",
        ),
        {"receptive_field": (int(rf[0]), int(rf[1])), "weights": conv.num_params, "out_shape": (1, *out)},
        LayerSetup(
            pattern(n, n), "16×16 pattern", _valid(dilation=d), kernel_document([preset("sobel_x")], ["sobel_x"])
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
            (f"Sobel x is {matrix(sobel)}; its rank is {sep.rank}, so it is one column times one row: {factors}."),
            "The column smooths down the picture, the row takes the difference across it.",
            (
                f"One {kh}×{kw} pass costs {two_d} multiplies per output; a {kh}×1 pass then a 1×{kw} pass cost "
                f"{kh} + {kw} = {one_d}, with the same result "
                f"(largest difference on this picture: {number(check.max_difference)})."
            ),
        ),
        {"rank": sep.rank, "column": column, "row": row, "multiplies": (two_d, one_d)},
        LayerSetup(None, "", _valid(), kernel_document([sobel], ["sobel_x"])),
    )


def pooling_gradient(kind: str) -> Lesson:
    x = BLOCK_4X4.astype(np.float64)
    ones = np.ones((2, 2))
    if kind == "max":
        dx = E.max_pool2d_backward(ones, x, 2, 2)
        winners = ", ".join(f"({r}, {c}) = {number(x[r, c])}" for r, c in zip(*np.nonzero(dx), strict=True))
        how = (
            f"Max pooling hands each upstream gradient to the one cell that won its block: the input "
            f"gradient is 1 at {winners} and 0 at the other {int((dx == 0).sum())} cells."
        )
        pooling = Pooling.MAX
    else:
        dx = E.avg_pool2d_backward(ones, x, 2, 2)
        how = (
            f"Average pooling spreads each upstream gradient evenly over its block: every one of the "
            f"{dx.size} input cells gets 1/4 = {number(dx[0, 0])}."
        )
        pooling = Pooling.AVG
    return Lesson(
        Tab.STEPPER_BACKWARD,
        (
            (
                "A 4×4 input, a 1×1 identity kernel (so the map is the input itself) and 2×2 pooling, "
                "stride 2; the upstream gradient is 1 at each of the 2×2 pooled cells."
            ),
            how,
            f"The whole input gradient: {matrix(dx)}. Step through it (→) on the Backward page.",
        ),
        {"grad_input": dx},
        LayerSetup(
            BLOCK_4X4,
            "4×4 block of tenths",
            _valid(pooling=pooling, pool_size=2, pool_stride=2),
            kernel_document([np.ones((1, 1))], ["identity 1×1"]),
        ),
        gradient="ones",
    )
