"""The stack's maps, comparisons and Cᵀ check computed off the caller's thread: results arrive,
a stale one is dropped, and the numbers are what an independent numpy computation gives."""

from __future__ import annotations

import queue

import numpy as np
import pytest

from convviz.model.stack.maps import StackMapsModel
from convviz.model.stack.model import StackModel
from convviz.model.teaching.comparisons_model import ComparisonsModel
from convviz.model.teaching.transpose_model import KERNEL, TransposeModel

TIMEOUT_S = 60


class Inbox:
    """A ``post`` that keeps the workers' replies until the test applies them, in order."""

    def __init__(self) -> None:
        self.replies: queue.Queue = queue.Queue()

    def __call__(self, fn) -> None:
        self.replies.put(fn)

    def apply_one(self) -> None:
        self.replies.get(timeout=TIMEOUT_S)()

    def apply_until(self, done) -> None:
        while not done():
            self.apply_one()


def conv_loop(x: np.ndarray, w: np.ndarray, b: np.ndarray | None, pad: int) -> np.ndarray:
    """Cross-correlation of (C, H, W) with (O, C, k, k), zero padding, stride 1, written out."""
    c, h, wd = x.shape
    o, _, k, _ = w.shape
    xp = np.zeros((c, h + 2 * pad, wd + 2 * pad))
    xp[:, pad : pad + h, pad : pad + wd] = x
    oh, ow = h + 2 * pad - k + 1, wd + 2 * pad - k + 1
    out = np.zeros((o, oh, ow))
    for f in range(o):
        for y in range(oh):
            for xx in range(ow):
                out[f, y, xx] = np.sum(xp[:, y : y + k, xx : xx + k] * w[f]) + (0.0 if b is None else b[f])
    return out


@pytest.fixture
def image() -> np.ndarray:
    return np.random.default_rng(3).random((12, 10), dtype=np.float32)


def test_maps_arrive_and_are_the_layers_outputs(image):
    inbox = Inbox()
    stack = StackModel(image, 1, None)
    maps = StackMapsModel(stack, inbox)
    stack.add("conv2d", out_channels=3, kernel_size=3, padding=1)
    stack.add("relu")
    inbox.apply_until(lambda: maps.up_to_date)
    w = stack.weights(0)
    conv = conv_loop(image[None].astype(np.float64), w["weight"], w.get("bias"), 1)
    assert maps.maps.stack is stack.last_valid
    np.testing.assert_allclose(maps.maps.activations[0], conv, atol=1e-5)
    np.testing.assert_allclose(maps.maps.activations[1], np.maximum(conv, 0), atol=1e-5)
    lo, hi = maps.maps.ranges[0]
    assert (lo, hi) == (maps.maps.activations[0].min(), maps.maps.activations[0].max())
    maps.shutdown()


def test_a_stale_result_is_dropped(image):
    inbox = Inbox()
    stack = StackModel(image, 1, None)
    stack.add("conv2d", out_channels=2, kernel_size=3, padding=0)
    maps = StackMapsModel(stack, inbox)
    inbox.apply_until(lambda: maps.up_to_date)
    seen = []
    maps.changed.connect(seen.append)
    stack.configure(0, kernel_size=5)  # the first change: its reply waits in the inbox…
    first = inbox.replies.get(timeout=TIMEOUT_S)
    stack.configure(0, out_channels=4)  # …while a second change follows
    first()  # lands late: dropped
    assert maps.busy and seen.count("maps") == 0
    inbox.apply_until(lambda: maps.up_to_date)
    assert seen.count("maps") == 1
    w = stack.weights(0)
    assert w["weight"].shape == (4, 1, 5, 5)
    np.testing.assert_allclose(
        maps.maps.activations[0], conv_loop(image[None].astype(np.float64), w["weight"], w.get("bias"), 0), atol=1e-5
    )
    maps.shutdown()


def test_comparisons_are_the_textbook_counts():
    inbox = Inbox()
    model = ComparisonsModel(inbox)
    model.set_numbers(in_channels=16, out_channels=32, kernel=3, size=8, bottleneck=4, bias=False)
    inbox.apply_until(lambda: model.up_to_date)
    c, o, k, b, hw = 16, 32, 3, 4, 8 * 8
    separable, bottleneck = model.comparisons[0].variants, model.comparisons[1].variants
    assert [(v.params, v.mult_adds) for v in separable] == [
        (c * o * k * k, c * o * k * k * hw),
        (c * k * k + c * o, (c * k * k + c * o) * hw),
    ]
    assert [v.params for v in bottleneck] == [c * o * k * k, c * b + b * o * k * k]
    assert all(v.output_shape == (o, 8, 8) for v in separable + bottleneck)
    model.shutdown()


def transpose_loop(x: np.ndarray, k: np.ndarray, s: int, p: int, op: int) -> np.ndarray:
    """conv_transpose2d written out: each input cell adds value × kernel at stride steps."""
    n, kh = x.shape[0], k.shape[0]
    full = (n - 1) * s + kh + op
    out = np.zeros((full, full))
    for r in range(n):
        for c in range(n):
            out[r * s : r * s + kh, c * s : c * s + kh] += x[r, c] * k
    return out[p : full - p, p : full - p]


def conv_loop_2d(y: np.ndarray, k: np.ndarray, s: int, p: int) -> np.ndarray:
    yp = np.pad(y, p)
    kh = k.shape[0]
    oh = (yp.shape[0] - kh) // s + 1
    return np.array([[np.sum(yp[i * s : i * s + kh, j * s : j * s + kh] * k) for j in range(oh)] for i in range(oh)])


@pytest.mark.parametrize("size,stride,padding,output_padding", [(2, 1, 0, 0), (3, 2, 0, 1), (4, 3, 1, 2)])
def test_the_transpose_check_is_an_independent_computation(size, stride, padding, output_padding):
    inbox = Inbox()
    model = TransposeModel(inbox)
    model.set_settings(size=size, stride=stride, padding=padding, output_padding=output_padding)
    model.ensure_computed()  # (the first case is the default settings: nothing changed)
    inbox.apply_until(lambda: model.up_to_date)
    check = model.check
    x = np.arange(1, size * size + 1, dtype=float).reshape(size, size)
    expected = transpose_loop(x, KERNEL, stride, padding, output_padding)
    np.testing.assert_allclose(check.stamps.full, expected, atol=1e-12)
    y = np.random.default_rng(size).random(expected.shape)  # C is the conv of an image that size
    np.testing.assert_allclose(check.C @ y.ravel(), conv_loop_2d(y, KERNEL, stride, padding).ravel(), atol=1e-12)
    assert check.difference < 1e-12 and model.step == len(check.stamps) - 1
    model.set_step(1)
    assert model.step_view().cell == (0, 0)
    model.shutdown()


def test_an_impossible_transpose_says_why_and_keeps_the_last_one():
    inbox = Inbox()
    model = TransposeModel(inbox)
    assert model.check is None and model.up_to_date  # nothing is computed until it is asked for
    model.ensure_computed()
    inbox.apply_until(lambda: model.up_to_date)
    good = model.shown
    assert good is not None and good.stamps is not None
    model.set_settings(size=1, stride=1, padding=2)  # output (1-1)·1 − 4 + 3 < 1
    inbox.apply_until(lambda: model.up_to_date)
    assert model.check.stamps is None and model.check.error and model.shown is good
    model.shutdown()


def test_a_vectors_bars_are_its_units_or_runs_shown_by_their_largest_magnitude():
    from convviz.model.stack.tiles import BAR_MAX, vector_bars

    short = np.arange(-5, 5, dtype=np.float32)
    bars, per = vector_bars(short)
    assert per == 1 and np.array_equal(bars, short)
    long = np.random.default_rng(4).normal(size=1000).astype(np.float32)
    bars, per = vector_bars(long)
    assert per == -(-1000 // BAR_MAX) and bars.size == -(-1000 // per)
    for b, value in enumerate(bars):  # a slow loop: the extreme of each run of units
        run = long[b * per : (b + 1) * per]
        assert value == run[np.argmax(np.abs(run))]
