"""Presentation size and slide theme: a projector needs everything larger — text, lines, markers,
icons alike — and slides want white backgrounds.

Both apply from the next start: Qt scales a whole application uniformly only when it starts
(``QT_SCALE_FACTOR``), which is what a projector needs (fonts alone would leave 2-px lines and
markers too thin to see from the back of a room). At ×2 a 1920×1080 projector is a 960×540
window, which the layout is made to fit (tests/gui/test_lecture_ready.py).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate

from convviz.gui.shell import prefs

SCALES = {  # the value -> its menu text (translated where the View menu shows it)
    "1": QT_TRANSLATE_NOOP("Presentation", "Normal"),
    "1.5": QT_TRANSLATE_NOOP("Presentation", "Large (×1.5)"),
    "2": QT_TRANSLATE_NOOP("Presentation", "Extra large (×2)"),
}
SCALE_KEY, THEME_KEY = "presentation_scale", "slide_theme"


def chosen_scale() -> str:
    value = prefs.get(SCALE_KEY, "1")
    return value if value in SCALES else "1"


def slide_theme() -> bool:
    return prefs.get(THEME_KEY, "false") == "true"


def prepare_environment(environ: dict[str, str] | os._Environ = os.environ) -> None:
    """Before the QApplication exists: the chosen scale, unless the user set Qt's own already."""
    scale = chosen_scale()
    if scale != "1" and "QT_SCALE_FACTOR" not in environ:
        environ["QT_SCALE_FACTOR"] = scale


def prepare_plots() -> None:
    """Before any view exists: white plot backgrounds and black text for slides."""
    if slide_theme():
        import pyqtgraph as pg

        pg.setConfigOptions(background="w", foreground="k")


def remember(scale: str | None = None, theme: bool | None = None) -> None:
    if scale is not None and scale in SCALES:
        prefs.put(SCALE_KEY, scale)
    if theme is not None:
        prefs.put(THEME_KEY, "true" if theme else "false")
