"""The animation files as a viewer reads them back: Pillow opens the GIF, OpenCV the MP4; a
cancelled or failed export leaves nothing in the folder."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from convviz.camera.recorder import VideoRecorder
from convviz.model.teaching.animation import AnimationConfig
from convviz.model.teaching.animation_files import export


def gif_frames(path):
    with Image.open(path) as im:
        frames = []
        for i in range(im.n_frames):
            im.seek(i)
            frames.append((np.asarray(im.convert("RGB")).copy(), im.info.get("duration")))
        return frames


def mp4_frames(path):
    cap = cv2.VideoCapture(str(path))
    frames = []
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        frames.append(frame)
    cap.release()
    return frames


def test_a_gif_has_one_frame_per_output_cell_plus_one_at_least_800_wide(tmp_path):
    # 5×5, 3×3, stride 2, padding 1: (5 + 2 − 3) // 2 + 1 = 3 → 9 output cells.
    result = export(AnimationConfig((5, 5), (3, 3), 2, 1), tmp_path / "conv.gif", width=800, fps=4)
    with Image.open(tmp_path / "conv.gif") as im:
        assert im.n_frames == 10 and im.width >= 800 and im.info["loop"] == 0
    frames = gif_frames(tmp_path / "conv.gif")
    # every frame shows a step
    assert all(not np.array_equal(a, b) for (a, _), (b, _) in zip(frames, frames[1:], strict=False))
    assert frames[0][1] == 250 and frames[-1][1] >= 2000  # 4 fps; the result stays on screen
    assert result.frames == 10 and (tmp_path / "conv.gif").stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["conv.gif"]  # no temporary file left


@pytest.mark.parametrize(
    "config, positions",
    [
        (AnimationConfig((6, 6), (3, 3), 2, "same", backward=True), 9),  # ceil(6 / 2)² output cells
        (AnimationConfig((3, 4), (3, 3), 2, 1, transposed=True, output_padding=1), 12),  # one stamp per input cell
    ],
)
def test_an_mp4_reads_back_with_every_frame_at_the_frame_size(tmp_path, config, positions):
    result = export(config, tmp_path / "a.mp4", width=1200, open_video=VideoRecorder)
    frames = mp4_frames(tmp_path / "a.mp4")
    assert len(frames) == positions + 1 == result.frames
    cap = cv2.VideoCapture(str(tmp_path / "a.mp4"))
    assert int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)) == 1200 == result.size[0]
    assert int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT)) == result.size[1] == frames[0].shape[0]
    cap.release()


def test_the_light_theme_is_white_the_dark_one_dark_and_numbers_can_be_left_out(tmp_path):
    cfg = AnimationConfig((4, 4), (3, 3))
    export(cfg, tmp_path / "light.gif")
    export(cfg, tmp_path / "dark.gif", theme="dark")
    export(cfg, tmp_path / "bare.gif", numbers=False)
    light, dark, bare = (gif_frames(tmp_path / f"{n}.gif")[0][0] for n in ("light", "dark", "bare"))
    assert tuple(light[2, 2]) == (255, 255, 255)
    assert max(dark[2, 2]) < 60
    # Without numbers the cells hold no dark text: far fewer near-black pixels.
    assert (bare.max(axis=2) < 80).sum() < 0.7 * (light.max(axis=2) < 80).sum()


@pytest.mark.parametrize("fmt", ["gif", "mp4"])
def test_cancelling_mid_way_leaves_no_file(tmp_path, fmt):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 4

    result = export(
        AnimationConfig((5, 5), (3, 3), 1, 1), tmp_path / f"x.{fmt}", progress=progress, open_video=VideoRecorder
    )
    assert result.cancelled and seen[-1] == (4, 26)
    assert list(tmp_path.iterdir()) == []


def test_a_writer_that_fails_leaves_no_half_file(tmp_path):
    class Broken:
        def __init__(self, path, fps, size):
            self.inner = VideoRecorder(path, fps, size)
            self.n = 0

        def write(self, frame):
            self.n += 1
            if self.n == 3:
                raise OSError("disk full")
            self.inner.write(frame)

        def close(self):
            self.inner.close()

    with pytest.raises(OSError, match="disk full"):
        export(AnimationConfig((5, 5), (3, 3)), tmp_path / "x.mp4", open_video=Broken)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "options, words",
    [({"width": 640}, "between 800"), ({"theme": "blue"}, "light or dark"), ({"fmt": "avi"}, "gif, mp4")],
)
def test_bad_options_are_refused_before_anything_is_written(tmp_path, options, words):
    with pytest.raises(ValueError, match=words):
        export(AnimationConfig((5, 5), (3, 3)), tmp_path / "x.gif", **options)
    assert list(tmp_path.iterdir()) == []
