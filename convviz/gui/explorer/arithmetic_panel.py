"""The pinned cell's arithmetic: window numbers × kernel = sum (+ bias → activation), or a pool."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QTextBrowser, QWidget

from convviz.model.layer.arithmetic import ConvArithmetic, PoolArithmetic, arithmetic
from convviz.model.layer.compute import Result
from convviz.model.settings import Pooling
from convviz.model.state import Cell

MAX_TERMS = 49  # a bigger window is summarised, or the panel would be a wall of numbers


def _f(v: float) -> str:
    return f"{v:.3f}"


class ArithmeticPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: ConvArithmetic | PoolArithmetic | None = None
        self.setHtml("<p>Click an output cell to pin it and see its arithmetic.</p>")

    def show_cell(self, cell: Cell | None, result: Result | None) -> None:
        if cell is None or result is None or not result.ok:
            self.current = None
            self.setHtml("<p>Click an output cell to pin it and see its arithmetic.</p>")
            return
        a = self.current = arithmetic(cell, result)
        head = f"<p><b>{cell.stage.value} map {cell.filter + 1}, cell (row {cell.y}, col {cell.x})</b></p>"
        self.setHtml(head + (_conv_html(a) if isinstance(a, ConvArithmetic) else _pool_html(a)))


def _grid(values: np.ndarray, weights: np.ndarray) -> str:
    rows = []
    for r in range(values.shape[0]):
        cells = "".join(f"<td align='right'>{_f(v)}×{_f(w)}</td>" for v, w in zip(values[r], weights[r], strict=True))
        rows.append(f"<tr>{cells}</tr>")
    return "<table border='1' cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"


def _conv_html(a: ConvArithmetic) -> str:
    parts = []
    c = a.window.shape[0]
    if a.window[0].size <= MAX_TERMS:
        for ch in range(c):
            label = f"channel {'RGB'[ch] if c == 3 else ch}: " if c > 1 else ""
            parts.append(f"<p>{label}window × kernel</p>" + _grid(a.window[ch], a.kernel[ch]))
    else:
        parts.append(f"<p>{a.window.size} products (too many to list).</p>")
    parts.append(f"<p>sum of products = <b>{_f(a.total)}</b></p>")
    parts.append(f"<p>+ bias {_f(a.bias)} = <b>{_f(a.pre_activation)}</b></p>")
    if a.activation.value != "none":
        parts.append(f"<p>{a.activation.value}({_f(a.pre_activation)}) = <b>{_f(a.value)}</b></p>")
    return "".join(parts)


def _pool_html(a: PoolArithmetic) -> str:
    kind = "max" if a.kind in (Pooling.MAX, Pooling.GLOBAL_MAX) else "mean"
    if a.values.size <= MAX_TERMS:
        rows = "".join("<tr>" + "".join(f"<td align='right'>{_f(v)}</td>" for v in row) + "</tr>" for row in a.values)
        block = f"<table border='1' cellspacing='0' cellpadding='2'>{rows}</table>"
    else:
        block = f"<p>{a.values.size} values.</p>"
    return f"<p>{kind} of the feature-map block</p>{block}<p>{kind} = <b>{_f(a.value)}</b></p>"
