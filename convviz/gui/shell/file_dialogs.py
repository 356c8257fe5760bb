"""The File menu's dialogs: ask for a path (starting in the last folder used), then hand it to
``file_ops``, which does the work and reports failures. Mixed into the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate; translated where shown
from PySide6.QtWidgets import QFileDialog

from convviz.gui.i18n import tr
from convviz.gui.shell import file_ops, prefs

IMAGE_FILTER = QT_TRANSLATE_NOOP("FileDialogs", "Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)")
MODEL_FILTER = QT_TRANSLATE_NOOP("FileDialogs", "ONNX models (*.onnx);;All files (*)")


class FileDialogs:
    def _ask_path(self, title: str, filter_: str, save: bool = False, suffix: str = "") -> str:
        folder = prefs.get("last_folder", str(Path.home()))
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = ask(self, title, folder, filter_)
        if path and suffix and not path.endswith(suffix):
            path += suffix
        if path:
            prefs.put("last_folder", str(Path(path).parent))
        return path

    def choose_image(self) -> None:
        if path := self._ask_path(tr("FileDialogs", "Open image"), tr("FileDialogs", IMAGE_FILTER)):
            file_ops.open_image(self, path)

    def choose_model(self) -> None:
        if path := self._ask_path(tr("FileDialogs", "Open model"), tr("FileDialogs", MODEL_FILTER)):
            file_ops.open_model(self, path)

    def choose_export(self, fmt: str) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("FileDialogs", "Export feature maps to"), prefs.get("last_folder", str(Path.home()))
        )
        if folder:
            file_ops.export_maps(self, folder, fmt)

    def choose_kernel_load(self) -> None:
        if path := self._ask_path(tr("FileDialogs", "Load kernels"), tr("FileDialogs", "Kernels (*.json)")):
            file_ops.open_kernels(self, path)

    def choose_kernel_export(self) -> None:
        if path := self._ask_path(
            tr("FileDialogs", "Export kernel"), tr("FileDialogs", "Kernels (*.json)"), True, ".json"
        ):
            file_ops.export_kernel(self, path)

    def choose_session_save(self) -> None:
        if path := self._ask_path(
            tr("FileDialogs", "Save session"), tr("FileDialogs", "Sessions (*.json)"), True, ".json"
        ):
            file_ops.save_session(self, path)

    def choose_session_load(self) -> None:
        if path := self._ask_path(tr("FileDialogs", "Load session"), tr("FileDialogs", "Sessions (*.json)")):
            file_ops.load_session(self, path)

    def choose_screenshot(self) -> None:
        if path := self._ask_path(tr("FileDialogs", "Save screenshot"), "PNG (*.png)", True, ".png"):
            file_ops.screenshot(self, path)
