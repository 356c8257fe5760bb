"""Persistent preferences (QSettings, INI format so tests can redirect them with setPath)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORG = "convviz"
APP = "convviz"
MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def _list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # QSettings returns a one-item list as a bare string
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]


def recent_files() -> list[str]:
    return _list(settings().value("recent_files"))


def add_recent(path: str) -> list[str]:
    """Remember `path` as an absolute path, so the entry works whatever folder convviz starts in."""
    path = os.path.abspath(path)
    files = [path] + [p for p in recent_files() if p != path]
    settings().setValue("recent_files", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def get(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return default if value is None else str(value)


def put(key: str, value: object) -> None:
    settings().setValue(key, value)
