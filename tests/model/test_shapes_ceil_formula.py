"""The Shapes panel's ceil-mode pool formula: the arithmetic it shows is right, and where torch
drops a last window that would start past the input, the text says so and ends on torch's size."""

from __future__ import annotations

import math
import re

from convviz.engine.geometry import PoolGeometry
from convviz.model.layer.shapes import pool_formula
from convviz.model.settings import PoolPadding
from tests.conftest import reference_library

torch = reference_library("torch")
DROPPED = ", − 1: the last window would start past the input (torch drops it) = "


def torch_ceil_size(n: int, k: int, s: int) -> int:
    x = torch.zeros(1, 1, 1, n)
    return int(torch.nn.functional.max_pool2d(x, (1, k), (1, s), ceil_mode=True).shape[-1])


def test_the_ceil_formula_shows_its_arithmetic_and_torchs_size_for_many_sizes():
    corrected = 0
    for n in range(1, 21):
        for k in range(1, min(n, 5) + 1):
            for s in range(1, 6):
                axis = PoolGeometry.resolve((1, n), (1, k), (1, s), 0, 1, True).cols
                text = pool_formula("W", axis, False, PoolPadding.CEIL)
                ceiled = math.ceil((n - k) / s) + 1  # the arithmetic the formula writes out
                head = f"W_pool = ⌈(W_out − K)/S⌉ + 1 = ⌈({n} − {k})/{s}⌉ + 1 = {ceiled}"
                assert text.startswith(head), text
                size = torch_ceil_size(n, k, s)
                assert text.endswith(f"= {size}  (ceil mode)"), text
                assert (DROPPED in text) == (ceiled != size), text
                numbers = [int(v) for v in re.findall(r"= (\d+)", text)]
                assert numbers[-1] == size and numbers[0] == ceiled
                corrected += ceiled != size
    assert corrected > 10  # the correction is exercised, not only the plain case


def test_pool_one_stride_three_on_five_cells_reads_three_then_two():
    axis = PoolGeometry.resolve((1, 5), (1, 1), (1, 3), 0, 1, True).cols
    text = pool_formula("W", axis, False, PoolPadding.CEIL)
    assert torch_ceil_size(5, 1, 3) == 2
    assert "⌈(5 − 1)/3⌉ + 1 = 3" + DROPPED + "2  (ceil mode)" in text
