"""The order the stepper's play head visits the output cells (Qt-free): across the rows first,
as the traces number their steps, or down the columns first, as the course notes slide.

The traces (``convviz.engine.trace``) number the conv steps in raster order; this module maps a
play-head position onto a trace step. Each cell's numbers are the trace's own: only the order of
the visits changes. The backward pass's running totals after a position are those of the cells
visited so far (one vectorised backward of the gradient masked to them), so after the last step
they are the full backward whatever the order. Pooling steps keep their row-by-row order.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from convviz.engine.conv import conv2d_backward
from convviz.engine.trace import BackwardStep, BackwardTrace, ForwardStep, ForwardTrace
from convviz.model.teaching.choices import Choices
from convviz.text import noop, tr

ORDERS = Choices(
    "Traversal",
    (
        ("rows", noop("Traversal", "across the rows first (row by row)")),
        ("columns", noop("Traversal", "down the columns first (as the course notes slide)")),
    ),
)
# How a step's description names the order (after "step 4 of 9, "): ``order_words`` translates.
ORDER_WORDS = {"rows": noop("Traversal", "row by row"), "columns": noop("Traversal", "down the columns")}
ORDER_TIP = noop(
    "Traversal",
    "The order the play head visits the output cells: across each row, then the next row; or down "
    "each column, then the next column, as the course notes slide the kernel. Every cell's numbers "
    "are the same either way, and so are the gradients after the last step. Pooling windows keep "
    "the row-by-row order in both passes.",
)


def order_words(order: str) -> str:
    """ "row by row" or "down the columns", in the interface's language."""
    return tr("Traversal", ORDER_WORDS[check_order(order)])


def order_tip() -> str:
    """``ORDER_TIP`` in the interface's language (for the order combo's tool tip)."""
    return tr("Traversal", ORDER_TIP)


def check_order(order: str) -> str:
    if order not in ORDER_WORDS:
        raise ValueError(f"order must be one of {list(ORDER_WORDS)}, got {order!r}")
    return order


def visiting_order(shape: tuple[int, int], order: str) -> np.ndarray:
    """Raster (row-major) indices of an (h, w) grid's cells, in the order they are visited."""
    h, w = shape
    raster = np.arange(h * w).reshape(h, w)
    return raster.ravel() if check_order(order) == "rows" else raster.T.ravel()


def visited(shape: tuple[int, int], order: str, count: int) -> np.ndarray:
    """(h, w) bool: the cells among the first ``count`` visited."""
    mask = np.zeros(shape[0] * shape[1], dtype=bool)
    mask[visiting_order(shape, order)[: max(0, count)]] = True
    return mask.reshape(shape)


class _Ordered:
    """Maps play-head positions onto a trace's steps: the conv steps (``first`` … ``first`` + the
    output's size − 1) permuted, every other step where it is."""

    def __init__(self, shape: tuple[int, int], first: int, length: int, order: str) -> None:
        self.order, self.shape, self.first, self.length = check_order(order), shape, first, length
        self.conv_steps = shape[0] * shape[1]
        self._to_trace = visiting_order(shape, order)
        self._to_position = np.argsort(self._to_trace)

    def __len__(self) -> int:
        return self.length

    def is_conv(self, position: int) -> bool:
        return self.first <= position < self.first + self.conv_steps

    def trace_index(self, position: int) -> int:
        """The trace's step shown at play-head ``position``."""
        if not self.is_conv(position):
            return position
        return self.first + int(self._to_trace[position - self.first])

    def position_of(self, trace_index: int) -> int:
        """The play-head position that shows the trace's step ``trace_index``."""
        if not self.is_conv(trace_index):
            return trace_index
        return self.first + int(self._to_position[trace_index - self.first])

    def conv_done(self, position: int) -> np.ndarray:
        """(h, w) bool: the output cells whose conv step is at or before ``position``."""
        count = min(max(position - self.first + 1, 0), self.conv_steps)
        return visited(self.shape, self.order, count)

    def describe(self, position: int) -> str:
        """ "step 4 of 9, down the columns" for a conv step (counted within the conv steps)."""
        return tr("Traversal", "step {k} of {n}, {order}").format(
            k=position - self.first + 1, n=self.conv_steps, order=order_words(self.order)
        )


class OrderedForward(_Ordered):
    """A forward trace played in ``order``: its conv steps come first, then its pool steps."""

    def __init__(self, trace: ForwardTrace, order: str = "rows") -> None:
        super().__init__(trace.run.z.shape, 0, len(trace), order)
        self.trace = trace

    def step(self, position: int) -> ForwardStep:
        """The trace's step for the cell visited at ``position``, numbered by the position."""
        return replace(self.trace.step(self.trace_index(position)), index=position)


class OrderedBackward(_Ordered):
    """A backward trace played in ``order``: the pool steps, the activation, then the conv steps."""

    def __init__(self, trace: BackwardTrace, order: str = "rows") -> None:
        super().__init__(trace.run.z.shape, trace.pool_steps + 1, len(trace), order)
        self.trace = trace

    def step(self, position: int) -> BackwardStep:
        """The step at ``position``: its cell's own numbers from the trace, and the running dW, db
        and dX of the cells visited so far in this order."""
        step = self.trace.step(self.trace_index(position))
        if self.order == "rows" or not self.is_conv(position):
            return replace(step, index=position)  # the trace's order: its totals are these
        run = self.trace.run
        g = np.where(self.conv_done(position), self.trace.d_pre, 0.0)
        dx, dw, db = conv2d_backward(g[None, None], run.x[None], run.weight, **run.spec.conv_options())
        return replace(step, index=position, d_weight=dw[0], d_bias=float(db[0]), d_input=dx[0])
