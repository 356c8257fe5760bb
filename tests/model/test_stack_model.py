"""Editing the stack: events, weights kept across edits, errors on the right row, input shape."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from convviz import engine as E
from convviz.model.stack import StackModel
from convviz.model.stack_branches import parallel_forward, parallel_summary
from convviz.model.stack_compare import CompareNumbers, inception, inception_layers, stacked
from convviz.model.stack_dropout import dropout_view


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


def test_input_region_is_the_engines(model):
    res = model.last_valid
    got = model.input_region(2, (3, 4))
    assert np.array_equal(got, E.input_region(res.layers, res.input_shape, 2, (3, 4)))
    assert got.sum() == 16  # 3×3 conv under a 2×2 pool: a 4×4 square


def test_receptive_field_columns(model):
    rows = model.result.rows
    assert rows[0].rf_size == (3, 3) and rows[2].rf_size == (4, 4) and rows[2].rf_jump == (2, 2)


def test_inception_block_is_the_sum_of_its_branches():
    n = CompareNumbers(in_channels=8, size=6, inc_1x1=2, inc_3x3_reduce=3, inc_3x3=4, inc_5x5_reduce=1,
                       inc_5x5=2, inc_pool_proj=3)
    comp = inception(n)
    block = comp.variants[-1]
    assert block.output_shape == (2 + 4 + 2 + 3, 6, 6)
    assert block.params == sum(v.params for v in comp.variants[:-1])
    assert block.mult_adds == sum(v.mult_adds for v in comp.variants[:-1])
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


def test_stack_model_imports_no_qt():
    code = ("import sys, convviz.model.stack, convviz.model.stack_compare, convviz.model.stack_transpose, "
            "convviz.io.stack_files; bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
