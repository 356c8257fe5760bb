"""Shapes, the output-size formula with the current numbers, parameters and multiply-adds."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from convviz.gui.i18n import tr
from convviz.model.layer.compute import Result


def _shape(s: tuple[int, ...] | None) -> str:
    return "—" if s is None else " × ".join(str(v) for v in s)


class ShapePanel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(self.textInteractionFlags().TextSelectableByMouse)
        self.setMargin(6)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def show_result(self, shown: Result | None, newest: Result | None) -> None:
        if shown is None or shown.info is None:
            self.setText(tr("ShapePanel", "No result yet."))
            return
        i = shown.info
        rows = [
            (tr("ShapePanel", "Input (C × H × W)"), _shape(i.in_shape)),
            (tr("ShapePanel", "Padded"), _shape(i.padded_shape)),
            (tr("ShapePanel", "Kernel (F × C × kH × kW)"), _shape(i.kernel_shape)),
            (tr("ShapePanel", "Output (F × H × W)"), _shape(i.out_shape)),
            (tr("ShapePanel", "Pooled"), _shape(i.pooled_shape)),
            (tr("ShapePanel", "Parameters"), f"{i.params:,}"),
            (tr("ShapePanel", "Multiply-adds"), f"{i.mult_adds:,}"),
        ]
        table = "".join(f"<tr><td>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows)
        formulas = list(i.formulas) + list(i.pool_formulas or ())
        code = "<br>".join(escape(f) for f in formulas)
        stale = ""
        if newest is not None and not newest.ok:
            why = escape(newest.problem.message) if newest.problem is not None else escape(newest.error or "")
            stale = tr(
                "ShapePanel",
                "<p style='color:#d33'><b>⚠ The new settings cannot run.</b> {0}<br>"
                "The views and the numbers below show the last valid layer.</p>",
            ).format(why)
        self.setText(f"{stale}<table cellspacing='4'>{table}</table><p style='font-family:monospace'>{code}</p>")
