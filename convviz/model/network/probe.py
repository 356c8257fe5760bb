"""What the "Your model" tab computes, Qt-free: a model opened with its summary, one forward
pass of a picture (the input as the model sees it, every layer's output, the class scores and
their probabilities), the exact receptive field of a chosen cell, saliency or Grad-CAM as a
heat map over the input, and the tiles (a mosaic) a layer's maps or a Conv's filters are drawn as.

Each of these is a plain function of its inputs, so the window runs them on worker threads and
tests call them directly.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import numpy as np

from convviz.engine.losses import softmax
from convviz.model.network import attribution
from convviz.model.network.network import Network
from convviz.model.network.preprocess import Preprocess, to_input
from convviz.model.network.summary import NetworkSummary, summarize
from convviz.text import tr

MAX_TILES = 64  # a layer's maps drawn at once; a wider layer is shown a page of this many at a time
TOP = 5  # class scores shown


@dataclass(frozen=True)
class Opened:
    """A model read from a file, with its summary (both made off the GUI thread)."""

    network: Network
    summary: NetworkSummary
    path: str
    bundled: bool = False  # the shipped LeNet-5, not a file of the user's

    @property
    def outputs(self) -> dict[str, str]:
        """Each summary row's value name (a node's output), by the row's (the node's) name."""
        return {n.name: n.output for n in self.network.graph.nodes}

    @property
    def conv_layers(self) -> list[str]:
        """Names of the rows Grad-CAM can use (convolutions), first to last."""
        makers = {n.output: n.name for n in self.network.graph.nodes}
        return [makers[v] for v in attribution.conv_layers(self.network)]


def opened(network: Network, path: str | os.PathLike[str], bundled: bool = False) -> Opened:
    """A network read from ``path`` with its summary (one forward pass on zeros)."""
    return Opened(network, summarize(network), str(path), bundled)


def describe_input(network: Network) -> str:
    """The model's input as a user reads it: ``3 × 224 × 224 (C × H × W), batch 1``."""
    c, h, w = network.input_shape
    if network.fixed_batch is None:
        batch = tr("NetworkProbe", "any batch")
    else:
        batch = tr("NetworkProbe", "batch {n}").format(n=network.fixed_batch)
    if c == 1:
        kind = tr("NetworkProbe", "gray")
    elif c == 3:
        kind = tr("NetworkProbe", "colour")
    else:
        kind = tr("NetworkProbe", "{n} channels").format(n=c)
    return tr("NetworkProbe", "{c} × {h} × {w} (C × H × W, NCHW), {kind}, {batch}").format(
        c=c, h=h, w=w, kind=kind, batch=batch
    )


@dataclass(frozen=True)
class Forward:
    """One picture through the model."""

    opened: Opened
    how: Preprocess
    x: np.ndarray  # (C, H, W) float32: the model's input
    picture: np.ndarray  # (H, W) or (H, W, 3) in [0, 1]: that input as a picture (RGB order)
    values: dict[str, np.ndarray] = field(repr=False)  # every value of the pass, by name (batch of 1)
    scores: np.ndarray  # the first output, flattened
    probs: np.ndarray  # softmax of the scores (the scores themselves if the model ends in Softmax)
    output_shape: tuple[int, ...] = ()  # the first output's, per image
    seconds: float = 0.0  # what the model's pass took (the status bar's figure)

    @property
    def is_classifier(self) -> bool:
        """The output is one score per class: a vector (or C × 1 × 1), of at least two."""
        return self.scores.size >= 2 and int(np.prod(self.output_shape[1:], dtype=np.int64)) == 1

    def top(self, k: int = TOP) -> list[int]:
        """The k classes of largest score, largest first (ties: the lower index first)."""
        return [int(i) for i in np.argsort(-self.scores, kind="stable")[:k]]

    def output_of(self, row: str) -> np.ndarray:
        """The row's output for the one image: (C, h, w) maps, or a flat vector."""
        a = np.asarray(self.values[self.opened.outputs[row]])[0]
        return a if a.ndim == 3 else a.reshape(-1)


def ends_in_softmax(network: Network) -> bool:
    graph = network.graph
    last = next((n for n in graph.nodes if n.output == graph.output), None)
    return last is not None and last.op.kind == "Softmax"


def probabilities(network: Network, scores: np.ndarray) -> np.ndarray:
    if ends_in_softmax(network):
        return np.asarray(scores, np.float64)
    return softmax(np.asarray(scores, np.float64))


def picture_of(x: np.ndarray, how: Preprocess) -> np.ndarray:
    """The model's input (C, H, W) back as a picture in [0, 1]: normalisation undone, RGB order."""
    channels = x.shape[0]
    mean = np.resize(np.asarray(how.mean, np.float32), channels)[:, None, None]
    std = np.resize(np.asarray(how.std, np.float32), channels)[:, None, None]
    pic = np.clip(x * std + mean, 0.0, 1.0)
    if channels == 3:
        rgb = pic.transpose(1, 2, 0)
        return np.ascontiguousarray(rgb[..., ::-1] if how.bgr else rgb, dtype=np.float32)
    return np.ascontiguousarray(pic[0], dtype=np.float32)


def forward(opened: Opened, image: np.ndarray, how: Preprocess) -> Forward:
    """``image`` ((H, W) or (H, W, 3) in [0, 1]) resized, centre-cropped and normalised for the
    model, and run through it."""
    network = opened.network
    x = to_input(image, network.input_shape, how)
    batch = np.repeat(x[None], network.fixed_batch or 1, axis=0)
    started = time.perf_counter()
    values = network.run(batch)
    seconds = time.perf_counter() - started
    out = np.asarray(values[network.graph.output])
    scores = out[0].reshape(-1).astype(np.float64)
    probs = probabilities(network, scores)
    return Forward(opened, how, x, picture_of(x, how), values, scores, probs, tuple(out.shape[1:]), seconds)


def receptive_field(shown: Forward, row: str, index: tuple[int, ...]) -> np.ndarray:
    """The input pixels (H, W bool) the cell ``index`` of the row's output depends on, exactly:
    through every path of the graph (``Graph.connected``). ``index`` is (channel, y, x) of a map
    or (unit,) of a vector."""
    network = shown.opened.network
    name = shown.opened.outputs[row]
    value = np.asarray(shown.values[name])
    mask = np.zeros(value.shape, dtype=bool)
    if len(index) == 1:  # a vector's unit, whatever the value's shape
        mask.reshape(value.shape[0], -1)[0, index[0]] = True
    else:
        mask[(0,) + tuple(index)] = True
    field_ = network.graph.connected(shown.values, name, mask)
    return np.asarray(np.asarray(field_[0]).any(axis=0))


def bounding_box(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    """(top, left, height, width) of the smallest box holding every True cell, or None."""
    rows, cols = np.nonzero(mask)
    if rows.size == 0:
        return None
    return int(rows.min()), int(cols.min()), int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


SALIENCY, GRAD_CAM = "saliency", "Grad-CAM"
SALIENCY_PERCENTILE = 99.0


@dataclass(frozen=True)
class Heat:
    """Where a class score comes from, over the input: (H, W) in [0, 1]."""

    kind: str
    class_index: int
    layer: str  # the Grad-CAM row; "" for saliency
    heat: np.ndarray  # raw / scale, clipped to 1
    peak: float  # the largest raw value (0: the score does not depend on the input there)
    scale: float  # the raw value drawn at full strength: the peak, or saliency's 99th percentile


def heat_map(shown: Forward, kind: str, class_index: int, layer: str = "") -> Heat:
    network = shown.opened.network
    if kind == SALIENCY:
        raw = attribution.saliency(network, shown.x, class_index)
    elif kind == GRAD_CAM:
        raw = attribution.grad_cam(network, shown.x, class_index, shown.opened.outputs[layer])
    else:
        raise ValueError(f"no heat map called {kind!r}")
    raw = np.nan_to_num(np.asarray(raw, np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    peak = float(raw.max(initial=0.0))
    scale = peak
    if kind == SALIENCY and raw.size:  # a gradient is spiky: its brightest 1 % would leave the rest black
        scale = float(np.percentile(raw, SALIENCY_PERCENTILE)) or peak
    heat = (np.clip(raw / scale, 0.0, 1.0) if scale > 0 else np.zeros_like(raw)).astype(np.float32)
    return Heat(kind, class_index, layer if kind == GRAD_CAM else "", heat, peak, scale)


@dataclass(frozen=True)
class Mosaic:
    """Tiles (each ``hw`` cells) laid out in ``cols`` columns, ``gap`` cells apart, in one picture;
    NaN (or alpha 0 for colour) between them. Tile k shows item ``first + k``."""

    picture: np.ndarray  # (rows, cols) float32 with NaN gaps, or (rows, cols, 4) uint8 RGBA
    hw: tuple[int, int]
    count: int  # tiles shown
    cols: int
    gap: int
    first: int = 0

    @property
    def pitch(self) -> tuple[int, int]:
        return self.hw[0] + self.gap, self.hw[1] + self.gap

    def origin(self, k: int) -> tuple[int, int]:
        """(row, col) of tile k's top-left cell in the picture."""
        return (k // self.cols) * self.pitch[0], (k % self.cols) * self.pitch[1]

    def cell_at(self, row: float, col: float) -> tuple[int, int, int] | None:
        """(tile, y, x) of the picture point (row, col), or None between tiles or past the last."""
        if row < 0 or col < 0:
            return None
        r, c = int(np.floor(row)), int(np.floor(col))
        tr, y = divmod(r, self.pitch[0])
        tc, x = divmod(c, self.pitch[1])
        k = tr * self.cols + tc
        if tc >= self.cols or y >= self.hw[0] or x >= self.hw[1] or k >= self.count:
            return None
        return k, y, x


def tile_gap(side: int) -> int:
    return max(1, side // 8)


def mosaic(tiles: np.ndarray, first: int = 0, count: int = MAX_TILES) -> Mosaic:
    """``tiles`` (N, h, w) values, or (N, h, w, 3) colours in [0, 1], as one picture of tiles
    ``first`` … ``first + count − 1`` in a near-square grid."""
    tiles = np.asarray(tiles)
    shown = tiles[first : first + count]
    n, h, w = shown.shape[:3]
    colour = shown.ndim == 4
    cols = max(1, int(np.ceil(np.sqrt(n * h / max(w, 1)))))  # about as wide as high
    cols = min(cols, max(n, 1))
    rows = max(1, -(-n // cols))
    gap = tile_gap(max(h, w))
    size = (rows * (h + gap) - gap, cols * (w + gap) - gap)
    if colour:
        picture = np.zeros((*size, 4), np.uint8)
    else:
        picture = np.full(size, np.nan, np.float32)
    out = Mosaic(picture, (h, w), n, cols, gap, first)
    for k in range(n):
        r0, c0 = out.origin(k)
        if colour:
            picture[r0 : r0 + h, c0 : c0 + w, :3] = np.rint(np.clip(shown[k], 0, 1) * 255).astype(np.uint8)
            picture[r0 : r0 + h, c0 : c0 + w, 3] = 255
        else:
            picture[r0 : r0 + h, c0 : c0 + w] = shown[k]
    return out


def conv_weight(opened: Opened, row: str) -> np.ndarray | None:
    """A Conv row's weights (O, C/groups, kH, kW) when the file holds them as constants, else None."""
    node = next((n for n in opened.network.graph.nodes if n.name == row), None)
    if node is None or node.op.kind != "Conv" or len(node.inputs) < 2:
        return None
    w = opened.network.graph.constants.get(node.inputs[1])
    return None if w is None or np.ndim(w) != 4 else np.asarray(w, np.float32)


def colour_filters(weight: np.ndarray, bgr: bool = False) -> np.ndarray:
    """(O, 3, kH, kW) first-layer weights as (O, kH, kW, 3) colours in [0, 1]: 0.5 is a zero
    weight, each filter stretched by the largest |weight| of the layer (so their strengths
    compare). A model that reads B, G, R gets its channels turned back to R, G, B."""
    m = float(np.abs(weight).max()) or 1.0
    rgb = 0.5 + 0.5 * weight.transpose(0, 2, 3, 1) / m
    return np.ascontiguousarray(rgb[..., ::-1] if bgr else rgb, dtype=np.float32)


def labels_for(network: Network, user: list[str] | None) -> list[str] | None:
    return user or network.labels


def class_name(labels: list[str] | None, index: int) -> str:
    return labels[index] if labels and 0 <= index < len(labels) else tr("NetworkProbe", "class {n}").format(n=index)
