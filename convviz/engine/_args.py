"""Argument checking shared by every op: ranks, dtypes, int pairs, clear ValueErrors."""

from __future__ import annotations

from typing import Any

import numpy as np

Pair = tuple[int, int]


def pair(value: Any, name: str, minimum: int = 1) -> Pair:
    """An int or an (h, w) pair of ints, each at least ``minimum``."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        out = (int(value), int(value))
    elif (
        isinstance(value, (tuple, list))
        and len(value) == 2
        and all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in value)
    ):
        out = (int(value[0]), int(value[1]))
    else:
        raise ValueError(f"{name} must be an int or a pair of ints, got {value!r}")
    if min(out) < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value!r}")
    return out


def check_numeric(a: np.ndarray, name: str) -> None:
    if a.dtype == bool or not (np.issubdtype(a.dtype, np.integer) or np.issubdtype(a.dtype, np.floating)):
        raise ValueError(f"{name} must hold real numbers, got dtype {a.dtype}")


def as_nchw(x: Any, name: str = "x") -> tuple[np.ndarray, int]:
    """Return x as a 4-D array and its original rank (2, 3 or 4)."""
    a = np.asarray(x)
    check_numeric(a, name)
    if a.ndim not in (2, 3, 4):
        raise ValueError(f"{name} must be 2-D (H, W), 3-D (C, H, W) or 4-D (N, C, H, W), got shape {a.shape}")
    return a.reshape((1,) * (4 - a.ndim) + a.shape), a.ndim


def restore_rank(out: np.ndarray, rank: int) -> np.ndarray:
    """Undo as_nchw: rank 2 stays 2-D only when there is one channel."""
    if rank == 4:
        return out
    if rank == 3 or out.shape[1] != 1:
        return out[0]
    return out[0, 0]


def float_dtype(*arrays: Any) -> np.dtype:
    """float64 if anything is float64, else float32 (ints and float16 compute in float32).

    Python floats and None do not count: only arrays carry a precision request.
    """
    for a in arrays:
        if isinstance(a, np.ndarray) and a.dtype == np.float64:
            return np.dtype(np.float64)
    return np.dtype(np.float32)


def as_weight(weight: Any, name: str = "weight") -> np.ndarray:
    """A 4-D (out, in/groups, kH, kW) weight; a 2-D kernel is one filter on one channel."""
    w = np.asarray(weight)
    check_numeric(w, name)
    if w.ndim == 2:
        w = w[None, None]
    elif w.ndim == 3:
        w = w[None]
    if w.ndim != 4:
        raise ValueError(f"{name} must be 2-D (kH, kW) or 4-D (out, in/groups, kH, kW), got shape {np.shape(weight)}")
    if min(w.shape) < 1:
        raise ValueError(f"{name} must not be empty, got shape {w.shape}")
    return w


def as_bias(bias: Any, channels: int, dtype: np.dtype) -> np.ndarray | None:
    if bias is None:
        return None
    b = np.asarray(bias)
    check_numeric(b, "bias")
    b = b.reshape(-1)
    if b.size == 1 and channels != 1:
        b = np.repeat(b, channels)
    if b.size != channels:
        raise ValueError(f"bias must have {channels} values (one per output channel), got {b.size}")
    return b.astype(dtype, copy=False)


def check_groups(in_channels: int, out_channels: int, weight_in: int, groups: int) -> None:
    if not isinstance(groups, (int, np.integer)) or groups < 1:
        raise ValueError(f"groups must be a positive int, got {groups!r}")
    if in_channels % groups or out_channels % groups:
        raise ValueError(f"groups={groups} must divide in_channels={in_channels} and out_channels={out_channels}")
    if in_channels // groups != weight_in:
        raise ValueError(
            f"channel mismatch: input has {in_channels} channels, so weight.shape[1] must be "
            f"in_channels/groups = {in_channels // groups}, got {weight_in}"
        )
