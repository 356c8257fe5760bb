"""The element-wise, linear and tensor-shaping ops of a graph, each with its backward.

Conventions (see ``graph.Op``): ``forward(*inputs)`` takes arrays (``None`` for an omitted
optional input); ``backward(grad, inputs, output, need)`` returns one gradient per input
(``None`` where not needed or not differentiable, e.g. shapes and indices); ``connect`` says
which input cells each output cell depends on. Broadcasting follows numpy (as ONNX does), and
a broadcast input's gradient is summed back to its own shape (``unbroadcast``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from convviz.engine import pool
from convviz.engine.activations import leaky_relu, leaky_relu_backward, relu, sigmoid, tanh
from convviz.engine.losses import softmax

Grads = list[np.ndarray | None]


def unbroadcast(grad: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Sum a gradient over the axes numpy broadcast an input of ``shape`` along."""
    g = grad
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and g.shape[axis] != 1:
            g = g.sum(axis=axis, keepdims=True)
    return g.reshape(shape)


class GraphOp:
    """Base: ``connect`` by running the backward on all-ones inputs, which for a linear op marks
    exactly the input cells an output cell is a sum over (non-linear ops override it)."""

    kind: str

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        raise NotImplementedError

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        ones = [np.ones(np.shape(a), np.float32) if _is_float(a) else a for a in inputs]
        parts = self.backward(
            mask.astype(np.float32), ones, np.ones(output.shape, np.float32), [_is_float(a) for a in inputs]
        )
        return [None if p is None else p != 0 for p in parts]


def _is_float(a: np.ndarray | None) -> bool:
    return a is not None and np.issubdtype(np.asarray(a).dtype, np.floating)


@dataclass(frozen=True)
class Unary(GraphOp):
    """y = f(x) element-wise, with f'(x) from x and y; the output depends on its own cell only."""

    kind: str
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray, np.ndarray], np.ndarray]  # (x, y) -> dy/dx

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        return self.f(np.asarray(inputs[0]))

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        return [grad * self.df(inputs[0], output), *([None] * (len(inputs) - 1))]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [mask, *([None] * (len(inputs) - 1))]


def unary(kind: str, **attrs: float) -> Unary:
    """The element-wise activations, by ONNX name, with ONNX's attribute defaults."""
    if kind == "Relu":
        return Unary(kind, relu, lambda x, y: (x > 0).astype(x.dtype))
    if kind == "Sigmoid":
        return Unary(kind, sigmoid, lambda x, y: y * (1 - y))
    if kind == "Tanh":
        return Unary(kind, tanh, lambda x, y: 1 - y * y)
    if kind == "LeakyRelu":
        slope = float(attrs.get("alpha", 0.01))
        return Unary(kind, lambda x: leaky_relu(x, slope), lambda x, y: leaky_relu_backward(np.ones_like(x), x, slope))
    if kind == "HardSigmoid":
        a, b = float(attrs.get("alpha", 0.2)), float(attrs.get("beta", 0.5))
        return Unary(kind, lambda x: np.clip(a * x + b, 0, 1).astype(x.dtype), lambda x, y: a * ((y > 0) & (y < 1)))
    if kind == "HardSwish":  # x · HardSigmoid(x) with alpha 1/6, beta 1/2
        return Unary(
            kind,
            lambda x: (x * np.clip(x / 6 + 0.5, 0, 1)).astype(x.dtype),
            lambda x, y: np.where(x < -3, 0, np.where(x > 3, 1, x / 3 + 0.5)).astype(x.dtype),
        )
    if kind in ("Identity", "Dropout"):  # Dropout at inference is the identity
        return Unary(kind, lambda x: x, lambda x, y: np.ones_like(x))
    raise ValueError(f"no element-wise op {kind!r}")


@dataclass(frozen=True)
class Dropout(GraphOp):
    """Dropout at inference is the identity. Its ``training_mode`` input (opset 12+), when true,
    asks for training's random dropping, which convviz does not do: refused, not ignored."""

    kind: str = "Dropout"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        if len(inputs) > 2 and inputs[2] is not None and bool(np.asarray(inputs[2]).any()):
            raise ValueError("training_mode is true (random dropout, as in training); convviz runs models at inference")
        return np.asarray(inputs[0])

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        return [grad, *([None] * (len(inputs) - 1))]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [mask, *([None] * (len(inputs) - 1))]


@dataclass(frozen=True)
class Clip(GraphOp):
    """min(max(x, low), high); ReLU6 is Clip(0, 6). Bounds come as inputs (opset 11+) or attributes."""

    low: float = -np.inf
    high: float = np.inf
    kind: str = "Clip"

    def _bounds(self, inputs: list[np.ndarray]) -> tuple[float, float]:
        low = self.low if len(inputs) < 2 or inputs[1] is None else float(np.asarray(inputs[1]))
        high = self.high if len(inputs) < 3 or inputs[2] is None else float(np.asarray(inputs[2]))
        return low, high

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        low, high = self._bounds(list(inputs))
        return np.minimum(np.maximum(inputs[0], low), high)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        low, high = self._bounds(inputs)
        x = inputs[0]
        return [grad * ((x >= low) & (x <= high)), *([None] * (len(inputs) - 1))]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [mask, *([None] * (len(inputs) - 1))]


@dataclass(frozen=True)
class PRelu(GraphOp):
    kind: str = "PRelu"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x, slope = inputs
        return np.where(x < 0, x * slope, x).astype(x.dtype)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        x, slope = inputs
        neg = x < 0
        dslope = unbroadcast(grad * x * neg, np.shape(slope)) if need[1] else None
        return [grad * np.where(neg, slope, 1).astype(grad.dtype), dslope]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [mask, None]


BINARY: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "Add": np.add,
    "Sub": np.subtract,
    "Mul": np.multiply,
    "Div": np.divide,
}


@dataclass(frozen=True)
class Binary(GraphOp):
    """a ∘ b with numpy broadcasting: residual additions, squeeze-and-excitation products."""

    kind: str

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        a, b = inputs
        out = BINARY[self.kind](a, b)
        return out.astype(np.result_type(a, b), copy=False)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        a, b = inputs
        if self.kind == "Add":
            da, db = grad, grad
        elif self.kind == "Sub":
            da, db = grad, -grad
        elif self.kind == "Mul":
            da, db = grad * b, grad * a
        else:
            da, db = grad / b, -grad * a / (b * b)
        return [unbroadcast(da, np.shape(a)) if need[0] else None, unbroadcast(db, np.shape(b)) if need[1] else None]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [unbroadcast(mask.astype(np.float32), np.shape(a)) > 0 for a in inputs]


@dataclass(frozen=True)
class BatchNorm(GraphOp):
    """Inference batch normalisation: (x − mean) / √(var + ε) · scale + bias, per channel."""

    epsilon: float = 1e-5
    kind: str = "BatchNormalization"

    def _scale(self, inputs: list[np.ndarray], dtype: np.dtype) -> np.ndarray:
        scale, var = inputs[1], inputs[4]
        return (np.asarray(scale, np.float64) / np.sqrt(np.asarray(var, np.float64) + self.epsilon)).astype(dtype)

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x, _, bias, mean, _ = inputs
        k = self._scale(list(inputs), x.dtype)
        shape = (1, -1) + (1,) * (x.ndim - 2)
        return (
            (x - np.asarray(mean, x.dtype).reshape(shape)) * k.reshape(shape) + np.asarray(bias, x.dtype).reshape(shape)
        ).astype(x.dtype)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        x = inputs[0]
        k = self._scale(inputs, grad.dtype)
        return [grad * k.reshape((1, -1) + (1,) * (x.ndim - 2)), None, None, None, None]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [mask, None, None, None, None]


@dataclass(frozen=True)
class Gemm(GraphOp):
    """alpha · A′ B′ + beta · C, A′ = Aᵀ if transA, B′ = Bᵀ if transB (a fully connected layer)."""

    alpha: float = 1.0
    beta: float = 1.0
    trans_a: bool = False
    trans_b: bool = False
    kind: str = "Gemm"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        a, b = inputs[0], inputs[1]
        c = inputs[2] if len(inputs) > 2 else None
        a2 = a.T if self.trans_a else a
        b2 = b.T if self.trans_b else b
        y = self.alpha * (a2 @ b2) if self.alpha != 1 else a2 @ b2
        if c is not None:
            y = y + (self.beta * c if self.beta != 1 else c)
        return np.asarray(y, dtype=np.result_type(a, b))

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        a, b = inputs[0], inputs[1]
        g = self.alpha * grad if self.alpha != 1 else grad
        a2 = a.T if self.trans_a else a
        b2 = b.T if self.trans_b else b
        da2, db2 = g @ b2.T, a2.T @ g  # gradients of A′ and B′
        out: Grads = [da2.T if self.trans_a else da2, db2.T if self.trans_b else db2]
        if len(inputs) > 2:
            out.append(None if inputs[2] is None else unbroadcast(self.beta * grad, np.shape(inputs[2])))
        return [p if n else None for p, n in zip(out, need, strict=True)]


@dataclass(frozen=True)
class MatMul(GraphOp):
    kind: str = "MatMul"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        return np.matmul(inputs[0], inputs[1])

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        a, b = (np.asarray(v) for v in inputs)
        a2 = a[None, :] if a.ndim == 1 else a
        b2 = b[:, None] if b.ndim == 1 else b
        g = grad.reshape(np.matmul(a2, b2).shape)
        da = unbroadcast(np.matmul(g, np.swapaxes(b2, -1, -2)), a2.shape).reshape(a.shape) if need[0] else None
        db = unbroadcast(np.matmul(np.swapaxes(a2, -1, -2), g), b2.shape).reshape(b.shape) if need[1] else None
        return [da, db]


@dataclass(frozen=True)
class Softmax(GraphOp):
    """Softmax along ``axis``; before opset 13 ONNX flattened the input to 2-D at ``axis`` first
    (``flatten_first``), so the softmax ran over all the trailing axes together."""

    axis: int = -1
    flatten_first: bool = False
    kind: str = "Softmax"

    def _view(self, a: np.ndarray) -> np.ndarray:
        if not self.flatten_first:
            return a
        axis = self.axis % a.ndim
        return a.reshape(int(np.prod(a.shape[:axis], dtype=np.int64)), -1)

    def _axis(self) -> int:
        return -1 if self.flatten_first else self.axis

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x = np.asarray(inputs[0])
        return softmax(self._view(x), dim=self._axis()).reshape(x.shape)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        y, g = self._view(output), self._view(grad)
        return [(y * (g - (g * y).sum(axis=self._axis(), keepdims=True))).reshape(output.shape)]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        m = self._view(mask)
        return [np.broadcast_to(m.any(axis=self._axis(), keepdims=True), m.shape).reshape(mask.shape).copy()]


@dataclass(frozen=True)
class GlobalPool(GraphOp):
    """GlobalAveragePool / GlobalMaxPool: one value per channel, (N, C, 1, 1)."""

    kind: str

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x = inputs[0]
        return pool.global_avg_pool2d(x) if self.kind == "GlobalAveragePool" else pool.global_max_pool2d(x)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        x = inputs[0]
        if self.kind == "GlobalAveragePool":
            return [pool.global_avg_pool2d_backward(grad, x)]
        return [pool.global_max_pool2d_backward(grad, x)]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [np.broadcast_to(mask, inputs[0].shape).copy()]


@dataclass(frozen=True)
class ReduceMean(GraphOp):
    axes: tuple[int, ...] | None = None  # None: every axis (or the ``axes`` input, opset 18)
    keepdims: bool = True
    noop_with_empty_axes: bool = False  # opset 18: no (or empty) axes leave the input as it is
    kind: str = "ReduceMean"

    def _axes(self, inputs: list[np.ndarray]) -> tuple[int, ...]:
        x = inputs[0]
        given = self.axes
        if len(inputs) > 1 and inputs[1] is not None:
            given = tuple(int(a) for a in np.asarray(inputs[1]).ravel())
        if not given:
            return () if self.noop_with_empty_axes else tuple(range(x.ndim))
        return tuple(a % x.ndim for a in given)

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        return np.asarray(inputs[0]).mean(axis=self._axes(list(inputs)), keepdims=self.keepdims)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        x, axes = inputs[0], self._axes(inputs)
        g = grad if self.keepdims else np.expand_dims(grad, axes)
        count = int(np.prod([x.shape[a] for a in axes]))
        return [np.broadcast_to(g / count, x.shape).astype(grad.dtype), *([None] * (len(inputs) - 1))]
