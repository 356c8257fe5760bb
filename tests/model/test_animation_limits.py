"""The sizes an animation refuses, refused from the sizes alone: before any array is made and
before any frame is drawn; and the largest accepted frames fit their width and are no taller."""

from __future__ import annotations

import numpy as np
import pytest

from convviz.model.teaching import animation, animation_files
from convviz.model.teaching.animation import AnimationConfig, build, validate
from convviz.model.teaching.animation_files import export
from convviz.model.teaching.animation_render import THEME_COLORS, render


@pytest.fixture
def no_arrays(monkeypatch):
    """Any pattern built (the input, kernel or gradient) fails the test: validation came too late."""

    def refuse(*args):
        raise AssertionError(f"an array of {args} was built before the sizes were checked")

    for name in ("input_pattern", "kernel_pattern", "gradient_pattern"):
        monkeypatch.setattr(animation, name, refuse)


@pytest.mark.parametrize(
    "config, words",
    [
        # (2 − 1)·1500 + 2 = 1502 stamped rows and columns.
        (AnimationConfig((2, 2), (2, 2), stride=1500, transposed=True), "1502×1502"),
        (AnimationConfig((20000, 20000), (20000, 20000)), "kernel would be 20000×20000"),
        (AnimationConfig((20000, 20000), (1, 1), stride=20000), "padded input would be 20000×20000"),
        (AnimationConfig((5, 5), (3, 3), padding=30), "padded input would be 65×65"),  # 5 + 2·30
        (AnimationConfig((65, 3), (3, 3), transposed=True, stride=1), "input would be 65×3"),
        (AnimationConfig((3, 3), (2, 2), transposed=True, dilation=70), "would be 73×73"),  # 2 + (2 − 1)·70 + 1
    ],
)
def test_a_grid_larger_than_64_a_side_is_refused_before_any_array_is_made(no_arrays, config, words):
    with pytest.raises(ValueError, match=words) as refused:
        build(config)
    assert "at most 64 cells a side" in str(refused.value)


def test_grids_wider_side_by_side_than_a_frame_holds_are_refused(no_arrays):
    # Backward at 50×50, 3×3, stride 25: X 50 + dY 2 + W 3 + dX 50 + dW 3 = 108 columns: fits.
    validate(AnimationConfig((50, 50), (3, 3), stride=25, backward=True))
    # 61 wide: 61 + 2 + 3 + 61 + 3 = 130 > 128 ((61 − 3) // 30 + 1 = 2 output columns).
    with pytest.raises(ValueError, match="130 cells wide"):
        build(AnimationConfig((10, 61), (3, 3), stride=(1, 30), backward=True))


def test_the_largest_side_is_accepted():
    assert validate(AnimationConfig((64, 64), (1, 1), stride=2)).out_hw == (32, 32)
    assert validate(AnimationConfig((2, 2), (2, 2), stride=62, transposed=True)) == (64, 64)


@pytest.mark.parametrize(
    "config",
    [
        AnimationConfig((64, 64), (1, 1), stride=2),  # the largest input
        AnimationConfig((62, 62), (3, 3), stride=8, padding=1),  # padded to 64
        AnimationConfig((40, 40), (4, 4), stride=12, backward=True),  # five grids, 40 + 4 + 4 + 40 + 4 wide
        AnimationConfig((64, 2), (1, 1), stride=2),  # tall and thin: 64 px cells made 4300 px
    ],
)
def test_the_largest_frames_fit_the_narrowest_width_and_are_no_taller_than_wide(config):
    image = next(render(config, width=800))
    assert image.width == 800 and image.height <= 800
    # Nothing drawn into the right margin: every grid fits inside the frame.
    edge = np.asarray(image)[:, -12:]
    assert (edge == THEME_COLORS["light"].background).all()


def test_a_tall_thin_input_gives_a_frame_no_taller_than_wide_at_1000_px():
    image = next(render(AnimationConfig((64, 4), (1, 1), stride=(2, 1)), width=1000))
    assert image.size[0] == 1000 and image.size[1] <= 1000


@pytest.fixture
def no_drawing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a frame was drawn before the file's budget was checked")

    monkeypatch.setattr(animation_files, "render", refuse)


def test_a_gif_too_large_for_memory_is_refused_before_a_frame_is_drawn(no_drawing, tmp_path):
    # 48·21 + 1 = 1009 frames of 3840 px width: gigabytes of GIF frames held while writing.
    with pytest.raises(ValueError, match="GIF of 1009 frames of 3840×"):
        export(AnimationConfig((48, 21), (1, 1)), tmp_path / "x.gif", width=3840)
    assert list(tmp_path.iterdir()) == []


def test_an_mp4_too_large_to_draw_is_refused_before_a_frame_is_drawn(no_drawing, tmp_path):
    def no_video(*args):
        raise AssertionError("the video was opened")

    with pytest.raises(ValueError, match="MP4 of 1009 frames of 3840×.*gigapixels"):
        export(AnimationConfig((48, 21), (1, 1)), tmp_path / "x.mp4", width=3840, open_video=no_video)
    assert list(tmp_path.iterdir()) == []
