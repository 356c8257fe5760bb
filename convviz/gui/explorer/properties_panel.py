"""The Properties panel: the current kernel's rank (a rank-1 kernel as a column times a row, and
its two 1-D passes against the 2-D map), what shifting or rotating the input does to the maps,
and how many parameters sharing saves. Measured on a worker thread for the newest request only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from convviz.gui.explorer.compute_bridge import ComputeBridge
from convviz.gui.explorer.layer_panel import WrappedLabel
from convviz.gui.i18n import tr
from convviz.model.latest_only import LatestOnlyWorker
from convviz.model.layer.compute import Result
from convviz.model.state import AppState
from convviz.model.teaching.properties import PropertiesReport, PropertiesRequest, failed, measure

SHIFT_LIMIT = 32
CONTEXT = "PropertiesPanel"
TEXTS = {  # translated where they are shown: tr(CONTEXT, TEXTS[...])
    "kernel": QT_TRANSLATE_NOOP("PropertiesPanel", "The current kernel"),
    "shift_box": QT_TRANSLATE_NOOP("PropertiesPanel", "Shift or rotate the input"),
    "sharing": QT_TRANSLATE_NOOP("PropertiesPanel", "Parameter sharing in this layer"),
    "shift": QT_TRANSLATE_NOOP("PropertiesPanel", "Shift (dy, dx)"),
    "rotate": QT_TRANSLATE_NOOP("PropertiesPanel", "Rotate"),
    "waiting": QT_TRANSLATE_NOOP("PropertiesPanel", "Measuring…"),
    "no_result": QT_TRANSLATE_NOOP("PropertiesPanel", "The layer has not run yet."),
    "dy_tip": QT_TRANSLATE_NOOP("PropertiesPanel", "Cells the input moves down (negative: up)."),
    "dx_tip": QT_TRANSLATE_NOOP("PropertiesPanel", "Cells the input moves right (negative: left)."),
    "rotate_tip": QT_TRANSLATE_NOOP("PropertiesPanel", "Turn the input counter-clockwise about its centre."),
}
ROTATIONS = (("90°", 90.0), ("180°", 180.0), (QT_TRANSLATE_NOOP("PropertiesPanel", "any angle"), None))


class PropertiesPanel(QWidget):
    """Follows the explorer's valid results (``bridge.resultReady``) while it is on screen."""

    reportReady = Signal(object)  # PropertiesReport, on the GUI thread
    _delivered = Signal(object)  # emitted on the worker thread; queued to this one

    def __init__(self, state: AppState, bridge: ComputeBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.bridge = state, bridge
        self.serial = 0
        self.report: PropertiesReport | None = None
        self._stale = True
        layout = QVBoxLayout(self)

        kernel_box = QGroupBox(tr(CONTEXT, TEXTS["kernel"]))
        kernel_layout = QVBoxLayout(kernel_box)
        self.kernel_label, self.passes_label = WrappedLabel(tr(CONTEXT, TEXTS["no_result"])), WrappedLabel()
        kernel_layout.addWidget(self.kernel_label)
        kernel_layout.addWidget(self.passes_label)
        layout.addWidget(kernel_box)

        shift_box = QGroupBox(tr(CONTEXT, TEXTS["shift_box"]))
        form = QFormLayout(shift_box)
        self.dy, self.dx = QSpinBox(), QSpinBox()
        for spin, tip, value in ((self.dy, "dy_tip", 0), (self.dx, "dx_tip", 1)):
            spin.setRange(-SHIFT_LIMIT, SHIFT_LIMIT)
            spin.setValue(value)
            spin.setToolTip(tr(CONTEXT, TEXTS[tip]))
            spin.valueChanged.connect(self.request)
        shift_row = QHBoxLayout()
        shift_row.addWidget(self.dy)
        shift_row.addWidget(self.dx)
        form.addRow(tr(CONTEXT, TEXTS["shift"]), shift_row)
        self.rotation = QComboBox()
        for text, angle in ROTATIONS:
            self.rotation.addItem(tr(CONTEXT, text), angle)
        self.rotation.setToolTip(tr(CONTEXT, TEXTS["rotate_tip"]))
        self.angle = QSpinBox()
        self.angle.setRange(1, 359)
        self.angle.setValue(30)
        self.angle.setSuffix("°")
        self.angle.setToolTip(tr(CONTEXT, TEXTS["rotate_tip"]))
        self.rotation.currentIndexChanged.connect(self._rotation_changed)
        self.angle.valueChanged.connect(self.request)
        rotate_row = QHBoxLayout()
        rotate_row.addWidget(self.rotation, 1)
        rotate_row.addWidget(self.angle)
        form.addRow(tr(CONTEXT, TEXTS["rotate"]), rotate_row)
        self.shift_label, self.rotation_label = WrappedLabel(), WrappedLabel()
        form.addRow(self.shift_label)
        form.addRow(self.rotation_label)
        layout.addWidget(shift_box)

        sharing_box = QGroupBox(tr(CONTEXT, TEXTS["sharing"]))
        sharing_layout = QVBoxLayout(sharing_box)
        self.sharing_label = WrappedLabel()
        sharing_layout.addWidget(self.sharing_label)
        layout.addWidget(sharing_box)
        layout.addStretch(1)
        self._rotation_changed()

        self._delivered.connect(self._show)
        self._worker = LatestOnlyWorker(measure, self._delivered.emit, failed, name="convviz-properties")
        worker, request = self._worker, self.request

        def follow(_result: object) -> None:
            request()

        def stop(*_: object) -> None:  # the bridge outlives the panel: it must stop calling into it
            worker.shutdown()
            try:
                bridge.resultReady.disconnect(follow)
            except (RuntimeError, TypeError):  # the bridge went first
                pass

        # A plain function, not a bound method: PySide cannot disconnect a method of a deleted object.
        bridge.resultReady.connect(follow)
        self.destroyed.connect(stop)

    @property
    def angle_degrees(self) -> float:
        chosen = self.rotation.currentData()
        return float(self.angle.value()) if chosen is None else float(chosen)

    @property
    def up_to_date(self) -> bool:
        """The labels show the measurements of the newest request."""
        return not self._worker.busy and self.report is not None and self.report.serial == self.serial

    def _rotation_changed(self, *_: object) -> None:
        self.angle.setEnabled(self.rotation.currentData() is None)
        self.request()

    def request(self, *_: object) -> None:
        """Measure the newest valid result with the chosen shift and rotation (while shown)."""
        result: Result | None = self.bridge.valid
        if not self.isVisible():
            self._stale = True  # measured when the panel is shown
            return
        self.serial += 1  # a report still on its way is for an older request: `_show` drops it
        if result is None or not result.ok:
            self.kernel_label.setText(tr(CONTEXT, TEXTS["no_result"]))
            for label in (self.passes_label, self.shift_label, self.rotation_label, self.sharing_label):
                label.setText("")  # no measurement of an earlier layer beside "has not run yet"
            self.passes_label.setVisible(False)
            return
        self._stale = False
        kernel = self.state.bank.current_slice()
        shift = (self.dy.value(), self.dx.value())
        self._worker.submit(PropertiesRequest(self.serial, result, kernel, shift, self.angle_degrees))
        for label in (self.shift_label, self.rotation_label):
            label.setText(tr(CONTEXT, TEXTS["waiting"]))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.request()

    def _show(self, report: PropertiesReport) -> None:
        if report.serial != self.serial:
            return  # overtaken by a newer request
        self.report = report
        self.kernel_label.setText(report.kernel)
        self.passes_label.setText(report.passes)
        self.passes_label.setVisible(bool(report.passes))
        self.shift_label.setText(report.shift)
        self.rotation_label.setText(report.rotation)
        self.sharing_label.setText(report.sharing)
        self.reportReady.emit(report)
