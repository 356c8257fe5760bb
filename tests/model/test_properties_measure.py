"""The Properties panel's measurements on a picture larger than the measuring crop: the two 1-D
passes run on the same central crop as the shift (not the whole picture), and the sentence says so."""

from __future__ import annotations

import numpy as np
import scipy.signal

from convviz.model.layer.compute import compute, take_snapshot
from convviz.model.state import AppState
from convviz.model.teaching import properties, separable
from convviz.model.teaching.properties import PropertiesRequest, measure

SOBEL_X = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])


def test_the_passes_run_on_the_central_256_square_of_a_large_picture(monkeypatch):
    rng = np.random.default_rng(3)
    picture = rng.random((300, 400)).astype(np.float32)
    state = AppState()
    state.input.set_image(picture)
    state.bank.set_current_kernel(SOBEL_X)
    result = compute(take_snapshot(state, 1))
    assert result.ok and result.x is not None and result.x.shape[1:] == (300, 400)
    seen: list[tuple[int, ...]] = []
    real_check = separable.check_passes

    def spy(image, sep, stride=1, dilation=1):
        seen.append(np.shape(image))
        return real_check(image, sep, stride, dilation)

    monkeypatch.setattr(properties.separable, "check_passes", spy)
    report = measure(PropertiesRequest(1, result, SOBEL_X, (0, 1), 90.0))
    assert len(seen) == 1 and seen[0][0] * seen[0][1] <= 256 * 256
    # The oracle: scipy's VALID cross-correlation of the central 256×256 cells, cut out by hand.
    crop = result.x[0, (300 - 256) // 2 : (300 - 256) // 2 + 256, (400 - 256) // 2 : (400 - 256) // 2 + 256]
    expected = scipy.signal.correlate2d(crop.astype(np.float64), SOBEL_X, mode="valid")
    assert f"map ({expected.shape[0]}×{expected.shape[1]}, no padding)" in report.passes
    assert "central 256×256 of the input" in report.passes
    assert f"values up to {np.max(np.abs(expected)):.2g}" in report.passes
    assert "central 256×256 of the input" in report.shift  # the same crop as the shift
