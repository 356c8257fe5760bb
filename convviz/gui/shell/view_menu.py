"""The View menu's ways of drawing the maps and of presenting the window, as data and two builders.

Each look toggle writes one field of `model.layer.drawing.Look` (redrawn off the GUI thread and
remembered); the presentation choices apply from the next start (see `presentation`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate; translated where shown
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from convviz.gui.i18n import tr
from convviz.gui.shell import presentation
from convviz.model.layer.drawing import Look

LOOK_TOGGLES = (  # (Look field, menu text, status tip)
    (
        "robust",
        QT_TRANSLATE_NOOP("ViewMenu", "Ignore the brightest 0.5 % for the colour &scale"),
        QT_TRANSLATE_NOOP(
            "ViewMenu",
            "On: the colour scale ends at the 99.5th percentile of the maps, away from the padding border, "
            "so a few extreme cells do not wash out the rest. Off: it ends at the largest value.",
        ),
    ),
    (
        "sqrt_scale",
        QT_TRANSLATE_NOOP("ViewMenu", "S&quare-root colour scale for signed maps"),
        QT_TRANSLATE_NOOP(
            "ViewMenu",
            "On: a signed map's colour follows sign(v)·√|v|, so faint edges show instead of white (the bar's "
            "ends and 0 keep their values). Off: colour proportional to the value.",
        ),
    ),
    (
        "per_map",
        QT_TRANSLATE_NOOP("ViewMenu", "One colour scale &per map"),
        QT_TRANSLATE_NOOP(
            "ViewMenu",
            "On: each filter's map gets its own scale (a blur beside Sobel is not washed out); its range is in "
            "its title. Off: one scale for the whole bank, so the maps compare.",
        ),
    ),
)
REMEMBERED = QT_TRANSLATE_NOOP("ViewMenu", "Remembered: it applies when convviz starts next time.")


def add_look_toggles(menu: QMenu, look: Look, set_look: Callable[..., None]) -> dict[str, QAction]:
    """One checkable action per `LOOK_TOGGLES` entry, showing ``look``; toggling calls
    ``set_look(field=on)``. Returns the actions by field."""
    actions = {}
    for field, text, tip in LOOK_TOGGLES:
        action = menu.addAction(tr("ViewMenu", text))
        action.setCheckable(True)
        action.setChecked(bool(getattr(look, field)))
        action.setStatusTip(tr("ViewMenu", tip))
        action.toggled.connect(lambda on, f=field: set_look(**{f: on}))
        actions[field] = action
    return actions


def add_presentation_menu(
    menu: QMenu, parent: QWidget, say: Callable[[str], None]
) -> tuple[dict[str, QAction], QAction]:
    """Presentation size (one of `presentation.SCALES`) and the slide theme, remembered for the
    next start; ``say`` tells the user when it applies. Returns (size actions, theme action)."""
    sizes = menu.addMenu(tr("ViewMenu", "&Presentation size"))
    group = QActionGroup(parent)
    scale_actions: dict[str, QAction] = {}

    def choose(scale: str | None = None, theme: bool | None = None) -> None:
        presentation.remember(scale=scale, theme=theme)
        say(tr("ViewMenu", REMEMBERED))

    for value, label in presentation.SCALES.items():
        action = sizes.addAction(tr("Presentation", label), lambda v=value: choose(scale=v))
        action.setCheckable(True)
        action.setChecked(value == presentation.chosen_scale())
        action.setStatusTip(
            tr("ViewMenu", "Text, lines, markers and icons this much larger, for a projector (from the next start).")
        )
        group.addAction(action)
        scale_actions[value] = action
    theme = menu.addAction(tr("ViewMenu", "&Light theme for slides"))
    theme.setCheckable(True)
    theme.setChecked(presentation.slide_theme())
    theme.setStatusTip(
        tr("ViewMenu", "White backgrounds behind the pictures, for slides and screenshots (from the next start).")
    )
    theme.toggled.connect(lambda on: choose(theme=on))
    return scale_actions, theme
