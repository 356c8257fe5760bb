"""The closed forms of the conv gradients beside the stepped totals, and the gradient check."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from convviz.gui.stepper.matrix_view import MatrixView
from convviz.model.teaching.stepper import ClosedForms, GradientCheck


class ClosedFormPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dw_view = MatrixView(
            "closed form dW = X ⋆ dZ",
            tip="scipy.signal.correlate2d of the padded input with dZ "
            "(dilated by the stride); dilation picks every d-th lag.",
        )
        self.dx_view = MatrixView(
            "closed form dX = dZ ⋆full rot180(W)",
            tip="Full cross-correlation of dZ (dilated by the stride) with the "
            "kernel turned by 180°, folded back from the padding.",
        )
        self.summary = QLabel(
            "Finish the steps to compare with the closed forms.",
            toolTip="Largest |closed form − accumulated| over dW, dX and db",
        )
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.check_button = QPushButton(
            "Check",
            toolTip="Compare the accumulated gradients with central "
            "differences of the loss (kernel, bias, and the input on small crops) and with "
            "the closed forms (scipy.signal.correlate2d of the same dZ): neither runs the "
            "engine's backward",
        )
        self.check_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_button.setMaximumWidth(160)
        self.check_label = QLabel("", toolTip="Largest difference found by the gradient check")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.dw_view, 0, 0, 3, 1)
        grid.addWidget(self.dx_view, 0, 1, 3, 1)
        grid.addWidget(self.summary, 0, 2)
        grid.addWidget(self.check_button, 1, 2)
        grid.addWidget(self.check_label, 2, 2)
        for col, stretch in enumerate((1, 1, 2)):  # line up with the 4 equal columns above
            grid.setColumnStretch(col, stretch)
        self.forms: ClosedForms | None = None

    def show_forms(self, forms: ClosedForms | None) -> None:
        """The closed forms when the last step is shown; blank otherwise (they are the answer)."""
        self.forms = forms
        if forms is None:
            for view, shape in ((self.dw_view, self.dw_view.values.shape), (self.dx_view, self.dx_view.values.shape)):
                if view.values.size:
                    view.set_matrix(np.full(shape, np.nan))
            self.summary.setText("Finish the steps to compare with the closed forms.")
            return
        self.dw_view.set_matrix(forms.d_weight)
        self.dx_view.set_matrix(forms.d_input)
        self.summary.setText(
            f"closed forms: db = Σ dZ = {forms.d_bias:.6g}<br>max |closed − accumulated| = <b>{forms.max_diff:.2e}</b>"
        )

    def show_check(self, check: GradientCheck) -> None:
        x = "skipped (input too large)" if check.input is None else f"{check.input:.2e}"
        self.check_label.setText(
            f"numerical vs accumulated: dW {check.weight:.2e}, db {check.bias:.2e}, dX {x}<br>"
            f"closed forms (scipy correlate2d, same dZ) vs accumulated: {check.closed:.2e}<br>"
            f"largest difference: <b>{check.largest:.2e}</b> "
            f"(relative to the largest gradient, {check.scale:.3g}: {check.largest / (check.scale or 1.0):.1e})"
        )
