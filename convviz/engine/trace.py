"""Step traces of one conv (+ activation + pooling) layer, for a view to walk, seek and replay.

Step k is computed from k directly: a running total after step k is the vectorised backward
of a gradient masked to the first k cells (raster order), so seeking to step 100,000 costs one
vectorised pass, not 100,000 small ones; after the last step the totals are the full backward.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from convviz.engine.activations import activation, activation_backward
from convviz.engine.conv import conv2d, conv2d_backward
from convviz.engine.geometry import ConvGeometry, LayerGeometry, PoolGeometry
from convviz.engine.padding import pad
from convviz.engine.pool import avg_pool2d, avg_pool2d_backward, max_pool2d_argmax, max_pool2d_backward

POOLS = ("none", "max", "avg")


@dataclass(frozen=True)
class LayerSpec:
    """One conv layer with a single filter, its activation and optional pooling."""

    stride: Any = 1
    padding: Any = 0
    dilation: Any = 1
    padding_mode: str = "zeros"
    flip: bool = False
    activation: str = "none"
    pool: str = "none"
    pool_size: int = 2
    pool_stride: int | None = None

    def conv_options(self) -> dict:
        return dict(
            stride=self.stride,
            padding=self.padding,
            dilation=self.dilation,
            padding_mode=self.padding_mode,
            flip=self.flip,
        )

    def pool_options(self) -> dict:
        return dict(kernel_size=self.pool_size, stride=self.pool_stride)


def _as_chw(x: Any) -> np.ndarray:
    a = np.asarray(x, dtype=np.float64)
    return a[None] if a.ndim == 2 else a


class _LayerRun:
    """The forward pass of the layer, kept whole: every step reads from it."""

    def __init__(self, x: Any, kernel: Any, bias: float, spec: LayerSpec) -> None:
        if spec.pool not in POOLS:
            raise ValueError(f"pool must be one of {POOLS}, got {spec.pool!r}")
        self.spec, self.bias = spec, float(bias)
        self.x = _as_chw(x)
        self.kernel = _as_chw(kernel)
        if self.kernel.shape[0] != self.x.shape[0]:
            raise ValueError(f"kernel has {self.kernel.shape[0]} channels, the input {self.x.shape[0]}")
        self.weight = self.kernel[None]
        # What actually slides over the input: true convolution turns the kernel by 180°.
        self.effective = self.kernel[:, ::-1, ::-1] if spec.flip else self.kernel
        conv = ConvGeometry.resolve(self.x.shape[1:], self.kernel.shape[1:], spec.stride, spec.padding, spec.dilation)
        pool = None if spec.pool == "none" else PoolGeometry.resolve(conv.out_hw, spec.pool_size, spec.pool_stride)
        self.geometry = LayerGeometry(conv, pool)
        self.geo = conv  # the convolution's part, which most steps read
        self.padded = pad(self.x, self.geo.pads, spec.padding_mode)
        self.z = conv2d(self.x, self.weight, [self.bias], **spec.conv_options())[0]
        self.a = activation(spec.activation, self.z)
        self.pooled, self.arg = None, None
        if spec.pool == "max":
            self.pooled, self.arg = max_pool2d_argmax(self.a, **spec.pool_options())
        elif spec.pool == "avg":
            self.pooled = avg_pool2d(self.a, **spec.pool_options())
        self.y = self.a if self.pooled is None else self.pooled

    def window(self, y: int, x: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(input rows, input cols, padded values (C, kH, kW)) under output cell (y, x)."""
        rows, cols = self.geo.window(y, x)
        return rows, cols, self.geo.gather(self.padded, y, x)

    def pool_cells(self, py: int, px: int) -> list[tuple[int, int]]:
        """The feature-map cells pooled into (py, px), row by row."""
        rows, cols = self.geometry.conv_block(py, px)
        return [(r, c) for r in rows for c in cols]


@dataclass(frozen=True)
class ForwardStep:
    index: int
    phase: str  # "conv" or "pool"
    out_yx: tuple[int, int]
    rows: np.ndarray | None = None  # conv: input rows/cols of the taps (padding < 0 or >= size)
    cols: np.ndarray | None = None
    window: np.ndarray | None = None  # conv: (C, kH, kW) input values; pool: (k*k,) feature values
    products: np.ndarray | None = None
    total: float = 0.0  # conv: sum of products; pool: max or mean
    bias: float = 0.0
    pre_activation: float = 0.0
    value: float = 0.0  # what lands in the output cell
    cells: list[tuple[int, int]] = field(default_factory=list)  # pool: feature-map cells in the window
    chosen: tuple[int, int] | None = None  # max pool: the winning cell


class ForwardTrace:
    def __init__(self, x: Any, kernel: Any, bias: float = 0.0, spec: LayerSpec = LayerSpec()) -> None:
        self.run = _LayerRun(x, kernel, bias, spec)
        self.conv_steps = self.run.z.size
        self.pool_steps = 0 if self.run.pooled is None else self.run.pooled.size

    def __len__(self) -> int:
        return self.conv_steps + self.pool_steps

    def step(self, k: int) -> ForwardStep:
        if not 0 <= k < len(self):
            raise IndexError(f"step {k} is outside 0..{len(self) - 1}")
        r = self.run
        if k < self.conv_steps:
            y, x = divmod(k, r.z.shape[1])
            rows, cols, values = r.window(y, x)
            products = values * r.effective
            total = float(products.sum())
            return ForwardStep(
                k, "conv", (y, x), rows, cols, values, products, total, r.bias, total + r.bias, float(r.a[y, x])
            )
        assert r.pooled is not None  # pool steps exist only with pooling
        py, px = divmod(k - self.conv_steps, r.pooled.shape[1])
        cells = r.pool_cells(py, px)
        values = np.array([r.a[c] for c in cells])
        chosen = None
        if r.spec.pool == "max":
            assert r.geometry.pool is not None and r.arg is not None  # set for max pooling
            chosen = r.geometry.pool.tap_cell(py, px, int(r.arg[py, px]))
        value = float(r.pooled[py, px])
        return ForwardStep(k, "pool", (py, px), window=values, total=value, value=value, cells=cells, chosen=chosen)


@dataclass(frozen=True)
class BackwardStep:
    index: int
    phase: str  # "pool", "activation" or "conv"
    cell: tuple[int, int] | None  # the cell whose gradient is being spread
    grad: float  # that cell's gradient (conv: dL/dz at the cell)
    d_activated: np.ndarray  # running dL/da (after pooling steps)
    d_pre_activation: np.ndarray | None  # dL/dz once the activation step is done
    d_weight: np.ndarray  # running totals (C, kH, kW)
    d_bias: float
    d_input: np.ndarray  # (C, H, W)
    routed_to: list[tuple[int, int]] = field(default_factory=list)  # pool: cells that receive
    weight_increment: np.ndarray | None = None  # conv: grad × window, added to dW at this step


class BackwardTrace:
    """Walks dL/dy back through pooling, the activation, then the convolution cell by cell."""

    def __init__(self, x: Any, kernel: Any, bias: float, spec: LayerSpec, grad_output: Any) -> None:
        self.forward = ForwardTrace(x, kernel, bias, spec)
        r = self.run = self.forward.run
        self.grad_output = np.asarray(grad_output, dtype=np.float64).reshape(r.y.shape)
        self.pool_steps = 0 if r.pooled is None else r.pooled.size
        self.d_activated = self._pool_backward(self.grad_output)
        self.d_pre = activation_backward(spec.activation, self.d_activated, r.z)
        self.conv_steps = r.z.size

    def __len__(self) -> int:
        return self.pool_steps + 1 + self.conv_steps

    def _pool_backward(self, g: np.ndarray) -> np.ndarray:
        r = self.run
        if r.spec.pool == "max":
            return max_pool2d_backward(g, r.a, **r.spec.pool_options())
        if r.spec.pool == "avg":
            return avg_pool2d_backward(g, r.a, **r.spec.pool_options())
        return g

    @staticmethod
    def _first(g: np.ndarray, count: int) -> np.ndarray:
        """g with only its first ``count`` cells (raster order) kept."""
        flat = np.zeros(g.size)
        flat[:count] = g.reshape(-1)[:count]
        return flat.reshape(g.shape)

    def _conv_totals(self, count: int) -> tuple[np.ndarray, float, np.ndarray]:
        r = self.run
        g = self._first(self.d_pre, count)
        dx, dw, db = conv2d_backward(g[None, None], r.x[None], r.weight, **r.spec.conv_options())
        return dw[0], float(db[0]), dx[0]

    def step(self, k: int) -> BackwardStep:
        if not 0 <= k < len(self):
            raise IndexError(f"step {k} is outside 0..{len(self) - 1}")
        r = self.run
        zeros_w, zeros_x = np.zeros_like(r.kernel), np.zeros_like(r.x)
        if k < self.pool_steps:
            assert r.pooled is not None  # pool steps exist only with pooling
            py, px = divmod(k, r.pooled.shape[1])
            d_a = self._pool_backward(self._first(self.grad_output, k + 1))
            single = self._pool_backward(self._first(self.grad_output, k + 1) - self._first(self.grad_output, k))
            routed = [(int(i), int(j)) for i, j in zip(*np.nonzero(single), strict=True)]
            return BackwardStep(
                k, "pool", (py, px), float(self.grad_output[py, px]), d_a, None, zeros_w, 0.0, zeros_x, routed_to=routed
            )
        if k == self.pool_steps:
            return BackwardStep(k, "activation", None, 0.0, self.d_activated, self.d_pre, zeros_w, 0.0, zeros_x)
        c = k - self.pool_steps - 1
        y, x = divmod(c, r.z.shape[1])
        dw, db, dx = self._conv_totals(c + 1)
        values = r.geo.gather(r.padded, y, x)
        g = float(self.d_pre[y, x])
        routed = [(row, col) for row in r.geo.rows.inside(y) for col in r.geo.cols.inside(x)]
        increment = g * values
        if r.spec.flip:
            increment = increment[:, ::-1, ::-1]
        return BackwardStep(
            k, "conv", (y, x), g, self.d_activated, self.d_pre, dw, db, dx, routed_to=routed, weight_increment=increment
        )


def loss_and_gradient(y: np.ndarray, target: np.ndarray) -> tuple[float, np.ndarray]:
    """L = ½‖y − t‖² and dL/dy = y − t."""
    diff = np.asarray(y, dtype=np.float64) - np.asarray(target, dtype=np.float64)
    return 0.5 * float(np.sum(diff * diff)), diff
