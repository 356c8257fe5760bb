"""How the explorer's maps are drawn, remembered between runs, and the contrast control."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDoubleSpinBox

from convviz.gui.i18n import tr
from convviz.gui.shell import prefs
from convviz.model.layer.drawing import Look

GAIN_RANGE = (0.25, 16.0)


def gain() -> float:
    try:
        value = float(prefs.get("contrast", "1.0"))
    except ValueError:
        return 1.0
    return min(max(value, GAIN_RANGE[0]), GAIN_RANGE[1])


def robust() -> bool:
    return prefs.get("robust_levels", "true") != "false"


def per_map() -> bool:
    return prefs.get("per_map_levels", "false") == "true"


def sqrt_scale() -> bool:
    return prefs.get("sqrt_scale", "true") != "false"


def remember(look: Look) -> None:
    prefs.put("contrast", f"{look.gain:g}")
    prefs.put("robust_levels", "true" if look.robust else "false")
    prefs.put("per_map_levels", "true" if look.per_map else "false")
    prefs.put("sqrt_scale", "true" if look.sqrt_scale else "false")


def contrast_box(value: float, on_change: Callable[[float], None]) -> QDoubleSpinBox:
    """A contrast factor for the maps' colour scale: 2× makes faint structure twice as strong
    (cells past the scale's end saturate); shown in the status bar next to the values."""
    box = QDoubleSpinBox()
    box.setPrefix(tr("LookPrefs", "contrast ×"))
    box.setRange(*GAIN_RANGE)
    box.setDecimals(2)
    box.setSingleStep(0.25)
    box.setValue(value)
    box.setToolTip(
        tr("LookPrefs", "Contrast of the feature maps' colours: the colour scale is divided by this factor.")
    )
    box.valueChanged.connect(on_change)
    return box
