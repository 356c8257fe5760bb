"""Named kernel presets with one-line descriptions, and random initialisation."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz.text import noop, tr


@dataclass(frozen=True)
class Preset:
    name: str  # the key, as files and code spell it
    english_description: str  # marked with noop; ``description`` is what a user reads
    weights: np.ndarray
    english_label: str  # marked with noop; ``label`` is what a menu shows

    @property
    def description(self) -> str:
        """One line on what the preset does, in the interface's language."""
        return tr("KernelPresets", self.english_description)

    @property
    def label(self) -> str:
        """The preset's name as a menu shows it, in the interface's language."""
        return tr("KernelPresets", self.english_label)


def _gaussian(size: int, sigma: float) -> np.ndarray:
    r = np.arange(size) - (size - 1) / 2
    g = np.exp(-(r**2) / (2 * sigma**2))
    k = np.outer(g, g)
    return k / k.sum()


def _binomial(size: int) -> np.ndarray:
    row = np.array([1.0])
    for _ in range(size - 1):
        row = np.convolve(row, [1.0, 1.0])
    k = np.outer(row, row)
    return k / k.sum()


_TABLE = [
    (
        "identity",
        noop("KernelPresets", "Copies the input: one weight of 1 at the centre."),
        [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    ),
    (
        "edge",
        noop("KernelPresets", "Edge detector: centre against its 8 neighbours; flat regions go to 0."),
        [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]],
    ),
    (
        "edge_cross",
        noop("KernelPresets", "Edge detector: centre against its 4 direct neighbours."),
        [[0, -1, 0], [-1, 4, -1], [0, -1, 0]],
    ),
    (
        "sharpen",
        noop("KernelPresets", "Sharpen: adds the edge response back to the image."),
        [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
    ),
    ("box_blur", noop("KernelPresets", "Box blur: the mean of the 3×3 neighbourhood."), np.full((3, 3), 1 / 9)),
    (
        "gaussian_3x3",
        noop("KernelPresets", "Gaussian blur 3×3 (binomial 1-2-1): a softer, rounder blur than the box."),
        _binomial(3),
    ),
    ("gaussian_5x5", noop("KernelPresets", "Gaussian blur 5×5 (binomial 1-4-6-4-1)."), _binomial(5)),
    (
        "sobel_x",
        noop("KernelPresets", "Sobel x: horizontal gradient, lights up vertical edges."),
        [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
    ),
    (
        "sobel_y",
        noop("KernelPresets", "Sobel y: vertical gradient, lights up horizontal edges."),
        [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
    ),
    (
        "scharr_x",
        noop("KernelPresets", "Scharr x: a horizontal gradient with better rotational symmetry than Sobel."),
        [[-3, 0, 3], [-10, 0, 10], [-3, 0, 3]],
    ),
    (
        "scharr_y",
        noop("KernelPresets", "Scharr y: the vertical Scharr gradient."),
        [[-3, -10, -3], [0, 0, 0], [3, 10, 3]],
    ),
    (
        "laplacian",
        noop("KernelPresets", "Laplacian: second derivative, responds to blobs and edges in every direction."),
        [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    ),
    (
        "emboss",
        noop("KernelPresets", "Emboss: a diagonal gradient that makes the image look raised."),
        [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]],
    ),
    (
        "motion_blur",
        noop("KernelPresets", "Motion blur: averages along a diagonal line, like a camera moving."),
        np.eye(5) / 5,
    ),
]

LABELS = {
    "identity": noop("KernelPresets", "Identity"),
    "edge": noop("KernelPresets", "Edge (8 neighbours)"),
    "edge_cross": noop("KernelPresets", "Edge (4 neighbours)"),
    "sharpen": noop("KernelPresets", "Sharpen"),
    "box_blur": noop("KernelPresets", "Box blur 3×3"),
    "gaussian_3x3": noop("KernelPresets", "Gaussian blur 3×3"),
    "gaussian_5x5": noop("KernelPresets", "Gaussian blur 5×5"),
    "sobel_x": noop("KernelPresets", "Sobel x (vertical edges)"),
    "sobel_y": noop("KernelPresets", "Sobel y (horizontal edges)"),
    "scharr_x": noop("KernelPresets", "Scharr x (vertical edges)"),
    "scharr_y": noop("KernelPresets", "Scharr y (horizontal edges)"),
    "laplacian": noop("KernelPresets", "Laplacian"),
    "emboss": noop("KernelPresets", "Emboss"),
    "motion_blur": noop("KernelPresets", "Motion blur 5×5"),
}

PRESETS: dict[str, Preset] = {}
for _name, _description, _weights in _TABLE:
    _array = np.asarray(_weights, dtype=np.float64)
    _array.setflags(write=False)
    PRESETS[_name] = Preset(_name, _description, _array, LABELS[_name])


def preset(name: str) -> np.ndarray:
    """A writable copy of a preset's weights."""
    if name not in PRESETS:
        raise ValueError(f"unknown kernel preset {name!r}; choose from {sorted(PRESETS)}")
    return PRESETS[name].weights.copy()


def gaussian(size: int, sigma: float) -> np.ndarray:
    """A normalised size×size Gaussian with standard deviation sigma (in cells)."""
    if size < 1 or sigma <= 0:
        raise ValueError(f"size must be >= 1 and sigma > 0, got size={size}, sigma={sigma}")
    return _gaussian(size, sigma)


def random_kernel(shape: tuple[int, ...], scheme: str = "he", seed: int | None = None) -> np.ndarray:
    """Random weights scaled for the fan-in/fan-out of ``shape`` (out, in, kH, kW) or (kH, kW).

    he: N(0, 2/fan_in), for ReLU layers. glorot: U(±sqrt(6/(fan_in+fan_out))), for tanh/sigmoid.
    """
    shape = tuple(int(s) for s in shape)
    if len(shape) == 4:
        receptive = shape[2] * shape[3]
        fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    elif len(shape) == 2:  # a bare kernel (kH, kW): one filter on one channel
        fan_in = fan_out = shape[0] * shape[1]
    else:
        raise ValueError(f"shape must be (kH, kW) or (out, in, kH, kW), got {shape}")
    rng = np.random.default_rng(seed)
    if scheme == "he":
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), shape)
    if scheme == "glorot":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, shape)
    raise ValueError(f"scheme must be 'he' or 'glorot', got {scheme!r}")
