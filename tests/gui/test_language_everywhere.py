"""No English left anywhere a user looks, in 简体中文 and 繁體中文.

The real window is built with the language installed, then used as a user uses it: each of the
four tabs brought to a state that shows its texts (the explorer with a pinned cell, the stepper
stepped, the stack with a layer selected and its summary, Your model on the shipped LeNet-5), each
menu and submenu popped up, each dialog the menus open (export animation, framework code, every
lesson, the 1-D convolution, F1's help pages, the shortcuts, About, the file dialogs' captions and
filters) opened, read and closed. A walker reads every string on screen or one click away: window
titles, labels (rich text as shown), buttons, check boxes, group boxes, tabs, docks, menus and
actions, combo items, tool and status tips, table and tree headers and cells, text views,
placeholders, spin box prefixes, the status bar, pyqtgraph titles and axis labels.

What remains after the ALLOW_LIST (identifiers, units, formulas, names) must have no ASCII word
of three letters or more: such a word is English a Chinese reader was left with. The one view
excluded is the framework-code dialog's source (it is code). On failure each string is listed
with the widget it came from, grouped by where it was found.

The walker is checked too: in English it finds English (it reads text at all), and a planted
English label in a Chinese window is caught with its widget named.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWidgetAction,
)

from convviz.gui import i18n

WAIT_MS = 30_000

# What may stay in Latin letters in a Chinese interface; each entry says why. Matched as whole
# tokens (not inside a longer word), case-sensitive.
ALLOW_LIST: dict[str, str] = {
    "convviz": "the program's name",
    "groups": "Conv2d's argument name (groups = C), as PyTorch writes it",
    "slope": "the LeakyReLU layer's parameter name, as the stack's form and files write it",
    "the": "a word of the text CNN's example sentence, the cat sat on the mat (its data)",
    "cat": "a word of the text CNN's example sentence (its data)",
    "sat": "a word of the text CNN's example sentence (its data)",
    "mat": "a word of the text CNN's example sentence (its data)",
    "convolution": "the etymology of 卷积: the English word and its Latin root are what is explained",
    "convolvere": "the etymology of 卷积: the Latin root is what is explained",
    "ReLU": "an activation's name, as every framework writes it",
    "leaky ReLU": "an activation's name, as every framework writes it",
    "relu": "the activation's function name in a formula: relu(z)",
    "sigmoid": "a function's name, as formulas and frameworks write it",
    "tanh": "a function's name, as formulas write it",
    "softmax": "a function's name, as formulas and frameworks write it",
    "SAME": "a padding mode's keyword (TensorFlow/Keras), kept as written in code",
    "same": "a padding mode's keyword as PyTorch writes it (padding='same'); the stack's padding field takes it",
    "valid": "a padding mode's keyword as PyTorch writes it (padding='valid'); the stack's padding field takes it",
    "VALID": "a padding mode's keyword (TensorFlow/Keras), kept as written in code",
    "Conv2d": "PyTorch's class name",
    "Conv2D": "Keras's class name",
    "BatchNorm": "the layer's name, as frameworks write it",
    "NOT EXPRESSIBLE": "the marker in the generated code's comments, which stay English (code)",
    "ONNX": "a file format's name",
    "PyTorch": "a framework's name",
    "torch": "PyTorch's package name, as imported",
    "torchvision": "a package's name, as imported",
    "Keras": "a framework's name",
    "TensorFlow": "a framework's name",
    "Caffe": "a framework's name",
    "tf.nn": "TensorFlow's module name",
    "NumPy": "a library's name",
    "pyqtgraph": "a library's name, as it writes it",
    "numpy": "NumPy's package name, as imported",
    "scipy": "SciPy's package name, as imported",
    "Netron": "a program's name",
    "Adam": "an optimiser's name (its paper's)",
    "SGD": "an optimiser's abbreviation, as frameworks write it",
    "GIF": "a file format's name",
    "MP4": "a file format's name",
    "MPEG-4": "a file format's name",
    "Motion JPEG": "a file format's name",
    "JPEG": "a file format's name",
    "PNG": "a file format's name",
    "CSV": "a file format's name",
    "JSON": "a file format's name",
    "LeNet-5": "the network's name",
    "GoogLeNet": "a network's name",
    "MobileNet": "a network's name",
    "VGG": "a network's name (its authors' group)",
    "CIFAR": "a data set's name",
    "LeCun": "a person's name",
    "Inception": "a network's module, by its paper's name",
    "ImageNet": "a data set's name",
    "MNIST": "a data set's name",
    "Grad-CAM": "a method's name (its paper's)",
    "Sobel": "a person's name, the filter's",
    "Scharr": "a person's name, the filter's",
    "RGB": "the colour channels' abbreviation, as Chinese texts write it",
    "BGR": "the colour channels' order, as frameworks write it",
    "NCHW": "a tensor layout, as frameworks write it",
    "NHWC": "a tensor layout, as frameworks write it",
    "HWIO": "a tensor layout, as frameworks write it",
    "CNN": "the abbreviation, as Chinese texts write it",
    "FFT": "the abbreviation, as Chinese texts write it",
    "NLP": "the abbreviation, as Chinese texts write it",
    "English": "the language named in its own words (View → Language)",
    "Language": "the Language menu says it in English too, so anyone stuck in a language finds it",
    "Ctrl": "a key's name, as printed on the keyboard",
    "Shift": "a key's name, as printed on the keyboard",
    "Enter": "a key's name, as printed on the keyboard",
    "Home": "a key's name, as printed on the keyboard",
    "End": "a key's name, as printed on the keyboard",
    "Esc": "a key's name, as printed on the keyboard",
}
# ONNX's operator types (identifiers, as Netron and every ONNX tool show them): the Your model tab
# names each layer's operator.
ONNX_OPERATORS = (
    "Conv", "ConvTranspose", "Gemm", "MatMul", "Relu", "LeakyRelu", "Sigmoid", "Tanh", "Softmax", "MaxPool",
    "AveragePool", "GlobalAveragePool", "GlobalMaxPool", "Flatten", "Reshape", "Add", "Mul", "Concat",
    "BatchNormalization", "Dropout", "Clip", "Pad", "Transpose", "Identity",
)  # fmt: skip
# The stack's layer kinds are named by their PyTorch classes (nn.Linear ...), as its generated code
# and the layers' names (Linear-1) say them: in its kind list they are identifiers.
TORCH_LAYERS = ("LeakyReLU", "Sigmoid", "Tanh", "Dropout", "Flatten", "Linear")
# Patterns of tokens that are not words of a language; each says why.
ALLOW_PATTERNS: dict[str, str] = {
    r"`[^`]+`": "code quoted as code: `python -m convviz.train --fresh`",
    r"[A-Za-z]*[0-9_][A-Za-z0-9_]*": "identifiers and sizes: conv1, sobel_x, 3x3, fc2 (a word has no digit or _)",
    r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?:\([^()]*\))?": "code: a dotted name and its call"
    " (scipy.signal.correlate2d, model.eval(), numpy.convolve(x, h))",
    r"\*?\.[A-Za-z0-9]{2,5}|[\w\-]+\.(?:txt|json|onnx|png|jpe?g|npy|npz|gif|mp4|avi|csv)": "file names and"
    " extensions (*.png in a file dialog's filter, .onnx, synset_words.txt)",
    r"(?:[A-Z][A-Za-z]*[123]d|Flatten|Linear|Dropout|ReLU|LeakyReLU|Sigmoid|Tanh)-[0-9]+": (
        "a layer's name in a stack: its PyTorch-style class and a number (Conv2d-1, DepthwiseConv2d-1, Flatten-1)"
    ),
    r"[a-z_]+=[^,\s)]+": "a layer's arguments as code writes them (stride=1, bias=True), in the stack's list",
    r"(?<=[（(])(?:"
    + "|".join(ONNX_OPERATORS)
    + r")(?=[)）])": "an ONNX operator named after its layer: Conv2d-1（Conv）",
    r"top-[0-9]+": "the top-k measure's name, as papers write it (top-1)",
    r"[A-Za-z_][A-Za-z0-9_]*\([A-Za-z0-9_, ]*\)": "a call in code or a formula: model(x), max(0, x), sign(v)",
    r"max(?= ?[|(])|avg(?=\()|⋆full": "a formula's functions and operator: max |a − b|, max(…), avg(…), ⋆full",
    r"CET-[A-Z0-9]+": "colour-map names (colorcet's CET-D1, CET-L1 ...)",
    r"viridis|magma|inferno|cividis": "colour-map names (matplotlib's)",
}
_EDGE_L, _EDGE_R = r"(?<![A-Za-z0-9_.\-])", r"(?![A-Za-z0-9_\-]|\.[A-Za-z0-9])"
_ALLOWED = re.compile(
    _EDGE_L
    + "(?:"
    + "|".join([re.escape(w) for w in sorted(ALLOW_LIST, key=len, reverse=True)] + list(ALLOW_PATTERNS))
    + ")"
    + _EDGE_R
)
_WORD = re.compile(r"[A-Za-z]{3,}")


def english_words(text: str) -> list[str]:
    """The ASCII words of 3+ letters left in ``text`` once the allowed tokens are taken out."""
    return _WORD.findall(_ALLOWED.sub(" ", text.replace("&&", "&").replace("&", "")))


# ---- the walker -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    where: str  # the place the user was (a tab in a state, a menu, a dialog)
    origin: str  # the widget: the window's attribute path, or objectName/class, and what of it
    text: str


def _plain(text: str) -> str:
    if re.search(r"<[A-Za-z/!][^>]*>|&[a-z]+;|&#", text):  # as Qt's AutoText would take it
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _in_combo(widget: QWidget) -> bool:
    """A combo box's popup list (its items are read from the combo box)."""
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QComboBox):
            return True
        node = node.parentWidget()
    return False


class Walker:
    """Reads every string the widgets under a top-level window show, naming where it came from."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], Seen] = {}  # (origin, text) -> first sighting
        self._names: dict[int, str] = {}
        self._prefix = ""  # the origin of what a menu without a parent shows (a view's right-click menu)
        self.where = ""

    # -- naming
    def _learn_names(self, objects: list[QObject]) -> None:
        for owner in objects:
            for key, value in getattr(owner, "__dict__", {}).items():
                if isinstance(value, QObject) and not key.startswith("__"):
                    self._names[id(value)] = key  # the newest: an id can be reused once its object is gone

    def describe(self, obj: QObject) -> str:
        """``attribute › attribute › Class``: the named ancestors (an attribute a Python object holds
        it in, or its objectName), and the widget's own class."""
        parts, node = [], obj
        while node is not None:
            name = self._names.get(id(node)) or node.objectName()
            if name and not name.startswith("qt_"):
                parts.append(name)
            node = node.parent()
        parts.reverse()
        own = type(obj).__name__
        name = self._names.get(id(obj)) or obj.objectName()
        if name and parts and parts[-1] == name:
            parts[-1] = f"{name} ({own})"
        else:
            parts.append(own)
        return " › ".join(parts[-6:])

    def add(self, obj: QObject, what: str, text: str | None) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        text = _plain(text).strip()
        if text:
            origin = f"{self._prefix or self.describe(obj)} [{what}]"
            self.seen.setdefault((origin, text), Seen(self.where, origin, text))

    # -- reading
    def read_window(self, top: QWidget, where: str) -> None:
        """Every widget and action of ``top``'s window; a dialog it owns is read when it is open."""
        self.where = where
        widgets = [top, *top.findChildren(QWidget)]
        self._learn_names([top.window(), *widgets])
        for widget in widgets:
            if widget.window() is top.window() or isinstance(top, QMenu):
                self.read_widget(widget)
        for action in top.findChildren(QAction):
            parent = action.parent()
            if not isinstance(parent, QWidget) or parent.window() is top.window() or isinstance(top, QMenu):
                self.read_action(action)

    def read_action(self, action: QAction) -> None:
        if action.isSeparator():
            return
        self.add(action, "action", action.text())
        if action.toolTip() != action.text().replace("&", ""):
            self.add(action, "action tooltip", action.toolTip())
        self.add(action, "action status tip", action.statusTip())
        if action.menu() is not None:
            self.add(action.menu(), "menu title", action.menu().title())

    def read_widget(self, w: QWidget) -> None:
        from convviz.gui.code_dialog import CodePage

        if isinstance(w.parent(), CodePage) and w is w.parent().editor:
            return  # the framework code dialog's source: code, which stays English (the one view left out)
        if w.isWindow() or isinstance(w, QDockWidget):
            self.add(w, "title", w.windowTitle())
        self.add(w, "tooltip", w.toolTip())
        self.add(w, "status tip", w.statusTip())
        self.add(w, "what's this", w.whatsThis())
        for action in w.actions():
            self.read_action(action)
        if isinstance(w, QLabel):
            self.add(w, "text", w.text())
        elif isinstance(w, QAbstractButton):
            self.add(w, "text", w.text())
        elif isinstance(w, QGroupBox):
            self.add(w, "title", w.title())
        elif isinstance(w, QMenu):
            self.add(w, "menu title", w.title())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                self.add(w, f"item {i}", w.itemText(i))
                self.add(w, f"item {i} tooltip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(w, QLineEdit):
            self.add(w, "text", w.text())
            self.add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QAbstractSpinBox):
            for what in ("prefix", "suffix", "specialValueText"):
                if hasattr(w, what):
                    self.add(w, what, getattr(w, what)())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            self.add(w, "text", w.toPlainText())
            self.add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            self.add(w, "text", w.text())
        elif isinstance(w, QStatusBar):
            self.add(w, "message", w.currentMessage())
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                self.add(w, f"tab {i}", w.tabText(i))
                self.add(w, f"tab {i} tooltip", w.tabToolTip(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                self.add(w, f"tab {i}", w.tabText(i))
                self.add(w, f"tab {i} tooltip", w.tabToolTip(i))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and not _in_combo(w):
            self.read_model(w)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if isinstance(item, QGraphicsTextItem):
                    self.add(w, "graphics text", item.toPlainText())
                elif isinstance(item, QGraphicsSimpleTextItem):
                    self.add(w, "graphics text", item.text())
                self.add(w, "graphics tooltip", item.toolTip())
                # pyqtgraph's right-click menus: a ViewBox's (View All, the axes, mouse mode), a plot's options
                menus = []
                if isinstance(item, pg.ViewBox) and item.menuEnabled():
                    menus.append(item.menu)
                if isinstance(item, pg.PlotItem) and item.menuEnabled():
                    menus.append(item.ctrlMenu)
                for menu in filter(None, menus):
                    self.read_menu(menu, f"{self.describe(w)} › right-click menu")
        from convviz.gui.network.scores_view import ScoresView  # painted, not a label

        if isinstance(w, ScoresView):
            for line in w.lines():
                self.add(w, "painted line", line)
            self.add(w, "painted note", w.note)

    def read_menu(self, menu: QMenu, origin: str) -> None:
        """A menu no widget owns, and its submenus and the widgets in it, named ``origin``."""
        outer, self._prefix = self._prefix, f"{origin} › {type(menu).__name__}"
        try:
            self.add(menu, "menu title", menu.title())
            for action in menu.actions():
                self.read_action(action)
                if isinstance(action, QWidgetAction) and action.defaultWidget() is not None:
                    for widget in [action.defaultWidget(), *action.defaultWidget().findChildren(QWidget)]:
                        self.read_widget(widget)
                if action.menu() is not None:
                    self.read_menu(action.menu(), f"{origin} › {action.text().replace('&', '')}")
        finally:
            self._prefix = outer

    def read_model(self, view: QAbstractItemView) -> None:
        model, top = view.model(), QModelIndex()
        flat = isinstance(model, QAbstractListModel)  # one column (which it says privately)
        tree = not isinstance(model, (QAbstractListModel, QAbstractTableModel))  # else no children

        def columns(parent) -> int:
            return 1 if flat else model.columnCount(parent)

        display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        for orientation, count, what in (
            (Qt.Orientation.Horizontal, columns(top), "column header"),
            (Qt.Orientation.Vertical, model.rowCount(top), "row header"),
        ):
            for i in range(min(count, 60)):
                for role, label in ((display, what), (tip, what + " tooltip")):
                    value = model.headerData(i, orientation, role)
                    if isinstance(value, str):
                        self.add(view, f"{label} {i}", value)

        def cells(parent, depth: int) -> None:
            for r in range(min(model.rowCount(parent), 200)):
                for c in range(min(columns(parent), 30)):
                    index = model.index(r, c, parent)
                    for role, label in ((display, "cell"), (tip, "cell tooltip")):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            self.add(view, f"{label} ({r}, {c})", value)
                    if tree and depth < 4 and model.hasChildren(index):
                        cells(index, depth + 1)

        cells(view.rootIndex(), 0)

    # -- judging
    def english(self) -> list[tuple[Seen, list[str]]]:
        found = []
        for seen in self.seen.values():
            if seen.text in ONNX_OPERATORS and re.search(
                r"network_tab › .*layers › table .*\[cell \(\d+, 1\)\]", seen.origin
            ):
                continue  # the Your model table's "Op" column: the ONNX operator's type, an identifier
            if seen.text in TORCH_LAYERS and re.search(r"stack_tab › editor › kind_combo .*\[item \d+\]$", seen.origin):
                continue  # the stack's layer kinds: PyTorch's class names
            words = english_words(seen.text)
            if words:
                found.append((seen, words))
        return found


def report(found: list[tuple[Seen, list[str]]]) -> str:
    """The English found, grouped by where the user was, then by text (with every widget showing it)."""
    groups: dict[str, dict[str, list[Seen]]] = defaultdict(lambda: defaultdict(list))
    words_of: dict[str, list[str]] = {}
    for seen, words in found:
        groups[seen.where][seen.text].append(seen)
        words_of[seen.text] = words
    lines = [f"{len(found)} strings with English words left, in {len(words_of)} different texts:"]
    for where, texts in groups.items():
        lines.append(f"\n== {where} ({len(texts)} texts)")
        for text, sightings in sorted(texts.items(), key=lambda item: item[1][0].origin):
            shown = text if len(text) <= 160 else text[:157] + "…"
            lines.append(f"  {shown.replace(chr(10), ' ⏎ ')!r}")
            lines.append(f"      English: {', '.join(dict.fromkeys(words_of[text]))}")
            origins = sorted({s.origin for s in sightings})
            for origin in origins[:4]:
                lines.append(f"      from {origin}")
            if len(origins) > 4:
                lines.append(f"      and {len(origins) - 4} more widgets")
    return "\n".join(lines)


# ---- using the window as a user does ------------------------------------------------------------


def _top_levels(window) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window and not isinstance(w, QMenu)]


def _pop_up(qtbot, walker: Walker, menu: QMenu, where: str, origin: QPoint) -> None:
    """Open ``menu`` on screen, read it, open each submenu in turn, close it."""
    menu.popup(origin)
    qtbot.waitUntil(menu.isVisible)
    walker.read_window(menu, where)
    for action in menu.actions():
        walker.read_action(action)
        sub = action.menu()
        if sub is not None and action.isEnabled():
            _pop_up(qtbot, walker, sub, f"{where} → {sub.title().replace('&', '')}", origin + QPoint(200, 0))
    menu.hide()
    qtbot.waitUntil(lambda: not menu.isVisible())


def _read_dialogs(qtbot, walker: Walker, window, where: str) -> None:
    """Read each window that opened (other than the main window), then close it."""
    for top in _top_levels(window):
        walker.read_window(top, f"{where}: {top.windowTitle()}")
        top.close()
        qtbot.waitUntil(lambda t=top: not t.isVisible())


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.bridge.up_to_date and not window.bridge.busy, timeout=WAIT_MS)


def _explorer(qtbot, walker: Walker, window) -> None:
    from convviz.model.state import Cell, Stage

    window.tabs.setCurrentIndex(0)
    window.state.layer.update(stride=1, padding_kind="same", activation="relu", pooling="max")
    _settle(qtbot, window)
    window.state.selection.pin(Cell(Stage.CONV, 0, 10, 12))
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.arithmetic_panel.findChildren(QLabel)))
    walker.read_window(window, "Layer explorer, a cell pinned")
    window.state.selection.pin(Cell(Stage.POOL, 0, 3, 3))
    _settle(qtbot, window)
    walker.read_window(window, "Layer explorer, a pooled cell pinned")
    window.keep_for_comparison()
    _settle(qtbot, window)
    walker.read_window(window, "Layer explorer, maps kept for comparison")


def _inner_tabs(qtbot, walker: Walker, window, root: QWidget, where: str, wait) -> None:
    """Each page of every tab widget inside ``root``, brought to front in turn and read."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.waitUntil(lambda t=tabs, i=i: t.currentIndex() == i and t.widget(i).isVisible())
            wait()
            walker.read_window(window, f"{where}, page “{tabs.tabText(i)}”")
        tabs.setCurrentIndex(0)


def _stepper(qtbot, walker: Walker, window) -> None:
    window.tabs.setCurrentIndex(1)
    stepper = window.stepper
    stepper.source_combo.setCurrentIndex(stepper.source_combo.findData("tiny"))
    qtbot.waitUntil(lambda: stepper.up_to_date, timeout=WAIT_MS)
    for _ in range(8):
        stepper.forward.player.forward()
    qtbot.waitUntil(lambda: stepper.up_to_date, timeout=WAIT_MS)
    walker.read_window(window, "Step by step, stepped")
    _inner_tabs(qtbot, walker, window, stepper, "Step by step", lambda: qtbot.waitUntil(lambda: stepper.up_to_date))


def _stack(qtbot, walker: Walker, window) -> None:
    window.tabs.setCurrentIndex(2)
    tab = window.stack_tab
    qtbot.waitUntil(lambda: len(tab.stack) > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.grid.shown is not None and tab.grid.up_to_date, timeout=WAIT_MS)
    tab.editor.list.setCurrentRow(0)  # the first convolution, selected as a click does
    qtbot.waitUntil(lambda: tab.stack.selected == 0)
    walker.read_window(window, "Layer stack, LeNet-5 with its summary")
    dialog = tab.grid.open_tile(0, 0)
    qtbot.waitUntil(dialog.isVisible)
    _read_dialogs(qtbot, walker, window, "Layer stack, a tile opened large")
    _inner_tabs(qtbot, walker, window, tab, "Layer stack", lambda: None)
    combo = tab.editor.example_combo  # each shipped example, chosen as a user does: its name and description
    for i in range(1, combo.count()):
        combo.setCurrentIndex(i)
        combo.activated.emit(i)
        qtbot.waitUntil(lambda: tab.editor.description.isVisible() and tab.grid.up_to_date, timeout=WAIT_MS)
        walker.read_window(window, f"Layer stack, the example “{combo.itemText(i)}”")


def _network(qtbot, walker: Walker, window) -> None:
    window.show_model_tab()
    tab = window.network_tab
    qtbot.waitUntil(lambda: tab.opened is not None and tab.shown is not None and tab.up_to_date, timeout=WAIT_MS)
    conv = [i for i, r in enumerate(tab.opened.summary.rows) if r.op == "Conv"]
    tab.layers.select(conv[0])
    tab.choose_row(conv[0])
    tab.click_cell((0, 10, 10))
    qtbot.waitUntil(lambda: tab.field is not None, timeout=WAIT_MS)
    tab.heat_controls.kind.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.heat is not None and tab.up_to_date, timeout=WAIT_MS)
    walker.read_window(window, "Your model, LeNet-5 with a cell clicked and its saliency")
    _inner_tabs(qtbot, walker, window, tab, "Your model", lambda: qtbot.waitUntil(lambda: tab.up_to_date))


def _menus(qtbot, walker: Walker, window) -> None:
    """Each menu of the menu bar popped up, and each of its submenus."""
    corner = window.mapToGlobal(QPoint(40, 40))
    for action in window.menuBar().actions():
        _pop_up(qtbot, walker, action.menu(), f"Menu {action.text().replace('&', '')}", corner)


def _dialogs(qtbot, walker: Walker, window, monkeypatch) -> None:
    from convviz.gui.code_dialog import CodePage
    from convviz.gui.shell.actions import Act

    asked: list[tuple[str, str, str]] = []  # who asked (the dialog's parent), its caption and filter

    def ask(parent=None, caption="", folder="", filters="", *args, **kwargs):
        who = f"{walker.describe(parent) if parent is not None else 'QFileDialog'} › QFileDialog"
        asked.append((who, kwargs.get("caption", caption), kwargs.get("filter", filters)))
        return ("", "")

    def ask_folder(*args, **kwargs):
        ask(*args, **kwargs)
        return ""

    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(ask))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(ask_folder))

    acts = window.actions_by_id
    # File: the file dialogs (their captions and filters), the animation export
    for act in (Act.OPEN, Act.OPEN_MODEL, Act.EXPORT_PNG, Act.EXPORT_KERNEL, Act.LOAD_KERNEL, Act.SAVE_SESSION,
                Act.LOAD_SESSION, Act.SCREENSHOT):  # fmt: skip
        acts[act].trigger()
    # File → Live camera…: the toolbar on the synthetic source, its record and still dialogs, paused
    window.live.set_resolution((320, 240))
    acts[Act.LIVE_START].trigger()
    panel = window.live_panel
    qtbot.waitUntil(lambda: window.live.live.stats.displayed >= 3, timeout=WAIT_MS)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)  # the file dialog says no: not recording
    qtbot.waitUntil(lambda: not panel.record_button.isChecked())
    qtbot.mouseClick(panel.still_button, Qt.MouseButton.LeftButton)
    walker.read_window(window, "Live camera, running")
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.live.live.paused)
    walker.read_window(window, "Live camera, paused")
    acts[Act.LIVE_STOP].trigger()
    qtbot.waitUntil(lambda: not window.live.live.running, timeout=WAIT_MS)
    # the tabs' own file dialogs: the stack's Load… and Save…, the training data's folder, Your model's buttons
    editor, net = window.stack_tab.editor, window.network_tab
    for button in (editor.load_button, editor.save_button, net.open_button, net.labels_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.stack_tab.train.data.activated.emit(1)  # "a folder of my own…", as a user picks it
    window.tabs.setCurrentIndex(1)
    acts[Act.EXPORT_ANIMATION].trigger()
    qtbot.waitUntil(lambda: bool(_top_levels(window)))
    export = _top_levels(window)[0]
    qtbot.mouseClick(export.browse_button, Qt.MouseButton.LeftButton)
    _read_dialogs(qtbot, walker, window, "File → Export animation")
    # View: the framework code of the explorer's layer and of the stack (the source excluded)
    for tab, name in ((0, "the explorer's layer"), (2, "the stack")):
        window.tabs.setCurrentIndex(tab)
        acts[Act.FRAMEWORK_CODE].trigger()
        qtbot.waitUntil(lambda: window.code_dialog.isVisible())
        assert window.code_dialog.findChildren(CodePage)  # whose source views the walker leaves out
        _read_dialogs(qtbot, walker, window, f"View → Framework code, {name}")
    # Help: F1 on each tab, the shortcuts, About
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        acts[Act.EXPLAIN].trigger()
        if index == 0:
            qtbot.waitUntil(window.help_dock.isVisible)
            walker.read_window(window, "Help → Explain (F1) on the explorer")
        else:
            qtbot.waitUntil(window.help_window.isVisible)
            _read_dialogs(qtbot, walker, window, f"Help → Explain (F1), tab {index + 1}")
    acts[Act.SHORTCUTS].trigger()
    qtbot.waitUntil(window.help_window.isVisible)
    _read_dialogs(qtbot, walker, window, "Help → Shortcuts")
    acts[Act.ABOUT].trigger()
    qtbot.waitUntil(lambda: bool(_top_levels(window)))
    _read_dialogs(qtbot, walker, window, "Help → About")
    # Lessons: every one, its panel (and the 1-D convolution's dialog), and the window it set up
    for action in window.lessons_menu.actions():
        action.trigger()
        qtbot.waitUntil(lambda: bool(_top_levels(window)))
        _settle(qtbot, window)
        walker.read_window(window, f"Lesson {action.data()}: the window")
        _read_dialogs(qtbot, walker, window, f"Lesson {action.data()}")
    walker.where = "File dialogs"
    for who, caption, filters in asked:
        walker._prefix = who
        walker.add(window, "file dialog caption", caption)
        walker.add(window, "file dialog filter", filters)
    walker._prefix = ""


@pytest.fixture
def installed(request, qtbot):
    """The window built after ``request.param``'s translators are installed; English again after."""
    from convviz.gui.shell import file_ops, prefs
    from convviz.gui.shell.main_window import MainWindow
    from convviz.model.state import AppState

    app = QApplication.instance()
    i18n.install(app, request.param)
    for key in ("geometry", "window_state", "recent_files"):
        prefs.settings().remove(key)
    window = MainWindow(AppState(), compact=False)
    qtbot.addWidget(window)
    window.resize(1500, 920)
    try:
        file_ops.open_sample(window, "checkerboard")
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        for top in _top_levels(window):
            top.close()
        window.close()
        i18n.install(app, "en")


def walk_everything(qtbot, window, monkeypatch) -> Walker:
    walker = Walker()
    _menus(qtbot, walker, window)
    walker.read_window(window, "The window as it starts")
    _explorer(qtbot, walker, window)
    _stepper(qtbot, walker, window)
    _stack(qtbot, walker, window)
    _network(qtbot, walker, window)
    _dialogs(qtbot, walker, window, monkeypatch)
    return walker


@pytest.mark.parametrize("installed", ["zh_CN", "zh_TW"], indirect=True)
def test_no_english_is_left_anywhere(installed, qtbot, monkeypatch):
    walker = walk_everything(qtbot, installed, monkeypatch)
    assert len(walker.seen) > 500  # it read the window, not a corner of it
    found = walker.english()
    assert not found, report(found)


@pytest.mark.parametrize("installed", ["en"], indirect=True)
def test_the_walker_finds_english_in_the_english_window(installed, qtbot, monkeypatch):
    """Without a translation, the same walk finds English everywhere it reads: tabs, docks,
    menus, dialogs (so a clean Chinese walk means translated, not unread)."""
    walker = walk_everything(qtbot, installed, monkeypatch)
    found = walker.english()
    places = {seen.where.split(",")[0].split(":")[0] for seen, _ in found}
    for place in ("Layer explorer", "Step by step", "Layer stack", "Your model", "Menu File", "Help → About",
                  "View → Framework code", "File → Export animation", "File dialogs"):  # fmt: skip
        assert any(p.startswith(place) for p in places), (place, sorted(places))
    texts = {seen.text for seen, _ in found}
    assert "Layer explorer" in texts and "Arithmetic of the pinned cell" in texts
    assert len(found) > 300
    kinds = {re.sub(r" \(\d+, \d+\)| \d+", "", seen.origin.rsplit("[", 1)[1].rstrip("]")) for seen, _ in found}
    for kind in ("title", "text", "tooltip", "action status tip", "action", "menu title", "item", "item tooltip", "tab",
                 "tab tooltip", "column header", "cell", "cell tooltip", "graphics text", "painted line",
                 "file dialog caption", "file dialog filter"):  # fmt: skip
        assert kind in kinds, (kind, sorted(kinds))
    assert {"View All", "Plot Options"} <= {s.text for s, _ in found if "right-click menu" in s.origin}
    assert "Export..." in texts  # every view's scene menu


@pytest.mark.parametrize("installed", ["zh_CN"], indirect=True)
def test_a_planted_english_label_is_caught_and_named(installed, qtbot):
    """English planted in the Chinese window: a label (rich text, shown plain), a menu entry and a
    text view are each reported with the widget they are in; a framework-code source is not."""
    from convviz.gui.code_dialog import show_code

    window = installed
    planted = QLabel("<b>Hello</b> there, 3×3 ReLU", window.shape_panel)
    planted.setObjectName("planted")
    window.menuBar().actions()[0].menu().addAction("Plain English action")
    note = QPlainTextEdit("def f(x): return x  # code-looking English outside the code dialog", window.stepper)
    dialog = show_code(window, window.state)
    qtbot.waitUntil(dialog.isVisible)
    walker = Walker()
    _menus(qtbot, walker, window)
    walker.read_window(window, "planted")
    walker.read_window(dialog, "the framework code dialog")
    dialog.close()
    found = report(walker.english())
    assert "'Hello there, 3×3 ReLU'" in found and "English: Hello, there" in found
    assert "shape_panel › planted (QLabel) [text]" in found
    assert "'Plain English action'" in found and "English: Plain, action\n" in found  # "English" is allowed
    assert "English: def, return, code, looking, outside, dialog" in found and note.toPlainText()[:20] in found
    sources = [page.source for page in dialog.pages.values()]
    assert all(src.startswith("# The explorer's layer as") for src in sources)  # English code, and shown
    assert not any(src[:40] in found for src in sources)  # but not reported: the one view left out


def test_the_allow_list_takes_out_whole_tokens_only():
    assert english_words("ReLU 激活, SAME 填充, conv1 的 3×3 卷积核, sobel_x, LeNet-5, *.png") == []
    assert english_words("ReLUs and SAMEness") == ["ReLUs", "and", "SAMEness"]
    assert english_words("输出 output 形状") == ["output"]
    assert english_words("&File") == ["File"]
    assert english_words("1. Conv2d-1 → Flatten-1（scipy.signal.correlate2d，synset_words.txt，top-1）") == []
    assert english_words("Flatten 的每个单元，max 池化，max |a − b|") == ["Flatten", "max"]
