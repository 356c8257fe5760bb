"""Arithmetic written as a reader writes it: a true minus sign, brackets around a negative factor
("0·(−1)"), cells as "(1, 4)", lists of cells in words, and a sum shortened to the width it has
so its total is never wrapped away."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from convviz.engine.kernels import PRESETS
from convviz.gui.i18n import tr
from convviz.gui.stepper.numbers_item import format_number

MINUS = "\u2212"


# A pooling kind as a heading names it ("max pool", "avg pool"); in a formula it stays the function, max(…).
POOL_WORDS = {"max": QT_TRANSLATE_NOOP("Pooling", "max"), "avg": QT_TRANSLATE_NOOP("Pooling", "avg")}


def preset_title(name: str) -> str:
    """A kernel preset as the target lists show it: its key ("sobel_x", as the English interface has
    always listed it), or its label when the interface's language translates it (Sobel x（竖直边缘）)."""
    item = PRESETS[name]
    return name if item.label == item.english_label else item.label


def fill_presets(combo, chosen: str) -> None:
    """Every kernel preset as a choice (its key the item's data), ``chosen`` selected."""
    for name in sorted(PRESETS):
        combo.addItem(preset_title(name), name)
    combo.setCurrentIndex(combo.findData(chosen))


def pool_word(kind: str) -> str:
    """The pooling kind's word in the interface's language (最大, 平均); another kind as it is."""
    return tr("Pooling", POOL_WORDS[kind]) if kind in POOL_WORDS else kind


def number(v: float, digits: int = 0) -> str:
    """A value with a true minus sign: as the matrices write it, or to ``digits`` significant ones."""
    text = format_number(v) if digits == 0 else f"{v:.{digits}g}"
    if text in ("-0", "-0.0", "-0.00"):
        text = text[1:]
    return text.replace("-", MINUS)


def factor(v: float, digits: int = 0) -> str:
    """A factor of a product (or a term of a sum): negatives in brackets, "(−1)"."""
    text = number(v, digits)
    return f"({text})" if text.startswith(MINUS) else text


MAX_TERMS_SHOWN = 64  # more "a·b" terms never fit one line, even on a wide screen


def products(window: np.ndarray, kernel: np.ndarray, limit: int = MAX_TERMS_SHOWN) -> list[str]:
    """The first ``limit`` terms "a·b" of Σ window × kernel, in raster order (a 15×15 RGB
    window has 675; formatting them all cost the GUI thread ~10 ms per step, for nothing)."""
    pairs = zip(window.ravel()[:limit].tolist(), kernel.ravel()[:limit].tolist(), strict=True)
    return [f"{factor(a)}·{factor(b)}" for a, b in pairs]


def shape(a: np.ndarray) -> str:
    """ "6×6": the last two axes of a matrix (or a stack of them)."""
    return f"{a.shape[-2]}×{a.shape[-1]}"


def cell(yx: Sequence[int]) -> str:
    return f"({int(yx[0])}, {int(yx[1])})"


def cells(yxs: Sequence[Sequence[int]], limit: int = 6) -> str:
    """ "(0, 1)", "(0, 1) and (1, 1)", "(0, 0), (0, 1), … and 5 more"."""
    words = [cell(c) for c in yxs]
    if len(words) > limit:
        return tr("Formula", "{0} and {1} more").format(", ".join(words[:limit]), len(words) - limit)
    return words[0] if len(words) == 1 else tr("Formula", "{0} and {1}").format(", ".join(words[:-1]), words[-1])


def plain(rich: str) -> str:
    """The text of a rich-text line, as it is measured."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich))


def fitted_sum(
    terms: list[str],
    tail: str,
    fits: Callable[[str], bool],
    head: str = "",
    summary: str | None = None,
    count: int | None = None,
) -> str:
    """``head`` + the terms joined by " + " + ``tail`` (rich text), with as many terms as fit:
    "a + b + … (7 more)", or ``summary`` when not even two do; the tail (the total) always stays.
    ``count``: how many terms the sum has, when ``terms`` holds only the first ones."""
    n = len(terms) if count is None else count
    if summary is None:
        summary = tr("Formula", "Σ of {0} products").replace("{0}", "{n}")
    more = tr("Formula", " + … ({0} more)")

    def line(keep: int) -> str:
        shown = " + ".join(terms[:keep]) + ("" if keep == n else more.format(n - keep))
        return f"{head}{shown}{tail}"

    if n and len(terms) == n and fits(line(n)):
        return line(n)
    lo, hi = 1, min(n - 1, len(terms))  # the most terms that fit, by bisection (a line grows with every term)
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if fits(line(mid)):
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return line(best) if best >= 2 else f"{head}{summary.format(n=n)}{tail}"
