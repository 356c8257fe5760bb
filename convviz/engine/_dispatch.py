"""Where every convolution picks its implementation: one table of thresholds, one chooser per
op family, and the calls into the module that implements each path.

Paths of a correlation (the forward pass; also a transposed convolution's input gradient):

- ``"gemm"``: im2col of strided views in cache-sized strips + batched GEMM into the output,
  the bias folded in (``_taps.correlate``), any stride;
- ``"shift-add"``: depthwise, strided views, one multiply-add per tap (``_taps.shift_and_add``);
- ``"axpy"``: stride 1, depthwise or few outputs per group, one BLAS axpy per tap and input
  channel (``_axpy.correlate``);
- ``"fft"``: stride 1 depthwise with a large kernel, FFT overlap-save (``_fft.correlate``).

Gradient paths (weight gradient, input gradient by scatter, and the two fused):
``"gemm"``, ``"flat-gemm"`` (stride 1) and ``"depthwise-taps"`` (one product per tap).

A training step's forward pass can keep the GEMM path's columns
(``correlate_input_keeping_columns``); its backward then takes dW and db from them and runs only
the input gradient's scatter (``conv_backward_from_columns``).

The callers (``conv``, ``conv_transpose``) cast every array to the result dtype first, so the
choice looks only at shapes; a mixed-dtype call reaching here is a bug and raises.
Each path is checked against ``convviz.engine.reference`` by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz.engine import _axpy, _fft, _flat, _parallel, _taps
from convviz.engine._args import Pair
from convviz.engine.padding import Pads, pad, unpad_grad


@dataclass(frozen=True)
class Thresholds:
    # Depthwise, stride 1: planes with fewer output cells run kH·kW axpy calls per plane for
    # too little work; one vectorised shift-and-add over all channels at once wins.
    flat_depthwise_min_cells: int = 1 << 14
    # 15×15. Below, one axpy per tap was faster (1080p 11×11: 14 ms by axpy, 23 ms by FFT).
    fft_min_taps: int = 225
    # Stride 1, groups of at most this many outputs: an axpy per tap and input channel beat
    # im2col + GEMM, which for so few rows of weights is memory-bound (3→1 at 1080p: 4 ms vs 20,
    # 3→4 at 480p: 2.7 vs 11; 3→8 at 224² already lost, 1.23×).
    axpy_max_outputs_per_group: int = 4
    # ... and at most this many taps × input channels per group (3×3 RGB). Each axpy call holds
    # the GIL (scipy's wrapper does not release it); 675 of them per strip for a 15×15 RGB
    # kernel kept the GUI thread waiting 60-90 ms (`bench ui`), where the GEMM path releases it.
    axpy_max_taps: int = 27
    # Multiply-adds below which handing row strips to a second thread costs more than it saves.
    parallel_min_mult_adds: int = 1 << 17


THRESHOLDS = Thresholds()

STRIDED_PATHS = ("gemm", "shift-add")


def is_depthwise(weight_shape: tuple[int, ...], groups: int) -> bool:
    """One input and one output channel per group (includes the single channel case)."""
    return weight_shape[1] == 1 and weight_shape[0] == groups


def choose_conv_path(weight_shape: tuple[int, ...], groups: int, out_hw: Pair, stride: Pair) -> str:
    """The correlation path for these shapes (see the module doc for the names)."""
    t = THRESHOLDS
    depthwise = is_depthwise(weight_shape, groups)
    if tuple(stride) != (1, 1):
        return "shift-add" if depthwise else "gemm"
    large = out_hw[0] * out_hw[1] >= t.flat_depthwise_min_cells
    if not depthwise:
        few = weight_shape[0] // groups <= t.axpy_max_outputs_per_group
        small = weight_shape[1] * weight_shape[2] * weight_shape[3] <= t.axpy_max_taps
        return "axpy" if few and small and large else "gemm"
    if not large:
        return "shift-add"
    return "fft" if weight_shape[2] * weight_shape[3] >= t.fft_min_taps else "axpy"


def choose_grad_path(weight_shape: tuple[int, ...], groups: int, stride: Pair) -> str:
    """The path of a weight gradient, an input gradient (scatter) or both at once."""
    if is_depthwise(weight_shape, groups):
        return "depthwise-taps"
    return "flat-gemm" if tuple(stride) == (1, 1) else "gemm"


def use_threads(mult_adds: int) -> bool:
    """Whether row strips go to the thread pool (only shift-and-add splits its own strips)."""
    return _parallel.WORKERS > 1 and mult_adds >= THRESHOLDS.parallel_min_mult_adds


def _same_dtype(*arrays: np.ndarray) -> None:
    if len({a.dtype for a in arrays}) > 1:
        raise TypeError(f"internal: cast to one dtype before dispatch, got {[a.dtype.name for a in arrays]}")


def correlate_input(
    x4: np.ndarray,
    pads: Pads,
    mode: str,
    w: np.ndarray,
    out_hw: Pair,
    s: Pair,
    d: Pair,
    groups: int,
    bias: np.ndarray | None = None,
) -> np.ndarray:
    """Valid correlation of x4 (N, C, H, W) padded by ``pads`` with w (O, C/groups, kH, kW),
    plus ``bias`` (O,) if given. The axpy and FFT paths pad straight into the flat layout."""
    _same_dtype(x4, w)
    path = choose_conv_path(w.shape, groups, out_hw, s)
    if path in STRIDED_PATHS:
        return _strided(path, _padded_scratch(x4, pads, mode), w, out_hw, s, d, groups, bias)
    padded_hw = (x4.shape[2] + sum(pads[0]), x4.shape[3] + sum(pads[1]))
    if path == "axpy" and not any(map(any, pads)) and x4.flags.c_contiguous:
        xf = x4.reshape(*x4.shape[:2], -1)  # unpadded, the input is its own flat layout (no copy)
    else:
        xf = _flat.padded(x4, pads, mode, _flat.slack(w.shape[3], d[1]), w.dtype)
    return _with_bias(_flat_path(path, xf, padded_hw, w, out_hw, d, groups), bias)


def correlate_input_keeping_columns(
    x4: np.ndarray,
    pads: Pads,
    mode: str,
    w: np.ndarray,
    out_hw: Pair,
    s: Pair,
    d: Pair,
    groups: int,
    bias: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray | None]:
    """``correlate_input`` for a training step: also the im2col columns the GEMM path
    multiplied, for ``conv_backward_from_columns``. None (nothing kept) on the other paths and
    where the whole batch's columns would exceed ``_taps.KEPT_COLS_BYTES``."""
    _same_dtype(x4, w)
    size = _taps.kept_columns_bytes(x4.shape[0], w.shape, groups, out_hw, w.itemsize)
    if choose_conv_path(w.shape, groups, out_hw, s) != "gemm" or size > _taps.KEPT_COLS_BYTES:
        return correlate_input(x4, pads, mode, w, out_hw, s, d, groups, bias), None
    return _taps.correlate_keeping_columns(_padded_scratch(x4, pads, mode), w, out_hw, s, d, groups, bias)


def _padded_scratch(x4: np.ndarray, pads: Pads, mode: str) -> np.ndarray:
    """``pad`` for a path that is done with the padded input before it returns: zero padding
    goes into a cached buffer whose border was zeroed once, so a call copies only the interior
    (np.pad allocated, copied and filled the border every call: 8.8 of ResNet-18's 75 ms)."""
    if mode != "zeros" or not any(map(any, pads)):
        return pad(x4, pads, mode)
    n, c, h, w = x4.shape
    hp, wp = h + sum(pads[0]), w + sum(pads[1])
    return _flat.padded(x4, pads, mode, 0, x4.dtype).reshape(n, c, hp, wp)


def correlate(xp: np.ndarray, w: np.ndarray, out_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """Valid correlation of an already padded xp (N, C, Hp, Wp) with w."""
    _same_dtype(xp, w)
    path = choose_conv_path(w.shape, groups, out_hw, s)
    if path in STRIDED_PATHS:
        return _strided(path, xp, w, out_hw, s, d, groups, None)
    xf = _flat.from_padded(xp, _flat.slack(w.shape[3], d[1]))
    return _flat_path(path, xf, xp.shape[2:], w, out_hw, d, groups)


def _with_bias(out: np.ndarray, bias: np.ndarray | None) -> np.ndarray:
    if bias is not None:
        out += bias[:, None, None]
    return out


def _strided(
    path: str, xp: np.ndarray, w: np.ndarray, out_hw: Pair, s: Pair, d: Pair, groups: int, bias: np.ndarray | None
) -> np.ndarray:
    if path == "gemm":
        return _taps.correlate(xp, w, out_hw, s, d, groups, bias)
    out = np.empty((xp.shape[0], w.shape[0], *out_hw), dtype=w.dtype)
    _taps.shift_and_add(xp, w, out, s, d, use_threads(out.size * w.shape[2] * w.shape[3]))
    return _with_bias(out, bias)


def _flat_path(
    path: str, xf: np.ndarray, padded_hw: Pair, w: np.ndarray, out_hw: Pair, d: Pair, groups: int
) -> np.ndarray:
    n, c = xf.shape[:2]
    out = np.empty((n, w.shape[0], *out_hw), dtype=w.dtype)
    if path == "fft":
        _fft.correlate(xf[..., : padded_hw[0] * padded_hw[1]].reshape(n, c, *padded_hw), w, out, d)
    else:
        _axpy.correlate(xf, w, out, padded_hw[1], d, groups)
    return out


def weight_grad(xp: np.ndarray, g: np.ndarray, kernel_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """dW (O, C/groups, kH, kW) of a correlation of padded xp that produced dY = g."""
    _same_dtype(xp, g)
    path = choose_grad_path((g.shape[1], xp.shape[1] // groups), groups, s)
    if path == "depthwise-taps":
        return _taps.weight_grad_depthwise(xp, g, kernel_hw, s, d)
    if path == "flat-gemm":
        return _flat.weight_grad(xp, g, kernel_hw, d, groups)
    return _taps.weight_grad(xp, g, kernel_hw, s, d, groups)


def scatter(g: np.ndarray, w: np.ndarray, padded_hw: Pair, s: Pair, d: Pair, groups: int) -> np.ndarray:
    """dXp (N, C, Hp, Wp): dY = g spread back through w onto each output's window (a new array)."""
    _same_dtype(g, w)
    path = choose_grad_path(w.shape, groups, s)
    if path == "depthwise-taps":
        return _taps.scatter_depthwise(g, w, padded_hw, s, d)
    if path == "flat-gemm":
        return _flat.scatter(g, w, padded_hw, d, groups)
    return _taps.scatter(g, w, padded_hw, s, d, groups)


def conv_backward(
    x4: np.ndarray,
    pads: Pads,
    mode: str,
    g: np.ndarray,
    w: np.ndarray,
    s: Pair,
    d: Pair,
    groups: int,
    need_dx: bool = True,
) -> tuple[np.ndarray | None, np.ndarray]:
    """(dX, dW) of a correlation of x4 padded by ``pads``, given dY = g; dX is x4's shape, or
    None when not ``need_dx``.

    Stride-1 GEMM layers do both in one pass over row strips (``_flat.backward``).
    """
    _same_dtype(x4, g, w)
    if choose_grad_path(w.shape, groups, s) == "flat-gemm":
        return _flat.backward(x4, pads, mode, g, w, d, groups, need_dx)
    xp = _padded_scratch(x4, pads, mode)
    dw = weight_grad(xp, g, w.shape[2:], s, d, groups)
    if not need_dx:
        return None, dw
    dxp = scatter(g, w, xp.shape[2:], s, d, groups)
    return unpad_grad(dxp, pads, mode, x4.shape[2:]), dw


def conv_backward_from_columns(
    cols: np.ndarray,
    in_hw: Pair,
    pads: Pads,
    mode: str,
    g: np.ndarray,
    w: np.ndarray,
    s: Pair,
    d: Pair,
    groups: int,
    need_dx: bool = True,
) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
    """(dX, dW, db) like ``conv_backward`` (and db), from the columns the forward pass kept
    (``correlate_input_keeping_columns``): dW and db come out of one GEMM with them, and only
    dX (when ``need_dx``) has a pass of its own, the input-gradient path's scatter."""
    _same_dtype(cols, g, w)
    dw, db = _taps.weight_grad_from_columns(cols, g, groups)
    if not need_dx:
        return None, dw.reshape(w.shape), db
    padded_hw = (in_hw[0] + sum(pads[0]), in_hw[1] + sum(pads[1]))
    dxp = scatter(g, w, padded_hw, s, d, groups)
    return unpad_grad(dxp, pads, mode, in_hw), dw.reshape(w.shape), db
