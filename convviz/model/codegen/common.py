"""What every framework's code generator shares: the stack as a list of steps (each engine layer
with the shapes before and after it and its name), the pads each window really uses, and the
small text helpers that keep the generated source readable.

Geometry comes from the engine (``resolve_padding``, ``PoolGeometry``), never worked out again:
the generated code pads exactly where the engine does.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz import engine as E
from convviz.model.stack.build import StackResult, row_names
from convviz.model.stack.model import StackModel

Shape = tuple[int, ...]
Pads = tuple[tuple[int, int], tuple[int, int]]  # ((top, bottom), (left, right))


@dataclass(frozen=True)
class Step:
    """One engine layer as the generators see it."""

    name: str  # as the stack's summary names it: "Conv2d-1"
    layer: E.Layer
    in_shape: Shape  # one sample, NCHW: (C, H, W) or (F,)
    out_shape: Shape

    @property
    def ident(self) -> str:
        """A Python name for the layer's variables: "conv2d_1"."""
        return self.name.lower().replace("-", "_")

    @property
    def in_hw(self) -> tuple[int, int]:
        return int(self.in_shape[1]), int(self.in_shape[2])


@dataclass(frozen=True)
class Stack:
    steps: list[Step]
    input_shape: Shape
    note: str = ""  # why the code stops early (a layer that does not build), or ""


def unpack(stack: Any, input_shape: Any = None) -> Stack:
    """The steps of a ``StackModel`` (its layers that build, on its own input unless
    ``input_shape`` says otherwise), a ``StackResult``, an engine ``Sequential`` or a list of
    engine layers (these need ``input_shape``, one sample's (C, H, W))."""
    note = ""
    if isinstance(stack, StackModel):
        result = stack.result
        names = row_names(list(stack.configs))
        shape = stack.input_shape if input_shape is None else input_shape
    elif isinstance(stack, StackResult):
        result, names, shape = stack, [r.name for r in stack.rows], input_shape or stack.input_shape
    else:
        result, shape = None, input_shape
        layers = list(stack.layers if isinstance(stack, E.Sequential) else stack)
        names = default_names(layers)
    if result is not None:
        layers = list(result.layers)
        if not result.valid and result.error_index is not None:
            row = result.rows[result.error_index]
            note = f"{row.name} does not build ({row.error}), so the code stops before it."
    if shape is None:
        raise ValueError("input_shape (C, H, W) is needed: a list of layers does not record the size it runs on")
    shape = tuple(int(n) for n in shape)
    if len(shape) != 3 or min(shape) < 1:
        raise ValueError(f"input_shape must be (C, H, W), three positive ints, got {shape!r}")
    steps: list[Step] = []
    current: Shape = shape
    for layer, name in zip(layers, names, strict=False):
        out = tuple(int(n) for n in layer.output_shape(current))
        steps.append(Step(name, layer, current, out))
        current = out
    return Stack(steps, shape, note)


def default_names(layers: Sequence[E.Layer]) -> list[str]:
    """Class name and its count among that class ("Conv2d-2"), as the engine's summary names rows."""
    counts: dict[str, int] = {}
    names = []
    for layer in layers:
        counts[layer.name] = counts.get(layer.name, 0) + 1
        names.append(f"{layer.name}-{counts[layer.name]}")
    return names


# --- geometry, from the engine ----------------------------------------------------------------
def pair(value: Any) -> tuple[int, int]:
    if isinstance(value, (int, np.integer)):
        return int(value), int(value)
    return int(value[0]), int(value[1])


def kernel_hw(layer: E.Conv2d | E.ConvTranspose2d) -> tuple[int, int]:
    shape = layer.params["weight"].shape
    return int(shape[2]), int(shape[3])


def conv_pads(step: Step) -> Pads:
    """The pads the engine applies before this convolution ('same' at a stride resolved)."""
    layer = step.layer
    assert isinstance(layer, E.Conv2d)
    (t, b), (left, r) = E.resolve_padding(layer.padding, step.in_hw, kernel_hw(layer), layer.stride, layer.dilation)
    return (int(t), int(b)), (int(left), int(r))


def tf_same(in_hw: tuple[int, int], k: tuple[int, int], s: tuple[int, int], d: tuple[int, int]) -> Pads:
    """TensorFlow's SAME pads: out = ceil(in / s), the odd extra cell at the bottom/right (the engine's 'same')."""
    (t, b), (left, r) = E.resolve_padding("same", in_hw, k, s, d)
    return (int(t), int(b)), (int(left), int(r))


@dataclass(frozen=True)
class PoolWindows:
    kernel: tuple[int, int]
    stride: tuple[int, int]
    dilation: tuple[int, int]
    padding: tuple[int, int]  # torch's, on both sides of an axis (0 for TF's 'same' / 'valid')
    pads: Pads  # every cell the windows reach outside the input: padding, then ceil mode's overhang
    tf_same: bool  # padding="same" as TensorFlow means it (the padding is never counted)
    counts_padding: bool = False  # an average whose divisor counts the padding (torch's count_include_pad)

    @property
    def extra(self) -> tuple[int, int]:
        """Ceil mode's overhang past the padding, at the bottom/right."""
        return self.pads[0][1] - self.padding[0], self.pads[1][1] - self.padding[1]


def pool_edge(w: PoolWindows) -> str:
    """What the cells outside the input are, in words: padding, ceil mode's overhang or both."""
    if w.extra == (0, 0):
        return "Padding"
    return "Padding and ceil_mode's overhang" if w.padding != (0, 0) else "Ceil_mode's overhang"


def pool_windows(step: Step) -> PoolWindows:
    layer = step.layer
    assert isinstance(layer, (E.MaxPool2d, E.AvgPool2d))
    k = pair(layer.kernel_size)
    s = k if layer.stride is None else pair(layer.stride)
    d = pair(getattr(layer, "dilation", 1))
    if isinstance(layer.padding, str):  # TensorFlow's names ('same', 'valid'), where the engine takes them
        (t, b), (left, r) = E.pool_geometry(step.in_hw, k, s, layer.padding, d).pads
        return PoolWindows(k, s, d, (0, 0), ((int(t), int(b)), (int(left), int(r))), layer.padding == "same")
    geo = E.PoolGeometry.resolve(step.in_hw, k, s, layer.padding, d, layer.ceil_mode)
    (t, b), (left, r) = geo.pads
    counts = isinstance(layer, E.AvgPool2d) and bool(layer.count_include_pad) and pair(geo.padding) != (0, 0)
    return PoolWindows(k, s, d, pair(geo.padding), ((int(t), int(b)), (int(left), int(r))), False, counts)


def edge_pad(mode: str, pads: Pads, in_hw: tuple[int, int], concat: str, repeat: str) -> list[str]:
    """Replicate or circular padding, which TensorFlow's pad has not, as copies of the edge rows
    then columns joined on: one expression of ``x`` per padded axis (NHWC: rows axis 1, columns
    axis 2). ``concat`` / ``repeat`` name the library's functions ("ops.concatenate", "tf.concat")."""
    exprs = []
    for axis, ((before, after), size) in enumerate(zip(pads, in_hw, strict=True), start=1):
        if before == after == 0:
            continue
        lead = ":, " * axis  # the batch (and rows) kept whole

        def rows(a: int, b: int, lead: str = lead) -> str:
            return f"x[{lead}{a}:{b}]"

        if mode == "circular":  # the far side's cells wrap round
            parts = [rows(size - before, size)] if before else []
            parts += ["x"] + ([rows(0, after)] if after else [])
        else:  # replicate: the edge cell copied
            parts = [f"{repeat}({rows(0, 1)}, {before}, axis={axis})"] if before else []
            parts += ["x"] + ([f"{repeat}({rows(size - 1, size)}, {after}, axis={axis})"] if after else [])
        exprs.append(f"{concat}([{', '.join(parts)}], axis={axis})")
    return exprs


# --- text ---------------------------------------------------------------------------------------
def num(value: Any) -> str:
    """An int, or an (h, w) pair written as one int when both are equal."""
    h, w = pair(value)
    return str(h) if h == w else f"({h}, {w})"


def shape_text(shape: Shape) -> str:
    return "×".join(str(n) for n in shape)


def call(func: str, *args: str, **kwargs: str | None) -> str:
    """``func(a, b, k=v)``, keyword arguments that are None left out."""
    parts = [*args, *(f"{k}={v}" for k, v in kwargs.items() if v is not None)]
    return f"{func}({', '.join(parts)})"


def floats(value: float) -> str:
    return repr(float(value))


def pads_text(pads: Pads) -> str:
    (t, b), (left, r) = pads
    return f"{t} top, {b} bottom, {left} left, {r} right"


def wrap_comments(source: str, width: int = 100) -> str:
    """Every whole-line comment longer than ``width`` broken into lines of that width, indented as it was."""
    out = []
    for line in source.splitlines():
        body = line.lstrip()
        if len(line) <= width or not body.startswith("# "):
            out.append(line)
            continue
        indent = line[: len(line) - len(body)] + "# "
        out += textwrap.wrap(body[2:], width, initial_indent=indent, subsequent_indent=indent, break_long_words=False)
    return "\n".join(out) + ("\n" if source.endswith("\n") else "")


NOT_EXPRESSIBLE = "NOT EXPRESSIBLE"


def not_expressible(framework: str, name: str, why: str) -> str:
    return f"{NOT_EXPRESSIBLE} in {framework}: {name} {why}; it is left out, so this model is not the convviz stack."
