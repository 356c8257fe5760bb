"""(key, label) choices whose labels are read in the interface's language (Qt-free).

A combo box's items are often a module-level tuple of (key, label) pairs, built when the module
is imported, before any translator is installed. ``Choices`` keeps the English labels (each
marked with ``noop(context, "…")`` where it is written, so pyside6-lupdate finds it) and
translates a label whenever it is read: iterating, indexing or ``dict(choices)`` give the
labels in the language of that moment, so a view built after the translator is installed
shows them translated without calling ``tr`` itself. (It has no ``keys()``, so ``dict`` takes
it as pairs.)
"""

from __future__ import annotations

from collections.abc import Iterator

from convviz.text import tr


class Choices:
    """A tuple of (key, label) pairs whose labels come out through ``tr(context, label)``."""

    def __init__(self, context: str, pairs: tuple[tuple[str, str], ...]) -> None:
        self.context = context
        self.english = tuple(pairs)  # the labels as written (for code that needs the source)

    def __len__(self) -> int:
        return len(self.english)

    def __getitem__(self, index: int) -> tuple[str, str]:
        key, label = self.english[index]
        return key, tr(self.context, label)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return (self[i] for i in range(len(self)))

    def label(self, key: str) -> str:
        """The translated label of ``key`` (KeyError for an unknown key)."""
        return tr(self.context, dict(self.english)[key])
