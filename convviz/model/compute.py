"""Run the layer on an immutable snapshot of the state, off the GUI thread when asked to.

`compute(snapshot)` is a pure function (easy to test). `Computer` owns one worker thread: it
only ever runs the newest snapshot (older ones waiting are dropped) and hands each result to a
`deliver` callback *on the worker thread*; the GUI wraps that callback in a queued Qt signal.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .settings import Activation, LayerParams, Pooling
from .shapes import ShapeInfo, shape_info
from .state import AppState, ColorMode, to_chw
from .validation import Problem, resolve_layer

if TYPE_CHECKING:
    from convviz.engine.geometry import LayerGeometry

log = logging.getLogger(__name__)
Pads = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class Snapshot:
    """Everything the layer needs, copied out of the (mutable) state on the GUI thread."""

    serial: int
    image: np.ndarray  # read-only (H, W) or (H, W, 3)
    color_mode: ColorMode
    params: LayerParams
    weight: np.ndarray  # (F, C, kH, kW) float32
    bias: np.ndarray  # (F,) float32, zeros when the layer has no bias
    names: tuple[str, ...]

    @property
    def kernel_hw(self) -> tuple[int, int]:
        return self.weight.shape[2], self.weight.shape[3]


def take_snapshot(state: AppState, serial: int, image: np.ndarray | None = None) -> Snapshot:
    """`image` replaces the state's input (a live frame) without touching the state."""
    channels = state.input.channels
    weight = np.ascontiguousarray(state.bank.weight(channels), dtype=np.float32)
    bias = np.asarray(state.bank.bias_array(), dtype=np.float32)
    if not state.layer.use_bias:
        bias = np.zeros_like(bias)
    names = tuple(getattr(state.bank, "names", [f"filter {i + 1}" for i in range(len(weight))]))
    return Snapshot(
        serial,
        state.input.image if image is None else image,
        state.input.color_mode,
        state.layer.params,
        weight,
        bias,
        names,
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
    from convviz import engine

    p = snap.params
    x = to_chw(snap.image, snap.color_mode)
    in_hw = (x.shape[1], x.shape[2])
    geometry = resolve_layer(p, in_hw, snap.kernel_hw)
    if isinstance(geometry, Problem):
        return Result(snap, problem=geometry)
    pads = geometry.conv.pads
    padded = engine.pad(x, pads, p.padding_mode.value)
    conv = engine.conv2d(
        x,
        snap.weight,
        snap.bias if p.use_bias else None,
        stride=p.stride,
        padding=pads,
        dilation=p.dilation,
        padding_mode=p.padding_mode.value,
        flip=p.flip,
    )
    conv = np.ascontiguousarray(conv.reshape((-1,) + conv.shape[-2:]), dtype=np.float32)
    activated = (
        conv
        if p.activation is Activation.NONE
        else np.ascontiguousarray(engine.activation(p.activation.value, conv), dtype=np.float32)
    )
    pooled = pool(activated, p)
    info = shape_info(p, x.shape, snap.weight.shape, geometry)
    return Result(
        snap, None, x, geometry, np.ascontiguousarray(padded, dtype=np.float32), conv, activated, pooled, info
    )


def pool(maps: np.ndarray, p: LayerParams) -> np.ndarray | None:
    from convviz import engine

    if p.pooling is Pooling.NONE:
        return None
    if p.pooling is Pooling.MAX:
        out = engine.max_pool2d(maps, p.pool_size, p.pool_stride)
    elif p.pooling is Pooling.AVG:
        out = engine.avg_pool2d(maps, p.pool_size, p.pool_stride)
    elif p.pooling is Pooling.GLOBAL_MAX:
        out = engine.global_max_pool2d(maps)
    else:
        out = engine.global_avg_pool2d(maps)
    return np.ascontiguousarray(np.asarray(out).reshape((maps.shape[0],) + np.shape(out)[-2:]), dtype=np.float32)


class Computer:
    """One worker thread that always runs the newest snapshot and drops the ones it skipped."""

    def __init__(self, deliver: Callable[[Result], Any]) -> None:
        self._deliver = deliver
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="convviz-compute")
        self._lock = threading.Lock()
        self._pending: Snapshot | None = None
        self._running = False
        self.dropped = 0  # snapshots replaced before they ran (for tests and curiosity)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running or self._pending is not None

    def submit(self, snap: Snapshot) -> None:
        with self._lock:
            if self._pending is not None:
                self.dropped += 1
            self._pending = snap
            if self._running:
                return
            self._running = True
        self._executor.submit(self._drain)

    def _drain(self) -> None:
        while True:
            with self._lock:
                snap, self._pending = self._pending, None
                if snap is None:
                    self._running = False
                    return
            started = time.perf_counter()
            try:
                result = compute(snap)
                result = dataclasses.replace(result, compute_ms=(time.perf_counter() - started) * 1000.0)
            except Exception as exc:  # a bug must not kill the worker: report it as the result
                log.exception("compute failed")
                result = Result(snap, problem=Problem((), f"Internal error while computing: {exc}"))
            with self._lock:
                stale = self._pending is not None
            if not stale:
                self._deliver(result)

    def shutdown(self) -> None:
        with self._lock:
            self._pending = None
        self._executor.shutdown(wait=True, cancel_futures=True)


class FrameConverter:
    """uint8 RGB camera frames -> float32 images in [0, 1], written into reused buffers.

    Two buffers are used in turn: the worker reads one while the views may still hold the other,
    and the live controller never has more than one frame in flight. Reusing them keeps glibc from
    unmapping and faulting in megabytes per frame (measured 2-3x slower on this pipeline).
    Dividing by float32 255 matches `as_image` bit for bit, so a paused frame equals a loaded one.
    """

    def __init__(self) -> None:
        self._buffers: list[np.ndarray] = []
        self._turn = 0

    def convert(self, frame: np.ndarray, mirror: bool = False) -> np.ndarray:
        source = frame[:, ::-1] if mirror else frame  # a view: the flip happens inside the divide
        if not self._buffers or self._buffers[0].shape != frame.shape:
            self._buffers = [np.empty(frame.shape, np.float32) for _ in range(2)]
        out = self._buffers[self._turn]
        self._turn ^= 1
        np.divide(source, np.float32(255.0), out=out)
        return out
