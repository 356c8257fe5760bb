"""`bench ui` cases for pointing in the explorer — hover, pin, arrow keys, kernel painting — on
the heaviest settings the panels allow: colour input, a bank of four 15×15 filters, one kernel
per channel, 2×2 max pooling, on the 2048² photo. Each sends real mouse and key events."""

from __future__ import annotations

import numpy as np

from convviz.bench.ui_case import UiCase, Window

HOVER_STEPS = 24  # mouse moves per hover sweep


def _heavy(window: Window) -> None:
    from convviz.bench.lag_probe import run_until
    from convviz.model.settings import Pooling

    window.tabs.setCurrentIndex(0)
    state = window.state
    state.input.set_color_mode("rgb")
    state.bank.set_shared(False)
    rng = np.random.default_rng(5)
    while len(state.bank.weight(3)) < 4:
        state.bank.add_filter()
    for f in range(4):
        state.bank.current = f
        state.bank.set_current_kernel(rng.standard_normal((15, 15)).astype(np.float32))
    state.layer.update(pooling=Pooling.MAX, pool_size=2, pool_stride=2)
    run_until(lambda: window.bridge.up_to_date)
    window.conv_maps.setFocus()


def _cell_pos(window: Window, y: int, x: int):
    from PySide6.QtCore import QPointF

    grid = window.conv_maps
    return grid.mapFromScene(grid.views[0].mapViewToScene(QPointF(x + 0.5, y + 0.5)))


def _hover_sweep(window: Window, k: int) -> None:
    from PySide6.QtTest import QTest

    h, w = window.conv_maps.maps.shape[1:]
    row = h // 3 + 7 * k
    for step in range(HOVER_STEPS):
        QTest.mouseMove(window.conv_maps.viewport(), _cell_pos(window, row, (w * (step + 1)) // (HOVER_STEPS + 2)))


def _hovered_last(window: Window) -> bool:
    hovered = window.state.selection.hovered
    return hovered is not None and window.bridge.up_to_date


def _pin(window: Window, k: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    h, w = window.conv_maps.maps.shape[1:]
    pos = _cell_pos(window, h // 2 + 11 * k, w // 3 + 13 * k)
    QTest.mouseMove(window.conv_maps.viewport(), pos)
    QTest.mouseClick(window.conv_maps.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def _pinned(window: Window) -> bool:
    pinned = window.state.selection.pinned
    panel = window.arithmetic_panel
    return pinned is not None and panel.current is not None


def _arrow(window: Window, k: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    key = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up)[k % 4]
    QTest.keyClick(window.conv_maps, key)


def _paint(window: Window, k: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    grid = window.kernel_editor.grid
    row = 2 + k % 10
    cells = [grid.cell_rect(row, c).center() for c in range(1, 14)]
    button = Qt.MouseButton.LeftButton if k % 2 else Qt.MouseButton.RightButton
    QTest.mousePress(grid, button, Qt.KeyboardModifier.NoModifier, cells[0])
    for pos in cells[1:]:
        QTest.mouseMove(grid, pos)
    QTest.mouseRelease(grid, button, Qt.KeyboardModifier.NoModifier, cells[-1])


def _settled(window: Window) -> bool:
    return window.bridge.up_to_date


CASES = [
    UiCase("explorer", "hover: a sweep of 24 moves over the maps (heavy)", _hover_sweep, _hovered_last, _heavy),
    UiCase("explorer", "pin a cell by clicking (heavy)", _pin, _pinned),
    UiCase("explorer", "arrow key moves the pin (heavy)", _arrow, _pinned),
    UiCase("explorer", "paint a row of the kernel by dragging (heavy)", _paint, _settled),
]
