"""The training loop: shuffled minibatches (with small random shifts), forward, cross-entropy,
backward, an optimiser step; accuracy and loss on the validation set after every epoch.
Deterministic: the seed decides the order of the batches and the shifts, nothing else is random.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from convviz import engine as E
from convviz.model.training.dataset import Dataset, Split, batches, shifted

OPTIMIZERS = ("adam", "sgd")


@dataclass(frozen=True)
class TrainConfig:
    # Defaults: what trained the shipped LeNet-5 (97.2 % on the bundled digits' test part).
    epochs: int = 40
    batch_size: int = 64
    lr: float = 3e-3
    optimizer: str = "adam"
    momentum: float = 0.9  # SGD only
    weight_decay: float = 0.0
    seed: int = 0
    max_shift: int = 2  # augmentation: each training image moved by up to this many pixels
    cosine: bool = True  # the learning rate falls from lr to 0 over the epochs along half a cosine

    def __post_init__(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"the optimizer must be one of {', '.join(OPTIMIZERS)}, not {self.optimizer!r}")
        for name, low in (("epochs", 1), ("batch_size", 1)):
            if getattr(self, name) < low:
                raise ValueError(f"{name} must be at least {low}, got {getattr(self, name)}")
        if not self.lr > 0:
            raise ValueError(f"the learning rate must be positive, got {self.lr}")
        if self.max_shift < 0:
            raise ValueError(f"max_shift must be ≥ 0, got {self.max_shift}")


@dataclass(frozen=True)
class Evaluation:
    loss: float
    accuracy: float
    predictions: np.ndarray  # (N,) the class each sample was given


@dataclass(frozen=True)
class EpochReport:
    epoch: int  # 1-based
    train_loss: float  # the mean of the epoch's minibatch losses
    train_accuracy: float  # on the (shifted) minibatches as they were trained
    val: Evaluation
    seconds: float


def make_optimizer(params: list[np.ndarray], config: TrainConfig) -> E.SGD | E.Adam:
    if config.optimizer == "sgd":
        return E.SGD(params, config.lr, config.momentum, config.weight_decay)
    return E.Adam(params, config.lr, weight_decay=config.weight_decay)


def evaluate(net: E.Sequential, data: Dataset, batch_size: int = 500) -> Evaluation:
    """Loss, accuracy and predictions in evaluation mode (dropout passes all, batch norm uses
    its running statistics), in batches so memory stays bounded."""
    net.train(False)
    losses, predictions = [], []
    for start in range(0, len(data), batch_size):
        x, y = data.images[start : start + batch_size], data.labels[start : start + batch_size]
        logits = net.forward(x)
        losses.append(E.cross_entropy(logits, y) * len(y))
        predictions.append(logits.argmax(axis=1))
    pred = np.concatenate(predictions) if predictions else np.zeros(0, np.int64)
    n = max(len(data), 1)
    return Evaluation(float(sum(losses) / n), float((pred == data.labels).mean()) if len(data) else 0.0, pred)


class Trainer:
    def __init__(self, net: E.Sequential, split: Split, config: TrainConfig) -> None:
        self.net, self.split, self.config = net, split, config
        self.rng = np.random.default_rng(config.seed)
        self.optimizer = make_optimizer(net.parameters(), config)
        self.epoch = 0
        self.history: list[EpochReport] = []

    def lr_for(self, epoch: int) -> float:
        """The learning rate of 0-based ``epoch``: constant, or on the cosine schedule (ends
        near 0, so the last epochs settle instead of jumping around the minimum)."""
        c = self.config
        if not c.cosine:
            return c.lr
        return c.lr * 0.5 * (1 + math.cos(math.pi * min(epoch, c.epochs) / c.epochs))

    def step(self, x: np.ndarray, y: np.ndarray) -> tuple[float, int]:
        """One minibatch: (its loss, how many it got right) before the step."""
        self.net.train(True)
        logits = self.net.forward(x)
        loss = E.cross_entropy(logits, y)
        self.net.backward_weights(E.cross_entropy_backward(logits, y).astype(logits.dtype))
        self.optimizer.step(self.net.gradients())
        return loss, int((logits.argmax(axis=1) == y).sum())

    def train_epoch(
        self, on_batch: Callable[[int, int, float], None] | None = None, stop: Callable[[], bool] | None = None
    ) -> EpochReport | None:
        """One pass over the training set; ``on_batch(done, total, loss)`` after each minibatch.
        None if ``stop()`` said so before the epoch ended (the weights keep every step taken)."""
        started = time.perf_counter()
        self.optimizer.lr = self.lr_for(self.epoch)
        train = self.split.train
        total = -(-len(train) // self.config.batch_size)
        loss_sum, correct, seen = 0.0, 0, 0
        for done, idx in enumerate(batches(len(train), self.config.batch_size, self.rng), start=1):
            if stop is not None and stop():
                return None
            x = shifted(train.images[idx], self.rng, self.config.max_shift)
            loss, right = self.step(x, train.labels[idx])
            loss_sum, correct, seen = loss_sum + loss * len(idx), correct + right, seen + len(idx)
            if on_batch is not None:
                on_batch(done, total, loss)
        self.epoch += 1
        report = EpochReport(
            self.epoch,
            loss_sum / seen,
            correct / seen,
            evaluate(self.net, self.split.val),
            time.perf_counter() - started,
        )
        self.history.append(report)
        return report
