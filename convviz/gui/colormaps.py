"""The app's one colour system: the colour maps for feature maps (diverging for signed data with
symmetric levels, or sequential), used by the explorer, the stack's tiles and the stepper, and
the gray ramp for pictures that show magnitudes only."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from convviz.model.layer import drawing

DIVERGING = ("CET-D1", "CET-D1A", "CET-D3", "CET-D9", "CET-D13")
SEQUENTIAL = ("viridis", "magma", "inferno", "cividis", "CET-L1")
NAMES = DIVERGING + SEQUENTIAL
DEFAULT = "CET-D1"


def colormap(name: str) -> pg.ColorMap:
    return pg.colormap.get(name if name in NAMES else DEFAULT)


def lut(name: str) -> np.ndarray:
    """256-entry uint8 lookup table (what ImageItem draws fastest)."""
    return colormap(name).getLookupTable(0.0, 1.0, 256, alpha=False)


def gray_colormap() -> pg.ColorMap:
    """Black to white: maps of magnitudes (no negative cell) are drawn with it, like a photo."""
    return pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)], name="gray")


def gray_lut() -> np.ndarray:
    """256-entry uint8 gray ramp, black to white (a fresh copy: callers may reverse or edit it)."""
    return np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, axis=1)


def is_diverging(name: str) -> bool:
    """Diverging maps (and unknown names, which fall back to the default) use symmetric levels."""
    return name in DIVERGING or name not in NAMES


def levels_for(maps: np.ndarray, name: str = DEFAULT) -> tuple[float, float]:
    """The levels `name` draws `maps` with (see `convviz.model.layer.drawing.levels_for`)."""
    return drawing.levels_for(maps, symmetric=is_diverging(name))


def to_rgb(array: np.ndarray, name: str, levels: tuple[float, float]) -> np.ndarray:
    """(H, W, 3) float in [0, 1]: the map coloured as the view shows it (for PNG export)."""
    lo, hi = levels
    norm = np.clip((array - lo) / ((hi - lo) or 1.0), 0.0, 1.0)
    return colormap(name).map(norm, mode="float")[..., :3]
