"""View → Language: System, English, 简体中文, 繁體中文 — remembered, in effect from the next start
(the window is built in one language; ``convviz.gui.i18n`` says how it is chosen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from convviz.gui.i18n import LANGUAGES, PREF, SYSTEM, tr
from convviz.gui.shell import prefs


def install(view_menu: QMenu, window: Any) -> QMenu:
    """Add the Language sub-menu to ``view_menu``; choosing saves the choice and says when it applies."""
    menu = view_menu.addMenu(tr("Menus", "&Language"))
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    saved = prefs.get(PREF, SYSTEM)
    for key, name in LANGUAGES.items():
        label = tr("Menus", "System") if key == SYSTEM else name  # each language in its own words
        action = menu.addAction(label)
        action.setData(key)
        action.setCheckable(True)
        action.setChecked(key == saved)
        action.setStatusTip(tr("Menus", "The interface's language, from the next start of convviz."))
        action.triggered.connect(lambda _=False, k=key: choose(window, k))
        group.addAction(action)
    window.language_menu = menu
    return menu


def choose(window: Any, key: str) -> None:
    prefs.put(PREF, key)
    window.coords.setText(tr("Menus", "The language changes at the next start of convviz (quit and start it again)."))
