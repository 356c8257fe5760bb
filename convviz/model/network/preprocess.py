"""An image as the network's input: resized (shorter side) and centre-cropped to its size,
channels as it expects, normalised with a mean and standard deviation per channel."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from convviz.text import tr

IMAGENET_MEAN = (0.485, 0.456, 0.406)  # torchvision's ImageNet statistics (RGB, images in [0, 1])
IMAGENET_STD = (0.229, 0.224, 0.225)


@dataclass(frozen=True)
class Preprocess:
    mean: tuple[float, ...] = (0.0,)
    std: tuple[float, ...] = (1.0,)
    bgr: bool = False  # Caffe-era models read channels as B, G, R

    @staticmethod
    def imagenet() -> Preprocess:
        return Preprocess(IMAGENET_MEAN, IMAGENET_STD)

    @staticmethod
    def default_for(channels: int) -> Preprocess:
        """ImageNet's statistics for a colour model, [0, 1] as it is for a grayscale one."""
        return Preprocess.imagenet() if channels == 3 else Preprocess()

    def describe(self) -> str:
        if self.mean == IMAGENET_MEAN and self.std == IMAGENET_STD:
            return tr("Preprocess", "ImageNet mean/std")
        text = tr("Preprocess", "mean {mean}, std {std}").format(mean=list(self.mean), std=list(self.std))
        return text + (", BGR" if self.bgr else "")


def fit(image: np.ndarray, hw: tuple[int, int]) -> np.ndarray:
    """(H, W) or (H, W, C) in [0, 1] -> the same scaled so it covers hw, then centre-cropped."""
    h, w = image.shape[:2]
    scale = max(hw[0] / h, hw[1] / w)
    zoom = (scale, scale) + (1,) * (image.ndim - 2)
    scaled = ndimage.zoom(image.astype(np.float32, copy=False), zoom, order=1, grid_mode=True, mode="nearest")
    top, left = (scaled.shape[0] - hw[0]) // 2, (scaled.shape[1] - hw[1]) // 2
    return np.ascontiguousarray(scaled[top : top + hw[0], left : left + hw[1]])


def to_input(image: np.ndarray, shape: tuple[int, int, int], how: Preprocess) -> np.ndarray:
    """A (C, H, W) float32 input for a model of ``shape`` from an image in [0, 1]."""
    channels, h, w = shape
    fitted = fit(image, (h, w))
    if fitted.ndim == 2:
        fitted = fitted[..., None]
    if channels == 1 and fitted.shape[2] != 1:
        fitted = (fitted[..., :3] @ np.array([0.299, 0.587, 0.114], np.float32))[..., None]  # ITU-R BT.601 luma
    elif channels == 3 and fitted.shape[2] == 1:
        fitted = np.repeat(fitted, 3, axis=2)
    elif fitted.shape[2] != channels:
        raise ValueError(tr("Preprocess", "the model takes {n} channels; an image has 1 or 3").format(n=channels))
    if how.bgr and channels == 3:
        fitted = fitted[..., ::-1]
    chw = np.transpose(fitted, (2, 0, 1))
    mean = np.resize(np.asarray(how.mean, np.float32), channels)[:, None, None]
    std = np.resize(np.asarray(how.std, np.float32), channels)[:, None, None]
    return np.ascontiguousarray((chw - mean) / std, dtype=np.float32)
