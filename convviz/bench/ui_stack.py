"""`bench ui` cases for the layer stack (the third tab): an edit in the editor, another example
stack, a new large input photo, and coming back to the tab; all on the heaviest example stack."""

from __future__ import annotations

from functools import cache

import numpy as np

from convviz.bench.lag_probe import run_until
from convviz.bench.ui_case import UiCase, Window

STACK_TAB = 2  # convviz.gui.shell.main_window.STACK_TAB (not imported: the bench stays importable)
HEAVIEST = "VGG-style block (32×32 RGB)"  # the most arithmetic per change of the shipped examples
OTHER = "Depthwise-separable block (32×32 RGB)"
PHOTO_SIDE = 2048


def _settled(window: Window) -> bool:
    """The stack tab is on screen and shows the result of the latest change."""
    return window.tabs.currentIndex() == STACK_TAB and window.stack_tab.up_to_date


def _load(window: Window, name: str) -> None:
    editor = window.stack_tab.editor
    assert editor.load_file(editor.examples[name]), editor.status.text()


def _heaviest(window: Window) -> None:
    window.tabs.setCurrentIndex(STACK_TAB)
    _load(window, HEAVIEST)
    window.stack_tab.editor.list.setCurrentRow(0)  # the first Conv2d, for the editing case
    run_until(lambda: _settled(window))


def _out_channels(window: Window, k: int) -> None:
    window.stack_tab.editor.form.controls["out_channels"].setValue(64 if k % 2 == 0 else 32)


def _example(window: Window, k: int) -> None:
    _load(window, OTHER if k % 2 == 0 else HEAVIEST)


@cache
def _photo(k: int) -> np.ndarray:
    """A large photo-like RGB picture, different for each k (made before it is measured)."""
    rng = np.random.default_rng(100 + k)
    yy, xx = np.mgrid[0:PHOTO_SIDE, 0:PHOTO_SIDE].astype(np.float32) / PHOTO_SIDE
    base = np.stack([np.sin((7 + k) * xx + c) * np.cos((4 + k) * yy - c) for c in (0.0, 1.0, 2.0)], axis=-1)
    return np.clip(0.5 + 0.4 * base + 0.1 * rng.random(base.shape, dtype=np.float32), 0, 1)


def _photos(window: Window) -> None:
    _heaviest(window)
    for k in range(2):
        _photo(k)


def _new_photo(window: Window, k: int) -> None:
    window.state.input.set_image(_photo(k % 2), name=f"photo {k % 2}")


def _back_to_the_tab(window: Window, k: int) -> None:
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(STACK_TAB)


CASES = [
    UiCase("stack", "edit: Conv2d out_channels 32 ↔ 64", _out_channels, _settled, _heaviest),
    UiCase("stack", "example VGG block ↔ depthwise-separable", _example, _settled, _heaviest),
    UiCase("stack", f"new {PHOTO_SIDE}² RGB photo as input", _new_photo, _settled, _photos),
    UiCase("stack", "tab switch: explorer, then the stack", _back_to_the_tab, _settled, _heaviest),
]
