"""Turn a list of layer configs into engine layers, one row per layer: output shape, params,
mult-adds and receptive field from the engine, or the reason the layer cannot take the shape
before it (or would go over the stack's budgets). Pure function of its inputs (plus the weight
cache it reads and fills)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

import numpy as np

from convviz import engine as E
from convviz.model.stack.budget import plan
from convviz.model.stack.layers import Shape, build, spec

_uids = count(1)


def new_uid() -> int:
    return next(_uids)


@dataclass(frozen=True)
class LayerConfig:
    """What the user chose for one layer. ``uid`` names it across edits, so its weights follow it
    when it moves, and also seeds its first random weights."""

    kind: str
    params: dict
    uid: int = field(default_factory=new_uid)

    @property
    def label(self) -> str:
        return spec(self.kind).label


@dataclass(frozen=True)
class Row:
    """One line of the summary table. ``error`` is set on the first layer that fails; rows after
    it have no shape (``output_shape`` None) and no error of their own."""

    name: str
    label: str
    output_shape: Shape | None = None
    params: int = 0
    mult_adds: int = 0
    rf_size: tuple[float, float] | None = None  # exact: the largest region over the output cells
    rf_jump: tuple[float, float] | None = None
    error: str = ""
    rf_formula: tuple[float, float] | None = None  # r + (k − 1)·j; None from a transposed conv on

    @property
    def is_vector(self) -> bool:
        return self.output_shape is not None and len(self.output_shape) == 1


@dataclass(frozen=True)
class StackResult:
    input_shape: Shape
    rows: list[Row]
    layers: list[E.Layer]  # the layers that built; all of them when ``valid``
    summary: E.Summary
    error_index: int | None = None
    over_budget: bool = False  # the error is a budget: the stack would need too much memory or arithmetic
    training: bool = False  # train mode (dropout drops); eval mode, the default, as torch's model.eval()
    # The error's message names its layer ("layer 3 (Conv2d, …) would need …", in the interface's
    # language): a view need not say "Layer 3:" before it.
    error_names_layer: bool = False

    @property
    def valid(self) -> bool:
        return self.error_index is None

    @property
    def shapes(self) -> list[Shape]:
        """Input shape, then each built layer's output shape."""
        shapes = [self.input_shape]
        for r in self.rows[: len(self.layers)]:
            assert r.output_shape is not None, "a built layer always has its output shape"
            shapes.append(r.output_shape)
        return shapes


def _keep_weights(layer: E.Layer, cache: dict[str, np.ndarray] | None) -> None:
    """Reuse the weights this layer had before if every array still has the same shape."""
    if cache and set(cache) == set(layer.params) and all(cache[k].shape == v.shape for k, v in layer.params.items()):
        layer.params.update(cache)


def row_names(configs: list[LayerConfig]) -> list[str]:
    """What every view calls each layer: its kind's label and its count among that kind
    ("Conv2d-2", "DepthwiseConv2d-1"), the engine summary's style."""
    counts: dict[str, int] = {}
    names = []
    for cfg in configs:
        counts[cfg.label] = counts.get(cfg.label, 0) + 1
        names.append(f"{cfg.label}-{counts[cfg.label]}")
    return names


def build_stack(
    configs: list[LayerConfig],
    input_shape: Shape,
    weights: dict[int, dict[str, np.ndarray]],
    training: bool = False,
) -> StackResult:
    """Build every layer in order; ``weights`` (uid -> params) is read for old weights and
    updated with the ones in use now. Only the layers the plan fits into the budgets are built,
    so no edit or input can make this allocate more than a stack may use. ``training`` is the
    stack's mode: dropout drops units only in train mode (eval, the default, passes all)."""
    planned = plan([(c.kind, c.params) for c in configs], input_shape)
    shape, layers = tuple(input_shape), []
    error_index, message = planned.error_index, planned.error
    for i, cfg in enumerate(configs[: len(planned.outputs)]):
        try:
            layer, shape = build(cfg.kind, cfg.params, shape, cfg.uid)
        except ValueError as exc:  # the plan agrees with the engine; this is a safety net
            error_index, message = i, str(exc)
            break
        if isinstance(layer, E.Dropout):
            layer.training = training
        _keep_weights(layer, weights.get(cfg.uid))
        weights[cfg.uid] = layer.params
        layers.append(layer)
    summ = E.summary(layers, input_shape)  # the engine's numbers, never our own arithmetic
    rfs = E.receptive_field(layers, input_shape) if len(input_shape) == 3 else []
    rows = []
    for i, (cfg, name) in enumerate(zip(configs, row_names(configs), strict=True)):
        if i < len(layers):
            r, f = summ.rows[i], rfs[i] if rfs else None
            rows.append(
                Row(
                    name,
                    cfg.label,
                    r.output_shape,
                    r.params,
                    r.mult_adds,
                    f.size if f else None,
                    f.jump if f else None,
                    rf_formula=f.formula if f else None,
                )
            )
        else:
            rows.append(Row(name, cfg.label, error=message if i == error_index else ""))
    return StackResult(
        tuple(input_shape),
        rows,
        layers,
        summ,
        error_index,
        planned.over_budget and error_index == planned.error_index,
        training,
        planned.error_names_layer and error_index == planned.error_index,
    )
