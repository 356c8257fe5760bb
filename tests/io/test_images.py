"""load_image on every odd file a user might drop on the app, plus grayscale and PNG export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from convviz.io.images import ImageLoadError, LoadedImage, load_image, save_png, to_grayscale


def save(tmp_path: Path, image: Image.Image, name: str, **kwargs) -> Path:
    path = tmp_path / name
    image.save(path, **kwargs)
    return path


def test_rgb_png_is_float32_in_unit_range(tmp_path):
    pixels = np.zeros((4, 5, 3), np.uint8)
    pixels[0, 0] = (255, 128, 0)
    result = load_image(save(tmp_path, Image.fromarray(pixels), "rgb.png"))
    assert isinstance(result, LoadedImage)
    assert result.array.dtype == np.float32 and result.array.shape == (4, 5, 3)
    np.testing.assert_allclose(result.array[0, 0], [1.0, 128 / 255, 0.0], atol=1e-6)
    assert result.note == "" and result.original_size == (5, 4) and result.mode == "RGB"


def test_grayscale_png_stays_2d(tmp_path):
    result = load_image(save(tmp_path, Image.new("L", (3, 2), 51), "gray.png"))
    assert result.array.shape == (2, 3)
    np.testing.assert_allclose(result.array, 0.2, atol=1e-6)


def test_16_bit_png_scales_by_65535(tmp_path):
    data = np.array([[0, 1000, 65535]], np.uint16)
    path = save(tmp_path, Image.fromarray(data), "deep.png")
    result = load_image(path)
    assert result.mode.startswith("I")
    np.testing.assert_allclose(result.array, data / 65535.0, atol=1e-6)


def test_rgba_is_composited_over_white(tmp_path):
    pixels = np.array([[[255, 0, 0, 255], [0, 0, 0, 0], [0, 0, 0, 128]]], np.uint8)
    result = load_image(save(tmp_path, Image.fromarray(pixels, "RGBA"), "alpha.png"))
    assert result.array.shape == (1, 3, 3)
    np.testing.assert_allclose(result.array[0, 0], [1, 0, 0], atol=1e-6)
    np.testing.assert_allclose(result.array[0, 1], [1, 1, 1], atol=1e-6)  # transparent -> white
    assert 0.45 < result.array[0, 2, 0] < 0.55  # half-transparent black -> mid gray


def test_la_gives_gray(tmp_path):
    image = Image.fromarray(np.array([[[0, 0], [0, 255]]], np.uint8), "LA")
    result = load_image(save(tmp_path, image, "la.png"))
    np.testing.assert_allclose(result.array, [[1.0, 0.0]], atol=1e-6)


def test_palette_image_becomes_rgb(tmp_path):
    image = Image.new("P", (2, 2))
    image.putpalette([0, 0, 255, 0, 255, 0] + [0] * 762)
    image.putpixel((1, 0), 1)
    result = load_image(save(tmp_path, image, "palette.png"))
    assert result.mode == "P" and result.array.shape == (2, 2, 3)
    np.testing.assert_allclose(result.array[0, 0], [0, 0, 1])
    np.testing.assert_allclose(result.array[0, 1], [0, 1, 0])


def test_one_bit_image(tmp_path):
    image = Image.new("1", (4, 1), 0)
    image.putpixel((2, 0), 1)
    result = load_image(save(tmp_path, image, "bits.png"))
    np.testing.assert_allclose(result.array, [[0, 0, 1, 0]])


def test_one_by_one_pixel(tmp_path):
    result = load_image(save(tmp_path, Image.new("RGB", (1, 1), (10, 20, 30)), "dot.png"))
    assert result.array.shape == (1, 1, 3)


def test_float_tiff_outside_unit_range_is_stretched(tmp_path):
    data = np.array([[-2.0, 0.0, 6.0]], np.float32)
    result = load_image(save(tmp_path, Image.fromarray(data, "F"), "float.tif"))
    np.testing.assert_allclose(result.array, [[0.0, 0.25, 1.0]], atol=1e-6)


def test_huge_image_is_downscaled_with_a_note(tmp_path):
    path = save(tmp_path, Image.new("L", (5000, 4000), 200), "huge.png")
    result = load_image(path)
    assert result.array.shape == (1638, 2048)
    assert result.original_size == (5000, 4000)
    assert result.note == "Downscaled from 5000×4000 to 2048×1638 for speed."


def test_max_side_is_configurable(tmp_path):
    result = load_image(save(tmp_path, Image.new("RGB", (300, 100)), "wide.png"), max_side=150)
    assert result.array.shape == (50, 150, 3) and "300×100" in result.note


def test_exif_orientation_is_applied(tmp_path):
    pixels = np.zeros((20, 40, 3), np.uint8)
    pixels[:, :20] = 255  # left half white: after a 90° clockwise turn the top half is white
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° CW to display
    path = save(tmp_path, Image.fromarray(pixels), "phone.jpg", exif=exif, quality=95)
    result = load_image(path)
    assert result.array.shape == (40, 20, 3)
    assert result.original_size == (20, 40)
    assert result.array[5, 10].mean() > 0.9 and result.array[35, 10].mean() < 0.1


def test_non_ascii_path(tmp_path):
    folder = tmp_path / "Bilder – 写真"
    folder.mkdir()
    result = load_image(save(folder, Image.new("RGB", (2, 2)), "Ünïcødé 猫.png"))
    assert result.path.name == "Ünïcødé 猫.png"


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda d: d / "missing.png", "does not exist"),
        (lambda d: d, "folder"),
    ],
)
def test_missing_file_and_folder(tmp_path, make, reason):
    with pytest.raises(ImageLoadError, match=reason):
        load_image(make(tmp_path))


def test_empty_file(tmp_path):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    with pytest.raises(ImageLoadError, match="'empty.png'.*empty"):
        load_image(path)


def test_text_renamed_png(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("this is not a picture", encoding="utf-8")
    with pytest.raises(ImageLoadError, match="'notes.png'.*not an image"):
        load_image(path)


def test_truncated_png(tmp_path):
    whole = save(tmp_path, Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64, 3), np.uint8)), "a.png")
    cut = tmp_path / "cut.png"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ImageLoadError, match="'cut.png'.*truncated"):
        load_image(cut)


def test_to_grayscale_uses_bt601():
    rgb = np.array([[[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]]], np.float32)
    gray = to_grayscale(rgb)
    assert gray.dtype == np.float32 and gray.shape == (1, 4)
    np.testing.assert_allclose(gray[0], [0.299, 0.587, 0.114, 1.0], atol=1e-6)
    assert to_grayscale(gray) is gray
    with pytest.raises(ValueError):
        to_grayscale(np.zeros((2, 2, 4)))


def test_save_png_8_and_16_bit(tmp_path):
    feature_map = np.array([[-1.0, 0.0, 1.0]])
    save_png(tmp_path / "m8.png", feature_map)
    np.testing.assert_array_equal(np.asarray(Image.open(tmp_path / "m8.png")), [[0, 128, 255]])
    save_png(tmp_path / "m16.png", feature_map, levels=(0.0, 1.0), bits=16)
    np.testing.assert_array_equal(np.asarray(Image.open(tmp_path / "m16.png")), [[0, 0, 65535]])


def test_save_png_rgb_16_bit_keeps_channel_order(tmp_path):
    rgb = np.random.default_rng(1).random((3, 4, 3))
    save_png(tmp_path / "ü.png", rgb, levels=(0.0, 1.0), bits=16)
    back = load_image(tmp_path / "ü.png").array  # Pillow reads 48-bit RGB at 8-bit precision
    np.testing.assert_allclose(back, rgb, atol=1 / 255 + 1e-6)


def test_save_png_flat_map_and_bad_arguments(tmp_path):
    save_png(tmp_path / "flat.png", np.full((2, 2), 3.0))
    assert np.asarray(Image.open(tmp_path / "flat.png")).max() == 0
    with pytest.raises(ValueError):
        save_png(tmp_path / "x.png", np.zeros((2, 2)), bits=12)
    with pytest.raises(ValueError):
        save_png(tmp_path / "x.png", np.zeros((2, 2, 2)))


def test_a_missing_file_is_named_by_the_path_as_typed(tmp_path):
    typed = tmp_path / "sub dir" / "nope.png"
    with pytest.raises(ImageLoadError) as caught:
        load_image(typed)
    assert f"'{typed}'" in str(caught.value)  # --image /somewhere/x.png says where it looked


@pytest.mark.parametrize("fmt", ["ICO", "TGA", "PCX"])
def test_formats_outside_the_allow_list_are_not_decoded_even_when_pillow_could(tmp_path, fmt):
    path = tmp_path / "looks_like.png"
    Image.new("RGB", (16, 16), (200, 10, 10)).save(path, format=fmt)
    assert Image.open(path).format == fmt  # Pillow alone would pick its decoder from the content
    with pytest.raises(ImageLoadError, match="not an image convviz reads"):
        load_image(path)


def test_postscript_content_is_not_decoded(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n")
    with pytest.raises(ImageLoadError, match="not an image convviz reads"):
        load_image(path)


def test_save_png_rgb_16_bit_keeps_every_bit(tmp_path):
    # OpenCV is an independent decoder that reads 48-bit RGB at full precision (as BGR).
    import cv2

    rgb = np.random.default_rng(2).random((5, 7, 3))
    save_png(tmp_path / "full.png", rgb, levels=(0.0, 1.0), bits=16)
    back = cv2.imdecode(np.fromfile(tmp_path / "full.png", np.uint8), cv2.IMREAD_UNCHANGED)
    assert back.dtype == np.uint16 and back.shape == (5, 7, 3)
    np.testing.assert_array_equal(back[:, :, ::-1], np.round(rgb * 65535).astype(np.uint16))


def test_the_file_and_the_layer_input_agree_on_gray():
    from convviz.model.state import ColorMode, to_chw

    rgb = np.random.default_rng(3).random((5, 7, 3), dtype=np.float32)
    np.testing.assert_array_equal(to_grayscale(rgb), to_chw(rgb, ColorMode.GRAY)[0])
