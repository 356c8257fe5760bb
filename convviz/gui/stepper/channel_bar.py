"""Which input channel the stepper's per-channel matrices show (RGB only): R, G or B, and `C` cycles.

The input, the kernel slice, window × kernel, dW and dX are one matrix per channel; the sums
combine all three, so the arithmetic lines list every channel whichever is shown."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from convviz.gui.i18n import tr

NAMES = "RGB"
TINTS = ((255, 120, 120), (110, 225, 110), (130, 160, 255))  # the light end of each channel's ramp
INK = ("#d04040", "#2e9a2e", "#3f6fe0")  # the channel's colour in text


def channel_lut(c: int) -> np.ndarray:
    """256-entry ramp from black to channel c's tint: an input channel drawn in its own colour."""
    ramp = np.linspace(0.0, 1.0, 256)[:, None]
    return np.round(ramp * np.array(TINTS[c], np.float64)).astype(np.uint8)


class ChannelBar(QWidget):
    channelChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(QLabel(tr("ChannelBar", "channel shown:")))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QToolButton] = []
        for c, name in enumerate(NAMES):
            button = QToolButton(
                text=name,
                checkable=True,
                toolTip=tr(
                    "ChannelBar", "Show the {0} channel's input, kernel slice, products, dW and dX (C cycles)"
                ).format(name),
            )
            button.setStyleSheet(f"QToolButton {{ color: {INK[c]}; font-weight: bold; min-width: 22px; }}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys belong to the stepper
            self.group.addButton(button, c)
            self.buttons.append(button)
            layout.addWidget(button)
        self.buttons[0].setChecked(True)
        self.group.idToggled.connect(self._on_toggled)

    @property
    def channel(self) -> int:
        return max(0, self.group.checkedId())

    def set_channel(self, c: int) -> None:
        self.buttons[c % len(NAMES)].setChecked(True)

    def cycle(self) -> None:
        self.set_channel(self.channel + 1)

    def _on_toggled(self, c: int, checked: bool) -> None:
        if checked:
            self.channelChanged.emit(c)
