"""The synthetic samples' names as a user reads them (the Samples menu, the input's caption)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate; translated where shown

from convviz.gui.i18n import tr

# The patterns' names as the Samples menu and the input's caption show them (the name itself
# stays the pattern's id: it names exported files and is saved in sessions).
SAMPLE_TITLES = {
    "checkerboard": QT_TRANSLATE_NOOP("Samples", "checkerboard"),
    "circles": QT_TRANSLATE_NOOP("Samples", "circles"),
    "digit": QT_TRANSLATE_NOOP("Samples", "digit"),
    "gradient": QT_TRANSLATE_NOOP("Samples", "gradient"),
    "impulse": QT_TRANSLATE_NOOP("Samples", "impulse"),
    "stripes": QT_TRANSLATE_NOOP("Samples", "stripes"),
    "text": QT_TRANSLATE_NOOP("Samples", "text"),
}


def sample_title(name: str) -> str:
    """A pattern's name in the interface's language; any other input's name as it is."""
    return tr("Samples", SAMPLE_TITLES[name]) if name in SAMPLE_TITLES else name
