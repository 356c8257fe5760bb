"""Every lesson's stated numbers against independent computations: the shape formulas written
out here, torch's modules (parameter counts, output shapes, autograd), scipy.signal, loops."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.signal import correlate2d

from convviz.engine.kernels import preset
from convviz.model.stack.model import StackModel
from convviz.model.state import AppState, ColorMode
from convviz.model.teaching.lessons import CATALOGUE, Tab, apply_layer, build
from convviz.model.teaching.properties import kernel_text
from convviz.model.teaching.separable import separate
from convviz.model.teaching.signal_1d import KERNEL, SIGNAL
from tests.conftest import reference_library

torch = reference_library("torch")


def fmt(v: float) -> str:
    """A number as a reader writes it: 4,640 and 0.45 and −6 (the test's own formatting)."""
    v = round(float(v), 6)
    text = f"{int(v):,}" if v.is_integer() else f"{v:g}"
    return text.replace("-", "−")


def fmt_matrix(a) -> str:
    a = np.asarray(a)
    if a.ndim == 1:
        return "[" + ", ".join(fmt(v) for v in a) + "]"
    return "[" + ", ".join(fmt_matrix(r) for r in a) + "]"


def out_size(n: int, k: int, s: int = 1, p: int = 0, d: int = 1) -> int:
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def params(*modules) -> int:
    return sum(p.numel() for m in modules for p in m.parameters())


NEEDS = {  # what a lesson opening on this tab must carry
    Tab.EXPLORER: "layer",
    Tab.STEPPER_FORWARD: "layer",
    Tab.STEPPER_BACKWARD: "layer",
    Tab.STACK: "stack",
    Tab.COMPARE: "compare",
    Tab.TRANSPOSE: "transpose",
}


def test_the_catalogue_builds_every_lesson_once_with_its_own_title():
    ids = [i for i, _, _ in CATALOGUE]
    assert len(ids) == len(set(ids)) == 18
    for lesson_id, title, _ in CATALOGUE:
        lesson = build(lesson_id)
        assert (lesson.id, lesson.title) == (lesson_id, title)
        assert lesson.paragraphs and all(p.strip() for p in lesson.paragraphs)
        field = NEEDS.get(lesson.tab)
        assert field is None or getattr(lesson, field) is not None, lesson_id
    with pytest.raises(KeyError, match="no lesson"):
        build("nonsense")


@pytest.mark.parametrize("padded", [False, True])
def test_the_5x5_lessons_output_is_scipys_correlation(padded):
    lesson = build("padded_5x5" if padded else "valid_5x5")
    x = lesson.layer.image.astype(float)
    k = np.array(lesson.layer.kernels["filters"][0]["weights"][0])
    expected = correlate2d(np.pad(x, 1) if padded else x, k, "valid")
    n = out_size(5, 3, 1, 1 if padded else 0)
    assert expected.shape == (n, n) == ((5, 5) if padded else (3, 3))
    np.testing.assert_array_equal(lesson.facts["output"], expected)
    assert fmt_matrix(expected) in lesson.text
    assert f"so the output {'keeps the input' if padded else 'is'}" in lesson.text
    assert f"{n}×{n}" in lesson.text
    assert f"stride 2 in the Layer panel gives {out_size(5, 3, 2, int(padded))}×" in lesson.text
    if padded:
        assert "7×7" in lesson.text


def test_the_2x2_kernel_on_1_to_9_gives_the_notes_numbers():
    lesson = build("kernel_2x2")
    x = lesson.layer.image.astype(float)
    k = np.array(lesson.layer.kernels["filters"][0]["weights"][0])
    np.testing.assert_array_equal(x, np.arange(1, 10).reshape(3, 3))
    expected = correlate2d(x, k, "valid")
    np.testing.assert_array_equal(expected, [[-6, -8], [-12, -14]])  # the course notes' result
    assert "[[−6, −8], [−12, −14]]" in lesson.text
    assert lesson.tab is Tab.STEPPER_FORWARD


def test_the_keras_stack_has_torchs_shapes_and_parameter_counts():
    lesson = build("keras_stack")
    first = torch.nn.Conv2d(1, 16, 2, stride=2)
    second = torch.nn.Conv2d(16, 32, 3, padding="same")
    with torch.no_grad():
        y1 = first(torch.zeros(1, 1, 200, 200))
        y2 = second(y1)
    assert tuple(y1.shape[1:]) == (16, 100, 100) and tuple(y2.shape[1:]) == (32, 100, 100)
    assert (params(first), params(second)) == (80, 4640)
    for p in (params(first), params(second), params(first, second)):
        assert fmt(p) in lesson.text
    assert "100×100×16" in lesson.text
    stack = StackModel(lesson.stack.image, size=None)  # the stack the lesson sets, as the tab builds it
    stack.replace(list(lesson.stack.layers), lesson.stack.channels, lesson.stack.size)
    rows = stack.result.rows
    assert [r.output_shape for r in rows] == [tuple(y1.shape[1:]), tuple(y2.shape[1:])]
    assert [r.params for r in rows] == [params(first), params(second)]


def test_twenty_8x8_filters_on_32x32x3_and_the_cost_without_sharing():
    lesson = build("twenty_filters")
    conv = torch.nn.Conv2d(3, 20, 8, stride=2, padding=1)
    with torch.no_grad():
        _, f, h, w = conv(torch.zeros(1, 3, 32, 32)).shape
    assert (f, h, w) == (20, 14, 14) == (20, out_size(32, 8, 2, 1), out_size(32, 8, 2, 1))
    assert params(conv) == 3860
    unshared = h * w * params(conv)
    assert unshared == 756_560  # the figure
    assert fmt(params(conv)) in lesson.text and fmt(unshared) in lesson.text
    assert "14×14×20" in lesson.text
    assert lesson.layer.color_mode is ColorMode.RGB and lesson.layer.image.shape == (32, 32, 3)
    assert len(lesson.layer.kernels["filters"]) == 20


@pytest.mark.parametrize("stride", [2, 1])
def test_max_pooling_100x100x15(stride):
    lesson = build(f"max_pool_stride{stride}")
    pool = torch.nn.MaxPool2d(2, stride)
    n = pool(torch.zeros(1, 15, 100, 100)).shape[-1]
    assert n == (50 if stride == 2 else 99) == out_size(100, 2, stride)
    assert f"{n}×{n}×15" in lesson.text
    assert f"{params(pool)} parameters" in lesson.text
    assert len(lesson.layer.kernels["filters"]) == 15 and lesson.layer.image.shape == (100, 100)


def test_average_pooling_of_the_4x4x5_volume():
    lesson = build("avg_pool_4x4x5")
    x = lesson.layer.image.astype(np.float64)
    scales = [f["weights"][0][0][0] for f in lesson.layer.kernels["filters"]]
    volume = np.stack([s * x for s in scales])
    assert volume.shape == (5, 4, 4)
    means = np.array(
        [
            [[volume[c, 2 * i : 2 * i + 2, 2 * j : 2 * j + 2].mean() for j in range(2)] for i in range(2)]
            for c in range(5)
        ]
    )
    with torch.no_grad():
        pooled = torch.nn.functional.avg_pool2d(torch.from_numpy(volume)[None], 2).numpy()[0]
    np.testing.assert_allclose(pooled, means)
    np.testing.assert_allclose(lesson.facts["pooled"], means)
    assert "2×2×5" in lesson.text
    assert fmt_matrix(means[0]) in lesson.text and fmt_matrix(means[4]) in lesson.text


def test_dilation_2_sees_5x5_with_9_weights_by_perturbation():
    lesson = build("dilation_2")
    conv = torch.nn.Conv2d(1, 1, 3, dilation=2, bias=False)
    x = torch.zeros(1, 1, 16, 16, requires_grad=True)
    y = conv(x)
    y[0, 0, 5, 5].backward()
    touched = np.argwhere(x.grad[0, 0].numpy() != 0)
    rows, cols = np.ptp(touched[:, 0]) + 1, np.ptp(touched[:, 1]) + 1
    assert (rows, cols) == (5, 5) and len(touched) == params(conv) == 9
    assert "5×5 receptive field with only 9 weights" in lesson.text
    assert f"so {y.shape[-2]}×{y.shape[-1]}" in lesson.text


def test_two_3x3_against_one_5x5():
    lesson = build("stacked_3x3")
    c = lesson.compare["in_channels"]
    five = torch.nn.Conv2d(c, c, 5, bias=False)
    threes = (torch.nn.Conv2d(c, c, 3, bias=False), torch.nn.Conv2d(c, c, 3, bias=False))
    assert fmt(params(five)) in lesson.text and fmt(params(*threes)) in lesson.text
    assert "5×5 patch" in lesson.text


def test_the_bottleneck_multiplies():
    lesson = build("bottleneck")
    n = lesson.compare
    plain = n["size"] ** 2 * n["out_channels"] * 5 * 5 * n["in_channels"]
    reduced = (
        n["size"] ** 2 * n["bottleneck"] * n["in_channels"] + n["size"] ** 2 * n["out_channels"] * 25 * n["bottleneck"]
    )
    assert (plain, reduced) == (120_422_400, 12_443_648)  # the figures
    assert fmt(plain) in lesson.text and fmt(reduced) in lesson.text


def test_the_depthwise_separable_layer_against_torchs_grouped_convolution():
    lesson = build("separable")
    standard = torch.nn.Conv2d(16, 32, 3, bias=False)
    depthwise, pointwise = torch.nn.Conv2d(16, 16, 3, groups=16, bias=False), torch.nn.Conv2d(16, 32, 1, bias=False)
    assert (params(standard), params(depthwise, pointwise)) == (4608, 656)
    for p in (params(standard), params(depthwise), params(pointwise), params(depthwise, pointwise)):
        assert fmt(p) in lesson.text
    assert (lesson.compare["in_channels"], lesson.compare["out_channels"]) == (16, 32)


def test_the_transposed_convolution_takes_2x2_back_to_5x5():
    lesson = build("transposed")
    s = lesson.transpose
    up = torch.nn.ConvTranspose2d(1, 1, 3, stride=s["stride"], padding=s["padding"], output_padding=s["output_padding"])
    with torch.no_grad():
        out = up(torch.zeros(1, 1, s["size"], s["size"]))
        back = torch.nn.functional.conv2d(out, torch.zeros(1, 1, 3, 3), stride=s["stride"], padding=s["padding"])
    assert tuple(out.shape[-2:]) == (5, 5) and tuple(back.shape[-2:]) == (2, 2)
    assert "5×5 map" in lesson.text and "2×2" in lesson.text
    assert f"{4}×{25} matrix C" in lesson.text  # one row per 2×2 output, one column per 5×5 input cell


@pytest.mark.parametrize("kind", ["max", "avg"])
def test_pooling_routes_its_gradient_as_torchs_autograd(kind):
    lesson = build(f"{kind}_pool_gradient")
    x = torch.tensor(lesson.layer.image.astype(np.float64), requires_grad=True)
    pool = torch.nn.functional.max_pool2d if kind == "max" else torch.nn.functional.avg_pool2d
    pool(x[None, None], 2).sum().backward()
    expected = x.grad.numpy()
    np.testing.assert_allclose(lesson.facts["grad_input"], expected)
    assert fmt_matrix(expected) in lesson.text
    assert lesson.tab is Tab.STEPPER_BACKWARD and lesson.gradient == "ones"
    if kind == "max":
        for r, c in np.argwhere(expected == 1):
            assert f"({r}, {c}) = {fmt(lesson.layer.image[r, c])}" in lesson.text


def test_sobel_is_a_column_times_a_row_and_two_passes_give_the_same_result():
    lesson = build("sobel_separable")
    sobel = np.array(lesson.layer.kernels["filters"][0]["weights"][0])
    column, row = np.array([1.0, 2.0, 1.0]), np.array([-1.0, 0.0, 1.0])
    np.testing.assert_array_equal(np.outer(column, row), sobel)
    assert np.linalg.matrix_rank(sobel) == 1
    x = np.random.default_rng(0).random((20, 24))
    two = correlate2d(correlate2d(x, column[:, None], "valid"), row[None, :], "valid")
    np.testing.assert_allclose(two, correlate2d(x, sobel, "valid"), atol=1e-12)
    sep = separate(preset("sobel_x"))  # the Properties panel's factors
    np.testing.assert_array_equal(sep.scale * np.outer(sep.column, sep.row), sobel)
    assert f"{fmt_matrix(sep.column)}ᵀ · {fmt_matrix(sep.row)}." in lesson.text
    assert sep.text() in kernel_text(sep)  # and the panel writes the same factors
    np.testing.assert_array_equal(lesson.facts["column"], sep.scale * sep.column)
    np.testing.assert_array_equal(lesson.facts["row"], sep.row)
    assert "9 multiplies" in lesson.text and "3 + 3 = 6" in lesson.text


def test_the_sobel_lesson_writes_the_panels_normalisation_whatever_it_is(monkeypatch):
    from convviz.model.teaching import separable

    def negated(kernel):  # another honest normalisation: −[1, 2, 1]ᵀ · −[−1, 0, 1]
        sep = separable.Separation(np.asarray(kernel, float), 1, np.array([-1.0, -2, -1]), np.array([1.0, 0, -1]))
        return sep

    monkeypatch.setattr(separable, "separate", negated)
    lesson = build("sobel_separable")
    sobel = np.array(lesson.layer.kernels["filters"][0]["weights"][0])
    np.testing.assert_array_equal(np.outer([-1.0, -2, -1], [1.0, 0, -1]), sobel)
    assert f"{fmt_matrix([-1, -2, -1])}ᵀ · {fmt_matrix([1, 0, -1])}." in lesson.text


def test_the_1d_lesson_states_numpys_convolve_and_correlate():
    lesson = build("signal_1d")
    x, h = np.array(SIGNAL), np.array(KERNEL)
    assert fmt_matrix(np.convolve(x, h)) in lesson.text
    assert fmt_matrix(np.correlate(x, h, "full")) in lesson.text
    assert "卷" in lesson.text


def test_the_text_cnn_lesson_names_the_trigram_a_loop_finds():
    from convviz.model.teaching.signal_1d import text_conv

    t = text_conv()
    lesson = build("text_cnn")
    d, length = t.embeddings.shape
    for f, w in enumerate(t.filters):
        outputs = [float((t.embeddings[:, i : i + 3] * w).sum()) for i in range(length - 2)]
        best = int(np.argmax(outputs))
        assert f"filter {f + 1} keeps '{' '.join(t.words[best : best + 3])}'" in lesson.text
    assert f"{length} − 3 + 1 = {length - 2} places" in lesson.text


def test_applying_a_lesson_sets_the_state_and_one_undo_brings_the_kernels_back():
    state = AppState()
    before = state.bank.to_dict()
    lesson = build("twenty_filters")
    apply_layer(lesson.layer, state)
    assert len(state.bank) == 20 and not state.bank.shared and state.bank.size == (8, 8)
    assert state.layer.params.stride == 2 and state.input.color_mode is ColorMode.RGB
    assert state.input.image.shape == (32, 32, 3)
    state.bank.undo()
    assert state.bank.to_dict() == before


def test_numbers_are_written_whatever_a_computation_gives():
    from convviz.model.teaching.lesson_setup import number

    assert [number(v) for v in (4640, -6.0, 0.45, -0.0)] == ["4,640", "−6", "0.45", "0"]
    assert (number(float("inf")), number(float("-inf")), number(float("nan"))) == ("∞", "−∞", "NaN")
    assert float(number(1e308).replace("−", "-")) == 1e308
    assert float(number(-2.5e20).replace("−", "-")) == -2.5e20


def test_the_design_lessons_write_their_own_values_into_the_formulas():
    from convviz.model.teaching import lessons_designs as designs
    from convviz.model.teaching.compare_designs import CompareNumbers
    from convviz.model.teaching.transpose_model import TransposeSettings

    text = designs.keras_stack(64, (8, 4, 4), (12, 5)).text
    first, second = torch.nn.Conv2d(1, 8, 4, stride=4), torch.nn.Conv2d(8, 12, 5, padding="same")
    with torch.no_grad():
        h = first(torch.zeros(1, 1, 64, 64)).shape[-1]
    assert h == out_size(64, 4, 4) == 16
    assert f"Conv2D(8, 4, strides=4) on a 64×64×1 input, VALID as Keras' default: (64 − 4)/4 + 1 = {h}" in text
    assert f"8 filters × (4·4·1 weights + 1 bias) = {fmt(params(first))}." in text
    assert f"Conv2D(12, 5, padding='same') keeps {h}×{h}" in text
    assert f"12 × (5·5·8 + 1) = {fmt(params(second))} parameters" in text

    text = designs.stacked_3x3(CompareNumbers(in_channels=8, out_channels=8, size=12, kernel=7)).text
    seven = torch.nn.Conv2d(8, 8, 7, bias=False)
    threes = [torch.nn.Conv2d(8, 8, 3, bias=False) for _ in range(3)]  # 1 + 3·2 = 7: three of them
    assert "3 convolutions of 3×3 in a row see a 7×7 patch, as one 7×7 does" in text
    percent = round(100 * params(*threes) / params(seven))
    assert f"one 7×7 has 7·7·8·8 = {fmt(params(seven))} weights" in text
    assert f"the 3 of 3×3 have 3·3·3·8·8 = {fmt(params(*threes))} ({percent}%)" in text

    text = designs.bottleneck(CompareNumbers(in_channels=64, out_channels=16, size=10, kernel=3, bottleneck=4)).text
    plain, one, three = 10 * 10 * 16 * 3 * 3 * 64, 10 * 10 * 4 * 64, 10 * 10 * 16 * 3 * 3 * 4
    assert f"A 3×3 convolution from 10×10×64 to 16 channels (SAME): 10·10·16 outputs × 3·3·64 = {fmt(plain)}" in text
    assert f"10·10·4 × 64 = {fmt(one)}; the 3×3 then reads only 4 channels: {fmt(three)}." in text
    assert f"Together {fmt(one + three)}, {fmt(round(plain / (one + three), 1))} times fewer" in text

    text = designs.separable(CompareNumbers(in_channels=8, out_channels=16, kernel=5)).text
    standard = torch.nn.Conv2d(8, 16, 5, bias=False)
    depthwise, pointwise = torch.nn.Conv2d(8, 8, 5, groups=8, bias=False), torch.nn.Conv2d(8, 16, 1, bias=False)
    assert f"A standard 5×5 convolution from 8 to 16 channels has 5·5·8·16 = {fmt(params(standard))}" in text
    assert f"one 5×5 filter per input channel ({fmt(params(depthwise))} weights)" in text
    assert f"(8·16 = {fmt(params(pointwise))}): {fmt(params(depthwise, pointwise))} in all" in text

    s = TransposeSettings(size=3, stride=2, padding=1, output_padding=0)
    text = designs.transposed(s).text
    up = torch.nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1)
    with torch.no_grad():
        out = up(torch.zeros(1, 1, 3, 3)).shape[-1]
    back = out_size(out, 3, 2, 1)
    assert (out, back) == (5, 3)
    assert f"stride 2 and padding 1 takes a {out}×{out} map to ({out} − 3 + 2·1)/2 + 1 = {back}, so 3×3" in text
    assert f"(3 − 1)·2 − 2·1 + 3 + 0 = {out}: each of the 9 input cells" in text
    assert f"a {back * back}×{out * out} matrix C" in text


def test_the_layer_lessons_write_their_own_values_into_the_formulas():
    from convviz.model.teaching import lessons_layer as layer

    lesson = layer.twenty_filters(size=28, filters=6, k=5, stride=3, pad=2)
    conv = torch.nn.Conv2d(3, 6, 5, stride=3, padding=2)
    with torch.no_grad():
        _, f, h, w = conv(torch.zeros(1, 3, 28, 28)).shape
    assert (f, h, w) == (6, out_size(28, 5, 3, 2), out_size(28, 5, 3, 2))
    text = lesson.text
    assert "A 28×28 RGB input, 6 filters of 5×5" in text and "stride 3, zero padding 2 on each side" in text
    assert f"(28 − 5 + 2·2)/3 + 1 = {h}: the output is {h}×{w}×{f}" in text
    assert f"Each filter has 5·5·3 = {5 * 5 * 3} weights and a bias: 6 × {5 * 5 * 3 + 1} = {fmt(params(conv))}" in text
    assert f"{h}·{w} = {h * w} positions" in text and fmt(h * w * params(conv)) in text
    assert (
        lesson.layer.params.stride == 3
        and lesson.layer.params.pad_left == 2
        and lesson.layer.image.shape == (28, 28, 3)
    )

    text = layer.max_pooling(3, size=3, n=40, filters=4).text
    pool = torch.nn.MaxPool2d(3, 3)
    n = pool(torch.zeros(1, 4, 40, 40)).shape[-1]
    assert n == out_size(40, 3, 3) == 13
    assert "4 random 3×3 filters with SAME padding turn the 40×40 input into a 40×40×4 volume" in text
    assert "MaxPooling2D(3, 3), VALID" in text and f"(40 − 3)/3 + 1 = {n}: the pooled output is {n}×{n}×4" in text

    lesson = layer.dilation(d=3, n=20)
    conv = torch.nn.Conv2d(1, 1, 3, dilation=3, bias=False)
    y = conv(torch.zeros(1, 1, 20, 20))
    assert f"its taps are 3 cells apart, so it spans D·(F − 1) + 1 = 3·(3 − 1) + 1 = {3 * 2 + 1} cells" in lesson.text
    assert f"The output: (20 − 3·(3 − 1) − 1)/1 + 1 = {y.shape[-1]}, so {y.shape[-2]}×{y.shape[-1]}." in lesson.text
    assert lesson.layer.params.dilation == 3 and lesson.layer.image.shape == (20, 20)
