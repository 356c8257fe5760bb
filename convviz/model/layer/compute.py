"""Run the layer on an immutable snapshot of the state, off the GUI thread when asked to.

`compute(snapshot)` is a pure function (easy to test). `layer_worker` runs it on a
`LatestOnlyWorker`: only the newest snapshot is computed, and each result is handed to a `deliver`
callback *on the worker thread*; the GUI wraps that callback in a queued Qt signal.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from convviz.model.latest_only import LatestOnlyWorker
from convviz.model.layer.adapter import engine_layers
from convviz.model.layer.drawing import Drawing, Look, draw, interior
from convviz.model.layer.shapes import ShapeInfo, shape_info
from convviz.model.layer.validation import Problem, resolve_layer
from convviz.model.live_frame import LiveFrame
from convviz.model.settings import LayerParams
from convviz.model.state import AppState, ColorMode, to_chw
from convviz.text import tr

if TYPE_CHECKING:
    from convviz.engine.geometry import LayerGeometry

Pads = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class Snapshot:
    """Everything the layer needs, copied out of the (mutable) state on the GUI thread."""

    serial: int
    picture: np.ndarray | None  # read-only (H, W) or (H, W, 3); None for a live frame
    color_mode: ColorMode
    params: LayerParams
    weight: np.ndarray  # (F, C, kH, kW) float32
    bias: np.ndarray  # (F,) float32, zeros when the layer has no bias
    names: tuple[str, ...]
    look: Look = Look()  # how the maps are drawn: levels, contrast, gray for magnitudes
    live: LiveFrame | None = None  # a camera frame: its pixels, and its floats made on first use

    @property
    def image(self) -> np.ndarray:
        """The input image: a live frame is converted by the first reader (the worker)."""
        if self.picture is not None:
            return self.picture
        assert self.live is not None, "a snapshot holds a picture or a live frame"
        return self.live.image()

    @property
    def kernel_hw(self) -> tuple[int, int]:
        return self.weight.shape[2], self.weight.shape[3]


def take_snapshot(state: AppState, serial: int, look: Look | None = None) -> Snapshot:
    """The layer's inputs now: the newest live frame while the camera runs, else the image."""
    channels = state.input.channels
    weight = np.ascontiguousarray(state.bank.weight(channels), dtype=np.float32)
    bias = np.asarray(state.bank.bias_array(), dtype=np.float32)
    if not state.layer.params.use_bias:
        bias = np.zeros_like(bias)
    if hasattr(state.bank, "names"):
        names = tuple(state.bank.names)
    else:
        names = tuple(tr("LayerCompute", "filter {n}").format(n=i + 1) for i in range(len(weight)))
    live = state.input.live
    picture = None if live is not None else state.input.current
    return Snapshot(
        serial, picture, state.input.color_mode, state.layer.params, weight, bias, names, look or Look(), live
    )


@dataclass(frozen=True)
class Result:
    snapshot: Snapshot
    problem: Problem | None = None  # why the layer cannot run (then there are no maps)
    x: np.ndarray | None = None  # (C, H, W) the layer's input
    geometry: LayerGeometry | None = None  # pads, windows, pool blocks, coordinate maps: read, never re-derive
    padded: np.ndarray | None = None  # (C, H + pads, W + pads): what the kernel actually slides over
    conv: np.ndarray | None = None  # (F, Ho, Wo) before the activation
    activated: np.ndarray | None = None  # (F, Ho, Wo)
    pooled: np.ndarray | None = None  # (F, Hp, Wp) or None without pooling
    info: ShapeInfo | None = None
    drawing: Drawing | None = None  # the maps and the input as bytes ready to draw
    compute_ms: float = 0.0  # time the worker spent in compute(), for the live readout

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def error(self) -> str | None:
        return None if self.problem is None else self.problem.message

    @property
    def pads(self) -> Pads:
        """((top, bottom), (left, right)) of the convolution."""
        return ((0, 0), (0, 0)) if self.geometry is None else self.geometry.conv.pads


def compute(snap: Snapshot) -> Result:
    """The layer's forward pass, stage by stage, through the engine's own layer objects."""
    from convviz import engine

    p = snap.params
    image = snap.image
    x = to_chw(image, snap.color_mode)
    in_hw = (x.shape[1], x.shape[2])
    geometry = resolve_layer(p, in_hw, snap.kernel_hw)
    if isinstance(geometry, Problem):
        return Result(snap, problem=geometry)
    pads = geometry.conv.pads
    stages = engine_layers(p, snap.weight, snap.bias if p.use_bias else None, pads)
    padded = np.ascontiguousarray(engine.pad(x, pads, p.padding_mode.value), dtype=np.float32)
    conv = _maps(stages.conv.forward(x))
    activated = conv if stages.activation is None else _maps(stages.activation.forward(conv))
    pooled = None if stages.pool is None else _maps(stages.pool.forward(activated))
    info = shape_info(p, x.shape, snap.weight.shape, geometry, stages)
    as_seen = image if image.ndim == x.ndim - (x.shape[0] == 1) else None  # gray stays gray, RGB RGB
    inside = interior(geometry.conv.rows, geometry.conv.cols)
    pixels = snap.live.pixels if snap.live is not None and as_seen is not None and image.ndim == 3 else None
    drawing = draw(x, padded, activated, pooled, snap.look, as_seen, inside, pixels)
    return Result(snap, None, x, geometry, padded, conv, activated, pooled, info, drawing)


def _maps(out: np.ndarray) -> np.ndarray:
    """(F, H, W) float32, whatever rank the engine returned for a single image."""
    return np.ascontiguousarray(out.reshape((-1,) + out.shape[-2:]), dtype=np.float32)


def timed_compute(snap: Snapshot) -> Result:
    """`compute`, with the time it took recorded on the result (the live readout shows it)."""
    started = time.perf_counter()
    result = compute(snap)
    return dataclasses.replace(result, compute_ms=(time.perf_counter() - started) * 1000.0)


def internal_error(snap: Snapshot, exc: Exception) -> Result:
    """What a bug in `compute` becomes: a result that says so (the worker keeps running)."""
    return Result(
        snap, problem=Problem((), tr("LayerCompute", "Internal error while computing: {error}").format(error=exc))
    )


def layer_worker(deliver: Callable[[Result], Any]) -> LatestOnlyWorker[Snapshot, Result]:
    """The explorer's worker: computes the newest snapshot only and hands its result to `deliver`."""
    return LatestOnlyWorker(timed_compute, deliver, internal_error, name="convviz-layer")
