"""Training in the window: a ``TrainRun`` advanced a few minibatches at a time on a worker
thread, so the window never waits; after each chunk the GUI gets a ``TrainProgress`` snapshot
(curves, the first layer's kernels, and after each epoch the validation's confusion matrix and
its misclassified digits) and asks for the next chunk while running. Pause: no next chunk.

The run trains its own copy of the stack's layers (the stack's worker keeps reading the ones on
screen); the GUI puts the trained weights into the stack after each epoch and when it stops.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from convviz import engine as E
from convviz.model.latest_only import LatestOnlyWorker
from convviz.model.training.dataset import Split
from convviz.model.training.network import classifier, initialize
from convviz.model.training.trainer import EpochReport, Evaluation, TrainConfig, Trainer
from convviz.text import tr

CHUNK_SECONDS = 0.15  # work per chunk: the curves update about six times a second


def confusion(labels: np.ndarray, predictions: np.ndarray, classes: int) -> np.ndarray:
    """(classes, classes) counts: row = the true class, column = the class given."""
    out = np.zeros((classes, classes), np.int64)
    np.add.at(out, (labels, predictions), 1)
    return out


class TrainRun:
    """One training run of a copy of ``layers`` on ``split``; advanced by ``advance``."""

    def __init__(
        self,
        layers: list[E.Layer],
        input_shape: tuple[int, ...],
        split: Split,
        config: TrainConfig,
        fresh: bool = False,
    ):
        """``fresh``: start from random weights drawn from the config's seed, not the layers' own."""
        self.layers = copy.deepcopy(layers)
        if fresh:  # before the optimiser holds the arrays
            initialize(self.layers, config.seed)
        self.net = classifier(self.layers, input_shape, len(split.train.classes))
        self.split, self.config = split, config
        self.trainer = Trainer(self.net, split, config)
        self.last_val: Evaluation | None = None
        self.stopped = False

    @property
    def batches_per_epoch(self) -> int:
        return self.trainer.batches_per_epoch

    @property
    def done(self) -> bool:
        return self.stopped or self.trainer.epoch >= self.config.epochs

    def advance(self, seconds: float = CHUNK_SECONDS) -> None:
        """Train minibatches for about ``seconds`` (at least one); an epoch's last one also
        evaluates the validation set."""
        deadline = time.perf_counter() + seconds
        while not self.done:
            _, report = self.trainer.train_batch()
            if report is not None:
                self.last_val = report.val
            if time.perf_counter() >= deadline:
                break

    def weights(self) -> list[dict[str, np.ndarray]]:
        """Every layer's trained arrays, copied (safe to hand to another thread)."""
        return [{k: v.copy() for k, v in layer.params.items()} for layer in self.layers]


@dataclass(frozen=True)
class TrainProgress:
    run: TrainRun  # the run the worker advances (a new Start makes another)
    epoch: int  # epochs finished
    batch: int  # minibatches done in the epoch under way
    batch_losses: list[float]
    history: list[EpochReport]
    kernels: np.ndarray | None  # the first layer's weights (O, C, kH, kW), or None
    confusion: np.ndarray | None  # of the validation set after the last epoch
    misclassified: np.ndarray  # indices into the validation set, after the last epoch
    weights: list[dict[str, np.ndarray]] = field(repr=False, default_factory=list)
    done: bool = False
    error: str = ""

    @staticmethod
    def of(run: TrainRun, error: str = "") -> TrainProgress:
        first = next((layer for layer in run.layers if "weight" in layer.params), None)
        val = run.last_val
        labels = run.split.val.labels
        return TrainProgress(
            run,
            run.trainer.epoch,
            run.trainer.batches_done,
            list(run.trainer.batch_losses),
            list(run.trainer.history),
            None if first is None or first.params["weight"].ndim != 4 else first.params["weight"].copy(),
            None if val is None else confusion(labels, val.predictions, len(run.split.val.classes)),
            np.zeros(0, np.int64) if val is None else np.flatnonzero(val.predictions != labels),
            run.weights(),
            run.done,
            error,
        )


class TrainSession:
    """The train page's loop, as ``LearnSession`` is the learn page's: ``deliver(progress)`` is
    called on the worker thread; the GUI passes it to ``accept`` on its own thread, draws it and
    asks for the next chunk with ``next_chunk``."""

    def __init__(self, deliver: Callable[[TrainProgress], object]) -> None:
        self.active: TrainRun | None = None
        self.progress: TrainProgress | None = None
        self.running = False
        self._worker: LatestOnlyWorker[TrainRun, TrainProgress] = LatestOnlyWorker(
            self._run_chunk, deliver, self._failed, name="convviz-trainer"
        )

    def start(self, run: TrainRun | None = None) -> None:
        """Train a new ``run``, or go on with the paused one."""
        if run is not None:
            self.active, self.progress = run, None
        if self.active is None or self.active.done:
            return
        self.running = True
        self.next_chunk()

    def pause(self) -> None:
        """The chunk in flight still arrives (and is shown); no other starts."""
        self.running = False

    def stop(self) -> None:
        """End the run where it is (its weights keep every step taken)."""
        self.running = False
        if self.active is not None:
            self.active.stopped = True

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def next_chunk(self) -> None:
        if self.running and self.active is not None and not self.active.done:
            self._worker.submit(self.active)

    def accept(self, progress: TrainProgress) -> bool:
        """On the GUI thread: keep ``progress`` unless it belongs to an older run (False)."""
        if progress.run is not self.active:
            return False
        self.progress = progress
        if progress.done:
            self.running = False
        return True

    @staticmethod
    def _run_chunk(run: TrainRun) -> TrainProgress:
        run.advance()
        return TrainProgress.of(run)

    @staticmethod
    def _failed(run: TrainRun, error: Exception) -> TrainProgress:
        run.stopped = True
        return TrainProgress.of(run, tr("Training", "internal error: {error}").format(error=error))

    def shutdown(self) -> None:
        self.running = False
        self._worker.shutdown()
