"""Stacks written as ONNX by ``onnx_export.save`` and run by onnxruntime, against the engine.

The oracle is the pair (onnxruntime, the engine's own forward): a stack is exported, the file
is run by onnxruntime on batches of 1 and 3, and the outputs must match ``Sequential.forward``
in evaluation mode to 1e-4 (float32). Nothing here reads the file back with convviz's reader.
The pooling cases whose windows depend on ceil mode are also run by the ``onnx`` package's
reference evaluator, which follows the opset-17 spec to the letter: a file that only
onnxruntime reads the engine's way would fail there.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import onnx
import pytest

from convviz import engine as E
from convviz.io import onnx_export, onnx_files, stack_files
from convviz.io.datasets import load_mnist5k
from convviz.model.stack.model import StackModel
from convviz.model.training.dataset import split_per_class
from tests.conftest import reference_library

ort = reference_library("onnxruntime")

RTOL, ATOL = 1e-4, 1e-5
BATCHES = (1, 3)


# --- helpers ---------------------------------------------------------------------------------
def _randomize(layers: list[E.Layer], seed: int) -> list[E.Layer]:
    """Every weight, bias and batch-norm statistic drawn anew (biases are zero at init, and a
    zero bias would hide a bias written in the wrong place)."""
    rng = np.random.default_rng(seed)
    for layer in layers:
        for k, v in layer.params.items():
            fan_in = int(np.prod(v.shape[1:])) if v.ndim > 1 else 1
            layer.params[k] = (rng.standard_normal(v.shape) / np.sqrt(fan_in)).astype(np.float32)
        if isinstance(layer, E.BatchNorm2d):
            layer.running_mean = rng.standard_normal(layer.num_features).astype(np.float32)
            layer.running_var = rng.uniform(0.2, 3.0, layer.num_features).astype(np.float32)
    return layers


def _ort_session(path: Path):
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _engine_eval(layers: list[E.Layer], x: np.ndarray) -> np.ndarray:
    """The engine's forward in evaluation mode (dropout passes, batch norm's running stats), the
    mode the file is for; each layer's own mode is put back afterwards."""
    modes = [getattr(layer, "training", None) for layer in layers]
    stack = E.Sequential(layers)
    stack.train(False)
    try:
        return stack.forward(x)
    finally:
        for layer, mode in zip(layers, modes, strict=True):
            if mode is not None:
                layer.training = mode


def _inputs(shape: tuple[int, ...], seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.standard_normal((n, *shape)).astype(np.float32) for n in BATCHES]


def check_export(tmp_path: Path, layers: list[E.Layer], shape: tuple[int, ...], reference: bool = False) -> Path:
    """Export, then onnxruntime (and with ``reference`` the onnx reference evaluator) on batches of
    1 and 3 must give the engine's outputs, shapes included."""
    path = tmp_path / "stack.onnx"
    onnx_export.save(E.Sequential(layers), path, shape)
    session = _ort_session(path)
    evaluator = None
    if reference:
        from onnx.reference import ReferenceEvaluator

        evaluator = ReferenceEvaluator(str(path))
    for x in _inputs(shape):
        expected = _engine_eval(layers, x)
        ours = session.run(["output"], {"input": x})[0]
        assert ours.shape == expected.shape
        np.testing.assert_allclose(ours, expected, rtol=RTOL, atol=ATOL)
        if evaluator is not None:
            theirs = evaluator.run(None, {"input": x})[0]
            assert theirs.shape == expected.shape
            np.testing.assert_allclose(theirs, expected, rtol=RTOL, atol=ATOL)
    return path


# --- every layer kind and attribute ------------------------------------------------------------
Case = Callable[[], tuple[list[E.Layer], tuple[int, int, int]]]

CASES: dict[str, Case] = {
    "conv-pad1-relu": lambda: ([E.Conv2d(3, 4, 3, padding=1), E.ReLU()], (3, 9, 8)),
    "conv-stride2-same": lambda: ([E.Conv2d(2, 3, 4, stride=2, padding="same")], (2, 7, 9)),
    "conv-same-stride1-even-kernel": lambda: ([E.Conv2d(2, 3, (2, 4), padding="same")], (2, 6, 7)),
    "conv-valid-stride-pair": lambda: ([E.Conv2d(2, 3, 3, stride=(2, 1), padding="valid")], (2, 9, 8)),
    "conv-per-side-pads": lambda: ([E.Conv2d(2, 3, (3, 2), stride=(1, 2), padding=((1, 0), (2, 1)))], (2, 7, 9)),
    "conv-pair-pads": lambda: ([E.Conv2d(1, 2, (3, 5), padding=(1, 2))], (1, 6, 9)),
    "conv-dilation": lambda: ([E.Conv2d(2, 3, 3, padding=2, dilation=2)], (2, 9, 9)),
    "conv-dilation-pair-same": lambda: ([E.Conv2d(2, 2, 3, stride=2, padding="same", dilation=(2, 3))], (2, 11, 12)),
    "conv-groups": lambda: ([E.Conv2d(4, 6, 3, padding=1, groups=2)], (4, 7, 7)),
    "conv-depthwise": lambda: ([E.Conv2d(3, 6, 3, stride=2, padding=1, groups=3)], (3, 8, 9)),
    "conv-no-bias": lambda: ([E.Conv2d(2, 3, 3, bias=False)], (2, 6, 6)),
    "conv-reflect": lambda: ([E.Conv2d(2, 3, 5, padding=2, padding_mode="reflect")], (2, 7, 8)),
    "conv-replicate": lambda: ([E.Conv2d(2, 3, 3, padding=(1, 2), padding_mode="replicate")], (2, 6, 7)),
    "conv-replicate-same-stride2": lambda: (
        [E.Conv2d(2, 2, 4, stride=2, padding="same", padding_mode="replicate")],
        (2, 7, 9),
    ),
    "conv-reflect-per-side-dilated-groups": lambda: (
        [E.Conv2d(4, 4, 3, padding=((2, 1), (0, 3)), dilation=2, groups=2, padding_mode="reflect")],
        (4, 8, 9),
    ),
    "convT-stride2-output-padding": lambda: (
        [E.ConvTranspose2d(3, 2, 3, stride=2, padding=1, output_padding=1)],
        (3, 5, 6),
    ),
    "convT-pairs-groups-dilation": lambda: (
        [
            E.ConvTranspose2d(
                4, 6, (3, 2), stride=(2, 3), padding=(1, 0), output_padding=(1, 2), groups=2, dilation=(1, 2)
            )
        ],
        (4, 4, 5),
    ),
    "convT-no-bias": lambda: ([E.ConvTranspose2d(2, 3, 2, bias=False)], (2, 5, 4)),
    # torch allows output_padding up to the dilation, onnxruntime only below the stride
    "convT-output-padding-past-stride": lambda: (
        [E.ConvTranspose2d(2, 2, 3, stride=1, padding=(1, 2), output_padding=(1, 2), dilation=3)],
        (2, 5, 6),
    ),
    "convT-output-padding-past-stride-and-padding": lambda: (
        [E.ConvTranspose2d(2, 4, 2, stride=(1, 2), padding=(0, 1), output_padding=(2, 2), groups=2, dilation=3)],
        (2, 4, 5),
    ),
    "convT-output-padding-past-stride-no-bias": lambda: (
        [E.ConvTranspose2d(2, 2, 2, stride=1, output_padding=1, dilation=2, bias=False)],
        (2, 4, 5),
    ),
    "maxpool-2": lambda: ([E.MaxPool2d(2)], (2, 8, 9)),
    "maxpool-padding-dilation": lambda: ([E.MaxPool2d(3, stride=2, padding=1, dilation=2)], (2, 9, 10)),
    "maxpool-window-on-padding-only": lambda: ([E.MaxPool2d(2, stride=1, padding=1, dilation=3)], (1, 2, 5)),
    "maxpool-pairs": lambda: ([E.MaxPool2d((2, 3), stride=(1, 2), padding=(1, 1))], (1, 6, 9)),
    "avgpool-2": lambda: ([E.AvgPool2d(2)], (2, 8, 9)),
    "avgpool-pad-count-include": lambda: ([E.AvgPool2d(3, stride=2, padding=1, count_include_pad=True)], (2, 8, 7)),
    "avgpool-pad-count-exclude": lambda: ([E.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)], (2, 8, 7)),
    "avgpool-pairs": lambda: ([E.AvgPool2d((3, 2), stride=(2, 1), padding=(1, 0))], (1, 7, 6)),
    "global-avg": lambda: ([E.Conv2d(2, 3, 3), E.GlobalAvgPool2d()], (2, 7, 8)),
    "global-max": lambda: ([E.Conv2d(2, 3, 3), E.GlobalMaxPool2d()], (2, 7, 8)),
    "activations": lambda: ([E.LeakyReLU(0.2), E.Sigmoid(), E.Conv2d(2, 2, 1), E.Tanh(), E.ReLU()], (2, 5, 5)),
    "leaky-default-slope": lambda: ([E.Conv2d(1, 2, 3), E.LeakyReLU()], (1, 6, 6)),
    "dropout-in-train-mode-is-identity": lambda: ([E.Conv2d(2, 4, 3), E.Dropout(0.5, training=True)], (2, 6, 6)),
    "batchnorm-running-stats": lambda: ([E.Conv2d(2, 3, 3), E.BatchNorm2d(3, eps=1e-3, training=True)], (2, 6, 7)),
    "flatten-linear": lambda: ([E.Conv2d(2, 3, 3), E.Flatten(), E.Linear(3 * 4 * 5, 7)], (2, 6, 7)),
    "linear-no-bias": lambda: ([E.Flatten(), E.Linear(2 * 3 * 3, 4, bias=False), E.Tanh(), E.Linear(4, 3)], (2, 3, 3)),
    "global-pool-flatten-linear": lambda: ([E.GlobalAvgPool2d(), E.Flatten(), E.Linear(3, 2)], (3, 5, 4)),
    "everything": lambda: (
        [
            E.Conv2d(3, 8, 3, stride=2, padding="same", padding_mode="reflect"),
            E.BatchNorm2d(8),
            E.LeakyReLU(0.1),
            E.Conv2d(8, 8, 3, padding=1, groups=4, dilation=1),
            E.MaxPool2d(3, stride=2, padding=1, ceil_mode=True),
            E.ConvTranspose2d(8, 4, 3, stride=2, padding=1, output_padding=1),
            E.AvgPool2d(2, ceil_mode=True, count_include_pad=False),
            E.Sigmoid(),
            E.Dropout(0.3),
            E.Flatten(),
            E.Linear(4 * 4 * 5, 10),
        ],
        (3, 15, 14),
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_layer_kind_runs_in_onnxruntime_as_in_the_engine(tmp_path, case):
    layers, shape = CASES[case]()
    check_export(tmp_path, _randomize(layers, seed=len(case)), shape)


def test_the_cases_cover_every_engine_layer_kind():
    """A layer class the engine gains (and ``save`` may or may not map) shows up here."""
    kinds = {name for name in dir(E) if isinstance(getattr(E, name), type) and issubclass(getattr(E, name), E.Layer)}
    used = {type(layer).__name__ for case in CASES.values() for layer in case()[0]}
    assert kinds - {"Layer"} <= used, f"no export case for {sorted(kinds - {'Layer'} - used)}"


def test_stride_2_same_padding_puts_the_odd_cell_after(tmp_path):
    """The case 'same' padding is there for: at stride 2 the pads differ per side (TensorFlow's
    rule: the extra cell goes after), which no symmetric ONNX pads attribute could express."""
    (top, bottom), (left, right) = E.resolve_padding("same", (7, 9), (4, 4), stride=2)
    assert (top, bottom) == (left, right) == (1, 2)  # the case is really asymmetric
    layers = _randomize([E.Conv2d(2, 3, 4, stride=2, padding="same")], seed=1)
    check_export(tmp_path, layers, (2, 7, 9))


# Each with its rows three ways: the engine's (torch's), without ceil mode, and by ONNX's
# opset-17 formula, ceil((H + 2p − d·(k − 1) − 1) / s) + 1, which keeps a last window that
# starts in the padding after the input (torch drops it; so does onnxruntime).
POOL_CEIL_CASES = {
    "max-last-window-in-padding": (lambda: E.MaxPool2d(2, stride=2, padding=1, ceil_mode=True), (2, 5, 5), (3, 3, 4)),
    "max-ceil-overhang": (lambda: E.MaxPool2d(3, stride=2, ceil_mode=True), (2, 8, 8), (4, 3, 4)),
    "max-ceil-dilated-padded": (
        lambda: E.MaxPool2d(3, stride=2, padding=1, dilation=2, ceil_mode=True),
        (1, 8, 9),
        (4, 3, 4),
    ),
    "max-dilated-overhang-past-kernel": (
        lambda: E.MaxPool2d(2, stride=3, dilation=3, ceil_mode=True),
        (1, 8, 8),
        (3, 2, 3),
    ),
    "avg-ceil-count-include": (
        lambda: E.AvgPool2d(3, 2, 1, ceil_mode=True, count_include_pad=True),
        (2, 6, 6),
        (4, 3, 4),
    ),
    "avg-ceil-count-exclude": (
        lambda: E.AvgPool2d(3, 2, 1, ceil_mode=True, count_include_pad=False),
        (2, 6, 6),
        (4, 3, 4),
    ),
    "avg-ceil-no-padding": (lambda: E.AvgPool2d(2, ceil_mode=True), (2, 5, 7), (3, 2, 3)),
    "avg-last-window-in-padding": (lambda: E.AvgPool2d(2, 2, 1, ceil_mode=True), (1, 5, 5), (3, 3, 4)),
}


@pytest.mark.parametrize("case", POOL_CEIL_CASES, ids=list(POOL_CEIL_CASES))
def test_ceil_mode_pooling_means_the_engines_windows_in_every_runtime(tmp_path, case):
    make, shape, (rows, floor_rows, spec_rows) = POOL_CEIL_CASES[case]
    layer = make()
    h, k, p = shape[1], layer.kernel_size, layer.padding
    s, d = layer.stride or k, getattr(layer, "dilation", 1)
    assert layer.output_shape(shape)[1] == rows
    assert E.pool2d_output_hw(shape[1:], k, s, p, d, ceil_mode=False)[0] == floor_rows
    assert math.ceil((h + 2 * p - d * (k - 1) - 1) / s) + 1 == spec_rows
    assert rows != floor_rows or rows != spec_rows  # ceil mode matters here, or ONNX's formula differs
    check_export(tmp_path, _randomize([layer], seed=7), shape, reference=True)


# --- random stacks -----------------------------------------------------------------------------
def _choice(rng: np.random.Generator, options: list):
    return options[int(rng.integers(len(options)))]


def _int_or_pair(rng: np.random.Generator, lo: int, hi: int):
    a, b = (int(v) for v in rng.integers(lo, hi + 1, size=2))
    return a if rng.random() < 0.5 else (a, b)


def _random_layer(rng: np.random.Generator, c: int) -> E.Layer:
    kind = _choice(rng, ["conv"] * 4 + ["convT"] * 2 + ["max", "avg"] * 2 + ["bn", "act", "global"])
    divisors = [g for g in range(1, c + 1) if c % g == 0]
    if kind == "conv":
        g = _choice(rng, divisors)
        padding = _choice(rng, [_int_or_pair(rng, 0, 2), ((0, 2), (1, 0)), ((2, 1), (1, 1)), "same", "valid"])
        return E.Conv2d(
            c,
            g * int(rng.integers(1, 4)),
            _int_or_pair(rng, 1, 4),
            stride=_int_or_pair(rng, 1, 2),
            padding=padding,
            dilation=_int_or_pair(rng, 1, 2),
            groups=g,
            bias=bool(rng.random() < 0.7),
            padding_mode=_choice(rng, ["zeros", "zeros", "reflect", "replicate"]),
        )
    if kind == "convT":
        g = _choice(rng, divisors)
        stride, dilation = _int_or_pair(rng, 1, 3), _int_or_pair(rng, 1, 2)
        s, d = ((v, v) if isinstance(v, int) else v for v in (stride, dilation))
        output_padding = tuple(int(rng.integers(max(s[a], d[a]))) for a in (0, 1))
        return E.ConvTranspose2d(
            c,
            g * int(rng.integers(1, 3)),
            _int_or_pair(rng, 1, 3),
            stride=stride,
            padding=_int_or_pair(rng, 0, 1),
            output_padding=output_padding,
            groups=g,
            bias=bool(rng.random() < 0.7),
            dilation=dilation,
        )
    if kind in ("max", "avg"):
        k = int(rng.integers(1, 4))
        common = dict(
            kernel_size=k,
            stride=_choice(rng, [None, 1, 2, (2, 1), 3]),
            padding=int(rng.integers(0, k // 2 + 1)),
            ceil_mode=bool(rng.random() < 0.5),
        )
        if kind == "max":
            return E.MaxPool2d(**common, dilation=_int_or_pair(rng, 1, 2))
        return E.AvgPool2d(**common, count_include_pad=bool(rng.random() < 0.5))
    if kind == "bn":
        return E.BatchNorm2d(c, eps=float(_choice(rng, [1e-5, 1e-3])), training=bool(rng.random() < 0.5))
    if kind == "global":
        return _choice(rng, [E.GlobalAvgPool2d(), E.GlobalMaxPool2d()])
    return _choice(rng, [E.ReLU(), E.LeakyReLU(float(rng.uniform(0, 0.5))), E.Sigmoid(), E.Tanh(), E.Dropout(0.4)])


def _random_stack(seed: int) -> tuple[list[E.Layer], tuple[int, int, int]]:
    """A few layers drawn at random that build on a random input (the engine decides what
    builds: a candidate it refuses is drawn again), ending in Flatten + Linear half the time."""
    rng = np.random.default_rng(seed)
    shape: tuple[int, ...] = (int(rng.integers(1, 5)), int(rng.integers(5, 14)), int(rng.integers(5, 14)))
    first, layers, length = shape, [], int(rng.integers(3, 7))
    for _ in range(60):
        if len(layers) == length:
            break
        layer = _random_layer(rng, shape[0])
        try:
            out = layer.output_shape(shape)
            E.Sequential([layer]).forward(np.zeros((1, *shape), np.float32))  # reflect padding may not fit
        except ValueError:
            continue
        if out[1] * out[2] > 40 * 40:
            continue  # keep the stacks small and quick
        layers.append(layer)
        shape = out
    if rng.random() < 0.5:
        layers += [E.Flatten(), E.Linear(int(np.prod(shape)), int(rng.integers(1, 6)))]
    return layers, first  # type: ignore[return-value]


@pytest.mark.parametrize("seed", range(40))
def test_random_stacks_run_in_onnxruntime_as_in_the_engine(tmp_path, seed):
    layers, shape = _random_stack(seed)
    assert layers
    check_export(tmp_path, _randomize(layers, seed), shape)


# --- the shipped trained LeNet-5 ------------------------------------------------------------------
@pytest.fixture(scope="module")
def lenet() -> StackModel:
    model = StackModel()
    assert stack_files.open_trained_lenet(model)
    return model


@pytest.fixture(scope="module")
def test_digits() -> tuple[np.ndarray, np.ndarray]:
    """Four of each digit from the bundled digits' test part (never trained on)."""
    test = split_per_class(load_mnist5k()).test
    idx = np.concatenate([np.flatnonzero(test.labels == d)[:4] for d in range(10)])
    return test.images[idx], test.labels[idx]


def test_the_trained_lenet5_gives_the_engines_class_scores(tmp_path, lenet, test_digits):
    images, labels = test_digits
    path = tmp_path / "lenet5.onnx"
    onnx_files.save(lenet, path)  # the StackModel, through the reader's module as README shows it
    session = _ort_session(path)
    read_back = onnx_files.load(path)  # and the round trip the other way: the reader runs it the same
    layers = lenet.result.layers
    for x in (images[:1], images[1:4], images):
        scores = session.run(["output"], {"input": x})[0]
        expected = _engine_eval(layers, x)
        assert scores.shape == (len(x), 10)
        np.testing.assert_allclose(scores, expected, rtol=RTOL, atol=1e-4)
        np.testing.assert_allclose(read_back.forward(x), expected, rtol=RTOL, atol=1e-4)
        np.testing.assert_array_equal(scores.argmax(axis=1), expected.argmax(axis=1))
    # The weights are the trained ones, not random: the file reads the digits (97 % in training).
    right = (session.run(["output"], {"input": images})[0].argmax(axis=1) == labels).mean()
    assert right >= 0.9


def test_the_file_declares_one_nchw_input_with_an_open_batch_and_opset_17(tmp_path, lenet):
    path = tmp_path / "lenet5.onnx"
    onnx_export.save(E.Sequential(lenet.result.layers), path, lenet.input_shape)  # the engine's Sequential
    model = onnx.load(str(path))
    onnx.checker.check_model(model, full_check=True)
    assert [o.version for o in model.opset_import if o.domain in ("", "ai.onnx")] == [17]
    (inp,), (out,) = model.graph.input, model.graph.output
    assert inp.name == "input" and out.name == "output"
    assert inp.type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    dims = inp.type.tensor_type.shape.dim
    assert dims[0].dim_param == "N" and [d.dim_value for d in dims[1:]] == [1, 28, 28]
    assert all(t.data_type == onnx.TensorProto.FLOAT for t in model.graph.initializer)
    n_weights = sum(int(np.prod(t.dims)) for t in model.graph.initializer)
    assert n_weights == sum(p.size for layer in lenet.result.layers for p in layer.params.values())


def test_a_stack_model_is_saved_on_the_input_it_shows(tmp_path):
    model = StackModel(channels=3, size=(10, 12))
    model.add("conv2d", out_channels=4, kernel_size=3, stride=2, padding="same")
    model.add("max_pool", kernel_size=2)
    path = tmp_path / "m.onnx"
    onnx_export.save(model, path)
    _randomize(model.result.layers, seed=3)
    onnx_export.save(model, path)  # over the first file
    x = _inputs((3, 10, 12))[1]
    np.testing.assert_allclose(
        _ort_session(path).run(None, {"input": x})[0], _engine_eval(model.result.layers, x), rtol=RTOL, atol=ATOL
    )


# --- refused -------------------------------------------------------------------------------------
class Scale(E.Layer):
    """A layer the exporter has never heard of."""

    def __init__(self) -> None:
        super().__post_init__()

    def forward(self, x: np.ndarray) -> np.ndarray:
        return 2 * x


REFUSED = {
    "circular-padding": (
        lambda: [E.Conv2d(1, 2, 3), E.ReLU(), E.Conv2d(2, 2, 3, padding=1, padding_mode="circular")],
        r"layers\[2\] \(Conv2d\).*circular",
    ),
    "unknown-layer": (lambda: [E.Conv2d(1, 2, 3), Scale()], r"layers\[1\] \(Scale\)"),
    "linear-without-flatten": (lambda: [E.Conv2d(1, 2, 3), E.Linear(2 * 6 * 6, 3)], r"layers\[1\] \(Linear\).*Flatten"),
    "reflect-wider-than-input": (
        lambda: [E.MaxPool2d(4), E.Conv2d(1, 1, 5, padding=2, padding_mode="reflect")],
        r"layers\[1\] \(Conv2d\).*reflect",
    ),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_layer_onnx_cannot_express_is_named_and_nothing_is_written(tmp_path, case):
    make, message = REFUSED[case]
    path = tmp_path / "new.onnx"
    with pytest.raises(ValueError, match=message):
        onnx_export.save(E.Sequential(make()), path, (1, 8, 8))
    assert list(tmp_path.iterdir()) == []  # no file, no temporary left behind


def test_the_refused_layers_are_ones_the_engine_cannot_run_either_or_onnx_lacks():
    """Circular padding and an unknown layer do run on the engine (the refusal is ONNX's limit);
    a Linear on a map and reflect padding wider than the input do not (the stack itself is wrong)."""
    x = np.zeros((1, 1, 8, 8), np.float32)
    for case in ("circular-padding", "unknown-layer"):
        assert E.Sequential(REFUSED[case][0]()).forward(x).size
    for case in ("linear-without-flatten", "reflect-wider-than-input"):
        with pytest.raises(ValueError):
            E.Sequential(REFUSED[case][0]()).forward(x)


def test_a_refused_save_leaves_the_earlier_file_whole(tmp_path):
    path = tmp_path / "model.onnx"
    path.write_bytes(b"the earlier model")
    with pytest.raises(ValueError, match="circular"):
        onnx_export.save([E.Conv2d(1, 1, 3, padding=1, padding_mode="circular")], path, (1, 5, 5))
    assert path.read_bytes() == b"the earlier model"
    assert [p.name for p in tmp_path.iterdir()] == ["model.onnx"]


def test_a_failed_write_leaves_no_temporary_and_the_earlier_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "model.onnx"
    path.write_bytes(b"the earlier model")

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError, match="disk full"):
        onnx_export.save([E.Conv2d(1, 1, 3)], path, (1, 5, 5))
    assert path.read_bytes() == b"the earlier model"
    assert [p.name for p in tmp_path.iterdir()] == ["model.onnx"]


def test_a_sequential_needs_its_input_shape(tmp_path):
    with pytest.raises(ValueError, match=r"input_shape \(C, H, W\)"):
        onnx_export.save(E.Sequential([E.ReLU()]), tmp_path / "m.onnx")
    with pytest.raises(ValueError, match="input_shape"):
        onnx_export.save(E.Sequential([E.ReLU()]), tmp_path / "m.onnx", (28, 28))
    assert list(tmp_path.iterdir()) == []


def test_a_stack_model_with_an_error_row_is_refused(tmp_path):
    model = StackModel(channels=1, size=(8, 8))
    model.add("conv2d", out_channels=2, kernel_size=3, padding=0)
    model.add("linear", out_features=3)  # no Flatten before it: the row shows an error
    assert not model.result.valid
    with pytest.raises(ValueError, match=r"layers\[1\]"):
        onnx_export.save(model, tmp_path / "m.onnx")
    assert list(tmp_path.iterdir()) == []
