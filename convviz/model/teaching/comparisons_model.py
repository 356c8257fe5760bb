"""The "Compare designs" numbers as an evented model: the user's numbers, and the costs of each
design for them (engine summaries of real layers, computed off the GUI thread: a 256→256 7×7
convolution builds millions of weights). ``changed`` fires "numbers" when they change, then
"comparisons" when the costs for the newest numbers have arrived."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from convviz.model.events import Signal
from convviz.model.stack.background import Background, Post, call_now
from convviz.model.teaching.compare_designs import CompareNumbers, Comparison, all_comparisons

NAMES = frozenset(f.name for f in fields(CompareNumbers))


class ComparisonsModel:
    def __init__(self, post: Post = call_now, numbers: CompareNumbers | None = None) -> None:
        self.changed = Signal()
        self._numbers = numbers or CompareNumbers()
        self._comparisons: list[Comparison] | None = None
        self._error = ""
        self._background: Background[CompareNumbers, list[Comparison]] = Background(
            all_comparisons, self._apply, post, "convviz-comparisons"
        )

    numbers = property(lambda self: self._numbers)
    comparisons = property(lambda self: self._comparisons)  # for ``numbers`` once up to date (None at first)
    error = property(lambda self: self._error)
    busy = property(lambda self: self._background.busy)
    up_to_date = property(lambda self: not self.busy)

    def set_numbers(self, **values: Any) -> None:
        """Change some numbers (names of ``CompareNumbers``; others are ignored)."""
        new = replace(self._numbers, **{k: v for k, v in values.items() if k in NAMES})
        if new != self._numbers:
            self._numbers = new
            self.changed.emit("numbers")
            self._background.submit(new)

    def _apply(self, comparisons: list[Comparison] | None, error: str) -> None:
        self._error = error
        if comparisons is not None:
            self._comparisons = comparisons
        self.changed.emit("comparisons")

    def ensure_computed(self) -> None:
        """Compute for the current values if nothing was asked yet (the view calls this when it is
        first shown: a window that never shows it never computes it)."""
        if self._comparisons is None and not self.busy:
            self._background.submit(self._numbers)

    def shutdown(self) -> None:
        self._background.shutdown()
