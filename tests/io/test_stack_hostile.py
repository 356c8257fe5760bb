"""Hostile stack and weights files, built from the reliability review's reproducers (R5, R9–R13,
R20, F12): each is written here, loaded the way the stack tab loads it (``load`` + ``apply``)
on a model holding LeNet, and must be refused with a specific reason, within a bounded amount
of memory, leaving LeNet exactly as it was. A fuzz test mutates a valid document at random."""

from __future__ import annotations

import json
import math
import os
import pickle
import re
import resource
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from numpy.lib import format as npy

from convviz.io import stack_files as sf
from convviz.model import limits
from convviz.model.stack.model import StackModel

LENET = next(p for name, p in sf.examples().items() if "LeNet" in name)
SMALL = {
    "format": "convviz-stack",
    "version": 1,
    "input": {"channels": 1, "size": [8, 8]},
    "layers": [{"kind": "conv2d", "out_channels": 2}],
}  # weight (2, 1, 3, 3), bias (2,)
PYTHON_ERRORS = re.compile(r"\b\w*(Error|Exception)\b|Traceback|allow_pickle")
RSS_GROWTH_MIB = 300


@pytest.fixture
def lenet() -> StackModel:
    m = StackModel(np.random.default_rng(0).random((40, 40), dtype=np.float32))
    sf.apply(m, sf.load(LENET))
    return m


def snapshot(m: StackModel) -> tuple:
    weights = {i: {k: v.copy() for k, v in m.weights(i).items()} for i in range(len(m))}
    return m.configs, m.channels, m.size, m.result, m.input_array.shape, weights


def assert_same(m: StackModel, before: tuple) -> None:
    now = snapshot(m)
    assert now[:5] == before[:5] and now[3] is before[3]
    for i, arrays in before[5].items():
        for k, v in arrays.items():
            np.testing.assert_array_equal(now[5][i][k], v)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def refused(m: StackModel, path: Path, reason: str) -> str:
    """Load ``path`` as the tab does; it must be refused with ``reason``, LeNet untouched, the
    message free of Python's own words, and the process's peak memory barely moved."""
    before, rss = snapshot(m), peak_rss_mib()
    with pytest.raises(sf.StackFileError) as info:
        sf.apply(m, sf.load(path))
    message = str(info.value)
    assert re.search(reason, message), message
    assert not PYTHON_ERRORS.search(message), message
    assert_same(m, before)
    assert peak_rss_mib() - rss < RSS_GROWTH_MIB
    return message


def write(tmp_path: Path, doc: dict | str, name: str = "t.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return path


def stack(size: int, *layers: dict, channels: int = 1) -> dict:
    return {
        "format": "convviz-stack",
        "version": 1,
        "input": {"channels": channels, "size": [size, size]},
        "layers": list(layers),
    }


# --- the JSON ------------------------------------------------------------------------------
def test_deep_nesting_is_refused_not_a_recursion_error(lenet, tmp_path):  # R5
    refused(lenet, write(tmp_path, "[" * 100_000 + "]" * 100_000), "nests lists or objects too deeply")
    deep = json.dumps(SMALL).replace('"layers": [', '"layers": [' + "[" * 50_000, 1) + "]" * 50_000
    refused(lenet, write(tmp_path, deep[: limits.STACK_FILE_MAX_BYTES]), "too deeply|not valid JSON")


@pytest.mark.parametrize(
    "text,reason",
    [
        ('{"format": "convviz-stack", "version": 1, "layers": [{"kind": "conv2d", "kernel_size": NaN}]}', "NaN"),
        ("", "empty"),
        ("\xff\xfe garbage", "not UTF-8|not valid JSON"),
    ],
)
def test_not_json(lenet, tmp_path, text, reason):
    path = tmp_path / "t.json"
    path.write_bytes(text.encode("latin-1"))
    refused(lenet, path, reason)


def test_special_and_huge_files_are_refused_without_reading_them(lenet, tmp_path):  # F12
    refused(lenet, Path("/dev/zero"), "not a regular file")
    fifo = tmp_path / "f.json"
    os.mkfifo(fifo)
    refused(lenet, fifo, "not a regular file")  # would block forever if opened
    big = tmp_path / "big.json"
    big.write_text(json.dumps({**SMALL, "name": "x" * limits.STACK_FILE_MAX_BYTES}))
    refused(lenet, big, r"at most 1 MiB")
    refused(lenet, tmp_path / "missing.json", "does not exist")
    refused(lenet, tmp_path, "folder")


@pytest.mark.parametrize("inp", [[], None, "28", 5])
def test_input_that_is_not_an_object(lenet, tmp_path, inp):  # R9
    refused(lenet, write(tmp_path, {**SMALL, "input": inp}), '"input" must be an object')


@pytest.mark.parametrize(
    "value,reason",
    [
        # R9: was OverflowError. The shared JSON reader refuses the literal itself, before any layer.
        ("Infinity", "'t.json' is not valid JSON: Infinity is not a number JSON allows"),
        ("-Infinity", "not valid JSON: -Infinity is not a number JSON allows"),
        ("1e999", r"layer 1 \(Conv2d\): kernel_size must be a whole number, got inf"),  # parsed as inf
        ("3.0", "kernel_size must be a whole number, got 3.0"),  # never silently truncated
        ("2.9", "kernel_size must be a whole number, got 2.9"),
        ("true", "kernel_size must be a whole number, got True"),
        ('"3"', "kernel_size must be a whole number, got '3'"),
        ("[3]", r"kernel_size must be a whole number, got \[3\]"),
        ("{}", "kernel_size must be a whole number"),
        ("null", "kernel_size must be a whole number, got None"),
        ("1" + "0" * 400, r"kernel_size must be in \[1, 15\], got 1000000000"),
    ],
)
def test_integer_fields_take_only_integers(lenet, tmp_path, value, reason):
    text = '{"format": "convviz-stack", "version": 1, "layers": [{"kind": "conv2d", "kernel_size": ' + value + "}]}"
    refused(lenet, write(tmp_path, text), reason)


@pytest.mark.parametrize(
    "doc,reason",
    [
        ({**SMALL, "version": True}, "unsupported version True"),
        ({**SMALL, "version": 1.0}, "unsupported version 1.0"),
        ({**SMALL, "input": {"channels": 1.0}}, "channels must be 1 or 3, got 1.0"),
        ({**SMALL, "input": {"channels": True}}, "channels must be 1 or 3, got True"),
        ({**SMALL, "input": {"channels": 1, "size": [True, 8]}}, "input size"),
        ({**SMALL, "input": {"channels": 1, "size": [8.0, 8]}}, "input size"),
        ({**SMALL, "name": ["x"]}, '"name" must be text'),
        ({**SMALL, "layers": [{"kind": "leaky_relu", "negative_slope": float("inf")}]}, "NaN|Infinity|finite"),
        ({**SMALL, "layers": [{"kind": "dropout", "p": "0.5"}]}, r"layer 1 \(Dropout\): p must be a number"),
        (
            {**SMALL, "layers": [{"kind": "conv2d", "padding": "2"}]},
            "padding must be a whole number, 'same' or 'valid'",
        ),
        ({**SMALL, "layers": [{"kind": "conv2d", "padding": "wide" * 1000}]}, "got 'widewide"),
        ({**SMALL, "layers": [{"kind": "x" * 100_000}]}, "unknown layer kind 'xxx"),
    ],
)
def test_values_of_the_wrong_type_name_the_field(lenet, tmp_path, doc, reason):
    message = refused(lenet, write(tmp_path, doc), reason)
    assert len(message) < 400  # a 100 kB value is quoted short


# --- the budgets -----------------------------------------------------------------------------
def test_ten_thousand_layers_are_refused_at_once(lenet, tmp_path):  # R10
    refused(lenet, write(tmp_path, stack(28, *[{"kind": "relu"}] * 10_000)), "10,000 layers; a stack holds at most 64")
    refused(lenet, write(tmp_path, stack(28, *[{"kind": "relu"}] * 65)), "65 layers")


def test_sixty_four_layers_load(lenet, tmp_path):
    sf.apply(lenet, sf.load(write(tmp_path, stack(32, *[{"kind": "conv2d", "out_channels": 8}] * 64))))
    assert len(lenet) == 64 and lenet.result.valid


CONV512 = {"kind": "conv2d", "out_channels": 512, "kernel_size": 3, "padding": 1}


@pytest.mark.parametrize(
    "doc,reason",
    [  # R11: these asked for 16, 16, 33 and 4.9 GiB
        (
            stack(2048, CONV512),
            (
                r"layer 1 \(Conv2d, 512 ch of 2048×2048\) would need 16\.0 GiB for its output; "
                r"a stack may use 512 MiB for all its outputs — use a smaller input size, "
                r"fewer channels or a stride"
            ),
        ),
        (
            stack(2048, {"kind": "conv_transpose2d", "out_channels": 8, "kernel_size": 15, "stride": 8}),
            r"layer 1 \(ConvTranspose2d, 8 ch of 16391×16391\) would need 16\.0 GiB.*smaller stride",
        ),
        (
            stack(64, *[{"kind": "conv_transpose2d", "out_channels": 4, "kernel_size": 15, "stride": 8}] * 3),
            r"layer 2 \(ConvTranspose2d, 4 ch of 4159×4159\) would need 528 MiB for its output",
        ),
        (stack(1024, CONV512), r"would need 4\.0 GiB"),
        (
            stack(362, {"kind": "conv2d", "out_channels": 64}, *[{"kind": "relu"}] * 8),  # 64 MiB each
            (
                r"layer 9 \(ReLU, 64 ch of 362×362\) would need 64 MiB for its output, "
                r"576 MiB with the layers before it; "
                r"a stack may use 512 MiB for all its outputs — use a smaller input size, or a stride or pooling"
            ),
        ),
    ],
)
def test_stacks_over_the_output_budget_are_refused_before_allocating(lenet, tmp_path, doc, reason):
    refused(lenet, write(tmp_path, doc), reason)


def test_depthwise_layers_have_a_weight_budget(lenet, tmp_path):  # R12: asked for 28.1 GiB of weights
    chain = [{"kind": "depthwise", "kernel_size": 15, "multiplier": 8, "padding": 7}] * 8
    refused(lenet, write(tmp_path, stack(28, *chain)), r"layer \d \(DepthwiseConv2d, .*\) would (need|have|take)")
    weights_only = [
        {"kind": "pointwise", "out_channels": 512},
        {"kind": "global_avg_pool"},
        *[{"kind": "depthwise", "kernel_size": 15, "multiplier": 8, "padding": 7}] * 3,
    ]
    refused(
        lenet,
        write(tmp_path, stack(8, *weights_only)),
        r"would have [\d,]+ weights.*a stack may have 16,000,000 in all — use a smaller multiplier",
    )


def test_arithmetic_budget(lenet, tmp_path):
    heavy = [{"kind": "conv2d", "out_channels": 8, "kernel_size": 15, "padding": 7}] * 2
    refused(lenet, write(tmp_path, stack(512, *heavy)), r"would take \d\.\d billion multiply-adds")


# --- the .npz of weights ------------------------------------------------------------------
def with_weights(tmp_path: Path, data: bytes | None = None, **arrays: np.ndarray) -> Path:
    path = write(tmp_path, SMALL)
    if data is not None:
        sf.weights_path(path).write_bytes(data)
    else:
        np.savez(sf.weights_path(path), **arrays)
    return path


W, B = np.ones((2, 1, 3, 3)), np.zeros(2)
NOT_NPZ = r"'t\.npz' is not an \.npz archive"


def test_good_weights_load_in_c_and_fortran_order(lenet, tmp_path):
    w = np.arange(18, dtype=np.float32).reshape(2, 1, 3, 3)
    for arr in (w, np.asfortranarray(w)):
        path = with_weights(tmp_path, **{"layer1.weight": arr, "layer1.bias": B.astype(">f8")})
        sf.apply(lenet, sf.load(path))
        np.testing.assert_array_equal(lenet.weights(0)["weight"], w)


def test_npy_text_and_pickle_named_npz_are_not_archives(lenet, tmp_path):  # R9, R20, F12
    buf = tmp_path / "a.npy"
    np.save(buf, W)
    refused(lenet, with_weights(tmp_path, buf.read_bytes()), NOT_NPZ)
    refused(lenet, with_weights(tmp_path, b"layer1.weight = 1, 2, 3\n" * 10), NOT_NPZ)
    marker = tmp_path / "PWNED"
    refused(lenet, with_weights(tmp_path, pickle.dumps(_Evil(marker))), NOT_NPZ)
    refused(lenet, with_weights(tmp_path, b""), NOT_NPZ)
    assert not marker.exists()


class _Evil:
    """Unpickling this would create a file: proof that no pickle is ever loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):
        return open, (self.marker, "w")


def test_object_arrays_are_refused_without_unpickling(lenet, tmp_path):
    marker = tmp_path / "PWNED"
    path = with_weights(
        tmp_path, **{"layer1.weight": np.array([_Evil(marker)] * 18, dtype=object).reshape(W.shape), "layer1.bias": B}
    )
    refused(lenet, path, "holds Python objects")
    assert not marker.exists()


@pytest.mark.parametrize(
    "arrays,reason",
    [
        ({"layer1.weight": W.astype(np.int64), "layer1.bias": B}, "must hold finite floats, not int64"),
        ({"layer1.weight": W.astype(complex), "layer1.bias": B}, "must hold finite floats"),
        ({"layer1.weight": np.zeros(2, dtype=[("a", "<f8")]), "layer1.bias": B}, "must hold finite floats"),
        ({"layer1.weight": np.full(W.shape, np.inf), "layer1.bias": B}, "finite"),
        ({"layer1.weight": W}, "do not fit layer 1 .*needs bias and weight, the file has only weight"),
        (
            {"layer1.weight": np.zeros((1, 18)), "layer1.bias": B},
            r"'layer1\.weight' is \(1, 18\), the layer needs \(2, 1, 3, 3\)",
        ),
        ({"layer2.weight": W}, "names no layer"),
        ({"layer1.gamma": W}, "unexpected array 'layer1.gamma'"),
    ],
)
def test_bad_arrays(lenet, tmp_path, arrays, reason):
    refused(lenet, with_weights(tmp_path, **arrays), reason)


def _header_only(tmp_path: Path, shape: tuple, data_bytes: int) -> Path:
    path = write(tmp_path, SMALL)
    with zipfile.ZipFile(sf.weights_path(path), "w") as z, z.open("layer1.weight.npy", "w") as f:
        npy.write_array_header_1_0(f, {"descr": "<f8", "fortran_order": False, "shape": shape})
        f.write(bytes(data_bytes))
    return path


def test_header_claiming_a_trillion_values_is_refused_from_the_header(lenet, tmp_path):  # R13
    refused(lenet, _header_only(tmp_path, (10**12,), 64), "claims 1,000,000,000,000 values of float64")
    refused(lenet, _header_only(tmp_path, (2, 1, 3, 3), 8), "claims 18 values of float64")  # cut short


def test_zip_bomb_is_refused_from_the_zip_directory(lenet, tmp_path):  # R13: was 4 GiB read, then MemoryError
    path = write(tmp_path, SMALL)
    n = 300 * 2**20 // 8
    with zipfile.ZipFile(sf.weights_path(path), "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("layer1.weight.npy", "w", force_zip64=True) as f:
            npy.write_array_header_1_0(f, {"descr": "<f8", "fortran_order": False, "shape": (n,)})
            chunk = bytes(2**22)
            for _ in range(n * 8 // len(chunk)):
                f.write(chunk)
    assert sf.weights_path(path).stat().st_size < 2 * 2**20
    refused(lenet, path, r"would unpack to 300 MiB; a weights file may unpack to at most 256 MiB")


def test_an_archive_of_many_members_is_refused_from_its_end_record(lenet, tmp_path):
    path = write(tmp_path, SMALL)
    with zipfile.ZipFile(sf.weights_path(path), "w") as z:
        for i in range(1000):
            z.writestr(f"layer{i}x.weight.npy", b"")
    refused(lenet, path, "hold 1,000 arrays; a stack has at most 128")


def test_damaged_archive_member(lenet, tmp_path):
    path = with_weights(tmp_path, **{"layer1.weight": W, "layer1.bias": B})
    data = bytearray(sf.weights_path(path).read_bytes())
    at = data.index(b"\x93NUMPY") + 200  # inside layer1.weight's data: the CRC no longer matches
    data[at] ^= 0xFF
    sf.weights_path(path).write_bytes(bytes(data))
    refused(lenet, path, "damaged")


# --- fuzz ----------------------------------------------------------------------------------
BASE = stack(
    16,
    {"kind": "conv2d", "out_channels": 4, "kernel_size": 3, "padding": 1},
    {"kind": "relu"},
    {"kind": "max_pool", "kernel_size": 2},
    {"kind": "flatten"},
    {"kind": "linear", "out_features": 10},
)


class Raw(str):
    """A token written as is: NaN, Infinity, 1e999, or an object with a duplicated key."""


def dumps(value) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {dumps(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dumps(v) for v in value) + "]"
    return json.dumps(value)


HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1e999"), Raw("-0.0"), 0, -1, 2**63, 3.0]),
    st.text(max_size=20),
    st.sampled_from(["same", "valid", "conv2d", "relu", "flatten", "3", ""]),
    st.lists(st.integers(0, 40), max_size=4),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.integers(1, 3000).map(lambda n: Raw("[" * n + "]" * n)),
    st.integers(1, 200).map(lambda n: [1] * n),
)


def _containers(doc, path=()):
    yield path
    children = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else ()
    for k, v in children:
        if not isinstance(v, Raw):
            yield from _containers(v, (*path, k))


@st.composite
def mutated(draw) -> str:
    doc = json.loads(json.dumps(BASE))
    for _ in range(draw(st.integers(1, 4))):
        paths = list(_containers(doc))
        path = draw(st.sampled_from(paths))
        parent = doc
        for k in path[:-1]:
            parent = parent[k]
        if not path:
            continue
        key, target = path[-1], parent[path[-1]]
        action = draw(st.sampled_from(["replace", "drop", "duplicate", "grow", "add"]))
        if action == "replace":
            parent[key] = draw(HOSTILE)
        elif action == "drop":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, dict):  # the same key twice: JSON keeps the last
            parent[key] = Raw(f"{dumps(draw(HOSTILE))}, {json.dumps(str(key))}: {dumps(target)}")
        elif action == "grow" and isinstance(target, list):
            target.extend(target * draw(st.integers(1, 20)))
        elif action == "add" and isinstance(target, dict):
            key = draw(st.sampled_from(["kind", "stride", "size", "channels", "weights", "bias", "zz"]))
            target[key] = draw(HOSTILE)
    return dumps(doc)


@pytest.fixture(scope="module")
def fuzz_model() -> StackModel:
    m = StackModel(np.random.default_rng(0).random((40, 40), dtype=np.float32))
    sf.apply(m, sf.load(LENET))
    return m


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(text=mutated())
def test_fuzzed_stack_files_load_or_are_refused_with_a_reason(fuzz_model, text):
    m = fuzz_model
    if len(m) != 12:  # an earlier example loaded: start again from LeNet
        sf.apply(m, sf.load(LENET))
    before = snapshot(m)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.json"
        path.write_text(text, encoding="utf-8")
        try:
            sf.apply(m, sf.load(path))
        except sf.StackFileError as exc:
            message = str(exc)
            assert message.strip() and not PYTHON_ERRORS.search(message), message
            assert_same(m, before)
            return
    assert len(m) <= limits.STACK_MAX_LAYERS and math.isfinite(m.result.summary.total_params)


@settings(max_examples=60, deadline=None)
@given(
    cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=6),
    truncate=st.none() | st.integers(0, 10**6),
)
def test_fuzzed_weights_files_load_or_are_refused_with_a_reason(fuzz_model, cuts, truncate):
    m = fuzz_model
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.json"
        path.write_text(json.dumps(SMALL))
        np.savez(sf.weights_path(path), **{"layer1.weight": W, "layer1.bias": B})
        data = bytearray(sf.weights_path(path).read_bytes())
        for at, byte in cuts:
            data[at % len(data)] = byte
        sf.weights_path(path).write_bytes(bytes(data[:truncate] if truncate is not None else data))
        if len(m) != 12:
            sf.apply(m, sf.load(LENET))
        before = snapshot(m)
        try:
            sf.apply(m, sf.load(path))
        except sf.StackFileError as exc:
            assert str(exc).strip() and not PYTHON_ERRORS.search(str(exc)), str(exc)
            assert_same(m, before)
            return
    assert len(m) == 1
