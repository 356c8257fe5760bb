"""Media-player controls for a `Player`: play/pause, step, jump, speed, a scrubber, and the
keyboard shortcuts (Space, Left/Right, Home/End, +/−) active while focus is inside ``host``."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from convviz.gui.i18n import tr
from convviz.model.teaching.stepper import Player

FRAME_MS = 33  # fastest redraw: above ~30 steps/s several steps are taken per frame


class TransportBar(QWidget):
    def __init__(self, player: Player, host: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        spec = [  # (attribute, text, tip, handler)
            (
                "start_button",
                "SP_MediaSkipBackward",
                QT_TRANSLATE_NOOP("TransportBar", "Jump to the first step (Home)"),
                player.to_start,
            ),
            (
                "back_button",
                "SP_MediaSeekBackward",
                QT_TRANSLATE_NOOP("TransportBar", "One step back (Left)"),
                player.back,
            ),
            ("play_button", "SP_MediaPlay", QT_TRANSLATE_NOOP("TransportBar", "Play / pause (Space)"), self.toggle),
            (
                "forward_button",
                "SP_MediaSeekForward",
                QT_TRANSLATE_NOOP("TransportBar", "One step forward (Right)"),
                player.forward,
            ),
            (
                "end_button",
                "SP_MediaSkipForward",
                QT_TRANSLATE_NOOP("TransportBar", "Jump to the last step (End)"),
                player.to_end,
            ),
            ("slower_button", "−", QT_TRANSLATE_NOOP("TransportBar", "Slower (−)"), self.slower),
            ("faster_button", "+", QT_TRANSLATE_NOOP("TransportBar", "Faster (+)"), self.faster),
        ]
        for name, look, tip, handler in spec:
            button = QToolButton(toolTip=tr("TransportBar", tip))
            if look.startswith("SP_"):
                button.setIcon(self.style().standardIcon(getattr(QStyle.StandardPixmap, look)))
            else:
                button.setText(look)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the shortcuts, not a button
            button.clicked.connect(handler)
            setattr(self, name, button)
            layout.addWidget(button)
            if name == "end_button":
                self.speed_label = QLabel(toolTip=tr("TransportBar", "Steps per second while playing"))
                self.speed_label.setMinimumWidth(70)
        layout.insertWidget(6, self.speed_label)
        self.scrubber = QSlider(
            Qt.Orientation.Horizontal, toolTip=tr("TransportBar", "Drag to any step; seeking is instant")
        )
        self.scrubber.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrubber.valueChanged.connect(player.seek)
        layout.addWidget(self.scrubber, 1)
        self.step_label = QLabel(toolTip=tr("TransportBar", "Current step / number of steps"))
        self.step_label.setMinimumWidth(110)
        layout.addWidget(self.step_label)
        self.export_button = QToolButton(
            text=tr("TransportBar", "Export animation…"),
            toolTip=tr("TransportBar", "Save this layer's pass as an animated GIF or MP4 for slides"),
        )
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.export_button.clicked.connect(self.export_animation)
        layout.addWidget(self.export_button)
        self.export_dialog: QWidget | None = None  # the last one opened
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        # Seconds from any origin; the timer only asks "how far has the clock moved?", so a test
        # can drive playback deterministically by replacing it.
        self.clock: Callable[[], float] = time.monotonic
        self._last_tick = 0.0
        player.changed.connect(self._on_position)
        keys = [
            ("Space", self.toggle),
            ("Right", player.forward),
            ("Left", player.back),
            ("Home", player.to_start),
            ("End", player.to_end),
            ("+", self.faster),
            ("=", self.faster),
            ("-", self.slower),
        ]
        self.shortcuts = []
        for key, handler in keys:
            shortcut = QShortcut(QKeySequence(key), host or self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
            self.shortcuts.append(shortcut)
        self.refresh()

    # ---- actions -----------------------------------------------------------------------------
    def toggle(self) -> None:
        self.player.toggle()
        if self.player.playing:
            self._last_tick = self.clock()
            self.timer.start(self._interval())
        else:
            self.timer.stop()
        self._show_playing()

    def faster(self) -> None:
        self.player.faster()
        self._retime()

    def slower(self) -> None:
        self.player.slower()
        self._retime()

    def _interval(self) -> int:
        return max(FRAME_MS, int(1000 / self.player.speed))

    def _retime(self) -> None:
        if self.timer.isActive():
            self.timer.setInterval(self._interval())
        self._show_speed()

    def _tick(self) -> None:
        now = self.clock()
        self.player.tick(now - self._last_tick)
        self._last_tick = now
        if not self.player.playing:
            self.timer.stop()
            self._show_playing()

    def export_animation(self) -> None:
        """Open the export dialog for the stepper this bar sits in (the stepper knows the layer)."""
        # Imported here: the stepper's pages are built from this bar.
        from convviz.gui.stepper.animation_export import open_for_stepper
        from convviz.gui.stepper.stepper_widget import StepperWidget

        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, StepperWidget):
            widget = widget.parentWidget()
        if widget is not None:
            self.export_dialog = open_for_stepper(widget)

    # ---- display -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw after the player's length changed (a new trace)."""
        with QSignalBlocker(self.scrubber):
            self.scrubber.setRange(0, self.player.last)
            self.scrubber.setValue(self.player.position)
        self._on_position(self.player.position)
        self._show_speed()
        self._show_playing()

    def _on_position(self, k: int) -> None:
        with QSignalBlocker(self.scrubber):
            self.scrubber.setValue(k)
        if self.player.length:
            self.step_label.setText(tr("TransportBar", "step {0} / {1}").format(k + 1, self.player.length))
        else:
            self.step_label.setText(tr("TransportBar", "no steps"))

    def _show_speed(self) -> None:
        s = self.player.speed
        self.speed_label.setText(tr("TransportBar", "{0} steps/s").format(f"{s:g}"))

    def _show_playing(self) -> None:
        look = QStyle.StandardPixmap.SP_MediaPause if self.player.playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(look))
