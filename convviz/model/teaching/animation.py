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

from convviz.engine._args import pair
from convviz.engine.geometry import ConvGeometry, span
from convviz.engine.padding import resolve_padding
from convviz.model.teaching.animation_conv import backward_frames, forward_frames
from convviz.model.teaching.animation_frames import (  # noqa: F401 (re-exported: callers know them from here)
    PASSES,
    AnimationConfig,
    Frame,
    Grid,
    gradient_pattern,
    input_pattern,
    kernel_pattern,
    number,
    sizes,
)
from convviz.model.teaching.animation_stamps import stamp_frames
from convviz.text import noop, tr

# A GIF holds every frame in memory while Pillow writes it, and a slide with more than a
# thousand steps is a film nobody watches: 32×32 positions is the most an animation takes.
MAX_POSITIONS = 1024
# Checked on the sizes alone, before any array is made (20000×20000 cells would be gigabytes;
# a transposed convolution with stride 1500 drew a 1502×1502 output in every frame, 38 s for 5).
# One grid of 64 cells a side is the most a slide still reads as a matrix. A frame draws its
# grids side by side, each cell at least 4 px (its outline and fill still show): five grids at
# the narrowest width (800 px) leave 640 px, 160 cells, and 128 leave room for their titles.
MAX_SIDE = 64
MAX_ACROSS = 128


@dataclass(frozen=True)
class Animation:
    config: AnimationConfig
    title: str  # the layer in words
    positions: int
    frames: list[Frame] = field(default_factory=list)

    def __len__(self) -> int:
        return self.positions + 1


# The settings a sentence names, marked here and translated where a sentence says them.
SETTING_NAMES = {
    "the input size": noop("Animation", "the input size"),
    "the kernel size": noop("Animation", "the kernel size"),
    "stride": noop("Animation", "stride"),
    "dilation": noop("Animation", "dilation"),
    "padding": noop("Animation", "padding"),
    "output padding": noop("Animation", "output padding"),
}
# The grids a size check names.
GRID_NAMES = {
    "kernel": noop("Animation", "kernel"),
    "input": noop("Animation", "input"),
    "stamped output (before the padding crops it)": noop("Animation", "stamped output (before the padding crops it)"),
    "padded input": noop("Animation", "padded input"),
}


def _named(names: dict[str, str], name: str) -> str:
    return tr("Animation", names[name]) if name in names else name


def _plain_pair(value: Any, name: str, low: int) -> tuple[int, int]:
    try:
        p = pair(value, name, low)
    except (TypeError, ValueError) as exc:
        named = _named(SETTING_NAMES, name)
        raise ValueError(
            tr("Animation", "{Name} must be a whole number of at least {low}, not {value}.").format(
                Name=named[0].upper() + named[1:], low=low, value=repr(value)
            )
        ) from exc
    return p


def _hw(value: Any, name: str) -> tuple[int, int]:
    return _plain_pair(value, name, 1)


def _no_output(cfg: AnimationConfig, pads: Any) -> ValueError:
    (kh, kw), d = cfg.kernel_hw, _hw(cfg.dilation, "dilation")
    (t, b), (l, r) = pads
    ph, pw = cfg.input_hw[0] + t + b, cfg.input_hw[1] + l + r
    return ValueError(
        tr(
            "Animation",
            "A {kernel} kernel with dilation {dilation} spans {span} cells, more than the {input} input "
            "with its padding ({padded}): this convolution has no output.",
        ).format(
            kernel=sizes(kh, kw),
            dilation=d[0] if d[0] == d[1] else d,
            span=sizes(span(kh, d[0]), span(kw, d[1])),
            input=sizes(*cfg.input_hw),
            padded=sizes(ph, pw),
        )
    )


def validate(cfg: AnimationConfig) -> ConvGeometry | tuple[int, int]:
    """The convolution's geometry, or a transposed one's output size; ValueError with a sentence."""
    in_hw, k_hw = _hw(cfg.input_hw, "the input size"), _hw(cfg.kernel_hw, "the kernel size")
    s, d = _hw(cfg.stride, "stride"), _hw(cfg.dilation, "dilation")
    if cfg.x is not None and np.shape(cfg.x) != in_hw:
        raise ValueError(
            tr("Animation", "The input values have the shape {shape}, not {expected}.").format(
                shape=np.shape(cfg.x), expected=in_hw
            )
        )
    if cfg.kernel is not None and np.shape(cfg.kernel) != k_hw:
        raise ValueError(
            tr("Animation", "The kernel values have the shape {shape}, not {expected}.").format(
                shape=np.shape(cfg.kernel), expected=k_hw
            )
        )
    _check_side(k_hw, "kernel")
    if cfg.transposed:
        if cfg.backward:
            raise ValueError(
                tr(
                    "Animation",
                    "A transposed convolution is animated as its stamping; its backward pass is not animated "
                    "(a convolution's backward pass stamps its gradient the same way: use --backward alone).",
                )
            )
        if isinstance(cfg.padding, str):
            if cfg.padding.lower() != "valid":
                raise ValueError(tr("Animation", "A transposed convolution takes a whole-number padding, not 'same'."))
            p = (0, 0)
        else:
            p = _plain_pair(cfg.padding, "padding", 0)
        op = _plain_pair(cfg.output_padding, "output padding", 0)
        for a in (0, 1):
            if op[a] >= max(s[a], d[a]):
                raise ValueError(
                    tr(
                        "Animation",
                        "The output padding ({output_padding}) must be smaller than the stride ({stride}) or the "
                        "dilation ({dilation}): it chooses among the output sizes a strided convolution maps onto "
                        "one input size.",
                    ).format(output_padding=op[a], stride=s[a], dilation=d[a])
                )
        _check_side(in_hw, "input")
        full = (
            (in_hw[0] - 1) * s[0] + span(k_hw[0], d[0]) + op[0],
            (in_hw[1] - 1) * s[1] + span(k_hw[1], d[1]) + op[1],
        )
        _check_side(full, "stamped output (before the padding crops it)")
        _check_across(in_hw[1] + k_hw[1] + full[1])
        out = (full[0] - 2 * p[0], full[1] - 2 * p[1])
        if min(out) < 1:
            raise ValueError(
                tr(
                    "Animation",
                    "Padding {padding} crops both sides of the {size} stamped output away: "
                    "this transposed convolution has no output.",
                ).format(padding=p[0] if p[0] == p[1] else p, size=sizes(*full))
            )
        _check_positions(in_hw[0] * in_hw[1], "input cell")
        return out
    if cfg.output_padding not in (0, (0, 0)):
        raise ValueError(tr("Animation", "Output padding belongs to a transposed convolution (add --transposed)."))
    if isinstance(cfg.padding, str) and cfg.padding.lower() not in ("same", "valid"):
        raise ValueError(
            tr("Animation", "The padding must be a whole number, 'same' or 'valid', not {value}.").format(
                value=repr(cfg.padding)
            )
        )
    if not isinstance(cfg.padding, str) and not _per_side(cfg.padding):
        _plain_pair(cfg.padding, "padding", 0)
    pads = resolve_padding(cfg.padding, in_hw, k_hw, s, d)
    (t, b), (l, r) = pads
    padded = (in_hw[0] + t + b, in_hw[1] + l + r)
    _check_side(padded, "padded input")
    try:
        geo = ConvGeometry.resolve(in_hw, k_hw, s, cfg.padding, d)
    except ValueError as exc:
        raise _no_output(cfg, pads) from exc
    # forward: input, kernel, output; backward: X, dY, W, dX, dW.
    grids = 2 if cfg.backward else 1
    _check_across(grids * (padded[1] + k_hw[1]) + geo.out_hw[1])
    _check_positions(geo.out_hw[0] * geo.out_hw[1], "output cell")
    return geo


def _per_side(padding: Any) -> bool:
    return isinstance(padding, (tuple, list)) and any(isinstance(p, (tuple, list)) for p in padding)


def _check_side(hw: tuple[int, int], grid: str) -> None:
    if max(hw) > MAX_SIDE:
        named = _named(GRID_NAMES, grid)
        raise ValueError(
            tr(
                "Animation",
                "The {grid} would be {size} cells; an animation draws at most {most} cells a side: "
                "choose a smaller input, kernel, padding, stride or dilation.",
            ).format(grid=named, size=sizes(*hw), most=MAX_SIDE)
        )


def _check_across(cells: int) -> None:
    if cells > MAX_ACROSS:
        raise ValueError(
            tr(
                "Animation",
                "The grids of a frame would be {cells} cells wide side by side; at most {most} fit a frame: "
                "choose a smaller input, kernel or padding.",
            ).format(cells=cells, most=MAX_ACROSS)
        )


def _check_positions(n: int, cell: str) -> None:
    if n <= MAX_POSITIONS:
        return
    if cell == "input cell":
        text = tr(
            "Animation",
            "This animation would take {frames} frames, one per input cell; at most {most} positions "
            "fit one: choose a smaller input or a larger stride.",
        )
    else:
        text = tr(
            "Animation",
            "This animation would take {frames} frames, one per output cell; at most {most} positions "
            "fit one: choose a smaller input or a larger stride.",
        )
    raise ValueError(text.format(frames=n + 1, most=MAX_POSITIONS))


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
    kinds = {
        "forward": tr("Animation", "Forward pass: input {size}"),
        "backward": tr("Animation", "Backward pass: input {size}"),
        "transposed": tr("Animation", "Transposed convolution: input {size}"),
    }
    parts = [
        kinds[cfg.pass_name].format(size=sizes(*cfg.input_hw)),
        tr("Animation", "kernel {size}").format(size=sizes(*cfg.kernel_hw)),
        tr("Animation", "stride {value}").format(value=setting_text(cfg.stride)),
        tr("Animation", "padding {value}").format(value=setting_text(cfg.padding)),
    ]
    if _hw(cfg.dilation, "dilation") != (1, 1):
        parts.append(tr("Animation", "dilation {value}").format(value=setting_text(cfg.dilation)))
    if cfg.transposed and _plain_pair(cfg.output_padding, "output padding", 0) != (0, 0):
        parts.append(tr("Animation", "output padding {value}").format(value=setting_text(cfg.output_padding)))
    return tr("Animation", ", ").join(parts)


def setting_text(v: Any) -> str:
    """A stride, padding or dilation as the heading writes it: 2, 2×3, SAME, ((1, 0), (0, 1))."""
    if isinstance(v, str):
        return v.upper()
    if isinstance(v, (tuple, list)):
        return "×".join(setting_text(p) for p in v) if not _per_side(v) else str(tuple(tuple(p) for p in v))
    return str(v)


def iter_frames(cfg: AnimationConfig) -> Iterator[Frame]:
    """The frames one after another (an export draws each as it comes)."""
    result = validate(cfg)
    x = input_pattern(*cfg.input_hw) if cfg.x is None else np.asarray(cfg.x, dtype=np.float64)
    k = kernel_pattern(*cfg.kernel_hw) if cfg.kernel is None else np.asarray(cfg.kernel, dtype=np.float64)
    if cfg.transposed:
        yield from stamp_frames(cfg, x, k)
    elif cfg.backward:
        assert isinstance(result, ConvGeometry)
        yield from backward_frames(cfg, result, x, k)
    else:
        assert isinstance(result, ConvGeometry)
        yield from forward_frames(cfg, result, x, k)
