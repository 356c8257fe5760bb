"""`python -m convviz.bench [engine] [--quick] [--markdown]` — engine speed and memory.

Each library runs every case in its own subprocess (``_worker``): numpy/OpenBLAS and torch each
start one thread per core, and in one process they fight over the cores and slow each other
down several times. Medians are compared as ratios within one run, because the machine is
shared and absolute figures drift between runs. The default run does three rounds (every
library, then again, three times) and keeps, per case and library, the lowest of the
round medians; --quick does one round with fewer repeats.

Targets (PASS/FAIL per case):
- single channel (SAME padding): at least 8× faster than ``scipy.signal.correlate2d`` and
  within 5× of ``cv2.filter2D``;
- conv layer forward+backward: within 2× of torch (autograd backward of sum(y * G));
- max pooling forward: at least as fast as torch;
- peak extra memory of 1080p with an 11×11 kernel below 64 MiB;
- a ResNet-18-sized ONNX model (random weights) forward at 224²: within 3× of onnxruntime.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time

from convviz.bench import blas_info
from convviz.bench._cases import CASES, LIBRARIES, Case, targets

MIB = 1 << 20


def _available(library: str) -> bool:
    module = {"convviz": "numpy", "scipy": "scipy.signal"}.get(library, library)
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _run_worker(args: list[str]) -> list[dict]:
    cmd = [sys.executable, "-m", "convviz.bench._worker", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"worker {' '.join(args)} failed:\n{proc.stderr}", file=sys.stderr)
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def _ratios(times: dict[str, float]) -> dict[str, float | None]:
    ours = times.get("convviz")

    def ratio(a, b):
        return a / b if a and b else None

    return {
        "scipy/ours": ratio(times.get("scipy"), ours),
        "ours/cv2": ratio(ours, times.get("cv2")),
        "ours/torch": ratio(ours, times.get("torch")),
        "ours/ort": ratio(ours, times.get("onnxruntime")),
    }


def _verdicts(case: Case, ratios: dict, memory: dict | None) -> list[tuple[str, bool | None]]:
    out = []
    for label, column, bound in targets(case):
        r = ratios[column]
        ok = None if r is None else (r >= bound if column == "scipy/ours" else r <= bound)
        out.append((label, ok))
    if case.memory_target_mib is not None and memory:
        worst = max(memory["peak_bytes"], memory.get("rss_growth_bytes", 0))
        out.append((f"peak memory < {case.memory_target_mib:g} MiB", worst < case.memory_target_mib * MIB))
    return out


def _fmt_ms(v):
    return "—" if v is None else (f"{v:.3f}" if v < 1 else f"{v:.2f}" if v < 100 else f"{v:.0f}")


def _fmt_ratio(v):
    return "—" if v is None else f"{v:.2f}×"


def _table(rows: list[list[str]], markdown: bool) -> str:
    header, body = rows[0], rows[1:]
    if markdown:
        lines = [
            "| " + " | ".join(header) + " |",
            "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|",
        ]
        lines += ["| " + " | ".join(r) + " |" for r in body]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]

    def fmt(r: list[str]) -> str:
        return "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r))

    return "\n".join([fmt(header), "-" * len(fmt(header)), *map(fmt, body)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m convviz.bench engine", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats (about a minute)")
    ap.add_argument("--markdown", action="store_true", help="print a README-ready markdown table")
    ap.add_argument("--case", action="append", help="only cases whose name contains this text (repeatable)")
    args = ap.parse_args(argv)

    cases = [c for c in CASES if not args.case or any(s in c.name for s in args.case)]
    repeats, budget, rounds = (7, 0.4, 1) if args.quick else (21, 1.0, 3)
    selection = [a for c in cases for a in ("--case", c.name)]
    started = time.perf_counter()
    times: dict[tuple[str, str], float] = {}
    digests: dict[tuple[str, str], float] = {}
    libs = [lib for lib in LIBRARIES if _available(lib)]
    missing = [lib for lib in LIBRARIES if lib not in libs]
    for round_ in range(rounds):
        for lib in libs:
            print(f"round {round_ + 1}/{rounds}: timing {lib} ...", file=sys.stderr, flush=True)
            for rec in _run_worker([lib, "--repeats", str(repeats), "--budget", str(budget), *selection]):
                key = rec["case"], lib
                # Other work on the machine only ever adds time: keep the quieter round's median.
                times[key] = min(times.get(key, float("inf")), rec["median_ms"])
                digests[key] = rec["digest"]
    print("measuring convviz memory ...", file=sys.stderr, flush=True)
    # The memory-target case first: a fresh process's high-water mark only says something once.
    mem_order = sorted(cases, key=lambda c: c.memory_target_mib is None)
    memory_args = [a for c in mem_order for a in ("--case", c.name)]
    memory = {r["case"]: r for r in _run_worker(["convviz", "--memory", *memory_args])}
    for rec in memory.values():
        if rec["case"] != mem_order[0].name:
            rec.pop("rss_growth_bytes", None)  # only the first case's growth is meaningful

    header = [
        "case",
        "convviz ms",
        "scipy ms",
        "cv2 ms",
        "torch ms",
        "onnxruntime ms",
        "scipy/ours",
        "ours/cv2",
        "ours/torch",
        "ours/ort",
        "peak MiB",
        "targets",
    ]
    rows = [header]
    failures = 0
    for case in cases:
        t = {lib: times.get((case.name, lib)) for lib in LIBRARIES}
        ratios = _ratios(t)
        mem = memory.get(case.name)
        verdicts = _verdicts(case, ratios, mem)
        failures += sum(ok is False for _, ok in verdicts)
        marks = (
            ", ".join(f"{'PASS' if ok else 'FAIL' if ok is False else 'n/a'} {label}" for label, ok in verdicts) or "—"
        )
        rows.append(
            [
                case.name,
                *(_fmt_ms(t[lib]) for lib in LIBRARIES),
                *(_fmt_ratio(ratios[k]) for k in ("scipy/ours", "ours/cv2", "ours/torch", "ours/ort")),
                "—" if mem is None else f"{mem['peak_bytes'] / MIB:.1f}",
                marks,
            ]
        )
    print(blas_info.describe())
    print(_table(rows, args.markdown))
    print()
    for case in cases:
        ref = digests.get((case.name, "convviz"))
        for lib in LIBRARIES[1:]:
            other = digests.get((case.name, lib))
            if ref is not None and other is not None and abs(ref - other) > 1e-3 * max(abs(other), 1.0):
                print(f"WARNING: {case.name}: convviz and {lib} results differ ({ref:.6g} vs {other:.6g})")
    for case in cases:
        rss = (memory.get(case.name) or {}).get("rss_growth_bytes")
        if rss is not None:
            print(
                f"{case.name}: resident-set high-water growth during one cold call {rss / MIB:.1f} MiB "
                f"(tracemalloc peak {memory[case.name]['peak_bytes'] / MIB:.1f} MiB)"
            )
    if missing:
        print(f"not installed, skipped: {', '.join(missing)}")
    print(f"{failures} target(s) failed; {time.perf_counter() - started:.0f} s")
    return 1 if failures else 0
