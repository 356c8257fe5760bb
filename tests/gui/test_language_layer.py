"""The layer part in 简体中文 and 繁體中文: the "What am I looking at?" text, the Shapes panel's
formulas, a pinned cell's arithmetic, the comparison, a problem with the settings and the code
dialog's notes, for one concrete layer — a 7×7 image, a 3×3 kernel, stride 2, padding 1 — in
the words of the .ts files (read here, not taken from the code) with the numbers in place,
worked out here by hand, and in English again with "en"."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from convviz.gui import i18n
from convviz.model.layer.arithmetic import arithmetic
from convviz.model.layer.comparison import describe, differences
from convviz.model.layer.compute import compute, take_snapshot
from convviz.model.layer.explain import explain
from convviz.model.state import AppState, Cell, Stage
from tests.gui.test_language import Words

IMAGE = (np.arange(49, dtype=np.float32).reshape(7, 7) % 10) / 10  # 0.0 … 0.9, no two neighbours equal
KERNEL = np.array([[1, 0, -1], [2, 0.5, -2], [1, 0, -1]], np.float32)
BIAS = 0.25
# Output side by hand: ⌊(7 + 2·1 − 3)/2⌋ + 1 = 4; the padded input is 7 + 2 = 9.
OUT, PADDED = 4, 9


def layer(**settings):
    """The 7×7 image, the one 3×3 filter with its bias, stride 2, one cell of zero padding all round."""
    state = AppState(image=IMAGE)
    state.bank.set_current_kernel(KERNEL)
    state.bank.set_bias(BIAS)
    state.layer.update(**{"stride": 2, "padding_kind": "explicit", **settings})
    return compute(take_snapshot(state, 0))


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese(request, qtbot):
    """The app's translators for the language, and its layer part's words; English again after."""
    app = QApplication.instance()
    i18n.install(app, request.param)
    yield request.param, Words(request.param, "layer")
    i18n.install(app, "en")


@pytest.fixture
def english(qtbot):
    i18n.install(QApplication.instance(), "en")
    yield


def test_the_explanation_is_the_translation_with_the_layer_numbers(chinese):
    _, words = chinese
    result = layer()
    name = result.snapshot.names[0]
    assert result.ok and name
    expected = [
        words("LayerExplain", "<h3>What am I looking at?</h3>"),
        words(
            "LayerExplain",
            "<p><b>Convolution.</b> A {kh}×{kw} kernel slides over the {h}×{w} image ({c} channel).",
        ).format(kh=3, kw=3, h=7, w=7, c=1),
        words(
            "LayerExplain",
            " At each position it multiplies the {n} numbers under it by its weights and adds them up plus the bias:"
            " one number of the feature map.",
        ).format(n=9),
        words("LayerExplain", " This is cross-correlation, which is what CNN libraries call convolution (no flip)."),
        words("LayerExplain", " There is {f} filter, so {f} feature map of {oh}×{ow}.</p>").format(f=1, oh=OUT, ow=OUT),
        words(
            "LayerExplain",
            "<p><b>Stride {s}.</b> The kernel moves {s} cells at a time, skipping {skip} of every {s} positions: the"
            " output is about 1/{s} of the input each way.</p>",
        ).format(s=2, skip=1),
        words("LayerExplain", "<p><b>Padding explicit.</b>"),
        words(
            "LayerExplain",
            " {t} row(s) on top, {b} below, {l} column(s) left, {r} right, {mode}. The ring around the image shows"
            " them; the padded input is {ph}×{pw}.</p>",
        ).format(t=1, b=1, l=1, r=1, mode=words("LayerExplain", "filled with zeros"), ph=PADDED, pw=PADDED),
        words("LayerExplain", "<p><b>Dilation 1.</b> The taps are next to each other (no holes).</p>"),
        words("LayerExplain", "<p><b>Pooling.</b> None: the feature maps are the layer's output.</p>"),
        # 9 weights + 1 bias; 4×4 outputs × 9 multiply-adds each
        words("LayerExplain", "<p><b>Cost.</b> {params} parameters, {mult_adds} multiply-adds.</p>").format(
            params=10, mult_adds=OUT * OUT * 9
        ),
        words(
            "LayerExplain",
            "<p>Hover an output cell to see the input cells that feed it; click to pin it and read its arithmetic;"
            " arrow keys move the pin.</p>",
        ),
    ]
    assert explain(result) == "".join(expected)


def test_the_explanation_of_pooling_and_dilation(chinese):
    _, words = chinese
    # Dilation 2: the 3×3 taps span 5 cells; out ⌊(7 + 2 − 5)/2⌋ + 1 = 3; 2×2 max pool by 1: 3 − 2 + 1 = 2.
    text = explain(layer(dilation=2, pooling="max", pool_size=2, pool_stride=1))
    assert (
        words(
            "LayerExplain",
            "<p><b>Dilation {d}.</b> The kernel's taps are {d} cells apart, so it covers {sh}×{sw} cells with only"
            " {kh}×{kw} weights; the skipped cells are the holes in the highlight.</p>",
        ).format(d=2, sh=5, sw=5, kh=3, kw=3)
        in text
    )
    pooled = words(
        "LayerExplain",
        "<p><b>Pooling.</b> Each {k}×{k} block (moving by {s}) of a feature map is replaced by its largest"
        " value: {oh}×{ow} → {ph}×{pw}.</p>",
    ).format(k=2, s=1, oh=3, ow=3, ph=2, pw=2)
    edge = words("LayerExplain", "<p>VALID pooling: only whole blocks; cells past the last one are left out.</p>")
    assert pooled + edge in text
    text = explain(layer(pooling="global_avg"))
    assert (
        words(
            "LayerExplain",
            "<p><b>Global pooling.</b> Each whole feature map becomes one number, its average value:"
            " {f} number in total.</p>",
        ).format(f=1)
        in text
    )


def test_the_shapes_formulas_keep_the_maths_and_translate_the_words(chinese, qtbot):
    from html import escape

    from convviz.gui.explorer.shape_panel import ShapePanel

    _, words = chinese
    # SAME at stride 2: ⌈7/2⌉ = 4, pads 2·(4 − 1) + 3 − 7 = 2 in all, 1 + 1; a 3×3 pool by 2 in ceil mode:
    # ⌈(4 − 3)/2⌉ + 1 = 2 (its last window starts at 2, inside the map).
    result = layer(padding_kind="same", pooling="max", pool_size=3, pool_stride=2, pool_padding="ceil")
    same = words("LayerShapes", "(SAME pads {before}+{after})").format(before=1, after=1)
    ceil = words("LayerShapes", "(ceil mode)")
    assert result.info.formulas == (f"H_out = ⌈H/S⌉ = ⌈7/2⌉ = 4  {same}", f"W_out = ⌈W/S⌉ = ⌈7/2⌉ = 4  {same}")
    assert result.info.pool_formulas[0] == f"H_pool = ⌈(H_out − K)/S⌉ + 1 = ⌈(4 − 3)/2⌉ + 1 = 2  {ceil}"
    panel = ShapePanel()  # what the explorer's Shapes panel shows
    qtbot.addWidget(panel)
    panel.show_result(result, result)
    assert escape(result.info.formulas[0]) in panel.text() and escape(result.info.pool_formulas[1]) in panel.text()
    one = words("LayerShapes", "(global: one value per map)")
    assert layer(pooling="global_max").info.pool_formulas == (f"H_pool = 1  {one}", f"W_pool = 1  {one}")


def test_a_pinned_cells_arithmetic_in_chinese(chinese, qtbot):
    from convviz.gui.explorer.arithmetic_panel import ArithmeticPanel

    language, _ = chinese
    panel_words = Words(language, "explorer")  # the panel's own words are the explorer part's
    result = layer()
    cell = Cell(Stage.CONV, 0, 1, 2)
    # By hand: output (1, 2) at stride 2 sees padded rows 2..4 and columns 4..6, i.e. image rows 1..3, columns 3..5.
    window = np.pad(IMAGE, 1)[2:5, 4:7].astype(np.float64)
    total = float((window * KERNEL).sum())
    a = arithmetic(cell, result)
    assert np.allclose(a.window[0], window) and a.total == pytest.approx(total)
    panel = ArithmeticPanel()
    qtbot.addWidget(panel)
    panel.show_cell(cell, result)
    header = panel_words("ArithmeticPanel", "<b>{0} {1}, cell (row {2}, col {3})</b>")
    assert panel.header.text() == header.format(panel_words("ArithmeticPanel", "map"), 1, 1, 2)
    sums = panel.sums.text()
    shown = f"{total:.3f}".replace("-", "−")
    assert panel_words("ArithmeticPanel", "<p>sum of products = <b>{0}</b></p>").format(shown) in sums
    bias = panel_words("ArithmeticPanel", "<p>{0} bias {1} = <b>{2}</b></p>")
    assert bias.format("+", f"{BIAS:.3f}", f"{total + BIAS:.3f}".replace("-", "−")) in sums


def test_the_comparison_and_the_stepper_note_in_chinese(chinese):
    _, words = chinese
    kept, now = layer(stride=1), layer()
    # stride 1 keeps 7 (⌊(7 + 2 − 3)/1⌋ + 1 = 7), stride 2 gives 4
    assert differences(kept, now) == [
        f"{words('LayerComparison', 'stride')} 1 → 2",
        words("LayerComparison", "output {h0}×{w0} → {h1}×{w1}").format(h0=7, w0=7, h1=OUT, w1=OUT),
    ]
    stride = words("LayerComparison", "stride {stride}").format(stride=2)
    explicit = words("LayerComparison", "explicit")
    assert describe(now) == f"3×3 {now.snapshot.names[0]} · {stride} · {explicit} → {OUT}×{OUT}"
    pooled = layer(pooling="max", pool_padding="same")
    kind = words("LayerComparison", "{kind} pool ({edge})").format(kind=words("LayerComparison", "max"), edge="SAME")
    assert describe(pooled).endswith(f" · {kind} → 2×2")  # SAME pool by 2: ⌈4/2⌉ = 2
    from convviz.model.layer.adapter import trace_spec

    note = trace_spec(pooled.snapshot.params)[1]
    assert note == words(
        "LayerAdapter", "{kind} pooling is not stepped here (only VALID is); the explorer shows it"
    ).format(kind="SAME")


def test_a_kernel_larger_than_the_padded_input_is_explained_in_chinese(chinese):
    _, words = chinese
    state = AppState(image=IMAGE)
    state.bank.set_current_kernel(np.ones((11, 11), np.float32))
    state.layer.update(padding_kind="explicit")  # 7 + 1 + 1 = 9 rows < 11 taps
    result = compute(take_snapshot(state, 0))
    message = words(
        "LayerValidation",
        "The kernel's dilated span is {reach} {cells} ({taps} taps, dilation {dilation}) but the padded"
        " input has only {padded}: the output would be empty. Add padding, lower the dilation or use a"
        " smaller kernel.",
    ).format(reach=11, cells=words("LayerValidation", "rows"), taps=11, dilation=1, padded=9)
    assert not result.ok and result.error == message
    assert "dilation" in result.problem.fields and "pad_top" in result.problem.fields
    problem = words("LayerExplain", "<p><b>Current problem:</b> {error}</p>").format(error=message)
    assert problem in explain(result)


def test_the_code_dialogs_note_is_translated_and_the_code_stays_english(chinese, qtbot):
    from convviz.gui.code_dialog import CodePage
    from convviz.model import codegen

    _, words = chinese
    english = (
        "Keras is NHWC: feed x.transpose(0, 2, 3, 1); kernels are HWIO (w.transpose(2, 3, 1, 0)); its 'same' puts"
        " the odd extra cell bottom/right, at any stride."
    )
    assert codegen.DIFFERENCES["Keras"] == words("CodeGen", english)
    page = CodePage("Keras", "model = 1\n")
    qtbot.addWidget(page)
    assert page.note.text() == words("CodeGen", english)
    source = codegen.layer_keras(layer().snapshot.params, (1, 1, 3, 3), (7, 7))
    assert "keras.Input(shape=(7, 7, 1))" in source and not any("\u4e00" <= ch <= "\u9fff" for ch in source)


def test_in_english_the_same_layer_reads_as_before(english):
    result = layer()
    text = explain(result)
    assert "<h3>What am I looking at?</h3>" in text
    assert "A 3×3 kernel slides over the 7×7 image (1 channel)." in text
    assert "There is 1 filter, so 1 feature map of 4×4.</p>" in text
    assert "1 row(s) on top, 1 below, 1 column(s) left, 1 right, filled with zeros." in text
    assert "the padded input is 9×9" in text and "<p><b>Cost.</b> 10 parameters, 144 multiply-adds.</p>" in text
    same = layer(padding_kind="same", pooling="max", pool_size=3, pool_stride=2, pool_padding="ceil")
    assert same.info.formulas[0] == "H_out = ⌈H/S⌉ = ⌈7/2⌉ = 4  (SAME pads 1+1)"
    assert same.info.pool_formulas[0] == "H_pool = ⌈(H_out − K)/S⌉ + 1 = ⌈(4 − 3)/2⌉ + 1 = 2  (ceil mode)"
    assert differences(layer(stride=1), result) == ["stride 1 → 2", "output 7×7 → 4×4"]
    state = AppState(image=IMAGE)
    state.bank.set_current_kernel(np.ones((11, 11), np.float32))
    state.layer.update(padding_kind="explicit")
    assert compute(take_snapshot(state, 0)).error.startswith(
        "The kernel's dilated span is 11 rows (11 taps, dilation 1)"
    )
