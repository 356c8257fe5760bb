"""The stack's input: the current image as gray (1, H, W) or RGB (3, H, W), optionally resized
to the size an example stack was designed for (28×28 for LeNet, 32×32 for CIFAR-style)."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from convviz.model.state import ColorMode, to_chw


def block_mean(x: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Average k×k blocks (whole blocks, centred) so that at most a 2× shrink is left for the blur
    and zoom: an exact area filter costing one pass, where a Gaussian of σ ≈ 32 on a 2048² photo
    shrunk to 32² took seconds of CPU."""
    c, h, w = x.shape
    kh, kw = max(1, h // (2 * size[0])), max(1, w // (2 * size[1]))
    if kh == kw == 1:
        return x
    hh, ww = (h // kh) * kh, (w // kw) * kw
    top, left = (h - hh) // 2, (w - ww) // 2  # the few rows that make no whole block: from both sides
    blocks = x[:, top : top + hh, left : left + ww].reshape(c, hh // kh, kh, ww // kw, kw)
    return blocks.mean(axis=(2, 4), dtype=np.float32)


def resize_chw(x: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Bilinear resize of each channel; blurs first when shrinking so fine texture does not
    alias into stripes (what a camera's or PIL's area filter would do). Reference: the same
    without `block_mean` (blur with the full σ, then zoom), which the tests compare against."""
    x = block_mean(x, size)
    c, h, w = x.shape
    zh, zw = size[0] / h, size[1] / w
    out = np.empty((c, *size), dtype=np.float32)
    for i in range(c):
        ch = x[i].astype(np.float32)
        if zh < 1 or zw < 1:
            sigma = (max(0.0, 0.5 / zh - 0.5), max(0.0, 0.5 / zw - 0.5))
            ch = ndimage.gaussian_filter(ch, sigma, mode="nearest")
        # grid_mode maps pixel areas (not centres) so the image is not shifted by half a pixel
        out[i] = ndimage.zoom(ch, (zh, zw), order=1, mode="nearest", grid_mode=True)[: size[0], : size[1]]
    return np.clip(out, 0.0, 1.0) if x.min() >= 0 and x.max() <= 1 else out


def prepare_input(image: np.ndarray, channels: int, size: tuple[int, int] | None) -> np.ndarray:
    """Float32 (C, H, W) for a stack: channels 1 (luminance) or 3, resized when size is given."""
    if channels not in (1, 3):
        raise ValueError(f"channels must be 1 or 3, got {channels}")
    x = to_chw(np.asarray(image, dtype=np.float32), ColorMode.GRAY if channels == 1 else ColorMode.RGB)
    if size is not None and tuple(size) != x.shape[1:]:
        x = resize_chw(x, (int(size[0]), int(size[1])))
    return np.ascontiguousarray(x, dtype=np.float32)
