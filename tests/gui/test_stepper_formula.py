"""Arithmetic as a reader writes it (UX review D5): the stepper's formula text."""

import numpy as np

from convviz.gui.stepper import formula


def test_negatives_get_a_true_minus_and_brackets_as_factors():
    assert formula.number(-1.0) == "−1" and formula.number(-0.001) == "0.00" and formula.number(-0.0) == "0"
    assert formula.number(-1.23456, 4) == "−1.235" and formula.number(2.5, 4) == "2.5"
    assert formula.factor(-1.0) == "(−1)" and formula.factor(3.0) == "3" and formula.factor(-0.4321, 3) == "(−0.432)"
    assert formula.products(np.array([0.0, -2.0]), np.array([-1.0, 0.5])) == ["0·(−1)", "(−2)·0.50"]


def test_cells_are_written_as_a_reader_would():
    assert formula.cell((1, 4)) == "(1, 4)"
    assert formula.cells([(0, 1)]) == "(0, 1)"
    assert formula.cells([(0, 1), (1, 1)]) == "(0, 1) and (1, 1)"
    assert formula.cells([(0, c) for c in range(9)], limit=3) == "(0, 0), (0, 1), (0, 2) and 6 more"


def test_a_long_sum_is_shortened_and_keeps_its_total():
    terms = [f"{i}·(−1)" for i in range(25)]
    assert formula.fitted_sum(terms[:3], " = <b>−3</b>", lambda line: True) == "0·(−1) + 1·(−1) + 2·(−1) = <b>−3</b>"
    short = formula.fitted_sum(terms, " = <b>−300</b>", lambda line: len(formula.plain(line)) <= 80, "R: ")
    assert short.startswith("R: 0·(−1) + 1·(−1)") and short.endswith(" more) = <b>−300</b>")
    assert len(formula.plain(short)) <= 80
    assert formula.fitted_sum(terms, " = 7", lambda line: len(line) < 20) == "Σ of 25 products = 7"


def test_a_long_sum_formats_only_the_terms_a_line_can_show_and_still_counts_them_all():
    """A 15×15 RGB window has 675 products per step; the line shows the first few and says how
    many more, and only those are formatted (the count comes from the window, by hand here)."""
    window, kernel = np.arange(225.0).reshape(15, 15), np.full((15, 15), -1.0)
    terms = formula.products(window, kernel)
    assert len(terms) == formula.MAX_TERMS_SHOWN and terms[1] == "1·(−1)"
    line = formula.fitted_sum(terms, " = −25200", lambda s: len(formula.plain(s)) <= 120, count=225)
    shown = line.split(" + … (")[0].split(" + ")
    assert line.endswith(f"… ({225 - len(shown)} more) = −25200") and len(shown) >= 2
