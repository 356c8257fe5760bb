"""The reliability review's reproducers (images, kernels, sessions, the stepper), each driven
through the path a user takes, asserting the message shown and that the work is unchanged."""

from __future__ import annotations

import json
import os
import resource
import struct
import subprocess
import sys
import zlib

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent

from convviz.app import open_initial, parse_args
from convviz.gui.shell import file_ops
from convviz.io import session_files
from tests.conftest import wait_computed
from tests.gui.helpers import take_messages

EPS_TRIANGLE = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nnewpath 10 10 moveto 90 10 lineto 50 90 lineto fill\n"
)
EPS_LOOP = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n{ } loop\n"


def png_header_only(path, width: int, height: int, color_type: int = 6) -> None:
    """A PNG whose header claims width×height (RGBA by default) with almost no data behind it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def snapshot(window):
    state = window.state
    return (state.input.image.copy(), state.input.name, state.layer.params, state.bank.to_dict())


def assert_unchanged(window, before) -> None:
    image, name, layer, bank = before
    state = window.state
    assert np.array_equal(state.input.image, image) and state.input.name == name
    assert state.layer.params == layer and state.bank.to_dict() == bank


class StallMeter:
    """The longest gap between ticks of a 10 ms GUI timer: how long the GUI thread was blocked."""

    def __init__(self) -> None:
        self.worst_ms, self._clock, self._timer = 0, QElapsedTimer(), QTimer()
        self._timer.timeout.connect(self._tick)

    def __enter__(self):
        self._clock.start()
        self._timer.start(10)
        return self

    def _tick(self) -> None:
        self.worst_ms = max(self.worst_ms, self._clock.restart())

    def __exit__(self, *exc) -> None:
        self._tick()
        self._timer.stop()


@pytest.fixture
def no_subprocesses(monkeypatch):
    """Records any attempt to start a program (Pillow's EPS plugin runs Ghostscript this way)."""
    started = []

    def refuse(*args, **kwargs):
        started.append(args[0] if args else kwargs.get("args"))
        raise OSError("starting programs is not allowed in this test")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    return started


@pytest.mark.parametrize("content", [EPS_TRIANGLE, EPS_LOOP], ids=["eps_triangle", "eps_loop"])
def test_postscript_named_png_is_refused_by_every_way_in(main_window, qtbot, tmp_path, content, no_subprocesses):
    path = tmp_path / "photo.png"
    path.write_bytes(content)
    before = snapshot(main_window)
    # File → Open and Open recent call open_image; a drop and --image go their own way.
    assert file_ops.open_image(main_window, path) is False
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    main_window.dropEvent(
        QDropEvent(
            QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        )
    )
    args, _ = parse_args(["--image", str(path)])
    open_initial(main_window, args)
    messages = take_messages()
    assert len(messages) == 3 and all("not an image convviz reads" in m for m in messages), messages
    assert no_subprocesses == []  # no Ghostscript, no other interpreter
    assert_unchanged(main_window, before)


def test_session_pointing_at_postscript_keeps_the_image(main_window, qtbot, tmp_path, no_subprocesses):
    picture = tmp_path / "photo.png"
    picture.write_bytes(EPS_LOOP)
    doc = session_files.to_dict(main_window.state)
    doc["input"]["path"] = str(picture)
    doc["layer"]["stride"] = 2
    (tmp_path / "s.json").write_text(json.dumps(doc), encoding="utf-8")
    image = main_window.state.input.image.copy()
    assert file_ops.load_session(main_window, tmp_path / "s.json")
    (message,) = take_messages()
    assert "without its image" in message and "not an image convviz reads" in message
    assert "current image stays" in message and no_subprocesses == []
    assert np.array_equal(main_window.state.input.image, image) and main_window.state.layer.params.stride == 2


def test_a_png_claiming_13000_squared_is_refused_from_its_header(main_window, qtbot, tmp_path):
    path = tmp_path / "bomb.png"
    png_header_only(path, 13000, 13000)
    before = snapshot(main_window)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with StallMeter() as stall:
        assert file_ops.open_image(main_window, path) is False
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    (message,) = take_messages()
    assert "too many pixels (13000×13000)" in message and "50 megapixels" in message
    assert grown_mib < 50 and stall.worst_ms < 2000  # refused from the header, not decoded
    assert_unchanged(main_window, before)


PEAK_PROBE = """
import resource, struct, sys, zlib
from convviz.io.images import load_image
path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
with open(path, "wb") as f:  # a real RGBA PNG, written row by row so the writer stays small
    f.write(b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)))
    z, row, parts = zlib.compressobj(9), b"\\0" + bytes([40, 80, 120, 128]) * width, []
    for _ in range(height):
        parts.append(z.compress(row))
    parts.append(z.flush())
    f.write(chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b""))
start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
loaded = load_image(path)
print(loaded.array.shape, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start) // 1024)
"""


def test_the_largest_allowed_picture_loads_in_bounded_memory(tmp_path):
    """49 MP of RGBA (196 MB decoded) under the 50 MP limit: decoded, reduced before compositing.
    Measured in a fresh interpreter so the high-water mark is this load's alone."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_PROBE, str(tmp_path / "big.png"), "7000", "7000"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    shape, grown_mib = done.stdout.rsplit(" ", 1)
    assert shape.startswith("(2048, 2048, 3)")
    assert int(grown_mib) < 600, f"peak grew by {grown_mib} MiB"


def _kernel_doc(n: int, size: int = 1, name: str = "f") -> dict:
    return {
        "format": "convviz-kernels",
        "version": 1,
        "shared": True,
        "filters": [{"name": f"{name}{i}", "weights": [[[1.0] * size] * size]} for i in range(n)],
        "bias": [0.0] * n,
    }


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.write_text(json.dumps(_kernel_doc(10_000))), "at most 64"),
        (
            lambda p: p.write_text(json.dumps(_kernel_doc(1, name="x" * 3_000_000))),
            "a convviz kernel file is at most 2 MiB",
        ),
        (lambda p: p.write_text("[" * 100_000 + "]" * 100_000), "too deeply"),
        (
            lambda p: p.write_text('{"format": "convviz-kernels", "weights": [[[NaN]]]}'),
            "NaN is not a number JSON allows",
        ),
        (lambda p: os.mkfifo(p), "not a regular file"),
        (lambda p: p.symlink_to("/dev/zero"), "not a regular file"),
    ],
    ids=["10k_filters", "3MB_name", "deep", "nan", "fifo", "dev_zero"],
)
def test_hostile_kernel_files_are_refused_and_nothing_changes(main_window, qtbot, tmp_path, make, words):
    path = tmp_path / "k.json"
    make(path)  # (a FIFO would block a reader forever; /dev/zero never ends)
    before = snapshot(main_window)
    with StallMeter() as stall:
        assert file_ops.open_kernels(main_window, path) is False
    (message,) = take_messages()
    assert message.startswith("Cannot load kernels") and words in message, message
    assert stall.worst_ms < 3000
    assert_unchanged(main_window, before)


def test_64_filters_load_and_the_window_keeps_up(main_window, qtbot, tmp_path):
    path = tmp_path / "k.json"
    path.write_text(json.dumps(_kernel_doc(64, size=15)))
    with StallMeter() as stall:
        assert file_ops.open_kernels(main_window, path)
        wait_computed(qtbot, main_window, timeout=60_000)
    assert len(main_window.conv_maps.views) == 64
    assert stall.worst_ms < 10_000  # the review measured 25 s for 500 filters and > 240 s for 10 000


def _session(main_window, **changes) -> dict:
    doc = json.loads(json.dumps(session_files.to_dict(main_window.state)))
    for dotted, value in changes.items():
        part, key = dotted.split("__")
        doc[part][key] = value
    return doc


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"layer__stride": 3, "input__path": 123}, "input path must be a text"),
        ({"layer__stride": 3, "input__name": ["a"]}, "input name must be a text"),
        ({"layer__stride": 2.9}, "stride must be a whole number, got 2.9"),
        ({"layer__stride": "3"}, "stride must be a whole number"),
        ({"layer__flip": "false"}, "flip must be true or false"),
        ({"layer__stride": 1e999}, "Infinity is not a number JSON allows"),  # json.dumps writes Infinity
    ],
    ids=["path_123", "name_list", "stride_2.9", "stride_str", "flip_str", "infinity"],
)
def test_a_bad_session_is_refused_whole(main_window, qtbot, tmp_path, changes, words):
    path = tmp_path / "s.json"
    path.write_text(json.dumps(_session(main_window, **changes)), encoding="utf-8")
    before = snapshot(main_window)
    assert file_ops.load_session(main_window, path) is False
    (message,) = take_messages()
    assert message.startswith("Cannot load session") and words in message, message
    wait_computed(qtbot, main_window)
    assert_unchanged(main_window, before)
    assert main_window.bridge.valid.conv.shape[1:] == (62, 62)  # the maps did not change either


def test_session_version_99_and_unknown_parts_are_refused(main_window, qtbot, tmp_path):
    for tweak, words in (
        (lambda d: d.update(version=99), "version 99"),
        (lambda d: d.update(surprise=1), "unknown part"),
        (lambda d: d["layer"].update(swish=True), "unknown layer setting"),
    ):
        doc = _session(main_window)
        tweak(doc)
        (tmp_path / "s.json").write_text(json.dumps(doc), encoding="utf-8")
        before = snapshot(main_window)
        assert file_ops.load_session(main_window, tmp_path / "s.json") is False
        (message,) = take_messages()
        assert words in message, message
        assert_unchanged(main_window, before)


def test_stepper_full_image_and_check_stay_responsive_on_a_2048_photo(main_window, qtbot):
    rng = np.random.default_rng(1)
    main_window.state.input.set_image(rng.random((2048, 2048)).astype(np.float32), "big")
    main_window.state.bank.resize(15, 15)
    main_window.state.bank.apply("random", seed=3)
    main_window.tabs.setCurrentIndex(1)
    stepper = main_window.stepper
    with StallMeter() as stall:
        stepper.source_combo.setCurrentIndex(stepper.source_combo.findData("full"))
        stepper.tabs.setCurrentWidget(stepper.backward)
        qtbot.waitUntil(lambda: stepper.up_to_date, timeout=20_000)  # built on the stepper's worker
        assert stepper.backward.setup.x.shape == (1, 64, 64)
        click_check = stepper.backward.closed.check_button
        qtbot.mouseClick(click_check, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: stepper.backward.last_check is not None, timeout=20_000)  # and the check on its own
    check = stepper.backward.last_check
    assert check is not None and check.weight < 1e-4 * max(1.0, check.scale)
    assert check.closed < 1e-9 * max(1.0, check.scale)
    assert stall.worst_ms < 10_000  # the review: 13 s to choose "full", > 400 s for Check


def test_main_survives_an_error_before_the_event_loop(monkeypatch, qtbot, tmp_path):
    """Anything raised while opening the first image or camera is reported, not a traceback exit."""
    from convviz import app
    from convviz.gui.shell import errors

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    install = errors.install
    monkeypatch.setattr(errors, "install", lambda: install(tmp_path))  # the log goes to tmp_path
    seen = []
    monkeypatch.setattr(errors, "excepthook", lambda *exc: seen.append(exc[1]))
    monkeypatch.setattr(app, "open_initial", lambda window, args: (_ for _ in ()).throw(RuntimeError("early")))
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.main(["convviz"]) == 0
    assert [str(e) for e in seen] == ["early"]
    assert (tmp_path / "convviz.log").is_file() and errors.log_path == tmp_path / "convviz.log"
    monkeypatch.setattr(errors, "log_path", None)
    errors.log.handlers.clear()
    for widget in QApplication.topLevelWidgets():
        widget.close()
