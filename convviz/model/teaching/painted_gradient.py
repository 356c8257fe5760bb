"""The upstream gradient dL/dy the user paints on the backward page, cell by cell (Qt-free).

It outlives the views (tab switches, rebuilds) and is cleared only when the user asks or when
the layer's output changes size, so a painting is never applied to cells it was not made on.
"""

from __future__ import annotations

import numpy as np

from convviz.model.events import Signal

# A click cycles a cell through these values.
_NEXT = {0.0: 1.0, 1.0: -1.0}


class PaintedGradient:
    """An (H, W) grid of 0 / +1 / −1; ``changed()`` fires after every edit by the user."""

    def __init__(self) -> None:
        self.changed = Signal()
        self._values = np.zeros((0, 0))

    @property
    def values(self) -> np.ndarray:
        """A copy: the painting handed to a worker never changes under it."""
        return self._values.copy()

    @property
    def shape(self) -> tuple[int, int]:
        return (int(self._values.shape[0]), int(self._values.shape[1]))

    def fit(self, shape: tuple[int, int]) -> bool:
        """Size the grid for an output of ``shape``; a new size starts over from zeros. Silent
        (no ``changed``): the result that brings the new size already used zeros. True if reset."""
        shape = (int(shape[0]), int(shape[1]))
        if shape == self.shape:
            return False
        self._values = np.zeros(shape)
        return True

    def cycle(self, r: int, c: int) -> None:
        """Cell (r, c): 0 → +1 → −1 → 0. Cells outside the grid are ignored."""
        h, w = self.shape
        if not (0 <= r < h and 0 <= c < w):
            return
        self._values[r, c] = _NEXT.get(float(self._values[r, c]), 0.0)
        self.changed.emit()

    def clear(self) -> None:
        self._values = np.zeros(self.shape)
        self.changed.emit()
