"""Parameters of the selected layer, one control per parameter, made from the kind's specs
(so every control carries the spec's tooltip and range)."""

from __future__ import annotations

import re
from typing import Any

from PySide6 import QtWidgets

from convviz.gui.i18n import tr
from convviz.model.stack.layers import ParamSpec, spec
from convviz.model.stack.model import StackModel

PADDING_CHOICES = ["0", "1", "2", "3", "same", "valid"]


def _padding(text: str) -> int | str:
    """Typed padding: digits become the number (the model takes no numbers as text)."""
    return int(text) if re.fullmatch(r"\s*[0-9]{1,4}\s*", text) else text


class LayerFormWidget(QtWidgets.QGroupBox):
    def __init__(self, model: StackModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(tr("LayerFormWidget", "Layer"), parent)
        self.stack = model
        self.setToolTip(tr("LayerFormWidget", "Parameters of the selected layer"))
        self.form = QtWidgets.QFormLayout(self)
        self.message = QtWidgets.QLabel()
        self.controls: dict[str, QtWidgets.QWidget] = {}
        self._shown: tuple[int | None, int | None] = (None, None)  # (uid, index) the form shows
        model.changed.connect(self._on_model)
        self.refresh()

    def _on_model(self, part: str) -> None:
        if part != "image":  # a new picture changes no parameter
            self.refresh()

    def refresh(self) -> None:
        i = self.stack.selected
        cfg = None if i is None or i >= len(self.stack) else self.stack.configs[i]
        key = (None if cfg is None else cfg.uid, i)
        if key != self._shown:
            self._rebuild(cfg)
            self._shown = key
        if cfg is not None:
            self.setTitle(f"{i + 1}. {self.stack.result.rows[i].name}")  # as the list, table and tiles say
            for name, w in self.controls.items():
                self._show_value(w, cfg.params[name])

    def _rebuild(self, cfg: Any) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)  # deletes the old controls
        self.controls = {}
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c00000")
        self.message.setToolTip(tr("LayerFormWidget", "Why the last value typed was not accepted"))
        if cfg is None:
            self.setTitle(tr("LayerFormWidget", "Layer"))
            self.form.addRow(QtWidgets.QLabel(tr("LayerFormWidget", "Select or add a layer.")))
            return
        kind = spec(cfg.kind)
        self.setToolTip(kind.tip)
        if not kind.params:
            self.form.addRow(QtWidgets.QLabel(tr("LayerFormWidget", "No parameters.")))
        if cfg.kind == "dropout":
            note = QtWidgets.QLabel(
                tr("LayerFormWidget", "Drops units only in train mode (Mode, above); eval mode passes all through.")
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        for p in kind.params:
            w = self._control(p)
            w.setToolTip(p.tip)
            w.setObjectName(p.name)
            self.controls[p.name] = w
            self.form.addRow(p.label, w)  # the parameter's name in the interface's language
        self.form.addRow(self.message)

    def _control(self, p: ParamSpec) -> QtWidgets.QWidget:
        if p.type == "bool":
            w = QtWidgets.QCheckBox()
            w.toggled.connect(lambda v, n=p.name: self._write(n, bool(v)))
        elif p.type == "float":
            w = QtWidgets.QDoubleSpinBox(decimals=3, singleStep=0.05, minimum=p.lo, maximum=p.hi)
            w.valueChanged.connect(lambda v, n=p.name: self._write(n, float(v)))
        elif p.type == "padding":
            w = QtWidgets.QComboBox(editable=True)
            w.addItems(PADDING_CHOICES)
            w.currentTextChanged.connect(lambda v, n=p.name: self._write(n, _padding(v)))
        else:
            w = QtWidgets.QSpinBox(minimum=int(p.lo), maximum=int(p.hi))
            w.valueChanged.connect(lambda v, n=p.name: self._write(n, int(v)))
        return w

    @staticmethod
    def _show_value(w: QtWidgets.QWidget, value: Any) -> None:
        w.blockSignals(True)
        if isinstance(w, QtWidgets.QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QtWidgets.QComboBox):
            w.setCurrentText(str(value))
        else:
            w.setValue(value)
        w.blockSignals(False)

    def _write(self, name: str, value: Any) -> None:
        if self.stack.selected is None or (name == "padding" and value == ""):
            return
        try:
            self.stack.configure(self.stack.selected, **{name: value})
            self.message.setText("")
        except ValueError as exc:  # e.g. typed padding "abc", or over a budget: say why, keep the old value
            self.message.setText(tr("LayerFormWidget", "Not changed: {0}").format(exc))
            control = self.controls[name]
            if not isinstance(control, QtWidgets.QComboBox):  # leave typed text for the user to fix
                self._show_value(control, self.stack.configs[self.stack.selected].params[name])
