"""Receptive fields: the formulas against exact masks, and masks against perturbation."""

import numpy as np
import pytest

from convviz.engine import (
    AvgPool2d,
    Conv2d,
    ConvTranspose2d,
    MaxPool2d,
    ReLU,
    Sequential,
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
