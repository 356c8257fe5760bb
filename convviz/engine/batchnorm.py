"""Batch normalisation over the channels of an NCHW batch, with torch's semantics
(``torch.nn.functional.batch_norm`` on 4-D input, ``nn.BatchNorm2d``).

Training: each channel is normalised by the batch's own mean and (biased) variance over N, H
and W, then scaled and shifted; the running statistics move towards the batch's, the variance
with Bessel's correction (N·H·W − 1 in the denominator), as torch does, and are updated in place.
Evaluation: the running statistics normalise instead. Reference loops:
``convviz.engine.reference.batch_norm2d``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.engine._args import as_nchw, float_dtype, restore_rank


def _channel(v: Any, c: int, name: str, dtype: np.dtype) -> np.ndarray | None:
    if v is None:
        return None
    a = np.asarray(v, dtype=dtype)
    if a.shape != (c,):
        raise ValueError(f"{name} must have one value per channel ({c}), got shape {a.shape}")
    return a


def _stats(x4: np.ndarray, running_mean: Any, running_var: Any, training: bool) -> tuple[np.ndarray, np.ndarray]:
    """(mean, var) that normalise: the batch's (biased) in training, else the running ones."""
    if training:
        if x4.shape[0] * x4.shape[2] * x4.shape[3] < 2:
            raise ValueError("batch norm in training needs more than one value per channel")
        return x4.mean(axis=(0, 2, 3)), x4.var(axis=(0, 2, 3))
    if running_mean is None or running_var is None:
        raise ValueError("batch norm in evaluation needs the running mean and variance")
    return np.asarray(running_mean, x4.dtype), np.asarray(running_var, x4.dtype)


def batch_norm2d(
    x: Any,
    weight: Any,
    bias: Any,
    running_mean: np.ndarray | None,
    running_var: np.ndarray | None,
    training: bool,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> np.ndarray:
    """y = (x − mean) / √(var + eps) · weight + bias per channel; see the module doc. In
    training, ``running_mean`` and ``running_var`` (if given) are updated in place."""
    x4, rank = as_nchw(x)
    dtype = float_dtype(x4, *(a for a in (weight, bias) if isinstance(a, np.ndarray)))
    x4 = x4.astype(dtype, copy=False)
    c = x4.shape[1]
    w, b = _channel(weight, c, "weight", dtype), _channel(bias, c, "bias", dtype)
    mean, var = _stats(x4, running_mean, running_var, training)
    if training:
        n = x4.shape[0] * x4.shape[2] * x4.shape[3]
        for running, batch in ((running_mean, mean), (running_var, var * n / (n - 1))):
            if running is not None:
                running *= 1 - momentum
                running += momentum * batch.astype(running.dtype)
    scale = 1 / np.sqrt(var + eps)
    if w is not None:
        scale = scale * w
    shift = -mean * scale + (0 if b is None else b)
    return restore_rank(x4 * scale[:, None, None] + shift[:, None, None], rank)


def batch_norm2d_backward(
    grad_output: Any,
    x: Any,
    weight: Any,
    running_mean: np.ndarray | None,
    running_var: np.ndarray | None,
    training: bool,
    eps: float = 1e-5,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dx, dweight, dbias). In training the batch statistics depend on x, which adds two terms:
    dx = w/σ · (g − mean(g) − x̂ · mean(g · x̂)), means over N, H, W."""
    x4, _ = as_nchw(x)
    dtype = float_dtype(x4, np.asarray(grad_output), *(a for a in (weight,) if isinstance(a, np.ndarray)))
    x4 = x4.astype(dtype, copy=False)
    g = np.asarray(grad_output, dtype=dtype).reshape(x4.shape)
    c = x4.shape[1]
    w = _channel(weight, c, "weight", dtype)
    mean, var = _stats(x4, running_mean, running_var, training)
    inv = 1 / np.sqrt(var + eps)
    xhat = (x4 - mean[:, None, None]) * inv[:, None, None]
    dbias = g.sum(axis=(0, 2, 3))
    dweight = (g * xhat).sum(axis=(0, 2, 3))
    scale = inv if w is None else inv * w
    if training:
        n = x4.shape[0] * x4.shape[2] * x4.shape[3]
        dx = (g - (dbias / n)[:, None, None] - xhat * (dweight / n)[:, None, None]) * scale[:, None, None]
    else:
        dx = g * scale[:, None, None]
    return dx.reshape(np.shape(x)), dweight, dbias
