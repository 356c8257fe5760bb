"""Presentation size and the slide theme: remembered, and applied when convviz starts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from convviz.gui.shell import presentation

ROOT = Path(__file__).resolve().parents[2]


def test_the_chosen_size_becomes_qts_scale_factor_unless_the_user_set_one(qtbot):
    presentation.remember(scale="1.5")
    environ: dict[str, str] = {}
    presentation.prepare_environment(environ)
    assert environ == {"QT_SCALE_FACTOR": "1.5"}
    mine = {"QT_SCALE_FACTOR": "1.25"}
    presentation.prepare_environment(mine)
    assert mine == {"QT_SCALE_FACTOR": "1.25"}  # the user's own setting wins
    presentation.remember(scale="1")
    plain: dict[str, str] = {}
    presentation.prepare_environment(plain)
    assert plain == {}


def test_the_menu_remembers_the_choice_for_the_next_start(main_window, qtbot):
    main_window.scale_actions["2"].trigger()
    main_window.theme_action.setChecked(True)
    assert presentation.chosen_scale() == "2" and presentation.slide_theme()
    assert "next time" in main_window.coords.text()
    main_window.scale_actions["1"].trigger()
    main_window.theme_action.setChecked(False)


def test_convviz_started_with_extra_large_and_slides_runs_at_twice_the_size_on_white(tmp_path):
    """The real start-up path, in a fresh interpreter: the preference saved, then app.main()."""
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QSettings
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        from convviz.gui.shell import presentation
        presentation.remember(scale="2", theme=True)
        import pyqtgraph as pg
        from PySide6.QtWidgets import QApplication
        def report(*_):
            app = QApplication.instance()
            print("ratio", app.devicePixelRatio(), "background", pg.getConfigOption("background"))
            return 0
        QApplication.exec = report
        from convviz import app
        sys.exit(app.main(["convviz"]))
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"} | {"QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert "ratio 2.0 background w" in out.stdout, out.stdout + out.stderr
