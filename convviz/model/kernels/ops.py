"""Pure array operations on kernels (C, kH, kW) that the kernel bank builds on."""

from __future__ import annotations

import numpy as np

MAX_SIZE = 15
OPS = ("normalise", "negate", "transpose", "rotate180", "random")


def identity_kernel(kh: int = 3, kw: int = 3) -> np.ndarray:
    kernel = np.zeros((kh, kw))
    kernel[(kh - 1) // 2, (kw - 1) // 2] = 1.0
    return kernel


def fit_centred(array: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """Crop or zero-pad the last two axes to (kh, kw), keeping the centre (3→4→3 round-trips)."""
    out = np.zeros(array.shape[:-2] + (kh, kw))
    oh, ow = array.shape[-2:]
    rows, cols = min(oh, kh), min(ow, kw)
    src_r, src_c = (oh - rows) // 2, (ow - cols) // 2
    dst_r, dst_c = (kh - rows) // 2, (kw - cols) // 2
    out[..., dst_r : dst_r + rows, dst_c : dst_c + cols] = array[..., src_r : src_r + rows, src_c : src_c + cols]
    return out


def check_size(kh: int, kw: int) -> None:
    if not (1 <= kh <= MAX_SIZE and 1 <= kw <= MAX_SIZE):
        raise ValueError(f"kernel size must be within 1..{MAX_SIZE}, got {kh}×{kw}")


def operate(op: str, kernel: np.ndarray, seed: int | None) -> np.ndarray:
    """negate, rotate180, random (He) or normalise one filter (C, kH, kW); transpose is the bank's."""
    if op == "negate":
        return -kernel
    if op == "rotate180":
        return kernel[:, ::-1, ::-1]
    if op == "random":
        from convviz.engine.kernels import random_kernel

        return random_kernel((1,) + kernel.shape, "he", seed)[0]
    total = kernel.sum()
    if abs(total) > 1e-6 * np.abs(kernel).sum():  # a sum this small is rounding noise: treat as 0
        return kernel / total
    peak = np.abs(kernel).max()
    return kernel / peak if peak > 0 else kernel.copy()
