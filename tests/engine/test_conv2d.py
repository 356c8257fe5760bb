"""conv2d forward against scipy.signal (single channel) and the loop reference (multi-channel)."""

from __future__ import annotations

import zlib

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from scipy import signal

from convviz.engine import conv2d, reference as ref

MODES = ["zeros", "reflect", "replicate", "circular"]


def dilate_kernel(k, dh, dw):
    """Insert dh-1 / dw-1 zero rows / columns between taps."""
    kH, kW = k.shape
    out = np.zeros(((kH - 1) * dh + 1, (kW - 1) * dw + 1))
    out[::dh, ::dw] = k
    return out


def scipy_conv(x, k, stride=1, padding=0, dilation=1, mode="zeros", flip=False):
    """Single-channel oracle: np.pad, scipy valid correlate/convolve with a dilated kernel, then stride slicing."""
    sh, sw = ref.pair(stride)
    dh, dw = ref.pair(dilation)
    pads = ref.resolve_padding(padding, x.shape, k.shape, (sh, sw), (dh, dw))
    xp = np.pad(x.astype(np.float64), pads, mode=ref.NUMPY_PAD_MODE[mode])
    kd = dilate_kernel(k.astype(np.float64), dh, dw)
    fn = signal.convolve2d if flip else signal.correlate2d
    return fn(xp, kd, mode="valid")[::sh, ::sw]


def padding_forms(rng):
    a, b, c, d = (int(v) for v in rng.integers(0, 3, 4))
    return [a, (a, b), ((a, b), (c, d)), "valid", "same"]


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("flip", [False, True])
def test_single_channel_matches_scipy_every_padding_form(seed, flip):
    rng = np.random.default_rng(seed)
    kH, kW = (int(v) for v in rng.integers(1, 6, 2))  # often non-square, even and odd
    H, W = int(rng.integers(kH + 2, 12)), int(rng.integers(kW + 2, 12))
    x = rng.standard_normal((H, W))
    k = rng.standard_normal((kH, kW))
    for padding in padding_forms(rng):
        got = conv2d(x, k, padding=padding, flip=flip)
        want = scipy_conv(x, k, padding=padding, flip=flip)
        assert got.shape == want.shape, padding
        np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-10, err_msg=str(padding))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("flip", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_single_channel_padding_modes(mode, flip, seed):
    rng = np.random.default_rng(100 + seed)
    kH, kW = (int(v) for v in rng.integers(1, 5, 2))
    H, W = int(rng.integers(max(kH, 4), 10)), int(rng.integers(max(kW, 4), 10))
    x = rng.standard_normal((H, W))
    k = rng.standard_normal((kH, kW))
    pt, pb, pl, pr = (int(v) for v in rng.integers(0, 4, 4))  # < H, W so reflect is legal
    for padding in [((pt, pb), (pl, pr)), (pt, pl), pb, "same"]:
        got = conv2d(x, k, padding=padding, padding_mode=mode, flip=flip)
        want = scipy_conv(x, k, padding=padding, mode=mode, flip=flip)
        np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-10, err_msg=f"{mode} {padding}")


@pytest.mark.parametrize("stride", [1, 2, 3, (1, 2), (3, 1)])
@pytest.mark.parametrize("dilation", [1, 2, (1, 3), (2, 1)])
@pytest.mark.parametrize("padding", [0, 1, (2, 0), ((0, 2), (1, 0)), "valid", "same"])
def test_single_channel_stride_dilation(stride, dilation, padding):
    rng = np.random.default_rng(zlib.crc32(repr((stride, dilation, padding)).encode()))
    x = rng.standard_normal((11, 13))
    k = rng.standard_normal((3, 2))
    for flip in (False, True):
        got = conv2d(x, k, stride=stride, padding=padding, dilation=dilation, flip=flip)
        want = scipy_conv(x, k, stride=stride, padding=padding, dilation=dilation, flip=flip)
        assert got.shape == want.shape
        np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("H,W,stride", [(7, 7, 2), (8, 8, 2), (9, 10, 3), (5, 11, (2, 4)), (6, 6, 4)])
@pytest.mark.parametrize("k", [(3, 3), (2, 2), (4, 1), (1, 5)])
def test_same_padding_output_is_ceil_in_over_stride(H, W, stride, k):
    rng = np.random.default_rng(H * 100 + W)
    x = rng.standard_normal((H, W))
    kern = rng.standard_normal(k)
    sh, sw = ref.pair(stride)
    got = conv2d(x, kern, stride=stride, padding="same")
    assert got.shape == (-(-H // sh), -(-W // sw))
    np.testing.assert_allclose(got, scipy_conv(x, kern, stride=stride, padding="same"), atol=1e-10)


def test_same_padding_extra_goes_bottom_right():
    # Even kernel, stride 1: total padding 1 -> (0 top, 1 bottom). A delta at the top-left corner
    # correlated with a 2x2 ones kernel lands only at output (0, 0) in that convention.
    x = np.zeros((4, 4))
    x[0, 0] = 1.0
    out = conv2d(x, np.ones((2, 2)), padding="same")
    expected = np.zeros((4, 4))
    expected[0, 0] = 1.0
    np.testing.assert_array_equal(out, expected)
    x = np.zeros((4, 4))
    x[3, 3] = 1.0
    out = conv2d(x, np.ones((2, 2)), padding="same")
    expected = np.zeros((4, 4))
    expected[2:, 2:] = 1.0
    np.testing.assert_array_equal(out, expected)


@pytest.mark.parametrize("groups,C,O", [(1, 3, 2), (2, 4, 6), (3, 3, 3), (3, 3, 6), (2, 2, 2)])
@pytest.mark.parametrize("mode", MODES)
def test_multichannel_groups_depthwise_match_loop_reference(groups, C, O, mode):
    rng = np.random.default_rng(groups * 10 + C + O)
    x = rng.standard_normal((2, C, 6, 7))
    w = rng.standard_normal((O, C // groups, 3, 2))
    b = rng.standard_normal(O)
    for kw in [
        dict(),
        dict(stride=2, padding=1),
        dict(dilation=(2, 1), padding=((1, 2), (0, 1))),
        dict(padding="same", stride=(2, 1)),
        dict(flip=True, padding=(1, 1)),
    ]:
        got = conv2d(x, w, b, groups=groups, padding_mode=mode, **kw)
        want = ref.conv2d(x, w, b, groups=groups, padding_mode=mode, **kw)
        assert got.shape == want.shape, kw
        np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-10, err_msg=str(kw))


def test_bias_is_added_per_output_channel():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((1, 2, 5, 5))
    w = rng.standard_normal((3, 2, 3, 3))
    b = np.array([1.5, -2.0, 0.25])
    diff = conv2d(x, w, b) - conv2d(x, w)
    np.testing.assert_allclose(diff, np.broadcast_to(b[None, :, None, None], diff.shape), atol=1e-12)


class TestRank:
    def test_2d_in_2d_kernel_out(self):
        rng = np.random.default_rng(1)
        x, k = rng.standard_normal((6, 7)), rng.standard_normal((3, 3))
        out = conv2d(x, k, padding=1)
        assert out.shape == (6, 7)
        np.testing.assert_allclose(out, scipy_conv(x, k, padding=1), atol=1e-12)

    def test_2d_in_several_filters_comes_back_3d(self):
        rng = np.random.default_rng(2)
        x, w = rng.standard_normal((6, 7)), rng.standard_normal((4, 1, 3, 3))
        out = conv2d(x, w)
        assert out.shape == (4, 4, 5)
        np.testing.assert_allclose(out, ref.conv2d(x[None, None], w)[0], atol=1e-12)

    def test_2d_in_one_4d_filter_stays_2d(self):
        rng = np.random.default_rng(3)
        x, w = rng.standard_normal((6, 7)), rng.standard_normal((1, 1, 3, 3))
        out = conv2d(x, w)
        assert out.shape == (4, 5)
        np.testing.assert_allclose(out, ref.conv2d(x[None, None], w)[0, 0], atol=1e-12)

    def test_3d_round_trip(self):
        rng = np.random.default_rng(4)
        x, w = rng.standard_normal((3, 6, 5)), rng.standard_normal((2, 3, 2, 2))
        out = conv2d(x, w, padding=1)
        assert out.shape == (2, 7, 6)
        np.testing.assert_allclose(out, ref.conv2d(x[None], w, padding=1)[0], atol=1e-12)

    def test_4d_round_trip(self):
        rng = np.random.default_rng(5)
        x, w = rng.standard_normal((2, 3, 6, 5)), rng.standard_normal((2, 3, 2, 2))
        out = conv2d(x, w)
        assert out.shape == (2, 2, 5, 4)
        np.testing.assert_allclose(out, ref.conv2d(x, w), atol=1e-12)


@pytest.mark.parametrize(
    "xd,wd,outd",
    [
        (np.float32, np.float32, np.float32),
        (np.int64, np.float32, np.float32),
        (np.uint8, np.float32, np.float32),
        (np.int32, np.int32, np.float32),
        (np.float64, np.float64, np.float64),
        (np.float32, np.float64, np.float64),
        (np.float64, np.float32, np.float64),
        (np.uint8, np.float64, np.float64),
    ],
)
def test_dtype_rules(xd, wd, outd):
    rng = np.random.default_rng(0)
    x = rng.integers(0, 9, (5, 6)).astype(xd)
    k = rng.integers(-2, 3, (3, 3)).astype(wd)
    out = conv2d(x, k, padding=1)
    assert out.dtype == outd
    np.testing.assert_allclose(out, scipy_conv(x, k, padding=1), rtol=1e-6, atol=1e-5)


def test_uint8_does_not_overflow_or_wrap():
    x = np.full((4, 4), 255, dtype=np.uint8)
    out = conv2d(x, np.ones((3, 3), dtype=np.float32))
    np.testing.assert_allclose(out, np.full((2, 2), 9 * 255.0))


def test_inputs_are_not_modified():
    rng = np.random.default_rng(9)
    x, w = rng.standard_normal((1, 2, 5, 5)), rng.standard_normal((2, 2, 3, 3))
    x0, w0 = x.copy(), w.copy()
    conv2d(x, w, padding=1, padding_mode="reflect", flip=True)
    np.testing.assert_array_equal(x, x0)
    np.testing.assert_array_equal(w, w0)


@st.composite
def conv_configs(draw):
    g = draw(st.sampled_from([1, 2, 3]))
    C, O = g * draw(st.integers(1, 2)), g * draw(st.integers(1, 2))
    kH, kW = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    sh, sw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    dh, dw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    H = draw(st.integers(dh * (kH - 1) + 1, dh * (kH - 1) + 6))
    W = draw(st.integers(dw * (kW - 1) + 1, dw * (kW - 1) + 6))
    mode = draw(st.sampled_from(MODES))
    lim_h, lim_w = (H - 1, W - 1) if mode in ("reflect", "circular") else (3, 3)
    ph = (draw(st.integers(0, min(3, lim_h))), draw(st.integers(0, min(3, lim_h))))
    pw = (draw(st.integers(0, min(3, lim_w))), draw(st.integers(0, min(3, lim_w))))
    padding = draw(st.sampled_from([(ph, pw), (ph[0], pw[0]), min(ph[0], pw[0]), "valid", "same"]))
    if padding == "same":
        pads = ref.resolve_padding("same", (H, W), (kH, kW), (sh, sw), (dh, dw))
        if mode in ("reflect", "circular") and (max(pads[0]) >= H or max(pads[1]) >= W):
            mode = "zeros"
    return dict(
        N=draw(st.integers(1, 2)),
        C=C,
        O=O,
        H=H,
        W=W,
        k=(kH, kW),
        groups=g,
        mode=mode,
        stride=(sh, sw),
        dilation=(dh, dw),
        padding=padding,
        flip=draw(st.booleans()),
        bias=draw(st.booleans()),
        seed=draw(st.integers(0, 2**31)),
    )


@settings(max_examples=40, deadline=None)
@given(conv_configs())
def test_property_random_configs_match_loop_reference(cfg):
    rng = np.random.default_rng(cfg["seed"])
    x = rng.standard_normal((cfg["N"], cfg["C"], cfg["H"], cfg["W"]))
    w = rng.standard_normal((cfg["O"], cfg["C"] // cfg["groups"], *cfg["k"]))
    b = rng.standard_normal(cfg["O"]) if cfg["bias"] else None
    kw = dict(
        stride=cfg["stride"],
        padding=cfg["padding"],
        dilation=cfg["dilation"],
        groups=cfg["groups"],
        padding_mode=cfg["mode"],
        flip=cfg["flip"],
    )
    got = conv2d(x, w, b, **kw)
    want = ref.conv2d(x, w, b, **kw)
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-9)
