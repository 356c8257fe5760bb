"""`python -m convviz.bench hover [--hovers N] [--gui]` — what one hover costs on the GUI thread.

Each case builds the layer through the model exactly as the window does (AppState → snapshot →
compute), then times the model code the window runs on every hover: ``hover_overlay`` (the
footprint, and the hovered weight's cells when a cell is pinned) and ``conv_region`` (the block
marked behind a pooled cell). Hovers alternate between two neighbouring cells, as a moving mouse
does. The median and p95 of each case are printed next to their target.

``--gui`` times the whole hover in the real window instead (offscreen): the selection changes,
the window runs its handler, the views draw the overlay and Qt processes the events that follow.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass

import numpy as np

TARGET_MS = 16.0  # one frame at 60 Hz


@dataclass(frozen=True)
class HoverCase:
    name: str
    size: int  # square gray image
    kernel: int
    dilation: int
    pooling: str
    stage: str  # which map the hovered cell is in: "conv" or "pool"
    at: str  # "centre" or "origin"
    weight: tuple[int, int] | None = None  # a hovered weight of the pinned (= hovered) cell


CASES = (
    HoverCase("global-max-pool cell, 512² image, 9×9 kernel, dilation 4", 512, 9, 4, "global_max", "pool", "origin"),
    HoverCase("conv cell, 2048² image, 15×15 kernel, dilation 16", 2048, 15, 16, "none", "conv", "centre"),
    HoverCase("2×2 max-pool cell, 1024² image, 5×5 kernel, dilation 2", 1024, 5, 2, "max", "pool", "centre"),
    HoverCase(
        "global-avg-pool cell + hovered weight, 1024² image, 3×3",
        1024,
        3,
        1,
        "global_avg",
        "pool",
        "origin",
        weight=(0, 2),
    ),
)


def build(case: HoverCase):
    """(result, cell): the case's layer computed by the model, and the cell to hover."""
    from convviz.model.layer.compute import compute, take_snapshot
    from convviz.model.state import AppState, Cell, Stage

    rng = np.random.default_rng(0)
    state = AppState(image=rng.random((case.size, case.size), dtype=np.float32))
    state.bank.set_current_kernel(rng.standard_normal((case.kernel, case.kernel)))
    state.layer.update(dilation=case.dilation, pooling=case.pooling, pool_size=2, pool_stride=2)
    result = compute(take_snapshot(state, 1))
    if not result.ok:
        raise SystemExit(f"{case.name}: {result.error}")
    maps = result.conv if case.stage == "conv" else result.pooled
    y, x = (0, 0) if case.at == "origin" else (maps.shape[1] // 2, maps.shape[2] // 2)
    return result, Cell(Stage(case.stage), 0, y, x)


def hover_times(result, cell, hovers: int, weight: tuple[int, int] | None) -> np.ndarray:
    """Milliseconds of each hover: the model calls MainWindow._on_selection makes."""
    from convviz.model.layer.footprint import conv_region, hover_overlay
    from convviz.model.state import Stage

    maps = result.conv if cell.stage is Stage.CONV else result.pooled
    cells = [cell, cell.moved(0, 1, maps.shape[1:])]  # a 1×1 global map keeps the same cell
    times = np.empty(hovers)
    for i in range(hovers):
        hovered = cells[i % 2]
        started = time.perf_counter()
        shown = hover_overlay(result, hovered, hovered if weight else None, weight)
        if hovered.stage is Stage.POOL:
            conv_region(hovered, result)
        times[i] = (time.perf_counter() - started) * 1000.0
        assert shown is not None and shown.categories.any()
    return times


def gui_hover_times(result, cell, hovers: int, weight: tuple[int, int] | None) -> np.ndarray:
    """Milliseconds of each hover in the real window: handler, overlay drawing, pending events."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from convviz.gui.shell.gui_thread import prefer_gui_thread
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState, Stage

    pg.setConfigOptions(imageAxisOrder="row-major")
    # Preferences in a throwaway folder: a saved layout must not change what is measured.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="convviz-bench-"))
    app = QApplication.instance() or QApplication(["convviz-bench"])
    prefer_gui_thread(app)  # as the app does
    snap = result.snapshot
    state = AppState(image=snap.image)
    state.bank.set_current_kernel(snap.weight[0, 0])
    state.layer.set_params(snap.params)
    window = MainWindow(state, compact=False)  # the desktop layout at 1366×768, whatever the offscreen screen
    window.resize(1500, 920)
    window.show()
    while not window.bridge.up_to_date:  # the window computes its own result first
        app.processEvents()
        time.sleep(0.01)
    maps = window.bridge.valid.conv if cell.stage is Stage.CONV else window.bridge.valid.pooled
    cells = [cell, cell.moved(0, 1, maps.shape[1:])]
    selection = state.selection
    if weight:
        selection.pin(cell)
        selection.hover_kernel(weight)
    times = np.empty(hovers)
    for i in range(hovers):
        selection.hover(None)  # a fresh hover each time, even of a 1×1 global map
        app.processEvents()
        started = time.perf_counter()
        selection.hover(cells[i % 2])
        app.processEvents()
        times[i] = (time.perf_counter() - started) * 1000.0
    window.close()
    app.processEvents()
    return times


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m convviz.bench hover", description=__doc__.splitlines()[0])
    parser.add_argument("--hovers", type=int, default=300, help="hovers timed per case (default 300)")
    parser.add_argument("--gui", action="store_true", help="time the hover in the real window (offscreen)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _parse(argv)
    path = (
        "the real window, offscreen: handler + drawing + events"
        if args.gui
        else "model code path (hover_overlay + conv_region)"
    )
    print(f"hover: {path}; {args.hovers} hovers per case, after 5 untimed")
    timer = gui_hover_times if args.gui else hover_times
    checks = []
    for case in CASES:
        started = time.perf_counter()
        result, cell = build(case)
        built_ms = (time.perf_counter() - started) * 1000.0
        times = timer(result, cell, args.hovers + 5, case.weight)[5:]  # the first calls fill caches
        median, p95 = float(np.median(times)), float(np.percentile(times, 95))
        print(f"{case.name}  (layer computed in {built_ms:.0f} ms, not timed)")
        for stat, value in (("median", median), ("p95", p95)):
            passed = value < TARGET_MS
            checks.append(passed)
            print(f"    {stat:<6} {value:8.3f} ms   target < {TARGET_MS:.0f} ms  {'pass' if passed else 'FAIL'}")
    ok = all(checks)
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1
