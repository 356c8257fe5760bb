"""`python -m convviz.bench ui [--size N] [--repeats R]` — does any interaction stall the window?

Drives the real window offscreen, as a user would, through setting changes on every tab with a
large photo and heavy settings, and measures each with an event-loop lag probe (see
`lag_probe`): the worst time the GUI thread could not process events, from the change until
its result is on screen. Prints p50, p99 and the worst stall per interaction and checks each
against the target: no stall over 50 ms.

Cases live beside the tab they exercise (`ui_explorer`, `ui_stepper`, `ui_stack`); each is a
`UiCase`: a tab, a name, what the user does, and when its result is on screen.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import tempfile

import numpy as np

from convviz.bench.ui_case import UiCase

TARGET_MS = 50.0
CASE_MODULES = (
    "convviz.bench.ui_explorer",
    "convviz.bench.ui_stepper",
    "convviz.bench.ui_stack",
    "convviz.bench.ui_pointer",  # last: it leaves the explorer on its heaviest settings
)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m convviz.bench ui", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048, help="side of the square RGB photo (default 2048)")
    parser.add_argument("--repeats", type=int, default=5, help="times each interaction is done (default 5)")
    parser.add_argument("--only", default="", help="run only cases whose tab or name contains this text")
    return parser.parse_args(argv)


def _cases() -> list[UiCase]:
    cases: list[UiCase] = []
    for name in CASE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        cases.extend(module.CASES)
    return cases


def _window(size: int):
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from convviz.gui.shell.gui_thread import prefer_gui_thread
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    pg.setConfigOptions(imageAxisOrder="row-major")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="convviz-bench-"))
    app = QApplication.instance() or QApplication(["convviz-bench"])
    prefer_gui_thread(app)  # as the app does
    rng = np.random.default_rng(0)
    # A photo-like picture: smooth shapes plus noise, so no path can shortcut on constant input.
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
    base = np.stack([np.sin(6 * xx + c) * np.cos(5 * yy - c) for c in (0.0, 1.0, 2.0)], axis=-1)
    image = np.clip(0.5 + 0.4 * base + 0.1 * rng.random((size, size, 3), dtype=np.float32), 0, 1)
    state = AppState(image=image)
    window = MainWindow(state, compact=False)  # the desktop layout at 1366×768, whatever the offscreen screen
    window.resize(1366, 768)
    window.show()
    return app, window


def main(argv: list[str]) -> int:
    from convviz.bench.lag_probe import LagProbe, measure, run_until

    args = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app, window = _window(args.size)
    run_until(lambda: window.bridge.up_to_date)
    probe = LagProbe()
    probe.start()
    print(
        f"UI stalls, real MainWindow offscreen at 1366x768: {args.size}² RGB photo, each interaction "
        f"{args.repeats}×; stall = longest gap of a 2 ms event-loop probe from the change until its result "
        f"is on screen (+300 ms for deferred work)"
    )
    print(f"{'tab':<10} {'interaction':<52} {'p50 ms':>7} {'p99 ms':>7} {'worst':>7}  target")
    failed = []
    for case in _cases():
        if args.only and args.only not in case.tab and args.only not in case.name:
            continue
        case.prepare(window)
        stalls = []
        for k in range(args.repeats):
            act = functools.partial(case.act, window, k)
            stalls.append(measure(probe, act, functools.partial(case.settled, window)))
        p50, p99, worst = np.percentile(stalls, 50), np.percentile(stalls, 99), max(stalls)
        ok = worst <= TARGET_MS
        failed += [] if ok else [f"{case.tab}: {case.name}"]
        print(f"{case.tab:<10} {case.name:<52} {p50:7.1f} {p99:7.1f} {worst:7.1f}  {'pass' if ok else 'FAIL'}")
    probe.stop()
    window.close()
    app.processEvents()
    print("targets met" if not failed else "TARGETS NOT MET: " + "; ".join(failed))
    return 0 if not failed else 1
