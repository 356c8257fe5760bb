"""`bench ui` cases for the explorer (the first tab): the layer panel's settings and the kernel."""

from __future__ import annotations

import numpy as np

from convviz.bench.ui_case import UiCase, Window


def _explorer(window: Window) -> None:
    window.tabs.setCurrentIndex(0)


def _settled(window: Window) -> bool:
    return window.bridge.up_to_date


def _spin(name: str, a: int, b: int):
    return lambda w, k: getattr(w.layer_panel, name).setValue(a if k % 2 else b)


def _combo(name: str, a: str, b: str):
    def act(w: Window, k: int) -> None:
        combo = getattr(w.layer_panel, name)
        combo.setCurrentIndex(combo.findData(a if k % 2 else b))

    return act


def _kernel(w: Window, k: int) -> None:
    rng = np.random.default_rng(k)
    w.state.bank.set_current_kernel(rng.standard_normal((15, 15)).astype(np.float32))


CASES = [
    UiCase("explorer", "stride 1 ↔ 2", _spin("stride", 1, 2), _settled, _explorer),
    UiCase("explorer", "dilation 1 ↔ 16", _spin("dilation", 1, 16), _settled, _explorer),
    UiCase("explorer", "padding VALID ↔ SAME", _combo("padding_kind", "valid", "same"), _settled, _explorer),
    UiCase("explorer", "pooling none ↔ global max", _combo("pooling", "none", "global_max"), _settled, _explorer),
    UiCase("explorer", "channels gray ↔ RGB", _combo("color_mode", "gray", "rgb"), _settled, _explorer),
    UiCase("explorer", "new 15×15 kernel", _kernel, _settled, _explorer),
]
