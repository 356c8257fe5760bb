"""Drive pyqtgraph views like a user: map a data cell to the widget and send real mouse events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest


def cell_pos(widget, view, y: int, x: int) -> QPoint:
    """Viewport position of the centre of data cell (y, x) in `view` (a ViewBox of `widget`)."""
    scene = view.mapViewToScene(QPointF(x + 0.5, y + 0.5))
    return widget.mapFromScene(scene)


def hover(widget, view, y: int, x: int) -> None:
    QTest.mouseMove(widget.viewport(), cell_pos(widget, view, y, x))


def click(widget, view, y: int, x: int) -> None:
    pos = cell_pos(widget, view, y, x)
    QTest.mouseMove(widget.viewport(), pos)
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def take_messages() -> list[str]:
    """Texts of the message boxes the user sees now (title: text), closing them."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    texts = [f"{box.windowTitle()}: {box.text()}" for box in boxes]
    for box in boxes:
        box.close()
    return texts


def shown_map(grid, index: int = 0):
    """The values map `index` of a MapGridWidget shows, after checking that what it draws is
    those values on its colour scale: index = round(255·(v − lo)/(hi − lo)), clipped (a
    per-cell loop, independent of the vectorised `model.drawing`)."""
    import numpy as np

    values = grid.maps[index]
    drawn = np.asarray(grid.images[index].image)
    lo, hi = grid.levels
    if drawn.dtype == np.uint8:  # bytes drawn off the GUI thread
        expected = np.empty(values.shape, np.int64)
        for (r, c), v in np.ndenumerate(values):
            if grid.sqrt:  # signed square-root scale over (−m, m): 255·(1 + sign·√(|v|/m))/2
                u = 0.0 if np.isnan(v) else max(-1.0, min(1.0, float(v) / hi))
                t = 0.0 if np.isnan(v) else 255.0 * (1.0 + np.sign(u) * abs(u) ** 0.5) / 2.0
            else:
                t = 0.0 if np.isnan(v) else (float(v) - lo) * 255.0 / ((hi - lo) or 1.0)
            expected[r, c] = round(min(max(t, 0.0), 255.0))
        np.testing.assert_allclose(drawn.astype(np.int64), expected, atol=1)
    else:
        np.testing.assert_array_equal(drawn, values)
    return values


def shown_input_pixels(view):
    """The input an InputViewWidget shows, (H, W) gray or (H, W, 3) RGB in [0, 1], after checking
    that the bytes it draws are those values on the 0..255 scale."""
    import numpy as np

    x = view.result.x
    values = x[0] if x.shape[0] == 1 else x.transpose(1, 2, 0)
    drawn = np.asarray(view.image.image)
    if drawn.dtype == np.uint8:
        np.testing.assert_allclose(drawn.astype(np.int64), np.rint(np.clip(values, 0, 1) * 255), atol=1)
    else:
        np.testing.assert_array_equal(drawn, values)
    return np.array(values)


def stack_tab_on(qtbot, side_tab: str):
    """A stack tab as a newcomer opens it (on the trained LeNet-5), showing ``side_tab``."""
    from convviz.gui.stack import StackWidget
    from convviz.model.state import AppState

    w = StackWidget(AppState())
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    w.tabs.setCurrentIndex([w.tabs.tabText(i) for i in range(w.tabs.count())].index(side_tab))
    qtbot.waitExposed(w)
    return w
