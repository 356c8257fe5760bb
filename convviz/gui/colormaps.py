"""The app's one colour system: the colour maps for feature maps (diverging for signed data with
symmetric levels, or sequential), used by the explorer, the stack's tiles and the stepper, and
the gray ramp for pictures that show magnitudes only."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

DIVERGING = ("CET-D1", "CET-D1A", "CET-D3", "CET-D9", "CET-D13")
SEQUENTIAL = ("viridis", "magma", "inferno", "cividis", "CET-L1")
NAMES = DIVERGING + SEQUENTIAL
DEFAULT = "CET-D1"


def colormap(name: str) -> pg.ColorMap:
    return pg.colormap.get(name if name in NAMES else DEFAULT)


def lut(name: str) -> np.ndarray:
    """256-entry uint8 lookup table (what ImageItem draws fastest)."""
    return colormap(name).getLookupTable(0.0, 1.0, 256, alpha=False)


def gray_lut() -> np.ndarray:
    """256-entry uint8 gray ramp, black to white (a fresh copy: callers may reverse or edit it)."""
    return np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, axis=1)


def levels_for(maps: np.ndarray, name: str = DEFAULT) -> tuple[float, float]:
    """Diverging maps get symmetric (−m, m) levels so zero is always the neutral centre colour
    (also after ReLU, where "nothing" must not look like "very negative"); sequential maps
    get the data's own range."""
    finite = maps[np.isfinite(maps)]
    if finite.size == 0:
        return -1.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    if name in DIVERGING or name not in NAMES:
        m = max(abs(lo), abs(hi)) or 1.0
        return -m, m
    return (lo, hi) if hi > lo else (lo - 0.5, lo + 0.5)


def to_rgb(array: np.ndarray, name: str, levels: tuple[float, float]) -> np.ndarray:
    """(H, W, 3) float in [0, 1]: the map coloured as the view shows it (for PNG export)."""
    lo, hi = levels
    norm = np.clip((array - lo) / ((hi - lo) or 1.0), 0.0, 1.0)
    return colormap(name).map(norm, mode="float")[..., :3]
