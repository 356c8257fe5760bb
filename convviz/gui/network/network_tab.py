"""The "Your model" tab: a user's own trained network (an ONNX file) at work on the current
image or the live camera.

Left, the layers as a summary table (operator, output shape, parameters, multiply-adds,
receptive field) and what to know about the file; in the middle, the picture as the model sees
it (resized, centre-cropped, normalised as chosen) with the clicked cell's receptive field or a
saliency / Grad-CAM heat map over it; right, the chosen layer's feature maps and filters, and
the top-5 class scores.

Everything heavy — opening the file, the forward pass, the heat maps, the receptive field —
runs on the tab's workers (``jobs.Job``), one request of each kind at a time and only the
newest, so the window never waits and live frames are taken at the rate the model allows. A
file that cannot be opened is explained and the model already open stays.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import numpy as np
from PySide6 import QtCore, QtWidgets

from convviz.gui.i18n import tr
from convviz.gui.network import default_model, tab_layout
from convviz.gui.network.input_panel import NONE
from convviz.gui.network.jobs import Job, Reply
from convviz.gui.network.maps_panel import Index
from convviz.gui.network.scores_view import ScoreRow
from convviz.gui.sample_titles import sample_title
from convviz.gui.shell.errors import show_error
from convviz.io import onnx_files
from convviz.io.label_files import LabelFileError, read_labels
from convviz.model.live_frame import LiveFrame
from convviz.model.network import probe
from convviz.model.network.preprocess import IMAGENET_MEAN, IMAGENET_STD, Preprocess
from convviz.model.network.probe import Forward, Heat, Opened

BUNDLED = "bundled"  # the loader's request for the shipped LeNet-5


def _open_request(request: tuple[str, str, tuple[int, int] | None]) -> Opened:
    kind, path, size = request
    if kind == BUNDLED:
        return default_model.open_lenet()
    return probe.opened(onnx_files.load(path, size), path)


def _forward(request: tuple[Opened, np.ndarray | LiveFrame, Preprocess]) -> Forward:
    opened, image, how = request
    if isinstance(image, LiveFrame):
        image = image.image()  # a camera frame's floats, made here rather than on the GUI thread
    return probe.forward(opened, image, how)


def _field(request: tuple[Forward, str, Index]) -> tuple[np.ndarray, tuple[int, int, int, int] | None]:
    mask = probe.receptive_field(*request)
    return mask, probe.bounding_box(mask)


def _heat(request: tuple[Forward, str, int, str]) -> Heat:
    return probe.heat_map(*request)


def normalisation(how: Preprocess) -> str:
    """How the pixels were normalised, as the caption says it."""
    if set(how.mean) == {0.0} and set(how.std) == {1.0}:
        text = tr("NetworkTab", "pixels in [0, 1] as they are")
    elif how.mean == IMAGENET_MEAN and how.std == IMAGENET_STD:
        text = tr("NetworkTab", "normalised with ImageNet's mean and std")
    else:
        mean, std = (", ".join(f"{v:g}" for v in values) for values in (how.mean, how.std))
        text = tr("NetworkTab", "normalised with mean ({0}), std ({1})").format(mean, std)
    return tr("NetworkTab", "{0}, channels fed as B, G, R").format(text) if how.bgr else text


class NetworkTab(QtWidgets.QWidget):
    message = QtCore.Signal(str)  # for the window's status bar
    openRequested = QtCore.Signal()  # the tab's "Open model…" buttons: the window asks for the file

    def __init__(self, state: Any, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.opened: Opened | None = None
        self.shown: Forward | None = None  # the pass on screen
        self.user_labels: list[str] | None = None
        self.labels_source = ""
        self.row = -1  # the chosen summary row
        self.pinned: Index | None = None
        self.field: tuple[np.ndarray, tuple[int, int, int, int] | None] | None = None
        self.heat: Heat | None = None
        self.loading = ""  # the name of the file being opened
        self.error = ""  # why the picture could not be run through the model
        self.how = Preprocess()
        self._dirty = True  # the picture or the settings changed since the last pass was asked for
        self.passes_shown = 0
        self._asked_default = False
        self.loader = Job(_open_request, "convviz-model-open", self)
        self.forwarder = Job(_forward, "convviz-model-forward", self)
        self.fielder = Job(_field, "convviz-model-field", self)
        self.heater = Job(_heat, "convviz-model-heat", self)
        self.loader.done.connect(self._on_opened)
        self.forwarder.done.connect(self._on_forward)
        self.fielder.done.connect(self._on_field)
        self.heater.done.connect(self._on_heat)
        tab_layout.build(self)
        if state is not None:
            state.input.changed.connect(self._on_input)
        jobs = (self.loader, self.forwarder, self.fielder, self.heater)
        self.destroyed.connect(lambda *_: [j.shutdown() for j in jobs])

    # ---- construction --------------------------------------------------------------------
    # ---- state -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return any(j.busy for j in (self.loader, self.forwarder, self.fielder, self.heater))

    @property
    def up_to_date(self) -> bool:
        """What the tab shows is the result of everything asked for."""
        return not self.busy and not (self._dirty and self.opened is not None)

    @property
    def labels(self) -> list[str] | None:
        return None if self.opened is None else probe.labels_for(self.opened.network, self.user_labels)

    @property
    def row_name(self) -> str:
        if self.opened is None or not 0 <= self.row < len(self.opened.summary.rows):
            return ""
        return self.opened.summary.rows[self.row].name

    # ---- opening ---------------------------------------------------------------------------
    def open_model(self, path: str | Path, size: tuple[int, int] | None = None) -> None:
        """Open ``path`` off the GUI thread (at ``size`` (H, W) where the file leaves it open);
        the model open now stays until it has loaded."""
        self.loading = Path(path).name
        self._show_loading()
        self.loader.submit(("file", str(path), size))

    def run_at(self, height: int, width: int) -> None:
        """Reopen the model open now at height × width (its file leaves the size open)."""
        if self.opened is not None and not self.opened.bundled:
            self.open_model(self.opened.path, (height, width))

    def open_default(self) -> bool:
        """The shipped LeNet-5, when convviz can write ONNX; False (the empty state) otherwise."""
        self._asked_default = True
        if not default_model.available():
            return False
        self.loading = "LeNet-5"
        self._show_loading()
        self.loader.submit((BUNDLED, "", None))
        return True

    def _show_loading(self) -> None:
        self.progress.show()
        text = tr("NetworkTab", "Opening {0}…").format(self.loading)
        self.title.setText(text)
        self.message.emit(text)

    def _on_opened(self, reply: Reply) -> None:
        kind, path, _ = reply.request
        if not self.loader.busy:
            self.progress.hide()
        if not reply.ok:
            self._show_title()
            if kind != BUNDLED:
                text = reply.error
                if self.opened is not None:
                    text = tr("NetworkTab", "{0} The model already open stays.").format(reply.error)
                show_error(self.window(), tr("NetworkTab", "Cannot open the model"), text)
            if kind == BUNDLED:
                self.message.emit(tr("NetworkTab", "Cannot open the shipped LeNet-5: {0}").format(reply.error))
            else:
                self.message.emit(tr("NetworkTab", "Cannot open {0}: {1}").format(Path(path).name, reply.error))
            return
        opened: Opened = reply.value
        self.set_model(opened)
        self.message.emit(tr("NetworkTab", "Opened {0}: {1}.").format(opened.network.name, opened.summary.total_line()))

    def set_model(self, opened: Opened) -> None:
        """Show ``opened``: its layers, its input settings, and then its pass on the picture. The
        same file reopened at another size keeps the labels, normalisation and chosen layer."""
        before = self.opened
        again = before is not None and not opened.bundled and before.path == opened.path
        kept_row, kept_how = self.row, self.how
        self.opened, self.shown = opened, None
        if not again:
            self.user_labels, self.labels_source = None, ""
        self.pinned, self.field, self.heat, self.error = None, None, None, ""
        network = opened.network
        self.pages.setCurrentIndex(1)
        self.labels_button.setEnabled(True)
        self._show_title()
        notes = list(network.notes)
        if opened.bundled:
            notes.insert(
                0, tr("NetworkTab", "The Layer stack tab's trained LeNet-5, exported to ONNX by convviz and read back.")
            )
        self.layers.show_model(opened, notes)
        self.settings.show_model(network)
        if again:
            self.settings.set_preprocess(kept_how)
        self.how = self.settings.how
        shape = self._output_shape()
        classes = int(np.prod(shape)) if shape else 0
        self.heat_controls.show_model(classes, self.labels, opened.conv_layers)
        self.picture.clear_field()
        self.picture.set_heat(None)
        self.scores.set_rows([], tr("NetworkTab", "computing…"))
        rows = opened.summary.rows
        first = next((i for i, r in enumerate(rows) if len(r.output_shape) == 3), 0)
        if again and 0 <= kept_row < len(rows):
            first = kept_row
        self.row = -1
        if rows:
            self.layers.select(first)
            self.choose_row(first)
        self._dirty = True
        self._follow()

    def _output_shape(self) -> tuple[int, ...]:
        assert self.opened is not None
        out = self.opened.network.graph.output
        for row in self.opened.summary.rows:
            if self.opened.outputs.get(row.name) == out:
                return row.output_shape
        return ()

    def _show_title(self) -> None:
        if self.opened is None:
            self.title.setText(tr("NetworkTab", "No model open"))
            return
        net = self.opened.network
        where = tr("NetworkTab", "shipped with convviz") if self.opened.bundled else self.opened.path
        self.title.setText(f"<b>{html.escape(net.name)}</b> — {probe.describe_input(net)}")  # the file names it
        self.title.setToolTip(f"{net.name}\n{where}\n{self.opened.summary.total_line()}")

    # ---- labels ----------------------------------------------------------------------------
    def choose_labels(self) -> None:
        from convviz.gui.shell import prefs

        folder = prefs.get("last_folder", str(Path.home()))
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            tr("NetworkTab", "Open class labels"),
            folder,
            tr("NetworkTab", "Labels (*.txt *.csv *.names);;All files (*)"),
        )
        if path:
            self.open_labels(path)

    def open_labels(self, path: str | Path) -> bool:
        try:
            labels = read_labels(path)
        except LabelFileError as exc:
            show_error(self.window(), tr("NetworkTab", "Cannot read the labels"), str(exc))
            return False
        self.user_labels, self.labels_source = labels, Path(path).name
        if self.opened is not None:
            classes = self.shown.scores.size if self.shown is not None else len(labels)
            if len(labels) != classes:
                text = tr("NetworkTab", "{0} has {1} labels; the model has {2} outputs.")
                self.message.emit(text.format(Path(path).name, f"{len(labels):,}", f"{classes:,}"))
            self.heat_controls.relabel(self.labels)
        self._show_scores()
        return True

    # ---- the picture ------------------------------------------------------------------------
    def _on_input(self, what: str) -> None:
        if what in ("image", "live_frame"):
            self._dirty = True
            self._follow()

    def _on_preprocess(self, how: Preprocess) -> None:
        self.how = how
        self._dirty = True
        self._follow()

    def _follow(self) -> None:
        """Run the newest picture through the model, unless a pass is under way (its reply takes
        the next one) or the tab is hidden (it catches up when shown)."""
        if self.opened is None or not self._dirty or not self.isVisible() or self.forwarder.in_flight:
            return
        self._dirty = False
        if self.state is None:
            image: np.ndarray | LiveFrame = np.zeros((8, 8), np.float32)
        else:
            image = self.state.input.live or self.state.input.current
        self.forwarder.submit((self.opened, image, self.how))
        self.note.show_state(True)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.opened is None and not self._asked_default and not self.loader.busy:
            self.open_default()
        self._follow()

    def _on_forward(self, reply: Reply) -> None:
        opened = reply.request[0]
        if opened is self.opened:
            if reply.ok:
                self.error = ""
                self._show_pass(reply.value)
            else:
                self.error = reply.error
                self.scores.set_rows(
                    [], tr("NetworkTab", "Cannot run the model on this picture: {0}").format(reply.error)
                )
        self.note.show_state(self.forwarder.busy, self.error)
        self._follow()

    def _show_pass(self, shown: Forward) -> None:
        first = self.shown is None
        self.shown = shown
        self.passes_shown += 1  # live mode's frame count (python -m convviz.bench model)
        if self.heat_controls.classes != shown.scores.size:  # the output's size, now known
            self.heat_controls.show_model(shown.scores.size, self.labels, shown.opened.conv_layers)
        self.picture.set_picture(shown.picture)
        self._caption()
        self._show_maps(same_layer=not first)
        self._show_scores()
        if self.pinned is not None:
            self.fielder.submit((shown, self.row_name, self.pinned))
        self._request_heat()

    def _caption(self) -> None:
        if self.shown is None or self.state is None:
            return
        inp = self.state.input
        source = tr("NetworkTab", "the live camera") if inp.is_live else sample_title(inp.name)
        h, w = self.shown.x.shape[1:]
        how = normalisation(self.shown.how)
        if self.shown.seconds:
            text = tr("NetworkTab", "{0}, scaled and centre-cropped to {1}×{2};\n{3};\nthe model's pass took {4} ms.")
            self.caption.setText(text.format(source, h, w, how, f"{self.shown.seconds * 1000:.1f}"))
        else:
            text = tr("NetworkTab", "{0}, scaled and centre-cropped to {1}×{2};\n{3}.")
            self.caption.setText(text.format(source, h, w, how))

    # ---- layers and cells -----------------------------------------------------------------
    def choose_row(self, row: int) -> None:
        if self.opened is None or not 0 <= row < len(self.opened.summary.rows) or row == self.row:
            return
        self.row = row
        self.pinned, self.field = None, None
        self.fielder.cancel_waiting()
        self.maps.pin(None)
        self.picture.clear_field()
        self._show_maps(same_layer=False)
        r = self.opened.summary.rows[row]
        node = next(n for n in self.opened.network.graph.nodes if n.name == r.name)
        weight = probe.conv_weight(self.opened, r.name)
        colour = node.inputs[0] == self.opened.network.graph.input and self.opened.network.input_shape[0] == 3
        self.maps.show_filters(r.name, weight, colour, self.how.bgr)

    def _show_maps(self, same_layer: bool) -> None:
        if self.opened is None or self.row < 0:
            return
        r = self.opened.summary.rows[self.row]
        maps = None
        if self.shown is not None:
            try:
                maps = self.shown.output_of(r.name)
            except KeyError:
                maps = None
            if maps is not None and not np.issubdtype(maps.dtype, np.floating):
                maps = None
        self.maps.show_layer(r.name, r.op, maps, same_layer)
        if maps is None and self.shown is None:
            self.maps.heading.setText(tr("NetworkTab", "{0} ({1}): computing…").format(r.name, r.op))

    def click_cell(self, index: Index) -> None:
        """A cell of the chosen layer's output: its receptive field on the picture."""
        if self.shown is None or self.opened is None:
            return
        self.pinned = tuple(int(i) for i in index)
        self.maps.pin(self.pinned)
        self.maps.info.setText(
            tr("NetworkTab", "{0} = {1}: finding its field…").format(
                self._cell_name(self.pinned), f"{self.maps.value(self.pinned):.4g}"
            )
        )
        self.fielder.submit((self.shown, self.row_name, self.pinned))

    def move_pin(self, dy: int, dx: int) -> None:
        if self.pinned is not None and self.maps.maps is not None and len(self.pinned) == self.maps.maps.ndim:
            self.click_cell(self.maps.moved(self.pinned, dy, dx))

    def _cell_name(self, index: Index) -> str:
        if len(index) == 1:
            return tr("NetworkTab", "{0}, unit {1}").format(self.row_name, index[0])
        text = tr("NetworkTab", "{0}, map {1}, cell (row {2}, col {3})")
        return text.format(self.row_name, index[0] + 1, index[1], index[2])

    def _on_field(self, reply: Reply) -> None:
        shown, row, index = reply.request
        if shown.opened is not self.opened or row != self.row_name or index != self.pinned:
            return  # for a cell or model no longer chosen
        if not reply.ok:
            self.maps.info.setText(tr("NetworkTab", "No receptive field: {0}").format(reply.error))
            return
        mask, box = reply.value
        self.field = (mask, box)
        self.picture.set_field(mask, box)
        value = float(shown.output_of(row)[index])
        if box is None:
            text = tr("NetworkTab", "{0} = {1}\ndepends on no input pixel.").format(
                self._cell_name(index), f"{value:.4g}"
            )
        else:
            top, left, h, w = box
            text = tr(
                "NetworkTab", "{0} = {1}\nsees {2} input pixels: a {3}×{4} box, rows {5}–{6}, cols {7}–{8}."
            ).format(
                self._cell_name(index),
                f"{value:.4g}",
                f"{int(mask.sum()):,}",
                h,
                w,
                top,
                top + h - 1,
                left,
                left + w - 1,
            )
        self.maps.info.setText(text)

    # ---- scores and heat maps -----------------------------------------------------------------
    def _show_scores(self) -> None:
        shown = self.shown
        if shown is None:
            return
        labels = self.labels
        if shown.scores.size == 1:
            text = tr("NetworkTab", "The model's output is one number, not class scores: {0}")
            self.scores.set_rows([], text.format(f"{shown.scores[0]:.4g}"))
        elif not shown.is_classifier:
            shape = "×".join(map(str, shown.output_shape))
            text = tr("NetworkTab", "The model's output is {0} per image, not one score per class.")
            self.scores.set_rows([], text.format(shape))
        else:
            rows = [
                ScoreRow(i, probe.class_name(labels, i), float(shown.scores[i]), float(shown.probs[i]))
                for i in shown.top()
            ]
            self.scores.set_rows(rows)
        if self.labels_source:
            source = tr("NetworkTab", "Labels from {0}.").format(self.labels_source)
        elif self.opened is not None and self.opened.bundled:
            source = tr("NetworkTab", "Labels: the digits 0–9.")
        elif self.opened is not None and self.opened.network.labels:
            source = tr("NetworkTab", "Labels from the model's metadata.")
        else:
            source = tr("NetworkTab", "No labels in the file: classes by index (Labels… names them).")
        self.labels_note.setText(source)

    def _request_heat(self) -> None:
        kind = self.heat_controls.chosen_kind
        if kind == NONE or self.shown is None:
            self.heat = None
            self.heater.cancel_waiting()
            self.picture.set_heat(None)
            self.heat_controls.note.setText("")
            return
        layer = self.heat_controls.chosen_layer if kind == probe.GRAD_CAM else ""
        if kind == probe.GRAD_CAM and not layer:
            self.heat_controls.note.setText(
                tr("NetworkTab", "Grad-CAM needs a convolution layer; this model has none.")
            )
            return
        klass = self.heat_controls.class_for(self.shown.top(1)[0] if self.shown.scores.size else 0)
        self.heater.submit((self.shown, kind, klass, layer))

    def _on_heat(self, reply: Reply) -> None:
        shown, kind, klass, layer = reply.request
        if shown.opened is not self.opened or self.heat_controls.chosen_kind != kind:
            return
        if not reply.ok:
            self.heat_controls.note.setText(tr("NetworkTab", "Not computed: {0}").format(reply.error))
            return
        self.heat = reply.value
        self.picture.set_heat(self.heat.heat)
        name = probe.class_name(self.labels, klass)
        shown_kind = self.heat_controls.chosen_kind_text
        if layer:
            what = tr("NetworkTab", "{0} of “{1}” on {2}").format(shown_kind, name, layer)
        else:
            what = tr("NetworkTab", "{0} of “{1}”").format(shown_kind, name)
        if self.heat.peak == 0:
            text = tr(
                "NetworkTab",
                "{0}:\nbright is where the score comes from (the score does not depend on the picture here).",
            )
        else:
            text = tr("NetworkTab", "{0}:\nbright is where the score comes from.")
        self.heat_controls.note.setText(text.format(what))

    # ---- the window ---------------------------------------------------------------------------
    def set_colormap(self, name: str) -> None:
        self.maps.set_colormap(name)

    def shutdown(self) -> None:
        for job in (self.loader, self.forwarder, self.fielder, self.heater):
            job.shutdown()
