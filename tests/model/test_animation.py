"""The animation's frames: one per kernel position plus a final one, and every number in them
checked against torch, scipy.signal.correlate2d or a loop written here (never the code's own)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.signal import correlate2d

from convviz.model.teaching.animation import AnimationConfig, build, frame_count
from tests.conftest import reference_library

# (input, kernel, stride, padding, dilation); padding "same" is TensorFlow's.
CONV_CASES = [
    ((5, 5), (3, 3), 2, 1, 1),
    ((6, 6), (3, 3), 2, "same", 1),  # SAME at stride 2: the odd extra cell at the bottom/right
    ((7, 5), (3, 3), 1, "same", 2),
    ((6, 7), (2, 3), 1, "valid", 1),
    ((7, 7), (3, 3), 2, 2, 2),
    ((4, 4), (1, 1), 1, 0, 1),
]
TRANSPOSED_CASES = [  # (input, kernel, stride, padding, dilation, output padding)
    ((3, 3), (3, 3), 2, 1, 1, 1),
    ((2, 3), (3, 3), 1, 0, 1, 0),
    ((3, 2), (2, 2), 2, 0, 2, 1),
    ((4, 4), (3, 3), 3, 2, 1, 2),
]


def tf_same(size: int, k: int, s: int, d: int) -> tuple[int, int]:
    """TensorFlow's SAME padding, as its documentation states it: out = ceil(size / s)."""
    total = max((math.ceil(size / s) - 1) * s + d * (k - 1) + 1 - size, 0)
    return total // 2, total - total // 2


def pads_of(padding, in_hw, k_hw, s, d):
    if padding == "same":
        return tf_same(in_hw[0], k_hw[0], s, d), tf_same(in_hw[1], k_hw[1], s, d)
    p = 0 if padding == "valid" else padding
    return (p, p), (p, p)


def dilated(k: np.ndarray, d: int) -> np.ndarray:
    out = np.zeros((d * (k.shape[0] - 1) + 1, d * (k.shape[1] - 1) + 1))
    out[::d, ::d] = k
    return out


def scipy_conv(x, k, s, pads, d):
    """Cross-correlation of the zero-padded input by the dilated kernel, every s-th window."""
    padded = np.pad(x, pads)
    return correlate2d(padded, dilated(k, d), mode="valid")[::s, ::s]


def grids(frame):
    return {g.title.split(" ")[0]: g for g in frame.grids}


@pytest.mark.parametrize("in_hw, k_hw, s, p, d", CONV_CASES)
def test_forward_has_one_frame_per_output_cell_and_the_numbers_of_correlate2d(in_hw, k_hw, s, p, d):
    anim = build(AnimationConfig(in_hw, k_hw, s, p, d))
    first = grids(anim.frames[0])
    x, k = first["input"].values, first["kernel"].values
    pads = pads_of(p, in_hw, k_hw, s, d)
    (t, b), (left, r) = pads
    inner = x[t : x.shape[0] - b, left : x.shape[1] - r]
    assert inner.shape == in_hw and first["input"].ring == pads
    assert np.all(x[:t] == 0) and np.all(x[x.shape[0] - b :] == 0)
    expected = scipy_conv(inner, k, s, pads, d)
    assert len(anim.frames) == expected.size + 1 == frame_count(anim.config)
    for i, frame in enumerate(anim.frames[:-1]):
        y, xx = divmod(i, expected.shape[1])
        out = grids(frame)["output"]
        assert out.written == {(y, xx)}
        assert out.values[y, xx] == pytest.approx(expected[y, xx])
        assert np.isnan(out.values.ravel()[i + 1 :]).all()  # not written yet
        taps = {(y * s + a * d, xx * s + c * d) for a in range(k_hw[0]) for c in range(k_hw[1])}
        assert grids(frame)["input"].read == taps
        assert frame.caption.endswith(f"= {round(expected[y, xx])}".replace("-", "−"))
    np.testing.assert_allclose(grids(anim.frames[-1])["output"].values, expected)


def test_same_at_stride_two_puts_the_extra_cell_at_the_bottom_and_right_against_torch():
    torch = reference_library("torch")
    anim = build(AnimationConfig((6, 6), (3, 3), 2, "same"))
    x = grids(anim.frames[0])["input"]
    assert x.ring == ((0, 1), (0, 1))
    inner = torch.tensor(x.values[:6, :6])[None, None]
    k = torch.tensor(grids(anim.frames[0])["kernel"].values)[None, None]
    expected = torch.nn.functional.conv2d(torch.nn.functional.pad(inner, (0, 1, 0, 1)), k, stride=2)[0, 0].numpy()
    np.testing.assert_allclose(grids(anim.frames[-1])["output"].values, expected)
    assert len(anim.frames) == expected.size + 1


@pytest.mark.parametrize("in_hw, k_hw, s, p, d", CONV_CASES)
def test_backward_spreads_each_gradient_as_a_loop_would_and_ends_at_torch_autograd(in_hw, k_hw, s, p, d):
    torch = reference_library("torch")
    anim = build(AnimationConfig(in_hw, k_hw, s, p, d, backward=True))
    first = grids(anim.frames[0])
    xp, k, dy = first["X"].values, first["W"].values, first["dY"].values
    (t, b), (left, r) = pads = pads_of(p, in_hw, k_hw, s, d)
    assert len(anim.frames) == dy.size + 1 == scipy_conv(np.zeros(in_hw), k, s, pads, d).size + 1
    dx_loop, dw_loop = np.zeros(xp.shape), np.zeros(k.shape)
    for i, frame in enumerate(anim.frames[:-1]):
        y, xx = divmod(i, dy.shape[1])
        for a in range(k_hw[0]):
            for c in range(k_hw[1]):
                dx_loop[y * s + a * d, xx * s + c * d] += dy[y, xx] * k[a, c]
                dw_loop[a, c] += dy[y, xx] * xp[y * s + a * d, xx * s + c * d]
        g = grids(frame)
        np.testing.assert_allclose(
            g["dX"].values[t : xp.shape[0] - b, left : xp.shape[1] - r], dx_loop[t : -b or None, left : -r or None]
        )
        np.testing.assert_allclose(g["dW"].values, dw_loop)
    x = torch.tensor(xp[t : xp.shape[0] - b, left : xp.shape[1] - r][None, None], requires_grad=True)
    w = torch.tensor(k[None, None], requires_grad=True)
    y = torch.nn.functional.conv2d(torch.nn.functional.pad(x, (left, r, t, b)), w, stride=s, dilation=d)
    (y * torch.tensor(dy)).sum().backward()
    last = grids(anim.frames[-1])
    np.testing.assert_allclose(last["dX"].values[t : xp.shape[0] - b, left : xp.shape[1] - r], x.grad[0, 0].numpy())
    np.testing.assert_allclose(last["dW"].values, w.grad[0, 0].numpy())


@pytest.mark.parametrize("in_hw, k_hw, s, p, d, op", TRANSPOSED_CASES)
def test_transposed_stamps_one_input_cell_a_frame_and_crops_to_torch(in_hw, k_hw, s, p, d, op):
    torch = reference_library("torch")
    anim = build(AnimationConfig(in_hw, k_hw, s, p, d, transposed=True, output_padding=op))
    assert len(anim.frames) == in_hw[0] * in_hw[1] + 1 == frame_count(anim.config)
    first = grids(anim.frames[0])
    x, k = first["input"].values, first["kernel"].values
    full_hw = tuple((in_hw[a] - 1) * s + d * (k_hw[a] - 1) + 1 + op for a in (0, 1))
    stamped = np.zeros(full_hw)
    for i, frame in enumerate(anim.frames[:-1]):
        r, c = divmod(i, in_hw[1])
        cells = set()
        for a in range(k_hw[0]):
            for b in range(k_hw[1]):
                stamped[r * s + a * d, c * s + b * d] += x[r, c] * k[a, b]
                cells.add((r * s + a * d, c * s + b * d))
        out = grids(frame)["output"]
        np.testing.assert_allclose(out.values, stamped)
        assert out.written == cells and grids(frame)["input"].read == {(r, c)}
    final = grids(anim.frames[-1])["output"]
    assert final.ring == ((p, p), (p, p))
    expected = torch.nn.functional.conv_transpose2d(
        torch.tensor(x)[None, None], torch.tensor(k)[None, None], stride=s, padding=p, output_padding=op, dilation=d
    )[0, 0].numpy()
    h, w = final.values.shape
    np.testing.assert_allclose(final.values[p : h - p, p : w - p], expected)


@pytest.mark.parametrize(
    "config, words",
    [
        (AnimationConfig((2, 2), (3, 3)), "no output"),
        (AnimationConfig((3, 3), (3, 3), dilation=2, padding=0), "no output"),
        (AnimationConfig((2, 2), (3, 3), padding=2, transposed=True), "no output"),
        (AnimationConfig((3, 3), (3, 3), stride=2, transposed=True, output_padding=2), "smaller than the stride"),
        (AnimationConfig((3, 3), (3, 3), transposed=True, backward=True), "stamping"),
        (AnimationConfig((3, 3), (3, 3), padding="same", transposed=True), "not 'same'"),
        (AnimationConfig((5, 5), (3, 3), output_padding=1), "transposed"),
        (AnimationConfig((40, 40), (3, 3), padding=1), "at most 1024"),
        (AnimationConfig((5, 5), (3, 3), stride=0), "Stride must be a whole number of at least 1"),
    ],
)
def test_a_configuration_that_cannot_be_animated_says_why(config, words):
    with pytest.raises(ValueError, match=words):
        build(config)


def test_the_default_numbers_are_small_whole_numbers_and_a_given_input_is_used():
    anim = build(AnimationConfig((4, 4), (3, 3)))
    x = grids(anim.frames[0])["input"].values
    assert np.array_equal(x, np.round(x)) and x.min() >= 1 and x.max() <= 4
    mine = np.arange(16.0).reshape(4, 4)
    k = np.ones((3, 3))
    own = build(AnimationConfig((4, 4), (3, 3), x=mine, kernel=k))
    np.testing.assert_allclose(grids(own.frames[-1])["output"].values, correlate2d(mine, k, mode="valid"))
