"""The closed forms of the conv gradients beside the stepped totals, and the gradient check:
a verdict first ("✓ matches", "✗ differs by …"), the detail in the tooltips."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from convviz.gui.i18n import tr
from convviz.gui.stepper import formula
from convviz.gui.stepper.matrix_view import MatrixView
from convviz.model.teaching.stepper import ClosedForms, GradientCheck
from convviz.model.teaching.stepper_check import CLOSED_TOLERANCE

WAITING = QT_TRANSLATE_NOOP("ClosedFormPanel", "The closed forms appear at the last step, beside the stepped totals.")


class NoteLabel(QLabel):
    """Wrapped rich text that takes the room it is given: no height-for-width, which would make the
    scroll area holding the tab ask for the label's preferred height (and show a scroll bar)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def hasHeightForWidth(self) -> bool:
        return False


def verdict(agrees: bool, difference: float) -> str:
    if agrees:
        return tr("ClosedFormPanel", "<b style='color:#1e8a4c'>✓ matches</b> (largest difference {0})").format(
            f"{difference:.1g}"
        )
    return tr("ClosedFormPanel", "<b style='color:#c03030'>✗ differs by {0}</b>").format(f"{difference:.2g}")


class ClosedFormPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = 0
        self.dw_view = MatrixView(
            tr("ClosedFormPanel", "closed dW = X ⋆ dZ{0}").format(""),
            tip=tr(
                "ClosedFormPanel",
                "scipy.signal.correlate2d of the padded input with dZ "
                "(dilated by the stride); dilation picks every d-th lag.",
            ),
        )
        self.dx_view = MatrixView(
            tr("ClosedFormPanel", "closed dX = dZ ⋆ rot180(W){0}").format(""),
            tip=tr(
                "ClosedFormPanel",
                "Full cross-correlation (⋆full) of dZ (dilated by the stride) with the "
                "kernel turned by 180°, folded back from the padding.",
            ),
        )
        self.summary = NoteLabel(tr("ClosedFormPanel", WAITING))
        self.check_button = QPushButton(
            tr("ClosedFormPanel", "Check"),
            toolTip=tr(
                "ClosedFormPanel",
                "Compare the accumulated gradients with central "
                "differences of the loss (kernel, bias, and the input on small crops) and with "
                "the closed forms (scipy.signal.correlate2d of the same dZ): neither runs the "
                "engine's backward",
            ),
        )
        self.check_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_label = NoteLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.dw_view, 0, 0, 3, 1)
        grid.addWidget(self.dx_view, 3, 0, 3, 1)
        grid.addWidget(self.summary, 0, 1, 2, 1)
        grid.addWidget(self.check_button, 2, 1, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.check_label, 3, 1, 3, 1)
        grid.setColumnStretch(0, 4)  # as wide as the matrices beside it
        grid.setColumnStretch(1, 3)
        for row in range(6):
            grid.setRowStretch(row, 1)
        self.forms: ClosedForms | None = None

    def set_shapes(self, kernel_hw: tuple[int, int], input_hw: tuple[int, int]) -> None:
        """Empty matrices of the closed forms' shapes, filled in at the last step."""
        for view, hw in ((self.dw_view, kernel_hw), (self.dx_view, input_hw)):
            if view.values.shape != hw:
                view.set_matrix(np.full(hw, np.nan))

    def set_channel(self, c: int) -> None:
        self.channel = c
        self._show_matrices()

    def show_forms(self, forms: ClosedForms | None) -> None:
        """The closed forms when the last step is shown; blank otherwise (they are the answer)."""
        self.forms = forms
        self._show_matrices()
        if forms is None:
            self.summary.setText(tr("ClosedFormPanel", WAITING))
            self.summary.setToolTip("")
            return
        self.summary.setText(
            tr("ClosedFormPanel", "Closed forms (scipy correlate2d, not the engine) vs the stepped totals: {0}").format(
                verdict(forms.agrees, forms.max_diff)
            )
            + f"<br>db = Σ dZ = {formula.number(forms.d_bias, 6)}"
        )
        self.summary.setToolTip(
            tr("ClosedFormPanel", "max |closed − accumulated| over dW, dX and db = {0} (largest gradient {1})").format(
                f"{forms.max_diff:.2e}", f"{forms.scale:.3g}"
            )
        )

    def _show_matrices(self) -> None:
        forms, c = self.forms, self.channel
        if forms is None:
            for view in (self.dw_view, self.dx_view):
                if view.values.size:
                    view.set_matrix(np.full(view.values.shape, np.nan))
            return
        c = min(c, forms.d_weight.shape[0] - 1)
        rgb = forms.d_weight.shape[0] == 3
        name = f" ({'RGB'[c]})" if rgb else ""
        self.dw_view.set_title(tr("ClosedFormPanel", "closed dW = X ⋆ dZ{0}").format(name))
        self.dx_view.set_title(tr("ClosedFormPanel", "closed dX = dZ ⋆ rot180(W){0}").format(name))
        self.dw_view.set_matrix(forms.d_weight[c])
        self.dx_view.set_matrix(forms.d_input[c])

    def show_check(self, check: GradientCheck) -> None:
        x = tr("ClosedFormPanel", "skipped (input too large)") if check.input is None else f"{check.input:.2e}"
        closed_ok = check.closed <= CLOSED_TOLERANCE * max(1.0, check.scale)
        if check.agrees or not check.kinks or not closed_ok:
            head = verdict(check.agrees, check.largest)
            how = tr("ClosedFormPanel", "central differences of the loss, and the closed forms")
            how = f"<span style='color:#777'>{how}</span>"
        else:  # the stepped gradient is right; the loss has no derivative where it was checked
            head = tr("ClosedFormPanel", "<b style='color:#b07000'>⚠ differs by {0} at a kink</b>").format(
                f"{check.largest:.2g}"
            )
            how = tr(
                "ClosedFormPanel",
                "The loss has no derivative at {0}: the gradient there is one side's (as "
                "in torch) and central differences average both sides. Closed forms: {1}",
            ).format("; ".join(check.kinks), verdict(True, check.closed))
        self.check_label.setText(tr("ClosedFormPanel", "Check: {0}<br>{1}").format(head, how))
        self.check_label.setToolTip(
            tr(
                "ClosedFormPanel",
                "numerical (central differences) vs accumulated: dW {0}, db {1}, "
                "dX {2}\nclosed forms (scipy correlate2d, same dZ) vs accumulated: {3}\n"
                "largest difference {4}, relative to the largest gradient "
                "({5}): {6}",
            ).format(
                f"{check.weight:.2e}",
                f"{check.bias:.2e}",
                x,
                f"{check.closed:.2e}",
                f"{check.largest:.2e}",
                f"{check.scale:.3g}",
                f"{check.largest / (check.scale or 1.0):.1e}",
            )
        )
