"""The frames of a transposed convolution's stamping (see ``animation``): input cell after input
cell, in reading order, adds its value × the kernel into the output at stride steps (taps spaced
by the dilation). The output is drawn before cropping: output padding appends that many rows and
columns of zeros at the bottom and right (no stamp reaches them), then ``padding`` cuts a ring of
its width off every side, as torch's conv_transpose2d does."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from convviz.engine import conv_transpose2d
from convviz.engine._args import pair
from convviz.model.teaching.animation_frames import AnimationConfig, Cell, Frame, Grid, number


def stamped_output(cfg: AnimationConfig, x: np.ndarray, k: np.ndarray) -> np.ndarray:
    """The transposed convolution of ``x`` before padding crops it (the engine's, padding 0)."""
    w = np.asarray(k, dtype=np.float64)[None, None]
    return conv_transpose2d(x, w, stride=cfg.stride, dilation=cfg.dilation, output_padding=cfg.output_padding)


def _stamp_cells(r: int, c: int, kernel_hw: tuple[int, int], s: tuple[int, int], d: tuple[int, int]) -> list[Cell]:
    return [(r * s[0] + a * d[0], c * s[1] + b * d[1]) for a in range(kernel_hw[0]) for b in range(kernel_hw[1])]


def stamp_frames(cfg: AnimationConfig, x: np.ndarray, k: np.ndarray) -> Iterator[Frame]:
    s, d = pair(cfg.stride, "stride"), pair(cfg.dilation, "dilation")
    p = (0, 0) if isinstance(cfg.padding, str) else pair(cfg.padding, "padding", 0)
    op = pair(cfg.output_padding, "output padding", 0)
    h, w = x.shape
    full = stamped_output(cfg, x, k)
    fh, fw = full.shape
    oh, ow = fh - 2 * p[0], fw - 2 * p[1]
    ring = ((p[0], p[0]), (p[1], p[1]))
    title = f"output {fh}×{fw} before cropping" if p != (0, 0) else f"output {oh}×{ow}"
    kernel_grid = Grid(f"kernel {k.shape[0]}×{k.shape[1]}", k)
    n = h * w
    for i in range(n):
        r, c = divmod(i, w)
        kept = np.where((np.arange(n) <= i).reshape(h, w), x, 0.0)
        running = stamped_output(cfg, kept, k)  # the engine's, with the first i + 1 cells
        cells = _stamp_cells(r, c, k.shape, s, d)
        box = ((cells[0][0], cells[-1][0]), (cells[0][1], cells[-1][1]))
        grids = (
            Grid(f"input {h}×{w}", x, read=frozenset({(r, c)})),
            kernel_grid,
            Grid(title, running, ring, op, written=frozenset(cells), box=box),
        )
        v = number(x[r, c])
        caption = (
            f"input ({r}, {c}) = {v} stamps {v} × kernel onto output rows {box[0][0]}–{box[0][1]}, "
            f"cols {box[1][0]}–{box[1][1]}" + (" (before cropping)" if p != (0, 0) else "")
        )
        yield Frame(i, n + 1, grids, caption, caption, (r, c))
    final = (Grid(f"input {h}×{w}", x), kernel_grid, Grid(title, full, ring, op))
    if p != (0, 0):
        done = f"Every input cell has stamped: padding {p[0] if p[0] == p[1] else p} crops the ring, leaving {oh}×{ow}."
    else:
        done = f"Every input cell has stamped: the output is {oh}×{ow}."
    yield Frame(n, n + 1, final, done, done)


def cropped(full: np.ndarray, padding: tuple[int, int]) -> np.ndarray:
    """The transposed convolution's output: the stamped map without its padding ring."""
    ph, pw = padding
    return full[ph : full.shape[0] - ph, pw : full.shape[1] - pw]
