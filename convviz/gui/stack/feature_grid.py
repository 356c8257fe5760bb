"""Every layer's output as a row of tiles (one per channel, capped), with the input on top.
Hovering a cell of any tile paints its exact receptive field (engine ``input_region``) on the
input image."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from convviz.model.stack import StackModel

from ._maps import as_tile, map_style, vector_tile

MAX_TILES = 16
ROW_HEIGHT = 92


@dataclass
class Tile:
    layer: int  # -1 = the input, else index into the model's last valid layers
    channel: int
    view: pg.ViewBox
    image: pg.ImageItem
    hw: tuple[int, int]
    is_vector: bool = False


def _viewbox() -> pg.ViewBox:
    vb = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
    vb.setDefaultPadding(0.02)
    return vb


class FeatureGridWidget(QtWidgets.QWidget):
    hovered = QtCore.Signal(int, int, int, int)  # layer, channel, y, x (layer -1 = input)

    def __init__(self, model: StackModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = model
        # The input sits outside the scrolling grid, large, so a deep layer's receptive field
        # stays in sight while the user scrolls down to hover it.
        self.input_view = pg.GraphicsLayoutWidget()
        self.input_view.setBackground("w")
        self.input_view.setFixedSize(270, 300)
        self.input_view.setToolTip("The stack's input; the yellow area feeds the hovered cell")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setToolTip("Each row is a layer's output, one tile per channel. "
                             "Hover a cell to see the input pixels that feed it (highlighted on the input).")
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.info = QtWidgets.QLabel("Hover a cell of any tile: the yellow area of the input is exactly what feeds it.")
        self.info.setWordWrap(True)
        self.info.setFixedWidth(270)
        self.info.setToolTip("The hovered cell and the size of its receptive field")
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.input_view)
        left.addWidget(self.info)
        left.addStretch(1)
        box = QtWidgets.QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(left)
        box.addWidget(self.scroll, 1)
        self.tiles: list[Tile] = []
        self.highlight: np.ndarray | None = None  # bool (H, W) mask painted on the input
        self.hovered_cell: tuple[int, int, int, int] | None = None
        self._signature: tuple = ()
        self._overlay: pg.ImageItem | None = None
        self._marker, self._marker_view = self._new_marker(), None
        self._timer = QtCore.QTimer(self, singleShot=True, interval=20)
        self._timer.timeout.connect(self.refresh)
        # Throttle hover: the engine pushes a mask back through the whole stack per cell.
        self._proxies = [pg.SignalProxy(v.scene().sigMouseMoved, rateLimit=60,
                                        slot=lambda ev, sc=v.scene(): self._on_mouse(ev, sc))
                         for v in (self.view, self.input_view)]
        model.changed.connect(self._on_model)
        self.refresh()

    def _on_model(self, part: str) -> None:
        if part in ("layers", "input", "weights"):
            self._timer.start()

    @staticmethod
    def _new_marker() -> QtWidgets.QGraphicsRectItem:
        marker = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        marker.setPen(pg.mkPen("#00c000", width=2, cosmetic=True))
        marker.setZValue(20)
        return marker

    # --- drawing -------------------------------------------------------------------------
    def refresh(self) -> None:
        res, acts = self.stack.last_valid, self.stack.activations()
        names = [r.name for r in res.rows[: len(res.layers)]]
        signature = (res.input_shape, tuple(zip(names, [a.shape for a in acts])))
        if signature != self._signature:
            self._rebuild(names, acts)
            self._signature = signature
        self._paint_input()
        for tile in self.tiles[1:]:
            a = acts[tile.layer]
            lut, levels = map_style(a)
            data = vector_tile(a) if tile.is_vector else a[tile.channel]
            tile.image.setImage(as_tile(data), autoLevels=False, levels=levels, lut=lut)
        self._set_highlight(None)

    def _rebuild(self, names: list[str], acts: list[np.ndarray]) -> None:
        self.view.ci.clear()  # deletes the old tiles, and the marker inside one of them
        self.input_view.ci.clear()
        self.tiles, self._marker, self._marker_view = [], self._new_marker(), None
        x = self.stack.input_array
        self.input_view.ci.addLabel(f"Input {tuple(x.shape)}", row=0, col=0, size="9pt", color="#202020")
        self._add_tile(1, 0, -1, 0, x.shape[1:], layout=self.input_view.ci)
        self._overlay = pg.ImageItem(axisOrder="row-major")
        self._overlay.setZValue(10)
        self.tiles[0].view.addItem(self._overlay)
        for i, (name, a) in enumerate(zip(names, acts)):
            if a.ndim == 1:
                self._add_label(i, f"{name} ({a.size},)<br>vector")
                self._add_tile(i, 1, i, 0, vector_tile(a).shape, vector=True)
                continue
            shown = min(a.shape[0], MAX_TILES)
            more = f"<br>+{a.shape[0] - shown} more not shown" if a.shape[0] > shown else ""
            self._add_label(i, f"{name} {tuple(a.shape)}{more}")
            for c in range(shown):
                self._add_tile(i, c + 1, i, c, a.shape[1:])
        self.view.setMinimumHeight(ROW_HEIGHT * max(len(acts), 1))

    def _add_label(self, row: int, text: str) -> None:
        label = self.view.ci.addLabel(text, row=row, col=0, size="8pt", color="#202020")
        label.setFixedWidth(130)

    def _add_tile(self, row: int, col: int, layer: int, channel: int, hw: tuple[int, ...],
                  vector: bool = False, layout: pg.GraphicsLayout | None = None) -> None:
        vb = _viewbox()
        (layout or self.view.ci).addItem(vb, row=row, col=col)
        img = pg.ImageItem(axisOrder="row-major")
        vb.addItem(img)
        vb.setRange(xRange=(0, hw[1]), yRange=(0, hw[0]), padding=0.02)
        self.tiles.append(Tile(layer, channel, vb, img, (int(hw[0]), int(hw[1])), vector))

    def _paint_input(self) -> None:
        x = self.stack.input_array
        img = x[0] if x.shape[0] == 1 else x.transpose(1, 2, 0)
        self.tiles[0].image.setImage(as_tile(img), autoLevels=False, levels=(0.0, 1.0), lut=None)

    # --- hover ---------------------------------------------------------------------------
    def tile_at(self, scene_pos: QtCore.QPointF, scene: QtWidgets.QGraphicsScene) -> tuple[Tile, int, int] | None:
        for tile in self.tiles:
            if tile.view.scene() is scene and tile.view.sceneBoundingRect().contains(scene_pos):
                p = tile.view.mapSceneToView(scene_pos)
                y, x = int(np.floor(p.y())), int(np.floor(p.x()))
                if 0 <= y < tile.hw[0] and 0 <= x < tile.hw[1]:
                    return tile, y, x
        return None

    def _on_mouse(self, event: tuple, scene: QtWidgets.QGraphicsScene) -> None:
        hit = self.tile_at(event[0], scene)
        if hit is None:
            return
        tile, y, x = hit
        if tile.is_vector:  # a vector unit sees the whole input
            self.hover_cell(tile.layer, 0, 0, 0, tile)
        else:
            self.hover_cell(tile.layer, tile.channel, y, x, tile)

    def hover_cell(self, layer: int, channel: int, y: int, x: int, tile: Tile | None = None) -> None:
        """Highlight the input cells feeding (y, x) of ``layer``'s output."""
        if layer < 0:
            mask = np.zeros(self.stack.input_array.shape[1:], dtype=bool)
            mask[y, x] = True
        else:
            mask = self.stack.input_region(layer, (y, x))
        self.hovered_cell = (layer, channel, y, x)
        self._set_highlight(mask)
        rows, cols = np.nonzero(mask)
        name = "input" if layer < 0 else self.stack.last_valid.rows[layer].name
        self.info.setText(f"{name}, channel {channel}, cell ({y}, {x}) sees {mask.sum()} input pixels"
                          f" in rows {rows.min()}–{rows.max()}, cols {cols.min()}–{cols.max()}.")
        if tile is not None:
            self._marker.setRect(x, y, 1, 1)
            if self._marker_view is not tile.view:
                if self._marker_view is not None:
                    self._marker_view.removeItem(self._marker)
                tile.view.addItem(self._marker, ignoreBounds=True)
                self._marker_view = tile.view
        self.hovered.emit(layer, channel, y, x)

    def _set_highlight(self, mask: np.ndarray | None) -> None:
        self.highlight = mask
        if self._overlay is None:
            return
        h, w = self.stack.input_array.shape[1:]
        rgba = np.zeros((h, w, 4), dtype=np.uint8)
        if mask is not None:
            rgba[mask] = (255, 220, 0, 60)  # a light tint: the pixels that matter stay readable
            rgba[~mask] = (0, 0, 40, 170)  # dim the rest strongly so the region stands out
        self._overlay.setImage(rgba, autoLevels=False, levels=(0, 255))
