"""Which BLAS kernels numpy runs here: the figures depend on them.

OpenBLAS picks its kernels for the processor at load time unless ``OPENBLAS_CORETYPE`` names
some; a machine may pin older ones (this project's build machines set Haswell on processors
where old OpenBLAS builds went wrong), which makes every GEMM slower than on a user's machine.
The benchmark prints the kernels it ran, so a figure always says what it was measured with.
"""

from __future__ import annotations

import ctypes
import os

import numpy as np

_NAMES = ("scipy_openblas_get_corename64_", "openblas_get_corename64_", "openblas_get_corename")


def _openblas_paths() -> list[str]:
    try:
        with open("/proc/self/maps") as maps:
            return sorted({p for p in maps.read().split() if "openblas" in p.lower() and ".so" in p})
    except OSError:  # not Linux
        return []


def kernels() -> str:
    """OpenBLAS's kernel family (``Haswell``, ``SkylakeX`` …), or ``unknown``."""
    np.ones((2, 2)) @ np.ones((2, 2))  # make sure the library is loaded
    for path in _openblas_paths():
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _NAMES:
            function = getattr(library, name, None)
            if function is not None:
                function.restype = ctypes.c_char_p
                return function().decode()
    return "unknown"


def processor() -> str:
    """The processor's model name and its widest vector unit (``/proc/cpuinfo``), or ``unknown``:
    the build machines are not all alike, and torch's and onnxruntime's kernels use AVX-512
    where there is one, numpy's OpenBLAS build not always."""
    try:
        with open("/proc/cpuinfo") as info:
            text = info.read()
    except OSError:  # not Linux
        return "unknown"
    fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
    fields = {k.strip(): v.strip() for k, v in fields.items()}
    flags = set(fields.get("flags", "").split())
    widest = "AVX-512" if "avx512f" in flags else "AVX2" if "avx2" in flags else "no AVX2"
    return f"{fields.get('model name', 'unknown')}, {widest}"


def describe() -> str:
    """One line for the benchmark's header."""
    pinned = {k: os.environ[k] for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ}
    setting = ", ".join(f"{k}={v}" for k, v in pinned.items()) or "none pinned: chosen for this processor"
    line = f"{processor()}, {os.cpu_count()} cores; numpy's BLAS: OpenBLAS kernels {kernels()} ({setting})"
    if pinned:
        line += "; without the pin: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python -m convviz.bench"
    return line
