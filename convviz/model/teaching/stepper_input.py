"""What the stepper walks: the explorer's own layer input and weights, cut down to a readable size.

The input and the kernel come from the explorer's snapshot (`take_snapshot`: the image or live
frame, the colour mode, the bank's weights for that many channels, the bias), so in RGB mode the
stepper steps three channels with the C×k×k kernel the explorer applies, and in gray mode the
luma with the kernel the explorer applies to it. Crops are cut before the conversion to the
layer's channels (per pixel, so the same numbers). For the crop around the pinned cell,
`locate_pin` finds the stepped cell whose window reads exactly the pixels the explorer's pinned
cell reads, so its value is the explorer's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.engine.geometry import LayerGeometry, WindowAxis
from convviz.engine.trace import LayerSpec
from convviz.model.layer.adapter import trace_spec
from convviz.model.layer.compute import take_snapshot
from convviz.model.layer.validation import Problem, resolve_layer
from convviz.model.settings import LayerParams
from convviz.model.state import Cell, ColorMode, Stage, to_chw
from convviz.model.teaching.choices import Choices
from convviz.text import noop, tr

# (key, label): the inputs the stepper can walk. Crops keep every number legible.
SOURCES = Choices(
    "StepperInput",
    (
        ("crop12", noop("StepperInput", "centre 12×12 crop")),
        ("crop8", noop("StepperInput", "centre 8×8 crop")),
        ("crop16", noop("StepperInput", "centre 16×16 crop")),
        ("crop24", noop("StepperInput", "centre 24×24 crop")),
        ("pinned12", noop("StepperInput", "12×12 around the pinned cell")),
        ("tiny", noop("StepperInput", "tiny 6×6 digits")),
        ("full", noop("StepperInput", "full image (coarse, ≤ 64 px)")),
    ),
)
PINNED_CROP = 12
# The "full image" is shrunk by block averaging to at most this side: every step and the trace
# stay instant, and the numerical check (two forward passes per weight, on the stepper's worker
# thread) about a second.
FULL_MAX_SIDE = 64
CHANNEL_NAMES = "RGB"


def tiny_input() -> np.ndarray:
    """6×6 small integers, so every product and sum can be checked by mental arithmetic."""
    return np.array(
        [
            [1, 2, 0, 3, 1, 0],
            [0, 1, 3, 1, 2, 1],
            [2, 0, 1, 0, 3, 2],
            [1, 3, 2, 1, 0, 1],
            [0, 1, 1, 2, 1, 3],
            [2, 0, 3, 1, 2, 0],
        ],
        dtype=np.float64,
    )


def tiny_rgb_input() -> np.ndarray:
    """(3, 6, 6) small integers: R is `tiny_input`, G and B differ, so the three partial sums do."""
    g = [
        [0, 1, 2, 1, 0, 2],
        [1, 0, 1, 2, 1, 0],
        [3, 1, 0, 1, 2, 1],
        [0, 2, 1, 0, 1, 3],
        [1, 0, 2, 3, 0, 1],
        [2, 1, 0, 1, 1, 0],
    ]
    b = [
        [1, 0, 1, 0, 2, 1],
        [2, 1, 0, 1, 0, 3],
        [0, 2, 1, 2, 1, 0],
        [1, 0, 3, 0, 2, 1],
        [2, 1, 0, 1, 0, 2],
        [0, 3, 1, 2, 1, 1],
    ]
    return np.stack([tiny_input(), np.array(g, np.float64), np.array(b, np.float64)])


@dataclass(frozen=True)
class StepperInput:
    """Everything a trace needs: the input (C, H, W), the filter (C, kH, kW), its bias, the layer.

    A 2-D input or kernel is taken as one channel."""

    x: np.ndarray
    kernel: np.ndarray
    bias: float
    spec: LayerSpec
    note: str = ""  # a part of the layer that is not stepped
    shared: bool = True  # the bank holds one kernel for every channel
    filter_index: int = 0
    description: str = ""  # what the input is, in words ("centre 12×12 crop", …)

    def __post_init__(self) -> None:
        for name in ("x", "kernel"):
            a = np.asarray(getattr(self, name), dtype=np.float64)
            object.__setattr__(self, name, a[None] if a.ndim == 2 else a)

    @property
    def channels(self) -> int:
        return int(self.x.shape[0])

    @property
    def hw(self) -> tuple[int, int]:
        return int(self.x.shape[1]), int(self.x.shape[2])

    @property
    def kernel_hw(self) -> tuple[int, int]:
        return int(self.kernel.shape[1]), int(self.kernel.shape[2])

    @property
    def color(self) -> str:
        """ "RGB" or "gray": what the layer's input is."""
        return "RGB" if self.channels == len(CHANNEL_NAMES) else "gray"

    def channel_name(self, c: int) -> str:
        return CHANNEL_NAMES[c] if self.channels == len(CHANNEL_NAMES) else ""

    def kernel_words(self) -> str:
        """How the kernel meets the channels, as the explorer applies it."""
        kh, kw = self.kernel_hw
        if self.color == "RGB":
            if self.shared:
                return tr("StepperInput", "3×{h}×{w} kernel (one shared kernel on each channel)").format(h=kh, w=kw)
            return tr("StepperInput", "3×{h}×{w} kernel (its own kernel per channel)").format(h=kh, w=kw)
        if not self.shared:
            return tr("StepperInput", "{h}×{w} kernel (the R, G and B kernels summed, as on any gray input)").format(
                h=kh, w=kw
            )
        return tr("StepperInput", "{h}×{w} kernel").format(h=kh, w=kw)


def layer_spec(p: LayerParams) -> tuple[LayerSpec, str]:
    """The trace's spec for the app's settings (the one adapter: `layer_adapter.trace_spec`)."""
    return trace_spec(p)


@dataclass(frozen=True)
class StepperSource:
    """What the stepper's input is made from, taken from the app state on the GUI thread (cheap:
    no pixel is touched) so the input can be built on any thread (``input_from``)."""

    image: np.ndarray  # the state's current input (read-only: the image or the newest live frame)
    source: str
    origin: tuple[int, int] | None  # (top, left) of the "pinned12" crop
    kernel: np.ndarray  # (C, kH, kW) as the explorer applies it, a copy
    bias: float
    params: LayerParams
    filter_index: int = 0
    color_mode: ColorMode = ColorMode.GRAY
    shared: bool = True
    pinned: Cell | None = None  # the explorer's pinned cell ("pinned12" only)


def take_source(state: Any, source: str = "crop12") -> StepperSource:
    """The explorer's snapshot (its input, colour mode, weights and bias) for the stepper.

    The filter is the bank's current one, or for the crop around the pin, the pinned map's."""
    snap = take_snapshot(state, 0)
    image = snap.image
    pinned = state.selection.pinned if source == "pinned12" else None
    origin = pinned_origin(state, image.shape[:2]) if pinned is not None else None
    index = state.bank.current
    if origin is not None and pinned is not None and 0 <= pinned.filter < len(snap.weight):
        index = pinned.filter
    kernel = np.array(snap.weight[index], dtype=np.float64)
    bias = float(snap.bias[index])  # zero when the layer has no bias, as the explorer uses it
    return StepperSource(
        image,
        source,
        origin,
        kernel,
        bias,
        snap.params,
        index,
        snap.color_mode,
        state.bank.shared,
        pinned if origin is not None else None,
    )


def pinned_origin(state: Any, hw: tuple[int, int]) -> tuple[int, int] | None:
    """(top, left) of the 12×12 crop around the pinned cell: centred on its window
    (`pinned_centre`), then moved by less than a stride so that the crop's own windows (and
    pooling blocks) fall where the image's do, so one of them is the pinned cell's."""
    centre = pinned_centre(state, hw)
    if centre is None:
        return None
    cell = state.selection.pinned
    params, kernel_hw = state.layer.params, state.bank.size
    explorer = resolve_layer(params, hw, kernel_hw)
    crop = resolve_layer(params, (min(PINNED_CROP, hw[0]), min(PINNED_CROP, hw[1])), kernel_hw)
    origin = crop_origin(hw, PINNED_CROP, centre)
    if isinstance(explorer, Problem) or isinstance(crop, Problem):
        return origin
    pooled = cell.stage is Stage.POOL and explorer.pool is not None and crop.pool is not None
    aligned = []
    for axis, o in ((0, cell.y), (1, cell.x)):
        e, c = explorer.conv.axes[axis], crop.conv.axes[axis]
        period = e.stride
        if pooled:
            assert explorer.pool is not None and crop.pool is not None  # for mypy: checked above
            o = explorer.pool.axes[axis].inside(o).start  # the first conv cell of the pooled block
            period *= crop.pool.axes[axis].stride
        anchor = int(e.first(o)) + c.before  # crop origins o' with (anchor − o') % period == 0 align
        aligned.append(_aligned(origin[axis], anchor, period, hw[axis] - PINNED_CROP))
    return aligned[0], aligned[1]


def _aligned(start: int, anchor: int, period: int, last: int) -> int:
    """The origin nearest ``start`` in 0..last with (anchor − origin) % period == 0, else start."""
    if last <= 0:
        return 0
    shift = (anchor - start) % period
    for o in sorted((start + shift, start + shift - period), key=lambda o: abs(o - start)):
        while o < 0:
            o += period
        while o > last:
            o -= period
        if 0 <= o <= last:
            return o
    return start


def pinned_centre(state: Any, hw: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The input cell at the middle of the pinned output cell's window; through pooling, the
    window of the conv cell in the middle of the pooled cell's block (of an even block, the one
    below and right of its centre). None without a pin, or when the pin's maps no longer exist.
    ``hw``: the input's size (default the image's; a live frame may differ)."""
    cell = state.selection.pinned
    if cell is None:
        return None
    geometry = resolve_layer(state.layer.params, hw or state.input.hw, state.bank.size)
    if isinstance(geometry, Problem):  # the layer cannot run: no maps for the pin to be on
        return None
    if cell.stage is Stage.POOL:
        if geometry.pool is None:
            return None
        out_hw = geometry.pool.out_hw
    else:
        out_hw = geometry.conv.out_hw
    if not (0 <= cell.y < out_hw[0] and 0 <= cell.x < out_hw[1]):
        return None  # the pin belongs to maps that no longer fit these settings
    if cell.stage is Stage.POOL:
        ys, xs = geometry.conv_block(cell.y, cell.x)
        y, x = ys[len(ys) // 2], xs[len(xs) // 2]
    else:
        y, x = cell.y, cell.x
    rows, cols = geometry.conv.window(y, x)
    return (int(rows[0]) + int(rows[-1])) // 2, (int(cols[0]) + int(cols[-1])) // 2


def coarse(image: np.ndarray, max_side: int) -> np.ndarray:
    """Means of f×f blocks of the last two axes, f the smallest whole factor that brings the long
    side to ``max_side`` or less (never more than a side is long; a ragged last row or column of
    blocks is dropped). Leading axes (channels) are kept."""
    size = image.shape[-2:]
    f = -(-max(size) // max_side)
    fy, fx = min(f, size[0]), min(f, size[1])
    if fy == fx == 1:
        return image
    h, w = size[0] // fy, size[1] // fx
    lead = image.shape[:-2]
    blocks = image[..., : h * fy, : w * fx].reshape(lead + (h, fy, w, fx))
    return blocks.mean(axis=(-3, -1))


def crop_origin(hw: tuple[int, int], size: int, centre: tuple[int, int] | None = None) -> tuple[int, int]:
    """(top, left) of the size×size crop around ``centre`` (default: the middle), kept inside."""
    h, w = hw
    cy, cx = (h // 2, w // 2) if centre is None else centre
    return min(max(0, cy - size // 2), max(0, h - size)), min(max(0, cx - size // 2), max(0, w - size))


def centre_crop_hw(image: np.ndarray, size: int, centre: tuple[int, int] | None = None) -> np.ndarray:
    """The size×size crop of an (H, W) or (H, W, C) picture (the first two axes) around ``centre``."""
    return crop_at(image, size, crop_origin(image.shape[:2], size, centre))


def crop_at(image: np.ndarray, size: int, origin: tuple[int, int]) -> np.ndarray:
    """The size×size crop (or less, of a smaller picture) with its top-left cell at ``origin``."""
    top, left = origin
    return image[top : top + size, left : left + size]


def centre_crop(image: np.ndarray, size: int, centre: tuple[int, int] | None = None) -> np.ndarray:
    """A size×size crop around ``centre`` (default: the middle), kept inside the image."""
    return centre_crop_hw(image, size, centre)


def _layer_input(image: np.ndarray, mode: ColorMode) -> np.ndarray:
    """The explorer's conversion (`to_chw`): luma for gray, the three channels for RGB."""
    return to_chw(image, mode).astype(np.float64)


def _crop_size(source: str) -> int:
    return PINNED_CROP if source == "pinned12" else int(source.removeprefix("crop"))


def describe(src: StepperSource) -> str:
    """What the input is, in words (the header's tip says it)."""
    if src.source == "full":
        return tr("StepperInput", "the full image, block-averaged")
    if src.source == "pinned12" and src.origin is None:
        return tr("StepperInput", "centre 12×12 crop (nothing is pinned)")
    return SOURCES.label(src.source)


def input_from(src: StepperSource) -> StepperInput:
    """The stepper's input: the layer's channels of the image (or digits), the filter, the layer."""
    rgb = src.color_mode is ColorMode.RGB
    if src.source == "tiny":
        x = tiny_rgb_input() if rgb else tiny_input()[None]
    elif src.source == "full":
        x = coarse(_layer_input(src.image, src.color_mode), FULL_MAX_SIDE)
    elif src.source == "pinned12" and src.origin is not None:
        x = _layer_input(crop_at(src.image, PINNED_CROP, src.origin), src.color_mode)
    else:
        x = _layer_input(centre_crop_hw(src.image, _crop_size(src.source)), src.color_mode)
    spec, note = layer_spec(src.params)
    return StepperInput(
        np.ascontiguousarray(x), src.kernel, src.bias, spec, note, src.shared, src.filter_index, describe(src)
    )


# ---- where the explorer's pinned cell is in the crop around it ---------------------------------
@dataclass(frozen=True)
class PinnedHere:
    """The stepped cell that is the explorer's pinned cell: same window, same pixels, same value."""

    stage: Stage
    yx: tuple[int, int]  # in the stepper's map of that stage
    explorer: Cell


def _axis_match(e: WindowAxis, s: WindowAxis, offset: int, o: int, zeros: bool) -> int | None:
    """The stepper's output along one axis whose taps are explorer output o's, shifted by the
    crop's ``offset``, when they read the same pixels: every tap on the image lies in the crop
    (zero padding outside the image is zero padding outside the crop too; other modes copy
    pixels, which a crop may not have, so there every tap must be on the image)."""
    q, r = divmod(int(e.first(o)) - offset + s.before, s.stride)
    if r or not 0 <= q < s.out:
        return None
    taps = e.taps(o)
    on_image = (taps >= 0) & (taps < e.size)
    in_crop = (taps - offset >= 0) & (taps - offset < s.size)
    if not in_crop[on_image].all() or (not zeros and not on_image.all()):
        return None
    return q


def _pool_match(e_pool: WindowAxis, s_pool: WindowAxis, conv_match: Any, p: int) -> int | None:
    """The stepper's pooled output along one axis that pools exactly the conv cells behind the
    explorer's pooled output p."""
    block = [conv_match(o) for o in e_pool.inside(p)]
    if not block or any(q is None for q in block):
        return None
    q, r = divmod(block[0] + s_pool.before, s_pool.stride)
    if r or not 0 <= q < s_pool.out:
        return None
    return q if list(s_pool.inside(q)) == block else None


def locate_pin(src: StepperSource, stepped: LayerGeometry) -> tuple[PinnedHere | None, str]:
    """Where the explorer's pinned cell is among the stepped cells, or why it is not there."""
    cell = src.pinned
    if cell is None or src.origin is None:
        return None, ""
    explorer = resolve_layer(src.params, src.image.shape[:2], src.kernel.shape[1:])
    if isinstance(explorer, Problem):
        return None, ""
    top, left = src.origin
    zeros = src.params.padding_mode.value == "zeros"
    (e_rows, e_cols), (s_rows, s_cols) = explorer.conv.axes, stepped.conv.axes

    def rows(o: int) -> int | None:
        return _axis_match(e_rows, s_rows, top, o, zeros)

    def cols(o: int) -> int | None:
        return _axis_match(e_cols, s_cols, left, o, zeros)

    if cell.stage is Stage.POOL:
        if explorer.pool is None or stepped.pool is None:
            return None, ""
        y = _pool_match(explorer.pool.rows, stepped.pool.rows, rows, cell.y)
        x = _pool_match(explorer.pool.cols, stepped.pool.cols, cols, cell.x)
    else:
        y, x = rows(cell.y), cols(cell.x)
    if y is None or x is None:
        return None, tr("StepperInput", "the pinned cell's window does not fit this crop the way it sits on the image")
    return PinnedHere(cell.stage, (y, x), cell), ""
