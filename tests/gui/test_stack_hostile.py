"""The review's hostile stack cases (R9–R13) through the real stack tab, as a user meets them:
LeNet is loaded first, the file is loaded with the tab's own load function or the stack is
edited with clicks, and the tab must say why it refused, keep LeNet (or the stack as it was)
on screen, stay within a bounded amount of memory and never block the GUI for long."""

from __future__ import annotations

import json
import resource
import time
import zipfile

import numpy as np
import pytest
from numpy.lib import format as npy
from PySide6 import QtCore

from convviz.gui.stack import StackWidget
from convviz.gui.stack.feature_grid import MAX_TILES
from convviz.io import stack_files as sf
from convviz.model.events import Signal
from convviz.model.stack.model import StackModel
from convviz.model.state import AppState

RSS_GROWTH_MIB = 300
STALL_BOUND_S = 5.0  # a bound on freezes, not a benchmark: the 64-layer load takes well under 1 s
WAIT_MS = 60_000  # generous: waits end as soon as their condition holds


class _NoBank:
    def __init__(self):
        self.changed = Signal()


class StallMeter:
    """A 10 ms timer in the GUI thread: the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.ticks, self.worst = 0, 0.0
        self._last = time.perf_counter()
        self.timer = QtCore.QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst, self._last, self.ticks = max(self.worst, now - self._last), now, self.ticks + 1


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def lenet_path():
    return next(p for name, p in sf.examples().items() if "LeNet" in name)


def make_tab(qtbot, image: np.ndarray) -> StackWidget:
    w = StackWidget(AppState(bank=_NoBank(), image=image), StackModel(image))  # empty: built by the tests
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def drawn(qtbot, w: StackWidget, meter: StallMeter | None = None) -> None:
    """Until the grid shows the model's stack (and, with a meter, it has ticked since)."""
    # (the maps are computed on a worker: a 2048² input takes seconds on a busy machine)
    qtbot.waitUntil(
        lambda: w.grid.up_to_date and len(w.grid.rows) == len(w.stack.last_valid.layers) + 1, timeout=WAIT_MS
    )
    if meter is not None:
        seen = meter.ticks
        qtbot.waitUntil(lambda: meter.ticks >= seen + 2)


@pytest.fixture
def tab(qtbot) -> StackWidget:
    w = make_tab(qtbot, np.random.default_rng(0).random((40, 36), dtype=np.float32))
    assert w.editor.load_file(lenet_path())
    drawn(qtbot, w)
    return w


def shown_stack(w: StackWidget) -> tuple:
    t = w.table
    return (
        w.stack.configs,
        w.stack.size,
        w.stack.last_valid,
        [t.item(r, c).text() for r in range(t.rowCount()) for c in range(2)],
        [r.layer for r in w.grid.rows],
        w.editor.list.count(),
    )


def load_refused(qtbot, w: StackWidget, path, reason: str) -> str:
    """Load ``path`` through the tab: refused with ``reason``, LeNet still shown, memory bounded."""
    before, rss = shown_stack(w), peak_rss_mib()
    assert not w.editor.load_file(path)
    status = w.editor.status.text()
    assert status.startswith("Not loaded: ") and reason in status, status
    assert "Error" not in status and "Something went wrong" not in status
    drawn(qtbot, w)
    assert shown_stack(w) == before
    assert peak_rss_mib() - rss < RSS_GROWTH_MIB
    return status


def write(tmp_path, text: str, name: str = "t.json"):
    path = tmp_path / name
    path.write_text(text)
    return path


def doc(inp, *layers) -> str:
    return json.dumps({"format": "convviz-stack", "version": 1, "input": inp, "layers": list(layers)})


def test_r9_input_of_the_wrong_type(qtbot, tab, tmp_path):
    load_refused(qtbot, tab, write(tmp_path, doc([])), '"input" must be an object')
    load_refused(qtbot, tab, write(tmp_path, doc(None)), '"input" must be an object')


def test_r9_non_integer_kernel_size(qtbot, tab, tmp_path):
    text = '{"format": "convviz-stack", "version": 1, "layers": [{"kind": "conv2d", "kernel_size": %s}]}'
    load_refused(qtbot, tab, write(tmp_path, text % "Infinity"), "Infinity is not a number JSON allows")
    load_refused(
        qtbot, tab, write(tmp_path, text % "1e999"), "layer 1 (Conv2d): kernel_size must be a whole number, got inf"
    )
    load_refused(qtbot, tab, write(tmp_path, text % "2.5"), "kernel_size must be a whole number, got 2.5")


def test_r9_r20_npy_and_text_named_npz(qtbot, tab, tmp_path):
    path = write(tmp_path, doc({"channels": 1, "size": [8, 8]}, {"kind": "conv2d", "out_channels": 2}))
    np.save(tmp_path / "a.npy", np.zeros((2, 1, 3, 3)))
    sf.weights_path(path).write_bytes((tmp_path / "a.npy").read_bytes())
    load_refused(qtbot, tab, path, "'t.npz' is not an .npz archive")
    sf.weights_path(path).write_text("just some text\n")
    status = load_refused(qtbot, tab, path, "'t.npz' is not an .npz archive")
    assert "pickle" not in status


def test_r5_deep_nesting(qtbot, tab, tmp_path):
    load_refused(qtbot, tab, write(tmp_path, "[" * 100_000 + "]" * 100_000), "nests lists or objects too deeply")


def test_r11_files_over_the_output_budget(qtbot, tab, tmp_path):
    meter = StallMeter()
    conv = {"kind": "conv2d", "out_channels": 512, "kernel_size": 3, "padding": 1}
    load_refused(
        qtbot,
        tab,
        write(tmp_path, doc({"channels": 1, "size": [2048, 2048]}, conv)),
        "layer 1 (Conv2d, 512 ch of 2048×2048) would need 16.0 GiB for its output; "
        "a stack may use 512 MiB for all its outputs — use a smaller input size, fewer channels or a stride",
    )
    load_refused(qtbot, tab, write(tmp_path, doc({"channels": 1, "size": [1024, 1024]}, conv)), "would need 4.0 GiB")
    up = {"kind": "conv_transpose2d", "out_channels": 8, "kernel_size": 15, "stride": 8}
    load_refused(qtbot, tab, write(tmp_path, doc({"channels": 1, "size": [2048, 2048]}, up)), "would need 16.0 GiB")
    load_refused(
        qtbot,
        tab,
        write(tmp_path, doc({"channels": 1, "size": [64, 64]}, *[{**up, "out_channels": 4}] * 3)),
        "layer 2 (ConvTranspose2d, 4 ch of 4159×4159) would need 528 MiB",
    )
    drawn(qtbot, tab, meter)
    assert meter.worst < STALL_BOUND_S


def test_r11_by_clicks_image_size_then_512_channels(qtbot, tmp_path):
    """Open a 2048² picture, choose "Image size", add a Conv2d, type 512 channels (R11, 4.6)."""
    w = make_tab(qtbot, np.random.default_rng(1).random((2048, 2048), dtype=np.float32))
    assert w.editor.load_file(lenet_path())
    drawn(qtbot, w)
    editor, lenet = w.editor, shown_stack(w)
    editor.size_combo.setCurrentIndex(0)  # "Image size": LeNet's maps on 2048² would not fit
    assert (
        "Not changed: layer 4 (Conv2d, 16 ch of 1020×1020) would need 127 MiB for its output, 559 MiB with "
        "the layers before it" in editor.status.text()
    )
    assert editor.size_combo.currentIndex() != 0 and shown_stack(w) == lenet
    qtbot.mouseClick(editor.clear_button, QtCore.Qt.LeftButton)
    editor.size_combo.setCurrentIndex(0)
    assert w.stack.size is None and w.stack.input_array.shape == (1, 2048, 2048)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findText("Conv2d"))
    qtbot.mouseClick(editor.add_button, QtCore.Qt.LeftButton)
    drawn(qtbot, w)
    before, rss, meter = shown_stack(w), peak_rss_mib(), StallMeter()
    spin = editor.form.controls["out_channels"]
    spin.setValue(512)
    message = editor.form.message.text()
    assert message.startswith("Not changed: layer 1 (Conv2d, 512 ch of 2048×2048) would need 16.0 GiB"), message
    assert spin.value() == 8 and w.stack.configs[0].params["out_channels"] == 8
    kind = editor.kind_combo
    kind.setCurrentIndex(kind.findText("ConvTranspose2d"))
    qtbot.mouseClick(editor.add_button, QtCore.Qt.LeftButton)
    assert "Not changed: layer 2 (ConvTranspose2d, 8 ch of 4096×4096) would need 1.0 GiB" in editor.status.text()
    drawn(qtbot, w, meter)
    assert shown_stack(w) == before and len(w.stack) == 1
    assert peak_rss_mib() - rss < RSS_GROWTH_MIB and meter.worst < STALL_BOUND_S


def test_r12_depthwise_chain(qtbot, tab, tmp_path):
    chain = [{"kind": "depthwise", "kernel_size": 15, "multiplier": 8, "padding": 7}] * 8
    load_refused(qtbot, tab, write(tmp_path, doc({"channels": 1, "size": [28, 28]}, *chain)), "(DepthwiseConv2d, ")


def test_r13_npz_bombs(qtbot, tab, tmp_path):
    path = write(tmp_path, doc({"channels": 1, "size": [8, 8]}, {"kind": "conv2d", "out_channels": 2}))
    n = 300 * 2**20 // 8  # 300 MiB of zeros in a 1.3 MB file
    with zipfile.ZipFile(sf.weights_path(path), "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("layer1.weight.npy", "w", force_zip64=True) as f:
            npy.write_array_header_1_0(f, {"descr": "<f8", "fortran_order": False, "shape": (n,)})
            for _ in range(75):
                f.write(bytes(2**22))
    load_refused(qtbot, tab, path, "would unpack to 300 MiB; a weights file may unpack to at most 256 MiB")
    with zipfile.ZipFile(sf.weights_path(path), "w") as z, z.open("layer1.weight.npy", "w") as f:
        npy.write_array_header_1_0(f, {"descr": "<f8", "fortran_order": False, "shape": (10**12,)})
        f.write(bytes(64))
    load_refused(qtbot, tab, path, "claims 1,000,000,000,000 values of float64")


def test_r10_ten_thousand_layers_refused_and_64_layers_shown_without_a_long_stall(qtbot, tab, tmp_path):
    relus = doc({"channels": 1, "size": [28, 28]}, *[{"kind": "relu"}] * 10_000)
    load_refused(qtbot, tab, write(tmp_path, relus), "10,000 layers; a stack holds at most 64")
    convs = doc({"channels": 1, "size": [64, 64]}, *[{"kind": "conv2d", "out_channels": 20, "padding": 1}] * 64)
    meter, rss = StallMeter(), peak_rss_mib()
    assert tab.editor.load_file(write(tmp_path, convs, "deep.json"))
    drawn(qtbot, tab, meter)
    assert len(tab.grid.rows) == 65 and all(r.shown == MAX_TILES for r in tab.grid.rows[1:])
    assert all("+4 more not shown" in r.label.text for r in tab.grid.rows[1:])
    assert tab.table.rowCount() == 66 and tab.editor.list.count() == 64
    assert meter.worst < STALL_BOUND_S, f"the GUI stalled {meter.worst:.2f} s"
    assert peak_rss_mib() - rss < RSS_GROWTH_MIB
