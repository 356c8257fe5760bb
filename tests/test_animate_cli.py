"""python -m convviz.animate, run as a user runs it: the files it writes read back with Pillow and
OpenCV, and its one-line errors with exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]


def animate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "convviz.animate", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_issue_s_example_writes_a_gif_of_ten_frames(tmp_path):
    out = tmp_path / "conv.gif"
    done = animate("--input", "5", "--kernel", "3", "--stride", "2", "--padding", "1", "--out", str(out))
    assert done.returncode == 0, done.stderr
    with Image.open(out) as im:
        assert im.n_frames == 9 + 1 and im.width >= 800  # (5 + 2·1 − 3) // 2 + 1 = 3: 3×3 positions
    assert str(out) in done.stdout and "10 frames" in done.stdout


def test_a_backward_mp4_with_dilation_and_the_options(tmp_path):
    out = tmp_path / "back.mp4"
    done = animate(
        "--input", "7", "--kernel", "3", "--dilation", "2", "--padding", "same", "--backward",
        "--no-numbers", "--theme", "dark", "--width", "1280", "--fps", "5", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    cap = cv2.VideoCapture(str(out))
    frames = 0
    while cap.read()[0]:
        frames += 1
    assert frames == 7 * 7 + 1  # SAME at stride 1 keeps the 7×7 size
    assert int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)) == 1280
    assert cap.get(cv2.CAP_PROP_FPS) == pytest.approx(5)
    cap.release()


def test_a_transposed_gif_has_one_frame_per_stamp(tmp_path):
    out = tmp_path / "t.gif"
    done = animate(
        "--input", "3x2", "--kernel", "3", "--stride", "2", "--padding", "1", "--transposed",
        "--output-padding", "1", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Image.open(out) as im:
        assert im.n_frames == 3 * 2 + 1


def test_a_configuration_with_no_output_is_one_line_and_status_2(tmp_path):
    out = tmp_path / "none.gif"
    done = animate("--input", "2", "--kernel", "3", "--out", str(out))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no output" in lines[0]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args, words",
    [
        (["--stride", "0"], "--stride"),
        (["--padding", "full"], "--padding"),
        (["--width", "500"], "--width"),
        (["--theme", "blue"], "--theme"),
        (["--output-padding", "1"], "--transposed"),
        (["--transposed", "--backward"], "--backward"),
    ],
)
def test_bad_values_are_argparse_errors(tmp_path, args, words):
    done = animate("--input", "5", "--kernel", "3", *args, "--out", str(tmp_path / "x.gif"))
    assert done.returncode == 2 and words in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_output_that_is_neither_gif_nor_mp4_is_refused(tmp_path):
    done = animate("--input", "5", "--kernel", "3", "--out", str(tmp_path / "x.avi"))
    assert done.returncode == 2 and ".gif or .mp4" in done.stderr


@pytest.mark.parametrize(
    "args, words",
    [
        (["--input", "2", "--kernel", "2", "--stride", "1500", "--transposed"], "1502×1502"),  # (2 − 1)·1500 + 2
        (["--input", "20000", "--kernel", "20000"], "20000×20000"),
    ],
)
def test_grids_too_large_to_draw_are_one_line_and_status_2(tmp_path, args, words):
    done = animate(*args, "--out", str(tmp_path / "big.gif"))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "at most 64 cells a side" in lines[0]
    assert list(tmp_path.iterdir()) == []
