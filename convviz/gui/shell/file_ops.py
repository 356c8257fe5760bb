"""What the File menu does, as plain functions of the window (dialogs stay in the window)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate; translated where shown

from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.sample_titles import sample_title
from convviz.gui.shell import prefs
from convviz.gui.shell.errors import show_error
from convviz.io import images, kernel_files, samples, session_files

if TYPE_CHECKING:
    from convviz.gui.shell.main_window import MainWindow

SAMPLE_SIZE = 64  # small enough that single cells are visible without zooming


def open_image(win: MainWindow, path: str | Path) -> bool:
    """Load `path`; on failure show why and keep the current image."""
    try:
        loaded = images.load_image(path)
    except images.ImageLoadError as exc:
        show_error(win, tr("FileOps", "Cannot open image"), str(exc))
        return False
    _show_image(win, loaded)
    return True


def _show_image(win: MainWindow, loaded: images.LoadedImage) -> None:
    win.state.input.set_image(loaded.array, loaded.path.name, loaded.note, str(loaded.path))
    prefs.add_recent(str(loaded.path))
    prefs.put("last_folder", str(loaded.path.parent))
    win.refresh_recent()
    if loaded.note:
        win.statusBar().showMessage(loaded.note, 8000)


MODEL_SUFFIX = ".onnx"


def is_model(path: str | Path) -> bool:
    """A file the Your model tab opens (dropped on the window, say), not an image."""
    return Path(path).suffix.lower() == MODEL_SUFFIX


def open_model(win: MainWindow, path: str | Path) -> None:
    """Show the Your model tab and open ``path`` there, off the GUI thread: the tab says when it
    has loaded, or why it cannot be opened (the model already open then stays)."""
    win.show_model_tab()
    prefs.put("last_folder", str(Path(path).resolve().parent))
    win.network_tab.open_model(path)


def sample_names() -> list[str]:
    return sorted(samples.PATTERNS)


def open_sample(win: MainWindow, name: str) -> None:
    """A pattern drawn by code, or a bundled picture by its stem ("landscape")."""
    if name in samples.PATTERNS:
        win.state.input.set_image(
            samples.synthetic(name, SAMPLE_SIZE, SAMPLE_SIZE),
            name,
            tr("FileOps", "synthetic {0} pattern").format(sample_title(name)),
        )
        return
    pictures = {p.stem: p for p in samples.bundled_samples()}
    open_image(win, pictures.get(name, name))


def _reports_os_errors(title: str):
    """A full disk or a read-only folder becomes a message, not the crash dialog."""

    def wrap(save):
        @functools.wraps(save)
        def guarded(win, *args, **kwargs):
            try:
                return save(win, *args, **kwargs)
            except OSError as exc:
                show_error(win, tr("FileOps", title), f"{exc.strerror or exc}: {exc.filename or ''}".strip(": "))
                return None

        return guarded

    return wrap


@_reports_os_errors(QT_TRANSLATE_NOOP("FileOps", "Cannot export feature maps"))
def export_maps(win: MainWindow, folder: str | Path, fmt: str) -> list[Path]:
    """Feature maps (and pooled maps) of the shown result as PNG (coloured) or one .npy each."""
    result = win.bridge.valid
    if result is None:
        return []
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(win.state.input.name).stem or "image"
    written: list[Path] = []
    stacks = [("conv", result.activated)] + ([("pooled", result.pooled)] if result.pooled is not None else [])
    for kind, maps in stacks:
        if fmt == "npy":
            path = folder / f"{stem}_{kind}.npy"
            np.save(path, maps)
            written.append(path)
            continue
        levels = colormaps.levels_for(result.activated, win.cmap_name)
        for i, m in enumerate(maps):
            path = folder / f"{stem}_{kind}_{i + 1}.png"
            images.save_png(path, colormaps.to_rgb(m, win.cmap_name, levels), levels=(0.0, 1.0))
            written.append(path)
    win.statusBar().showMessage(tr("FileOps", "Wrote {0} file(s) to {1}").format(len(written), folder), 5000)
    return written


@_reports_os_errors(QT_TRANSLATE_NOOP("FileOps", "Cannot export the kernel"))
def export_kernel(win: MainWindow, path: str | Path) -> None:
    kernel_files.save_kernels(path, win.state.bank)


def open_kernels(win: MainWindow, path: str | Path) -> bool:
    """Replace the bank's filters from a kernel file; a bad file changes nothing."""
    try:
        win.state.bank.load_dict(kernel_files.read_kernel_document(path))
    except kernel_files.KernelFileError as exc:
        show_error(win, tr("FileOps", "Cannot load kernels"), str(exc))
        return False
    win.statusBar().showMessage(tr("FileOps", "Loaded kernels from {0}").format(Path(path).name), 5000)
    return True


@_reports_os_errors(QT_TRANSLATE_NOOP("FileOps", "Cannot save the session"))
def save_session(win: MainWindow, path: str | Path) -> None:
    session_files.save(path, win.state, {"colormap": win.cmap_name})


def load_session(win: MainWindow, path: str | Path) -> bool:
    """Restore a session; a malformed file changes nothing. Its picture is read before anything
    is applied; if it cannot be read, the settings still load and the message says so."""
    try:
        loaded_session = session_files.read(path)
    except session_files.SessionError as exc:
        show_error(win, tr("FileOps", "Cannot load session"), str(exc))
        return False
    picture, problem = None, ""
    if loaded_session.image_path:
        try:
            picture = images.load_image(loaded_session.image_path)
        except images.ImageLoadError as exc:
            problem = str(exc)
    session_files.apply(win.state, loaded_session)
    if picture is not None:
        _show_image(win, picture)
    elif not loaded_session.image_path and loaded_session.image_name in samples.PATTERNS:
        open_sample(win, loaded_session.image_name)
    win.set_colormap(loaded_session.extras.get("colormap", win.cmap_name))  # unknown names: default
    if problem:
        show_error(
            win,
            tr("FileOps", "Session loaded without its image"),
            tr(
                "FileOps",
                "The layer and kernels of '{0}' are loaded, but its image could not be opened: {1} "
                "The current image stays.",
            ).format(Path(path).name, problem),
        )
    return True


def screenshot(win: MainWindow, path: str | Path) -> bool:
    ok = win.grab().save(str(path))
    if not ok:
        show_error(
            win, tr("FileOps", "Cannot save the screenshot"), tr("FileOps", "Qt could not write {0}.").format(path)
        )
    return ok
