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
        self.batch_losses: list[float] = []  # every minibatch's loss, in order
        self._pending: list[np.ndarray] = []  # the epoch under way's minibatches still to do, last first
        self._loss_sum, self._right, self._seen, self._started = 0.0, 0, 0, 0.0

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

    @property
    def batches_per_epoch(self) -> int:
        return -(-len(self.split.train) // self.config.batch_size)

    @property
    def batches_done(self) -> int:
        """Minibatches done in the epoch under way (0 between epochs)."""
        return self.batches_per_epoch - len(self._pending) if self._pending else 0

    def train_batch(self) -> tuple[float, EpochReport | None]:
        """The next minibatch of the epoch under way (a new epoch begins with a fresh order):
        its loss, and the epoch's report when it was the epoch's last (the validation set is
        evaluated then). The training window's chunks and ``train_epoch`` both run on this."""
        if not self._pending:
            self.optimizer.lr = self.lr_for(self.epoch)
            self._pending = list(batches(len(self.split.train), self.config.batch_size, self.rng))[::-1]
            self._loss_sum, self._right, self._seen = 0.0, 0, 0
            self._started = time.perf_counter()
        idx = self._pending.pop()
        train = self.split.train
        loss, right = self.step(shifted(train.images[idx], self.rng, self.config.max_shift), train.labels[idx])
        self.batch_losses.append(loss)
        self._loss_sum, self._right, self._seen = (
            self._loss_sum + loss * len(idx),
            self._right + right,
            self._seen + len(idx),
        )
        if self._pending:
            return loss, None
        self.epoch += 1
        report = EpochReport(
            self.epoch,
            self._loss_sum / self._seen,
            self._right / self._seen,
            evaluate(self.net, self.split.val),
            time.perf_counter() - self._started,
        )
        self.history.append(report)
        return loss, report

    def train_epoch(
        self, on_batch: Callable[[int, int, float], None] | None = None, stop: Callable[[], bool] | None = None
    ) -> EpochReport | None:
        """The rest of the epoch under way (a whole one between epochs); ``on_batch(done, total,
        loss)`` after each minibatch. None if ``stop()`` said so before the epoch ended (the
        weights keep every step taken)."""
        while True:
            if stop is not None and stop():
                return None
            loss, report = self.train_batch()
            if on_batch is not None:
                done = self.batches_per_epoch if report is not None else self.batches_done
                on_batch(done, self.batches_per_epoch, loss)
            if report is not None:
                return report
