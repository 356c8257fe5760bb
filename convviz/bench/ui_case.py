"""One interaction of `python -m convviz.bench ui`: what the user does and when it is on screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Window = Any  # convviz.gui.shell.main_window.MainWindow (not imported: the bench stays importable)


def _nothing(window: Window) -> None:
    return None


@dataclass(frozen=True)
class UiCase:
    tab: str  # "explorer", "stepper", "stack"
    name: str
    act: Callable[[Window, int], None]  # the user's action; the int is the repeat (alternate values)
    settled: Callable[[Window], bool]  # its result is on screen
    prepare: Callable[[Window], None] = _nothing  # once before the repeats: show the tab, set it up
