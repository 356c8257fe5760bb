"""The Your model tab's widgets and how they are laid out: the top bar, the empty state, and
the three columns (layers; the picture and its settings; maps, filters and scores). The tab
(``network_tab.NetworkTab``) owns them and holds the behaviour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate; translated where shown

from convviz.gui.i18n import tr
from convviz.gui.network.elided import ElidedLabel
from convviz.gui.network.input_panel import HeatControls, InputSettings, PictureView
from convviz.gui.network.layer_table import LayerTable
from convviz.gui.network.maps_panel import MapsPanel
from convviz.gui.network.scores_view import ScoresView
from convviz.gui.stack.busy_note import BusyNote

if TYPE_CHECKING:
    from convviz.gui.network.network_tab import NetworkTab

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "NetworkTab",
    "<h3>Open your own trained model</h3>"
    "<p>File → <b>Open model…</b> (Ctrl+Shift+O), or drop an <b>.onnx</b> file on the window. convviz "
    "runs it on its own engine: every layer's maps of the current picture or the live camera, its "
    "filters, the top-5 classes, where a score comes from (saliency, Grad-CAM) and the exact "
    "receptive field of any cell you click.</p>"
    "<p>Export one from PyTorch with <code>torch.onnx.export(model, x, 'model.onnx')</code>.</p>",
)


def _titled(title: str, widget: QtWidgets.QWidget, tip: str = "") -> QtWidgets.QWidget:
    box = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = QtWidgets.QLabel(f"<b>{title}</b>")
    if tip:
        label.setToolTip(tip)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def build(tab: NetworkTab) -> None:
    open_text, open_tip = tr("NetworkTab", "Open model…"), tr("NetworkTab", "Open an .onnx file (Ctrl+Shift+O)")
    tab.open_button = QtWidgets.QPushButton(open_text, toolTip=open_tip)
    tab.open_button.clicked.connect(tab.openRequested)
    tab.labels_button = QtWidgets.QPushButton(
        tr("NetworkTab", "Labels…"),
        toolTip=tr("NetworkTab", "Name the classes: a text file with one class name per line (synset_words.txt …)"),
    )
    tab.labels_button.clicked.connect(tab.choose_labels)
    tab.title = QtWidgets.QLabel(tr("NetworkTab", "No model open"))
    tab.title.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    tab.title.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
    tab.progress = QtWidgets.QProgressBar(minimum=0, maximum=0, maximumWidth=110, textVisible=False)
    tab.progress.setToolTip(tr("NetworkTab", "Opening the model (the window stays usable)"))
    tab.progress.hide()
    tab.note = BusyNote(tr("NetworkTab", "Shown while the model runs on the new picture"))
    tab.note.setMinimumWidth(80)
    top = QtWidgets.QHBoxLayout()
    top.setContentsMargins(4, 2, 4, 2)
    top.addWidget(tab.open_button)
    top.addWidget(tab.labels_button)
    top.addWidget(tab.title, 1)
    top.addWidget(tab.progress)
    top.addWidget(tab.note)

    # the empty state
    tab.empty_text = QtWidgets.QLabel(tr("NetworkTab", EMPTY_HINT))
    tab.empty_text.setWordWrap(True)
    tab.empty_text.setFixedWidth(560)
    tab.empty_text.setMinimumHeight(tab.empty_text.heightForWidth(560))  # centred, it is not asked
    tab.empty_button = QtWidgets.QPushButton(open_text, toolTip=open_tip)
    tab.empty_button.clicked.connect(tab.openRequested)
    empty = QtWidgets.QWidget()
    eb = QtWidgets.QVBoxLayout(empty)
    eb.addStretch(1)
    eb.addWidget(tab.empty_text, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
    eb.addWidget(tab.empty_button, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
    eb.addStretch(2)

    # the model
    tab.layers = LayerTable()
    tab.layers.rowChosen.connect(tab.choose_row)
    tab.picture = PictureView()
    tab.picture.setToolTip(
        tr(
            "NetworkTab",
            "The picture as the model sees it: scaled (shorter side) and centre-cropped to its input. "
            "A clicked cell's receptive field is the bright part, outlined; "
            "a heat map shows where a score comes from.",
        )
    )
    tab.caption = ElidedLabel("", lines=3)
    tab.caption.setStyleSheet("color: #505050")
    tab.settings = InputSettings()
    tab.settings.changed.connect(tab._on_preprocess)
    tab.settings.sizeChosen.connect(tab.run_at)
    tab.heat_controls = HeatControls()
    tab.heat_controls.changed.connect(tab._request_heat)
    middle = QtWidgets.QWidget()
    mb = QtWidgets.QVBoxLayout(middle)
    mb.setContentsMargins(0, 0, 0, 0)
    mb.setSpacing(3)
    mb.addWidget(QtWidgets.QLabel(tr("NetworkTab", "<b>What the model sees</b>")))
    mb.addWidget(tab.picture, 1)
    mb.addWidget(tab.caption)
    mb.addWidget(tab.settings)
    mb.addWidget(tab.heat_controls)
    tab.maps = MapsPanel()
    tab.maps.cellClicked.connect(tab.click_cell)
    tab.maps.arrowPressed.connect(tab.move_pin)
    tab.scores = ScoresView()
    tab.labels_note = QtWidgets.QLabel("")
    tab.labels_note.setStyleSheet("color: #505050")
    scores_box = QtWidgets.QWidget()
    sb = QtWidgets.QVBoxLayout(scores_box)
    sb.setContentsMargins(0, 0, 0, 0)
    sb.setSpacing(2)
    sb.addWidget(QtWidgets.QLabel(tr("NetworkTab", "<b>Class scores</b> (top 5, probabilities by softmax)")))
    sb.addWidget(tab.scores)
    sb.addWidget(tab.labels_note)
    right = QtWidgets.QWidget()
    rb = QtWidgets.QVBoxLayout(right)
    rb.setContentsMargins(0, 0, 0, 0)
    rb.addWidget(tab.maps, 1)
    rb.addWidget(scores_box)
    tab.split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
    tab.split.addWidget(
        _titled(tr("NetworkTab", "Layers"), tab.layers, tr("NetworkTab", "Click a layer to see its maps and filters"))
    )
    tab.split.addWidget(middle)
    tab.split.addWidget(right)
    tab.split.setStretchFactor(0, 3)
    tab.split.setStretchFactor(1, 2)
    tab.split.setStretchFactor(2, 4)
    tab.split.setSizes([480, 290, 560])
    for i in range(3):
        tab.split.setCollapsible(i, False)
    tab.layers.setMinimumWidth(180)
    middle.setMinimumWidth(240)

    tab.pages = QtWidgets.QStackedWidget()
    tab.pages.addWidget(empty)
    tab.pages.addWidget(tab.split)
    box = QtWidgets.QVBoxLayout(tab)
    box.setContentsMargins(2, 2, 2, 2)
    box.addLayout(top)
    box.addWidget(tab.pages, 1)
    tab.labels_button.setEnabled(False)
