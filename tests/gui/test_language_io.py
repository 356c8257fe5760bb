"""Why a file or a source was refused, in 简体中文, 繁體中文 and English: hostile files opened the
way the app opens them (File → Open, a session, the Your model tab, the live camera), and the
message the user reads is the io .ts file's translation (read here, not taken from the code)
with the file's name, the operator's name and the limit in place, or the English with "en"."""

from __future__ import annotations

import io
import json

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from PIL import Image
from PySide6.QtWidgets import QApplication, QMessageBox

from convviz.gui import i18n
from tests.conftest import wait_computed
from tests.gui.test_hostile_files import EPS_TRIANGLE, png_header_only
from tests.gui.test_language import Words

WAIT_MS = 20_000
FORMATS = "PNG, JPEG, BMP, GIF, TIFF, WebP, PPM/PGM"  # the decoders convviz lets a picture use


class Said:
    """What a user reads in ``language``: a part's .ts translation of an English text (checked by
    Words: there, finished and not left English), or the English itself for "en"."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.parts = {} if language == "en" else {p: Words(language, p) for p in ("io", "shell", "network", "live")}

    def __call__(self, part: str, context: str, english: str) -> str:
        return english if self.language == "en" else self.parts[part](context, english)

    def io(self, context: str, english: str) -> str:
        return self(part="io", context=context, english=english)


@pytest.fixture(scope="module", params=["zh_CN", "zh_TW", "en"])
def built(request, qapp):
    """One window per language, built with the language's translators installed (as the app
    does before it builds the window); then English again for later tests."""
    from PySide6.QtTest import QTest

    from convviz.gui.shell import file_ops, prefs
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    i18n.install(qapp, request.param)
    for key in ("geometry", "window_state"):
        prefs.settings().remove(key)
    win = MainWindow(AppState(), compact=False)
    win.resize(1500, 920)
    file_ops.open_sample(win, "checkerboard")
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    yield win, Said(request.param)
    win.close()
    win.deleteLater()
    i18n.install(qapp, "en")


@pytest.fixture
def window(built, qtbot):
    """The language's window, its maps up to date; no message box left open after a test."""
    win, said = built
    wait_computed(qtbot, win)
    yield win, said
    boxes()
    win.live.stop(keep_frame=False)


def boxes() -> list[tuple[str, str]]:
    """(title, text) of each message box the user sees now, closing them."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    for box in shown:
        box.close()
    return [(box.windowTitle(), box.text()) for box in shown]


# ---- pictures: File → Open ---------------------------------------------------------------------


def test_a_postscript_file_named_png_is_refused_in_the_language(window, tmp_path):
    from convviz.gui.shell import file_ops

    win, said = window
    path = tmp_path / "photo.png"
    path.write_bytes(EPS_TRIANGLE)
    assert file_ops.open_image(win, path) is False
    text = said.io("Images", "Cannot open '{name}': it is not an image convviz reads ({formats}).")
    assert boxes() == [(said("shell", "FileOps", "Cannot open image"), text.format(name="photo.png", formats=FORMATS))]


def test_a_truncated_png_is_refused_in_the_language(window, tmp_path):
    from convviz.gui.shell import file_ops

    win, said = window
    picture = io.BytesIO()
    Image.fromarray(np.random.default_rng(0).integers(0, 256, (64, 64, 3), dtype=np.uint8)).save(picture, "PNG")
    path = tmp_path / "half.png"
    path.write_bytes(picture.getvalue()[: len(picture.getvalue()) // 2])
    assert file_ops.open_image(win, path) is False
    [(title, text)] = boxes()
    assert title == said("shell", "FileOps", "Cannot open image")
    before, after = said.io("Images", "Cannot open '{name}': the file is truncated or corrupt ({reason}).").split(
        "{reason}"
    )
    # Pillow's own reason (in English) goes between them
    assert text.startswith(before.format(name="half.png")) and text.endswith(after), text
    assert len(text) > len(before.format(name="half.png")) + len(after)


def test_a_picture_with_too_many_pixels_names_its_size_and_the_limit(window, tmp_path):
    from convviz.gui.shell import file_ops
    from convviz.model import limits

    win, said = window
    path = tmp_path / "bomb.png"
    png_header_only(path, 13000, 12000)
    assert file_ops.open_image(win, path) is False
    text = said.io(
        "Images",
        "Cannot open '{name}': it has too many pixels ({width}×{height}) to load safely; convviz opens pictures of up to {limit} megapixels. Make a smaller copy first.",  # noqa: E501 (the .ts source, whole)
    )
    megapixels = str(limits.IMAGE_MAX_PIXELS // 1_000_000)
    assert boxes() == [
        (
            said("shell", "FileOps", "Cannot open image"),
            text.format(name="bomb.png", width=13000, height=12000, limit=megapixels),
        )
    ]


# ---- sessions: File → Load session ---------------------------------------------------------------


def test_a_session_with_a_wrong_field_is_refused_in_the_language(window, tmp_path):
    from convviz.gui.shell import file_ops
    from convviz.io import session_files

    win, said = window
    doc = session_files.to_dict(win.state)
    doc["input"]["colour"] = "rgb"  # the field is color_mode
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    stride = win.state.layer.params.stride
    assert file_ops.load_session(win, path) is False
    reason = said.io("SessionFiles", "unknown input field {field}.").format(field='"colour"')
    text = said.io("SessionFiles", "Session '{name}': {reason}").format(name="lesson.json", reason=reason)
    assert boxes() == [(said("shell", "FileOps", "Cannot load session"), text)]
    assert win.state.layer.params.stride == stride


def test_a_session_too_large_names_its_size_and_the_limit(window, tmp_path):
    from convviz.gui.shell import file_ops
    from convviz.model import limits

    win, said = window
    path = tmp_path / "huge.json"
    size = limits.SESSION_FILE_MAX_BYTES + 1
    with open(path, "wb") as f:
        f.truncate(size)  # sparse: the size is refused before a byte is read
    assert file_ops.load_session(win, path) is False
    text = said.io("JsonFiles", "Cannot read '{name}': it is {size} bytes, and a convviz {what} is at most {limit}.")
    what = said.io("SessionFiles", "session")
    limit = f"{limits.SESSION_FILE_MAX_BYTES // 2**20} MiB"
    expected = text.format(name="huge.json", size=f"{size:,}", what=what, limit=limit)
    assert boxes() == [(said("shell", "FileOps", "Cannot load session"), expected)]


# ---- models: the Your model tab ------------------------------------------------------------------


def _model(path, op_type: str, name: str, inputs: list[str], initializers=(), **attributes) -> None:
    """A one-node ONNX model (opset 13) on a 1×1×8×8 input."""
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1, 8, 8])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
    node = helper.make_node(op_type, inputs, ["y"], name=name, **attributes)
    graph = helper.make_graph([node], "hostile", [x], [y], list(initializers))
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]), str(path))


def _refusal(qtbot, win, path) -> tuple[str, str]:
    """Open ``path`` in the Your model tab (off the GUI thread, as File → Open model… and a drop
    do) and wait for the one message it shows."""
    win.network_tab.open_model(path)
    seen: list[tuple[str, str]] = []
    qtbot.waitUntil(lambda: bool(seen.extend(boxes()) or seen), timeout=WAIT_MS)
    assert len(seen) == 1, seen
    return seen[0]


def test_an_onnx_model_with_an_unsupported_operator_names_the_node_and_operator(window, qtbot, tmp_path):
    from convviz.io.onnx_ops import BUILDERS

    win, said = window
    path = tmp_path / "erf.onnx"
    _model(path, "Erf", "strange", ["x"])
    title, text = _refusal(qtbot, win, path)
    assert title == said("network", "NetworkTab", "Cannot open the model")
    supported = ", ".join(sorted(BUILDERS))
    assert "Conv" in supported.split(", ") and "MaxPool" in supported.split(", ") and "Erf" not in supported
    reason = said.io("OnnxOps", "operator {op} is not supported (convviz reads {supported})").format(
        op="Erf", supported=supported
    )
    assert text == said.io("OnnxFiles", "node {node}: {reason}").format(node="'strange'", reason=reason)


def test_an_onnx_convolution_with_a_stride_beyond_the_limit_names_it(window, qtbot, tmp_path):
    win, said = window
    path = tmp_path / "stride.onnx"
    weight = helper.make_tensor("w", TensorProto.FLOAT, [1, 1, 3, 3], [0.0] * 9)
    _model(path, "Conv", "conv1", ["x", "w"], [weight], kernel_shape=[3, 3], strides=[2000, 1])
    title, text = _refusal(qtbot, win, path)
    assert title == said("network", "NetworkTab", "Cannot open the model")
    beyond = said.io("OnnxOps", "{key} {values} is beyond {limit}").format(key="strides", values=[2000, 1], limit=1024)
    assert text == said.io("OnnxFiles", "node {node}: {reason}").format(node="'conv1'", reason=f"Conv: {beyond}")


# ---- the live camera -----------------------------------------------------------------------------


def test_a_video_file_that_does_not_exist_is_explained_in_the_language(window, qtbot, tmp_path):
    win, said = window
    path = tmp_path / "lecture.mp4"
    assert win.live.start(str(path))  # opened on another thread: the failure comes back from it
    expected = said.io("CameraSources", "Video file not found: {path}").format(path=path)
    qtbot.waitUntil(lambda: win.live.live.error == expected, timeout=WAIT_MS)
    assert expected in win.live_panel.error.toolTip()
    assert not win.live.live.running and win.live.connecting is None


def test_a_camera_index_below_zero_is_explained_in_the_language(window):
    from convviz.app import open_initial, parse_args

    win, said = window
    args, _ = parse_args(["--camera", "-1"])
    open_initial(win, args)
    expected = said.io("CameraSources", "Camera index must be 0 or more, got {index}.").format(index=-1)
    assert win.live.live.error == expected and not win.live.live.running


def test_the_synthetic_source_is_named_in_the_language(window, qtbot):
    win, said = window
    said_by_controller: list[str] = []
    win.live.message.connect(said_by_controller.append)
    win.live.set_resolution((320, 240))
    assert win.live.start("synthetic")
    live = said("live", "LiveController", "Live: {0}").format(said.io("SyntheticSource", "synthetic source"))
    qtbot.waitUntil(lambda: live in said_by_controller, timeout=WAIT_MS)
    win.live.stop(keep_frame=False)
