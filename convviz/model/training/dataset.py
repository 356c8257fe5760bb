"""Labelled images for training: a fixed split, shuffled minibatches and small random shifts.

Images are (N, C, H, W) float32 in [0, 1]; labels (N,) int64 class indices into ``classes``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Dataset:
    images: np.ndarray  # (N, C, H, W) float32 in [0, 1]
    labels: np.ndarray  # (N,) int64 in 0..len(classes) − 1
    classes: tuple[str, ...]
    name: str = ""

    def __post_init__(self) -> None:
        if self.images.ndim != 4 or self.images.dtype != np.float32:
            raise ValueError(f"images must be (N, C, H, W) float32, got {self.images.dtype} {self.images.shape}")
        if self.labels.shape != (len(self.images),):
            raise ValueError(f"{len(self.images)} images but {self.labels.shape} labels")
        if len(self.labels) and (self.labels.min() < 0 or self.labels.max() >= len(self.classes)):
            raise ValueError("a label is outside the classes")

    def __len__(self) -> int:
        return len(self.labels)

    @property
    def sample_shape(self) -> tuple[int, int, int]:
        return tuple(int(v) for v in self.images.shape[1:])  # type: ignore[return-value]

    def subset(self, indices: np.ndarray, name: str) -> Dataset:
        return Dataset(self.images[indices], self.labels[indices], self.classes, name)


@dataclass(frozen=True)
class Split:
    train: Dataset
    val: Dataset
    test: Dataset


def split_per_class(data: Dataset, val: float = 0.1, test: float = 0.1) -> Split:
    """Of each class's images, in their order: the first (1 − val − test) train, the next
    ``val`` validate, the last ``test`` test. Fixed: the same file always splits the same way,
    and every class is in every part in proportion."""
    parts: dict[str, list[np.ndarray]] = {"train": [], "val": [], "test": []}
    for c in range(len(data.classes)):
        idx = np.flatnonzero(data.labels == c)
        n_test, n_val = round(len(idx) * test), round(len(idx) * val)
        n_train = len(idx) - n_test - n_val
        parts["train"].append(idx[:n_train])
        parts["val"].append(idx[n_train : n_train + n_val])
        parts["test"].append(idx[n_train + n_val :])
    return Split(*(data.subset(np.concatenate(parts[k]), k) for k in ("train", "val", "test")))


def batches(n: int, batch_size: int, rng: np.random.Generator) -> Iterator[np.ndarray]:
    """Index arrays of ``batch_size`` (the last may be smaller) over a fresh permutation of n."""
    order = rng.permutation(n)
    for start in range(0, n, batch_size):
        yield order[start : start + batch_size]


def shifted(images: np.ndarray, rng: np.random.Generator, max_shift: int) -> np.ndarray:
    """Each image moved by a random whole number of pixels in −max_shift..max_shift along each
    axis, the uncovered border filled with 0 (the background of a digit): augmentation."""
    if max_shift <= 0:
        return images
    n, _, h, w = images.shape
    out = np.zeros_like(images)
    shifts = rng.integers(-max_shift, max_shift + 1, size=(n, 2))
    for i, (dy, dx) in enumerate(shifts):
        src = images[i, :, max(0, -dy) : h - max(0, dy), max(0, -dx) : w - max(0, dx)]
        out[i, :, max(0, dy) : max(0, dy) + src.shape[1], max(0, dx) : max(0, dx) + src.shape[2]] = src
    return out
