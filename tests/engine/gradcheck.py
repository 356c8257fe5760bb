"""Gradient checking helpers: central differences, a scaled tolerance, and inputs without ties."""

from __future__ import annotations

import numpy as np


def numerical_grad(f, x, G, eps=1e-6):
    """Central-difference d(sum(f(x) * G))/dx in float64 for a fixed array G shaped like f(x)."""
    x = np.array(x, dtype=np.float64)
    G = np.asarray(G, dtype=np.float64)
    grad = np.zeros_like(x)
    flat = x.reshape(-1)
    gflat = grad.reshape(-1)
    for k in range(flat.size):
        old = flat[k]
        flat[k] = old + eps
        plus = float(np.sum(np.asarray(f(x), dtype=np.float64) * G))
        flat[k] = old - eps
        minus = float(np.sum(np.asarray(f(x), dtype=np.float64) * G))
        flat[k] = old
        gflat[k] = (plus - minus) / (2 * eps)
    return grad


def assert_grad_close(got, expected, rtol=1e-5, name="grad"):
    """Compare gradients with a tolerance scaled by the largest gradient magnitude."""
    got = np.asarray(got, dtype=np.float64)
    expected = np.asarray(expected, dtype=np.float64)
    assert got.shape == expected.shape, f"{name}: shape {got.shape} != {expected.shape}"
    scale = max(1.0, float(np.max(np.abs(expected))) if expected.size else 1.0)
    err = float(np.max(np.abs(got - expected))) if expected.size else 0.0
    assert err <= rtol * scale, f"{name}: max abs err {err:.3g} > {rtol:g} * {scale:.3g}"


def distinct_values(rng, shape, spread=1.0):
    """Random values with pairwise gaps far larger than the finite-difference step (no ties/kinks)."""
    n = int(np.prod(shape))
    vals = (rng.permutation(n) - n // 2 + rng.uniform(0.1, 0.9, n)) * spread / max(n, 1) * 4
    return vals.reshape(shape)
