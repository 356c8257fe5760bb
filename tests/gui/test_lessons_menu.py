"""The Lessons menu on the real window: choosing a lesson (a click in the menu) sets its state,
brings its tab to the front and explains it; what the user then sees is checked against the
shape formulas, scipy.signal and torch, and against the figures the issue quotes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from scipy.signal import correlate2d

from convviz.engine.kernels import preset
from convviz.model.teaching.lessons import CATALOGUE
from tests.conftest import reference_library, wait_computed

torch = reference_library("torch")


def out_size(n: int, k: int, s: int = 1, p: int = 0, d: int = 1) -> int:
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


@pytest.fixture
def window(main_window, qtbot):
    """The window as the app builds it: its menu bar has Lessons, once, just before Help."""
    titles = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert titles.count("Lessons") == 1 and titles.index("Lessons") == titles.index("Help") - 1, titles
    assert main_window.lessons_menu.title().replace("&", "") == "Lessons"
    yield main_window
    for name in ("lesson_panel", "signal_dialog"):
        dialog = getattr(main_window, name, None)
        if dialog is not None:
            dialog.close()


def choose(qtbot, window, lesson_id: str) -> None:
    """Open the Lessons menu and click the lesson's entry, as a user does."""
    menu = window.lessons_menu
    action = next(a for a in menu.actions() if a.data() == lesson_id)
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())
    qtbot.waitUntil(lambda: window.lesson_panel.isVisible())


def shown_row(window, label: str) -> str:
    """The value the Shapes panel shows beside ``label``."""
    html = window.shape_panel.text()
    start = html.index(f"<td>{label}</td><td><b>") + len(f"<td>{label}</td><td><b>")
    return html[start : html.index("</b>", start)]


def panel_text(window) -> str:
    return window.lesson_panel.plain_text()


def test_the_menu_sits_before_help_and_offers_every_lesson(window):
    names = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert names.index("Lessons") == names.index("Help") - 1
    assert [a.data() for a in window.lessons_menu.actions()] == [i for i, _, _ in CATALOGUE]
    assert all(a.statusTip() for a in window.lessons_menu.actions())


# (lesson, output F × H × W, pooled, figures from the issue the explanation must state)
EXPLORER = [
    ("valid_5x5", (1, out_size(5, 3), out_size(5, 3)), None, ["3×3"]),
    ("padded_5x5", (1, out_size(5, 3, p=1), out_size(5, 3, p=1)), None, ["7×7", "5×5"]),
    ("twenty_filters", (20, out_size(32, 8, 2, 1), out_size(32, 8, 2, 1)), None, ["14×14×20", "3,860", "756,560"]),
    ("max_pool_stride2", (15, 100, 100), (15, out_size(100, 2, 2), out_size(100, 2, 2)), ["50×50×15"]),
    ("max_pool_stride1", (15, 100, 100), (15, out_size(100, 2, 1), out_size(100, 2, 1)), ["99×99×15"]),
    ("avg_pool_4x4x5", (5, 4, 4), (5, out_size(4, 2, 2), out_size(4, 2, 2)), ["2×2×5"]),
    ("dilation_2", (1, out_size(16, 3, d=2), out_size(16, 3, d=2)), None, ["5×5", "9 weights"]),
    ("sobel_separable", (1, out_size(64, 3), out_size(64, 3)), None, ["[1, 2, 1]", "[−1, 0, 1]"]),
]


@pytest.mark.parametrize(("lesson_id", "out", "pooled", "figures"), EXPLORER)
def test_an_explorer_lesson_shows_its_shapes_and_its_explanation(window, qtbot, lesson_id, out, pooled, figures):
    window.tabs.setCurrentIndex(2)  # from another tab: the lesson brings the explorer back
    choose(qtbot, window, lesson_id)
    wait_computed(qtbot, window)
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: shown_row(window, "Output (F × H × W)") == " × ".join(map(str, out)))
    assert shown_row(window, "Pooled") == ("—" if pooled is None else " × ".join(map(str, pooled)))
    text = panel_text(window)
    assert all(f in text for f in figures), text
    assert window.lesson_panel.windowTitle().endswith({i: t for i, t, _ in CATALOGUE}[lesson_id])


def test_the_lesson_is_only_a_start_the_user_changes_it_and_the_explanation_stays(window, qtbot):
    choose(qtbot, window, "valid_5x5")
    wait_computed(qtbot, window)
    assert not window.lesson_panel.isModal()
    spin = window.layer_panel.stride
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "2")
    QTest.keyClick(spin, Qt.Key.Key_Enter)
    n = out_size(5, 3, 2)
    qtbot.waitUntil(lambda: shown_row(window, "Output (F × H × W)") == f"1 × {n} × {n}")
    assert window.lesson_panel.isVisible() and "3×3" in panel_text(window)
    qtbot.mouseClick(window.kernel_editor.undo_button, Qt.MouseButton.LeftButton)  # one step back
    np.testing.assert_array_equal(window.state.bank.filters[0][0], preset("edge"))  # the window's own kernel


def test_the_2x2_kernel_lesson_steps_to_the_notes_numbers(window, qtbot):
    choose(qtbot, window, "kernel_2x2")
    stepper = window.stepper
    assert window.tabs.currentIndex() == 1 and stepper.tabs.currentWidget() is stepper.forward
    qtbot.waitUntil(lambda: stepper.up_to_date, timeout=10_000)
    panel = stepper.forward
    qtbot.waitUntil(window.isActiveWindow)  # the keys stay with the window, not the lesson's panel
    assert panel.hasFocus()
    qtbot.keyClick(panel, Qt.Key.Key_End)
    expected = correlate2d(np.arange(1.0, 10.0).reshape(3, 3), np.array([[-1.0, 0.0], [0.0, -1.0]]), "valid")
    np.testing.assert_array_equal(panel.output_view.values, expected)
    np.testing.assert_array_equal(expected, [[-6, -8], [-12, -14]])
    assert "[[−6, −8], [−12, −14]]" in panel_text(window)


@pytest.mark.parametrize("kind", ["max", "avg"])
def test_a_pooling_gradient_lesson_ends_at_torchs_input_gradient(window, qtbot, kind):
    choose(qtbot, window, f"{kind}_pool_gradient")
    stepper = window.stepper
    panel = stepper.backward
    assert window.tabs.currentIndex() == 1 and stepper.tabs.currentWidget() is panel
    assert panel.kind == "ones"
    qtbot.waitUntil(lambda: stepper.up_to_date and panel.page is not None, timeout=10_000)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(panel, Qt.Key.Key_End)
    x = torch.tensor(window.state.input.image.astype(np.float64), requires_grad=True)
    pool = torch.nn.functional.max_pool2d if kind == "max" else torch.nn.functional.avg_pool2d
    pool(x[None, None], 2).sum().backward()
    np.testing.assert_allclose(panel.dx_view.values, x.grad.numpy())


def test_the_keras_lesson_builds_the_stack_torch_builds(window, qtbot):
    choose(qtbot, window, "keras_stack")
    tab = window.stack_tab
    assert window.tabs.currentIndex() == 2 and tab.tabs.currentIndex() == 0
    first, second = torch.nn.Conv2d(1, 16, 2, stride=2), torch.nn.Conv2d(16, 32, 3, padding="same")
    with torch.no_grad():
        y1 = first(torch.zeros(1, 1, 200, 200))
        y2 = second(y1)
    table = tab.table
    rows = [r for r in range(table.rowCount()) if table.item(r, 0) and table.item(r, 0).text().startswith("Conv2d")]
    shapes = [table.item(r, 1).text() for r in rows]
    counts = [table.item(r, 2).text() for r in rows]
    assert shapes == [str(tuple(y1.shape[1:])), str(tuple(y2.shape[1:]))]
    assert counts == [f"{sum(p.numel() for p in m.parameters()):,}" for m in (first, second)]
    assert "80" in panel_text(window) and "4,640" in panel_text(window) and "100×100×16" in panel_text(window)


@pytest.mark.parametrize(
    ("lesson_id", "figures"),
    [("bottleneck", ["120,422,400", "12,443,648"]), ("separable", ["4,608", "656"]), ("stacked_3x3", ["5×5"])],
)
def test_a_design_lesson_sets_the_comparison_numbers(window, qtbot, lesson_id, figures):
    choose(qtbot, window, lesson_id)
    tab = window.stack_tab
    assert window.tabs.currentIndex() == 2
    page = tab.tabs.currentWidget()
    assert page.widget() is tab.comparisons
    qtbot.waitUntil(lambda: tab.comparison_numbers.up_to_date and tab.comparisons.table.rowCount() > 0)
    cells = [tab.comparisons.table.item(r, c) for r in range(tab.comparisons.table.rowCount()) for c in (2, 3)]
    shown = {c.text() for c in cells if c is not None}
    text = panel_text(window)
    for figure in figures:
        assert figure in text
        if "," in figure or figure.isdigit():
            assert figure in shown  # the table shows the same figure the explanation states


def test_the_transposed_lesson_sets_the_spin_boxes_and_stamps_a_5x5_map(window, qtbot):
    choose(qtbot, window, "transposed")
    tab = window.stack_tab
    page = tab.transpose
    assert tab.tabs.currentWidget().widget() is page
    assert (page.size_spin.value(), page.stride_spin.value()) == (2, 2)
    qtbot.waitUntil(lambda: tab.transpose_check.up_to_date and tab.transpose_check.shown is not None)
    up = torch.nn.ConvTranspose2d(1, 1, 3, stride=2)
    with torch.no_grad():
        out = up(torch.zeros(1, 1, 2, 2))
    assert tab.transpose_check.shown.stamps.out_hw == tuple(out.shape[-2:])
    assert f"= {out.shape[-1]}." in page.info.text()
    assert "5×5" in panel_text(window)


def test_the_1d_lessons_open_the_signal_dialog_on_their_page(window, qtbot):
    choose(qtbot, window, "signal_1d")
    dialog = window.signal_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.tabs.currentWidget() is dialog.signal_page and "卷" in panel_text(window)
    choose(qtbot, window, "text_cnn")
    assert dialog.tabs.currentWidget() is dialog.text_page


def test_a_lesson_with_its_own_picture_stops_the_camera_and_sobel_keeps_it(window, qtbot):
    window.live.set_resolution((320, 240))
    assert window.live.start("synthetic"), window.live.live.error
    qtbot.waitUntil(lambda: window.live.live.stats.displayed >= 2, timeout=20_000)
    choose(qtbot, window, "sobel_separable")  # works on whatever the layer sees: the camera stays
    assert window.live.live.running
    wait_computed(qtbot, window, 20_000)
    assert shown_row(window, "Output (F × H × W)") == f"1 × {out_size(240, 3)} × {out_size(320, 3)}"
    choose(qtbot, window, "valid_5x5")  # brings its own 5×5 picture
    qtbot.waitUntil(lambda: not window.live.live.running, timeout=20_000)
    wait_computed(qtbot, window, 20_000)
    qtbot.waitUntil(lambda: shown_row(window, "Output (F × H × W)") == "1 × 3 × 3", timeout=20_000)
