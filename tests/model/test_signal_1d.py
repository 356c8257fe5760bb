"""The 1-D convolution pages against numpy.convolve / numpy.correlate, scipy.signal and loops."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import signal as sp

from convviz.model.teaching.signal_1d import Slide, convolve_full, parse_numbers, text_conv


@pytest.mark.parametrize("seed", range(5))
def test_the_full_convolution_and_correlation_are_numpys(seed):
    rng = np.random.default_rng(seed)
    x, h = rng.normal(size=rng.integers(1, 20)), rng.normal(size=rng.integers(1, 7))
    np.testing.assert_allclose(convolve_full(x, h), np.convolve(x, h), atol=1e-12)
    np.testing.assert_allclose(convolve_full(x, h), sp.convolve(x, h, "full"), atol=1e-12)
    np.testing.assert_allclose(convolve_full(x, h, flip=False), np.correlate(x, h, "full"), atol=1e-12)
    np.testing.assert_allclose(convolve_full(x, h, flip=False), sp.correlate(x, h, "full"), atol=1e-12)


def test_each_step_is_the_flipped_kernel_over_the_signal_summed():
    x, h = np.array([0.0, 1, 2, 3, 2, 1, 0, 0]), np.array([1.0, 0.5, 0.25])
    slide = Slide(x, h)
    assert len(slide) == x.size + h.size - 1
    for n in range(len(slide)):
        step = slide.step(n)
        by_definition = sum(h[k] * x[n - k] for k in range(h.size) if 0 <= n - k < x.size)  # y[n] = Σ h[k] x[n−k]
        assert step.total == pytest.approx(by_definition)
        np.testing.assert_array_equal(step.taps, h[::-1])
        assert step.products.sum() == pytest.approx(by_definition)
        assert sum(h[k] * x[i] for k, i in step.terms()) == pytest.approx(by_definition)
        assert all(i == n - k for k, i in step.terms())
        np.testing.assert_allclose(step.output[: n + 1], np.convolve(x, h)[: n + 1])
        assert np.isnan(step.output[n + 1 :]).all()
    with pytest.raises(ValueError, match="step must be"):
        slide.step(len(slide))


def test_without_the_flip_the_slide_is_the_correlation():
    x, h = np.array([3.0, -1, 4, 1, -5]), np.array([2.0, 7.0])
    slide = Slide(x, h, flip=False)
    np.testing.assert_allclose([slide.step(n).total for n in range(len(slide))], np.correlate(x, h, "full"))
    np.testing.assert_allclose(slide.numpy_convolve, np.convolve(x, h))
    assert not slide.symmetric and Slide(x, [1.0, 2.0, 1.0]).symmetric
    # Correlating with the flipped kernel is convolving: the flip is the whole difference.
    np.testing.assert_allclose(Slide(x, h[::-1], flip=False).result, np.convolve(x, h))


def test_numbers_are_read_from_text_and_bad_ones_are_named():
    np.testing.assert_array_equal(parse_numbers("1, 2 3,-4.5", "signal"), [1, 2, 3, -4.5])
    with pytest.raises(ValueError, match="'x2' is not one"):
        parse_numbers("1, x2", "kernel")
    with pytest.raises(ValueError, match="The kernel must be 1 to 64 numbers; it has 0."):
        parse_numbers("", "kernel")
    with pytest.raises(ValueError, match="finite"):
        parse_numbers("1, inf", "signal")


def test_the_text_convolution_reads_one_trigram_per_output():
    t = text_conv()
    d, length = t.embeddings.shape
    assert t.filters.shape == (2, d, 3)
    for f in range(2):
        for i in range(length - 2):
            # a d×3 kernel as tall as the vectors: scipy's 2-D correlation has a single row of outputs
            window = sp.correlate2d(t.embeddings[:, i : i + 3], t.filters[f], "valid")
            assert t.outputs[f, i] == pytest.approx(float(window[0, 0]))
    np.testing.assert_allclose(t.pooled, t.outputs.max(axis=1))
    same_word = [i for i, w in enumerate(t.words) if w == "the"]
    np.testing.assert_array_equal(t.embeddings[:, same_word[0]], t.embeddings[:, same_word[1]])
    assert t.best[0] == 1  # the first filter is the trigram from word 1: its own best match
    assert t.trigram(1) == "cat sat on"


def test_overflowing_products_or_sums_and_too_long_lists_are_refused_with_a_sentence():
    big = float(np.finfo(np.float64).max) / 2  # a Python float: its overflow is inf, silently
    with pytest.raises(ValueError, match=r"^These numbers are too large: .*overflow"):
        Slide([1e308, 1e308], [10.0])  # a product is beyond float64
    with pytest.raises(ValueError, match="overflow"):
        Slide([big, big], [1.5, 1.5])  # each product fits, their sum does not
    x, h = [big, big / 2], [1.6, 1.0]
    assert abs(1.6 * (big / 2) + 1.0 * big) < np.finfo(np.float64).max < abs(big * 1.6 + (big / 2) * 1.0)
    with pytest.raises(ValueError, match="overflow"):
        Slide(x, h)  # the convolution fits, but the correlation the table shows beside it does not
    kept = Slide([big, big], [1.0])  # at the edge but finite: accepted, numpy's numbers
    np.testing.assert_array_equal(kept.result, np.convolve([big, big], [1.0]))
    for bad in (np.nan, np.inf, -np.inf):
        with pytest.raises(ValueError, match="^The kernel must hold finite numbers"):
            Slide([1.0, 2.0], [1.0, bad])
    with pytest.raises(ValueError, match="^The signal must be 1 to 64 numbers; it has 65.$"):
        Slide(np.ones(65), [1.0])
    with pytest.raises(ValueError, match="^The kernel must be 1 to 64 numbers; it has 65.$"):
        Slide([1.0], np.ones(65))
    assert len(Slide(np.ones(64), np.ones(64))) == 64 + 64 - 1
    with pytest.raises(ValueError, match="finite"):
        parse_numbers("1e400", "signal")  # float() reads it as inf
