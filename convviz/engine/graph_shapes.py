"""Ops of a graph that move values without computing new ones: reshape, flatten, transpose,
concatenate, and the small integer arithmetic exporters use to compute a shape at run time
(Shape → Gather → Unsqueeze → Concat → Reshape). A gradient moves the way its value moved."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from convviz.engine.graph_ops import Grads, GraphOp
from convviz.text import tr

MAX_ELEMENTS = 1 << 28  # a computed shape may not ask for more than this (a hostile file's Reshape)


def _checked_shape(shape: tuple[int, ...]) -> tuple[int, ...]:
    # math.prod on Python ints: numpy's int64 product wraps ([2**32, 2**32] gave 0 and passed)
    if any(d < 0 for d in shape) or math.prod(shape) > MAX_ELEMENTS:
        raise ValueError(
            tr("GraphShapes", "shape {shape} is negative or larger than {limit} values").format(
                shape=shape, limit=f"{MAX_ELEMENTS:,}"
            )
        )
    return shape


class _Move(GraphOp):
    """A pure data move: the backward moves the gradient back; connect moves the mask back."""

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        return [np.asarray(grad).reshape(np.shape(inputs[0])), *([None] * (len(inputs) - 1))]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [
            None if p is None else p.astype(bool) for p in self.backward(mask, inputs, output, [True] * len(inputs))
        ]


@dataclass(frozen=True)
class Flatten(_Move):
    axis: int = 1
    kind: str = "Flatten"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x = np.asarray(inputs[0])
        axis = self.axis + x.ndim if self.axis < 0 else self.axis  # axis = rank is allowed: (all, 1)
        return x.reshape(int(np.prod(x.shape[:axis], dtype=np.int64)), -1)


@dataclass(frozen=True)
class Reshape(_Move):
    """ONNX Reshape: 0 copies the input's size at that axis (unless allowzero), −1 is inferred."""

    allowzero: bool = False
    kind: str = "Reshape"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x, shape = np.asarray(inputs[0]), [int(v) for v in np.asarray(inputs[1]).ravel()]
        if not self.allowzero:
            shape = [x.shape[i] if v == 0 and i < x.ndim else v for i, v in enumerate(shape)]
        if shape.count(-1) > 1:
            raise ValueError(f"Reshape to {shape}: at most one size may be -1")
        known = math.prod(v for v in shape if v != -1)
        if -1 in shape:
            shape[shape.index(-1)] = x.size // known if known else 0
        if math.prod(shape) != x.size:
            raise ValueError(
                tr("GraphShapes", "Reshape of {shape} ({size} values) to {target}").format(
                    shape=x.shape, size=x.size, target=tuple(shape)
                )
            )
        return x.reshape(_checked_shape(tuple(shape)))


@dataclass(frozen=True)
class Squeeze(_Move):
    axes: tuple[int, ...] | None = None  # attribute (opset < 13) or the second input
    kind: str = "Squeeze"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x = np.asarray(inputs[0])
        axes = (
            self.axes if len(inputs) < 2 or inputs[1] is None else tuple(int(a) for a in np.asarray(inputs[1]).ravel())
        )
        if axes is None:
            return x.reshape([d for d in x.shape if d != 1])
        return np.squeeze(x, axis=tuple(a % x.ndim for a in axes))


@dataclass(frozen=True)
class Unsqueeze(_Move):
    axes: tuple[int, ...] | None = None
    kind: str = "Unsqueeze"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x = np.asarray(inputs[0])
        axes = (
            self.axes if len(inputs) < 2 or inputs[1] is None else tuple(int(a) for a in np.asarray(inputs[1]).ravel())
        )
        if not axes:
            raise ValueError("Unsqueeze needs axes")
        rank = x.ndim + len(axes)
        return np.expand_dims(x, tuple(a % rank for a in axes))


@dataclass(frozen=True)
class Transpose(GraphOp):
    perm: tuple[int, ...] | None = None  # None: reverse the axes
    kind: str = "Transpose"

    def _perm(self, ndim: int) -> tuple[int, ...]:
        return tuple(reversed(range(ndim))) if self.perm is None else self.perm

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x = np.asarray(inputs[0])
        return np.transpose(x, self._perm(x.ndim))

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        return [np.transpose(grad, np.argsort(self._perm(grad.ndim)))]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [np.transpose(mask, np.argsort(self._perm(mask.ndim)))]


@dataclass(frozen=True)
class Concat(GraphOp):
    axis: int
    kind: str = "Concat"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        arrays = [np.asarray(a) for a in inputs]
        return np.concatenate(arrays, axis=self.axis).astype(np.result_type(*arrays), copy=False)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        axis = self.axis % grad.ndim
        edges = np.cumsum([np.shape(a)[axis] for a in inputs])[:-1]
        return [p if n else None for p, n in zip(np.split(grad, edges, axis=axis), need, strict=True)]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [
            None if p is None else p.astype(bool) for p in self.backward(mask, inputs, output, [True] * len(inputs))
        ]


@dataclass(frozen=True)
class Shape(GraphOp):
    start: int = 0
    end: int | None = None
    kind: str = "Shape"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        return np.array(np.shape(inputs[0])[self.start : self.end], dtype=np.int64)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        return [None]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [None]


@dataclass(frozen=True)
class ConstantOfShape(GraphOp):
    """A tensor of the shape its input lists, every value ``value`` (a 0 float32 by default).
    torch writes it to build the pads of ``F.pad`` / ``nn.ZeroPad2d`` at run time."""

    value: float | int | bool = 0.0
    dtype: str = "float32"
    kind: str = "ConstantOfShape"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        shape = _checked_shape(tuple(int(v) for v in np.asarray(inputs[0]).ravel()))
        return np.full(shape, self.value, dtype=self.dtype)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        return [None]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        return [None]


@dataclass(frozen=True)
class Gather(GraphOp):
    axis: int = 0
    kind: str = "Gather"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        data, indices = np.asarray(inputs[0]), np.asarray(inputs[1], dtype=np.int64)
        size = data.shape[self.axis]
        if indices.size and (indices.min() < -size or indices.max() >= size):
            raise ValueError(f"Gather index out of range for an axis of {size}")
        return np.take(data, indices, axis=self.axis)

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        data, indices = np.asarray(inputs[0]), np.asarray(inputs[1], dtype=np.int64)
        if not need[0]:
            return [None, None]
        g = np.zeros(data.shape, dtype=grad.dtype)
        moved = np.moveaxis(g, self.axis, 0)
        np.add.at(
            moved,
            indices % data.shape[self.axis],
            np.moveaxis(grad, list(range(self.axis, self.axis + indices.ndim)), list(range(indices.ndim))),
        )
        return [g, None]


@dataclass(frozen=True)
class Cast(_Move):
    to: str = "float32"  # a numpy dtype name
    kind: str = "Cast"

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        return np.asarray(inputs[0]).astype(self.to)


PAD_MODES = {"constant": "constant", "reflect": "reflect", "edge": "edge", "wrap": "wrap"}


@dataclass(frozen=True)
class Pad(GraphOp):
    """ONNX Pad: ``pads`` = [begin of each axis …, end of each axis …]; a negative amount crops.
    Modes constant, reflect, edge (and wrap)."""

    mode: str = "constant"
    pads: tuple[int, ...] | None = None  # attribute (opset < 11), else the second input
    value: float = 0.0
    kind: str = "Pad"

    def _amounts(self, inputs: list[np.ndarray]) -> list[tuple[int, int]]:
        x = np.asarray(inputs[0])
        pads = (
            self.pads if len(inputs) < 2 or inputs[1] is None else tuple(int(v) for v in np.asarray(inputs[1]).ravel())
        )
        axes = list(range(x.ndim))
        if len(inputs) > 3 and inputs[3] is not None:
            axes = [int(a) % x.ndim for a in np.asarray(inputs[3]).ravel()]
        if pads is None or len(pads) != 2 * len(axes):
            raise ValueError(f"Pad needs {2 * len(axes)} pad amounts for {len(axes)} axes, got {pads}")
        amounts = [(0, 0)] * x.ndim
        for i, axis in enumerate(axes):
            amounts[axis] = (pads[i], pads[i + len(axes)])
        return amounts

    def _value(self, inputs: list[np.ndarray]) -> float:
        if len(inputs) > 2 and inputs[2] is not None and np.size(inputs[2]):
            return float(np.asarray(inputs[2]).ravel()[0])
        return self.value

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        x = np.asarray(inputs[0])
        amounts = self._amounts(list(inputs))
        grow = [(max(b, 0), max(a, 0)) for b, a in amounts]
        for axis, (b, a) in enumerate(grow):
            if self.mode == "reflect" and max(b, a) >= x.shape[axis]:
                raise ValueError(f"reflect padding {(b, a)} must be smaller than the axis size {x.shape[axis]}")
        _checked_shape(tuple(s + b + a for s, (b, a) in zip(x.shape, grow, strict=True)))
        if self.mode == "constant":
            y = np.pad(x, grow, mode="constant", constant_values=self._value(list(inputs)))
        else:
            y = np.pad(x, grow, mode=PAD_MODES[self.mode])  # type: ignore[call-overload]
        crop = tuple(slice(-min(b, 0), y.shape[i] + min(a, 0)) for i, (b, a) in enumerate(amounts))
        return np.ascontiguousarray(y[crop])

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        x = np.asarray(inputs[0])
        g = np.asarray(grad)
        for axis, (b, a) in enumerate(self._amounts(inputs)):
            size = x.shape[axis]
            # which input index each output index along this axis copies (−1: a constant)
            source = np.arange(size)
            grown = np.pad(
                source,
                (max(b, 0), max(a, 0)),
                mode="constant" if self.mode == "constant" else PAD_MODES[self.mode],
                **({"constant_values": -1} if self.mode == "constant" else {}),
            )  # type: ignore[call-overload]
            source = grown[-min(b, 0) : len(grown) + min(a, 0)]
            folded = np.zeros((*g.shape[:axis], size, *g.shape[axis + 1 :]), dtype=g.dtype)
            keep = source >= 0
            np.add.at(np.moveaxis(folded, axis, 0), source[keep], np.moveaxis(g, axis, 0)[keep])
            g = folded
        return [g, *([None] * (len(inputs) - 1))]

    def connect(self, mask: np.ndarray, inputs: list[np.ndarray], output: np.ndarray) -> Grads:
        parts = self.backward(mask.astype(np.float32), inputs, output, [True] * len(inputs))
        return [None if p is None else p > 0 for p in parts]


@dataclass(frozen=True)
class Slice(_Move):
    """x[starts:ends:steps] along ``axes``; bounds as inputs (opset 10+) or attributes."""

    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    axes: tuple[int, ...] | None = None
    kind: str = "Slice"

    def _index(self, inputs: list[np.ndarray]) -> tuple[slice, ...]:
        x = np.asarray(inputs[0])

        def given(i: int, fallback: tuple[int, ...] | None) -> list[int] | None:
            if len(inputs) > i and inputs[i] is not None:
                return [int(v) for v in np.asarray(inputs[i]).ravel()]
            return None if fallback is None else list(fallback)

        starts, ends = given(1, self.starts), given(2, self.ends)
        if starts is None or ends is None or len(starts) != len(ends):
            raise ValueError("Slice needs as many starts as ends")
        axes = given(3, self.axes) or list(range(len(starts)))
        steps = given(4, None) or [1] * len(starts)
        index = [slice(None)] * x.ndim
        for start, end, axis, step in zip(starts, ends, axes, steps, strict=True):
            if step == 0:
                raise ValueError("Slice step 0")
            index[axis % x.ndim] = slice(start, end, step)  # numpy clamps out-of-range bounds as ONNX does
        return tuple(index)

    def forward(self, *inputs: np.ndarray) -> np.ndarray:
        return np.asarray(inputs[0])[self._index(list(inputs))]

    def backward(self, grad: np.ndarray, inputs: list[np.ndarray], output: np.ndarray, need: list[bool]) -> Grads:
        g = np.zeros(np.shape(inputs[0]), dtype=grad.dtype)
        g[self._index(inputs)] = grad
        return [g, *([None] * (len(inputs) - 1))]
