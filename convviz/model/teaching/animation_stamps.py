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
from convviz.model.teaching.animation_frames import AnimationConfig, Cell, Frame, Grid, number, sizes
from convviz.text import tr


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
    if p != (0, 0):
        title = tr("Animation", "output {size} before cropping").format(size=sizes(fh, fw))
    else:
        title = tr("Animation", "output {size}").format(size=sizes(oh, ow))
    kernel_grid = Grid(tr("Animation", "kernel {size}").format(size=sizes(*k.shape)), k)
    in_title = tr("Animation", "input {size}").format(size=sizes(h, w))
    n = h * w
    for i in range(n):
        r, c = divmod(i, w)
        kept = np.where((np.arange(n) <= i).reshape(h, w), x, 0.0)
        running = stamped_output(cfg, kept, k)  # the engine's, with the first i + 1 cells
        cells = _stamp_cells(r, c, k.shape, s, d)
        box = ((cells[0][0], cells[-1][0]), (cells[0][1], cells[-1][1]))
        grids = (
            Grid(in_title, x, read=frozenset({(r, c)})),
            kernel_grid,
            Grid(title, running, ring, op, written=frozenset(cells), box=box),
        )
        v = number(x[r, c])
        caption = tr(
            "Animation", "input ({r}, {c}) = {v} stamps {v} × kernel onto output rows {r0}–{r1}, cols {c0}–{c1}"
        ).format(r=r, c=c, v=v, r0=box[0][0], r1=box[0][1], c0=box[1][0], c1=box[1][1])
        if p != (0, 0):
            caption += tr("Animation", " (before cropping)")
        yield Frame(i, n + 1, grids, caption, caption, (r, c))
    final = (Grid(in_title, x), kernel_grid, Grid(title, full, ring, op))
    if p != (0, 0):
        done = tr(
            "Animation", "Every input cell has stamped: padding {padding} crops the ring, leaving {size}."
        ).format(padding=p[0] if p[0] == p[1] else p, size=sizes(oh, ow))
    else:
        done = tr("Animation", "Every input cell has stamped: the output is {size}.").format(size=sizes(oh, ow))
    yield Frame(n, n + 1, final, done, done)


def cropped(full: np.ndarray, padding: tuple[int, int]) -> np.ndarray:
    """The transposed convolution's output: the stamped map without its padding ring."""
    ph, pw = padding
    return full[ph : full.shape[0] - ph, pw : full.shape[1] - pw]
