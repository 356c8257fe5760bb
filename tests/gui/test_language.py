"""The interface in 简体中文 and 繁體中文: which language a start chooses, the translations Qt
loads, and what the window then shows — against the .ts files themselves, read here."""

from __future__ import annotations

import re
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from convviz.gui import i18n
from convviz.gui.shell.actions import ACTIONS

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "convviz" / "resources" / "i18n"
I18N = runpy.run_path(str(ROOT / "scripts" / "i18n.py"))  # the parts and the lupdate options the script uses
I18N = type("I18N", (), I18N)


def translations(language: str, part: str = "*") -> dict[tuple[str, str], str]:
    """(context, English) -> the translation, as the .ts files of ``part`` (every part) hold it."""
    table = {}
    for ts in sorted(TS.glob(f"convviz_{part}_{language}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                table[(name, message.findtext("source"))] = message.findtext("translation")
    return table


class Words:
    """A part's .ts translation of an English text; a text left in English would make a check vacuous."""

    def __init__(self, language: str, part: str = "*") -> None:
        self.table = translations(language, part)

    def __call__(self, context: str, english: str) -> str:
        text = self.table[(context, english)]
        assert text and text != english and re.search("[\u4e00-\u9fff]", text), (context, english, text)
        return text


@pytest.mark.parametrize(
    "choice, locale, expected",
    [
        ("system", "C", "en"),
        ("system", "en_US", "en"),
        ("system", "de_DE", "en"),
        ("system", "zh_CN", "zh_CN"),
        ("system", "zh_SG", "zh_CN"),
        ("system", "zh_Hans_CN", "zh_CN"),
        ("system", "zh_TW", "zh_TW"),
        ("system", "zh_HK", "zh_TW"),
        ("system", "zh_Hant_TW", "zh_TW"),
        ("zh_TW", "en_US", "zh_TW"),
        ("en", "zh_CN", "en"),
        ("klingon", "C", "en"),
    ],
)
def test_the_language_a_start_chooses(choice, locale, expected):
    assert i18n.resolve(choice, locale) == expected


def test_lang_on_the_command_line():
    from convviz.app import parse_args

    assert parse_args(["--lang", "zh_TW"])[0].lang == "zh_TW"
    assert parse_args([])[0].lang is None
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


@pytest.fixture
def chinese(request, qtbot):
    """The app's translators for the language asked for, then English again for later tests."""
    app = QApplication.instance()
    loaded = i18n.install(app, request.param)
    yield request.param, loaded
    i18n.install(app, "en")


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"], indirect=True)
def test_the_window_built_in_chinese_shows_the_translations(chinese, qtbot):
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    language, loaded = chinese
    parts = len(list(TS.glob(f"convviz_*_{language}.qm")))
    assert parts >= 1 and len(loaded) == parts + 1  # every part's, and Qt's qtbase
    table = translations(language)
    window = MainWindow(AppState(), compact=False)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    file_, view, lessons, help_ = (table[("Menus", t)] for t in ("&File", "&View", "&Lessons", "&Help"))
    assert titles == [file_, view, lessons, help_]
    assert [window.tabs.tabText(i) for i in range(4)] == [
        table[("Tabs", t)] for t in ("Layer explorer", "Step by step", "Layer stack", "Your model")
    ]
    assert window.kernel_dock.windowTitle() == table[("Docks", "Kernel")]
    for act, spec in ACTIONS.items():  # every menu action, and its status tip
        action = window.actions_by_id[act]
        assert action.text() == table[("Actions", spec.text)] != spec.text
        assert action.statusTip() == table[("Actions", spec.tip)]
    assert window.language_menu.title() == table[("Menus", "&Language")]
    # Qt's own dialogs: the standard buttons from qtbase_zh_*.qm
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "").startswith("取消")
    window.close()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
@pytest.mark.parametrize("part", I18N.PARTS)
def test_every_string_the_code_marks_has_a_finished_translation(tmp_path, language, part):
    """pyside6-lupdate over the part's code into a copy of its .ts: no new string, none unfinished."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / f"convviz_{part}_{language}.ts"
    if (TS / copy.name).exists():
        shutil.copy(TS / copy.name, copy)
    out = subprocess.run(
        [str(lupdate), *I18N.sources(part), "-no-obsolete", "-locations", "none", *I18N.ALIAS,
         "-target-language", language, "-ts", str(copy)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "(0 new and" in out.stdout or "Found 0 source text" in out.stdout, out.stdout
    unfinished = [m.findtext("source") for m in ET.parse(copy).getroot().iter("message") if
                  m.find("translation").get("type") == "unfinished"]  # fmt: skip
    assert unfinished == []


def test_view_language_is_remembered_and_says_it_applies_at_the_next_start(main_window, qtbot):
    from convviz.gui.shell import prefs

    action = next(a for a in main_window.language_menu.actions() if a.data() == "zh_TW")
    assert action.text() == "繁體中文"  # each language named in its own words
    try:
        action.trigger()
        assert prefs.get(i18n.PREF) == "zh_TW" and action.isChecked()
        assert "next start" in main_window.coords.text()
        assert i18n.chosen(None) == "zh_TW"  # what the next start will use
        assert i18n.chosen("en") == "en"  # --lang wins over the saved choice
    finally:
        prefs.settings().remove(i18n.PREF)


def test_without_a_chinese_font_the_app_says_so(monkeypatch):
    from PySide6.QtGui import QFontDatabase

    assert i18n.missing_font("en") == ""
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: []))
    message = i18n.missing_font("zh_CN")
    assert "fonts-noto-cjk" in message and "--lang en" in message
