"""The stride-1 fast paths (flat layout): BLAS axpy per tap, FFT overlap-save for large
kernels, flat im2col/col2im; each against scipy.signal.correlate2d or sums written tap by tap
here with einsum, never against another of the engine's paths."""

import numpy as np
import pytest
from scipy.signal import correlate2d

from convviz.engine import _buffers, _dispatch, _fft, conv2d, conv2d_backward

correlate_fft = _fft.correlate  # the real one, for the spy that shows the FFT path is taken

RNG = np.random.default_rng(7)


@pytest.mark.parametrize("hw", [(130, 140), (97, 300)])
@pytest.mark.parametrize("k", [3, 4, 7, 15, 17])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_single_channel_same_matches_scipy(hw, k, dtype):
    x = RNG.random(hw).astype(dtype)
    w = RNG.standard_normal((k, k)).astype(dtype)
    ref = correlate2d(x.astype(np.float64), w.astype(np.float64), mode="valid")
    out = conv2d(x, w, padding="valid")
    tol = 1e-4 * np.abs(ref).max() if dtype == np.float32 else 1e-10 * np.abs(ref).max()
    np.testing.assert_allclose(out, ref, atol=tol)
    full = conv2d(x, w, padding=k - 1)  # zero padding written straight into the flat buffer
    np.testing.assert_allclose(full, correlate2d(x.astype(np.float64), w.astype(np.float64), mode="full"), atol=tol)


def test_fft_path_taken_and_matches_scipy_in_several_strips(monkeypatch):
    monkeypatch.setattr(_fft, "_SPECTRUM_BYTES", 64 << 10)  # force many overlap-save strips
    x = RNG.random((300, 257)).astype(np.float32)
    w = RNG.standard_normal((16, 15)).astype(np.float32)
    assert _dispatch.choose_conv_path((1, 1, *w.shape), 1, (300, 257), (1, 1)) == "fft"
    out = conv2d(x, w, padding="same")
    xp = np.pad(x.astype(np.float64), ((7, 8), (7, 7)))  # TF/Keras SAME: odd extra at the bottom
    ref = correlate2d(xp, w.astype(np.float64), mode="valid")
    np.testing.assert_allclose(out, ref, atol=1e-4 * np.abs(ref).max())


@pytest.mark.parametrize("dilation", [1, 2])
def test_fft_dilated_depthwise_matches_scipy(dilation, monkeypatch):
    calls = []

    def spy(*args):
        calls.append(args[1].shape)
        correlate_fft(*args)

    monkeypatch.setattr(_fft, "correlate", spy)
    x = RNG.standard_normal((2, 3, 140, 150)).astype(np.float32)
    w = RNG.standard_normal((3, 1, 15, 15)).astype(np.float32)
    out = conv2d(x, w, padding="same", dilation=dilation, groups=3)
    assert calls, "the depthwise 15×15 case must take the FFT path"
    p = 7 * dilation
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (p, p), (p, p)))
    ref = np.empty(out.shape)
    for n in range(2):
        for c in range(3):  # depthwise: channel c meets filter c alone
            kd = np.zeros((14 * dilation + 1,) * 2)
            kd[::dilation, ::dilation] = w[c, 0]
            ref[n, c] = correlate2d(xp[n, c], kd, mode="valid")
    np.testing.assert_allclose(out, ref, atol=1e-4 * np.abs(ref).max())


# torch's padding_mode names -> np.pad's modes, written out here rather than taken from the engine.
NP_MODES = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}


@pytest.mark.parametrize("mode", ["zeros", "reflect", "replicate", "circular"])
def test_buffers_reused_across_calls_and_shapes(mode):
    """Cached padded buffers must not leak one call's data into another's padding."""
    for h, w in [(128, 130), (130, 128), (128, 130)]:
        x = RNG.random((h, w)).astype(np.float32)
        k = RNG.standard_normal((5, 5)).astype(np.float32)
        xp = np.pad(x.astype(np.float64), 2, mode=NP_MODES[mode])
        out = conv2d(x, k, padding=2, padding_mode=mode)
        np.testing.assert_allclose(out, correlate2d(xp, k, mode="valid"), atol=1e-4)
    _buffers.clear()


@pytest.mark.parametrize("groups,dilation", [(1, 1), (1, 2), (2, 1)])
def test_flat_multichannel_forward_and_backward_match_strided(groups, dilation):
    x = RNG.standard_normal((2, 4, 21, 23))
    w = RNG.standard_normal((6, 4 // groups, 3, 3))
    g = RNG.standard_normal((2, 6, 21, 23))
    xp = np.pad(x, ((0, 0), (0, 0), (dilation,) * 2, (dilation,) * 2))
    y = conv2d(x, w, padding=dilation, dilation=dilation, groups=groups)
    dx, dw, _ = conv2d_backward(g, x, w, padding=dilation, dilation=dilation, groups=groups)
    # reference: the same sums written tap by tap with einsum
    ref_y = np.zeros_like(y)
    ref_dw = np.zeros_like(w)
    ref_dx = np.zeros_like(xp)
    for i in range(3):
        for j in range(3):
            tap = xp[:, :, i * dilation : i * dilation + 21, j * dilation : j * dilation + 23]
            tg = tap.reshape(2, groups, 4 // groups, 21, 23)
            wg = w[:, :, i, j].reshape(groups, 6 // groups, 4 // groups)
            gg = g.reshape(2, groups, 6 // groups, 21, 23)
            ref_y += np.einsum("goc,ngchw->ngohw", wg, tg).reshape(y.shape)
            ref_dw[:, :, i, j] = np.einsum("ngohw,ngchw->goc", gg, tg).reshape(6, 4 // groups)
            ref_dx[:, :, i * dilation : i * dilation + 21, j * dilation : j * dilation + 23] += np.einsum(
                "goc,ngohw->ngchw", wg, gg
            ).reshape(2, 4, 21, 23)
    np.testing.assert_allclose(y, ref_y, atol=1e-10)
    np.testing.assert_allclose(dw, ref_dw, atol=1e-9)
    np.testing.assert_allclose(dx, ref_dx[:, :, dilation:-dilation, dilation:-dilation], atol=1e-10)
