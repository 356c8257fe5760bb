"""docs/engine-api.md is the engine's contract: every public name is in it, and the step traces'
signatures are the real ones (it once showed a ForwardTrace signature the code no longer had)."""

from __future__ import annotations

import inspect
import re
import types
from pathlib import Path

import convviz.engine as E
from convviz.engine import geometry, trace

DOC = (Path(__file__).resolve().parent.parent / "docs" / "engine-api.md").read_text(encoding="utf-8")


def test_every_public_engine_name_is_documented():
    names = [n for n in E.__all__ if not isinstance(getattr(E, n), types.ModuleType)]
    missing = [n for n in names if not re.search(rf"\b{re.escape(n)}\b", DOC)]
    assert not missing, f"not in docs/engine-api.md: {missing}"


def test_the_documented_trace_and_geometry_signatures_are_the_real_ones():
    def value(v: object) -> str:
        return f'"{v}"' if isinstance(v, str) else repr(v)  # the doc writes string defaults in double quotes

    def documented(cls: type) -> str:
        params = inspect.signature(cls).parameters.values()
        shown = [p.name if p.default is inspect.Parameter.empty else f"{p.name}={value(p.default)}" for p in params]
        return f"`{cls.__name__}({', '.join(shown)})`"

    assert "`ForwardTrace(x, kernel, bias=0.0, spec=LayerSpec())`" in DOC  # (the default's repr is long)
    assert list(inspect.signature(trace.ForwardTrace).parameters) == ["x", "kernel", "bias", "spec"]
    assert inspect.signature(trace.ForwardTrace).parameters["spec"].default == trace.LayerSpec()
    classes = (trace.BackwardTrace, trace.LayerSpec, geometry.WindowAxis, geometry.ConvGeometry)
    for cls in classes + (geometry.PoolGeometry, geometry.LayerGeometry):
        assert documented(cls) in DOC, documented(cls)
