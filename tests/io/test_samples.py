"""Synthetic patterns and the bundled sample photographs."""

from __future__ import annotations

import numpy as np
import pytest

from convviz.io.images import load_image
from convviz.io.samples import PATTERNS, SAMPLES_DIR, bundled_samples, synthetic


@pytest.mark.parametrize("name", sorted(PATTERNS))
@pytest.mark.parametrize("height, width", [(64, 96), (1, 1), (7, 3)])
def test_every_pattern_is_float32_in_unit_range(name, height, width):
    image = synthetic(name, height, width)
    assert image.shape == (height, width) and image.dtype == np.float32
    assert image.min() >= 0 and image.max() <= 1


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_are_not_blank(name):
    image = synthetic(name, 64, 64)
    assert image.max() > image.min()


def test_impulse_is_one_centred_pixel():
    image = synthetic("impulse", 5, 7)
    assert image.sum() == 1 and image[2, 3] == 1


def test_text_draws_dark_ink_on_white():
    image = synthetic("text", 64, 200)
    assert np.median(image) == 1.0 and image.min() < 0.3


def test_stripes_vary_only_along_x():
    image = synthetic("stripes", 10, 48)
    assert np.all(image == image[0]) and len(np.unique(image[0])) == 2


def test_unknown_pattern_and_bad_size():
    with pytest.raises(ValueError, match="unknown pattern"):
        synthetic("plaid")
    with pytest.raises(ValueError):
        synthetic("gradient", 0, 4)


def test_bundled_samples_load_and_stay_small():
    samples = bundled_samples()
    assert len(samples) >= 2
    assert sum(p.stat().st_size for p in SAMPLES_DIR.iterdir()) < 1_000_000
    assert (SAMPLES_DIR / "README.md").is_file() and SAMPLES_DIR / "README.md" not in samples
    for path in samples:
        image = load_image(path)
        assert image.array.ndim == 3 and image.note == ""


def test_bundled_samples_of_missing_folder(tmp_path):
    assert bundled_samples(tmp_path / "nope") == []
