"""2-D convolution (cross-correlation, as CNN layers compute it) and its backward pass.

Like ``torch.nn.functional.conv2d``, ``conv2d`` computes a *cross-correlation*: the kernel is
slid over the input without being flipped. ``flip=True`` rotates the kernel 180° first, which
gives the textbook convolution (``scipy.signal.convolve2d``).

Arguments are checked and cast to the result dtype here, once; ``_dispatch`` picks the path.

A training step can build im2col columns once instead of twice: ``conv2d_keeping_columns``
returns them with the output (``Conv2d`` keeps them in training mode), and ``conv2d_backward``
and ``conv2d_weight_grad`` given them take dW and db from them instead of building their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.engine import _dispatch
from convviz.engine._args import Pair, as_bias, as_nchw, as_weight, check_groups, float_dtype, pair, restore_rank
from convviz.engine.geometry import ConvGeometry
from convviz.engine.padding import check_mode


def conv2d_output_hw(in_hw: Pair, kernel_hw: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1) -> Pair:
    """(H_out, W_out); see ``ConvGeometry`` for the formula and the checks."""
    return ConvGeometry.resolve(in_hw, pair(kernel_hw, "kernel_size"), stride, padding, dilation).out_hw


def _prepare(
    x: Any, weight: Any, stride: Any, padding: Any, dilation: Any, groups: int, flip: bool, *others: Any
) -> tuple[np.ndarray, np.ndarray, int, ConvGeometry]:
    x4, rank = as_nchw(x)
    w = as_weight(weight)
    check_groups(x4.shape[1], w.shape[0], w.shape[1], groups)
    geo = ConvGeometry.resolve(x4.shape[2:], w.shape[2:], stride, padding, dilation)
    dtype = float_dtype(x4, w, *(np.asarray(o) for o in others if o is not None))
    if flip:
        w = w[:, :, ::-1, ::-1]
    return x4.astype(dtype, copy=False), np.ascontiguousarray(w, dtype=dtype), rank, geo


def conv2d(
    x: Any,
    weight: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    groups: int = 1,
    padding_mode: str = "zeros",
    flip: bool = False,
) -> np.ndarray:
    """Cross-correlate x (N, C, H, W) with weight (O, C/groups, kH, kW); see module doc.

    Reference: convviz.engine.reference.conv2d
    """
    check_mode(padding_mode)
    x4, w, rank, geo = _prepare(x, weight, stride, padding, dilation, groups, flip, bias)
    b = as_bias(bias, w.shape[0], w.dtype)
    out = _dispatch.correlate_input(x4, geo.pads, padding_mode, w, geo.out_hw, geo.stride, geo.dilation, groups, b)
    return restore_rank(out, rank)


@dataclass(frozen=True, eq=False)
class KeptColumns:
    """What a training forward pass of conv2d keeps for its backward pass: the im2col columns of
    its input, (N, groups, C/groups·kH·kW + 1, Ho·Wo) with a row of ones (the bias's), and what
    they were built from. Used only by a backward of the same array ``x`` (the very object: an
    input changed in place between the passes is not noticed) with the same weight shape,
    dtype and geometry; ignored otherwise."""

    x: Any
    key: tuple
    cols: np.ndarray

    def fits(self, x: Any, key: tuple) -> bool:
        return x is self.x and key == self.key


def _key(x4: np.ndarray, w: np.ndarray, geo: ConvGeometry, groups: int, padding_mode: str) -> tuple:
    return (x4.shape, w.shape, w.dtype, geo, groups, padding_mode)


def conv2d_keeping_columns(
    x: Any,
    weight: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    groups: int = 1,
    padding_mode: str = "zeros",
) -> tuple[np.ndarray, KeptColumns | None]:
    """``conv2d`` for a training step: the output, and the im2col columns its GEMM multiplied
    for ``conv2d_backward(..., columns=)`` to use instead of building them again; None where
    the path builds no columns (axpy, shift-and-add, FFT) or the batch's would not fit
    ``_taps.KEPT_COLS_BYTES``.

    Reference: convviz.engine.reference.conv2d
    """
    check_mode(padding_mode)
    x4, w, rank, geo = _prepare(x, weight, stride, padding, dilation, groups, False, bias)
    b = as_bias(bias, w.shape[0], w.dtype)
    out, cols = _dispatch.correlate_input_keeping_columns(
        x4, geo.pads, padding_mode, w, geo.out_hw, geo.stride, geo.dilation, groups, b
    )
    kept = None if cols is None else KeptColumns(x, _key(x4, w, geo, groups, padding_mode), cols)
    return restore_rank(out, rank), kept


def conv2d_backward(
    grad_output: Any,
    x: Any,
    weight: Any,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    groups: int = 1,
    padding_mode: str = "zeros",
    flip: bool = False,
    columns: KeptColumns | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of conv2d w.r.t. its input, weight and bias, given dL/d(output).

    grad_weight has the shape the caller passed (4-D, or 2-D for a single kernel). ``columns``:
    what ``conv2d_keeping_columns`` kept for this x (used if they fit, see ``KeptColumns``).

    Reference: convviz.engine.reference.conv2d_backward
    """
    check_mode(padding_mode)
    x4, w, rank, geo = _prepare(x, weight, stride, padding, dilation, groups, flip, grad_output)
    n, o = x4.shape[0], w.shape[0]
    g = np.asarray(grad_output, dtype=w.dtype).reshape(n, o, *geo.out_hw)
    dx, dw, db = _gradients(x, x4, geo, padding_mode, g, w, groups, columns, need_dx=True)
    assert dx is not None
    if flip:
        dw = dw[:, :, ::-1, ::-1]
    return (
        dx.reshape(np.shape(x)),
        np.ascontiguousarray(dw).reshape(np.shape(weight)),
        db,
    )


def conv2d_weight_grad(
    grad_output: Any,
    x: Any,
    weight: Any,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    groups: int = 1,
    padding_mode: str = "zeros",
    columns: KeptColumns | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(grad_weight, grad_bias) of conv2d without the input's gradient — what a network's first
    layer needs in training, for about half the work (``torch.nn.grad.conv2d_weight``), or
    one GEMM with the ``columns`` ``conv2d_keeping_columns`` kept for this x.

    Reference: the weight and bias parts of convviz.engine.reference.conv2d_backward
    """
    check_mode(padding_mode)
    x4, w, _, geo = _prepare(x, weight, stride, padding, dilation, groups, False, grad_output)
    g = np.asarray(grad_output, dtype=w.dtype).reshape(x4.shape[0], w.shape[0], *geo.out_hw)
    _, dw, db = _gradients(x, x4, geo, padding_mode, g, w, groups, columns, need_dx=False)
    return np.ascontiguousarray(dw).reshape(np.shape(weight)), db


def _gradients(
    x: Any,
    x4: np.ndarray,
    geo: ConvGeometry,
    mode: str,
    g: np.ndarray,
    w: np.ndarray,
    groups: int,
    columns: KeptColumns | None,
    need_dx: bool,
) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
    """(dX or None, dW, db) from the kept columns when they fit this call (they are x's alone,
    whatever the kernel, flipped or not), else by the gradient paths."""
    if columns is not None and columns.fits(x, _key(x4, w, geo, groups, mode)):
        return _dispatch.conv_backward_from_columns(
            columns.cols, geo.in_hw, geo.pads, mode, g, w, geo.stride, geo.dilation, groups, need_dx
        )
    dx, dw = _dispatch.conv_backward(x4, geo.pads, mode, g, w, geo.stride, geo.dilation, groups, need_dx)
    return dx, dw, g.sum(axis=(0, 2, 3))
