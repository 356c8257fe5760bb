"""Class scores to probabilities and to a loss, with torch's semantics: softmax, log_softmax,
and cross_entropy(logits, targets) over integer class targets, the mean over the batch.

Numerically stable: the largest score of each row is subtracted before exponentiating, so
scores of 1000 give the same answer as scores of 0 (exp would overflow). Reference loops:
``convviz.engine.reference.log_softmax`` and ``cross_entropy``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.engine._args import check_numeric, float_dtype


def _scores(x: Any) -> np.ndarray:
    a = np.asarray(x)
    check_numeric(a, "logits")
    if a.ndim < 1:
        raise ValueError("scores need at least one dimension")
    return a.astype(float_dtype(a), copy=False)


def log_softmax(x: Any, dim: int = -1) -> np.ndarray:
    """log(exp(x) / sum(exp(x))) along ``dim``, computed as x − max − log(sum(exp(x − max)))."""
    a = _scores(x)
    shifted = a - a.max(axis=dim, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=dim, keepdims=True))


def softmax(x: Any, dim: int = -1) -> np.ndarray:
    """exp(x) / sum(exp(x)) along ``dim``: each row is a probability distribution."""
    return np.exp(log_softmax(x, dim))


def _targets(logits: np.ndarray, targets: Any) -> np.ndarray:
    if logits.ndim != 2:
        raise ValueError(f"cross_entropy takes (N, C) class scores, got shape {logits.shape}")
    t = np.asarray(targets)
    if t.shape != (logits.shape[0],) or not np.issubdtype(t.dtype, np.integer):
        raise ValueError(f"targets must be {logits.shape[0]} integer class indices, got {t.dtype} {t.shape}")
    if t.size and (t.min() < 0 or t.max() >= logits.shape[1]):
        raise ValueError(f"a target class is outside 0..{logits.shape[1] - 1}")
    return t.astype(np.intp)


def cross_entropy(logits: Any, targets: Any) -> float:
    """Mean over the batch of −log softmax(logits)[n, targets[n]] (torch's reduction='mean')."""
    a = _scores(logits)
    t = _targets(a, targets)
    return float(-log_softmax(a, 1)[np.arange(len(t)), t].mean())


def cross_entropy_backward(logits: Any, targets: Any) -> np.ndarray:
    """d loss / d logits = (softmax(logits) − one_hot(targets)) / N."""
    a = _scores(logits)
    t = _targets(a, targets)
    grad = softmax(a, 1)
    grad[np.arange(len(t)), t] -= 1
    return grad / max(len(t), 1)
