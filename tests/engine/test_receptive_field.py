"""Receptive fields: the formulas against exact masks, and masks against perturbation."""

import numpy as np
import pytest

from convviz.engine import (
    AvgPool2d,
    Conv2d,
    ConvTranspose2d,
    Flatten,
    GlobalAvgPool2d,
    Linear,
    MaxPool2d,
    ReLU,
    Sequential,
    Sigmoid,
    Tanh,
    input_region,
    receptive_field,
)


def _influenced(layers, input_shape, index, yx):
    """Input cells whose change moves cell yx of layer ``index``: perturb each one (weights > 0)."""
    for layer in layers:
        if "weight" in layer.params:
            layer.params["weight"] = np.abs(layer.params["weight"]) + 0.1
    net = Sequential(layers[: index + 1])
    x = np.random.default_rng(0).random((1, *input_shape)) + 1.0
    base = net.forward(x)[0, :, yx[0], yx[1]]
    mask = np.zeros(input_shape[1:], dtype=bool)
    for r, c in np.ndindex(*input_shape[1:]):
        xp = x.copy()
        xp[0, :, r, c] += 10.0
        mask[r, c] = not np.allclose(net.forward(xp)[0, :, yx[0], yx[1]], base)
    return mask


STACKS = [
    [Conv2d(1, 2, 3, padding=1), ReLU(), MaxPool2d(2), Conv2d(2, 2, 3, dilation=2, padding=2)],
    [Conv2d(1, 2, 3, stride=2, padding="same"), AvgPool2d(3, 1, 1), Conv2d(2, 1, 2)],
    [Conv2d(1, 2, 3, padding=1, padding_mode="reflect"), Conv2d(2, 2, 3, dilation=3)],
    [Conv2d(1, 2, 3), ConvTranspose2d(2, 1, 3, stride=2, padding=1, output_padding=1)],
    # TensorFlow's SAME pooling: ⌈in / stride⌉ windows, the odd extra pad at the bottom/right
    [Conv2d(1, 2, 2), MaxPool2d(3, 2, padding="same"), AvgPool2d(2, 3, padding="same"), Conv2d(2, 1, 1)],
]


@pytest.mark.parametrize("stack", STACKS)
def test_input_region_is_exactly_the_cells_that_matter(stack):
    shape = (1, 12, 13)
    last = len(stack) - 1
    out = Sequential(stack).forward(np.zeros((1, *shape)))
    for yx in [(0, 0), (out.shape[2] // 2, out.shape[3] // 2), (out.shape[2] - 1, out.shape[3] - 1)]:
        np.testing.assert_array_equal(input_region(stack, shape, last, yx), _influenced(stack, shape, last, yx))


def test_formula_size_and_start_match_the_mask_of_a_middle_cell():
    stack = [Conv2d(1, 1, 3), MaxPool2d(2), Conv2d(1, 1, 3, dilation=2), Conv2d(1, 1, 3, stride=2)]
    shape = (1, 64, 64)
    info = receptive_field(stack, shape)
    assert [i.size[0] for i in info] == [3, 4, 12, 16]
    assert [i.jump[0] for i in info] == [1, 2, 2, 4]
    mask = input_region(stack, shape, 3, (3, 3))
    rows = np.nonzero(mask.any(axis=1))[0]
    assert rows.size == info[-1].size[0]
    assert (rows[0] + rows[-1]) / 2 == info[-1].start[0] + 3 * info[-1].jump[0]


# --- the table's "RF size" against a brute-force oracle ---------------------------------------
def _positive(layers, seed=0):
    """Every weight in [0.05, 0.15] and every bias in [0, 0.1]: with inputs in [1, 2] nothing
    cancels and no unit saturates, so an input pixel that feeds a cell always moves it."""
    rng = np.random.default_rng(seed)
    for layer in layers:
        for k, v in layer.params.items():
            layer.params[k] = rng.uniform(0.05, 0.15, v.shape) if k == "weight" else rng.uniform(0, 0.1, v.shape)
    return layers


def _moved_by_each_pixel(layers, input_shape, delta):
    """moved[i][r, c] = bool mask of layer i's output cells (any channel) that change when input
    pixel (r, c) grows by ``delta``: one forward pass per pixel, nothing of the RF code."""
    x = np.random.default_rng(1).uniform(1, 2, (1, *input_shape))
    net = Sequential(layers)
    base = [a[0] for a in net.activations(x)]
    moved = [np.zeros((*input_shape[1:], *(b.shape[1:] if b.ndim == 3 else b.shape)), dtype=bool) for b in base]
    for r, c in np.ndindex(*input_shape[1:]):
        xp = x.copy()
        xp[0, :, r, c] += delta
        for i, (a, b) in enumerate(zip(net.activations(xp), base, strict=True)):
            change = np.abs(a[0] - b) > 1e-9 * (1 + np.abs(b))
            moved[i][r, c] = change.any(axis=0) if change.ndim == 3 else change
    return moved


def _largest_boxes(moved):
    """The oracle's answer: the largest (rows, cols) extent of any output cell's set of pixels."""
    hw = moved.shape[:2]
    best = [0, 0]
    for cell in np.ndindex(*moved.shape[2:]):
        region = moved[(slice(None), slice(None), *cell)]
        if region.any():
            for a in (0, 1):
                hit = np.flatnonzero(region.any(axis=1 - a))
                best[a] = max(best[a], int(hit[-1] - hit[0] + 1))
    assert hw  # (the input's size bounds every box)
    return tuple(float(b) for b in best)


ORACLE_STACKS = [
    # The review's case (B7): the encoder–decoder example, small. Its deep rows said 13; 11 is right.
    (
        "encoder-decoder",
        lambda: [
            Conv2d(1, 2, 3, stride=2, padding=1),
            ReLU(),
            Conv2d(2, 2, 3, stride=2, padding=1),
            ReLU(),
            ConvTranspose2d(2, 2, 3, stride=2, padding=1, output_padding=1),
            ReLU(),
            ConvTranspose2d(2, 1, 3, stride=2, padding=1, output_padding=1),
            Sigmoid(),
        ],
        (1, 16, 16),
        1.0,
    ),
    (  # stamps that leave gaps (stride 3 > kernel 2), then a dilated transposed conv
        "sparse transposed",
        lambda: [ConvTranspose2d(1, 1, 2, stride=3), ConvTranspose2d(1, 1, 3, stride=2, dilation=2, padding=1)],
        (1, 4, 5),
        1.0,
    ),
    (  # a transposed conv after pooling, then convolutions on its output
        "pool, transposed, conv",
        lambda: [
            Conv2d(1, 1, 3, padding=1),
            MaxPool2d(2),
            ConvTranspose2d(1, 1, 4, stride=2, padding=1),
            Conv2d(1, 1, 3, padding=1, padding_mode="reflect"),
        ],
        (1, 10, 12),
        1e3,
    ),
    (  # clipped by the border: the formula says 9, the input has 6 rows
        "deeper than the input",
        lambda: [Conv2d(1, 1, 3, padding=1) for _ in range(4)] + [AvgPool2d(3, 2, 1, ceil_mode=True)],
        (1, 6, 9),
        1.0,
    ),
    (  # a stride that skips pixels, then a vector: its units see only the pixels read
        "skipping, then a vector",
        lambda: [Conv2d(1, 1, 1, stride=3), Flatten(), Linear(9, 3), Tanh()],
        (1, 7, 8),
        1.0,
    ),
    ("global pooling", lambda: [Conv2d(1, 2, 3, dilation=2), GlobalAvgPool2d()], (1, 8, 7), 1.0),
]


@pytest.mark.parametrize("name, make, shape, delta", ORACLE_STACKS, ids=[s[0] for s in ORACLE_STACKS])
def test_rf_size_is_the_largest_region_a_perturbation_finds(name, make, shape, delta):
    layers = _positive(make())
    moved = _moved_by_each_pixel(layers, shape, delta)
    info = receptive_field(layers, shape)
    assert [i.size for i in info] == [_largest_boxes(m) for m in moved]


@pytest.mark.parametrize("name, make, shape, delta", ORACLE_STACKS, ids=[s[0] for s in ORACLE_STACKS])
def test_the_table_and_the_hover_give_one_answer(name, make, shape, delta):
    """RF size is the largest exact region hovering shows (input_region, cell by cell)."""
    layers = make()
    for i, info in enumerate(receptive_field(layers, shape)):
        out = Sequential(layers[: i + 1]).forward(np.zeros((1, *shape)))
        cells = np.ndindex(*out.shape[2:]) if out.ndim == 4 else [(0, j) for j in range(out.shape[1])]
        boxes = [0, 0]
        for yx in cells:
            mask = input_region(layers, shape, i, yx)
            for a in (0, 1):
                hit = np.flatnonzero(mask.any(axis=1 - a))
                if hit.size:
                    boxes[a] = max(boxes[a], int(hit[-1] - hit[0] + 1))
        assert info.size == (boxes[0], boxes[1]), info.name


def test_encoder_decoder_rf_is_11_not_13_and_the_formula_stops_at_the_transposed_conv():
    layers = ORACLE_STACKS[0][1]()
    info = receptive_field(layers, (1, 28, 28))
    assert [i.size[0] for i in info] == [3, 3, 7, 7, 11, 11, 11, 11]
    assert [i.formula for i in info[:4]] == [(3, 3), (3, 3), (7, 7), (7, 7)]
    assert all(i.formula is None for i in info[4:])
    assert [i.jump[0] for i in info] == [2, 2, 4, 4, 2, 2, 1, 1]


def test_the_formula_is_kept_beside_the_exact_size_when_the_border_clips_it():
    info = receptive_field([Conv2d(1, 1, 3, padding=1) for _ in range(4)], (1, 6, 9))
    assert info[-1].formula == (9, 9) and info[-1].size == (6, 9)


@pytest.mark.parametrize("name, make, shape, delta", ORACLE_STACKS, ids=[s[0] for s in ORACLE_STACKS])
def test_every_cells_hover_region_is_what_a_perturbation_moves(name, make, shape, delta):
    """Cell by cell (unit by unit for a vector: (0, j)), input_region against the oracle."""
    layers = _positive(make())
    for i, moved in enumerate(_moved_by_each_pixel(layers, shape, delta)):
        cells = list(np.ndindex(*moved.shape[2:]))
        for cell in cells:
            yx = cell if len(cell) == 2 else (0, cell[0])
            region = moved[(slice(None), slice(None), *cell)]
            np.testing.assert_array_equal(input_region(layers, shape, i, yx), region, err_msg=f"{name} {i} {yx}")
