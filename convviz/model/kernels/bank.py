"""The filters of one conv layer, as the kernel editor edits them (Qt-free).

Each filter is float64 (C, kH, kW): C = 1 when "shared" (the one kernel is applied to every input
channel and the results summed) or 3 for per-channel RGB. All filters share one size. Every
user-level change is one undo step and one ``changed`` emission; a paint stroke is bracketed by
``begin_stroke()`` / ``end_stroke()`` so the whole drag undoes at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.engine.kernels import PRESETS
from convviz.model.events import Signal
from convviz.model.kernels.document import FORMAT_TAG, FORMAT_VERSION, RGB_CHANNELS, validate_kernel_document
from convviz.model.kernels.ops import OPS, check_size, fit_centred, identity_kernel, operate
from convviz.model.limits import MAX_FILTERS
from convviz.text import tr

_UNDO_LIMIT = 200


@dataclass
class _Snapshot:
    filters: list[np.ndarray]
    names: list[str]
    bias: list[float]
    shared: bool
    current: int
    channel: int


class KernelBank:
    """Filters, names and biases of one conv layer, with undo/redo."""

    def __init__(self, kernel: np.ndarray | None = None, name: str | None = None) -> None:
        """One shared filter: ``kernel`` (2-D), or the engine's "edge" preset by default."""
        self.changed = Signal()
        if kernel is None:
            kernel, name = _default_kernel()
        kernel = np.asarray(kernel, dtype=np.float64)
        if kernel.ndim != 2:
            raise ValueError(f"kernel must be 2-D, got shape {kernel.shape}")
        check_size(*kernel.shape)
        self._filters = [kernel[np.newaxis].copy()]
        self._names = [name or "filter 1"]
        self._bias = [0.0]
        self._shared = True
        self._current = 0
        self._channel = 0
        self._undo: list[_Snapshot] = []
        self._redo: list[_Snapshot] = []
        self._stroke: _Snapshot | None = None
        self._stroke_recorded = False

    # ---- reading -------------------------------------------------------------------------
    @property
    def filters(self) -> list[np.ndarray]:
        return [_read_only(f) for f in self._filters]

    @property
    def names(self) -> list[str]:
        return list(self._names)

    @property
    def bias(self) -> list[float]:
        return list(self._bias)

    @property
    def shared(self) -> bool:
        return self._shared

    @property
    def channels(self) -> int:
        return 1 if self._shared else RGB_CHANNELS

    @property
    def size(self) -> tuple[int, int]:
        return self._filters[0].shape[1], self._filters[0].shape[2]

    @property
    def current(self) -> int:
        return self._current

    @current.setter
    def current(self, index: int) -> None:
        if not 0 <= index < len(self._filters):
            raise IndexError(f"filter index {index} out of range 0..{len(self._filters) - 1}")
        if index != self._current:
            self._current = index
            self.changed.emit("bank")

    @property
    def channel(self) -> int:
        return self._channel

    @channel.setter
    def channel(self, index: int) -> None:
        if not 0 <= index < self.channels:
            raise IndexError(f"channel {index} out of range 0..{self.channels - 1}")
        if index != self._channel:
            self._channel = index
            self.changed.emit("bank")

    def __len__(self) -> int:
        return len(self._filters)

    def current_slice(self) -> np.ndarray:
        """The 2-D kernel the editor shows: filter ``current``, channel ``channel``."""
        return _read_only(self._filters[self._current][self._channel])

    def weight(self, in_channels: int) -> np.ndarray:
        """(F, in_channels, kH, kW) for conv2d; a shared kernel is repeated on every channel.

        A per-channel RGB bank on a 1-channel image uses the sum of its slices (what it would
        compute on that gray image copied to R, G and B).
        """
        kh, kw = self.size
        stack = np.stack(self._filters)  # (F, C, kH, kW)
        if self._shared:
            return np.broadcast_to(stack, (len(stack), in_channels, kh, kw)).copy()
        if in_channels == RGB_CHANNELS:
            return stack.copy()
        if in_channels == 1:
            return stack.sum(axis=1, keepdims=True)
        raise ValueError(f"a per-channel RGB bank needs 1 or 3 input channels, got {in_channels}")

    def bias_array(self) -> np.ndarray:
        return np.array(self._bias, dtype=np.float64)

    # ---- editing the shown slice -----------------------------------------------------------
    def set_value(self, r: int, c: int, value: float) -> None:
        value = float(value)
        if not np.isfinite(value):
            raise ValueError(f"weight must be a finite number, got {value}")
        if self._filters[self._current][self._channel, r, c] == value:
            return
        self._edit(lambda: self._filters[self._current].__setitem__((self._channel, r, c), value))

    def paint(self, r: int, c: int, delta: float) -> None:
        self.set_value(r, c, self._filters[self._current][self._channel, r, c] + float(delta))

    def set_current_kernel(self, kernel: np.ndarray, name: str | None = None) -> None:
        """Put a 2-D kernel (e.g. a preset) in the shown slice; a new size resizes every filter.

        ``name`` (a preset's) also renames the filter in the same undo step, unless the user
        gave it a name of their own.
        """
        kernel = np.asarray(kernel, dtype=np.float64)
        if kernel.ndim != 2:
            raise ValueError(f"kernel must be 2-D, got shape {kernel.shape}")
        check_size(*kernel.shape)

        def put() -> None:
            self._filters = [fit_centred(f, *kernel.shape) for f in self._filters]
            self._filters[self._current][self._channel] = kernel
            old = self._names[self._current]
            if name and (old in PRESETS or old.startswith("filter")):
                self._names[self._current] = name

        self._edit(put)

    def resize(self, kh: int, kw: int) -> None:
        check_size(kh, kw)
        if (kh, kw) != self.size:
            self._edit(lambda: setattr(self, "_filters", [fit_centred(f, kh, kw) for f in self._filters]))

    def apply(self, op: str, seed: int | None = None) -> None:
        """Apply ``op`` (one of OPS) to every channel of the current filter.

        normalise: sum to 1, or max |w| to 1 when the sum is ~0 (edge kernels).
        transpose on a non-square size transposes every filter, since they share one size.
        random: He initialisation via the engine (fan-in = channels × kH × kW).
        """
        if op not in OPS:
            raise ValueError(f"op must be one of {OPS}, got {op!r}")
        i = self._current
        if op == "transpose":
            kh, kw = self.size
            targets = range(len(self._filters)) if kh != kw else [i]
            changes = {j: self._filters[j].transpose(0, 2, 1) for j in targets}
        else:
            changes = {i: operate(op, self._filters[i], seed)}

        def put() -> None:
            for j, array in changes.items():
                self._filters[j] = np.ascontiguousarray(array, dtype=np.float64)

        self._edit(put)

    # ---- filters, bias, mode -------------------------------------------------------------
    def add_filter(self, kernel: np.ndarray | None = None, name: str | None = None) -> None:
        """Append a filter (identity by default; a 2-D kernel is copied to every channel); select it."""
        if len(self._filters) >= MAX_FILTERS:
            raise ValueError(f"a layer here holds at most {MAX_FILTERS} filters (each gets a feature map on screen)")
        kh, kw = self.size
        kernel = identity_kernel(kh, kw) if kernel is None else np.asarray(kernel, dtype=np.float64)
        if kernel.shape[-2:] != (kh, kw):
            raise ValueError(f"new filter must be {kh}×{kw} like the others, got {kernel.shape}")
        array = np.broadcast_to(kernel.reshape((-1, kh, kw)), (self.channels, kh, kw)).copy()
        label = name or f"filter {len(self._filters) + 1}"

        def put() -> None:
            self._filters.append(array)
            self._names.append(label)
            self._bias.append(0.0)
            self._current = len(self._filters) - 1

        self._edit(put)

    def remove_filter(self, index: int) -> None:
        if len(self._filters) == 1:
            raise ValueError("a layer needs at least one filter")
        if not 0 <= index < len(self._filters):
            raise IndexError(f"filter index {index} out of range 0..{len(self._filters) - 1}")

        def put() -> None:
            del self._filters[index], self._names[index], self._bias[index]
            if self._current > index or self._current == len(self._filters):
                self._current -= 1

        self._edit(put)

    def rename(self, index: int, name: str) -> None:
        if name and name != self._names[index]:
            self._edit(lambda: self._names.__setitem__(index, name))

    def set_bias(self, value: float, index: int | None = None) -> None:
        index = self._current if index is None else index
        if float(value) != self._bias[index]:
            self._edit(lambda: self._bias.__setitem__(index, float(value)))

    def set_shared(self, shared: bool) -> None:
        """Shared→per-channel copies the kernel to R, G, B; back again averages them.

        Both keep the output on a gray image unchanged.
        """
        if shared == self._shared:
            return

        def put() -> None:
            if shared:
                self._filters = [f.mean(axis=0, keepdims=True) for f in self._filters]
            else:
                self._filters = [np.repeat(f, RGB_CHANNELS, axis=0) for f in self._filters]
            self._shared, self._channel = shared, 0

        self._edit(put)

    # ---- undo / redo ---------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        if self._undo:
            self.end_stroke()
            self._redo.append(self._snapshot())
            self._restore(self._undo.pop())
            self.changed.emit("bank")

    def redo(self) -> None:
        if self._redo:
            self.end_stroke()
            self._undo.append(self._snapshot())
            self._restore(self._redo.pop())
            self.changed.emit("bank")

    def begin_stroke(self) -> None:
        """Start a paint stroke: edits until ``end_stroke()`` form one undo step."""
        if self._stroke is None:
            self._stroke = self._snapshot()
            self._stroke_recorded = False

    def end_stroke(self) -> None:
        self._stroke = None

    @contextmanager
    def one_step(self) -> Iterator[None]:
        """Edits inside the block undo together (e.g. a learned kernel and its bias)."""
        outer = self._stroke is not None
        self.begin_stroke()
        try:
            yield
        finally:
            if not outer:
                self.end_stroke()

    def set_kernel_and_bias(self, kernel: np.ndarray, bias: float) -> None:
        """Put a 2-D kernel in the shown slice and set the filter's bias: one undo step."""
        with self.one_step():
            self.set_current_kernel(kernel)
            self.set_bias(bias)

    # ---- (de)serialisation ---------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_TAG,
            "version": FORMAT_VERSION,
            "shared": self._shared,
            "filters": [{"name": n, "weights": f.tolist()} for n, f in zip(self._names, self._filters, strict=True)],
            "bias": list(self._bias),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KernelBank:
        bank = cls()
        bank._restore(_snapshot_from_dict(data))
        return bank

    def load_dict(self, data: dict[str, Any]) -> None:
        """Replace everything with ``data`` (as from a kernel file) as one undoable change."""
        snapshot = _snapshot_from_dict(data)
        self._edit(lambda: self._restore(snapshot))

    # ---- internals -----------------------------------------------------------------------
    def _edit(self, change: Callable[[], None]) -> None:
        """Run one user-level change: record undo (once per stroke), clear redo, notify."""
        if self._stroke is not None:
            if not self._stroke_recorded:  # an empty stroke leaves no undo step
                self._push_undo(self._stroke)
                self._stroke_recorded = True
        else:
            self._push_undo(self._snapshot())
        self._redo.clear()
        change()
        self.changed.emit("bank")

    def _push_undo(self, snapshot: _Snapshot) -> None:
        self._undo.append(snapshot)
        del self._undo[:-_UNDO_LIMIT]

    def _snapshot(self) -> _Snapshot:
        return _Snapshot(
            [f.copy() for f in self._filters],
            list(self._names),
            list(self._bias),
            self._shared,
            self._current,
            self._channel,
        )

    def _restore(self, s: _Snapshot) -> None:
        self._filters = [f.copy() for f in s.filters]
        self._names, self._bias = list(s.names), list(s.bias)
        self._shared, self._current, self._channel = s.shared, s.current, s.channel


def _default_kernel() -> tuple[np.ndarray, str]:
    try:
        from convviz.engine.kernels import preset

        # The name is the user's to change: a default one in the interface's language.
        return preset("edge"), tr("KernelBank", "edge")
    except (ImportError, ValueError):
        return identity_kernel(), "identity"


def _read_only(array: np.ndarray) -> np.ndarray:
    copy = array.copy()
    copy.setflags(write=False)
    return copy


def _snapshot_from_dict(data: dict[str, Any]) -> _Snapshot:
    """Build state from a kernel document; KernelDocumentError (a ValueError) naming the field if
    it is malformed (``convviz.model.kernels.document``, the one validator). Runs before any state
    changes."""
    document = validate_kernel_document(data)
    filters = [np.array(f["weights"], dtype=np.float64) for f in document["filters"]]
    names = [f["name"] or f"filter {i + 1}" for i, f in enumerate(document["filters"])]
    return _Snapshot(filters, names, list(document["bias"]), document["shared"], 0, 0)
