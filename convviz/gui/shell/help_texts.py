"""Help for each tab and for the whole window (HTML for a text view): what the tab shows, how
to drive it, what the colours mean, and every shortcut (read from the menus' own table)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a page for pyside6-lupdate; translated where shown

from convviz.gui.i18n import tr
from convviz.gui.shell.actions import ACTIONS

STEPPER = QT_TRANSLATE_NOOP(
    "HelpTexts",
    """
<h3>Step by step</h3>
<p>One output cell at a time, as a textbook works it: the <b>window</b> (orange frame) on the
padded input (hatched cells are padding), each input value times its weight
(<b>window × kernel</b>), their sum, + bias, → activation, and the cell filling in on the
<b>feature map</b>; then the pooling windows pick (max) or average their block.</p>
<p><b>Input</b> (top left): a 12×12 crop, a crop around the cell you pinned in the explorer, tiny
digits you can add up in your head, or the whole image shrunk to at most 64 px.</p>
<p><b>Backward</b> walks the gradient back: through pooling (max sends it to the winner), the
activation (ReLU lets it through where z &gt; 0), then cell by cell into dW, dX and db.
<b>Check</b> compares the totals with numerical differences.</p>
<p><b>Learn a kernel</b> runs gradient descent until the layer's output matches a target kernel's.</p>
<p><b>order</b> (top) slides the kernel across the rows first or down the columns first, as the
course notes do; <b>Export animation…</b> on the play bar saves the pass as a GIF or MP4 for
slides. The <b>Lessons</b> menu opens the notes' worked examples here and on the other tabs.</p>
<p>Keys: <b>Space</b> play/pause, <b>→ / ←</b> one step, <b>Home / End</b> first/last step,
<b>+ / −</b> faster/slower.</p>
""",
)

STACK = QT_TRANSLATE_NOOP(
    "HelpTexts",
    """
<h3>Layer stack</h3>
<p>A whole network, layer by layer: build it with <b>Add</b> (or pick an example), and every
layer's output channels appear as tiles, with the summary table (output shape, parameters,
multiply-adds and receptive field) below, as Keras's <code>model.summary()</code> prints it.</p>
<p><b>Hover a cell of any tile</b>: the part of the input image that feeds it is outlined; deep
layers see a large part of the picture. The side tabs compare designs, explain transposed
convolution and show dropout.</p>
<p>The tab opens on <b>LeNet-5 with trained weights</b>: open File → Samples → <i>digit</i> and
its first layer shows the strokes it learned to find, and its 10 class scores pick the digit. A
stack you build starts from random weights (He initialisation); the <b>Train</b> side tab trains
it on 4,000 handwritten digits while you watch the loss, the kernels and the mistakes, and
<b>Draw a digit</b> lets you write one with the mouse and see what the stack reads.</p>
""",
)

MODEL = QT_TRANSLATE_NOOP(
    "HelpTexts",
    """
<h3>Your model</h3>
<p>Your own trained network, run on convviz's engine: open an <b>.onnx</b> file with File →
<i>Open model…</i> (Ctrl+Shift+O) or drop it on the window. Until you do, the tab shows the
Layer stack's trained LeNet-5, exported to ONNX.</p>
<p><b>Layers</b> (left): every layer's operator, output shape, parameters, multiply-adds and
receptive field, as Netron or Keras's <code>model.summary()</code> list them, and what to know about
the file (BatchNorm folded into the convolutions, the input size chosen). Click a layer.</p>
<p><b>What the model sees</b>: the current image, or the live camera's frame, scaled and
centre-cropped to the model's input and normalised (ImageNet mean/std for a colour model, [0, 1]
for a gray one, or your own; B, G, R for Caffe-era models).</p>
<p><b>Feature maps</b>: the chosen layer's output, one tile per channel. <b>Click a cell</b>: the
input pixels it depends on, exactly, through every path of the graph, are lit and outlined on the
picture. Double-click a tile to open it large. <b>Filters</b>: a convolution's weights, in colour
for the first layer over R, G, B (mid-gray is 0).</p>
<p><b>Class scores</b>: the five most likely classes, probabilities by softmax; Labels… names the
classes from a text file (one per line) when the file has none. <b>Saliency</b> lights the pixels
that change a class's score most; <b>Grad-CAM</b> the parts of a convolution layer's maps the
score leans on (the last one by default).</p>
""",
)

COLOURS = QT_TRANSLATE_NOOP(
    "HelpTexts",
    """
<h3>Colours</h3>
<p><b>Signed maps</b> (an edge detector's output): <span style='color:#c03030'>red is positive</span>,
<span style='color:#3050c0'>blue is negative</span>, white is 0; the colour bar beside the maps
gives the scale. <b>Maps that cannot be negative</b> (a blur, a map after ReLU) are drawn in
gray, like a photo: black is 0.</p>
<p>The scale ends at the 99.5th percentile away from the padding border, so a few extreme cells do
not wash out the rest (View → <i>Ignore the brightest 0.5 %</i>); <b>contrast ×</b> in the status
bar multiplies it. View → Colour map chooses other maps.</p>
<p>Live camera: File → Live camera… feeds frames through the same layer; the pinned cell's
numbers follow the frames.</p>
""",
)


def colours() -> str:
    """The colours' page in the interface's language (the explorer's help shows it too)."""
    return tr("HelpTexts", COLOURS)


def _menu_text(text: str) -> str:
    """A menu text without its mnemonic: "&Quit" and "退出(&Q)" both lose the "&"."""
    return re.sub(r"\(&\w\)", "", tr("Actions", text)).replace("&", "")


def shortcuts() -> str:
    rows = "".join(
        f"<tr><td><b>{spec.shortcut}</b></td><td>{_menu_text(spec.text)}</td><td>{tr('Actions', spec.tip)}</td></tr>"
        for spec in ACTIONS.values()
        if spec.shortcut
    )
    pin, pin_tip = tr("HelpTexts", "Move the pin"), tr("HelpTexts", "On a map: one cell.")
    undo, undo_tip = tr("HelpTexts", "Undo / redo"), tr("HelpTexts", "Kernel edits.")
    extra = (
        f"<tr><td><b>← → ↑ ↓</b></td><td>{pin}</td><td>{pin_tip}</td></tr>"
        f"<tr><td><b>Ctrl+Z / Ctrl+Y</b></td><td>{undo}</td><td>{undo_tip}</td></tr>"
    )
    heading = tr("HelpTexts", "Shortcuts")
    return f"<h3>{heading}</h3><table cellspacing='0' cellpadding='3'>{rows}{extra}</table>"


def for_tab(index: int) -> str:
    """The help for tab ``index`` (1 the stepper, 2 the stack, 3 your model), then colours and
    shortcuts, in the interface's language (one translation per page, its tags kept)."""
    head = {1: STEPPER, 3: MODEL}.get(index, STACK)
    return tr("HelpTexts", head) + colours() + shortcuts()
