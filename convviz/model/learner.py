"""Learn a kernel by gradient descent: fit kernel and bias so the layer's output matches the
output of a target kernel on the same input (Qt-free, so it runs in tests and scripts).

The loss is the mean squared error ½·mean((y − t)²) rather than the sum, so one learning rate
suits inputs of any size. Gradients come from the engine's step trace (its last step is the
full vectorised backward), so the learner and the stepper show the same arithmetic.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from convviz.engine.kernels import random_kernel
from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec, loss_and_gradient

OPTIMIZERS: tuple[tuple[str, str], ...] = (("sgd", "SGD"), ("momentum", "SGD + momentum"), ("adam", "Adam"))
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
        if self.config.optimizer not in dict(OPTIMIZERS):
            raise ValueError(f"optimizer must be one of {[k for k, _ in OPTIMIZERS]}, got {self.config.optimizer!r}")
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
            self.done, self.reason = True, "the loss diverged: lower the learning rate"
        elif losses[-1] < c.loss_tol:
            self.done, self.reason = True, f"loss below {c.loss_tol:g}"
        elif len(losses) > c.patience:
            # Best-so-far, so one noisy Adam step does not end (or prolong) the run.
            before, now = self._best[-c.patience - 1], self._best[-1]
            if before - now < c.rel_tol * before:
                self.done, self.reason = True, f"loss fell by < {c.rel_tol:g} (relative) over {c.patience} steps"
        if not self.done and len(losses) >= c.max_iterations:
            self.done, self.reason = True, f"reached {c.max_iterations} iterations"

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
