"""A layer stack as a classifier: it must end in one score per class; training runs in float32."""

from __future__ import annotations

import numpy as np

from convviz import engine as E
from convviz.engine.kernels import random_kernel
from convviz.model.stack.layers import in_words
from convviz.text import tr


class NotAClassifier(ValueError):
    """The stack does not end in class scores; the message says what it ends in."""


def initialize(layers: list[E.Layer], seed: int) -> None:
    """Fresh weights drawn from ``seed`` alone, as each layer draws its first ones (He for
    convolutions, Glorot for linear layers, biases 0, batch norm 1 and 0), so a training run from
    a seed starts from the same weights whatever else the process did before."""
    rng = np.random.default_rng(seed)
    for layer in layers:
        if "weight" not in layer.params:
            continue
        shape = layer.params["weight"].shape
        if isinstance(layer, E.BatchNorm2d):
            layer.params["weight"] = np.ones(shape)
        elif isinstance(layer, E.Linear):
            layer.params["weight"] = random_kernel((*shape, 1, 1), "glorot", int(rng.integers(2**31))).reshape(shape)
        else:
            layer.params["weight"] = random_kernel(shape, "he", int(rng.integers(2**31)))
        if "bias" in layer.params:
            layer.params["bias"] = np.zeros(layer.params["bias"].shape)


def classifier(layers: list[E.Layer], input_shape: tuple[int, ...], classes: int) -> E.Sequential:
    """``layers`` as a Sequential whose output is ``classes`` scores per sample, its weights
    turned to float32 in place (the stack then holds the arrays being trained)."""
    if not layers:
        raise NotAClassifier(
            tr("Training", "the stack has no layers: it must end in a Linear layer with one output per class")
        )
    out = E.summary(layers, input_shape).rows[-1].output_shape
    if tuple(out) != (classes,):
        raise NotAClassifier(
            tr(
                "Training",
                "the stack must end in {classes} class scores (a Linear with {classes} outputs), "
                "but its last layer gives {shape}",
            ).format(classes=classes, shape=in_words(tuple(out)))
        )
    for layer in layers:
        for name, value in layer.params.items():
            layer.params[name] = np.ascontiguousarray(value, dtype=np.float32)
    return E.Sequential(layers)
