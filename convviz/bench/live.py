"""`python -m convviz.bench live [--seconds N]` — the live pipeline in the real window, offscreen.

The synthetic source offers 640×480 RGB at 60 fps in real time; the layer is a 3×3 kernel per RGB
channel, ReLU and 2×2 max pooling. Frames count as displayed only when the feature-map view paints
them (a frame replaced before it was painted is not counted). Resident memory is read from
/proc/self/status at start, after warm-up, every second, and at the end.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time

import numpy as np

TARGET_FPS, TARGET_ENGINE_MS, TARGET_RSS_GROWTH = 30.0, 8.0, 5.0


def rss_mb(field: str = "VmRSS") -> float:
    """VmRSS (now) or VmHWM (peak) in MiB; 0 where /proc is missing (not Linux)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m convviz.bench live", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="measured time after warm-up (default 10)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds discarded at the start (default 2)")
    parser.add_argument("--size", default="640x480", help="synthetic frame size WxH (default 640x480)")
    return parser.parse_args(argv)


def _window(size: tuple[int, int]):
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from convviz.gui.shell.gui_thread import prefer_gui_thread
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.settings import Activation, Pooling
    from convviz.model.state import AppState

    pg.setConfigOptions(imageAxisOrder="row-major")
    # Preferences in a throwaway folder: a saved layout must not change what is measured.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="convviz-bench-"))
    app = QApplication.instance() or QApplication(["convviz-bench"])
    prefer_gui_thread(app)  # as the app does
    state = AppState()
    state.bank.set_shared(False)  # one 3×3 kernel per RGB channel
    state.input.set_color_mode("rgb")
    state.layer.update(activation=Activation.RELU, pooling=Pooling.MAX, pool_size=2, pool_stride=2)
    window = MainWindow(state, compact=False)  # the desktop layout at 1366×768, whatever the offscreen screen
    window.resize(1500, 920)
    window.show()
    window.live.live.set("resolution", size)
    return app, window


def _run(app, seconds: float) -> None:
    """Spin a local event loop: QApplication.quit() would close the window (Qt 6) and end live mode."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    timer = QTimer(singleShot=True, interval=int(seconds * 1000))
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may end a long run 5 % early
    timer.timeout.connect(loop.quit)
    timer.start()
    loop.exec()


def main(argv: list[str]) -> int:
    args = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    size = tuple(int(v) for v in args.size.lower().split("x"))
    rss_start = rss_mb()
    app, window = _window(size)
    rss_window = rss_mb()
    controller = window.live
    if not controller.start("synthetic"):
        print(f"could not start the synthetic source: {controller.live.error}", file=sys.stderr)
        return 1
    _run(app, args.warmup)
    if controller.grabber is None:
        print(f"the live source stopped: {controller.live.error}", file=sys.stderr)
        return 1
    rss_warm = rss_mb()
    controller.live.reset_stats(maxlen=1_000_000)  # keep every sample of the measured part
    read_before, faults_before = controller.grabber.frames_read, resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    samples = []
    started = time.perf_counter()
    from PySide6.QtCore import QTimer

    sampler = QTimer(interval=1000)
    sampler.timeout.connect(lambda: samples.append(rss_mb()))
    sampler.start()
    _run(app, args.seconds)
    sampler.stop()
    elapsed = time.perf_counter() - started
    stats = controller.live.stats
    offered = controller.grabber.frames_read - read_before
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults_before
    rss_end = rss_mb()
    window.close()
    app.processEvents()

    fps = stats.displayed / elapsed
    growth = 100.0 * (rss_end - rss_warm) / rss_warm if rss_warm else 0.0
    flat = max(samples + [rss_end]) - min(samples + [rss_end]) if samples else 0.0
    # A leak shows as a steady slope across the 1 s samples; a plateau with noise does not.
    slope = float(np.polyfit(np.arange(len(samples)), samples, 1)[0]) * 60 if len(samples) >= 3 else 0.0
    print(
        f"live pipeline, real MainWindow offscreen: synthetic {size[0]}x{size[1]} RGB offered at 60 fps "
        f"(realtime), 3x3 kernel per channel, ReLU, 2x2 max pool; {elapsed:.1f} s after {args.warmup:.0f} s warm-up"
    )
    print(
        f"frames offered {offered}, taken {stats.taken}, displayed (painted) {stats.displayed}, "
        f"dropped {offered - stats.taken}"
    )
    print(f"displayed fps {fps:.1f}")
    for name in ("capture", "engine", "display"):
        times = getattr(stats, name)
        print(f"{name:<8} median {times.median:6.2f} ms   p95 {times.p95:6.2f} ms")
    print(f"page faults per taken frame {faults / max(stats.taken, 1):.0f}")
    print(
        f"RSS at start {rss_start:.1f} MiB, window built {rss_window:.1f} MiB, after warm-up {rss_warm:.1f} MiB, "
        f"end {rss_end:.1f} MiB, "
        f"peak (VmHWM) {rss_mb('VmHWM'):.1f} MiB; growth after warm-up {growth:+.2f} %, "
        f"spread of 1 s samples {flat:.1f} MiB, trend {slope:+.2f} MiB/min"
    )
    # Every target this run checks, with its value, so a failure says which one.
    checks = [
        ("displayed fps", f"{fps:.1f}", f">= {TARGET_FPS:.0f}", fps >= TARGET_FPS),
        (
            "engine median ms",
            f"{stats.engine.median:.2f}",
            f"<= {TARGET_ENGINE_MS:.0f}",
            stats.engine.median <= TARGET_ENGINE_MS,
        ),
        ("RSS growth after warm-up %", f"{growth:+.2f}", f"< {TARGET_RSS_GROWTH:.0f}", growth < TARGET_RSS_GROWTH),
    ]
    for name, value, target, passed in checks:
        print(f"target {name:<27} {value:>8}  (target {target})  {'pass' if passed else 'FAIL'}")
    ok = all(passed for *_, passed in checks)
    print("targets met" if ok else "TARGETS NOT MET: " + ", ".join(n for n, *_, p in checks if not p))
    return 0 if ok else 1
