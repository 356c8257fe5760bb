"""Learn a kernel by gradient descent: fit kernel and bias so the layer's output matches the
output of a target kernel on the same input (Qt-free, so it runs in tests and scripts).

The loss is the mean squared error ½·mean((y − t)²) rather than the sum, so one learning rate
suits inputs of any size. Gradients come from the engine's step trace (its last step is the
full vectorised backward), so the learner and the stepper show the same arithmetic.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.engine.kernels import random_kernel
from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec, loss_and_gradient
from convviz.model.latest_only import LatestOnlyWorker
from convviz.model.state import ColorMode, to_chw
from convviz.model.teaching.choices import Choices
from convviz.text import noop, tr

OPTIMIZERS = Choices(
    "Learner",
    (("sgd", "SGD"), ("momentum", noop("Learner", "SGD + momentum")), ("adam", "Adam")),  # names stay as they are
)
DEFAULT_LR = {"sgd": 0.2, "momentum": 0.1, "adam": 0.05}


@dataclass
class LearnConfig:
    optimizer: str = "adam"
    lr: float = 0.05
    momentum: float = 0.9  # also Adam's β1
    beta2: float = 0.999
    eps: float = 1e-12
    patience: int = 100  # stop when the best loss improved by < rel_tol (relative) over this many steps
    rel_tol: float = 1e-6
    loss_tol: float = 1e-14
    max_iterations: int = 50_000
    learn_bias: bool = True


class Learner:
    """Gradient descent on (kernel, bias); call ``run(n)`` or ``run_for(seconds)`` until ``done``."""

    def __init__(
        self,
        x: np.ndarray,
        target_kernel: np.ndarray,
        spec: LayerSpec = LayerSpec(),
        init: np.ndarray | None = None,
        config: LearnConfig | None = None,
        target_bias: float = 0.0,
        seed: int | None = 0,
    ) -> None:
        self.config = config or LearnConfig()
        keys = [k for k, _ in OPTIMIZERS.english]
        if self.config.optimizer not in keys:
            raise ValueError(f"optimizer must be one of {keys}, got {self.config.optimizer!r}")
        self.x, self.spec = np.asarray(x, dtype=np.float64), spec
        self.target_kernel = np.asarray(target_kernel, dtype=np.float64)
        self.target_bias = float(target_bias)
        self.target = ForwardTrace(self.x, self.target_kernel, target_bias, spec).run.y
        shape = self.target_kernel.shape
        self.kernel = (
            random_kernel(shape, seed=seed) if init is None else np.array(init, dtype=np.float64).reshape(shape)
        )
        self.bias = 0.0
        self.losses: list[float] = []
        self._best: list[float] = []  # best loss so far after each step, for the stopping rule
        self.done, self.reason = False, ""
        self._m = np.zeros(self.kernel.size + 1)  # momentum / Adam first moment, bias last
        self._v = np.zeros(self.kernel.size + 1)

    def set_input(self, x: np.ndarray) -> None:
        """Learn on a new input from now on (a live camera's newest frame): the target is the
        target kernel's output on it, so the goal stays the same while the pictures change."""
        x = np.asarray(x, dtype=np.float64)
        target = ForwardTrace(x, self.target_kernel, self.target_bias, self.spec).run.y
        self.x, self.target = x, target

    @property
    def iteration(self) -> int:
        return len(self.losses)

    @property
    def loss(self) -> float:
        return self.losses[-1] if self.losses else float("nan")

    def output(self) -> np.ndarray:
        return ForwardTrace(self.x, self.kernel, self.bias, self.spec).run.y

    def max_kernel_error(self) -> float:
        return float(np.abs(self.kernel - self.target_kernel).max())

    def gradient(self) -> tuple[float, np.ndarray, float]:
        """(loss, dL/dkernel, dL/dbias) at the current parameters."""
        y = self.output()
        n = y.size
        loss, grad = loss_and_gradient(y, self.target)
        trace = BackwardTrace(self.x, self.kernel, self.bias, self.spec, grad / n)
        final = trace.step(len(trace) - 1)
        return loss / n, final.d_weight[0], final.d_bias

    def step(self) -> float:
        """One update; returns the loss before it."""
        loss, d_kernel, d_bias = self.gradient()
        g = np.append(d_kernel.ravel(), d_bias if self.config.learn_bias else 0.0)
        params = np.append(self.kernel.ravel(), self.bias) - self._update(g)
        self.kernel = params[:-1].reshape(self.kernel.shape)
        self.bias = float(params[-1])
        self.losses.append(loss)
        self._best.append(min(loss, self._best[-1]) if self._best else loss)
        self._check_stop()
        return loss

    def _update(self, g: np.ndarray) -> np.ndarray:
        c = self.config
        if c.optimizer == "sgd":
            return c.lr * g
        if c.optimizer == "momentum":
            self._m = c.momentum * self._m + g
            return c.lr * self._m
        t = self.iteration + 1  # Adam with bias-corrected moments
        self._m = c.momentum * self._m + (1 - c.momentum) * g
        self._v = c.beta2 * self._v + (1 - c.beta2) * g * g
        m_hat, v_hat = self._m / (1 - c.momentum**t), self._v / (1 - c.beta2**t)
        return c.lr * m_hat / (np.sqrt(v_hat) + c.eps)

    def _check_stop(self) -> None:
        c, losses = self.config, self.losses
        if not np.isfinite(losses[-1]) or losses[-1] > 1e6 * max(losses[0], 1e-300):
            self.done, self.reason = True, tr("Learner", "the loss diverged: lower the learning rate")
        elif losses[-1] < c.loss_tol:
            self.done, self.reason = True, tr("Learner", "loss below {tolerance}").format(tolerance=f"{c.loss_tol:g}")
        elif len(losses) > c.patience:
            # Best-so-far, so one noisy Adam step does not end (or prolong) the run.
            before, now = self._best[-c.patience - 1], self._best[-1]
            if before - now < c.rel_tol * before:
                self.done, self.reason = (
                    True,
                    tr("Learner", "loss fell by < {tolerance} (relative) over {steps} steps").format(
                        tolerance=f"{c.rel_tol:g}", steps=c.patience
                    ),
                )
        if not self.done and len(losses) >= c.max_iterations:
            self.done, self.reason = True, tr("Learner", "reached {n} iterations").format(n=c.max_iterations)

    def run(self, iterations: int) -> int:
        """Up to ``iterations`` steps (fewer if it finishes); returns how many ran."""
        ran = 0
        while ran < iterations and not self.done:
            self.step()
            ran += 1
        return ran

    def run_for(self, seconds: float, clock: Callable[[], float] = time.perf_counter) -> int:
        """Steps until ``seconds`` have passed on ``clock`` or it finishes, so a GUI timer never
        blocks long (at least one step, so a slow machine still makes progress)."""
        deadline, ran = clock() + seconds, 0
        while not self.done and (ran == 0 or clock() < deadline):
            self.step()
            ran += 1
        return ran


# ---- the learn page's loop ------------------------------------------------------------------
LEARN_CROP = 64  # learn on at most a 64×64 centre crop: fast iterations, same statistics
CHUNK_SECONDS = 0.025  # one chunk of iterations on the worker; the progress is drawn after each


def learning_input(image: np.ndarray) -> np.ndarray:
    """The learner's x: the centre LEARN_CROP² of an image or live frame, gray (BT.601), float64.
    Cut before the gray conversion (per pixel, so the same numbers), which leaves a photo alone."""
    if image.dtype == np.uint8:
        image = image.astype(np.float32) / np.float32(255)
    h, w = image.shape[:2]
    top, left = max(0, (h - LEARN_CROP) // 2), max(0, (w - LEARN_CROP) // 2)
    crop = image[top : top + LEARN_CROP, left : left + LEARN_CROP]
    return to_chw(crop, ColorMode.GRAY)[0].astype(np.float64)


@dataclass(frozen=True)
class LearnProgress:
    """Where a run stood after a chunk, taken on the worker: the GUI reads this, never the
    learner the worker goes on changing (its input and target, for one, change together)."""

    active: Learner  # the learner the worker advances (which run: a reset starts another)
    learner: Learner  # a copy of it as it stood after the chunk
    output: np.ndarray  # the layer's output with the copy's kernel

    @staticmethod
    def of(learner: Learner) -> LearnProgress:
        snapshot = copy.copy(learner)  # arrays are replaced on update, never written in place
        snapshot.losses, snapshot._best = list(learner.losses), list(learner._best)
        try:
            output = snapshot.output()
        except ValueError:  # the layer cannot run on this input (the reason says so): blank
            output = np.full(snapshot.target.shape, np.nan)
        return LearnProgress(learner, snapshot, output)


@dataclass(frozen=True)
class _Chunk:
    learner: Learner
    frame: np.ndarray | None  # a new live frame to learn on from now, or None


class LearnSession:
    """The learn page's loop: one ``Learner`` advanced CHUNK_SECONDS at a time on a worker thread
    while ``running``, each chunk on the input state's newest live frame (if the camera runs).

    ``deliver(progress)`` is called on the worker thread; the GUI hands the progress back to
    ``accept`` on its own thread, draws it, and asks for the next chunk with ``next_chunk``.
    """

    def __init__(self, input_state: Any, deliver: Callable[[LearnProgress], object]) -> None:
        self.input = input_state
        self.active: Learner | None = None  # owned by the worker while running
        self.progress: LearnProgress | None = None
        self.running = False
        self._last_frame: np.ndarray | None = None
        self._worker: LatestOnlyWorker[_Chunk, LearnProgress] = LatestOnlyWorker(
            self._run_chunk, deliver, self._failed, name="convviz-learner"
        )

    @property
    def learner(self) -> Learner | None:
        """The learner as last shown (a copy), or the new one before its first chunk."""
        return self.progress.learner if self.progress is not None else self.active

    @property
    def done(self) -> bool:
        return self.active is None or (self.progress is not None and self.progress.learner.done)

    def start(self, learner: Learner | None = None) -> None:
        """Run a new ``learner``, or go on with the paused one."""
        if learner is not None:
            self.active, self.progress, self._last_frame = learner, None, None
        if self.active is None or self.done:
            return
        self.running = True
        self.next_chunk()

    def pause(self) -> None:
        """The chunk in flight still arrives (and is shown); no other starts."""
        self.running = False

    def reset(self) -> None:
        self.running, self.active, self.progress = False, None, None

    def next_chunk(self) -> None:
        if not self.running or self.active is None:
            return
        frame = self.input.live_frame
        new = frame is not None and frame is not self._last_frame
        if new:
            self._last_frame = frame
        self._worker.submit(_Chunk(self.active, frame if new else None))

    def accept(self, progress: LearnProgress) -> bool:
        """On the GUI thread: keep ``progress`` unless it belongs to a run since reset (False)."""
        if progress.active is not self.active:
            return False
        self.progress = progress
        if progress.learner.done:
            self.running = False
        return True

    @staticmethod
    def _run_chunk(chunk: _Chunk) -> LearnProgress:
        learner = chunk.learner
        try:
            if chunk.frame is not None:
                learner.set_input(learning_input(chunk.frame))
            learner.run_for(CHUNK_SECONDS)
        except ValueError as error:  # e.g. a layer the target kernel does not fit
            learner.done, learner.reason = True, str(error)
        return LearnProgress.of(learner)

    @staticmethod
    def _failed(chunk: _Chunk, error: Exception) -> LearnProgress:
        chunk.learner.done, chunk.learner.reason = True, tr("Learner", "internal error: {error}").format(error=error)
        return LearnProgress.of(chunk.learner)

    def shutdown(self) -> None:
        self.running = False
        self._worker.shutdown()
