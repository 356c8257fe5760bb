"""Reproduce docs/screenshot.png: the real window on a photo, with a pinned output cell.

Run under a real (virtual) display:  xvfb-run -s "-screen 0 1600x1000x24" python scripts/screenshot.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from convviz.engine.kernels import preset  # noqa: E402
from convviz.gui import file_ops  # noqa: E402
from convviz.gui.shell.main_window import MainWindow  # noqa: E402
from convviz.io import samples  # noqa: E402
from convviz.model.state import AppState, Cell, Stage  # noqa: E402


def main(out: str = str(ROOT / "docs" / "screenshot.png")) -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(AppState())
    window.resize(1600, 960)
    window.show()
    file_ops.open_image(window, samples.SAMPLES_DIR / "landscape.jpg")
    window.state.bank.set_current_kernel(preset("sobel_x"), "sobel_x")
    window.state.layer.update(
        stride=2, padding_kind="same", activation="relu", pooling="max", dilation=2, padding_mode="reflect"
    )
    # Pin once the maps exist (the pin is clamped to the maps on screen).
    QTimer.singleShot(1500, lambda: window.state.selection.pin(Cell(Stage.CONV, 0, 44, 202)))

    def shoot() -> None:
        window.grab().save(out)
        print("wrote", out)
        app.quit()

    QTimer.singleShot(2500, shoot)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:])
