"""Entry point: `python main.py [--image PATH]`, `python -m convviz`, or the `convviz` script."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from importlib import metadata

DEFAULT_SAMPLE = "circles"
NO_DISPLAY = (
    "convviz needs a display: run it in a desktop session, under a virtual screen "
    "(xvfb-run -a python main.py), or without one (QT_QPA_PLATFORM=offscreen, for scripts)."
)


def sample_names() -> list[str]:
    """What --sample accepts: the patterns drawn by code, then the bundled pictures (by stem)."""
    from convviz.io import samples

    return sorted(samples.PATTERNS) + [p.stem for p in samples.bundled_samples()]


def version() -> str:
    try:
        return metadata.version("convviz")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "0.1.0 (not installed)"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    names = sample_names()
    parser = argparse.ArgumentParser(prog="convviz", description="See a convolution layer at work.")
    parser.add_argument("--version", action="version", version=f"convviz {version()}")
    parser.add_argument("--image", metavar="PATH", help="open this image at start")
    parser.add_argument(
        "--sample",
        metavar="NAME",
        default=DEFAULT_SAMPLE,
        help=f"sample to start with when no --image (default {DEFAULT_SAMPLE}): " + ", ".join(names),
    )
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN", "zh_TW", "system"),
        help="the interface's language (default: View → Language, else the system's; English where "
        "there is no translation)",
    )
    parser.add_argument(
        "--camera",
        metavar="SOURCE",
        help='start in live mode: a camera index (0), a video file, a stream URL, or "synthetic"',
    )
    args, qt_args = parser.parse_known_args(argv)  # unknown arguments are Qt's (-platform, -style, …)
    if args.sample not in names:
        parser.error(f"unknown sample {args.sample!r}; choose from: {', '.join(names)}")
    return args, qt_args


def display_problem(qt_args: list[str], environ: os._Environ | dict = os.environ) -> str | None:
    """Why Qt could not open a window here, or None. Qt itself aborts (signal 6) with a message
    that blames a library; this says what to do instead."""
    if not sys.platform.startswith("linux") or "-platform" in qt_args:
        return None
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, minimal, vnc, eglfs: no display server needed
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args, qt_args = parse_args(argv[1:])
    problem = display_problem(qt_args)
    if problem:
        print(problem, file=sys.stderr)
        return 3
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from convviz.gui import i18n
    from convviz.gui.shell import errors, gui_thread, presentation
    from convviz.gui.shell.main_window import MainWindow
    from convviz.gui.shell.prefs import APP, ORG
    from convviz.model.state import AppState

    presentation.prepare_environment()  # a projector's size: before Qt starts
    pg.setConfigOptions(imageAxisOrder="row-major")
    presentation.prepare_plots()
    app = QApplication.instance() or QApplication(argv[:1] + qt_args)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    errors.install()  # from here on every exception is logged to a file and shown in a dialog
    gui_thread.prefer_gui_thread(app)  # GC on this thread only; workers hand the GIL back quickly
    language = i18n.chosen(args.lang)
    no_font = i18n.missing_font(language)
    if no_font:  # said once; English rather than boxes
        print(no_font, file=sys.stderr)
        language = "en"
    i18n.install(app, language)
    state = AppState()
    window = MainWindow(state)
    window.show()
    if no_font:
        window.coords.setText(no_font)
    try:
        open_initial(window, args)
    except Exception:  # noqa: BLE001 - reported like any other error; the window stays usable
        errors.excepthook(*sys.exc_info())
    return app.exec()


def open_initial(window, args: argparse.Namespace) -> None:
    """What the window shows first: the image or sample, then live frames if --camera was given."""
    from convviz.gui.shell import file_ops

    if args.image:
        file_ops.open_image(window, args.image)  # a bad path shows why and keeps the sample
    else:
        file_ops.open_sample(window, args.sample)
    if args.camera is not None:
        window.live_panel.choose(args.camera)
        window.live_panel.show()
        window.live.start(args.camera)  # a camera that cannot open is reported in the window
    logging.getLogger("convviz").info("started: %s", " ".join(sys.argv))
