"""`python -m convviz.bench model` — a trained network on the live camera, in the real window's
"Your model" tab, offscreen.

The synthetic source offers 640×480 RGB frames at 60 fps in real time; the tab runs each
newest frame through the model (resized and centre-cropped to its input) on its worker and
shows the pass: the picture as the model sees it, the chosen layer's maps, the top-5 scores. A
pass counts as displayed only when the maps view paints after it arrived (a pass replaced before
a paint is not counted). The event-loop lag probe gives the longest the window could not react.

By default the shipped, trained LeNet-5 (target: at least 30 displayed passes a second); `--model
FILE.onnx` runs any model the tab opens, e.g. the ResNet-18-sized one `--model resnet18` builds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from convviz.bench.live import _run, _window

TARGET_FPS = 30.0  # the trained LeNet-5 on the live camera
SIZE = (640, 480)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m convviz.bench model", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", default="lenet5", help="lenet5 (the shipped one, default), resnet18 (random weights) or a file"
    )
    parser.add_argument("--seconds", type=float, default=10.0, help="measured time after warm-up (default 10)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds discarded at the start (default 2)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--here", action="store_true", help="run in this process (default: a process of its own)")
    return parser.parse_args(argv)


class _PaintCounter:
    """Counts the passes the maps view painted: a paint after a new pass is one displayed frame."""

    def __init__(self, tab) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.tab, self.displayed, self._last = tab, 0, tab.passes_shown
        counter = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and counter.tab.passes_shown != counter._last:
                    counter._last = counter.tab.passes_shown
                    counter.displayed += 1
                return False

        self._filter = Filter()
        tab.maps.map_widget.viewport().installEventFilter(self._filter)  # the first conv's maps


def _model_path(name: str) -> str:
    if name == "lenet5":
        return ""
    if name == "resnet18":
        from convviz.bench._resnet18 import write

        return str(write(Path(tempfile.mkdtemp(prefix="convviz-bench-")) / "resnet18.onnx"))
    return name


def measure(model: str, seconds: float, warmup: float) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from convviz.bench.lag_probe import LagProbe, run_until

    path = _model_path(model)
    app, window = _window(SIZE)
    tab = window.network_tab
    window.show_model_tab()
    if path:
        tab.open_model(path)
    wanted = Path(path).stem if path else "LeNet-5"
    if not run_until(lambda: tab.opened is not None and not tab.loader.busy, timeout_s=300):
        raise RuntimeError(f"the tab did not open {wanted}")
    controller = window.live
    if not controller.start("synthetic"):
        raise RuntimeError(f"could not start the synthetic source: {controller.live.error}")
    window.show_model_tab()  # starting live shows the explorer
    _run(app, warmup)
    counter = _PaintCounter(tab)
    passes_before, read_before = tab.passes_shown, controller.grabber.frames_read
    forward_ms: list[float] = []
    tab.forwarder.done.connect(lambda r: r.ok and forward_ms.append(r.value.seconds * 1000))
    probe = LagProbe()
    probe.start()
    started = time.perf_counter()
    _run(app, seconds)
    ended = time.perf_counter()
    probe.stop()
    figures = {
        "model": tab.opened.network.name,
        "input": "×".join(map(str, tab.opened.network.input_shape)),
        "seconds": ended - started,
        "offered": controller.grabber.frames_read - read_before,
        "passes": tab.passes_shown - passes_before,
        "displayed": counter.displayed,
        "fps": counter.displayed / (ended - started),
        "forward_median_ms": statistics.median(forward_ms) if forward_ms else float("nan"),
        "worst_stall_ms": probe.worst_gap_ms(started, ended),
    }
    controller.stop()
    window.close()
    app.processEvents()
    return figures


def _child(args: argparse.Namespace) -> dict:
    command = [sys.executable, "-m", "convviz.bench", "model", "--here", "--json", "--model", args.model]
    command += ["--seconds", str(args.seconds), "--warmup", str(args.warmup)]
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"the model bench failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    args = _parse(argv)
    f = measure(args.model, args.seconds, args.warmup) if args.here else _child(args)
    if args.json:
        print(json.dumps(f))
        return 0
    print(
        f"{f['model']} ({f['input']}) on the live camera in the Your model tab, real MainWindow offscreen: "
        f"synthetic {SIZE[0]}x{SIZE[1]} RGB offered at 60 fps; {f['seconds']:.1f} s after {args.warmup:.0f} s warm-up"
    )
    print(f"frames offered {f['offered']}, passes shown {f['passes']}, displayed (painted) {f['displayed']}")
    print(
        f"displayed fps {f['fps']:.1f}; the model's pass median {f['forward_median_ms']:.2f} ms; "
        f"worst GUI-thread stall {f['worst_stall_ms']:.1f} ms"
    )
    if args.model != "lenet5":
        return 0
    ok = f["fps"] >= TARGET_FPS
    verdict = "pass" if ok else "FAIL"
    print(f"target trained LeNet-5 live displayed fps {f['fps']:8.1f}  (target >= {TARGET_FPS:.0f})  {verdict}")
    return 0 if ok else 1
