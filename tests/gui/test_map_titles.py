"""Map titles stay in their own cell: 20 maps side by side once wrote their titles over each
other ("map 1: filter 1map 2: filter 2…"), unreadable."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from convviz.gui.shell import lessons_menu
from tests.conftest import wait_computed


def test_twenty_map_titles_do_not_run_into_each_other(main_window, qtbot):
    lessons_menu.open_lesson(main_window, "twenty_filters")  # 20 filters 8×8 on 32×32×3
    wait_computed(qtbot, main_window)
    grid = main_window.conv_maps
    qtbot.waitUntil(lambda: len(grid.labels) == 20)
    main_window.lesson_panel.close()
    cells = [label.sceneBoundingRect() for label in grid.labels]
    for i, a in enumerate(cells):  # the layout gives each title its own cell …
        for b in cells[i + 1 :]:
            assert not a.intersects(b) or a.intersected(b).width() < 1
    for label in grid.labels:  # … and what does not fit is cut at it, starting with the map's number
        assert label.flags() & QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape
        text = label.item.mapRectToScene(label.item.boundingRect())
        cell = label.sceneBoundingRect()
        if text.width() > cell.width():
            assert abs(text.left() - cell.left()) < 2, (label.text, text, cell)
        else:
            assert cell.left() - 1 <= text.left() and text.right() <= cell.right() + 1
