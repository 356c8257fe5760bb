"""The frames of a convolution's forward and backward passes (see ``animation``), one per output
cell, across the rows first or down the columns first (``traversal``), with the engine's
numbers: ``ForwardTrace`` and ``BackwardTrace``."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from convviz.engine.geometry import ConvGeometry
from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec
from convviz.model.teaching.animation_frames import (
    AnimationConfig,
    Box,
    Cell,
    Frame,
    Grid,
    gradient_pattern,
    number,
    sizes,
)
from convviz.model.teaching.traversal import OrderedBackward, order_words, visited, visiting_order
from convviz.text import tr


def _taps(geo: ConvGeometry, y: int, xx: int) -> tuple[frozenset[Cell], Box]:
    """The window's taps in padded coordinates, and its span."""
    rows, cols = geo.window(y, xx)
    top, left = geo.pads[0][0], geo.pads[1][0]
    cells = frozenset((int(r) + top, int(c) + left) for r in rows for c in cols)
    return cells, ((int(rows[0]) + top, int(rows[-1]) + top), (int(cols[0]) + left, int(cols[-1]) + left))


def _terms(a: np.ndarray, b: np.ndarray) -> str:
    def factor(v: float) -> str:
        return f"({number(v)})" if v < 0 else number(v)

    return " + ".join(f"{factor(p)}·{factor(q)}" for p, q in zip(a.ravel(), b.ravel(), strict=True))


def _spec(cfg: AnimationConfig) -> LayerSpec:
    return LayerSpec(stride=cfg.stride, padding=cfg.padding, dilation=cfg.dilation)


def forward_frames(cfg: AnimationConfig, geo: ConvGeometry, x: np.ndarray, k: np.ndarray) -> Iterator[Frame]:
    trace = ForwardTrace(x, k, 0.0, _spec(cfg))
    padded, z = trace.run.padded[0], trace.run.z
    n, (oh, ow) = trace.conv_steps, geo.out_hw
    kernel_grid = Grid(tr("Animation", "kernel {size}").format(size=sizes(*k.shape)), k)
    out_title = tr("Animation", "output {size}").format(size=sizes(oh, ow))
    in_title = _input_title(geo, tr("Animation", "input"))
    for i, cell in enumerate(visiting_order((oh, ow), cfg.order)):
        step = trace.step(int(cell))
        y, xx = step.out_yx
        cells, box = _taps(geo, y, xx)
        out = np.where(visited((oh, ow), cfg.order, i + 1), z, np.nan)
        grids = (
            Grid(in_title, padded, geo.pads, read=cells, box=box),
            kernel_grid,
            Grid(out_title, out, written=frozenset({(y, xx)})),
        )
        assert step.window is not None and step.products is not None  # a conv step has both
        value = number(step.value)
        caption = tr("Animation", "output ({y}, {x}) = Σ window × kernel = {terms} = {value}").format(
            y=y, x=xx, terms=_terms(step.window[0], trace.run.effective[0]), value=value
        )
        short = tr("Animation", "output ({y}, {x}) = Σ window × kernel ({count} products) = {value}").format(
            y=y, x=xx, count=step.products.size, value=value
        )
        yield Frame(i, n + 1, grids, caption, short, (y, xx))
    final = (
        Grid(in_title, padded, geo.pads),
        kernel_grid,
        Grid(out_title, z),
    )
    done = tr("Animation", "The output {size} is complete: {n} windows, one output cell each, {order}.").format(
        size=sizes(oh, ow), n=n, order=order_words(cfg.order)
    )
    yield Frame(n, n + 1, final, done, done)


def _input_title(geo: ConvGeometry, name: str) -> str:
    """The input grid's title: ``name`` (already in the interface's language), its size, its padding."""
    (t, b), (l, r) = geo.pads
    size = sizes(*geo.in_hw)
    if t == b == l == r == 0:
        return f"{name} {size}"
    if t == b == l == r:
        return tr("Animation", "{name} {size}, padding {p}").format(name=name, size=size, p=t)
    return tr("Animation", "{name} {size}, padding top {t} bottom {b} left {l} right {r}").format(
        name=name, size=size, t=t, b=b, l=l, r=r
    )


def backward_frames(cfg: AnimationConfig, geo: ConvGeometry, x: np.ndarray, k: np.ndarray) -> Iterator[Frame]:
    oh, ow = geo.out_hw
    dy = gradient_pattern(oh, ow)
    trace = BackwardTrace(x, k, 0.0, _spec(cfg), dy)
    ordered = OrderedBackward(trace, cfg.order)  # the running dX and dW of the cells visited so far
    padded, n = trace.run.padded[0], trace.conv_steps
    (t, b), (l, r) = geo.pads
    ph, pw = padded.shape

    def dx_grid(dx: np.ndarray, written: frozenset[Cell] = frozenset(), box: Box | None = None) -> Grid:
        full = np.full((ph, pw), np.nan)  # the padding's share of the gradient is dropped
        full[t : t + dx.shape[0], l : l + dx.shape[1]] = dx
        return Grid(f"dX {sizes(*dx.shape)}", full, geo.pads, written=written, box=box)

    kernel_grid = Grid(f"W {sizes(*k.shape)}", k)
    in_title = _input_title(geo, "X")
    for i in range(n):
        step = ordered.step(trace.pool_steps + 1 + i)
        assert step.cell is not None
        y, xx = step.cell
        cells, box = _taps(geo, y, xx)
        inside = frozenset(c for c in cells if t <= c[0] < t + geo.in_hw[0] and l <= c[1] < l + geo.in_hw[1])
        grids = (
            Grid(in_title, padded, geo.pads, read=cells, box=box),
            Grid(f"dY {sizes(oh, ow)}", dy, read=frozenset({(y, xx)})),
            kernel_grid,
            dx_grid(step.d_input[0], inside, box),
            Grid(f"dW {sizes(*k.shape)}", step.d_weight[0], written=frozenset(np.ndindex(*k.shape))),
        )
        g = number(step.grad)
        caption = tr("Animation", "dY({y}, {x}) = {g} flows back: dX[window] += {g} × W, dW += {g} × window").format(
            y=y, x=xx, g=g
        )
        if len(inside) < len(cells):
            caption += tr("Animation", ", {n} of its taps on padding are dropped").format(n=len(cells) - len(inside))
        yield Frame(i, n + 1, grids, caption, caption, (y, xx))
    last = trace.step(len(trace) - 1)
    final = (
        Grid(in_title, padded, geo.pads),
        Grid(f"dY {sizes(oh, ow)}", dy),
        kernel_grid,
        dx_grid(last.d_input[0]),
        Grid(f"dW {sizes(*k.shape)}", last.d_weight[0]),
    )
    done = tr(
        "Animation",
        "dX and dW are complete after {n} output cells, {order}: dX stamps dY with W, dW correlates X with dY.",
    ).format(n=n, order=order_words(cfg.order))
    yield Frame(n, n + 1, final, done, done)
