"""conv_transpose2d is the transpose of a convolution's matrix, and is a sum of kernel stamps."""

from __future__ import annotations

import numpy as np
import pytest

from convviz import engine as E
from convviz.model.teaching.transpose import TransposeStamps, conv_matrix

K = np.array([[1.0, 2.0, 1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 2.0]])


def test_conv_matrix_of_4x4_input_3x3_kernel():
    x = np.random.default_rng(0).random((4, 4))
    C = conv_matrix((4, 4), K)
    assert C.shape == (4, 16) and np.count_nonzero(C) == 4 * np.count_nonzero(K)
    assert np.allclose(C @ x.ravel(), E.conv2d(x, K).ravel())


@pytest.mark.parametrize(
    "n,stride,padding,output_padding", [(2, 1, 0, 0), (2, 2, 0, 1), (3, 2, 1, 1), (3, 3, 1, 2), (4, 2, 2, 0)]
)
def test_conv_transpose_is_C_transpose_times_y(n, stride, padding, output_padding):
    y = np.random.default_rng(n).random((n, n))
    out = E.conv_transpose2d(y, K[None, None], stride=stride, padding=padding, output_padding=output_padding)
    C = conv_matrix(out.shape, K, stride, padding)
    assert np.allclose(out, (C.T @ y.ravel()).reshape(out.shape))


def test_stamps_add_up_to_the_transposed_convolution():
    t = TransposeStamps(np.array([[1.0, 2.0], [3.0, 4.0]]), K, stride=2, padding=1, output_padding=1)
    assert t.out_hw == E.conv_transpose2d_output_hw((2, 2), (3, 3), 2, 1, 1) == (4, 4)
    total = sum(t.step(k).stamp for k in range(1, len(t)))
    assert np.allclose(total, t.full) and np.allclose(t.step(len(t) - 1).output, t.full)
    first = t.step(1)
    assert first.cell == (0, 0) and np.allclose(first.output, first.stamp)
    assert not t.step(0).output.any()
