"""Load any picture a user drops on the app as a float32 array in [0, 1]; export float maps as PNG.

Qt-free. Pillow does the decoding so 16-bit, palette, 1-bit and EXIF-rotated files behave the
same on every platform. Transparency is composited over white (what a viewer shows on a light
background) rather than dropped, so transparent pixels do not turn into arbitrary colours.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

# ITU-R BT.601 luma weights (what JPEG and most "convert to gray" tools use).
BT601_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)

_SIXTEEN_BIT_MODES = {"I;16", "I;16L", "I;16B", "I;16N"}
_GRAY_MODES = {"L", "I", "F"} | _SIXTEEN_BIT_MODES


class ImageLoadError(Exception):
    """The file could not be read as an image; the message is one sentence naming the file."""


@dataclass(frozen=True)
class LoadedImage:
    array: np.ndarray  # float32 in [0, 1], (H, W) gray or (H, W, 3) RGB
    path: Path
    note: str  # "" or a sentence the GUI should show (e.g. that the image was downscaled)
    original_size: tuple[int, int]  # (width, height) after EXIF rotation, before downscaling
    mode: str  # Pillow mode of the file, e.g. "RGB", "I;16", "P"


def load_image(path: str | os.PathLike[str], max_side: int = 2048) -> LoadedImage:
    """Read ``path`` into a float32 array; images longer than ``max_side`` are downscaled (see ``note``)."""
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise ImageLoadError(f"Cannot open '{name}': the file does not exist.")
    if path.is_dir():
        raise ImageLoadError(f"Cannot open '{name}': it is a folder, not an image file.")
    if path.stat().st_size == 0:
        raise ImageLoadError(f"Cannot open '{name}': the file is empty.")
    try:
        with Image.open(path) as opened:
            mode = opened.mode
            image = ImageOps.exif_transpose(opened)  # also forces a full decode
            image.load()
    except UnidentifiedImageError:
        raise ImageLoadError(f"Cannot open '{name}': it is not an image format Pillow can read.") from None
    except Image.DecompressionBombError:
        raise ImageLoadError(f"Cannot open '{name}': it has too many pixels to load safely.") from None
    except PermissionError:
        raise ImageLoadError(f"Cannot open '{name}': permission denied.") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageLoadError(f"Cannot open '{name}': the file is truncated or corrupt ({exc}).") from None

    original_size = image.size
    image = _to_working_mode(image)
    note = ""
    if max(image.size) > max_side:
        scale = max_side / max(image.size)
        new_size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(new_size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        note = (f"Downscaled from {original_size[0]}×{original_size[1]} to "
                f"{new_size[0]}×{new_size[1]} for speed.")
    return LoadedImage(_to_float(image), path, note, original_size, mode)


def _to_working_mode(image: Image.Image) -> Image.Image:
    """Reduce every Pillow mode to one of L, RGB, I;16, I or F (alpha composited over white)."""
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("RGBA", "LA", "La", "RGBa", "PA"):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        composed = Image.alpha_composite(white, rgba)
        return composed.convert("L" if image.mode in ("LA", "La") else "RGB")
    if image.mode == "1":
        return image.convert("L")
    if image.mode in _GRAY_MODES or image.mode == "RGB":
        return image
    return image.convert("RGB")  # CMYK, YCbCr, LAB, HSV, ...


def _to_float(image: Image.Image) -> np.ndarray:
    """Scale by the range of the pixel type: 255 for 8-bit, 65535 for 16-bit."""
    data = np.asarray(image)
    if image.mode in ("L", "RGB"):
        return data.astype(np.float32) / np.float32(255.0)
    if image.mode in _SIXTEEN_BIT_MODES:
        return data.astype(np.float32) / np.float32(65535.0)
    values = data.astype(np.float64)
    if image.mode == "I" and values.min() >= 0 and values.max() <= 65535:
        return (values / 65535.0).astype(np.float32)  # Pillow often reads 16-bit data as "I"
    if image.mode == "F" and values.min() >= 0 and values.max() <= 1:
        return values.astype(np.float32)
    # 32-bit data outside any known range: stretch its actual min..max to 0..1.
    finite = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
    low, high = float(finite.min()), float(finite.max())
    if high <= low:
        return np.zeros(values.shape, np.float32)
    return ((finite - low) / (high - low)).astype(np.float32)


def to_grayscale(rgb: np.ndarray) -> np.ndarray:
    """ITU-R BT.601 luma of an (H, W, 3) array; an (H, W) array is returned unchanged."""
    rgb = np.asarray(rgb)
    if rgb.ndim == 2:
        return rgb
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"rgb must be (H, W) or (H, W, 3), got shape {rgb.shape}")
    dtype = rgb.dtype if np.issubdtype(rgb.dtype, np.floating) else np.float32
    return (rgb.astype(dtype, copy=False) @ BT601_LUMA.astype(dtype)).astype(dtype, copy=False)


def save_png(path: str | os.PathLike[str], array: np.ndarray,
             levels: tuple[float, float] | None = None, bits: int = 8) -> None:
    """Write a float map at full resolution; ``levels`` (low, high) map to black and white.

    Without ``levels`` the array's own min..max is used (a flat map becomes black).
    ``bits`` is 8 or 16; 16-bit keeps the fine gradations of a feature map.
    """
    data = np.asarray(array, dtype=np.float64)
    if data.ndim not in (2, 3) or (data.ndim == 3 and data.shape[2] != 3) or data.size == 0:
        raise ValueError(f"array must be (H, W) or (H, W, 3), got shape {data.shape}")
    if bits not in (8, 16):
        raise ValueError(f"bits must be 8 or 16, got {bits}")
    finite = np.nan_to_num(data, nan=0.0, posinf=0.0, neginf=0.0)
    low, high = levels if levels is not None else (float(finite.min()), float(finite.max()))
    span = high - low
    scaled = np.clip((finite - low) / span, 0.0, 1.0) if span > 0 else np.zeros_like(finite)
    top = 255 if bits == 8 else 65535
    pixels = np.round(scaled * top).astype(np.uint8 if bits == 8 else np.uint16)
    if bits == 8:
        Image.fromarray(pixels).save(Path(path), format="PNG")
    elif pixels.ndim == 2:
        Image.fromarray(pixels).save(Path(path), format="PNG")  # mode I;16
    else:
        _save_rgb16(Path(path), pixels)


def _save_rgb16(path: Path, pixels: np.ndarray) -> None:
    # Pillow cannot write 48-bit RGB; OpenCV can. Encode to memory so non-ASCII paths work.
    import cv2

    ok, encoded = cv2.imencode(".png", np.ascontiguousarray(pixels[:, :, ::-1]))
    if not ok:
        raise OSError(f"Could not encode '{path.name}' as a 16-bit PNG.")
    path.write_bytes(encoded.tobytes())
