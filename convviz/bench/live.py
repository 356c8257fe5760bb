"""`python -m convviz.bench live` — the live pipeline in the real window, offscreen, at 480p,
720p and 1080p, each size in its own process, and the same per-frame maths in OpenCV.

The synthetic source offers RGB frames at 60 fps in real time; the layer is a 3×3 kernel per RGB
channel, ReLU and 2×2 max pooling. Frames count as displayed only when the feature-map view paints
them (a frame replaced before it was painted is not counted). Latency runs from the moment the
source returned a frame to that paint. An event-loop lag probe (a 2 ms timer) gives the longest
the window could not react. Resident memory is read from /proc/self/status at start, after
warm-up, every second, and at the end. `--size WxH` runs one size in this process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

SIZES = ("640x480", "1280x720", "1920x1080")
TARGET_FPS = {"640x480": 30.0, "1280x720": 30.0, "1920x1080": 20.0}
TARGET_ENGINE_MS_480P, TARGET_RSS_GROWTH, TARGET_STALL_MS = 8.0, 5.0, 50.0


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
    parser.add_argument(
        "--size", help="one frame size WxH, run in this process (default: all of " + ", ".join(SIZES) + ")"
    )
    parser.add_argument("--json", action="store_true", help="with --size: print the figures as one JSON line")
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


def measure_one(size: tuple[int, int], seconds: float, warmup: float) -> dict:
    """Run the window live at ``size`` and return every figure (see the module doc)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rss_start = rss_mb()
    app, window = _window(size)
    rss_window = rss_mb()
    controller = window.live
    if not controller.start("synthetic"):
        raise RuntimeError(f"could not start the synthetic source: {controller.live.error}")
    _run(app, warmup)
    if controller.grabber is None:
        raise RuntimeError(f"the live source stopped: {controller.live.error}")
    from PySide6.QtCore import QTimer

    from convviz.bench.lag_probe import LagProbe

    rss_warm = rss_mb()
    controller.live.reset_stats(maxlen=1_000_000)  # keep every sample of the measured part
    read_before, faults_before = controller.grabber.frames_read, resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    samples: list[float] = []
    probe = LagProbe()
    probe.start()
    started = time.perf_counter()
    sampler = QTimer(interval=1000)
    sampler.timeout.connect(lambda: samples.append(rss_mb()))
    sampler.start()
    _run(app, seconds)
    sampler.stop()
    ended = time.perf_counter()
    probe.stop()
    stats = controller.live.stats
    offered = controller.grabber.frames_read - read_before
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults_before
    rss_end = rss_mb()
    buffers = controller._converter.allocated
    window.close()
    app.processEvents()
    elapsed = ended - started
    # A leak shows as a steady slope across the 1 s samples; a plateau with noise does not.
    slope = float(np.polyfit(np.arange(len(samples)), samples, 1)[0]) * 60 if len(samples) >= 3 else 0.0
    figures = {
        "size": f"{size[0]}x{size[1]}",
        "seconds": elapsed,
        "offered": offered,
        "taken": stats.taken,
        "displayed": stats.displayed,
        "fps": stats.displayed / elapsed,
        "worst_stall_ms": probe.worst_gap_ms(started, ended),
        "faults_per_frame": faults / max(stats.taken, 1),
        "frame_buffers": buffers,
        "rss": {"start": rss_start, "window": rss_window, "warm": rss_warm, "end": rss_end, "peak": rss_mb("VmHWM")},
        "rss_growth_pct": 100.0 * (rss_end - rss_warm) / rss_warm if rss_warm else 0.0,
        "rss_trend_mib_min": slope,
    }
    for name in ("capture", "engine", "display", "latency"):
        times = getattr(stats, name)
        figures[name] = {"median": times.median, "p95": times.p95}
    return figures


def _maths(library: str, size: str) -> float:
    """The per-frame maths alone in ``library``, timed in a process of its own (median ms)."""
    out = subprocess.run(
        [sys.executable, "-m", "convviz.bench.live_maths", "--library", library, "--size", size],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["median_ms"])


def _child(size: str, seconds: float, warmup: float) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "convviz.bench",
            "live",
            "--size",
            size,
            "--seconds",
            str(seconds),
            "--warmup",
            str(warmup),
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise RuntimeError(f"live at {size} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _print_one(f: dict, warmup: float) -> None:
    print(
        f"live pipeline, real MainWindow offscreen: synthetic {f['size']} RGB offered at 60 fps (realtime), "
        f"3x3 kernel per channel, ReLU, 2x2 max pool; {f['seconds']:.1f} s after {warmup:.0f} s warm-up"
    )
    print(
        f"frames offered {f['offered']}, taken {f['taken']}, displayed (painted) {f['displayed']}, "
        f"dropped {f['offered'] - f['taken']}"
    )
    print(f"displayed fps {f['fps']:.1f}; worst GUI-thread stall {f['worst_stall_ms']:.1f} ms")
    for name in ("capture", "engine", "display", "latency"):
        print(f"{name:<8} median {f[name]['median']:6.2f} ms   p95 {f[name]['p95']:6.2f} ms")
    print(f"page faults per taken frame {f['faults_per_frame']:.0f}, frame buffers made {f['frame_buffers']}")
    r = f["rss"]
    print(
        f"RSS at start {r['start']:.1f} MiB, window built {r['window']:.1f} MiB, after warm-up {r['warm']:.1f} MiB, "
        f"end {r['end']:.1f} MiB, peak (VmHWM) {r['peak']:.1f} MiB; growth after warm-up {f['rss_growth_pct']:+.2f} %, "
        f"trend {f['rss_trend_mib_min']:+.2f} MiB/min"
    )


def _checks(runs: list[dict]) -> list[tuple[str, str, str, bool]]:
    """(name, value, target, passed) for every target, each naming its size."""
    checks = []
    base = next((r for r in runs if r["size"] == "640x480"), None)
    for r in runs:
        size, fps = r["size"], r["fps"]
        if size in TARGET_FPS:
            checks.append(
                (f"{size} displayed fps", f"{fps:.1f}", f">= {TARGET_FPS[size]:.0f}", fps >= TARGET_FPS[size])
            )
        checks.append(
            (
                f"{size} worst GUI stall ms",
                f"{r['worst_stall_ms']:.1f}",
                f"<= {TARGET_STALL_MS:.0f}",
                r["worst_stall_ms"] <= TARGET_STALL_MS,
            )
        )
        growth = r["rss_growth_pct"]
        checks.append(
            (
                f"{size} RSS growth after warm-up %",
                f"{growth:+.2f}",
                f"< {TARGET_RSS_GROWTH:.0f}",
                growth < TARGET_RSS_GROWTH,
            )
        )
        if base is not None and r is not base:
            w, h = (int(v) for v in size.split("x"))
            pixels = w * h / (640 * 480)
            grew = r["engine"]["median"] / base["engine"]["median"]
            checks.append(
                (f"{size} engine time ×, 480p = 1", f"{grew:.2f}", f"<= {pixels:.2f} (pixels ×)", grew <= pixels)
            )
    if base is not None:
        engine = base["engine"]["median"]
        checks.append(
            (
                "640x480 engine median ms",
                f"{engine:.2f}",
                f"<= {TARGET_ENGINE_MS_480P:.0f}",
                engine <= TARGET_ENGINE_MS_480P,
            )
        )
    return checks


def main(argv: list[str]) -> int:
    args = _parse(argv)
    if args.size:
        size = tuple(int(v) for v in args.size.lower().split("x"))
        figures = measure_one(size, args.seconds, args.warmup)  # type: ignore[arg-type]
        if args.json:
            print(json.dumps(figures))
            return 0
        _print_one(figures, args.warmup)
        runs = [figures]
    else:
        runs = []
        for size in SIZES:
            print(f"live at {size} ...", file=sys.stderr, flush=True)
            runs.append(_child(size, args.seconds, args.warmup))
        for r in runs:
            _print_one(r, args.warmup)
            print()
        print("per-frame maths alone (frame to float, conv, ReLU, pool), each library in its own process:")
        print(f"{'size':<10} {'convviz ms':>10} {'cv2 ms':>8} {'ours/cv2':>9}")
        for size in SIZES:
            ours, theirs = _maths("convviz", size), _maths("cv2", size)
            print(f"{size:<10} {ours:10.2f} {theirs:8.2f} {ours / theirs:8.2f}×")
        print()
        print(
            f"{'size':<10} {'fps':>6} {'engine ms':>10} {'display ms':>11} "
            f"{'latency p50':>12} {'p95':>7} {'worst stall':>12}"
        )
        for r in runs:
            print(
                f"{r['size']:<10} {r['fps']:6.1f} {r['engine']['median']:10.2f} {r['display']['median']:11.2f} "
                f"{r['latency']['median']:12.1f} {r['latency']['p95']:7.1f} {r['worst_stall_ms']:12.1f}"
            )
    checks = _checks(runs)
    for name, value, target, passed in checks:
        print(f"target {name:<34} {value:>8}  (target {target})  {'pass' if passed else 'FAIL'}")
    ok = all(passed for *_, passed in checks)
    print("targets met" if ok else "TARGETS NOT MET: " + ", ".join(n for n, *_, p in checks if not p))
    return 0 if ok else 1
