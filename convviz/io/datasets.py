"""Labelled image sets read from disk: the bundled 5,000 MNIST digits, and a folder of images
with one sub-folder per class (torchvision's ImageFolder layout), read as hostile input.

Provenance and licence of the bundled digits: convviz/resources/data/README.md.
"""

from __future__ import annotations

import gzip
import hashlib
from importlib import resources
from pathlib import Path

import numpy as np
from PIL import Image

from convviz.io.images import ImageLoadError, load_image, to_grayscale
from convviz.model.limits import TRAIN_MAX_CLASSES, TRAIN_MAX_IMAGES
from convviz.model.training.dataset import Dataset
from convviz.text import tr

DATA_DIR = Path(str(resources.files("convviz") / "resources" / "data"))
MNIST5K = DATA_DIR / "mnist_5k.csv.gz"
MNIST5K_SHA256 = "846f6cad587fea3877f6e0fe0a1968dfc68867ce170d3bc9fc2dccdbed17961d"
DIGITS = tuple(str(d) for d in range(10))
FOLDER_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".ppm", ".pgm"}


class DatasetError(ValueError):
    """A data set that cannot be used; the message says why."""


def load_mnist5k(path: Path = MNIST5K) -> Dataset:
    """The bundled digits: (5000, 1, 28, 28) float32 in [0, 1], 500 of each digit, in file order.
    The file's checksum is checked first: a damaged package says so instead of training on noise."""
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != MNIST5K_SHA256:
        raise DatasetError(
            tr("Datasets", "{name} is damaged (its checksum does not match); reinstall convviz").format(name=path.name)
        )
    values = np.fromstring(gzip.decompress(raw).replace(b"\n", b","), dtype=np.int64, sep=",")
    rows = values.reshape(-1, 28 * 28 + 1)
    images = (rows[:, :-1].astype(np.float32) / np.float32(255.0)).reshape(-1, 1, 28, 28)
    return Dataset(images, rows[:, -1].astype(np.int64), DIGITS, tr("Datasets", "MNIST, 5,000 digits"))


def load_image_folder(folder: str | Path, size: tuple[int, int] = (28, 28), channels: int = 1) -> Dataset:
    """Every image in ``folder/<class>/``, the classes in sorted order, each image read by the
    app's own reader (only its formats, pixel counts checked before decoding) and resized to
    ``size``. At most TRAIN_MAX_CLASSES classes and TRAIN_MAX_IMAGES images; a file that is not
    a readable image is refused with its name, so a set never trains silently on part of itself."""
    root = Path(folder)
    if not root.is_dir():
        raise DatasetError(tr("Datasets", "'{path}' is not a folder").format(path=root))
    classes = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if len(classes) < 2:
        raise DatasetError(
            tr("Datasets", "'{name}' needs at least two sub-folders, one per class; it has {count}").format(
                name=root.name, count=len(classes)
            )
        )
    if len(classes) > TRAIN_MAX_CLASSES:
        raise DatasetError(
            tr("Datasets", "'{name}' has {count} classes; at most {limit} are read").format(
                name=root.name, count=len(classes), limit=TRAIN_MAX_CLASSES
            )
        )
    files: list[tuple[Path, int]] = []
    for label, name in enumerate(classes):
        found = sorted(p for p in (root / name).iterdir() if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
        if not found:
            raise DatasetError(tr("Datasets", "class '{name}' has no images").format(name=name))
        files += [(p, label) for p in found]
        if len(files) > TRAIN_MAX_IMAGES:
            raise DatasetError(
                tr("Datasets", "'{name}' has more than {limit} images; at most that many are read").format(
                    name=root.name, limit=f"{TRAIN_MAX_IMAGES:,}"
                )
            )
    images = np.empty((len(files), channels, size[0], size[1]), np.float32)
    for i, (path, _) in enumerate(files):
        try:
            pixels = load_image(path).array
        except ImageLoadError as exc:
            raise DatasetError(str(exc)) from None
        images[i] = _fit(pixels, size, channels)
    labels = np.array([label for _, label in files], np.int64)
    return Dataset(images, labels, tuple(classes), root.name)


def _fit(pixels: np.ndarray, size: tuple[int, int], channels: int) -> np.ndarray:
    """(H, W) or (H, W, 3) in [0, 1] → (channels, *size), resized with area averaging."""
    if channels == 1 and pixels.ndim == 3:
        pixels = to_grayscale(pixels)
    elif channels == 3 and pixels.ndim == 2:
        pixels = np.repeat(pixels[:, :, None], 3, axis=2)
    planes = pixels[None] if pixels.ndim == 2 else pixels.transpose(2, 0, 1)
    out = [np.asarray(Image.fromarray(p).resize((size[1], size[0]), Image.Resampling.BOX), np.float32) for p in planes]
    return np.clip(np.stack(out), 0.0, 1.0)
