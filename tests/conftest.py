"""Shared test setup: Qt without a display, preferences in a temporary folder, a real main window."""

from __future__ import annotations

import os

import pytest

# Must be set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _qt_settings_in_tmp(tmp_path_factory):
    """Keep QSettings (recent files, geometry, colour map) out of the user's real config."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # engine/model tests can run without Qt installed
        yield
        return
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major")
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_gui_thread(request):
    """As the app does (`prefer_gui_thread`): a collection on a worker thread can delete Qt
    objects there and deadlock; the switch interval is the app's too."""
    try:
        from convviz.gui.shell import gui_thread, gui_thread_gc
    except ImportError:  # engine/model tests can run without Qt installed
        yield
        return
    request.getfixturevalue("qapp")
    gui_thread.prefer_gui_thread()
    yield
    gui_thread_gc.install().stop()


def reference_library(name: str):
    """Import a reference library the tests compare against (torch, onnxruntime).

    Missing, the checks that need it are skipped with the way to get it, except under CI
    (CI=true), where a missing reference fails the run: green must mean "checked".
    """
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        how = f"{name} is not installed; `bash scripts/setup.sh test` installs it (see README, Tests)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run every reference check, but {how}", pytrace=False)
        pytest.skip(how, allow_module_level=True)


def wait_computed(qtbot, window, timeout: int = 5000) -> None:
    """Block until the window shows the result of the current state."""
    qtbot.waitUntil(lambda: window.bridge.up_to_date, timeout=timeout)


@pytest.fixture
def main_window(qtbot):
    """The real window on a 64×64 checkerboard sample; closed (worker stopped) afterwards."""
    from convviz.gui.shell import file_ops, prefs
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    for key in ("geometry", "window_state"):  # every test starts as a first start: no earlier test's layout
        prefs.settings().remove(key)
    window = MainWindow(AppState(), compact=False)  # the desktop layout, though the offscreen screen is 800 px
    qtbot.addWidget(window)
    window.resize(1500, 920)  # a desktop-sized window whatever the offscreen screen's size (800×600)
    file_ops.open_sample(window, "checkerboard")
    window.show()
    qtbot.waitExposed(window)
    wait_computed(qtbot, window)
    yield window
    window.close()
