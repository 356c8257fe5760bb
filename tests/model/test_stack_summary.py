"""The stack's summary reproduces textbook figures and the shapes the engine really produces."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from convviz import engine as E
from convviz.io import stack_files
from convviz.model.stack.budget import mult_adds, plan
from convviz.model.stack.model import StackModel
from convviz.model.teaching.compare_designs import CompareNumbers, bottleneck, separable


def stack_on(h: int, w: int, channels: int = 1) -> StackModel:
    return StackModel(np.random.default_rng(0).random((h, w, 3), dtype=np.float32), channels, None)


def test_conv_16_filters_2x2_stride_2_valid_on_200x200x1():
    m = stack_on(200, 200)
    m.add("conv2d", out_channels=16, kernel_size=2, stride=2, padding="valid")
    row = m.result.rows[0]
    assert row.output_shape == (16, 100, 100) and row.params == 80


def test_20_filters_8x8_stride_2_pad_1_on_32x32x3():
    m = stack_on(32, 32, 3)
    m.add("conv2d", out_channels=20, kernel_size=8, stride=2, padding=1)
    row = m.result.rows[0]
    assert row.output_shape == (20, 14, 14) and row.params == 3860


def test_max_pool_2x2_stride_2_on_100x100x15():
    m = stack_on(100, 100)
    m.add("pointwise", out_channels=15)
    m.add("max_pool", kernel_size=2, stride=2)
    assert m.result.rows[1].output_shape == (15, 50, 50) and m.result.rows[1].params == 0


def test_depthwise_separable_3x3_16_to_32_without_bias():
    m = stack_on(8, 8)
    m.add("pointwise", out_channels=16, bias=False)
    m.add("depthwise", kernel_size=3, padding=1, bias=False)
    m.add("pointwise", out_channels=32, bias=False)
    assert m.result.rows[1].params + m.result.rows[2].params == 656
    m.add("conv2d", index=1, out_channels=32, kernel_size=3, padding=1, bias=False)
    assert m.result.rows[1].params == 4608
    comp = separable(CompareNumbers(in_channels=16, out_channels=32, size=8, kernel=3))
    assert [v.params for v in comp.variants] == [4608, 656]


def test_5x5_same_192_to_32_on_28x28_vs_1x1_bottleneck_to_16():
    comp = bottleneck(CompareNumbers(in_channels=192, out_channels=32, size=28, kernel=5, bottleneck=16))
    assert [v.mult_adds for v in comp.variants] == [120_422_400, 12_443_648]
    assert all(v.output_shape == (32, 28, 28) for v in comp.variants)


def engine_shapes(m: StackModel) -> list[tuple]:
    return [a.shape for a in m.activations()]


@pytest.mark.parametrize("name", sorted(stack_files.examples()))
def test_example_stacks_match_engine_shapes(name):
    m = stack_on(40, 40)
    stack_files.apply(m, stack_files.load(stack_files.examples()[name]))
    assert m.result.valid
    assert [r.output_shape for r in m.result.rows] == engine_shapes(m)


def test_four_examples_are_shipped():
    names = " ".join(stack_files.examples())
    for word in ("LeNet", "VGG", "Depthwise", "Encoder"):
        assert word in names


LAYER = st.one_of(
    st.builds(
        lambda o, k, s, p: ("conv2d", dict(out_channels=o, kernel_size=k, stride=s, padding=p)),
        st.integers(1, 4),
        st.integers(1, 5),
        st.integers(1, 3),
        st.sampled_from([0, 1, 2, "same", "valid"]),
    ),
    st.builds(
        lambda k, s, p: ("depthwise", dict(kernel_size=k, stride=s, padding=p)),
        st.integers(1, 4),
        st.integers(1, 2),
        st.integers(0, 1),
    ),
    st.builds(lambda o: ("pointwise", dict(out_channels=o)), st.integers(1, 4)),
    st.builds(
        lambda o, k, s, p, op: (
            "conv_transpose2d",
            dict(out_channels=o, kernel_size=k, stride=s, padding=p, output_padding=min(op, s - 1)),
        ),
        st.integers(1, 3),
        st.integers(1, 4),
        st.integers(1, 3),
        st.integers(0, 1),
        st.integers(0, 1),
    ),
    st.builds(lambda k, s: ("max_pool", dict(kernel_size=k, stride=s)), st.integers(1, 3), st.integers(0, 2)),
    st.builds(lambda k: ("avg_pool", dict(kernel_size=k)), st.integers(1, 3)),
    st.sampled_from(
        [
            ("relu", {}),
            ("tanh", {}),
            ("global_max_pool", {}),
            ("flatten", {}),
            ("dropout", dict(p=0.3)),
            ("linear", dict(out_features=3)),
        ]
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layers=st.lists(LAYER, min_size=1, max_size=6), hw=st.integers(6, 16), channels=st.sampled_from([1, 3]))
def test_random_stacks_summary_matches_engine(layers, hw, channels):
    m = stack_on(hw, hw + 1, channels)
    m.replace(layers, channels, None)
    res = m.result
    if res.valid:
        assert [r.output_shape for r in res.rows] == engine_shapes(m)
        summ = E.summary(res.layers, res.input_shape)
        assert summ.total_params == sum(r.params for r in res.rows)
    else:
        i = res.error_index
        assert res.rows[i].error and all(r.output_shape is None for r in res.rows[i:])
        engine_rows = E.summary(res.layers, res.input_shape).rows
        assert [r.output_shape for r in res.rows[:i]] == [r.output_shape for r in engine_rows]
    # The budgets' plan, made from shapes alone, agrees with the engine layer by layer.
    planned = plan([(c.kind, c.params) for c in m.configs], res.input_shape)
    assert (planned.error_index, planned.error) == (res.error_index, res.rows[i].error if not res.valid else "")
    for k, (layer, row) in enumerate(zip(res.layers, res.rows, strict=False)):
        assert planned.outputs[k] == row.output_shape
        assert {n: tuple(v.shape) for n, v in layer.params.items()} == planned.weights[k]
        if m.configs[k].kind not in ("max_pool", "avg_pool", "global_max_pool"):  # pools: window reads count
            assert (
                mult_adds(
                    m.configs[k].kind, m.configs[k].params, planned.in_shape(k), row.output_shape, planned.weights[k]
                )
                == row.mult_adds
            )
