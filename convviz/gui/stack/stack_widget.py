"""The layer-stack tab: editor on the left; feature maps, summary, comparisons, transposed
convolution and dropout explanations on the right.

Given the app's state, the stack follows its input: every new image, and the camera's live
frames a few times a second while the tab is on screen (it reads them from the input state
itself; a frame is never rewritten, so it is not copied). The heavy work (the stack's input and
forward pass, the design comparisons, the Cᵀ check) runs on worker threads; ``up_to_date`` says
when everything shown is the result of the latest change.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6 import QtCore, QtWidgets

from convviz.gui.i18n import tr
from convviz.gui.stack._post import GuiPost
from convviz.gui.stack.comparisons import ComparisonsWidget
from convviz.gui.stack.digit_canvas import DrawPage
from convviz.gui.stack.dropout_view import DropoutWidget
from convviz.gui.stack.feature_grid import FeatureGridWidget
from convviz.gui.stack.stack_editor import StackEditorWidget
from convviz.gui.stack.summary_table import SummaryTableWidget
from convviz.gui.stack.train_page import TrainPage
from convviz.gui.stack.transpose_explain import TransposeExplainWidget
from convviz.io import stack_files
from convviz.model.stack.maps import StackMapsModel
from convviz.model.stack.model import StackModel
from convviz.model.teaching.comparisons_model import ComparisonsModel
from convviz.model.teaching.dropout import units_from_image
from convviz.model.teaching.transpose_model import TransposeModel

LIVE_INTERVAL_S = 0.25  # live frames reach the stack at most 4 times a second


class StackWidget(QtWidgets.QWidget):
    def __init__(
        self, state: Any = None, model: StackModel | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        image = None if state is None else state.input.image
        if model is None:  # the tab opens on the trained LeNet-5
            model = StackModel(image)
            stack_files.open_trained_lenet(model)
        self.stack = model
        self.state = state
        post = GuiPost(self)
        self.maps = StackMapsModel(self.stack, post)
        self.comparison_numbers = ComparisonsModel(post)
        self.transpose_check = TransposeModel(post)
        self.editor = StackEditorWidget(self.stack)
        self.grid = FeatureGridWidget(self.maps)
        self.table = SummaryTableWidget(self.stack)
        self.comparisons = ComparisonsWidget(self.comparison_numbers)
        self.transpose = TransposeExplainWidget(self.transpose_check)
        self.dropout = DropoutWidget()
        self.train = TrainPage(self.stack)
        self.draw = DrawPage(self.stack, None if state is None else state.input)
        self._fed_at = 0.0  # when a live frame last reached the stack (monotonic seconds)
        self._frame_waiting = False  # a frame arrived that the stack has not taken yet
        self._live_timer = QtCore.QTimer(self, singleShot=True)
        self._live_timer.timeout.connect(self._take_live_frame)

        maps = QtWidgets.QSplitter(QtCore.Qt.Vertical)
        maps.addWidget(self.grid)
        maps.addWidget(self.table)
        maps.setStretchFactor(0, 3)
        maps.setStretchFactor(1, 2)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setToolTip(tr("StackWidget", "Views of the stack and explanations"))
        self.tabs.addTab(maps, tr("StackWidget", "Feature maps && summary"))
        # The explanations scroll inside their tab rather than widen the window (a projector at ×2).
        self.tabs.addTab(_scrolled(self.comparisons), tr("StackWidget", "Compare designs"))
        self.tabs.addTab(_scrolled(self.transpose), tr("StackWidget", "Transposed conv"))
        self.tabs.addTab(_scrolled(self.dropout), tr("StackWidget", "Dropout"))
        self.tabs.addTab(_scrolled(self.train), tr("StackWidget", "Train"))
        self.tabs.addTab(_scrolled(self.draw), tr("StackWidget", "Draw a digit"))
        self.train.digitChosen.connect(lambda _: self.tabs.setCurrentIndex(0))  # its maps, at once
        for i, tip in enumerate(
            [
                tr("StackWidget", "Every layer's output and the Keras-style summary"),
                tr("StackWidget", "Parameter and mult-add costs of common designs, for your numbers"),
                tr("StackWidget", "How a transposed convolution stamps the kernel, and why it is Cᵀ"),
                tr("StackWidget", "Which units dropout zeroes and how it rescales the rest"),
                tr("StackWidget", "Train the stack on handwritten digits and watch it learn"),
                tr("StackWidget", "Draw a digit with the mouse and see what the stack reads"),
            ]
        ):
            self.tabs.setTabToolTip(i, tip)
        split = QtWidgets.QSplitter(QtCore.Qt.Horizontal)
        split.addWidget(self.editor)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 900])
        QtWidgets.QVBoxLayout(self).addWidget(split)
        if state is not None:
            state.input.changed.connect(self._on_input)
            self.dropout.set_input(units_from_image(state.input.image))
        workers = (self.maps, self.comparison_numbers, self.transpose_check)
        self.destroyed.connect(lambda *_: [w.shutdown() for w in workers])  # (not self: it is gone by then)

    @property
    def busy(self) -> bool:
        """A result is being computed for a change the tab does not show yet."""
        return self.maps.busy or self.comparison_numbers.busy or self.transpose_check.busy

    @property
    def up_to_date(self) -> bool:
        """Everything the tab shows is the result of the latest change (maps drawn, numbers in)."""
        return not self.busy and self.grid.up_to_date

    def set_colormap(self, name: str) -> None:
        """Draw the feature-map tiles in colour map ``name`` (the window's View → Colour map)."""
        self.grid.set_colormap(name)

    def _on_input(self, what: str = "image") -> None:
        if what == "image":
            self.stack.set_image(self.state.input.image)
            self.dropout.set_input(units_from_image(self.state.input.image))  # dropout on your picture
        elif what == "live_frame":
            self._frame_waiting = True
            self._follow_live()

    def _follow_live(self) -> None:
        """Take the newest frame now, or when LIVE_INTERVAL_S has passed since the last one;
        none while the tab is hidden (it catches up when shown again)."""
        if not self._frame_waiting or not self.isVisible() or self._live_timer.isActive():
            return
        wait = self._fed_at + LIVE_INTERVAL_S - time.monotonic()
        if wait > 0:
            self._live_timer.start(int(wait * 1000) + 1)
        else:
            self._take_live_frame()

    def _take_live_frame(self) -> None:
        if not self._frame_waiting or not self.isVisible():
            return
        self._frame_waiting, self._fed_at = False, time.monotonic()
        self.stack.set_image(self.state.input.current)  # the camera's frame, or the image once it stops

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._follow_live()

    def closeEvent(self, event: Any) -> None:
        if self.state is not None:
            self.state.input.changed.disconnect(self._on_input)
        super().closeEvent(event)

    def show_page(self, page: QtWidgets.QWidget) -> None:
        """Bring the side tab that holds ``page`` to the front (the explanations sit in scroll areas)."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab is page or (isinstance(tab, QtWidgets.QScrollArea) and tab.widget() is page):
                self.tabs.setCurrentIndex(i)
                return


def _scrolled(widget: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    area = QtWidgets.QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
