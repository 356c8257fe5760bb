"""python -m convviz.animate --order: the frames it writes visit the output cells down the columns
(the frames' captions and cells read from the model as they are drawn, the GIF read back with
Pillow), and the backward frames' running dW is a loop's sum over the cells visited so far."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from convviz import animate
from convviz.model.teaching import animation_render
from convviz.model.teaching.animation import AnimationConfig, build, gradient_pattern, input_pattern, kernel_pattern

ROOT = Path(__file__).resolve().parents[1]


def column_major(h: int, w: int) -> list[tuple[int, int]]:
    return [(r, c) for c in range(w) for r in range(h)]


def row_major(h: int, w: int) -> list[tuple[int, int]]:
    return [(r, c) for r in range(h) for c in range(w)]


def drawn_frames(monkeypatch, argv: list[str]) -> list[tuple]:
    """Run the CLI in this process; each frame's (position, caption, picture) as it is drawn."""
    seen: list[tuple] = []
    draw = animation_render.draw_frame

    def recording(frame, lay, theme="light", numbers=True):
        image = draw(frame, lay, theme, numbers)
        seen.append((frame.position, frame.caption, image))
        return image

    monkeypatch.setattr(animation_render, "draw_frame", recording)
    assert animate.main(argv) == 0
    return seen


@pytest.mark.parametrize("order, visits", [("columns", column_major), ("rows", row_major)])
def test_the_gif_s_frames_visit_the_cells_in_the_chosen_order(tmp_path, monkeypatch, order, visits):
    out = tmp_path / "conv.gif"
    # 5×5 input, 3×3 kernel, stride 2, padding 1: 3×3 output cells.
    seen = drawn_frames(
        monkeypatch,
        ["--input", "5", "--kernel", "3", "--stride", "2", "--padding", "1", "--order", order, "--out", str(out)],
    )
    positions = [p for p, _, _ in seen[:-1]]
    assert positions == visits(3, 3)
    for (r, c), (_, caption, _) in zip(positions, seen, strict=False):
        assert caption.startswith(f"output ({r}, {c}) = ")
    expected_words = "down the columns" if order == "columns" else "row by row"
    assert seen[-1][0] is None and expected_words in seen[-1][1]
    with Image.open(out) as gif:  # the file holds those pictures, in that order
        assert gif.n_frames == len(seen) == 10
        palette = animation_render.gif_palette(animation_render.THEME_COLORS["light"])
        for i, (_, _, image) in enumerate(seen):
            gif.seek(i)
            mapped = image.quantize(palette=palette, dither=Image.Dither.NONE).convert("RGB")
            assert np.array_equal(np.asarray(gif.convert("RGB")), np.asarray(mapped)), f"frame {i}"


def test_the_command_line_takes_order_columns_and_refuses_it_for_a_transposed_stamping(tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "convviz.animate", *args]
        return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)

    out = tmp_path / "back.gif"
    done = run("--input", "4x3", "--kernel", "2", "--backward", "--order", "columns", "--out", str(out))
    assert done.returncode == 0, done.stderr
    with Image.open(out) as im:
        assert im.n_frames == 3 * 2 + 1
    bad = run("--input", "3", "--kernel", "3", "--transposed", "--order", "columns", "--out", str(tmp_path / "t.gif"))
    assert bad.returncode == 2 and "--order" in bad.stderr
    wrong = run("--input", "3", "--kernel", "3", "--order", "diagonal", "--out", str(tmp_path / "d.gif"))
    assert wrong.returncode == 2 and "--order" in wrong.stderr


def test_backward_frames_down_the_columns_accumulate_the_visited_cells():
    h, w, k = 5, 4, 3  # padding 1, stride 1: a 5×4 output
    cfg = AnimationConfig(input_hw=(h, w), kernel_hw=(k, k), padding=1, backward=True, order="columns")
    frames = build(cfg).frames
    x = np.pad(input_pattern(h, w), 1)
    kernel = kernel_pattern(k, k)
    dy = gradient_pattern(h, w)
    visits = column_major(h, w)
    assert [f.position for f in frames[:-1]] == visits
    dw = np.zeros((k, k))
    dx = np.zeros_like(x)
    for (r, c), frame in zip(visits, frames, strict=False):
        dw += dy[r, c] * x[r : r + k, c : c + k]
        dx[r : r + k, c : c + k] += dy[r, c] * kernel
        np.testing.assert_allclose(frame.grids[4].values, dw, atol=1e-9)  # dW (running)
        np.testing.assert_allclose(frame.grids[3].values[1:-1, 1:-1], dx[1:-1, 1:-1], atol=1e-9)  # dX inside
    np.testing.assert_allclose(frames[-1].grids[4].values, dw, atol=1e-9)
    np.testing.assert_allclose(frames[-1].grids[3].values[1:-1, 1:-1], dx[1:-1, 1:-1], atol=1e-9)
    rows = build(AnimationConfig(input_hw=(h, w), kernel_hw=(k, k), padding=1, backward=True)).frames
    np.testing.assert_allclose(rows[-1].grids[4].values, frames[-1].grids[4].values, atol=1e-9)
