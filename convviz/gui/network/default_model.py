"""The tab's model before the user opens one: the shipped trained LeNet-5 (the Layer stack
tab's), written as ONNX by convviz's own exporter at first use and read back like any file."""

from __future__ import annotations

import importlib
import importlib.util
import tempfile
from pathlib import Path

from convviz.gui.i18n import tr  # QCoreApplication.translate is thread-safe: this runs on a worker
from convviz.io import onnx_files, stack_files
from convviz.model.network import probe
from convviz.model.stack.model import StackModel

LABELS = [str(d) for d in range(10)]
_folder: Path | None = None  # where this run wrote it


def available() -> bool:
    """convviz can write ONNX files (the exporter is installed)."""
    try:
        return importlib.util.find_spec("convviz.io.onnx_export") is not None
    except (ImportError, ValueError):
        return False


def open_lenet() -> probe.Opened:
    """The trained LeNet-5 as an ONNX model, exported now (a few ms) and opened."""
    global _folder
    if _folder is None or not _folder.exists():
        _folder = Path(tempfile.mkdtemp(prefix="convviz-model-"))
    model = StackModel()
    if not stack_files.open_trained_lenet(model):
        raise ValueError(tr("DefaultModel", "the shipped LeNet-5 could not be read"))
    path = _folder / "lenet5.onnx"
    importlib.import_module("convviz.io.onnx_export").save(model, path)  # the writer, once it is installed
    network = onnx_files.load(path)
    network.name = tr("DefaultModel", "LeNet-5 (trained on MNIST, shipped with convviz)")
    if network.labels is None:
        network.labels = list(LABELS)
    return probe.opened(network, path, bundled=True)
