"""Where the window's docks go: per tab, after a reset, and on a screen of any size.

The explorer's docks (layer, shapes, kernel, arithmetic, help) belong to the explorer tab: the
stepper and the stack need the whole width, so the docks the user had open are put away when
another tab comes to the front and given back when the explorer does. View → Panels toggles
each dock, and View → Reset layout puts every dock back where a first start puts it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from convviz.gui.i18n import tr

PREFERRED_SIZE = QSize(1500, 920)
COMPACT_BELOW = 1100  # logical px of screen width: a projector at ×2 (960), a small netbook
SCREEN_MARGIN = 0.94  # of the available screen: leaves room for the window frame and a panel


def fitted_size(available: QSize, preferred: QSize = PREFERRED_SIZE) -> QSize:
    """The preferred size, shrunk to fit inside `available` with a margin."""
    return QSize(
        min(preferred.width(), int(available.width() * SCREEN_MARGIN)),
        min(preferred.height(), int(available.height() * SCREEN_MARGIN)),
    )


def clamped(frame: QRect, available: QRect) -> QRect:
    """`frame` moved and shrunk so all of it lies on the available screen area."""
    w, h = min(frame.width(), available.width()), min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.right() - w + 1)
    y = min(max(frame.y(), available.y()), available.bottom() - h + 1)
    return QRect(x, y, w, h)


class DockLayout:
    """The explorer's docks: put away on other tabs, a Panels menu, and Reset layout."""

    def __init__(self, window: QMainWindow, docks: list[QDockWidget], front: QDockWidget) -> None:
        self.window, self.docks, self.front = window, docks, front
        self.put_away: list[QDockWidget] = []
        self._default: QByteArray | None = None
        self._sizes: QByteArray | None = None  # the layout as the explorer last showed it
        self.restored = 0  # times the sizes were given back (tests wait on it)

    def remember_default(self) -> None:
        """Call once the docks are placed as on a first start (before a saved layout is restored)."""
        self._default = self.window.saveState()

    def add_panels_menu(self, menu: QMenu) -> QMenu:
        panels = menu.addMenu(tr("Menus", "&Panels"))
        for dock in self.docks:
            action = dock.toggleViewAction()
            action.setStatusTip(tr("Menus", "Show or hide the {0} panel.").format(dock.windowTitle()))
            panels.addAction(action)
        return panels

    def compact(self) -> None:
        """On a narrow screen every panel goes to the right as one stack of tabs, so the pictures
        keep most of the width (two dock columns left them ~230 px at ×2 on a projector)."""
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in self.docks:
            self.window.addDockWidget(right, dock)
        first = self.docks[0]
        for dock in self.docks[1:]:
            self.window.tabifyDockWidget(first, dock)
        self.front.raise_()

    def reset(self) -> None:
        """Every dock shown, where a first start puts it (View → Reset layout)."""
        self.put_away = []
        if self._default is not None:
            self.window.restoreState(self._default)
        for dock in self.docks:
            dock.setFloating(False)
            dock.show()
        self.front.raise_()

    def show_for_tab(self, explorer: bool) -> None:
        """Explorer in front: the docks the user had open come back; else they are put away."""
        if not explorer:
            if not self.put_away:
                self.put_away = [d for d in self.docks if d.toggleViewAction().isChecked()]
                self._sizes = self.window.saveState()  # shown again, Qt would share the room anew
            for dock in self.put_away:
                dock.hide()
        elif self.put_away:
            for dock in self.put_away:
                dock.show()
            self.front.raise_()
            self.put_away = []
            # Their sizes a turn later, if the explorer is still in front: restoring lays the whole
            # window out again (~20 ms), in a turn of its own, and not at all for a passing visit.
            QTimer.singleShot(0, self._restore_sizes)

    def _restore_sizes(self) -> None:
        if self._sizes is not None and not self.put_away:
            bars = {bar: bar.isVisible() for bar in self.window.findChildren(QToolBar)}
            self.window.restoreState(self._sizes)
            for bar, shown in bars.items():  # only the docks' sizes: a toolbar stays as it is now
                bar.setVisible(shown)
            self.front.raise_()
            self.restored += 1

    def restore_for_saving(self) -> None:
        """Closing on another tab: save the layout the user chose, not the put-away one."""
        for dock in self.put_away:
            dock.show()


def fit_to_screen(window: QMainWindow, geometry: QByteArray | None) -> None:
    """Restore a saved geometry, or take the preferred size; either way all of it on the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1500, 920)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry):
        if window.isMaximized() or window.windowState() & Qt.WindowState.WindowFullScreen:
            return
        frame = clamped(window.geometry(), available)
        window.setGeometry(frame)
        return
    size = fitted_size(available.size())
    window.resize(size)
    window.move(available.center() - QRect(0, 0, size.width(), size.height()).center())
