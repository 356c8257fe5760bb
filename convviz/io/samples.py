"""Test inputs: synthetic patterns drawn by code, and the pictures bundled in convviz/resources/samples/.

Patterns are float32 (H, W) in [0, 1], chosen so each preset kernel shows something clear:
edges (checkerboard, circles, text), orientation (stripes), smoothness (gradient) and the
kernel itself (impulse: a conv of a single bright pixel draws the flipped kernel); digit is a
handwritten 3 for the trained LeNet-5.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from convviz.text import tr

# Package data (declared in pyproject.toml), so a wheel install carries the pictures too.
SAMPLES_DIR = Path(str(resources.files("convviz") / "resources" / "samples"))
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp")


def checkerboard(height: int, width: int, cell: int = 0) -> np.ndarray:
    cell = cell or max(2, min(height, width) // 8)
    rows, cols = np.indices((height, width))
    return ((rows // cell + cols // cell) % 2).astype(np.float32)


def gradient(height: int, width: int) -> np.ndarray:
    """Left-to-right ramp from 0 to 1 (a blur changes nothing, an edge kernel gives ~0)."""
    ramp = np.linspace(0.0, 1.0, width, dtype=np.float32)
    return np.broadcast_to(ramp, (height, width)).copy()


def circles(height: int, width: int) -> np.ndarray:
    """Concentric rings: edges in every orientation at once."""
    rows, cols = np.indices((height, width), dtype=np.float32)
    radius = np.hypot(rows - (height - 1) / 2, cols - (width - 1) / 2)
    period = max(4.0, min(height, width) / 8)
    return ((radius // (period / 2)) % 2 == 0).astype(np.float32)


def text(height: int, width: int, message: str = "convviz") -> np.ndarray:
    """Dark text on white, in Pillow's default font scaled to fill about half the height."""
    canvas = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(canvas)
    size = max(8, height // 3)
    try:
        font: ImageFont.ImageFont | ImageFont.FreeTypeFont = ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has only the fixed bitmap font
        font = ImageFont.load_default()
    left, top, right, bottom = draw.textbbox((0, 0), message, font=font)
    origin = ((width - (right - left)) / 2 - left, (height - (bottom - top)) / 2 - top)
    draw.text(origin, message, fill=0, font=font)
    return np.asarray(canvas, dtype=np.float32) / np.float32(255.0)


def impulse(height: int, width: int) -> np.ndarray:
    """One bright pixel in the centre: its feature map is the kernel's (flipped) footprint."""
    image = np.zeros((height, width), np.float32)
    image[(height - 1) // 2, (width - 1) // 2] = 1.0
    return image


def stripes(height: int, width: int, period: int = 0) -> np.ndarray:
    """Vertical bars: a horizontal-gradient kernel (sobel_x) fires, sobel_y stays dark."""
    period = period or max(2, width // 12)
    cols = np.arange(width)
    bars = ((cols // max(1, period // 2)) % 2).astype(np.float32)
    return np.broadcast_to(bars, (height, width)).copy()


DIGIT_ROW = 1950  # in the bundled digits: the first test image of a 3 (of each digit, rows 450–499 test)


def digit(height: int, width: int) -> np.ndarray:
    """A handwritten 3 from the bundled MNIST digits' test part (never trained on), white on
    black, scaled up to fill the picture: what the shipped LeNet-5 in the stack tab reads."""
    from convviz.io.datasets import load_mnist5k  # the 5,000 digits are read only when asked for

    pixels = load_mnist5k().images[DIGIT_ROW, 0]
    image = Image.fromarray(pixels).resize((width, height), Image.Resampling.BILINEAR)
    return np.clip(np.asarray(image, dtype=np.float32), 0.0, 1.0)


PATTERNS: dict[str, Callable[[int, int], np.ndarray]] = {
    "checkerboard": checkerboard,
    "gradient": gradient,
    "circles": circles,
    "text": text,
    "impulse": impulse,
    "stripes": stripes,
    "digit": digit,
}


def synthetic(name: str, height: int = 256, width: int = 256) -> np.ndarray:
    """The named pattern (one of PATTERNS) as float32 (height, width) in [0, 1]."""
    if name not in PATTERNS:
        raise ValueError(
            tr("Samples", "unknown pattern {name}; choose from {names}").format(name=repr(name), names=sorted(PATTERNS))
        )
    if height < 1 or width < 1:
        raise ValueError(
            tr("Samples", "height and width must be >= 1, got {height}×{width}").format(height=height, width=width)
        )
    return PATTERNS[name](height, width)


def bundled_samples(directory: Path = SAMPLES_DIR) -> list[Path]:
    """Image files shipped in convviz/resources/samples/, sorted by name (empty if the folder is missing)."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
