"""Reproduce the README's screenshots (docs/*.png) from the real window, on a laptop-sized screen.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py [OUT_DIR]
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot.py --presentation [OUT_DIR]
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py --lang=zh_CN OUT_DIR

The first writes screenshot.png (the explorer with a pinned cell), stepper.png, stack.png,
images/your-model.png (the Your model tab) and live.png; the second presentation.png (×2, the
size a projector gets); --lang=zh_CN or zh_TW takes them in that interface language (README.zh-CN's
docs/screenshot-zh_CN.png is the first of them). Each waits until the
window shows its result, then grabs the screen. It overwrites the tracked files in docs/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _settle(app, window, seconds: float = 0.6) -> None:
    from convviz.bench.lag_probe import run_until

    run_until(lambda: window.bridge.up_to_date)
    run_until(lambda: False, timeout_s=seconds)  # the views finish painting, deferred pages draw
    app.processEvents()


def _grab(app, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not app.primaryScreen().grabWindow(0).save(str(path)):
        raise SystemExit(f"could not write {path}")
    print("wrote", path)


def _your_model(app, window, path: Path) -> None:
    """The Your model tab on the shipped LeNet-5 reading the handwritten digit: the second
    convolution chosen, one cell's receptive field drawn, saliency of the top class laid over it.
    Without convviz's ONNX writer it opens a ResNet-18-sized model (random weights) on the photo."""
    from convviz.bench import _resnet18
    from convviz.bench.lag_probe import run_until
    from convviz.gui.network import default_model
    from convviz.gui.shell import file_ops
    from convviz.io import samples

    tab = window.network_tab
    if default_model.available():
        window.show_model_tab()
        run_until(lambda: tab.opened is not None and tab.shown is not None and tab.up_to_date, timeout_s=60)
        conv = [i for i, r in enumerate(tab.opened.summary.rows) if r.op == "Conv"]
        row, cell = conv[min(1, len(conv) - 1)], (0, 4, 4)
    else:
        file_ops.open_image(window, samples.SAMPLES_DIR / "brick_facade.jpg")
        model = _resnet18.write(Path(tempfile.mkdtemp()) / "resnet18.onnx")
        file_ops.open_model(window, model)
        run_until(lambda: tab.opened is not None and tab.shown is not None and tab.up_to_date, timeout_s=120)
        row, cell = 20, (0, 10, 10)
    tab.layers.select(row)
    tab.choose_row(row)
    tab.click_cell(cell)
    run_until(lambda: tab.field is not None, timeout_s=60)
    tab.heat_controls.kind.setCurrentText("saliency")
    run_until(lambda: tab.heat is not None and tab.up_to_date, timeout_s=60)
    _settle(app, window)
    path.parent.mkdir(parents=True, exist_ok=True)
    _grab(app, path)


def main(argv: list[str]) -> None:
    presentation = "--presentation" in argv
    language = next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), "en")
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs"
    if presentation:
        os.environ["QT_SCALE_FACTOR"] = "2"
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())  # a first start
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from convviz.bench.lag_probe import run_until
    from convviz.engine.kernels import preset
    from convviz.gui.shell import file_ops
    from convviz.gui.shell.gui_thread import prefer_gui_thread
    from convviz.gui.shell.main_window import MainWindow
    from convviz.io import samples
    from convviz.model.state import AppState, Cell, Stage

    pg.setConfigOptions(imageAxisOrder="row-major")
    app = QApplication(sys.argv[:1])
    prefer_gui_thread(app)
    if language != "en":
        from convviz.gui import i18n

        i18n.install(app, language)
    window = MainWindow(AppState())
    window.show()
    state = window.state
    file_ops.open_image(window, samples.SAMPLES_DIR / "brick_facade.jpg")
    state.bank.set_current_kernel(preset("sobel_x"), "sobel_x")
    state.layer.update(stride=1, padding_kind="same", activation="relu", pooling="max", dilation=2)
    _settle(app, window)
    state.selection.pin(Cell(Stage.CONV, 0, 150, 215))
    _settle(app, window)
    if presentation:
        _grab(app, out / "presentation.png")
        return
    window.zoom_to_pin()
    _settle(app, window)
    _grab(app, out / "screenshot.png")

    window.tabs.setCurrentIndex(1)
    stepper = window.stepper
    stepper.source_combo.setCurrentIndex(stepper.source_combo.findData("tiny"))
    run_until(lambda: stepper.up_to_date)
    for _ in range(8):
        stepper.forward.player.forward()
    _settle(app, window)
    _grab(app, out / "stepper.png")

    file_ops.open_sample(window, "digit")  # the shipped LeNet-5 reads a handwritten digit
    window.tabs.setCurrentIndex(2)
    run_until(lambda: len(window.stack_tab.stack) > 0)
    _settle(app, window, 2.0)
    _grab(app, out / "stack.png")

    _your_model(app, window, out / "images" / "your-model.png")

    window.tabs.setCurrentIndex(0)
    window.start_live()
    run_until(lambda: window.live.live.stats.displayed >= 20, timeout_s=60)
    _settle(app, window)
    _grab(app, out / "live.png")
    window.live.stop()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1:])
