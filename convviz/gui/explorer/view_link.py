"""Zoom and pan that follow the geometry along a chain of views: input → feature map → pooled
map. Each step is the layer's own geometry (``engine.ConvGeometry`` / ``PoolGeometry``): a map
cell sits at the centre of its window in the view before it, and ``to_output`` / ``to_input``
map a coordinate across one step.

Only the user's own zooming and panning is passed on (``sigRangeChangedManually``), and a guard
stops the echo, so aspect-locked views of different shapes never fight.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Protocol

import pyqtgraph as pg


class Step(Protocol):
    """The geometry between two neighbouring views (continuous coordinates, per axis)."""

    def to_output(self, u: Any, axis: int) -> Any: ...

    def to_input(self, v: Any, axis: int) -> Any: ...


class ViewChain:
    def __init__(self) -> None:
        self.views: list[pg.ViewBox | None] = []
        self.steps: list[Step] = []
        self._slots: list = []
        self._busy = False

    def attach(self, views: list[pg.ViewBox | None], steps: list[Step]) -> None:
        """Views in chain order and the geometry between neighbours (len(steps) == len(views) - 1).
        Called on every result: the map grids rebuild their views when the filter count changes."""
        self.steps = list(steps)
        if views == self.views:
            return
        for view, slot in zip(self.views, self._slots, strict=True):  # one slot per view
            if view is not None:
                view.sigRangeChangedManually.disconnect(slot)
        self.views, self._slots = list(views), []
        for i, view in enumerate(self.views):
            slot = partial(self._moved, i)
            self._slots.append(slot)
            if view is not None:
                view.sigRangeChangedManually.connect(slot)

    def to_first(self, value: float, index: int, axis: int) -> float:
        """A coordinate of view ``index`` in the first view's coordinates."""
        for step in reversed(self.steps[:index]):
            value = step.to_input(value, axis)
        return float(value)

    def from_first(self, value: float, index: int, axis: int) -> float:
        for step in self.steps[:index]:
            value = step.to_output(value, axis)
        return float(value)

    def _moved(self, index: int, *_) -> None:
        source = self.views[index]
        if self._busy or source is None:
            return
        (x0, x1), (y0, y1) = source.viewRange()
        first = [
            (self.to_first(y0, index, 0), self.to_first(y1, index, 0)),
            (self.to_first(x0, index, 1), self.to_first(x1, index, 1)),
        ]
        self._busy = True
        try:
            for j, target in enumerate(self.views):
                if j == index or target is None or j > len(self.steps):
                    continue
                ys = [self.from_first(v, j, 0) for v in first[0]]
                xs = [self.from_first(v, j, 1) for v in first[1]]
                target.setRange(xRange=xs, yRange=ys, padding=0)
        finally:
            self._busy = False
