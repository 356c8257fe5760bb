"""Convolution in one dimension, as signal processing defines it and as text CNNs use it.

* The signal picture: y[n] = Σₖ h[k]·x[n − k]. Turn the kernel round (flip), slide it along the
  signal, and at each place sum the products. ``Slide`` walks that one output at a time; every
  number is the engine's (`conv2d` of a 1×N "image" with a 1×K kernel, ``flip=True``, padded by
  K − 1 on both sides: numpy.convolve's "full" mode). Without the flip the same slide is
  cross-correlation (numpy.correlate), which is what every CNN library computes.
* Text CNNs: a sentence is a d × L matrix (one d-dimensional word vector per column); a filter of
  width 3 is d × 3, as tall as the vectors, so it slides along the words only and reads one
  trigram per output; max over time keeps each filter's strongest trigram.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz import engine as E
from convviz.text import noop, tr

SIGNAL = (0.0, 1.0, 2.0, 3.0, 2.0, 1.0, 0.0, 0.0)  # a bump, so the flip shows
KERNEL = (1.0, 0.5, 0.25)  # not symmetric: convolution and correlation differ
MAX_LENGTH = 64  # signal and kernel each: the dialog draws every sample and writes its number

# Why the Chinese name: one whole paragraph, so a translation keeps it whole (``why_juan``
# gives it in the interface's language).
WHY_JUAN = noop(
    "Signal1D",
    "In Chinese convolution is 卷积 (juǎn jī): 卷 means to roll up or turn over, as a scroll is rolled, "
    "and 积 means the accumulated product. The definition y[n] = Σₖ h[k]·x[n − k] reads the kernel "
    "backwards: h is turned over (flipped) before it slides along x, and the products under it are "
    "summed. The English word comes from the Latin convolvere, to roll together. CNN libraries skip the "
    "flip and compute cross-correlation (互相关); a learned kernel simply learns the flipped weights, "
    "so nothing is lost.",
)


def why_juan() -> str:
    """``WHY_JUAN`` in the interface's language."""
    return tr("Signal1D", WHY_JUAN)


def _vector(values: object, name: str) -> np.ndarray:
    a = np.asarray(values, dtype=np.float64)
    if a.ndim != 1 or not 1 <= a.size <= MAX_LENGTH:
        if name == "signal":
            text = tr("Signal1D", "The signal must be 1 to {most} numbers; it has {count}.")
        elif name == "kernel":
            text = tr("Signal1D", "The kernel must be 1 to {most} numbers; it has {count}.")
        else:
            text = tr("Signal1D", "The {name} must be 1 to {most} numbers; it has {count}.")
        raise ValueError(text.format(name=name, most=MAX_LENGTH, count=a.size))
    if not np.isfinite(a).all():
        if name == "signal":
            text = tr("Signal1D", "The signal must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).")
        elif name == "kernel":
            text = tr("Signal1D", "The kernel must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).")
        else:
            text = tr("Signal1D", "The {name} must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).")
        raise ValueError(text.format(name=name))
    return a


def _check_finite(arrays: tuple[np.ndarray, ...]) -> None:
    """Refuse a slide whose products or sums overflow float64 (1e308 · 10 is inf): its table
    and arithmetic would show inf and NaN instead of numbers."""
    if not all(np.isfinite(a).all() for a in arrays):
        raise ValueError(
            tr(
                "Signal1D",
                "These numbers are too large: their products or sums overflow (beyond ±1.8e308); use smaller ones.",
            )
        )


def parse_numbers(text: str, name: str) -> np.ndarray:
    """'1, 2, 3' or '1 2 3' as a vector; ValueError naming ``name`` and the bad entry."""
    parts = [p for p in text.replace(",", " ").split() if p]
    try:
        values = [float(p) for p in parts]
    except ValueError:
        bad = next(p for p in parts if not _is_number(p))
        if name == "signal":
            message = tr("Signal1D", "The signal must be numbers separated by commas or spaces; {bad} is not one.")
        elif name == "kernel":
            message = tr("Signal1D", "The kernel must be numbers separated by commas or spaces; {bad} is not one.")
        else:
            message = tr("Signal1D", "The {name} must be numbers separated by commas or spaces; {bad} is not one.")
        raise ValueError(message.format(name=name, bad=repr(bad[:20]))) from None
    return _vector(values, name)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def convolve_full(x: np.ndarray, h: np.ndarray, flip: bool = True) -> np.ndarray:
    """Every place the kernel overlaps the signal (length N + K − 1), by the engine; flip=False
    is the cross-correlation."""
    k = h.size
    y = E.conv2d(x[None].astype(np.float64), h[None].astype(np.float64), padding=((0, 0), (k - 1, k - 1)), flip=flip)
    return np.asarray(y[0], dtype=np.float64)


@dataclass(frozen=True)
class SlideStep:
    n: int  # the output being computed, 0 … N + K − 2
    positions: np.ndarray  # signal index under each tap (outside 0…N−1: zero)
    taps: np.ndarray  # the kernel as laid over the signal: h reversed when flipped
    window: np.ndarray  # x at those positions (0 off the signal)
    products: np.ndarray  # window × taps
    total: float  # y[n]
    output: np.ndarray  # y so far: y[0…n], NaN after
    flipped: bool = True

    def terms(self) -> list[tuple[int, int]]:
        """(k, i) for each product h[k]·x[i] whose x[i] is on the signal (i = n − k when flipped)."""
        size = self.output.size - self.taps.size + 1  # the signal's length
        kk = self.taps.size
        return [(kk - 1 - j if self.flipped else j, int(i)) for j, i in enumerate(self.positions) if 0 <= i < size]


class Slide:
    """The full 1-D convolution of ``signal`` with ``kernel``, one output at a time (``flip``
    False: the same slide without turning the kernel round, the cross-correlation). ValueError,
    a sentence, for a signal or kernel that is empty, longer than MAX_LENGTH or not finite, and
    for numbers whose products or sums overflow."""

    def __init__(self, signal: object = SIGNAL, kernel: object = KERNEL, flip: bool = True) -> None:
        self.signal = _vector(signal, "signal")
        self.kernel = _vector(kernel, "kernel")
        self.flip = bool(flip)
        with np.errstate(over="ignore", invalid="ignore"):  # an overflow is refused below, with a sentence
            products = np.outer(self.signal, self.kernel)  # every product either slide multiplies
            self.convolved = convolve_full(self.signal, self.kernel)
            self.correlated = convolve_full(self.signal, self.kernel, flip=False)
            # What numpy itself says, shown beside the slide's own numbers.
            self.numpy_convolve = np.convolve(self.signal, self.kernel)
            self.numpy_correlate = np.correlate(self.signal, self.kernel, "full")
        _check_finite((products, self.convolved, self.correlated, self.numpy_convolve, self.numpy_correlate))

    @property
    def result(self) -> np.ndarray:
        """The slide's outputs: the convolution, or the correlation when it does not flip."""
        return self.convolved if self.flip else self.correlated

    def __len__(self) -> int:
        return self.convolved.size

    @property
    def symmetric(self) -> bool:
        """A kernel that reads the same backwards: convolution and correlation agree."""
        return bool(np.array_equal(self.kernel, self.kernel[::-1]))

    def step(self, n: int) -> SlideStep:
        """Output n: the (flipped) kernel's taps over signal cells n − K + 1 … n."""
        if not 0 <= n < len(self):
            raise ValueError(f"step must be in 0…{len(self) - 1}, got {n}")
        k = self.kernel.size
        positions = np.arange(n - k + 1, n + 1)
        inside = (positions >= 0) & (positions < self.signal.size)
        window = np.where(inside, self.signal[np.clip(positions, 0, self.signal.size - 1)], 0.0)
        taps = self.kernel[::-1].copy() if self.flip else self.kernel.copy()
        result = self.result
        output = np.full(len(self), np.nan)
        output[: n + 1] = result[: n + 1]
        return SlideStep(n, positions, taps, window, window * taps, float(result[n]), output, self.flip)


# ---- a 1-D convolution over a sentence, as in text CNNs ---------------------------------------
SENTENCE = ("the", "cat", "sat", "on", "the", "mat")
EMBEDDING_DIM = 4
WIDTH = 3  # a trigram filter


@dataclass(frozen=True)
class TextConv:
    words: tuple[str, ...]
    embeddings: np.ndarray  # (d, L): column t is word t's vector
    filters: np.ndarray  # (F, d, width)
    outputs: np.ndarray  # (F, L − width + 1): filter f on the trigram starting at word t
    best: tuple[int, ...]  # per filter, the start of the trigram max over time keeps

    @property
    def dim(self) -> int:
        return int(self.embeddings.shape[0])

    @property
    def width(self) -> int:
        return int(self.filters.shape[2])

    def trigram(self, t: int) -> str:
        return " ".join(self.words[t : t + self.width])

    @property
    def pooled(self) -> np.ndarray:
        """Max over time: one number per filter, whatever the sentence's length."""
        return self.outputs.max(axis=1)

    @property
    def params(self) -> int:
        return int(self.filters.size)


def embedding_table(words: tuple[str, ...], dim: int = EMBEDDING_DIM, seed: int = 0) -> dict[str, np.ndarray]:
    """A fixed small vector per distinct word (a stand-in for learned embeddings: the same word
    always gets the same vector, as an embedding lookup does)."""
    rng = np.random.default_rng(seed)
    return {w: np.round(rng.uniform(-1, 1, dim), 1) for w in dict.fromkeys(words)}


def text_conv(words: tuple[str, ...] = SENTENCE, dim: int = EMBEDDING_DIM, match: int = 1) -> TextConv:
    """Two width-3 filters over the sentence: the first is the trigram starting at word ``match``
    itself (a matched filter, so max over time should find it), the second fixed random weights.
    The outputs are the engine's conv2d of the (1, d, L) sentence with (F, 1, d, 3) filters."""
    if len(words) < WIDTH:
        raise ValueError(
            tr("Signal1D", "a sentence needs at least {width} words for a width-{width} filter").format(width=WIDTH)
        )
    table = embedding_table(words, dim)
    x = np.stack([table[w] for w in words], axis=1)  # (d, L)
    matched = x[:, match : match + WIDTH]
    other = np.round(np.random.default_rng(1).uniform(-1, 1, (dim, WIDTH)), 1)
    filters = np.stack([matched, other])  # (F, d, width)
    y = E.conv2d(x[None], filters[:, None])  # (F, 1, L − width + 1): the kernel is as tall as x
    outputs = np.asarray(y[:, 0], dtype=np.float64)
    best = tuple(int(i) for i in outputs.argmax(axis=1))
    return TextConv(tuple(words), x, filters, outputs, best)
