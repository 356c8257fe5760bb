"""Two-way binding between a widget and one field of an evented settings object.

The widget writes to the state; the state's `changed` updates the widget with its signals
blocked, so a change never echoes back. A rejected value (ValueError) snaps the widget back.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox

from convviz.model.settings import LayerSettings


def _bind(
    settings: LayerSettings,
    field: str,
    widget: Any,
    read_widget: Callable[[], Any],
    write_widget: Callable[[Any], None],
    signal: Any,
) -> None:
    def from_state(name: str | None = None) -> None:
        if name is None or name == field:
            widget.blockSignals(True)
            try:
                write_widget(getattr(settings.params, field))
            finally:
                widget.blockSignals(False)

    def to_state(*_: Any) -> None:
        try:
            with settings.changed.blocked(from_state):
                settings.update(**{field: read_widget()})
        except ValueError:
            from_state()

    signal.connect(to_state)
    settings.changed.connect(from_state)
    widget.destroyed.connect(lambda *_: settings.changed.disconnect(from_state))
    from_state()


def bind_spin(settings: LayerSettings, field: str, spin: QSpinBox) -> None:
    _bind(settings, field, spin, spin.value, lambda v: spin.setValue(int(v)), spin.valueChanged)


def bind_check(settings: LayerSettings, field: str, box: QAbstractButton) -> None:
    _bind(settings, field, box, box.isChecked, lambda v: box.setChecked(bool(v)), box.toggled)


def bind_combo(settings: LayerSettings, field: str, combo: QComboBox) -> None:
    """The combo's item data are the enum values."""

    def write(value: Any) -> None:
        combo.setCurrentIndex(combo.findData(value.value if isinstance(value, Enum) else value))

    _bind(settings, field, combo, combo.currentData, write, combo.currentIndexChanged)
