"""`bench ui` cases for the step-by-step tab: the changes that make it rebuild its traces.

The tab walks a 15×15 kernel over the coarse full image (64×64 of the 2048² photo) or a crop;
each change below must not stall the window while the traces and closed forms are rebuilt.
"""

from __future__ import annotations

import numpy as np

from convviz.bench.lag_probe import run_until
from convviz.bench.ui_case import UiCase, Window


def _settled(window: Window) -> bool:
    # Before the stepper computed off the GUI thread everything was done inside the change.
    return getattr(window.stepper, "up_to_date", True)


def _source(w: Window, k: int, name: str) -> None:
    combo = w.stepper.source_combo
    combo.setCurrentIndex(combo.findData(name))


def _prepare(window: Window, color: str = "gray") -> None:
    """The stepper tab in front, a 15×15 kernel, on the full (coarse) image: the heaviest input
    (every case starts here, so ``--only`` can pick any of them), gray unless said."""
    window.tabs.setCurrentWidget(window.tabs.widget(1))
    window.state.input.set_color_mode(color)
    rng = np.random.default_rng(7)
    window.state.bank.set_current_kernel(rng.standard_normal((15, 15)).astype(np.float32))
    _source(window, 0, "full")
    window.stepper.tabs.setCurrentWidget(window.stepper.forward)
    # The new kernel also made the explorer recompute: let both finish, or the first repeat
    # would be charged for the set-up.
    run_until(lambda: window.bridge.up_to_date and _settled(window))


def _crop_or_full(w: Window, k: int) -> None:
    _source(w, k, "crop12" if k % 2 else "full")  # the last repeat (k = 4) leaves it on "full"


def _spin(name: str, a: int, b: int):
    return lambda w, k: getattr(w.layer_panel, name).setValue(a if k % 2 else b)


def _kernel(w: Window, k: int) -> None:
    rng = np.random.default_rng(k)
    w.state.bank.set_current_kernel(rng.standard_normal((15, 15)).astype(np.float32))


def _page(w: Window, k: int) -> None:
    stepper = w.stepper
    stepper.tabs.setCurrentWidget(stepper.forward if k % 2 else stepper.backward)


CASES = [
    UiCase("stepper", "input crop 12×12 ↔ full image", _crop_or_full, _settled, _prepare),
    UiCase("stepper", "stride 1 ↔ 2 (full image)", _spin("stride", 1, 2), _settled, _prepare),
    UiCase("stepper", "dilation 1 ↔ 2 (full image)", _spin("dilation", 1, 2), _settled, _prepare),
    UiCase("stepper", "new 15×15 kernel (full image)", _kernel, _settled, _prepare),
    UiCase("stepper", "page forward ↔ backward", _page, _settled, _prepare),
    # RGB: three channels stepped, as the explorer computes them.
    UiCase("stepper", "new 15×15 kernel (full image, RGB)", _kernel, _settled, lambda w: _prepare(w, "rgb")),
    UiCase("stepper", "page forward ↔ backward (RGB)", _page, _settled, lambda w: _prepare(w, "rgb")),
]
