"""Editing the stack: events, weights kept across edits, errors on the right row, input shape."""

from __future__ import annotations

import numpy as np
import pytest

from convviz import engine as E
from convviz.model import limits
from convviz.model.stack.branches import parallel_forward, parallel_summary
from convviz.model.stack.model import StackBudgetError, StackModel
from convviz.model.teaching.compare_designs import CompareNumbers, inception, inception_layers, stacked
from convviz.model.teaching.dropout import dropout_view


@pytest.fixture
def model() -> StackModel:
    m = StackModel(np.linspace(0, 1, 24 * 20, dtype=np.float32).reshape(24, 20), 1, None)
    m.add("conv2d", out_channels=4, kernel_size=3, padding=1)
    m.add("relu")
    m.add("max_pool", kernel_size=2)
    return m


def test_edits_emit_and_select(model):
    seen = []
    model.changed.connect(seen.append)
    model.add("tanh", index=1)
    assert seen == ["layers", "selection"] and model.selected == 1
    assert [c.kind for c in model.configs] == ["conv2d", "tanh", "relu", "max_pool"]
    model.move(1, 3)
    assert [c.kind for c in model.configs] == ["conv2d", "relu", "max_pool", "tanh"]
    model.remove(3)
    assert len(model) == 3


def test_weights_survive_edits_that_keep_their_shape(model):
    w = model.weights(0)["weight"].copy()
    model.configure(0, stride=2)  # same weight shape
    model.add("sigmoid", index=0)  # moves the conv down, input channels unchanged
    assert np.array_equal(model.weights(1)["weight"], w)
    model.configure(1, kernel_size=5)  # new shape: new weights
    assert model.weights(1)["weight"].shape == (4, 1, 5, 5)


def test_bad_parameter_is_rejected_before_anything_changes(model):
    before = model.configs
    with pytest.raises(ValueError, match="padding"):
        model.configure(0, padding="wide")
    with pytest.raises(ValueError, match="no parameter"):
        model.configure(0, colour=3)
    assert model.configs == before


def test_layer_that_cannot_take_its_input_shows_why_and_keeps_last_valid(model):
    good = model.last_valid
    model.add("linear", out_features=10)
    res = model.result
    assert not res.valid and res.error_index == 3 and "Flatten" in res.rows[3].error
    assert model.last_valid is good and len(model.activations()) == 3
    model.add("flatten", index=3)
    assert model.result.valid and model.result.rows[4].output_shape == (10,)


def test_kernel_larger_than_input_is_an_error_row():
    m = StackModel(np.zeros((5, 5), np.float32), 1, None)
    m.add("conv2d", kernel_size=7, padding=0)
    assert m.result.error_index == 0 and m.result.rows[0].error


def test_input_shape_follows_channels_size_and_image(model):
    assert model.result.input_shape == (1, 24, 20)
    model.set_channels(3)
    model.set_size((28, 28))
    assert model.result.input_shape == (3, 28, 28) and model.result.rows[0].output_shape == (4, 28, 28)
    model.set_size(None)
    model.set_image(np.zeros((10, 12, 3), np.float32))
    assert model.input_array.shape == (3, 10, 12)


def _frozen(m: StackModel) -> tuple:
    return m.configs, m.channels, m.size, m.result, m.input_array.shape


@pytest.mark.parametrize(
    "edit,reason",
    [
        (
            lambda m: m.add("conv_transpose2d", out_channels=512, kernel_size=8, stride=8),
            r"layer 4 \(ConvTranspose2d, 512 ch of 1024×1024\) would need 4\.0 GiB",
        ),
        (lambda m: m.configure(2, kernel_size=15), r"layer 3 .* would take 6\.2 billion multiply-adds"),
        (
            lambda m: m.set_size((2048, 2048)),
            (
                r"layer 3 \(Conv2d, 512 ch of 512×512\) would need 1\.0 GiB for its "
                r"output, 1\.1 GiB with the layers before it"
            ),
        ),
        (lambda m: m.remove(1), r"layer 2 \(Conv2d, 512 ch of 512×512\)"),  # the pool kept the next conv small
        (lambda m: m.move(1, 2), r"layer 2 \(Conv2d, 512 ch of 512×512\)"),
    ],
)
def test_edits_over_a_budget_are_refused_and_change_nothing(edit, reason):
    m = StackModel(np.zeros((512, 512), np.float32), 1, None)
    m.add("conv2d", out_channels=4, padding=1)
    m.add("max_pool", kernel_size=4)
    m.add("conv2d", out_channels=512, padding=1)
    seen = []
    m.changed.connect(seen.append)
    before = _frozen(m)
    with pytest.raises(StackBudgetError, match=reason):
        edit(m)
    assert _frozen(m) == before and m.result is before[3] and seen == []


def test_a_stack_holds_at_most_64_layers():
    m = StackModel(np.zeros((8, 8), np.float32), 1, None)
    m.replace([("relu", {})] * limits.STACK_MAX_LAYERS, 1, None)
    with pytest.raises(StackBudgetError, match="at most 64 layers, and this one would have 65"):
        m.add("relu")
    assert len(m) == 64


def test_a_new_image_over_budget_marks_the_layer_instead_of_allocating():
    m = StackModel(np.zeros((64, 64), np.float32), 1, None)  # "Image size"
    m.add("conv2d", out_channels=64, padding=1)
    m.add("relu")
    m.set_image(np.zeros((2048, 2048), np.float32))  # 64 × 2048² float64 = 2 GiB
    res = m.result
    assert res.error_index == 0 and res.over_budget and "would need 2.0 GiB" in res.rows[0].error
    assert m.last_valid.layers == [] and m.activations() == []
    m.configure(0, out_channels=32)  # still over, accepted: the user works back step by step
    assert m.result.over_budget and "would need 1.0 GiB" in m.result.rows[0].error
    m.set_size((64, 64))
    assert m.result.valid and len(m.activations()) == 2


def test_input_region_is_the_engines(model):
    res = model.last_valid
    got = model.input_region(2, (3, 4))
    assert np.array_equal(got, E.input_region(res.layers, res.input_shape, 2, (3, 4)))
    assert got.sum() == 16  # 3×3 conv under a 2×2 pool: a 4×4 square


def test_receptive_field_columns(model):
    rows = model.result.rows
    assert rows[0].rf_size == (3, 3) and rows[2].rf_size == (4, 4) and rows[2].rf_jump == (2, 2)


def test_inception_block_is_the_sum_of_its_branches():
    n = CompareNumbers(
        in_channels=8, size=6, inc_1x1=2, inc_3x3_reduce=3, inc_3x3=4, inc_5x5_reduce=1, inc_5x5=2, inc_pool_proj=3
    )
    comp = inception(n)
    baseline, block, *branches_rows = comp.variants
    assert block.output_shape == (2 + 4 + 2 + 3, 6, 6)
    assert block.params == sum(v.params for v in branches_rows)
    assert block.mult_adds == sum(v.mult_adds for v in branches_rows)
    # the baseline is one 5×5 conv with the block's input, output shape and receptive field
    assert baseline.output_shape == block.output_shape and baseline.receptive_field == block.receptive_field == 5
    assert baseline.mult_adds == 8 * 11 * 25 * 6 * 6 and comp.ratio(baseline) == 1.0
    assert comp.ratio(block) == pytest.approx(sum(comp.ratio(v) for v in branches_rows))
    branches = inception_layers(n)
    out = parallel_forward(branches, np.random.default_rng(1).random((1, 8, 6, 6)))
    assert out.shape[1:] == parallel_summary(branches, (8, 6, 6)).output_shape


def test_two_3x3_see_as_far_as_one_5x5_with_fewer_weights():
    a, b = stacked(CompareNumbers(in_channels=32, out_channels=32, kernel=5)).variants
    assert a.receptive_field == b.receptive_field == 5 and b.params < a.params


def test_dropout_view_scales_survivors_and_inference_is_identity():
    x = np.ones((10, 10), np.float32)
    d = dropout_view(x, 0.25, 3, True)
    assert d.scale == pytest.approx(4 / 3)
    assert np.allclose(d.out[d.kept], 4 / 3) and np.all(d.out[~d.kept] == 0)
    inf = dropout_view(x, 0.25, 3, False)
    assert inf.kept.all() and np.array_equal(inf.out, x)


def test_the_stack_starts_in_eval_mode_where_dropout_passes_everything():
    m = StackModel(np.random.default_rng(2).random((16, 16), dtype=np.float32), 1, None)
    m.add("conv2d", out_channels=3, kernel_size=3, padding=1)
    m.add("dropout", p=0.5, seed=1)
    assert not m.training and not m.result.training
    conv, drop = m.activations()
    np.testing.assert_array_equal(drop, conv)  # model.eval(): the identity
    seen = []
    m.changed.connect(seen.append)
    m.set_training(True)
    assert seen == ["layers"] and m.result.training and m.last_valid.layers[1].training
    conv, drop = m.activations()
    kept = drop != 0
    assert 0.3 < kept.mean() < 0.7 and np.allclose(drop[kept], 2 * conv[kept])
    m.set_training(False)
    np.testing.assert_array_equal(m.activations()[1], m.activations()[0])
    assert "training" not in m.configs[1].params  # the stack's mode decides, not the layer


def test_a_mode_change_with_an_error_row_does_not_keep_maps_of_the_other_mode():
    m = StackModel(np.zeros((8, 8), np.float32), 1, None)
    m.add("dropout", p=0.5)
    m.add("linear")  # cannot follow a map: an error row
    assert not m.result.valid and m.last_valid.layers[0].training is False
    m.set_training(True)
    assert m.last_valid.training and m.last_valid.layers[0].training


def test_every_layer_is_named_by_its_kind_and_its_count():
    m = StackModel(np.zeros((16, 16, 3), np.float32), 3, None)
    for kind in ("conv2d", "relu", "depthwise", "relu", "pointwise", "conv2d", "global_avg_pool"):
        m.add(kind)
    assert [r.name for r in m.result.rows] == [
        "Conv2d-1",
        "ReLU-1",
        "DepthwiseConv2d-1",
        "ReLU-2",
        "PointwiseConv2d-1",
        "Conv2d-2",
        "GlobalAvgPool2d-1",
    ]


def test_rf_columns_are_the_engines_exact_sizes_and_formula(model):
    m = StackModel(np.zeros((28, 28), np.float32), 1, None)
    m.add("conv2d", out_channels=2, kernel_size=3, stride=2, padding=1)
    m.add("conv_transpose2d", out_channels=1, kernel_size=3, stride=2, padding=1, output_padding=1)
    m.add("conv_transpose2d", out_channels=1, kernel_size=3, stride=2, padding=1, output_padding=1)
    rows = m.result.rows
    assert [r.rf_size for r in rows] == [(3, 3), (5, 5), (5, 5)]
    assert rows[0].rf_formula == (3, 3) and rows[1].rf_formula is None and rows[2].rf_formula is None


@pytest.mark.parametrize(
    "shape, words",
    [
        ((8, 28, 28), "an 8×28×28 map"),
        ((1, 5, 5), "a 1×5×5 map"),
        ((11, 2, 2), "an 11×2×2 map"),
        ((120,), "a vector of 120 features"),
    ],
)
def test_shapes_in_words(shape, words):
    from convviz.model.stack.layers import in_words

    assert in_words(shape) == words


def test_errors_name_the_fix_in_words():
    m = StackModel(np.zeros((28, 28), np.float32), 1, None)
    m.add("flatten")
    m.add("conv2d")
    assert m.result.rows[1].error == (
        "Conv2d needs maps (channels × height × width) but gets a vector of 784 features: it cannot follow a Flatten"
    )
