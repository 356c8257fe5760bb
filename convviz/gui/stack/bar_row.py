"""A vector layer's row of the tile grid (Flatten, Linear and what follows them): a bar chart,
one bar per unit, the unit's index on the axis and, for a short vector (≤ LABELLED units,
e.g. LeNet's 10 class scores), each value written at its bar. A long vector's bars are runs of
units (``RowPicture.per_bar``), each drawn at its value of largest magnitude.

It answers the grid as a ``MapRow`` does (``hit``, ``marker_rect``, ``reshape``, ``draw``), so
hovering a bar names its unit and highlights what that unit sees in the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from convviz.model.stack.tiles import RowPicture

LABELLED = 32  # a vector this short gets its values written and every index on the axis
VALUE_FONT = QtGui.QFont()
VALUE_FONT.setPointSize(7)


def value_text(v: float) -> str:
    """A bar's value as written above it: short enough to sit over a bar 25 px wide."""
    if not np.isfinite(v):
        return str(v)
    return f"{v:.2f}" if abs(v) < 10 else f"{v:.3g}"


_BRUSHES: dict[bytes, list[QtGui.QBrush]] = {}  # one brush per entry of a colour table, made once


def brushes(lut: np.ndarray) -> list[QtGui.QBrush]:
    """A brush for each of the 256 colours of ``lut`` (making brushes bar by bar cost ~20 ms a frame)."""
    key = lut.tobytes()
    if key not in _BRUSHES:
        _BRUSHES[key] = [QtGui.QBrush(QtGui.QColor(int(r), int(g), int(b))) for r, g, b in lut[:, :3]]
    return _BRUSHES[key]


def y_range(lo: float, hi: float, shown: tuple[float, float] | None, room: float) -> tuple[float, float] | None:
    """The value range to show for bars from ``lo`` ≤ 0 to ``hi`` ≥ 0 with ``room`` to spare for
    written values, or None to keep ``shown``: kept while the bars still fit it and fill more than
    half of it, so a new frame does not make the axis lay out its ticks again."""
    span = (hi - lo) or 1.0
    want = (lo - room * span * (lo < 0), hi + room * span)
    if shown is not None:
        fits = shown[0] <= want[0] and want[1] <= shown[1]
        if fits and (want[1] - want[0]) > 0.5 * (shown[1] - shown[0]):
            return None
    return want


def _axis(side: str, vb: pg.ViewBox) -> pg.AxisItem:
    axis = pg.AxisItem(side, linkView=vb)
    axis.setTextPen("#303030")
    axis.setPen("#909090")
    return axis


def _chart() -> tuple[pg.GraphicsLayout, pg.ViewBox, pg.AxisItem, pg.AxisItem]:
    """A view box with a value axis on the left and an index axis below: what a PlotItem would
    give, at a fraction of its cost to make (a stack may bring six of these at once)."""
    layout = pg.GraphicsLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.layout.setSpacing(0)
    vb = pg.ViewBox(enableMouse=False, enableMenu=False)
    left, bottom = _axis("left", vb), _axis("bottom", vb)
    left.setWidth(38)
    bottom.setHeight(22)
    layout.addItem(left, 0, 0)
    layout.addItem(vb, 0, 1)
    layout.addItem(bottom, 1, 1)
    return layout, vb, left, bottom


@dataclass(eq=False)
class BarRow:
    layer: int
    view: pg.GraphicsLayout  # the layout item (the grid places it like a MapRow's view)
    vb: pg.ViewBox  # where the bars are
    bottom: pg.AxisItem  # the index axis
    bars: pg.BarGraphItem
    zero: pg.InfiniteLine
    hw: tuple[int, int] = (1, 0)  # (1, units)
    shown: int = 1
    per_bar: int = 1
    is_vector: bool = True
    label: pg.LabelItem | None = None
    values: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # one per bar
    texts: list[pg.TextItem] = field(default_factory=list)
    levels: tuple[float, float] | None = None  # the colour scale the bars were last drawn with
    _y: tuple[float, float] | None = None  # the value range shown

    @classmethod
    def make(cls, layer: int, hw: tuple[int, ...], per_bar: int = 1) -> BarRow:
        layout, vb, _, bottom = _chart()
        bars = pg.BarGraphItem(x=[], height=[], width=0.8, pen=None)
        zero = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#707070", width=1))
        vb.addItem(bars)
        vb.addItem(zero, ignoreBounds=True)
        row = cls(layer, layout, vb, bottom, bars, zero)
        row.reshape(layer, hw, 1, True, per_bar)
        return row

    @property
    def units(self) -> int:
        return self.hw[1]

    @property
    def marker_parent(self) -> pg.ViewBox:
        return self.vb

    def reshape(self, layer: int, hw: tuple[int, ...], shown: int = 1, vector: bool = True, per_bar: int = 1) -> None:
        self.layer = layer
        new = (1, int(hw[1]))
        if (new, per_bar) == (self.hw, self.per_bar):
            return
        self.hw, self.per_bar, self._y = new, max(1, int(per_bar)), None
        n = self.units
        self.vb.setXRange(-0.6, n - 0.4, padding=0)
        axis = self.bottom
        if n <= LABELLED:
            axis.setTicks([[(j, str(j)) for j in range(n)]])
        else:
            axis.setTicks(None)  # pyqtgraph's own spacing
        for t in self.texts:
            self.vb.removeItem(t)
        self.texts = []
        if n <= LABELLED:
            for _ in range(n):
                t = pg.TextItem("", color="#202020")
                t.setFont(VALUE_FONT)
                self.vb.addItem(t, ignoreBounds=True)
                self.texts.append(t)

    def centres(self) -> np.ndarray:
        """x of each bar's centre: bar b covers units b·per_bar … (b + 1)·per_bar − 1."""
        return np.arange(self.values.size) * self.per_bar + (self.per_bar - 1) / 2

    def draw(self, row: RowPicture, levels: tuple[float, float], lut: np.ndarray) -> None:
        """Bars of ``row``'s values, coloured as the tiles are (``lut`` over ``levels``)."""
        self.values = np.asarray(row.picture, dtype=np.float32).ravel()
        v = np.nan_to_num(self.values, nan=0.0, posinf=0.0, neginf=0.0)
        lo, hi = self.levels = (float(levels[0]), float(levels[1]))
        index = np.clip(np.round((v - lo) * 255.0 / ((hi - lo) or 1.0)), 0, 255).astype(int)
        table = brushes(lut)
        self.bars.setOpts(
            x=self.centres(), height=v, width=0.8 * self.per_bar, brushes=[table[i] for i in index], pen=None
        )
        top, bottom = max(float(v.max(initial=0.0)), 0.0), min(float(v.min(initial=0.0)), 0.0)
        room = 0.3 if self.texts else 0.08  # space above and below for the written values
        new = y_range(bottom, top, self._y, room)
        if new is not None:
            self._y = new
            self.vb.setYRange(*new, padding=0)
        for t, x, value in zip(self.texts, self.centres(), self.values, strict=False):
            t.setText(value_text(float(value)))
            t.setAnchor((0.5, 1.0) if value >= 0 else (0.5, 0.0))
            t.setPos(float(x), float(np.nan_to_num(value)))

    def colours(self) -> np.ndarray:
        """(bars, 3) uint8: the colour each bar is filled with, as drawn."""
        brushes = self.bars.opts.get("brushes") or []
        return np.array([b.color().getRgb()[:3] for b in brushes], dtype=np.uint8).reshape(-1, 3)

    def hit(self, scene_pos: QtCore.QPointF) -> tuple[int, int, int] | None:
        """(0, 0, unit) under a scene point inside the plot area, or None."""
        vb = self.vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        unit = int(np.floor(vb.mapSceneToView(scene_pos).x() + 0.5))
        return (0, 0, unit) if 0 <= unit < self.units else None

    def value(self, unit: int) -> float:
        """The drawn value of ``unit``'s bar."""
        return float(self.values[unit // self.per_bar]) if self.values.size else float("nan")

    def marker_rect(self, channel: int, y: int, x: int) -> QtCore.QRectF:
        """A frame around unit x's bar (in the plot's coordinates)."""
        lo, hi = self.vb.viewRange()[1]
        b = x // self.per_bar
        left = b * self.per_bar - 0.5
        return QtCore.QRectF(left, lo, self.per_bar, hi - lo)
