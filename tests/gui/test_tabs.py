"""The three views of the window (one layer, step by step, layer stack) reached by keyboard."""

from PySide6.QtCore import Qt


def test_ctrl_digits_switch_between_the_three_tabs(main_window, qtbot):
    window = main_window
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().widget() is window.stepper
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().widget() is window.stack_tab
    assert window.stack_tab.table.rowCount() > 0  # the summary table has rows for the stack
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Layer explorer"


def test_window_fits_a_1366_pixel_laptop_screen(main_window):
    assert main_window.minimumSizeHint().width() <= 1366


def test_stack_tab_takes_the_docks_room_and_gives_it_back(main_window, qtbot):
    window = main_window
    window.shape_dock.hide()  # the user's own choice must survive the round trip
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert not window.layer_dock.isVisible() and not window.kernel_dock.isVisible()
    assert len(window.stack_tab.stack) > 0  # a newcomer starts from an example stack
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.layer_dock.isVisible() and window.kernel_dock.isVisible()
    assert not window.shape_dock.isVisible()


def test_the_stack_tab_opens_on_the_trained_lenet5_which_reads_a_handwritten_3(main_window, qtbot):
    import numpy as np

    from convviz.gui.shell import file_ops

    file_ops.open_sample(main_window, "digit")  # a 3 from the bundled digits' test part
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    stack = main_window.stack_tab.stack
    assert len(stack) == 12 and stack.configs[0].kind == "conv2d" and stack.configs[-1].params["out_features"] == 10
    grid = main_window.stack_tab.grid

    def reads_a_three() -> bool:
        shown = grid.shown
        return shown is not None and len(shown.activations) == 12 and int(np.argmax(shown.activations[-1])) == 3

    qtbot.waitUntil(reads_a_three, timeout=20_000)  # random weights would say 3 one time in ten
