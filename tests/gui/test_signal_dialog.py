"""The 1-D convolution dialog as a user drives it (typing, the slider's keys, the flip box, the
filter combo), against numpy.convolve / numpy.correlate and loops written here."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from convviz.gui.signal_dialog import SignalDialog


@pytest.fixture
def dialog(qtbot):
    d = SignalDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def row(page, r: int) -> list[float]:
    return [float(page.table.item(r, c).text().replace("−", "-")) for c in range(page.table.columnCount())]


def type_into(edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_typed_numbers_slide_to_numpys_convolution_step_by_step(dialog, qtbot):
    page = dialog.signal_page
    x, h = np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, -1.0, 2.0])
    type_into(page.signal_edit, "1, 2, 3, 4")
    type_into(page.kernel_edit, "1 -1 2")
    y = np.convolve(x, h)
    assert row(page, 0) == pytest.approx(y) and row(page, 1) == pytest.approx(y)
    assert row(page, 2) == pytest.approx(np.correlate(x, h, "full"))
    assert page.slider.maximum() == y.size - 1
    page.slider.setFocus()
    QTest.keyClick(page.slider, Qt.Key.Key_Home)
    for _ in range(2):
        QTest.keyClick(page.slider, Qt.Key.Key_Right)
    # y[2] = h[0]·x[2] + h[1]·x[1] + h[2]·x[0], the definition written out
    assert page.arithmetic.text().startswith("y[2] = h[2]·x[0] + h[1]·x[1] + h[0]·x[2]")
    assert page.arithmetic.text().endswith(f"= {y[2]:g}")
    assert "output n = 2" in page.step_label.text()


def test_without_the_flip_the_slide_is_numpys_correlation(dialog, qtbot):
    page = dialog.signal_page
    x, h = np.array([0.0, 1, 2, 3, 2, 1, 0, 0]), np.array([1.0, 0.5, 0.25])
    assert row(page, 0) == pytest.approx(np.convolve(x, h))
    qtbot.mouseClick(page.flip_check, Qt.MouseButton.LeftButton, pos=page.flip_check.rect().center())
    assert not page.flip_check.isChecked()
    assert row(page, 0) == pytest.approx(np.correlate(x, h, "full"))
    assert row(page, 0) != pytest.approx(row(page, 1))  # this kernel is not symmetric


def test_a_bad_entry_is_named_and_the_last_slide_stays(dialog):
    page = dialog.signal_page
    before = row(page, 0)
    type_into(page.kernel_edit, "1, x2")
    assert "'x2' is not one" in page.error.text()
    assert row(page, 0) == before


def test_the_sentence_page_reads_trigrams_and_keeps_each_filters_best(dialog, qtbot):
    dialog.show_page(SignalDialog.TEXT_PAGE)
    page = dialog.text_page
    t = page.model
    page.filter_combo.setFocus()
    QTest.keyClick(page.filter_combo, Qt.Key.Key_Down)  # filter 2
    assert page.filter_index == 1
    page.slider.setFocus()
    QTest.keyClick(page.slider, Qt.Key.Key_Right)
    w = t.filters[1]
    by_loop = [float((t.embeddings[:, i : i + 3] * w).sum()) for i in range(len(t.words) - 2)]
    assert page.arithmetic.text().endswith(f"= {round(by_loop[1], 4):g}.".replace("-", "−"))
    assert f"'{' '.join(t.words[1:4])}'" in page.arithmetic.text()
    best = int(np.argmax(by_loop))
    assert f"keeps '{' '.join(t.words[best : best + 3])}'" in page.max_label.text()


def test_numbers_that_overflow_are_refused_and_the_slider_still_steps(dialog):
    page = dialog.signal_page
    x, h = np.array([1e308, 1e308]), np.array([1.0, 0.5, 0.25])  # the default kernel: every sum is finite
    type_into(page.signal_edit, "1e308, 1e308")
    assert page.error.text() == ""
    kept = np.convolve(x, h)
    assert np.isfinite(kept).all() and row(page, 0) == pytest.approx(kept)
    type_into(page.kernel_edit, "10")  # 1e308 · 10 overflows float64
    assert 1e308 * 10 == float("inf")
    assert "overflow" in page.error.text() and page.error.isVisible()
    assert row(page, 0) == pytest.approx(kept) and page.table.columnCount() == kept.size
    assert page.slider.maximum() == kept.size - 1
    page.slider.setFocus()
    QTest.keyClick(page.slider, Qt.Key.Key_End)
    assert f"output n = {kept.size - 1} of 0…{kept.size - 1}" in page.step_label.text()
    assert page.arithmetic.text().startswith(f"y[{kept.size - 1}] = h[2]·x[1]")
    type_into(page.kernel_edit, "nan")
    assert "finite" in page.error.text()
    type_into(page.kernel_edit, " ".join(["1"] * 65))
    assert "1 to 64 numbers" in page.error.text() and "65" in page.error.text()
    assert "1 to 64 numbers" in page.kernel_edit.toolTip()  # the limit is said before it is hit
    QTest.keyClick(page.slider, Qt.Key.Key_Home)
    assert page.step_label.text().startswith("output n = 0 of")
    type_into(page.kernel_edit, "0.5")  # a good entry again clears the sentence
    assert page.error.text() == "" and row(page, 0) == pytest.approx(x * 0.5)


def test_enter_computes_the_slide_once(dialog, monkeypatch):
    import convviz.gui.signal_dialog as module

    built = []

    class CountingSlide(module.Slide):
        def __init__(self, *args, **kwargs):
            built.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(module, "Slide", CountingSlide)
    page = dialog.signal_page
    page.signal_edit.setFocus()
    page.signal_edit.selectAll()
    QTest.keyClicks(page.signal_edit, "1 2 3")
    built.clear()
    QTest.keyClick(page.signal_edit, Qt.Key.Key_Return)
    assert len(built) == 1
    np.testing.assert_array_equal(built[0][0], [1.0, 2.0, 3.0])


def test_the_short_plots_keep_one_scale_and_label_only_their_ends_and_zero(dialog, qtbot):
    """The products and output plots are a few lines tall: their y axes are labelled at the
    slide's extremes and 0 only (automatic ticks overlapped there), and keep one range while the
    kernel slides, so a bar's height compares across steps."""
    page = dialog.signal_page
    x, h = np.array([3.0, -1.0, 2.0, 5.0]), np.array([2.0, -0.5])
    type_into(page.signal_edit, "3, -1, 2, 5")
    type_into(page.kernel_edit, "2, -0.5")
    products = [x[i] * h[k] for i in range(x.size) for k in range(h.size)]  # every product, by loop
    outputs = np.convolve(x, h)
    for plot, values in ((page.p_plot, products), (page.y_plot, outputs)):
        ticks = plot.getAxis("left")._tickLevels[0]
        assert sorted(v for v, _ in ticks) == pytest.approx(sorted({min(0.0, min(values)), 0.0, max(values)}))
    page.slider.setFocus()
    QTest.keyClick(page.slider, Qt.Key.Key_Home)
    ranges = set()
    for _ in range(outputs.size):
        ranges.add(tuple(np.round(page.p_plot.viewRange()[1], 9)) + tuple(np.round(page.y_plot.viewRange()[1], 9)))
        QTest.keyClick(page.slider, Qt.Key.Key_Right)
    assert len(ranges) == 1
