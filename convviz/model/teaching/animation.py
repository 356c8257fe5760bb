"""What an animation of one layer shows, frame by frame (Qt-free; drawn by ``animation_render``).

Three passes, one frame per kernel position plus a final frame with the finished result:

* forward: the window slides over the padded input; each frame writes one output cell;
* backward: each output cell's gradient g spreads back: dX[window] += g·W and dW += g·X[window];
* transposed: each input cell stamps (its value × the kernel) into the output at stride steps,
  on the uncropped output; the padding ring is what ``padding`` crops off at the end.

Every number comes from the engine (``ForwardTrace``, ``BackwardTrace``, ``conv_transpose2d``).
The default input, kernel and upstream gradient are small whole numbers, so a slide reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from convviz.engine import conv_transpose2d
from convviz.engine._args import pair
from convviz.engine.geometry import ConvGeometry, span
from convviz.engine.padding import resolve_padding
from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec

PASSES = ("forward", "backward", "transposed")
# A GIF holds every frame in memory while Pillow writes it, and a slide with more than a
# thousand steps is a film nobody watches: 32×32 positions is the most an animation takes.
MAX_POSITIONS = 1024
Cell = tuple[int, int]
Box = tuple[tuple[int, int], tuple[int, int]]  # ((first row, last row), (first col, last col))


def input_pattern(h: int, w: int) -> np.ndarray:
    """1…4, quadratic in the position so that windows a stride apart differ (a linear pattern
    repeats with the stride, and so would the outputs); no zeros, so the zero padding stands out."""
    i, j = np.mgrid[0:h, 0:w]
    return ((2 * i * i + j * j + i * j + 3 * i + j) % 5 % 4 + 1).astype(np.float64)


def kernel_pattern(kh: int, kw: int) -> np.ndarray:
    """−1…2, signs mixed, so sums are neither trivial nor large (1 for a 1×1 kernel)."""
    i, j = np.mgrid[0:kh, 0:kw]
    return ((i + 2 * j + 2) % 4 - 1).astype(np.float64)


def gradient_pattern(h: int, w: int) -> np.ndarray:
    """1 and 2 in a checkerboard: every output cell sends a gradient back, not all the same one."""
    i, j = np.mgrid[0:h, 0:w]
    return ((i + j) % 2 + 1).astype(np.float64)


def number(v: float) -> str:
    """A value as a slide shows it: whole numbers plainly, others to 3 significant digits."""
    if not np.isfinite(v):
        return ""
    r = round(float(v))
    return f"{r:d}".replace("-", "−") if abs(v - r) < 1e-9 else f"{v:.3g}".replace("-", "−")


@dataclass(frozen=True)
class AnimationConfig:
    input_hw: tuple[int, int]
    kernel_hw: tuple[int, int]
    stride: Any = 1
    padding: Any = 0  # an int, a pair, per-side pairs, "same" or "valid" (transposed: int or pair)
    dilation: Any = 1
    transposed: bool = False
    output_padding: Any = 0
    backward: bool = False
    x: np.ndarray | None = None  # None: ``input_pattern``
    kernel: np.ndarray | None = None  # None: ``kernel_pattern``

    @property
    def pass_name(self) -> str:
        return "transposed" if self.transposed else "backward" if self.backward else "forward"


@dataclass(frozen=True)
class Grid:
    """One matrix of a frame. ``values`` NaN: a cell not written yet (drawn empty)."""

    title: str
    values: np.ndarray
    ring: Box = ((0, 0), (0, 0))  # rows/cols at each side drawn as padding (or cropped off)
    extra: tuple[int, int] = (0, 0)  # bottom rows / right cols of output padding
    read: frozenset[Cell] = frozenset()  # cells the step reads (the window's taps)
    box: Box | None = None  # the window's span, first to last tap
    written: frozenset[Cell] = frozenset()  # cells the step writes


@dataclass(frozen=True)
class Frame:
    index: int
    total: int
    grids: tuple[Grid, ...]
    caption: str  # with the arithmetic written out
    short_caption: str  # the same without the terms, for a frame too narrow for them
    position: Cell | None = None  # forward/backward: the output cell; transposed: the input cell


@dataclass(frozen=True)
class Animation:
    config: AnimationConfig
    title: str  # the layer in words
    positions: int
    frames: list[Frame] = field(default_factory=list)

    def __len__(self) -> int:
        return self.positions + 1


def _plain_pair(value: Any, name: str, low: int) -> tuple[int, int]:
    try:
        p = pair(value, name, low)
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"{name[0].upper()}{name[1:]} must be a whole number of at least {low}, not {value!r}."
        ) from exc
    return p


def _hw(value: Any, name: str) -> tuple[int, int]:
    return _plain_pair(value, name, 1)


def _sizes(h: int, w: int) -> str:
    return f"{h}×{w}"


def _no_output(cfg: AnimationConfig, pads: Any) -> ValueError:
    (kh, kw), d = cfg.kernel_hw, _hw(cfg.dilation, "dilation")
    (t, b), (l, r) = pads
    ph, pw = cfg.input_hw[0] + t + b, cfg.input_hw[1] + l + r
    return ValueError(
        f"A {_sizes(kh, kw)} kernel with dilation {d[0] if d[0] == d[1] else d} spans "
        f"{_sizes(span(kh, d[0]), span(kw, d[1]))} cells, more than the {_sizes(*cfg.input_hw)} input "
        f"with its padding ({_sizes(ph, pw)}): this convolution has no output."
    )


def validate(cfg: AnimationConfig) -> ConvGeometry | tuple[int, int]:
    """The convolution's geometry, or a transposed one's output size; ValueError with a sentence."""
    in_hw, k_hw = _hw(cfg.input_hw, "the input size"), _hw(cfg.kernel_hw, "the kernel size")
    s, d = _hw(cfg.stride, "stride"), _hw(cfg.dilation, "dilation")
    if cfg.x is not None and np.shape(cfg.x) != in_hw:
        raise ValueError(f"The input values have the shape {np.shape(cfg.x)}, not {in_hw}.")
    if cfg.kernel is not None and np.shape(cfg.kernel) != k_hw:
        raise ValueError(f"The kernel values have the shape {np.shape(cfg.kernel)}, not {k_hw}.")
    if cfg.transposed:
        if cfg.backward:
            raise ValueError(
                "A transposed convolution is animated as its stamping; its backward pass is not animated "
                "(a convolution's backward pass stamps its gradient the same way: use --backward alone)."
            )
        if isinstance(cfg.padding, str):
            if cfg.padding.lower() != "valid":
                raise ValueError("A transposed convolution takes a whole-number padding, not 'same'.")
            p = (0, 0)
        else:
            p = _plain_pair(cfg.padding, "padding", 0)
        op = _plain_pair(cfg.output_padding, "output padding", 0)
        for a in (0, 1):
            if op[a] >= max(s[a], d[a]):
                raise ValueError(
                    f"The output padding ({op[a]}) must be smaller than the stride ({s[a]}) or the dilation "
                    f"({d[a]}): it chooses among the output sizes a strided convolution maps onto one input size."
                )
        full = tuple((in_hw[a] - 1) * s[a] + span(k_hw[a], d[a]) + op[a] for a in (0, 1))
        out = (full[0] - 2 * p[0], full[1] - 2 * p[1])
        if min(out) < 1:
            raise ValueError(
                f"Padding {p[0] if p[0] == p[1] else p} crops both sides of the {_sizes(*full)} stamped output "
                f"away: this transposed convolution has no output."
            )
        _check_positions(in_hw[0] * in_hw[1], "input cell")
        return out
    if cfg.output_padding not in (0, (0, 0)):
        raise ValueError("Output padding belongs to a transposed convolution (add --transposed).")
    if isinstance(cfg.padding, str) and cfg.padding.lower() not in ("same", "valid"):
        raise ValueError(f"The padding must be a whole number, 'same' or 'valid', not {cfg.padding!r}.")
    if not isinstance(cfg.padding, str) and not _per_side(cfg.padding):
        _plain_pair(cfg.padding, "padding", 0)
    pads = resolve_padding(cfg.padding, in_hw, k_hw, s, d)
    try:
        geo = ConvGeometry.resolve(in_hw, k_hw, s, cfg.padding, d)
    except ValueError as exc:
        raise _no_output(cfg, pads) from exc
    _check_positions(geo.out_hw[0] * geo.out_hw[1], "output cell")
    return geo


def _per_side(padding: Any) -> bool:
    return isinstance(padding, (tuple, list)) and any(isinstance(p, (tuple, list)) for p in padding)


def _check_positions(n: int, cell: str) -> None:
    if n > MAX_POSITIONS:
        raise ValueError(
            f"This animation would take {n + 1} frames, one per {cell}; at most {MAX_POSITIONS} positions "
            f"fit one: choose a smaller input or a larger stride."
        )


def build(cfg: AnimationConfig) -> Animation:
    """Every frame of the animation (validated first: ValueError with a sentence)."""
    frames = list(iter_frames(cfg))
    return Animation(cfg, describe(cfg), len(frames) - 1, frames)


def frame_count(cfg: AnimationConfig) -> int:
    """Positions + 1, without computing a frame."""
    result = validate(cfg)
    if isinstance(result, ConvGeometry):
        return result.out_hw[0] * result.out_hw[1] + 1
    return cfg.input_hw[0] * cfg.input_hw[1] + 1


def describe(cfg: AnimationConfig) -> str:
    """The layer in words, for the frames' heading."""
    kinds = {"forward": "Forward pass", "backward": "Backward pass", "transposed": "Transposed convolution"}
    parts = [
        f"{kinds[cfg.pass_name]}: input {_sizes(*cfg.input_hw)}",
        f"kernel {_sizes(*cfg.kernel_hw)}",
        f"stride {_text(cfg.stride)}",
        f"padding {_text(cfg.padding)}",
    ]
    if _hw(cfg.dilation, "dilation") != (1, 1):
        parts.append(f"dilation {_text(cfg.dilation)}")
    if cfg.transposed and _plain_pair(cfg.output_padding, "output padding", 0) != (0, 0):
        parts.append(f"output padding {_text(cfg.output_padding)}")
    return ", ".join(parts)


def _text(v: Any) -> str:
    if isinstance(v, str):
        return v.upper()
    if isinstance(v, (tuple, list)):
        return "×".join(_text(p) for p in v) if not _per_side(v) else str(tuple(tuple(p) for p in v))
    return str(v)


def iter_frames(cfg: AnimationConfig) -> Iterator[Frame]:
    """The frames one after another (an export draws each as it comes)."""
    result = validate(cfg)
    x = input_pattern(*cfg.input_hw) if cfg.x is None else np.asarray(cfg.x, dtype=np.float64)
    k = kernel_pattern(*cfg.kernel_hw) if cfg.kernel is None else np.asarray(cfg.kernel, dtype=np.float64)
    if cfg.transposed:
        # Imported here: the stamps module builds on this one's Grid and Frame.
        from convviz.model.teaching.animation_stamps import stamp_frames

        yield from stamp_frames(cfg, x, k)
    elif cfg.backward:
        assert isinstance(result, ConvGeometry)
        yield from _backward_frames(cfg, result, x, k)
    else:
        assert isinstance(result, ConvGeometry)
        yield from _forward_frames(cfg, result, x, k)


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


def _forward_frames(cfg: AnimationConfig, geo: ConvGeometry, x: np.ndarray, k: np.ndarray) -> Iterator[Frame]:
    trace = ForwardTrace(x, k, 0.0, _spec(cfg))
    padded, z = trace.run.padded[0], trace.run.z
    n, (oh, ow) = trace.conv_steps, geo.out_hw
    kernel_grid = Grid(f"kernel {_sizes(*k.shape)}", k)
    in_title = _input_title(geo)
    for i in range(n):
        step = trace.step(i)
        y, xx = step.out_yx
        cells, box = _taps(geo, y, xx)
        out = np.full((oh, ow), np.nan)
        out.flat[: i + 1] = z.ravel()[: i + 1]
        grids = (
            Grid(in_title, padded, geo.pads, read=cells, box=box),
            kernel_grid,
            Grid(f"output {_sizes(oh, ow)}", out, written=frozenset({(y, xx)})),
        )
        assert step.window is not None and step.products is not None  # a conv step has both
        value = number(step.value)
        caption = f"output ({y}, {xx}) = Σ window × kernel = {_terms(step.window[0], trace.run.effective[0])} = {value}"
        short = f"output ({y}, {xx}) = Σ window × kernel ({step.products.size} products) = {value}"
        yield Frame(i, n + 1, grids, caption, short, (y, xx))
    final = (
        Grid(in_title, padded, geo.pads),
        kernel_grid,
        Grid(f"output {_sizes(oh, ow)}", z),
    )
    done = f"The output {_sizes(oh, ow)} is complete: {n} windows, one output cell each."
    yield Frame(n, n + 1, final, done, done)


def _input_title(geo: ConvGeometry, name: str = "input") -> str:
    (t, b), (l, r) = geo.pads
    h, w = geo.in_hw
    if t == b == l == r == 0:
        return f"{name} {_sizes(h, w)}"
    if t == b == l == r:
        return f"{name} {_sizes(h, w)}, padding {t}"
    return f"{name} {_sizes(h, w)}, padding top {t} bottom {b} left {l} right {r}"


def _backward_frames(cfg: AnimationConfig, geo: ConvGeometry, x: np.ndarray, k: np.ndarray) -> Iterator[Frame]:
    oh, ow = geo.out_hw
    dy = gradient_pattern(oh, ow)
    trace = BackwardTrace(x, k, 0.0, _spec(cfg), dy)
    padded, n = trace.run.padded[0], trace.conv_steps
    (t, b), (l, r) = geo.pads
    ph, pw = padded.shape

    def dx_grid(dx: np.ndarray, written: frozenset[Cell] = frozenset(), box: Box | None = None) -> Grid:
        full = np.full((ph, pw), np.nan)  # the padding's share of the gradient is dropped
        full[t : t + dx.shape[0], l : l + dx.shape[1]] = dx
        return Grid(f"dX {_sizes(*dx.shape)}", full, geo.pads, written=written, box=box)

    kernel_grid = Grid(f"W {_sizes(*k.shape)}", k)
    in_title = _input_title(geo, "X")
    for i in range(n):
        step = trace.step(trace.pool_steps + 1 + i)
        assert step.cell is not None
        y, xx = step.cell
        cells, box = _taps(geo, y, xx)
        inside = frozenset(c for c in cells if t <= c[0] < t + geo.in_hw[0] and l <= c[1] < l + geo.in_hw[1])
        grids = (
            Grid(in_title, padded, geo.pads, read=cells, box=box),
            Grid(f"dY {_sizes(oh, ow)}", dy, read=frozenset({(y, xx)})),
            kernel_grid,
            dx_grid(step.d_input[0], inside, box),
            Grid(f"dW {_sizes(*k.shape)}", step.d_weight[0], written=frozenset(np.ndindex(*k.shape))),
        )
        g = number(step.grad)
        caption = f"dY({y}, {xx}) = {g} flows back: dX[window] += {g} × W, dW += {g} × window" + (
            f", {len(cells) - len(inside)} of its taps on padding are dropped" if len(inside) < len(cells) else ""
        )
        yield Frame(i, n + 1, grids, caption, caption, (y, xx))
    last = trace.step(len(trace) - 1)
    final = (
        Grid(in_title, padded, geo.pads),
        Grid(f"dY {_sizes(oh, ow)}", dy),
        kernel_grid,
        dx_grid(last.d_input[0]),
        Grid(f"dW {_sizes(*k.shape)}", last.d_weight[0]),
    )
    done = f"dX and dW are complete after {n} output cells: dX stamps dY with W, dW correlates X with dY."
    yield Frame(n, n + 1, final, done, done)


def stamped_output(cfg: AnimationConfig, x: np.ndarray, k: np.ndarray) -> np.ndarray:
    """The transposed convolution of ``x`` before padding crops it (the engine's, padding 0)."""
    w = np.asarray(k, dtype=np.float64)[None, None]
    return conv_transpose2d(x, w, stride=cfg.stride, dilation=cfg.dilation, output_padding=cfg.output_padding)
