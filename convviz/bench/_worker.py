"""Time one library on every case it supports; run in its own process by ``engine_bench``.

    python -m convviz.bench._worker LIBRARY [--repeats N] [--budget SECONDS] [--case NAME ...]
    python -m convviz.bench._worker convviz --memory [--case NAME ...]

Prints one JSON object per case on stdout. Only this library's thread pool runs in the
process (numpy/OpenBLAS and torch each start one thread per core and slow each other down).
Inputs come from the same seeded generator in every process, so results can be compared.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable

import numpy as np

from convviz.bench._cases import BY_NAME, CASES, Case

Bench = tuple[Callable[[], object], Callable[[object], float]]  # (call, digest of its result)


def _inputs(case: Case) -> dict:
    if case.kind == "train":
        from convviz.bench import _train_case

        return _train_case.inputs()
    if case.kind == "model":
        return _model_inputs()
    rng = np.random.default_rng(1234)
    p = case.params
    f32 = np.float32
    if case.kind == "single":
        h, w = p["hw"]
        return {"x": rng.random((h, w), dtype=f32), "k": rng.standard_normal((p["k"], p["k"]), dtype=f32)}
    if case.kind == "conv":
        h, w = p["hw"]
        x = rng.standard_normal((1, p["cin"], h, w), dtype=f32)
        wt = rng.standard_normal((p["cout"], p["cin"], 3, 3), dtype=f32) * f32(0.2)
        b = rng.standard_normal(p["cout"], dtype=f32)
        s, d = p["stride"], p["dilation"]
        ho, wo = (h + 2 * d - 2 * d - 1) // s + 1, (w + 2 * d - 2 * d - 1) // s + 1
        return {"x": x, "w": wt, "b": b, "g": rng.standard_normal((1, p["cout"], ho, wo), dtype=f32)}
    x = rng.standard_normal((1, 16, 224, 224), dtype=f32)
    ho = (224 - p["k"]) // p["s"] + 1
    return {"x": x, "g": rng.standard_normal((1, 16, ho, ho), dtype=f32)}


def _model_inputs() -> dict:
    """The ResNet-18 file (written alike in every process: the same seed) and one image."""
    import tempfile
    from pathlib import Path

    from convviz.bench import _resnet18

    path = _resnet18.write(Path(tempfile.mkdtemp(prefix="convviz-bench-")) / "resnet18.onnx")
    x = np.random.default_rng(1234).standard_normal((1, 3, 224, 224), dtype=np.float32)
    return {"path": path, "x": x}


def _abs_sum(*arrays) -> float:
    return float(sum(np.abs(np.asarray(a, dtype=np.float64)).sum() for a in arrays))


def bench_convviz(case: Case, a: dict) -> Bench | None:
    from convviz import engine

    if case.kind == "train":
        from convviz.bench import _train_case

        return _train_case.convviz_epoch(a), float
    if case.kind == "model":
        from convviz.io import onnx_files

        network = onnx_files.load(a["path"])
        return (lambda: network.forward(a["x"])), _abs_sum
    p = case.params
    if case.kind == "single":
        return (lambda: engine.conv2d(a["x"], a["k"], padding="same")), _abs_sum
    if case.kind == "conv":
        opts = dict(stride=p["stride"], padding=p["dilation"], dilation=p["dilation"])
        if not case.backward:
            return (lambda: engine.conv2d(a["x"], a["w"], a["b"], **opts)), _abs_sum

        def step():
            y = engine.conv2d(a["x"], a["w"], a["b"], **opts)
            return y, engine.conv2d_backward(a["g"], a["x"], a["w"], a["b"], **opts)

        return step, lambda r: _abs_sum(r[0], *r[1])
    k, s = p["k"], p["s"]
    if not case.backward:
        return (lambda: engine.max_pool2d(a["x"], k, s)), _abs_sum

    def pool_step():  # the winners kept from the forward pass, as torch's autograd keeps its indices
        y, winners = engine.max_pool2d_argmax(a["x"], k, s)
        return y, engine.max_pool2d_backward(a["g"], a["x"], k, s, argmax=winners)

    return pool_step, lambda r: _abs_sum(*r)


def bench_scipy(case: Case, a: dict) -> Bench | None:
    from scipy.signal import correlate2d

    if case.kind != "single":
        return None
    return (lambda: correlate2d(a["x"], a["k"], mode="same")), _abs_sum


def bench_cv2(case: Case, a: dict) -> Bench | None:
    import cv2

    if case.kind != "single":
        return None
    return (lambda: cv2.filter2D(a["x"], cv2.CV_32F, a["k"], borderType=cv2.BORDER_CONSTANT)), _abs_sum


def bench_torch(case: Case, a: dict) -> Bench | None:
    import torch
    import torch.nn.functional as F

    if case.kind == "train":
        from convviz.bench import _train_case

        return _train_case.torch_epoch(a), float
    t = {k: torch.from_numpy(v) for k, v in a.items()}

    def tsum(*ts):
        return float(sum(x.detach().double().abs().sum() for x in ts))

    p = case.params

    def no_grad(fn):
        def call():
            with torch.no_grad():
                return fn()

        return call

    if case.kind == "single":
        x, k = t["x"][None, None], t["k"][None, None]
        return no_grad(lambda: F.conv2d(x, k, padding="same")), tsum
    if case.kind == "conv":
        opts = dict(stride=p["stride"], padding=p["dilation"], dilation=p["dilation"])
        if not case.backward:
            return no_grad(lambda: F.conv2d(t["x"], t["w"], t["b"], **opts)), tsum
        leaves = [t[n].clone().requires_grad_(True) for n in ("x", "w", "b")]

        def step():
            y = F.conv2d(*leaves, **opts)
            return (y, *torch.autograd.grad((y * t["g"]).sum(), leaves))

        return step, lambda r: tsum(*r)
    k, s = p["k"], p["s"]
    if not case.backward:
        return no_grad(lambda: F.max_pool2d(t["x"], k, s)), tsum
    x = t["x"].clone().requires_grad_(True)

    def pool_step():
        y = F.max_pool2d(x, k, s)
        return y, torch.autograd.grad((y * t["g"]).sum(), [x])[0]

    return pool_step, lambda r: tsum(*r)


def bench_onnxruntime(case: Case, a: dict) -> Bench | None:
    import onnxruntime

    if case.kind != "model":
        return None
    session = onnxruntime.InferenceSession(str(a["path"]), providers=["CPUExecutionProvider"])
    return (lambda: session.run(None, {"input": a["x"]})[0]), _abs_sum


BENCHES = {
    "convviz": bench_convviz,
    "scipy": bench_scipy,
    "cv2": bench_cv2,
    "torch": bench_torch,
    "onnxruntime": bench_onnxruntime,
}


def time_call(fn: Callable[[], object], repeats: int, budget: float) -> list[float]:
    """Milliseconds per call: warm up, then at least 3 and at most ``repeats`` runs within ``budget`` s."""
    start = time.perf_counter()
    fn()
    warm = time.perf_counter() - start
    if warm < budget / 20:
        fn()  # a second warm-up for cheap calls (thread pools, plan and buffer caches)
    times: list[float] = []
    deadline = time.perf_counter() + budget
    while len(times) < repeats and (len(times) < 3 or time.perf_counter() < deadline):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return times


def _clear_engine_caches() -> None:
    """Forget reusable buffers so the traced call pays for them (they count as extra memory)."""
    try:
        from convviz.engine import _buffers
    except ImportError:
        return
    _buffers.clear()


def measure_memory(case: Case, a: dict) -> dict:
    """Peak extra bytes of one cold convviz call: tracemalloc (numpy allocations) and, for the
    first case measured in the process, the growth of the resident-set high-water mark (which
    also sees memory numpy does not report, e.g. FFT scratch space)."""
    fn, _ = bench_convviz(case, a)
    _clear_engine_caches()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    result = fn()
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) * 1024
    del result
    return {"peak_bytes": peak, "rss_growth_bytes": rss_growth}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m convviz.bench._worker")
    ap.add_argument("library", choices=sorted(BENCHES))
    ap.add_argument("--repeats", type=int, default=21)
    ap.add_argument("--budget", type=float, default=2.0, help="seconds of timed runs per case")
    ap.add_argument("--memory", action="store_true", help="measure peak memory instead of time (convviz)")
    ap.add_argument("--case", action="append", help="only these cases (by name)")
    args = ap.parse_args(argv)
    cases = [BY_NAME[n] for n in args.case] if args.case else CASES
    for case in cases:
        if args.library not in case.libs:
            continue
        a = _inputs(case)
        if args.memory:
            record = {"case": case.name, "library": args.library, **measure_memory(case, a)}
        else:
            bench = BENCHES[args.library](case, a)
            if bench is None:
                continue
            fn, digest = bench
            times = time_call(fn, args.repeats, args.budget)
            record = {
                "case": case.name,
                "library": args.library,
                "median_ms": statistics.median(times),
                "runs": len(times),
                "digest": digest(fn()),
            }
        print(json.dumps(record), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
