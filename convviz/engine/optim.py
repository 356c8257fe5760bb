"""Optimisers that update parameter arrays in place from their gradients, as torch.optim does:
SGD (momentum, weight decay) and Adam. Deterministic: no randomness anywhere.

    opt = SGD([w, b], lr=0.01, momentum=0.9)
    opt.step([dw, db])   # w and b change in place
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class _Optimizer:
    def __init__(self, params: Sequence[np.ndarray], lr: float, weight_decay: float) -> None:
        if lr <= 0 or not np.isfinite(lr):
            raise ValueError(f"the learning rate must be a positive number, got {lr}")
        if weight_decay < 0:
            raise ValueError(f"weight decay must be ≥ 0, got {weight_decay}")
        self.params = list(params)
        self.lr, self.weight_decay = float(lr), float(weight_decay)
        self.steps = 0

    def _grads(self, grads: Sequence[np.ndarray]) -> list[np.ndarray]:
        if len(grads) != len(self.params):
            raise ValueError(f"{len(self.params)} parameters but {len(grads)} gradients")
        out = []
        for p, g in zip(self.params, grads, strict=True):
            g = np.asarray(g, dtype=p.dtype)
            if g.shape != p.shape:
                raise ValueError(f"a gradient of shape {g.shape} for a parameter of shape {p.shape}")
            out.append(g + self.weight_decay * p if self.weight_decay else g)  # L2, as torch adds it
        return out

    def step(self, grads: Sequence[np.ndarray]) -> None:
        raise NotImplementedError


class SGD(_Optimizer):
    """p −= lr · v, with v = g (no momentum) or v ← momentum · v + g (torch: dampening 0, the
    first step's v is g itself)."""

    def __init__(self, params: Sequence[np.ndarray], lr: float, momentum: float = 0.0, weight_decay: float = 0.0):
        super().__init__(params, lr, weight_decay)
        if not 0 <= momentum < 1:
            raise ValueError(f"momentum must be in [0, 1), got {momentum}")
        self.momentum = float(momentum)
        self._velocity: list[np.ndarray | None] = [None] * len(self.params)

    def step(self, grads: Sequence[np.ndarray]) -> None:
        for i, (p, g) in enumerate(zip(self.params, self._grads(grads), strict=True)):
            if self.momentum:
                v = self._velocity[i]
                v = g.copy() if v is None else np.add(self.momentum * v, g, out=v)
                self._velocity[i] = v
                g = v
            p -= self.lr * g
        self.steps += 1


class Adam(_Optimizer):
    """Adam (Kingma & Ba): running means of g and g², bias-corrected, p −= lr · m̂ / (√v̂ + eps)."""

    def __init__(
        self,
        params: Sequence[np.ndarray],
        lr: float = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0.0,
    ):
        super().__init__(params, lr, weight_decay)
        if not all(0 <= b < 1 for b in betas):
            raise ValueError(f"betas must be in [0, 1), got {betas}")
        self.betas, self.eps = (float(betas[0]), float(betas[1])), float(eps)
        self._m = [np.zeros_like(p) for p in self.params]
        self._v = [np.zeros_like(p) for p in self.params]

    def step(self, grads: Sequence[np.ndarray]) -> None:
        b1, b2 = self.betas
        t = self.steps + 1
        for p, g, m, v in zip(self.params, self._grads(grads), self._m, self._v, strict=True):
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * g * g
            m_hat = m / (1 - b1**t)
            v_hat = v / (1 - b2**t)
            p -= self.lr * m_hat / (np.sqrt(v_hat) + self.eps)
        self.steps = t
