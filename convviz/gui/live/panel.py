"""The live camera toolbar: source, resolution, mirror, start/stop, pause, record, still, and a readout.

A view of `LiveState`: it writes through the controller and redraws when the state says it changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLabel, QPushButton, QToolBar, QWidget

from convviz.camera import list_devices
from convviz.gui.i18n import tr
from convviz.gui.live.controller import LiveController
from convviz.gui.shell import prefs
from convviz.model.limits import LIVE_MAX_SIDE
from convviz.model.live import RESOLUTIONS

VIDEO_FILTER = QT_TRANSLATE_NOOP("LivePanel", "Videos (*.avi *.mp4 *.mkv *.mov *.webm);;All files (*)")
CHOOSE_FILE = "<file>"  # combo item that asks for a video file


class DeviceCombo(QComboBox):
    """Cameras are probed when the list opens, so one plugged in later shows up without a restart."""

    def __init__(self) -> None:
        super().__init__()
        self.fill([])

    def fill(self, devices: list[int]) -> None:
        """Synthetic, the cameras found, files played before, then "Video file…"; the choice is kept."""
        current = self.currentData()
        files = [(self.itemText(i), self.itemData(i)) for i in range(self.count()) if _is_file(self.itemData(i))]
        self.blockSignals(True)
        self.clear()
        self.addItem(tr("LivePanel", "synthetic"), "synthetic")
        for index in devices:
            self.addItem(tr("LivePanel", "camera {0}").format(index), str(index))
        for text, data in files:
            self.addItem(text, data)
        self.addItem(tr("LivePanel", "Video file…"), CHOOSE_FILE)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def choose(self, spec: str) -> None:
        """Select `spec`, adding it (a camera index, a file or a URL) if the list does not have it."""
        if self.findData(spec) < 0:
            if spec.strip().lstrip("+-").isdigit():
                text = tr("LivePanel", "camera {0}").format(spec.strip())
            elif "://" in spec:
                text = tr("LivePanel", "stream: {0}").format(_elide(spec, 40))
            else:
                text = tr("LivePanel", "file: {0}").format(Path(spec).name)
            self.insertItem(self.count() - 1, text, spec)
        self.setCurrentIndex(self.findData(spec))

    def showPopup(self) -> None:
        self.fill(list_devices())
        super().showPopup()


class LivePanel(QToolBar):
    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(tr("LivePanel", "Live camera"), parent)
        self.setObjectName("live")  # saveState/restoreState need it
        self.controller, self.live = controller, controller.live
        self.source = DeviceCombo()
        self.source.setToolTip(
            tr("LivePanel", "Where frames come from: the synthetic moving shapes, a camera, or a video file.")
        )
        self.source.activated.connect(self._on_source_chosen)
        self.resolution = QComboBox()
        for w, h in RESOLUTIONS:
            self.resolution.addItem(f"{w}×{h}")
        self.resolution.setCurrentIndex(RESOLUTIONS.index(self.live.resolution))
        self.resolution.setToolTip(
            tr(
                "LivePanel",
                "Frame size asked of the camera (it may pick the nearest it supports); "
                "the synthetic source draws at exactly this size. Video files keep theirs.",
            )
        )
        self.resolution.activated.connect(lambda i: controller.set_resolution(RESOLUTIONS[i]))
        self.mirror = QCheckBox(tr("LivePanel", "Mirror"))
        self.mirror.setToolTip(
            tr("LivePanel", "Flip frames left-right, like a mirror (what people expect from a webcam).")
        )
        self.mirror.toggled.connect(controller.set_mirror)
        self.start_button = QPushButton(tr("LivePanel", "Start live"))
        self.start_button.clicked.connect(self._start_or_stop)
        self.pause_button = QPushButton(tr("LivePanel", "Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(
            tr("LivePanel", "Freeze the current frame to explore it: hover, pin, edit the kernel (Space).")
        )
        self.pause_button.clicked.connect(controller.set_paused)
        self.record_button = QPushButton(tr("LivePanel", "Record maps"))
        self.record_button.setCheckable(True)
        self.record_button.setToolTip(
            tr("LivePanel", "Record the feature maps, coloured as shown, to an .avi or .mp4 video.")
        )
        self.record_button.clicked.connect(self._record_clicked)
        self.still_button = QPushButton(tr("LivePanel", "Save still"))
        self.still_button.setToolTip(tr("LivePanel", "Save the camera frame behind the current maps as an image."))
        self.still_button.clicked.connect(self._save_still)
        self.readout = QLabel(tr("LivePanel", "live off"))
        self.readout.setToolTip(
            tr(
                "LivePanel",
                "Displayed frames per second and the median time per frame of each stage: "
                "capture (taking the newest frame), engine (on the worker: the frame to floats, "
                "mirrored if asked, the layer, and the colours to draw), display (drawing and painting "
                "the views); latency is from the camera handing over a frame to its maps on screen. "
                "Frames longer than {0} px on a side are downscaled, and the readout says from what size.",
            ).format(LIVE_MAX_SIDE)
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #d33")
        self.error.setMaximumWidth(420)
        for widget in (
            self.source,
            self.resolution,
            self.mirror,
            self.start_button,
            self.pause_button,
            self.record_button,
            self.still_button,
        ):
            self.addWidget(widget)
        self.addSeparator()
        self.addWidget(self.readout)
        self.addWidget(self.error)
        # Space pauses only while focus is in this toolbar: elsewhere it belongs to the focused widget.
        self.pause_shortcut = QShortcut(
            QKeySequence(Qt.Key.Key_Space),
            self,
            controller.toggle_pause,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._refresh = QTimer(self, interval=250)  # the readout changes every frame; people read 4 Hz
        self._refresh.timeout.connect(self._show_readout)
        self.live.changed.connect(self._sync)
        controller.connecting_changed.connect(self._sync)
        self._sync()

    def choose(self, spec: str) -> None:
        self.source.choose(str(spec))

    def chosen_spec(self) -> str:
        data = self.source.currentData()
        return self.live.source if data in (None, CHOOSE_FILE) else str(data)

    def _on_source_chosen(self) -> None:
        if self.source.currentData() != CHOOSE_FILE:
            return
        folder = prefs.get("last_folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self, tr("LivePanel", "Play a video file"), folder, tr("LivePanel", VIDEO_FILTER)
        )
        if path:
            self.source.choose(path)
            self.controller.start(path)
        else:
            self.source.fill([])

    def _start_or_stop(self) -> None:
        if self.live.running:
            self.controller.stop()
        else:
            self.controller.start(self.chosen_spec())

    def _record_clicked(self, checked: bool) -> None:
        if not checked:
            self.controller.stop_recording()
            return
        folder = prefs.get("last_folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("LivePanel", "Record feature maps"),
            str(Path(folder) / "maps.avi"),
            tr("LivePanel", "Motion JPEG (*.avi);;MPEG-4 (*.mp4)"),
        )
        if not path:
            self.record_button.setChecked(False)
            return
        if Path(path).suffix.lower() not in (".avi", ".mp4"):
            path += ".avi"
        self.controller.start_recording(path)

    def _save_still(self) -> None:
        folder = prefs.get("last_folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("LivePanel", "Save still"),
            str(Path(folder) / "frame.png"),
            tr("LivePanel", "Images (*.png *.jpg *.bmp *.tif)"),
        )
        if path:
            self.controller.save_still(path if Path(path).suffix else path + ".png")

    def _sync(self, name: str = "") -> None:
        live = self.live
        streaming = live.running and self.controller.connecting is None  # frames are flowing
        self.start_button.setText(tr("LivePanel", "Stop live") if live.running else tr("LivePanel", "Start live"))
        if self.controller.connecting is not None:
            self.start_button.setToolTip(tr("LivePanel", "Stop waiting for the source to open."))
        else:
            self.start_button.setToolTip(
                tr("LivePanel", "Stop the camera and keep the last frame as the image (Ctrl+Shift+L starts).")
                if live.running
                else tr("LivePanel", "Start feeding frames from the chosen source.")
            )
        self.pause_button.setEnabled(streaming)
        self.pause_button.setChecked(live.paused)
        self.record_button.setEnabled(streaming)
        self.record_button.setChecked(self.controller.video is not None)
        self.still_button.setEnabled(self.controller.shown is not None)
        self.mirror.setChecked(live.mirror)
        if live.resolution in RESOLUTIONS:  # tuples do not survive a QVariant round trip: match by index
            self.resolution.setCurrentIndex(RESOLUTIONS.index(live.resolution))
        self.error.setText(_elide(live.error, 70))
        self.error.setToolTip(live.error or tr("LivePanel", "Problems with the live source appear here."))
        if live.running:
            self._refresh.start()
        else:
            self._refresh.stop()
        self._show_readout()

    def _show_readout(self) -> None:
        connecting, note = self.controller.connecting, self.controller.downscale_note()
        if not self.live.running:
            self.readout.setText(tr("LivePanel", "live off"))
        elif connecting is not None:
            self.readout.setText(tr("LivePanel", "Connecting to {0}…").format(_elide(connecting, 60)))
        else:
            text = self.live.stats.readout() + (f" · {note}" if note else "")
            self.readout.setText(tr("LivePanel", "paused · {0}").format(text) if self.live.paused else text)
        self.still_button.setEnabled(self.controller.shown is not None)


def _is_file(data: object) -> bool:
    """An item for a video file played before (not the synthetic source, a camera, a stream or "Video file…")."""
    if not isinstance(data, str) or data in ("synthetic", CHOOSE_FILE) or "://" in data:
        return False
    return not data.strip().lstrip("+-").isdigit()


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
