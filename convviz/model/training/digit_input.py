"""A digit written on paper and held up to the camera, made into what the digits network reads:
28×28, white ink on black, the digit scaled into a 20×20 box and centred by its centre of mass
(as MNIST's digits were prepared)."""

from __future__ import annotations

import numpy as np
from PIL import Image

from convviz.model.state import BT601_LUMA

CROP_FRACTION = 0.6  # the centred square taken, as a share of the frame's shorter side
INK_THRESHOLD = 0.35  # of the range between the background and the darkest ink: fainter is paper
DIGIT_BOX = 20  # MNIST: the digit's longer side, inside 28×28
SIDE = 28


def digit_from_photo(image: np.ndarray) -> np.ndarray:
    """(H, W) or (H, W, 3) in [0, 1] → (28, 28) float32; all zeros if nothing stands out."""
    gray = image @ BT601_LUMA if image.ndim == 3 else np.asarray(image, np.float32)
    h, w = gray.shape
    side = max(1, int(min(h, w) * CROP_FRACTION))
    top, left = (h - side) // 2, (w - side) // 2
    crop = gray[top : top + side, left : left + side].astype(np.float32)
    if float(np.median(crop)) > 0.5:  # dark ink on light paper: the ink must be the bright part
        crop = 1.0 - crop
    background, brightest = float(np.median(crop)), float(crop.max())
    out = np.zeros((SIDE, SIDE), np.float32)
    if brightest - background < 0.1:
        return out
    ink = np.clip((crop - background) / (brightest - background), 0.0, 1.0)
    ink[ink < INK_THRESHOLD] = 0.0
    ys, xs = np.nonzero(ink)
    box = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    scale = DIGIT_BOX / max(box.shape)
    size = (max(1, round(box.shape[1] * scale)), max(1, round(box.shape[0] * scale)))
    small = np.asarray(Image.fromarray(box).resize(size, Image.Resampling.BOX), np.float32)
    total = float(small.sum()) or 1.0
    cy = float((small.sum(axis=1) * np.arange(small.shape[0])).sum()) / total
    cx = float((small.sum(axis=0) * np.arange(small.shape[1])).sum()) / total
    y0 = int(np.clip(round(SIDE / 2 - 0.5 - cy), 0, SIDE - small.shape[0]))
    x0 = int(np.clip(round(SIDE / 2 - 0.5 - cx), 0, SIDE - small.shape[1]))
    out[y0 : y0 + small.shape[0], x0 : x0 + small.shape[1]] = np.clip(small, 0.0, 1.0)
    return out
