"""The one dispatch point: which path each shape takes, every path against the loop reference,
and mixed dtypes taking the same fast path as uniform ones (cast once, before dispatch)."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

import numpy as np
import pytest

from convviz import engine as E
from convviz.engine import _dispatch, reference as ref

RNG = np.random.default_rng(21)
STRIDE_1_FAST = {"gemm", "flat-gemm", "axpy", "fft"}  # flat-gemm: the stride-1 gradients
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# name -> (x shape, weight shape, groups, stride, padding): a conv2d that takes that path
PATH_CASES = {
    "gemm": ((1, 3, 17, 19), (4, 3, 3, 3), 1, 2, 1),
    "shift-add": ((1, 3, 17, 19), (3, 1, 3, 3), 3, 1, 1),  # depthwise, a small plane
    "gemm, stride 1 in two groups": ((2, 4, 17, 19), (6, 2, 3, 3), 2, 1, 1),
    "gemm, in several strips of rows": ((1, 64, 40, 41), (8, 64, 3, 3), 1, 1, 2),
    "gemm, a deep layer's bias added after the GEMM": ((1, 64, 4, 4), (16, 64, 3, 3), 1, 1, 1),
    "gemm, 5×5 strips filled in two passes": ((1, 64, 70, 70), (8, 64, 5, 5), 1, 1, 2),
    "gemm, 5×3 strips in two passes, stride 2": ((2, 48, 61, 47), (6, 24, 5, 3), 2, 2, 2),
    "axpy": ((1, 1, 130, 128), (1, 1, 3, 3), 1, 1, 1),
    "axpy, RGB into two maps": ((2, 3, 130, 128), (2, 3, 3, 3), 1, 1, 1),
    "axpy, two groups": ((1, 4, 130, 128), (4, 2, 3, 2), 2, 1, 1),
    "gemm, RGB with a large kernel": ((1, 3, 130, 128), (1, 3, 7, 7), 1, 1, 3),
    "axpy, unpadded RGB read in place": ((2, 3, 132, 130), (1, 3, 3, 3), 1, 1, 0),
    "axpy, unpadded, a wide kernel": ((1, 1, 130, 140), (1, 1, 3, 7), 1, 1, 0),
    "fft": ((1, 2, 130, 128), (2, 1, 15, 15), 2, 1, 7),
}


def test_the_threshold_table_is_one_frozen_table():
    fields = {f.name: f.default for f in dataclasses.fields(_dispatch.Thresholds)}
    assert fields == dataclasses.asdict(_dispatch.THRESHOLDS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        _dispatch.THRESHOLDS.fft_min_taps = 1
    source = inspect.getsource(_dispatch.Thresholds)
    for name in fields:  # every threshold says why, on the comment line(s) just above it
        before = source.split(f"    {name}:")[0].rstrip().splitlines()[-1].strip()
        assert before.startswith("#"), f"{name} has no comment"
    doc = (Path(__file__).resolve().parents[2] / "docs" / "engine-api.md").read_text(encoding="utf-8")
    for name, value in fields.items():  # the doc's table of thresholds: every name, its value
        row = next((line for line in doc.splitlines() if line.startswith(f"| `{name}` |")), None)
        assert row is not None, f"{name} is not in the doc's table"
        shown = row.split("|")[2].strip()
        power = value.bit_length() - 1
        assert shown == str(value) or (value == 1 << power and shown == f"2{str(power).translate(SUPERSCRIPT)}"), row


@pytest.mark.parametrize(
    "weight_shape,groups,out_hw,stride,path",
    [
        ((16, 3, 3, 3), 1, (224, 224), (1, 1), "gemm"),
        ((16, 3, 3, 3), 1, (112, 112), (2, 2), "gemm"),
        ((1, 1, 3, 3), 1, (1080, 1920), (1, 1), "axpy"),
        ((1, 1, 11, 11), 1, (1080, 1920), (1, 1), "axpy"),
        ((1, 1, 15, 15), 1, (1080, 1920), (1, 1), "fft"),
        ((1, 1, 15, 15), 1, (100, 100), (1, 1), "shift-add"),  # below the plane size for the flat paths
        ((8, 1, 3, 3), 8, (224, 224), (2, 1), "shift-add"),
        ((8, 1, 3, 3), 4, (224, 224), (1, 1), "axpy"),  # two filters per group: few outputs
        ((1, 3, 3, 3), 1, (1080, 1920), (1, 1), "axpy"),  # live RGB: one map from three channels
        ((1, 3, 15, 15), 1, (1080, 1920), (1, 1), "gemm"),  # 675 axpy calls per strip would hold the GIL
        ((1, 3, 3, 3), 1, (100, 100), (1, 1), "gemm"),  # a small plane
    ],
)
def test_choose_conv_path(weight_shape, groups, out_hw, stride, path):
    assert _dispatch.choose_conv_path(weight_shape, groups, out_hw, stride) == path


def test_choose_grad_path():
    assert _dispatch.choose_grad_path((16, 3, 3, 3), 1, (1, 1)) == "flat-gemm"
    assert _dispatch.choose_grad_path((16, 3, 3, 3), 1, (2, 1)) == "gemm"
    assert _dispatch.choose_grad_path((3, 1, 3, 3), 3, (1, 1)) == "depthwise-taps"


@pytest.mark.parametrize("path", sorted(PATH_CASES))
def test_every_path_matches_the_loop_reference(path):
    x_shape, w_shape, groups, stride, padding = PATH_CASES[path]
    x, w, b = RNG.standard_normal(x_shape), RNG.standard_normal(w_shape), RNG.standard_normal(w_shape[0])
    kw = dict(stride=stride, padding=padding, groups=groups)
    out_hw = E.conv2d_output_hw(x_shape[2:], w_shape[2:], stride, padding)
    assert _dispatch.choose_conv_path(w_shape, groups, out_hw, (stride, stride)) == path.split(",")[0]
    np.testing.assert_allclose(E.conv2d(x, w, **kw), ref.conv2d(x, w, **kw), rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(E.conv2d(x, w, b, **kw), ref.conv2d(x, w, b, **kw), rtol=1e-9, atol=1e-9)
    g = RNG.standard_normal((x_shape[0], w_shape[0], *out_hw))
    for got, want in zip(E.conv2d_backward(g, x, w, **kw), ref.conv2d_backward(g, x, w, **kw), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-9)


@pytest.fixture
def chosen(monkeypatch):
    """The names the dispatcher chose during the test, in order."""
    names: list[str] = []
    for chooser in ("choose_conv_path", "choose_grad_path"):
        real = getattr(_dispatch, chooser)

        def spy(*args, _real=real):
            names.append(_real(*args))
            return names[-1]

        monkeypatch.setattr(_dispatch, chooser, spy)
    return names


MIXED = {
    "conv2d gemm": lambda x, w: E.conv2d(x, w[:, :3], padding=1),
    "conv2d axpy": lambda x, w: E.conv2d(x[0, 0], w[0, 0], padding=1),
    "conv2d_backward": lambda x, w: E.conv2d_backward(np.ones((2, 8, 130, 128), w.dtype), x, w[:, :3], padding=1),
    "conv_transpose2d": lambda x, w: E.conv_transpose2d(x, w[:3], padding=1),
}


def _arrays(result):
    return list(result) if isinstance(result, tuple) else [result]


@pytest.mark.parametrize("name", sorted(MIXED))
def test_mixed_dtypes_take_the_fast_path_of_uniform_ones(name, chosen):
    x = RNG.standard_normal((2, 3, 130, 128)).astype(np.float32)
    w = RNG.standard_normal((8, 8, 3, 3))  # float64
    mixed = _arrays(MIXED[name](x, w))
    mixed_paths = list(chosen)
    chosen.clear()
    uniform = _arrays(MIXED[name](x.astype(np.float64), w))
    assert mixed_paths == chosen and set(mixed_paths) <= STRIDE_1_FAST, (mixed_paths, chosen)
    for got, want in zip(mixed, uniform, strict=True):
        assert got.dtype == np.float64
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)
    chosen.clear()
    ints = _arrays(MIXED[name](np.round(x * 4).astype(np.int16), w.astype(np.float32)))
    assert chosen == mixed_paths  # integers and float32 compute in float32, on the same path
    assert all(a.dtype == np.float32 for a in ints)


def test_the_dispatcher_refuses_mixed_dtypes():
    xp = np.zeros((1, 1, 8, 8), np.float32)
    with pytest.raises(TypeError, match="cast to one dtype"):
        _dispatch.correlate(xp, np.ones((1, 1, 3, 3)), (6, 6), (1, 1), (1, 1), 1)


FAST_WITH_REFERENCES = [
    "conv2d",
    "conv2d_backward",
    "conv_transpose2d",
    "conv_transpose2d_backward",
    "max_pool2d",
    "max_pool2d_argmax",
    "max_pool2d_backward",
    "avg_pool2d",
    "avg_pool2d_backward",
    "global_avg_pool2d",
    "global_avg_pool2d_backward",
    "global_max_pool2d",
    "global_max_pool2d_backward",
]


@pytest.mark.parametrize("name", FAST_WITH_REFERENCES)
def test_each_fast_function_names_its_reference(name):
    assert f"Reference: convviz.engine.reference.{name}" in (getattr(E, name).__doc__ or "")
    assert callable(getattr(ref, name))
