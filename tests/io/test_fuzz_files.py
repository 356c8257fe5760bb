"""Hypothesis mutates valid kernel and session documents: each mutant is either read correctly
or refused with a specific message, and a refused file never changes the state."""

from __future__ import annotations

import copy
import json
import math
import re

import numpy as np
from hypothesis import HealthCheck, given, settings, strategies as st

from convviz.io import kernel_files, session_files
from convviz.model.kernels.bank import KernelBank
from convviz.model.state import AppState

# A message that names a Python exception class is the generic crash text, not a reason.
GENERIC = re.compile(
    r"\b(TypeError|KeyError|AttributeError|IndexError|RecursionError|OverflowError|"
    r"MemoryError|Traceback)\b"
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _paths(node, prefix=()):
    """Every place in a JSON tree: (path, value)."""
    yield prefix, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, prefix + (i,))


@st.composite
def mutants(draw, document):
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        places = list(_paths(doc))
        path, value = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "delete", "add", "wrap", "grow"]))
        if not path:
            if action == "replace":
                doc = draw(json_values)
            continue
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        if action == "replace":
            parent[key] = draw(json_values)
        elif action == "delete":
            del parent[key]
        elif action == "add" and isinstance(value, dict):
            value[draw(st.text(max_size=8))] = draw(json_values)
        elif action == "wrap":
            parent[key] = [value] * draw(st.integers(1, 2))
        elif action == "grow" and isinstance(value, list):
            value.extend([copy.deepcopy(value[0]) if value else 0] * draw(st.sampled_from([1, 70, 500])))
        if not isinstance(doc, (dict, list)):
            break
    return doc


def _kernel_document() -> dict:
    bank = KernelBank()
    bank.add_filter()
    bank.set_bias(0.25)
    return json.loads(json.dumps(bank.to_dict()))


def _session_document() -> dict:
    state = AppState()
    state.layer.update(stride=2, pooling="max")
    return json.loads(json.dumps(session_files.to_dict(state, {"colormap": "viridis"})))


def _specific(message: str) -> bool:
    return bool(message.strip()) and not GENERIC.search(message)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutants(_kernel_document()))
def test_mutated_kernel_documents_load_or_say_why(document):
    bank = KernelBank()
    before = bank.to_dict()
    try:
        clean = kernel_files.validate_document(document)
    except kernel_files.KernelFileError as exc:
        assert _specific(str(exc)), str(exc)
        assert bank.to_dict() == before
        return
    bank.load_dict(clean)  # a document that validates must load, whole
    assert len(bank) == len(clean["filters"]) and bank.bias == clean["bias"]
    assert all(np.isfinite(f).all() for f in bank.filters)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutants(_session_document()))
def test_mutated_sessions_load_or_say_why(document):
    state = AppState()
    before = (state.layer.params, state.bank.to_dict(), state.input.color_mode)
    try:
        loaded = session_files.parse(document)
    except session_files.SessionError as exc:
        assert _specific(str(exc)), str(exc)
        assert (state.layer.params, state.bank.to_dict(), state.input.color_mode) == before
        return
    session_files.apply(state, loaded)
    layer = document.get("layer", {})
    for name, value in layer.items():  # what was applied is exactly what the file said
        got = getattr(state.layer.params, name)
        assert (got.value if hasattr(got, "value") else got) == value and type(value) is not float
    assert all(math.isfinite(b) for b in state.bank.bias)


@settings(max_examples=60, deadline=None)
@given(mutants(_session_document()))
def test_mutated_session_files_are_refused_without_a_generic_message(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("fuzz") / "s.json"
    try:
        path.write_text(json.dumps(document), encoding="utf-8")  # 1e999 becomes Infinity here
    except (ValueError, RecursionError):
        return
    try:
        session_files.read(path)
    except session_files.SessionError as exc:
        assert _specific(str(exc)), str(exc)
