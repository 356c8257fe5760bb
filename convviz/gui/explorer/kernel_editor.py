"""The kernel editor: weight grid, presets, size, operations, filters, channels, bias, undo.

It only talks to the KernelBank: every control writes through a bank method, and everything
shown is redrawn from the bank on ``bank.changed`` (so undo, file loads and other views stay in
sync). Controls are refreshed under QSignalBlocker so a redraw never writes back.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from convviz.engine.kernels import PRESETS, preset
from convviz.gui.explorer.kernel_grid import KernelGrid, format_weight
from convviz.gui.i18n import tr
from convviz.model.kernels.bank import KernelBank
from convviz.model.kernels.ops import MAX_SIZE
from convviz.model.limits import MAX_FILTERS

CONTEXT = "KernelEditorWidget"
CUSTOM_LABEL = QT_TRANSLATE_NOOP("KernelEditorWidget", "Custom")
ADD_TIP = QT_TRANSLATE_NOOP("KernelEditorWidget", "Add a new filter (an identity kernel) to this layer.")
CHANNEL_NAMES = ("R", "G", "B")
OP_BUTTONS = (  # (op, label, tooltip), translated where they are shown
    (
        "normalise",
        QT_TRANSLATE_NOOP("KernelEditorWidget", "Normalise"),
        QT_TRANSLATE_NOOP(
            "KernelEditorWidget",
            "Scale this filter so its weights sum to 1 (or its largest |weight| is 1 if they sum to 0).",
        ),
    ),
    (
        "negate",
        QT_TRANSLATE_NOOP("KernelEditorWidget", "Negate"),
        QT_TRANSLATE_NOOP("KernelEditorWidget", "Flip the sign of every weight of this filter."),
    ),
    (
        "transpose",
        QT_TRANSLATE_NOOP("KernelEditorWidget", "Transpose"),
        QT_TRANSLATE_NOOP(
            "KernelEditorWidget",
            "Swap rows and columns of this filter (a non-square size transposes every filter).",
        ),
    ),
    (
        "rotate180",
        QT_TRANSLATE_NOOP("KernelEditorWidget", "Rotate 180°"),
        QT_TRANSLATE_NOOP(
            "KernelEditorWidget",
            "Turn this filter upside down, which turns correlation into true convolution.",
        ),
    ),
    (
        "random",
        QT_TRANSLATE_NOOP("KernelEditorWidget", "Random"),
        QT_TRANSLATE_NOOP(
            "KernelEditorWidget",
            "Fill this filter with random He-initialised weights, as a fresh network would.",
        ),
    ),
)


class KernelEditorWidget(QWidget):
    """Edit the filters of a KernelBank; emits ``cellHovered(r, c)`` ((-1, -1) on leave)."""

    cellHovered = Signal(int, int)

    def __init__(self, bank: KernelBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.grid = KernelGrid(bank, self)
        self.grid.cellHovered.connect(self.cellHovered)
        self._build_filter_controls()
        self._build_kernel_controls()
        self._build_actions()
        self._lay_out()
        bank.changed.connect(self.refresh)
        self.refresh()

    # ---- construction --------------------------------------------------------------------
    def _build_filter_controls(self) -> None:
        self.filter_list = QListWidget()
        self.filter_list.setToolTip(
            tr("KernelEditorWidget", "Filters of this layer, one feature map each; double-click a name to rename it.")
        )
        self.filter_list.setMaximumHeight(92)
        self.filter_list.currentRowChanged.connect(self._on_filter_selected)
        self.filter_list.itemChanged.connect(self._on_filter_renamed)
        self.add_button = _button(tr("KernelEditorWidget", "Add"), tr(CONTEXT, ADD_TIP), self._add_filter)
        self.remove_button = _button(
            tr("KernelEditorWidget", "Remove"),
            tr("KernelEditorWidget", "Remove the selected filter from this layer."),
            lambda: self.bank.remove_filter(self.bank.current),
        )
        self.per_channel_check = QCheckBox(tr("KernelEditorWidget", "Per channel (RGB)"))
        self.per_channel_check.setToolTip(
            tr("KernelEditorWidget", "Give each colour channel its own kernel instead of sharing one kernel.")
        )
        self.per_channel_check.toggled.connect(lambda on: self.bank.set_shared(not on))
        self.channel_combo = QComboBox()
        self.channel_combo.addItems(CHANNEL_NAMES)
        self.channel_combo.setToolTip(
            tr("KernelEditorWidget", "Which colour channel's kernel the grid shows and edits.")
        )
        self.channel_combo.currentIndexChanged.connect(self._on_channel_selected)
        self.bias_spin = _double_spin(
            -1000, 1000, 0.1, tr("KernelEditorWidget", "Bias added to every output value of this filter.")
        )
        self.bias_spin.valueChanged.connect(self._on_bias_edited)

    def _build_kernel_controls(self) -> None:
        self.preset_combo = QComboBox()
        self.preset_combo.setToolTip(
            tr("KernelEditorWidget", "Replace the kernel with a well-known one (hover an entry for what it does).")
        )
        self.preset_combo.addItem(tr(CONTEXT, CUSTOM_LABEL))
        self.preset_combo.setItemData(
            0, tr("KernelEditorWidget", "Your own weights (no preset matches them)."), Qt.ItemDataRole.ToolTipRole
        )
        for name, item in PRESETS.items():
            self.preset_combo.addItem(item.label, name)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, item.description, Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.rows_spin = _spin(
            tr(
                "KernelEditorWidget",
                "Kernel height in cells (1-15); the weights are cropped or padded around the centre.",
            )
        )
        self.cols_spin = _spin(
            tr(
                "KernelEditorWidget",
                "Kernel width in cells (1-15); the weights are cropped or padded around the centre.",
            )
        )
        self.rows_spin.valueChanged.connect(self._on_size_edited)
        self.cols_spin.valueChanged.connect(self._on_size_edited)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setToolTip(
            tr("KernelEditorWidget", "What the chosen preset does, and the sum of the shown weights.")
        )
        self.op_buttons = {
            op: _button(tr(CONTEXT, label), tr(CONTEXT, tip), lambda _=False, o=op: self.bank.apply(o))
            for op, label, tip in OP_BUTTONS
        }
        self.brush_step_spin = _double_spin(
            0.001,
            100,
            0.1,
            tr("KernelEditorWidget", "How much one drag over a cell raises (left) or lowers (right) it."),
        )
        self.brush_step_spin.setValue(self.grid.brush_step)
        self.brush_step_spin.valueChanged.connect(lambda v: setattr(self.grid, "brush_step", v))
        self.brush_value_spin = _double_spin(
            -1000, 1000, 0.5, tr("KernelEditorWidget", "The value Shift+drag writes into every cell it crosses.")
        )
        self.brush_value_spin.setValue(self.grid.brush_value)
        self.brush_value_spin.valueChanged.connect(lambda v: setattr(self.grid, "brush_value", v))

    def _build_actions(self) -> None:
        self.undo_action = QAction(tr("KernelEditorWidget", "Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setToolTip(tr("KernelEditorWidget", "Undo the last kernel change (Ctrl+Z)."))
        self.undo_action.triggered.connect(self.bank.undo)
        self.redo_action = QAction(tr("KernelEditorWidget", "Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setToolTip(
            tr("KernelEditorWidget", "Redo the kernel change you undid (Ctrl+Shift+Z or Ctrl+Y).")
        )
        self.redo_action.triggered.connect(self.bank.redo)
        for action in (self.undo_action, self.redo_action):
            # Only while focus is inside the editor, so the main window keeps its own Ctrl+Z elsewhere.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.addWidget(self.filter_list, 0, 0, 3, 1)
        filters.addWidget(self.add_button, 0, 1)
        filters.addWidget(self.remove_button, 1, 1)
        channels = _row(
            self.per_channel_check,
            self.channel_combo,
            QLabel("  "),
            _label(tr("KernelEditorWidget", "Bias"), self.bias_spin),
            self.bias_spin,
        )
        shape = _row(
            self.preset_combo,
            _label(tr("KernelEditorWidget", "Size"), self.rows_spin),
            self.rows_spin,
            QLabel("×"),
            self.cols_spin,
        )
        ops = QGridLayout()  # two rows of buttons keep the editor narrow enough for a side dock
        for i, button in enumerate([*self.op_buttons.values(), self.undo_button, self.redo_button]):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            ops.addWidget(button, i // 4, i % 4)
        brush = _row(
            _label(tr("KernelEditorWidget", "Brush step"), self.brush_step_spin),
            self.brush_step_spin,
            _label(tr("KernelEditorWidget", "Shift value"), self.brush_value_spin),
            self.brush_value_spin,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(channels)
        layout.addLayout(shape)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.description_label)
        layout.addLayout(ops)
        layout.addLayout(brush)
        for before, after in itertools.pairwise(self.tab_chain()):
            QWidget.setTabOrder(before, after)

    def tab_chain(self) -> list[QWidget]:
        """Tab goes through the controls as they are laid out: top to bottom, left to right."""
        return [
            self.filter_list,
            self.add_button,
            self.remove_button,
            self.per_channel_check,
            self.channel_combo,
            self.bias_spin,
            self.preset_combo,
            self.rows_spin,
            self.cols_spin,
            self.grid,
            *self.op_buttons.values(),
            self.undo_button,
            self.redo_button,
            self.brush_step_spin,
            self.brush_value_spin,
        ]

    # ---- bank -> view --------------------------------------------------------------------
    def refresh(self, what: str = "bank") -> None:
        """Show the bank's state in every control, without writing anything back."""
        bank = self.bank
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.filter_list,
                self.per_channel_check,
                self.channel_combo,
                self.rows_spin,
                self.cols_spin,
                self.bias_spin,
                self.preset_combo,
            )
        ]
        self._show_filter_names(bank.names)
        self.filter_list.setCurrentRow(bank.current)
        self.per_channel_check.setChecked(not bank.shared)
        self.channel_combo.setEnabled(not bank.shared)
        self.channel_combo.setCurrentIndex(bank.channel if not bank.shared else 0)
        self.rows_spin.setValue(bank.size[0])
        self.cols_spin.setValue(bank.size[1])
        self.bias_spin.setValue(bank.bias[bank.current])
        self._show_matching_preset(bank.current_slice())
        del blockers
        self.remove_button.setEnabled(len(bank) > 1)
        self.add_button.setEnabled(len(bank) < MAX_FILTERS)
        self.add_button.setToolTip(
            tr(CONTEXT, ADD_TIP)
            if len(bank) < MAX_FILTERS
            else tr("KernelEditorWidget", "A layer here holds at most {0} filters.").format(MAX_FILTERS)
        )
        self.undo_action.setEnabled(bank.can_undo)
        self.redo_action.setEnabled(bank.can_redo)

    def _show_filter_names(self, names: list[str]) -> None:
        # Update items in place: a rename arrives from inside the item's own itemChanged signal.
        while self.filter_list.count() > len(names):
            self.filter_list.takeItem(self.filter_list.count() - 1)
        while self.filter_list.count() < len(names):
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.filter_list.addItem(item)
        for row, name in enumerate(names):
            if self.filter_list.item(row).text() != name:
                self.filter_list.item(row).setText(name)

    def _show_matching_preset(self, kernel: np.ndarray) -> None:
        name = next(
            (n for n, p in PRESETS.items() if p.weights.shape == kernel.shape and np.allclose(p.weights, kernel)), None
        )
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(name) if name else 0)
        description = PRESETS[name].description if name else tr("KernelEditorWidget", "Custom kernel.")
        self.description_label.setText(
            tr("KernelEditorWidget", "{0}\nSum of weights: {1}").format(description, format_weight(float(kernel.sum())))
        )

    # ---- view -> bank --------------------------------------------------------------------
    def _on_preset_chosen(self, index: int) -> None:
        if index > 0:
            name = self.preset_combo.itemData(index)
            before = self.bank.current_slice().shape
            self.bank.set_current_kernel(preset(name), name)
            after = self.bank.current_slice().shape
            if len(self.bank) > 1 and after != before:  # the bank resized the others too: say so
                self.description_label.setText(
                    tr(
                        "KernelEditorWidget",
                        "{0}\nEvery filter is now {1}×{2}: the filters of one layer share one size.",
                    ).format(self.description_label.text(), after[0], after[1])
                )

    def _on_size_edited(self) -> None:
        self.bank.resize(self.rows_spin.value(), self.cols_spin.value())

    def _on_filter_selected(self, row: int) -> None:
        if row >= 0:
            self.bank.current = row

    def _on_filter_renamed(self, item: QListWidgetItem) -> None:
        self.bank.rename(self.filter_list.row(item), item.text().strip())

    def _on_channel_selected(self, index: int) -> None:
        if not self.bank.shared:
            self.bank.channel = index

    def _on_bias_edited(self, value: float) -> None:
        with self.bank.changed.blocked(self.refresh):  # the spin box already shows the value
            self.bank.set_bias(value)
        self.undo_action.setEnabled(self.bank.can_undo)
        self.redo_action.setEnabled(self.bank.can_redo)

    def _add_filter(self) -> None:
        self.bank.add_filter()


def _button(text: str, tooltip: str, slot) -> QToolButton:
    button = QToolButton()  # narrower than QPushButton, so the editor fits a side dock
    button.setText(text)
    button.setToolTip(tooltip)
    button.clicked.connect(slot)
    return button


def _spin(tooltip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, MAX_SIZE)
    spin.setKeyboardTracking(False)  # resize once on Enter, not on every digit typed
    spin.setToolTip(tooltip)
    return spin


def _double_spin(low: float, high: float, step: float, tooltip: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(3)
    spin.setSingleStep(step)
    spin.setKeyboardTracking(False)
    spin.setToolTip(tooltip)
    return spin


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setToolTip(buddy.toolTip())
    return label


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
