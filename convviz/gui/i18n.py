"""The interface's language: English, 简体中文 or 繁體中文, through Qt's own translation system.

convviz's strings go through ``QCoreApplication.translate`` (``tr`` here); their translations
live in ``convviz/resources/i18n/convviz_<part>_<lang>.ts``, one per part of the window (made
and updated with ``pyside6-lupdate`` by ``python scripts/i18n.py update``) and ship compiled
as ``.qm`` (``pyside6-lrelease``, by ``python scripts/i18n.py release``). Qt's own
``qtbase_<lang>.qm`` translates the standard dialogs' buttons. The language is chosen once,
before the window is built: ``--lang``, else the saved preference (View → Language), else the
system's locale; a locale convviz has no translation for (or "C") gives English. Changing it
takes effect at the next start.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from convviz import text

SYSTEM = "system"
LANGUAGES = {  # the choice -> its name, in its own language (as every language menu writes it)
    SYSTEM: "System",
    "en": "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
}
PREF = "language"
_TRADITIONAL = ("zh_TW", "zh_HK", "zh_MO", "zh_Hant")
_installed: list[QTranslator] = []  # a translator must outlive its use: kept here, with the app


def tr(context: str, text: str) -> str:
    """``text`` in the interface's language (``context`` groups it in the .ts file)."""
    return QCoreApplication.translate(context, text)


def resolve(choice: str, system_locale: str) -> str:
    """The language to run in: ``choice`` ("system", "en", "zh_CN", "zh_TW"), where "system"
    reads the locale's name (zh_CN, zh_SG, zh_Hans_CN → 简体; zh_TW, zh_HK, zh_Hant → 繁體;
    "C", en_US or anything else → English)."""
    if choice in LANGUAGES and choice != SYSTEM:
        return choice
    name = system_locale.replace("-", "_")
    if not name.startswith("zh"):
        return "en"
    return "zh_TW" if any(tag in name for tag in _TRADITIONAL) else "zh_CN"


def chosen(cli_choice: str | None) -> str:
    """``--lang`` if given, else the saved preference, resolved against the system's locale."""
    from convviz.gui.shell import prefs

    choice = cli_choice or prefs.get(PREF, SYSTEM)
    return resolve(choice, QLocale.system().name())


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load convviz's and Qt's translations for ``language`` into ``app`` (none for English),
    in place of any installed before; the ones loaded are returned."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    text.install(None if language == "en" else tr)  # the Qt-free code's words (convviz.text)
    if language == "en":
        return []
    loaded = []
    folder = resources.files("convviz") / "resources" / "i18n"
    ours = sorted(str(p) for p in folder.iterdir() if p.name.endswith(f"_{language}.qm"))  # one per part
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path, where in [*((p, "") for p in ours), (f"qtbase_{language}", qt_dir)]:
        translator = QTranslator(app)
        if translator.load(path, where) if where else translator.load(path):
            app.installTranslator(translator)
            loaded.append(translator)
    _installed.extend(loaded)
    return loaded


def missing_font(language: str) -> str:
    """Why Chinese would be drawn as boxes here (no font with its glyphs), or ""."""
    if language == "en":
        return ""
    system = (
        QFontDatabase.WritingSystem.TraditionalChinese
        if language == "zh_TW"
        else QFontDatabase.WritingSystem.SimplifiedChinese
    )
    if QFontDatabase.families(system):
        return ""
    return (
        f"No font with {LANGUAGES[language]} glyphs is installed, so the text would show as boxes: "
        "install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk), or start with --lang en."
    )
