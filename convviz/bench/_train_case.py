"""The bench's training case: one epoch of LeNet-5 (the shipped stack, tanh and average
pooling) on the 4,000 training digits, batch 64, Adam, in convviz and in torch, each in its
own process, from the same initial weights over the same batches. The digest is the sum of
the epoch's minibatch losses, so the two runs can be compared."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

BATCH = 64
LR = 1e-3
LENET_SHAPES = [((6, 1, 5, 5), 6), ((16, 6, 5, 5), 16), ((120, 400), 120), ((84, 120), 84), ((10, 84), 10)]


def inputs() -> dict:
    """The training part of the bundled digits, a fixed order, and initial weights (He for the
    convolutions, Glorot for the linear layers, biases 0) drawn here, so both libraries start alike."""
    from convviz.io.datasets import load_mnist5k
    from convviz.model.training.dataset import split_per_class

    train = split_per_class(load_mnist5k()).train
    rng = np.random.default_rng(1234)
    weights = []
    for shape, bias in LENET_SHAPES:
        if len(shape) == 4:
            w = rng.normal(0.0, np.sqrt(2.0 / np.prod(shape[1:])), shape)
        else:
            limit = np.sqrt(6.0 / (shape[0] + shape[1]))
            w = rng.uniform(-limit, limit, shape)
        weights += [w.astype(np.float32), np.zeros(bias, np.float32)]
    return {"x": train.images, "y": train.labels, "order": rng.permutation(len(train)), "weights": weights}


def convviz_epoch(a: dict) -> Callable[[], float]:
    from convviz import engine as E
    from convviz.io import stack_files
    from convviz.model.stack.model import StackModel
    from convviz.model.training.network import classifier

    spec = stack_files.load(stack_files.TRAINED_LENET, with_weights=False)
    model = StackModel(channels=spec.channels, size=spec.size)
    stack_files.apply(model, spec)
    net = classifier(list(model.result.layers), model.input_shape, 10)

    def epoch() -> float:
        for p, w in zip(net.parameters(), a["weights"], strict=True):
            p[...] = w
        opt = E.Adam(net.parameters(), LR)
        net.train(True)  # as the trainer's step does (convolutions keep their columns for backward)
        total = 0.0
        for start in range(0, len(a["order"]), BATCH):
            idx = a["order"][start : start + BATCH]
            x, y = a["x"][idx], a["y"][idx]
            logits = net.forward(x)
            total += E.cross_entropy(logits, y)
            net.backward_weights(E.cross_entropy_backward(logits, y).astype(np.float32))
            opt.step(net.gradients())
        return total

    return epoch


def torch_epoch(a: dict) -> Callable[[], float]:
    import torch
    from torch import nn

    net = nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2, 2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2, 2), nn.Flatten(),
        nn.Linear(400, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10),
    )  # fmt: skip
    x, y = torch.from_numpy(a["x"]), torch.from_numpy(a["y"])
    order = torch.from_numpy(a["order"])

    def epoch() -> float:
        with torch.no_grad():
            for p, w in zip(net.parameters(), a["weights"], strict=True):
                p.copy_(torch.from_numpy(w))
        opt = torch.optim.Adam(net.parameters(), LR)
        total = 0.0
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            loss = nn.functional.cross_entropy(net(x[idx]), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach())
        return total

    return epoch
