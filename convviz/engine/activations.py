"""Elementwise activations, dropout, flatten and linear, each with its backward."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from convviz.engine._args import check_numeric, float_dtype


def _float(x: Any, name: str = "x", like: Any = None) -> np.ndarray:
    """x as float32/float64; float64 also when ``like`` (e.g. the incoming gradient) is."""
    a = np.asarray(x)
    check_numeric(a, name)
    return a.astype(float_dtype(a, None if like is None else np.asarray(like)), copy=False)


def relu(x: Any) -> np.ndarray:
    a = _float(x)
    return np.maximum(a, 0, dtype=a.dtype)


def relu_backward(grad_output: Any, x: Any) -> np.ndarray:
    """Passes the gradient where x > 0 (at exactly 0 the gradient is 0, as in torch)."""
    a = _float(x, like=grad_output)
    return np.where(a > 0, np.asarray(grad_output, dtype=a.dtype), 0).astype(a.dtype)


def leaky_relu(x: Any, negative_slope: float = 0.01) -> np.ndarray:
    a = _float(x)
    return np.where(a > 0, a, a * negative_slope).astype(a.dtype)


def leaky_relu_backward(grad_output: Any, x: Any, negative_slope: float = 0.01) -> np.ndarray:
    a = _float(x, like=grad_output)
    g = np.asarray(grad_output, dtype=a.dtype)
    return np.where(a > 0, g, g * negative_slope).astype(a.dtype)


def sigmoid(x: Any) -> np.ndarray:
    a = _float(x)
    # exp of a non-positive number only: no overflow warnings for large |x|.
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1 / (1 + e), e / (1 + e)).astype(a.dtype)


def sigmoid_backward(grad_output: Any, x: Any) -> np.ndarray:
    y = sigmoid(_float(x, like=grad_output))
    return (np.asarray(grad_output, dtype=y.dtype) * y * (1 - y)).astype(y.dtype)


def tanh(x: Any) -> np.ndarray:
    return np.tanh(_float(x))


def tanh_backward(grad_output: Any, x: Any) -> np.ndarray:
    y = tanh(_float(x, like=grad_output))
    return (np.asarray(grad_output, dtype=y.dtype) * (1 - y * y)).astype(y.dtype)


def _identity(x: Any) -> np.ndarray:
    return _float(x)


def _identity_backward(grad_output: Any, x: Any) -> np.ndarray:
    return np.asarray(grad_output, dtype=_float(x, like=grad_output).dtype)


ACTIVATIONS: dict[str, tuple[Callable, Callable]] = {
    "none": (_identity, _identity_backward),
    "relu": (relu, relu_backward),
    "leaky_relu": (leaky_relu, leaky_relu_backward),
    "sigmoid": (sigmoid, sigmoid_backward),
    "tanh": (tanh, tanh_backward),
}


def _lookup(name: str) -> tuple[Callable, Callable]:
    if name not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {sorted(ACTIVATIONS)}, got {name!r}")
    return ACTIVATIONS[name]


def activation(name: str, x: Any) -> np.ndarray:
    return _lookup(name)[0](x)


def activation_backward(name: str, grad_output: Any, x: Any) -> np.ndarray:
    return _lookup(name)[1](grad_output, x)


def dropout_mask(shape: tuple[int, ...], rate: float, seed: int) -> np.ndarray:
    """Which units survive (True), the same for the same shape, rate and seed."""
    if not 0 <= rate < 1:
        raise ValueError(f"rate must be in [0, 1), got {rate!r}")
    return np.random.default_rng(seed).random(shape) >= rate


def dropout(x: Any, rate: float, seed: int, training: bool = True) -> np.ndarray:
    """Zero each unit with probability ``rate`` and scale survivors by 1/(1-rate) (inverted
    dropout), so the expected value is unchanged and inference is the identity."""
    a = _float(x)
    if not training or rate == 0:
        return a.copy()
    keep = dropout_mask(a.shape, rate, seed)
    return np.where(keep, a / (1 - rate), 0).astype(a.dtype)


def dropout_backward(grad_output: Any, rate: float, seed: int, training: bool = True) -> np.ndarray:
    g = _float(grad_output, "grad_output")
    if not training or rate == 0:
        return g.copy()
    keep = dropout_mask(g.shape, rate, seed)
    return np.where(keep, g / (1 - rate), 0).astype(g.dtype)


def flatten(x: Any, start_dim: int = 1) -> np.ndarray:
    a = _float(x)
    if not 0 <= start_dim < max(a.ndim, 1):
        raise ValueError(f"start_dim must be in [0, {a.ndim}), got {start_dim}")
    return a.reshape(*a.shape[:start_dim], -1)


def flatten_backward(grad_output: Any, x_shape: tuple[int, ...]) -> np.ndarray:
    return _float(grad_output, "grad_output").reshape(x_shape)


def linear(x: Any, weight: Any, bias: Any = None) -> np.ndarray:
    """y = x Wᵀ + b with weight (out_features, in_features), like torch."""
    a, w = _float(x), _float(weight, "weight")
    if w.ndim != 2 or a.shape[-1] != w.shape[1]:
        raise ValueError(f"weight must be (out_features, {a.shape[-1]}), got shape {w.shape}")
    dtype = float_dtype(a, w, None if bias is None else np.asarray(bias))
    y = a.astype(dtype) @ w.astype(dtype).T
    if bias is not None:
        y = y + np.asarray(bias, dtype=dtype)
    return y


def linear_backward(grad_output: Any, x: Any, weight: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    a, w = _float(x, like=grad_output), _float(weight, "weight")
    dtype = float_dtype(a, w)
    g = np.asarray(grad_output, dtype=dtype)
    a2, g2 = a.reshape(-1, a.shape[-1]), g.reshape(-1, g.shape[-1])
    return g @ w.astype(dtype), g2.T @ a2.astype(dtype), g2.sum(axis=0)
