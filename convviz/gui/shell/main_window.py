"""The main window: assembles the views, docks and menus and routes state changes between them.

Views never talk to each other: they write to the state (selection, settings) and redraw from
the state and from the compute bridge's results.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QRectF, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from convviz import __version__
from convviz.gui import colormaps
from convviz.gui.explorer.arithmetic_panel import ArithmeticPanel
from convviz.gui.explorer.comparison_view import ComparisonView
from convviz.gui.explorer.compute_bridge import ComputeBridge
from convviz.gui.explorer.input_view import InputViewWidget
from convviz.gui.explorer.layer_panel import LayerPanel
from convviz.gui.explorer.map_grid import MapGridWidget
from convviz.gui.explorer.shape_panel import ShapePanel
from convviz.gui.explorer.view_link import ViewChain
from convviz.gui.i18n import tr
from convviz.gui.live.controller import LiveController, source_title
from convviz.gui.live.panel import LivePanel
from convviz.gui.network import NetworkTab
from convviz.gui.sample_titles import sample_title
from convviz.gui.shell import file_ops, help_texts, look_prefs, menus, prefs
from convviz.gui.shell.actions import Act
from convviz.gui.shell.file_dialogs import FileDialogs
from convviz.gui.shell.help_window import HelpWindow
from convviz.gui.shell.look_prefs import contrast_box
from convviz.gui.shell.window_layout import COMPACT_BELOW, PREFERRED_SIZE, DockLayout, fit_to_screen
from convviz.gui.stack import StackWidget
from convviz.gui.stepper import StepperWidget
from convviz.model.layer.compute import Result
from convviz.model.layer.drawing import Look
from convviz.model.layer.explain import explain
from convviz.model.layer.footprint import clamp, conv_region, hover_overlay
from convviz.model.state import AppState, Cell, Stage

STACK_TAB = 2
MODEL_TAB = 3
PREFERRED_WIDTH = PREFERRED_SIZE.width()
LIVE_NUMBERS_MS = 250  # the pinned cell's numbers follow live frames at 4 Hz
FIRST_STACK = "LeNet-5 (28×28 gray)"
TAB_HINTS = (
    QT_TRANSLATE_NOOP("Hints", "Hover the image or a map; click a map cell to pin it, arrow keys move the pin."),
    QT_TRANSLATE_NOOP("Hints", "Space plays, ← → step, Home/End jump; the Backward tab walks the gradients."),
    QT_TRANSLATE_NOOP("Hints", "Hover a cell of any tile to see the part of the input that feeds it."),
    QT_TRANSLATE_NOOP(
        "Hints", "Open your .onnx model (Ctrl+Shift+O, or drop it here); click a layer, then a cell of its maps."
    ),
)


def _scrollable(widget: QWidget) -> QScrollArea:
    """A wide tab scrolls instead of forcing the whole window wider than a laptop screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _scrolled_panel(widget: QWidget) -> QScrollArea:
    """A dock's panel that scrolls vertically when the dock is shorter than it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    scrollbar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(widget.minimumSizeHint().width() + scrollbar)  # never cut sideways
    return area


class MainWindow(FileDialogs, QMainWindow):
    def __init__(self, state: AppState, parent: QWidget | None = None, compact: bool | None = None) -> None:
        """``compact``: the panels as one column of tabs (None: when the screen is narrower than
        ``COMPACT_BELOW`` logical pixels, e.g. a projector at ×2)."""
        super().__init__(parent)
        self.state = state
        self._compact = compact
        self.setWindowTitle(tr("MainWindow", "convviz — see a convolution layer at work"))
        self.setAcceptDrops(True)
        self.view_chain = ViewChain()
        self.cmap_name = prefs.get("colormap", colormaps.DEFAULT)
        self.bridge = ComputeBridge(state, self)
        self.bridge.look = Look(
            symmetric=colormaps.is_diverging(self.cmap_name),
            gain=look_prefs.gain(),
            robust=look_prefs.robust(),
            per_map=look_prefs.per_map(),
            sqrt_scale=look_prefs.sqrt_scale(),
        )
        self._build_views()
        self._build_docks()
        self._build_status()
        self._build_live()
        self.actions_by_id: dict[Act, QAction] = {}
        self._build_menus()
        self.bridge.resultReady.connect(self._on_result)
        self.bridge.busyChanged.connect(self._on_busy)
        state.selection.changed.connect(self._on_selection)
        state.input.changed.connect(self._on_input)
        self._on_input("image")
        self._restore_geometry()
        self.bridge.request()

    # ---- construction --------------------------------------------------------------------
    def _build_views(self) -> None:
        self.input_view = InputViewWidget()
        self.conv_maps = MapGridWidget(Stage.CONV, "map")
        self.conv_maps.add_colorbar(colormaps.colormap(self.cmap_name))
        self.pool_maps = MapGridWidget(Stage.POOL, "pooled")
        self.pool_maps.add_colorbar(colormaps.colormap(self.cmap_name))  # the same scale, beside them too
        self.maps_split = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.conv_maps)
        right.addWidget(self.pool_maps)
        self.pool_maps.setVisible(False)
        self.comparison = ComparisonView(colormaps.colormap(self.cmap_name))
        self.comparison.hide()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.input_view)
        split.addWidget(right)
        split.addWidget(self.comparison)
        split.setSizes([500, 500, 0])
        # One layer, its step-by-step walk and whole stacks share the window as tabs.
        self.stepper = StepperWidget(self.state)
        self.stack_tab = StackWidget(self.state)
        self.stack_tab.set_colormap(self.cmap_name)
        self.network_tab = NetworkTab(self.state)
        self.network_tab.set_colormap(self.cmap_name)
        self.network_tab.openRequested.connect(self.choose_model)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(split, tr("Tabs", "Layer explorer"))
        self.tabs.addTab(_scrollable(self.stepper), tr("Tabs", "Step by step"))
        self.tabs.addTab(_scrollable(self.stack_tab), tr("Tabs", "Layer stack"))
        self.tabs.addTab(_scrollable(self.network_tab), tr("Tabs", "Your model"))
        self.setCentralWidget(self.tabs)
        self._unshown_result: Result | None = None  # arrived while another tab was in front
        self._caption_live = False  # the input caption names the camera
        self.tabs.currentChanged.connect(self._on_tab)
        for grid in (self.conv_maps, self.pool_maps):
            grid.cellHovered.connect(self.state.selection.hover)
            grid.cellClicked.connect(self.state.selection.pin)
            grid.arrowPressed.connect(self.move_pin)
        self.input_view.arrowPressed.connect(self.move_pin)
        self.input_view.pixelHovered.connect(lambda text: self.coords.setText(text))

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # needed by saveState/restoreState
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
        self.layer_panel = LayerPanel(self.state)
        # Scrolled rather than squeezed: on a laptop screen a problem's text would be cut off.
        self.layer_dock = self._dock(tr("Docks", "Layer"), _scrolled_panel(self.layer_panel), left, "layer")
        self.shape_panel = ShapePanel()
        self.shape_dock = self._dock(tr("Docks", "Shapes"), _scrolled_panel(self.shape_panel), left, "shapes")
        from convviz.gui.explorer.kernel_editor import KernelEditorWidget  # owned by the kernel-editor module

        self.kernel_editor = KernelEditorWidget(self.state.bank)
        self.kernel_editor.cellHovered.connect(self._on_kernel_hover)
        self.kernel_dock = self._dock(tr("Docks", "Kernel"), _scrolled_panel(self.kernel_editor), right, "kernel")
        self.arithmetic_panel = ArithmeticPanel()
        self.arithmetic_dock = self._dock(
            tr("Docks", "Arithmetic of the pinned cell"), self.arithmetic_panel, right, "arithmetic"
        )
        self.help_panel = QTextBrowser()
        self.help_window = HelpWindow(self)
        self.help_dock = self._dock(tr("Docks", "What am I looking at?"), self.help_panel, right, "help")
        self.tabifyDockWidget(self.arithmetic_dock, self.help_dock)
        from convviz.gui.explorer.properties_panel import PropertiesPanel  # measures only while shown

        self.properties_panel = PropertiesPanel(self.state, self.bridge)
        self.properties_dock = self._dock(
            tr("Docks", "Properties"), _scrolled_panel(self.properties_panel), right, "properties"
        )
        self.properties_dock.toggleViewAction().setStatusTip(
            tr("Docks", "Rank and factors of the kernel, shift and rotation of the input, parameter sharing.")
        )
        self.tabifyDockWidget(self.arithmetic_dock, self.properties_dock)
        self.arithmetic_dock.raise_()
        docks = [
            self.layer_dock,
            self.shape_dock,
            self.kernel_dock,
            self.arithmetic_dock,
            self.help_dock,
            self.properties_dock,
        ]
        self.dock_layout = DockLayout(self, docks, front=self.arithmetic_dock)
        # Applied once the window has its size; before that Qt ignores dock sizes.
        QTimer.singleShot(0, self._size_docks)

    def _size_docks(self, force: bool = False) -> None:
        if self.compact:  # one column of tabbed panels: the pictures first
            self.resizeDocks([self.layer_dock], [int(self.width() * 0.4)], Qt.Orientation.Horizontal)
            return
        if force or prefs.settings().value("window_state") is None:
            self.resizeDocks([self.layer_dock, self.kernel_dock], [330, 400], Qt.Orientation.Horizontal)
            self.resizeDocks([self.layer_dock, self.shape_dock], [380, 420], Qt.Orientation.Vertical)
            self.resizeDocks([self.kernel_dock, self.arithmetic_dock], [470, 330], Qt.Orientation.Vertical)

    def _build_status(self) -> None:
        self.coords = QLabel(tr("MainWindow", "Hover the image or a map."))
        self.statusBar().addWidget(self.coords, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: we cannot know how far a convolution is
        self.busy.setMaximumWidth(90)
        self.busy.setFormat(tr("MainWindow", "computing"))
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        self.contrast = contrast_box(self.bridge.look.gain, lambda gain: self._set_look(gain=gain))
        self.statusBar().addPermanentWidget(self.contrast)
        # Show the busy bar only if work lasts longer than a blink, so it does not flicker.
        self._busy_timer = QTimer(self, singleShot=True, interval=150)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(self.bridge.busy))

    def _build_live(self) -> None:
        self.live = LiveController(self.bridge, self.state.input, self)
        self.live.colormap_name = self.cmap_name
        self.live.frameReady.connect(self.show_frame)
        self._live_numbers = QTimer(self, singleShot=True, interval=LIVE_NUMBERS_MS)
        self._live_numbers.timeout.connect(self._follow_frame_numbers)
        self.conv_maps.painted.connect(self.live.maps_painted)
        for view in (self.pool_maps, self.input_view):
            view.painted.connect(self.live.view_painted)
        self.live_panel = LivePanel(self.live, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.live_panel)
        # Into the status label rather than showMessage: a temporary message is drawn over that label.
        self.live.message.connect(self.coords.setText)
        self.network_tab.message.connect(self.coords.setText)

    def _on_tab(self, index: int) -> None:
        """Only the explorer uses the one-layer docks: the stepper and the stack get their room,
        and get them back as they were. A newcomer's first stack is an example."""
        self.dock_layout.show_for_tab(explorer=index == 0)
        self.bridge.follow_live = index == 0
        self.coords.setText(tr("Hints", TAB_HINTS[index]))  # not the last tab's readout
        if index == 0 and self._unshown_result is not None:
            # In the next turn: the docks coming back relayout the window in this one.
            QTimer.singleShot(0, self._show_unshown_result)
        if index == STACK_TAB:
            editor = self.stack_tab.editor
            if len(self.stack_tab.stack) == 0 and FIRST_STACK in editor.examples:
                editor.load_file(editor.examples[FIRST_STACK])

    def show_model_tab(self) -> None:
        self.tabs.setCurrentIndex(MODEL_TAB)

    def start_live(self) -> None:
        """File → Live camera…: show the toolbar and start the source chosen in it."""
        self.live_panel.show()
        self.tabs.setCurrentIndex(0)
        if not self.live.live.running:
            self.live.start(self.live_panel.chosen_spec())

    def _build_menus(self) -> None:
        menus.build(self)

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        for path in prefs.recent_files():
            self.recent_menu.addAction(path, lambda p=path: file_ops.open_image(self, p))
        self.recent_menu.setEnabled(bool(prefs.recent_files()))

    # ---- results and selection -----------------------------------------------------------
    def _on_input(self, what: str) -> None:
        """The caption names what the layer sees: the camera while frames flow, else the image."""
        live = self.state.input.is_live
        if what == "live_frame" and live == self._caption_live:
            return  # one more frame of the same source: the caption stands
        self._caption_live = live
        if live:
            caption = tr("MainWindow", "live camera ({0})").format(source_title(self.live.live.source))
            self.input_view.set_caption(caption, self.live.downscale_note())
        else:
            self.input_view.set_caption(sample_title(self.state.input.name), self.state.input.note)

    def _show_unshown_result(self) -> None:
        if self._unshown_result is not None and self.tabs.currentIndex() == 0:
            self._on_result(self._unshown_result)

    def _on_result(self, result: Result) -> None:
        """Show a new result in the explorer's views and panels; while another tab is in front
        it is only kept, and shown when the explorer comes back (nobody sees those views)."""
        if self.tabs.currentIndex() != 0:
            self._unshown_result = result
            return
        self._unshown_result = None
        self.layer_panel.show_result(result)
        shown = self.bridge.valid
        self.shape_panel.show_result(shown, result)
        self.help_panel.setHtml(explain(shown) + help_texts.colours() + help_texts.shortcuts())
        if not result.ok or shown is None:
            return  # keep showing the last valid maps
        self.input_view.set_result(shown)
        self._draw_maps(shown)
        self.comparison.show_differences(shown)
        if shown.pooled is not None and self.pool_maps.isHidden():
            self.pool_maps.setVisible(True)
            half = max(self.maps_split.height() // 2, 100)
            self.maps_split.setSizes([half, half])
        self.pool_maps.setVisible(shown.pooled is not None)
        self._link_views(shown)
        sel = self.state.selection
        with sel.changed.blocked(self._on_selection):  # redrawn once, just below
            sel.set_cells(clamp(sel.pinned, shown), clamp(sel.hovered, shown))
        self._on_selection("result")

    def _look(self, shown: Result):
        """(levels, lut, drawing): what the worker chose, unless it drew for a colour map of the
        other kind (the redraw is on its way): then the data's own range, scaled here."""
        drawing = shown.drawing
        if drawing is not None and shown.snapshot.look.symmetric == colormaps.is_diverging(self.cmap_name):
            lut = colormaps.gray_lut() if drawing.gray else colormaps.lut(self.cmap_name)
            return drawing.levels, lut, drawing
        return colormaps.levels_for(shown.activated, self.cmap_name), colormaps.lut(self.cmap_name), None

    def _draw_maps(self, shown: Result) -> None:
        levels, lut, drawing = self._look(shown)
        gray = drawing is not None and drawing.gray
        cmap = colormaps.gray_colormap() if gray else colormaps.colormap(self.cmap_name)
        names = shown.snapshot.names
        self._size_headings(shown)
        for grid, maps, indices in (
            (self.conv_maps, shown.activated, drawing and drawing.conv),
            (self.pool_maps, shown.pooled, drawing and drawing.pooled),
        ):
            if maps is not None:
                own = drawing.map_levels if drawing is not None and shown.snapshot.look.per_map else None
                overviews = None
                if drawing is not None:
                    overviews = drawing.conv_overviews if grid is self.conv_maps else drawing.pooled_overviews
                grid.set_maps(maps, names, levels, lut, indices, own, overviews, drawing is not None and drawing.sqrt)
                grid.show_colormap(cmap, gray)

    def _size_headings(self, shown: Result) -> None:
        f, h, w = shown.conv.shape
        _, ih, iw = shown.x.shape
        self.conv_maps.set_heading(tr("MainWindow", "{0} × {1}×{2} from {3}×{4}").format(f, h, w, ih, iw))
        if shown.pooled is not None:
            ph, pw = shown.pooled.shape[1:]
            self.pool_maps.set_heading(tr("MainWindow", "pooled to {0}×{1} from {2}×{3}").format(ph, pw, h, w))

    def _link_views(self, shown: Result) -> None:
        """Zooming one view zooms the others onto the same part of the picture."""
        geometry = shown.geometry
        views = [self.input_view.view, self.conv_maps.views[0] if self.conv_maps.views else None]
        steps = [geometry.conv]
        # A global pool's single cell has nothing to zoom into.
        if geometry.pool is not None and not shown.snapshot.params.pooling.is_global and self.pool_maps.views:
            views.append(self.pool_maps.views[0])
            steps.append(geometry.pool)
        self.view_chain.attach(views, steps)

    def show_frame(self, shown: Result) -> None:
        """A live frame with settings the panels already show: redraw the pixels and maps; the
        pinned cell's numbers follow a few times a second (faster could not be read)."""
        self.input_view.set_frame(shown)
        self._draw_maps(shown)
        if self.state.selection.pinned is not None and not self._live_numbers.isActive():
            self._live_numbers.start()

    def _follow_frame_numbers(self) -> None:
        result, sel = self.bridge.valid, self.state.selection
        if result is None or sel.pinned is None or self.tabs.currentIndex() != 0:
            return
        self.arithmetic_panel.show_cell(sel.pinned, result)
        if sel.hovered is None:
            self._show_readout(sel.pinned)

    def _on_selection(self, what: str) -> None:
        result, sel = self.bridge.valid, self.state.selection
        if result is None:
            return
        inside = clamp(sel.pinned, result), clamp(sel.hovered, result)
        if inside != (sel.pinned, sel.hovered):  # set for other maps (a script, a session): on these
            sel.set_cells(*inside)  # which comes back here
            return
        cell = sel.hovered or sel.pinned  # without a hover, everything follows the pin
        self.input_view.show_overlay(hover_overlay(result, cell, sel.pinned, sel.hovered_kernel))
        rf = self.input_view.rf_rect()
        if what == "pinned" and sel.hovered is None and rf is not None:
            self.input_view.keep_in_view(rf)
        for grid in (self.conv_maps, self.pool_maps):
            grid.mark(sel.hovered if sel.hovered is not None and sel.hovered.stage is grid.stage else None)
            grid.mark_pin(sel.pinned if sel.pinned is not None and sel.pinned.stage is grid.stage else None)
        if cell is not None and cell.stage is Stage.POOL:  # the block behind the pooled value
            conv_cell = Cell(Stage.CONV, cell.filter, 0, 0)
            self.conv_maps.mark(conv_cell, conv_region(cell, result))
        if cell is not None:
            self._show_readout(cell)
        if what in ("pinned", "result"):
            self.arithmetic_panel.show_cell(sel.pinned, result)

    def _show_readout(self, cell: Cell) -> None:
        """The status bar names the cell under study and its value as drawn."""
        grid = self.conv_maps if cell.stage is Stage.CONV else self.pool_maps
        title = tr("MapGridWidget", grid.title)  # marked in map_grid.TITLES
        if self.state.selection.hovered is not None:
            readout = tr("MainWindow", "{0} {1} (row {2}, col {3}) = {4}")
        else:
            readout = tr("MainWindow", "pinned {0} {1} (row {2}, col {3}) = {4}")
        self.coords.setText(readout.format(title, cell.filter + 1, cell.y, cell.x, f"{grid.value(cell):.4f}"))

    def _on_kernel_hover(self, r: int, c: int) -> None:
        self.state.selection.hover_kernel(None if r < 0 or c < 0 else (r, c))

    def move_pin(self, dy: int, dx: int) -> None:
        pinned, result = self.state.selection.pinned, self.bridge.valid
        if pinned is None or result is None:
            return
        maps = result.conv if pinned.stage is Stage.CONV else result.pooled
        self.state.selection.pin(pinned.moved(dy, dx, maps.shape[1:]))

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.setVisible(False)

    # ---- menu handlers -------------------------------------------------------------------
    def set_colormap(self, name: str) -> None:
        self.cmap_name = name if name in colormaps.NAMES else colormaps.DEFAULT
        prefs.put("colormap", self.cmap_name)
        cmap, lut = colormaps.colormap(self.cmap_name), colormaps.lut(self.cmap_name)
        for grid in (self.conv_maps, self.pool_maps):
            grid.set_colormap(cmap, lut)
        self.stack_tab.set_colormap(self.cmap_name)
        self.network_tab.set_colormap(self.cmap_name)
        self.live.colormap_name = self.cmap_name
        self.bridge.set_look(symmetric=colormaps.is_diverging(self.cmap_name))
        if self.bridge.valid is not None:  # diverging and sequential maps use different levels
            self._on_result(self.bridge.valid)
        for action in self.colormap_menu.actions():
            action.setChecked(action.text() == self.cmap_name)

    def _set_look(self, **changes) -> None:
        """Contrast or robust levels changed: remembered, and the maps drawn again off the GUI thread."""
        self.bridge.set_look(**changes)
        look_prefs.remember(self.bridge.look)

    def reset_layout(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.dock_layout.reset()
        QTimer.singleShot(0, lambda: self._size_docks(force=True))

    def reset_view(self) -> None:
        for view in [self.input_view.view] + self.conv_maps.views[:1] + self.pool_maps.views[:1]:
            view.enableAutoRange()

    def keep_for_comparison(self) -> None:
        """Put the current maps beside the explorer's: change a setting and compare."""
        self.tabs.setCurrentIndex(0)
        shown = self.bridge.valid
        if shown is None:
            return
        levels, lut, drawing = self._look(shown)
        gray = drawing is not None and drawing.gray
        cmap = colormaps.gray_colormap() if gray else colormaps.colormap(self.cmap_name)
        self.comparison.keep(shown, levels, lut, cmap, gray)
        split = self.tabs.widget(0)
        third = max(200, sum(split.sizes()) // 3)
        split.setSizes([third, third, third])
        self.coords.setText(tr("MainWindow", "Kept. Now change a setting: the kept maps stay on the right."))

    def zoom_to_pin(self) -> None:
        """Bring the pinned cell's receptive field close enough to read (its taps, holes and
        padding), on the explorer; without a pin, say how to make one."""
        self.tabs.setCurrentIndex(0)
        pinned = self.state.selection.pinned
        result = self.bridge.valid
        if pinned is None or result is None:
            self.coords.setText(tr("MainWindow", "Pin a cell first: click it on a feature map."))
            return
        overlay = hover_overlay(result, pinned, pinned, None)
        if overlay is None:
            return
        (r0, c0), (h, w) = overlay.origin, overlay.categories.shape
        self.input_view.zoom_to(QRectF(c0, r0, w, h))

    def show_explanation(self) -> None:
        """F1: the current tab's help (the explorer's with the layer's numbers, in its dock)."""
        index = self.tabs.currentIndex()
        if index != 0:
            self.help_window.show_tab(index, self.tabs.tabText(index))
            return
        self.help_dock.show()
        self.help_dock.raise_()

    def about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("MainWindow", "About convviz"),
            tr(
                "MainWindow",
                "convviz {0}\nSee how a convolution layer transforms an image.\nPySide6 + pyqtgraph + numpy + scipy.",
            ).format(__version__),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()

    # ---- window events -------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            if file_ops.is_model(paths[0]):  # a network for the Your model tab, not a picture
                file_ops.open_model(self, paths[0])
            else:
                file_ops.open_image(self, paths[0])
            event.acceptProposedAction()

    @property
    def compact(self) -> bool:
        if self._compact is None:
            screen = self.screen()
            width = screen.availableGeometry().width() if screen is not None else PREFERRED_WIDTH
            self._compact = width < COMPACT_BELOW
        return self._compact

    def _restore_geometry(self) -> None:
        fit_to_screen(self, prefs.settings().value("geometry"))
        # A first start leads with the picture, not the camera: File → Live camera… (or View →
        # Panels) brings the live toolbar, and a restored layout keeps it as the user left it.
        self.live_panel.hide()
        if self.compact:
            self.dock_layout.compact()
        self.dock_layout.remember_default()
        layout = prefs.settings().value("window_state")
        if isinstance(layout, QByteArray) and not layout.isEmpty():
            self.restoreState(layout)

    def closeEvent(self, event) -> None:
        prefs.put("geometry", self.saveGeometry())
        self.dock_layout.restore_for_saving()  # remember the layout the user chose, not another tab's
        prefs.put("window_state", self.saveState())
        self.live.shutdown()  # before the bridge: the last frame is handed to the state
        self.bridge.shutdown()
        self.stepper.shutdown()
        self.network_tab.shutdown()
        super().closeEvent(event)
