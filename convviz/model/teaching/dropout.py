"""What dropout does to one map, for the dropout view: the mask of kept units, the output, and
the 1/(1-rate) factor that keeps the expected value the same (engine's inverted dropout)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz import engine as E


@dataclass(frozen=True)
class DropoutView:
    x: np.ndarray
    kept: np.ndarray  # bool, True = unit survives (all True at inference)
    out: np.ndarray
    scale: float  # what survivors are multiplied by
    training: bool

    @property
    def dropped_fraction(self) -> float:
        return float(1.0 - self.kept.mean())


def dropout_view(x: np.ndarray, rate: float, seed: int, training: bool) -> DropoutView:
    x = np.asarray(x, dtype=np.float32)
    out = E.dropout(x, rate, seed, training)
    if training and rate > 0:
        kept, scale = E.dropout_mask(x.shape, rate, seed), 1.0 / (1.0 - rate)
    else:
        kept, scale = np.ones(x.shape, dtype=bool), 1.0
    return DropoutView(x, kept, out, scale, training)


UNITS_SIDE = 12  # the dropout tab's map: few enough units that each dropped one can be seen


def units_from_image(image: np.ndarray, side: int = UNITS_SIDE) -> np.ndarray:
    """The user's picture as a small map of units: its gray (BT.601 luma for colour) in block
    means, at most ``side`` cells on the long side (see `stepper_input.coarse`). A large picture
    is first sampled every few pixels (≤ 8 samples per unit and axis): this runs on the GUI
    thread, where the luma of a whole 2048² photo cost ~35 ms."""
    from convviz.model.state import BT601_LUMA
    from convviz.model.teaching.stepper_input import coarse

    image = np.asarray(image)
    step = max(1, max(image.shape[:2]) // (side * 8))
    gray = np.asarray(image[::step, ::step], dtype=np.float32)
    if gray.ndim == 3:
        gray = gray @ np.asarray(BT601_LUMA, dtype=np.float32)
    return np.ascontiguousarray(coarse(gray, side), dtype=np.float32)
