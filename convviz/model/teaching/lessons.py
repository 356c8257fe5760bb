"""The Lessons menu's catalogue: the course notes' worked examples as states to open and change.

Each entry is (id, title, builder); `build(id)` makes the lesson then, computing every number
its explanation states from the lesson's own values, with the engine and the shape formulas (what
stays typed in the text is a formula's own shape, such as the 1 of "+ 1"; the titles below are the
menu's names for the notes' examples, typed as the notes give them). The texts are in the
interface's language (`convviz.text.tr`, context "Lessons"), chosen when they are read: a title
as `CATALOGUE` gives it or `build` puts it in the lesson, a paragraph when the lesson is built.
The types and the one-layer state they set are in `lesson_setup`; the lessons themselves in
`lessons_layer` (the explorer's and the stepper's layer) and `lessons_designs` (stacks, design
comparisons, transposed convolution, 1-D convolution).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import overload

from convviz.model.teaching import lessons_designs as designs, lessons_layer as layer
from convviz.model.teaching.lesson_setup import LayerSetup, Lesson, StackSetup, Tab, apply_layer
from convviz.text import noop, tr

__all__ = ["CATALOGUE", "Lesson", "LayerSetup", "StackSetup", "Tab", "apply_layer", "build", "build_all"]

Entry = tuple[str, str, Callable[[], Lesson]]  # (id, title, builder)

# (id, title as the menu shows it, builder); the titles in English, translated where they are read
# (Catalogue, build). Grouped as the notes go: sizes, parameters, pooling, receptive fields and
# cheaper designs, going back up, gradients, kernels, 1-D.
_CATALOGUE: tuple[Entry, ...] = (
    ("valid_5x5", noop("Lessons", "5×5 input, 3×3 kernel (3×3 out)"), partial(layer.five_by_five, False)),
    ("padded_5x5", noop("Lessons", "5×5 input padded to 7×7 (5×5 out)"), partial(layer.five_by_five, True)),
    ("kernel_2x2", noop("Lessons", "2×2 kernel on a 3×3 input"), layer.two_by_two),
    (
        "keras_stack",
        noop("Lessons", "Keras Conv2D(16, 2, strides=2), then Conv2D(32, 3, padding='same')"),
        designs.keras_stack,
    ),
    ("twenty_filters", noop("Lessons", "20 filters 8×8 on 32×32×3, stride 2, pad 1"), layer.twenty_filters),
    ("max_pool_stride2", noop("Lessons", "MaxPooling2D(2, 2) on 100×100×15"), partial(layer.max_pooling, 2)),
    ("max_pool_stride1", noop("Lessons", "MaxPooling2D(2, strides=1) on 100×100×15"), partial(layer.max_pooling, 1)),
    ("avg_pool_4x4x5", noop("Lessons", "2×2 average pooling, VALID, on 4×4×5"), layer.average_pooling),
    ("dilation_2", noop("Lessons", "Dilation 2: a 3×3 kernel that sees 5×5"), layer.dilation),
    ("stacked_3x3", noop("Lessons", "Two 3×3 convolutions vs one 5×5"), designs.stacked_3x3),
    ("bottleneck", noop("Lessons", "The 1×1 bottleneck"), designs.bottleneck),
    ("separable", noop("Lessons", "Depthwise-separable 16→32"), designs.separable),
    ("transposed", noop("Lessons", "Transposed convolution: 2×2 back to 5×5"), designs.transposed),
    ("max_pool_gradient", noop("Lessons", "Max pooling routes its gradient"), partial(layer.pooling_gradient, "max")),
    (
        "avg_pool_gradient",
        noop("Lessons", "Average pooling spreads its gradient"),
        partial(layer.pooling_gradient, "avg"),
    ),
    ("sobel_separable", noop("Lessons", "Sobel as a separable kernel"), layer.sobel_separable),
    ("signal_1d", noop("Lessons", "1-D convolution: flip, slide, sum (why 卷积)"), designs.signal),
    ("text_cnn", noop("Lessons", "1-D convolution over a sentence (NLP)"), designs.text_cnn),
)
_ENTRIES = {lesson_id: (title, builder) for lesson_id, title, builder in _CATALOGUE}


class Catalogue(Sequence[Entry]):
    """The lessons in the menu's order, as (id, title, builder), each title in the interface's
    language when it is read (the entries are made at import, before any translator is installed;
    the menu reads them when the window is built)."""

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self._entries = entries

    @overload
    def __getitem__(self, index: int) -> Entry: ...
    @overload
    def __getitem__(self, index: slice) -> list[Entry]: ...
    def __getitem__(self, index: int | slice) -> Entry | list[Entry]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self._entries))[index]]
        lesson_id, title, builder = self._entries[index]
        return lesson_id, tr("Lessons", title), builder

    def __len__(self) -> int:
        return len(self._entries)


CATALOGUE = Catalogue(_CATALOGUE)


def build(lesson_id: str) -> Lesson:
    """The lesson, its numbers computed now; KeyError for an unknown id."""
    if lesson_id not in _ENTRIES:
        raise KeyError(f"no lesson {lesson_id!r}; known: {', '.join(_ENTRIES)}")
    title, builder = _ENTRIES[lesson_id]
    return replace(builder(), id=lesson_id, title=tr("Lessons", title))


def build_all() -> list[Lesson]:
    return [build(lesson_id) for lesson_id, _, _ in _CATALOGUE]
