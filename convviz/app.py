"""Entry point: `python main.py [--image PATH]`, `python -m convviz`, or the `convviz` script."""

from __future__ import annotations

import argparse
import logging
import sys

DEFAULT_SAMPLE = "circles"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="convviz", description="See a convolution layer at work.")
    parser.add_argument("--image", metavar="PATH", help="open this image at start")
    parser.add_argument("--sample", metavar="NAME", default=DEFAULT_SAMPLE,
                        help=f"synthetic sample to start with when no --image (default {DEFAULT_SAMPLE})")
    parser.add_argument("--camera", metavar="SOURCE",
                        help='start in live mode: a camera index (0), a video file, or "synthetic"')
    return parser.parse_known_args(argv)  # unknown arguments are Qt's (-platform, -style, …)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args, qt_args = parse_args(argv[1:])
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from convviz.gui import errors
    from convviz.gui.main_window import MainWindow
    from convviz.gui.prefs import APP, ORG
    from convviz.model.state import AppState

    pg.setConfigOptions(imageAxisOrder="row-major")
    app = QApplication.instance() or QApplication(argv[:1] + qt_args)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    errors.install()
    state = AppState()
    window = MainWindow(state)
    open_initial(window, args)
    window.show()
    return app.exec()


def open_initial(window, args: argparse.Namespace) -> None:
    """What the window shows first: the image or sample, then live frames if --camera was given."""
    from convviz.gui import file_ops

    if args.image:
        file_ops.open_image(window, args.image)  # a bad path shows why and keeps the sample
    else:
        file_ops.open_sample(window, args.sample)
    if args.camera is not None:
        window.live_panel.choose(args.camera)
        window.live.start(args.camera)  # a camera that cannot open is reported in the window
