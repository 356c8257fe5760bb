"""convviz.text, the Qt-free code's translation hook: English until a translator is installed,
the translator's words after, English again when it is taken away."""

from __future__ import annotations

from convviz import text


def test_text_is_english_until_a_translator_is_installed_and_after_it_is_removed():
    table = {("Shapes", "output {h} rows"): "输出 {h} 行"}
    assert text.tr("Shapes", "output {h} rows").format(h=3) == "output 3 rows"
    try:
        text.install(lambda context, source: table.get((context, source), source))
        assert text.tr("Shapes", "output {h} rows").format(h=3) == "输出 3 行"
        assert text.tr("Other", "output {h} rows") == "output {h} rows"  # the context is part of the key
        assert text.noop("Shapes", "output {h} rows") == "output {h} rows"  # marks, never translates
    finally:
        text.install(None)
    assert text.tr("Shapes", "output {h} rows") == "output {h} rows"
