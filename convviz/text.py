"""Words for people, in the interface's language: the translation hook of the Qt-free code.

The engine, the model, io and camera write text a user reads (a layer's explanation, a lesson,
a step of the stepper, why a file was refused) but must not import Qt. They call ``tr`` here;
it returns the English source until the GUI installs Qt's translator (``install``, done by
``convviz.gui.i18n.install``), and from then on whatever ``QCoreApplication.translate`` gives.
Without a GUI (the CLIs, the model's tests) the text stays English.

``pyside6-lupdate`` finds these calls as it finds the GUI's (``scripts/i18n.py`` passes
``-tr-function-alias translate+=tr,QT_TRANSLATE_NOOP+=noop``), so both arguments must be
string literals. Text with values in it is a literal with ``{names}``, filled after
translation: ``tr("Shapes", "output {h} × {w}").format(h=h, w=w)``; translators keep the names.
A module-level constant, built before any translator is installed, is marked with ``noop`` and
translated where it is shown, with ``tr(context, constant)``.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_translate: Translate = _english


def tr(context: str, text: str) -> str:
    """``text`` in the interface's language (``context`` groups it in the .ts file)."""
    return _translate(context, text)


def noop(context: str, text: str) -> str:
    """Marks ``text`` for translation without translating it (for constants; see module doc)."""
    return text


def install(translate: Translate | None) -> None:
    """Route ``tr`` through ``translate`` (Qt's), or back to English with None."""
    global _translate
    _translate = translate or _english
