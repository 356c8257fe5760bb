"""The evented layer stack (Qt-free): layer configs the user adds, removes, reorders and
configures, the input they run on, and the engine layers built from them.

``changed(part)`` fires with "layers" (also when the eval/train mode changes: dropout layers
are built anew), "input", "selection" or "weights", or "image" for a new picture of the same
shape (a live frame: only the maps change). The stack starts in eval mode, as torch's
``model.eval()``: dropout passes every unit through; ``set_training(True)`` makes it drop. Views never rebuild
on their own: they read ``result`` / ``last_valid`` after a change. Everything here is cheap and
decided from shapes (edits are checked and built at once, all or nothing); the input's pixels and
the forward pass are the heavy part: views get them from ``stack_maps`` (a worker thread), while
``input_array`` / ``activations()`` compute them here, on demand, for scripts and tests.
When an edit makes a layer unable to take the shape before it, ``result`` carries the error on
that row and ``last_valid`` keeps the last stack that built, so feature maps stay on screen.
An edit that would take the stack over its budgets (``stack_budget``) raises StackBudgetError
before anything changes; a new image that does so marks the first layer over budget as the
error row instead (an image change cannot be refused), and from there edits are accepted, each
shown the same way, so the user can work back under the budget step by step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from convviz import engine as E
from convviz.model.events import Signal
from convviz.model.stack.budget import StackBudgetError, check
from convviz.model.stack.build import LayerConfig, build_stack
from convviz.model.stack.input import prepare_input
from convviz.model.stack.layers import check_params
from convviz.model.stack.maps import StackJob, run_layers
from convviz.model.state import default_image

__all__ = ["StackBudgetError", "StackModel"]


def _checked_image(image: np.ndarray) -> np.ndarray:
    """Float32 (H, W) or (H, W, 3), without copying one that already is; else ValueError."""
    a = np.asarray(image, dtype=np.float32)
    if a.ndim not in (2, 3) or (a.ndim == 3 and a.shape[2] != 3) or min(a.shape[:2]) < 1:
        raise ValueError(f"image must be (H, W) or (H, W, 3), got shape {a.shape}")
    return a


class StackModel:
    def __init__(
        self, image: np.ndarray | None = None, channels: int = 1, size: tuple[int, int] | None = (64, 64)
    ) -> None:
        self.changed = Signal()
        self._configs: list[LayerConfig] = []
        self._image = _checked_image(default_image() if image is None else image)
        self._channels = channels
        self._size: tuple[int, int] | None = None if size is None else (size[0], size[1])
        self._weights: dict[int, dict[str, np.ndarray]] = {}
        self._selected: int | None = None
        self._training = False
        self._result = self._last_valid = build_stack([], self.input_shape, self._weights)
        self._x: tuple[tuple, np.ndarray] | None = None  # (what it was made from, the array)
        self._acts: tuple[tuple, list[np.ndarray]] | None = None

    # --- reading -------------------------------------------------------------------------
    configs = property(lambda self: tuple(self._configs))
    channels = property(lambda self: self._channels)
    size = property(lambda self: self._size)
    selected = property(lambda self: self._selected)
    result = property(lambda self: self._result)
    last_valid = property(lambda self: self._last_valid)
    image = property(lambda self: self._image)  # the picture the input is made from (read-only)
    training = property(lambda self: self._training)  # train mode (dropout drops); False = eval

    @property
    def input_shape(self) -> tuple[int, int, int]:
        """(C, H, W) the stack sees, without making the input."""
        return self.input_shape_for(self._channels, self._size)

    @property
    def input_array(self) -> np.ndarray:
        """(C, H, W) float32, what the stack sees; made here on demand (seconds for a large
        picture resized: the views get it from the worker instead), then kept until it changes."""
        key = (id(self._image), self._channels, self._size)
        if self._x is None or self._x[0] != key:
            self._x = (key, prepare_input(self._image, self._channels, self._size))
        return self._x[1]

    def __len__(self) -> int:
        return len(self._configs)

    def activations(self) -> list[np.ndarray]:
        """Each layer's output (per sample) for the last valid stack, computed here (the views'
        come from the worker); cached until the stack, its weights or its input change."""
        res, x = self._last_valid, self.input_array
        if self._acts is None or self._acts[0][0] is not res or self._acts[0][1] is not x:
            self._acts = ((res, x), run_layers(res.layers, x))
        return self._acts[1]

    def input_region(self, layer_index: int, yx: tuple[int, int]) -> np.ndarray:
        """Bool (H, W) mask of the input cells feeding cell yx of a layer's output (engine)."""
        res = self._last_valid
        return E.input_region(res.layers, res.input_shape, layer_index, yx)

    def weights(self, index: int) -> dict[str, np.ndarray]:
        return self._weights.get(self._configs[index].uid, {})

    def input_shape_for(self, channels: int, size: tuple[int, int] | None) -> tuple[int, int, int]:
        """The (C, H, W) the stack would see with these input settings (nothing is resized)."""
        if channels not in (1, 3):
            raise ValueError(f"channels must be 1 or 3, got {channels}")
        h, w = self._image.shape[:2] if size is None else size
        return channels, int(h), int(w)

    def job(self) -> StackJob:
        """What the worker needs to make the input and run the last valid stack on it."""
        return StackJob(self._image, self._channels, self._size, self._last_valid)

    # --- editing -------------------------------------------------------------------------
    # Every edit is checked against the budgets first and changes nothing if it is refused.
    def _check(self, configs: list[LayerConfig], input_shape: tuple[int, ...]) -> None:
        if not self._result.over_budget:  # already over (a new image did it): the error row says so
            check([(c.kind, c.params) for c in configs], input_shape)

    def _commit(self, configs: list[LayerConfig]) -> None:
        self._check(configs, self.input_shape)
        self._configs = configs
        self._rebuild()

    def add(self, kind: str, index: int | None = None, **params: Any) -> int:
        """Insert a layer (at the end by default); returns its index. Bad params raise first."""
        cfg = LayerConfig(kind, check_params(kind, params))
        index = len(self._configs) if index is None else max(0, min(index, len(self._configs)))
        self._commit([*self._configs[:index], cfg, *self._configs[index:]])
        self.select(index)
        return index

    def remove(self, index: int) -> None:
        configs = list(self._configs)
        cfg = configs.pop(index)
        self._commit(configs)  # removing a pool can make the layers after it larger
        self._weights.pop(cfg.uid, None)
        self.select(min(index, len(self._configs) - 1) if self._configs else None)

    def move(self, index: int, new_index: int) -> None:
        new_index = max(0, min(new_index, len(self._configs) - 1))
        if new_index != index:
            configs = list(self._configs)
            configs.insert(new_index, configs.pop(index))
            self._commit(configs)
            self.select(new_index)

    def configure(self, index: int, **params: Any) -> None:
        cfg = self._configs[index]
        new = check_params(cfg.kind, params, cfg.params)
        if new != cfg.params:
            configs = list(self._configs)
            configs[index] = replace(cfg, params=new)
            self._commit(configs)

    def clear(self) -> None:
        self.replace([], self._channels, self._size)

    def replace(
        self,
        layers: list[tuple[str, dict]],
        channels: int,
        size: tuple[int, int] | None,
        weights: dict[int, dict[str, np.ndarray]] | None = None,
    ) -> None:
        """Swap in a whole stack (a loaded file or an example). Everything is checked before
        anything changes; ``weights`` maps layer index -> arrays and must fit the built layers."""
        configs = [LayerConfig(kind, check_params(kind, params)) for kind, params in layers]
        size = None if size is None else (int(size[0]), int(size[1]))
        shape = self.input_shape_for(channels, size)
        check([(c.kind, c.params) for c in configs], shape)
        cache = {configs[i].uid: dict(w) for i, w in (weights or {}).items()}
        trial = build_stack(configs, shape, dict(cache))
        for i, w in (weights or {}).items():
            have = trial.layers[i].params if i < len(trial.layers) else {}
            if {k: v.shape for k, v in w.items()} != {k: v.shape for k, v in have.items()}:
                raise ValueError(
                    f"weights of layer {i + 1} do not fit it: "
                    f"{ {k: v.shape for k, v in w.items()} } vs { {k: v.shape for k, v in have.items()} }"
                )
        self._configs, self._channels, self._size = configs, channels, size
        self._weights = cache
        self._rebuild("layers")
        self.select(0 if configs else None)

    def set_image(self, image: np.ndarray) -> None:
        """Take a new picture (kept, not copied: images and live frames are never written to).
        The layers are rebuilt only if the input's shape changed; a live frame of the same
        size costs nothing here."""
        old = self.input_shape
        self._image = _checked_image(image)  # raises before anything changes
        if self.input_shape == old:
            self.changed.emit("image")  # only the pixels: the layers, rows and shapes stay
        else:
            self._rebuild("input")

    def _set_input(self, channels: int, size: tuple[int, int] | None) -> None:
        self._check(self._configs, self.input_shape_for(channels, size))
        self._channels, self._size = channels, size
        self._rebuild("input")

    def set_channels(self, channels: int) -> None:
        if channels != self._channels:
            self._set_input(channels, self._size)

    def set_size(self, size: tuple[int, int] | None) -> None:
        size = None if size is None else (int(size[0]), int(size[1]))
        if size != self._size:
            self._set_input(self._channels, size)

    def set_weights(self, index: int, params: dict[str, np.ndarray]) -> None:
        """Replace a built layer's weights (same keys and shapes, else ValueError)."""
        layer = self._result.layers[index]
        for k, v in params.items():
            if k not in layer.params or layer.params[k].shape != np.shape(v):
                raise ValueError(f"layer {index + 1} has no weight {k!r} of shape {np.shape(v)}")
        layer.params.update({k: np.array(v, dtype=np.float64) for k, v in params.items()})
        self._acts = None
        self.changed.emit("weights")

    def set_training(self, training: bool) -> None:
        """Train mode (True: dropout zeroes units and scales the rest) or eval mode (False)."""
        if bool(training) != self._training:
            self._training = bool(training)
            self._rebuild("layers")

    def select(self, index: int | None) -> None:
        if index != self._selected:
            self._selected = index
            self.changed.emit("selection")

    def _rebuild(self, part: str = "layers") -> None:
        shape = self.input_shape
        self._result = build_stack(self._configs, shape, self._weights, self._training)
        if self._result.valid:
            self._last_valid = self._result
        elif part == "input" or self._last_valid.training != self._training:
            # the old valid stack was built for another input or mode: its maps would lie about this one
            self._last_valid = build_stack(
                self._configs[: self._result.error_index], shape, self._weights, self._training
            )
        self._acts = None
        self.changed.emit(part)
