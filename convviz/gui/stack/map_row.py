"""One row of the stack's tile grid: a layer's shown channels side by side in one view, drawn
as one picture (``stack_tiles.RowPicture``, made by the worker).

Rows are kept and reshaped when the stack changes, not made anew: creating pyqtgraph views is
what made a new stack slow to show (about 15 ms a row), while reshaping one costs a range. The
picture's placement is set only when the row's cells or the picture's shape changed, so a new
result of the same stack only swaps pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

from convviz.model.stack.tiles import RowPicture, gap


def viewbox() -> pg.ViewBox:
    vb = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
    vb.setDefaultPadding(0.02)
    return vb


@dataclass
class MapRow:
    """One layer's drawn maps: ``shown`` tiles side by side in one view, each covering its map's
    cells (``hw``) in view coordinates whatever the picture's resolution."""

    layer: int  # -1 = the input, else index into the shown stack's layers
    view: pg.ViewBox
    images: list[pg.ImageItem]  # one: the row's picture
    hw: tuple[int, int] = (0, 0)  # one map, in cells
    shown: int = 1  # tiles (channels) in the row
    is_vector: bool = False
    label: pg.LabelItem | None = None  # the layer's name and shape, left of the tiles
    _placed: tuple | None = None  # (rect, picture shape) the image was placed with

    @classmethod
    def make(cls, layer: int, hw: tuple[int, ...], shown: int, vector: bool = False) -> MapRow:
        image = pg.ImageItem(axisOrder="row-major")
        row = cls(layer, viewbox(), [image])
        row.view.addItem(image)
        row.reshape(layer, hw, shown, vector)
        return row

    def reshape(self, layer: int, hw: tuple[int, ...], shown: int, vector: bool = False) -> None:
        """Show ``shown`` tiles of ``hw`` cells for ``layer`` (the old pixels stay until ``draw``)."""
        self.layer, self.is_vector = layer, vector
        new_hw = (int(hw[0]), int(hw[1]))
        if (new_hw, shown) != (self.hw, self.shown) or self._placed is None:
            self.hw, self.shown, self._placed = new_hw, shown, None
            self.view.setRange(xRange=(0, self.origin(shown) - gap(self.hw[1])), yRange=(0, self.hw[0]), padding=0.02)

    @property
    def pitch(self) -> int:
        return self.hw[1] + gap(self.hw[1])

    def origin(self, channel: int) -> int:
        """View x of the left edge of ``channel``'s tile."""
        return channel * self.pitch

    def cell_at(self, vy: float, vx: float) -> tuple[int, int, int] | None:
        """(channel, y, x) under view point (vx, vy), or None over a gap or outside."""
        y, x = int(np.floor(vy)), int(np.floor(vx))
        channel, x = divmod(x, self.pitch)
        if 0 <= y < self.hw[0] and 0 <= channel < self.shown and x < self.hw[1]:
            return channel, y, x
        return None

    def hit(self, scene_pos: QtCore.QPointF) -> tuple[int, int, int] | None:
        """(channel, y, x) of the cell under a scene point, or None."""
        if not self.view.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.view.mapSceneToView(scene_pos)
        return self.cell_at(p.y(), p.x())

    @property
    def marker_parent(self) -> pg.ViewBox:
        return self.view

    def marker_rect(self, channel: int, y: int, x: int) -> QtCore.QRectF:
        """Cell (y, x) of ``channel``'s tile, in the view's coordinates."""
        return QtCore.QRectF(self.origin(channel) + x, y, 1, 1)

    def draw(self, row: RowPicture, **style) -> None:
        placed = ((0, 0, row.width, row.hw[0]), row.picture.shape)
        if placed == self._placed:
            self.images[0].setImage(row.picture, autoLevels=False, **style)
        else:
            self.images[0].setImage(row.picture, autoLevels=False, rect=QtCore.QRectF(*placed[0]), **style)
            self._placed = placed
