"""Load any picture a user drops on the app as a float32 array in [0, 1]; export float maps as PNG.

Qt-free. Pillow does the decoding so 16-bit, palette, 1-bit and EXIF-rotated files behave the
same on every platform. Transparency is composited over white (what a viewer shows on a light
background) rather than dropped, so transparent pixels do not turn into arbitrary colours.
"""

from __future__ import annotations

import math
import os
import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from convviz.model.limits import IMAGE_MAX_PIXELS, IMAGE_MAX_SIDE
from convviz.model.state import BT601_LUMA
from convviz.text import tr

# The decoders convviz uses; anything else (EPS runs Ghostscript, and dozens more) is refused.
ALLOWED_FORMATS = ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP", "PPM")
FORMAT_NAMES = ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WebP", "PPM/PGM")
_EXIF_ORIENTATION = 0x0112
# EXIF orientation -> the transpose that shows the picture upright (EXIF 2.3, tag 274).
_EXIF_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

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


def load_image(path: str | os.PathLike[str], max_side: int = IMAGE_MAX_SIDE) -> LoadedImage:
    """Read ``path`` into a float32 array; images longer than ``max_side`` are downscaled (see ``note``).

    The file is hostile until proven otherwise: only the formats in ``ALLOWED_FORMATS`` are
    decoded (Pillow would otherwise pick a decoder from the content, and hand PostScript to
    Ghostscript), and the pixel count is checked from the header before anything is decoded.
    """
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise ImageLoadError(tr("Images", "Cannot open '{path}': the file does not exist.").format(path=path))
    if path.is_dir():
        raise ImageLoadError(tr("Images", "Cannot open '{name}': it is a folder, not an image file.").format(name=name))
    if path.stat().st_size == 0:
        raise ImageLoadError(tr("Images", "Cannot open '{name}': the file is empty.").format(name=name))
    try:
        with warnings.catch_warnings():
            # Our own, lower limit is checked from the header below (and names the size).
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path, formats=ALLOWED_FORMATS) as opened:
                original_size, mode = _rotated(opened.size, _orientation(opened)), opened.mode
                _check_pixels(name, opened.size)
                image = _decode_reduced(opened, max_side)
    except UnidentifiedImageError:
        raise ImageLoadError(
            tr("Images", "Cannot open '{name}': it is not an image convviz reads ({formats}).").format(
                name=name, formats=", ".join(FORMAT_NAMES)
            )
        ) from None
    except Image.DecompressionBombError:  # Pillow's hard limit, reached while opening
        raise ImageLoadError(_too_many_pixels(name, None)) from None
    except PermissionError:
        raise ImageLoadError(tr("Images", "Cannot open '{name}': permission denied.").format(name=name)) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageLoadError(
            tr("Images", "Cannot open '{name}': the file is truncated or corrupt ({reason}).").format(
                name=name, reason=exc
            )
        ) from None

    image = _to_working_mode(image)
    note = ""
    if max(image.size) > max_side:
        scale = max_side / max(image.size)
        new_size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(new_size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if image.size != original_size:
        note = tr("Images", "Downscaled from {width0}×{height0} to {width}×{height} for speed.").format(
            width0=original_size[0], height0=original_size[1], width=image.size[0], height=image.size[1]
        )
    return LoadedImage(_to_float(image), path, note, original_size, mode)


def _check_pixels(name: str, size: tuple[int, int]) -> None:
    if size[0] * size[1] > IMAGE_MAX_PIXELS:
        raise ImageLoadError(_too_many_pixels(name, size))


def _too_many_pixels(name: str, size: tuple[int, int] | None) -> str:
    limit = f"{IMAGE_MAX_PIXELS / 1e6:.0f}"
    if size is None:
        text = tr(
            "Images",
            "Cannot open '{name}': it has too many pixels to load safely; convviz opens pictures of up to {limit} megapixels. Make a smaller copy first.",  # noqa: E501 (one literal, as lupdate reads it)
        )
        return text.format(name=name, limit=limit)
    text = tr(
        "Images",
        "Cannot open '{name}': it has too many pixels ({width}×{height}) to load safely; convviz opens pictures of up to {limit} megapixels. Make a smaller copy first.",  # noqa: E501 (one literal, as lupdate reads it)
    )
    return text.format(name=name, width=size[0], height=size[1], limit=limit)


def _decode_reduced(opened: Image.Image, max_side: int) -> Image.Image:
    """Decode, already shrunk toward ``max_side`` where that is cheap, then undo EXIF rotation.

    JPEG decodes straight to 1/2, 1/4 or 1/8 size (``draft``); other formats are reduced by a
    whole factor right after decoding, before alpha compositing and float conversion would
    multiply the memory of a full-size copy.
    """
    orientation = _orientation(opened)
    long_side = max(opened.size)
    if opened.format == "JPEG" and long_side > max_side:
        scale = max_side / long_side
        opened.draft(opened.mode, (math.ceil(opened.width * scale), math.ceil(opened.height * scale)))
    opened.load()
    image = opened
    factor = max(image.size) // max_side
    if factor >= 2:
        image = image.reduce(factor)  # averages factor×factor blocks (alpha premultiplied)
    if orientation in _EXIF_TRANSPOSE:
        image = image.transpose(_EXIF_TRANSPOSE[orientation])
    return image if image is not opened else opened.copy()


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(_EXIF_ORIENTATION, 1))
    except (TypeError, ValueError, SyntaxError, OSError):  # a malformed EXIF block: no rotation
        return 1


def _rotated(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    return (size[1], size[0]) if orientation in (5, 6, 7, 8) else size


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


def save_png(
    path: str | os.PathLike[str], array: np.ndarray, levels: tuple[float, float] | None = None, bits: int = 8
) -> None:
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
    # Pillow cannot write 48-bit RGB, and io stays free of OpenCV: the PNG is short enough to write
    # here (PNG spec: IHDR, one IDAT of zlib-compressed rows, each row led by filter type 0, IEND).
    path.write_bytes(_png_rgb16(pixels))


def _png_rgb16(pixels: np.ndarray) -> bytes:
    """(H, W, 3) uint16 as the bytes of a 16-bit-per-channel RGB PNG."""
    h, w, _ = pixels.shape
    samples = np.ascontiguousarray(pixels, dtype=">u2").view(np.uint8).reshape(h, w * 6)
    rows = np.concatenate([np.zeros((h, 1), np.uint8), samples], axis=1)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0)  # 16 bits, colour type 2 (RGB), no interlace
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows.tobytes(), 6))
        + chunk(b"IEND", b"")
    )
