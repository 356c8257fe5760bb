"""The layer geometry against oracles that do not use it: the definition looped over every padded
cell, perturbations of the engine's own pooling, and the pooling's recorded arg-max."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings, strategies as st

from convviz import engine as E
from convviz.engine import reference as ref
from convviz.engine.geometry import ConvGeometry, LayerGeometry, PoolGeometry

SETTINGS = settings(max_examples=60, deadline=None)


def read_by_brute_force(yx, in_hw, kernel_hw, stride, pads, dilation) -> list[tuple[int, int]]:
    """Which cells output (y, x) reads, by the definition out[y, x] = Σᵢⱼ w[i, j]·xp[y·s + i·d,
    x·s + j·d], tried against every cell of the padded input; input coordinates, row-major taps."""
    (t, b), (l, r) = pads
    hp, wp = in_hw[0] + t + b, in_hw[1] + l + r
    taps = []
    for i in range(kernel_hw[0]):
        for j in range(kernel_hw[1]):
            for pr in range(hp):
                for pc in range(wp):
                    if pr == yx[0] * stride[0] + i * dilation[0] and pc == yx[1] * stride[1] + j * dilation[1]:
                        taps.append((pr - t, pc - l))
    return taps


@st.composite
def convs(draw):
    """A convolution that fits (every padding form), and one of its output cells."""
    k = (draw(st.integers(1, 5)), draw(st.integers(1, 5)))
    s = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    d = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    hw = tuple(draw(st.integers(max(1, d[a] * (k[a] - 1) - 2), d[a] * (k[a] - 1) + 10)) for a in (0, 1))
    t, b, l, r = (draw(st.integers(0, 3)) for _ in range(4))
    padding = draw(st.sampled_from([((t, b), (l, r)), (t, l), t, "valid", "same"]))
    pads = ref.resolve_padding(padding, hw, k, s, d)
    if any(hw[a] + sum(pads[a]) < d[a] * (k[a] - 1) + 1 for a in (0, 1)):
        padding = "same"  # SAME always fits
    geo = ConvGeometry.resolve(hw, k, s, padding, d)
    yx = (draw(st.integers(0, geo.out_hw[0] - 1)), draw(st.integers(0, geo.out_hw[1] - 1)))
    return geo, padding, yx


@SETTINGS
@given(convs())
def test_conv_window_is_what_the_definition_reads(case):
    geo, padding, (y, x) = case
    assert geo.pads == ref.resolve_padding(padding, geo.in_hw, geo.kernel_hw, geo.stride, geo.dilation)
    rows, cols = geo.window(y, x)
    taps = read_by_brute_force((y, x), geo.in_hw, geo.kernel_hw, geo.stride, geo.pads, geo.dilation)
    assert [(int(r), int(c)) for r in rows for c in cols] == taps
    inside = [(r, c) for r, c in taps if 0 <= r < geo.in_hw[0] and 0 <= c < geo.in_hw[1]]
    assert [(r, c) for r in geo.rows.inside(y) for c in geo.cols.inside(x)] == inside


@SETTINGS
@given(convs())
def test_conv_output_size_and_gather_match_the_loop_reference(case):
    geo, padding, (y, x) = case
    rng = np.random.default_rng(0)
    image, kernel = rng.standard_normal(geo.in_hw), rng.standard_normal(geo.kernel_hw)
    out = ref.conv2d(image[None, None], kernel[None, None], stride=geo.stride, padding=padding, dilation=geo.dilation)[
        0, 0
    ]
    assert out.shape == geo.out_hw
    padded = np.pad(image, geo.pads)
    assert padded.shape == geo.padded_hw
    assert float((geo.gather(padded, y, x) * kernel).sum()) == pytest.approx(float(out[y, x]), abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(convs(), st.data())
def test_conv_read_is_the_union_of_the_windows_of_a_block(case, data):
    geo, _, (y, x) = case
    ys = range(y, min(geo.out_hw[0], y + data.draw(st.integers(1, 4))))
    xs = range(x, min(geo.out_hw[1], x + data.draw(st.integers(1, 4))))
    union = set()
    for yy in ys:
        for xx in xs:
            union |= set(read_by_brute_force((yy, xx), geo.in_hw, geo.kernel_hw, geo.stride, geo.pads, geo.dilation))
    rows, cols = geo.read(ys, xs)
    assert list(rows) == sorted({r for r, _ in union}) and list(cols) == sorted({c for _, c in union})
    assert {(int(r), int(c)) for r in rows for c in cols} == union  # a product of rows and cols


@SETTINGS
@given(convs())
def test_coordinate_maps_put_an_output_cell_on_its_window_centre(case):
    geo, _, (y, x) = case
    taps = read_by_brute_force((y, x), geo.in_hw, geo.kernel_hw, geo.stride, geo.pads, geo.dilation)
    rows, cols = [r for r, _ in taps], [c for _, c in taps]
    centre = (min(rows) + max(rows)) / 2, (min(cols) + max(cols)) / 2
    for axis, o in ((0, y), (1, x)):
        assert geo.to_input(o + 0.5, axis) == pytest.approx(centre[axis] + 0.5)
        assert geo.to_output(centre[axis] + 0.5, axis) == pytest.approx(o + 0.5)
    # Vectorised, and each map undoes the other anywhere, not only at cell centres.
    u = np.linspace(-5.0, 40.0, 11)
    np.testing.assert_allclose(geo.to_input(geo.to_output(u, 1), 1), u)
    # One output cell further is one stride further in the input.
    assert geo.to_input(y + 1.5, 0) - geo.to_input(y + 0.5, 0) == pytest.approx(geo.stride[0])


@st.composite
def pools(draw):
    """A pooling layer (torch's rules: padding ≤ half the window, ceil mode) and one pooled cell."""
    k = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    s = draw(st.sampled_from([None, (draw(st.integers(1, 4)), draw(st.integers(1, 4)))]))
    d = draw(st.sampled_from([(1, 1), (draw(st.integers(1, 3)), draw(st.integers(1, 3)))]))
    p = (draw(st.integers(0, k[0] // 2)), draw(st.integers(0, k[1] // 2)))
    hw = tuple(draw(st.integers(d[a] * (k[a] - 1) + 1, d[a] * (k[a] - 1) + 9)) for a in (0, 1))
    geo = PoolGeometry.resolve(hw, k, s, p, d, draw(st.booleans()))
    yx = (draw(st.integers(0, geo.out_hw[0] - 1)), draw(st.integers(0, geo.out_hw[1] - 1)))
    return geo, s, yx


@SETTINGS
@given(pools())
def test_pool_block_is_what_the_definition_reads_inside_the_input(case):
    geo, stride, (py, px) = case
    assert geo.out_hw == E.pool2d_output_hw(geo.in_hw, geo.kernel_hw, stride, geo.padding, geo.dilation, geo.ceil_mode)
    taps = read_by_brute_force((py, px), geo.in_hw, geo.kernel_hw, geo.stride, geo.pads, geo.dilation)
    rows, cols = geo.block(py, px)
    assert [(r, c) for r in rows for c in cols] == [
        (r, c) for r, c in taps if 0 <= r < geo.in_hw[0] and 0 <= c < geo.in_hw[1]
    ]


@SETTINGS
@given(pools())
def test_pool_block_is_what_changes_the_average(case):
    geo, stride, (py, px) = case
    if geo.dilation != (1, 1):
        geo = PoolGeometry.resolve(geo.in_hw, geo.kernel_hw, stride, geo.padding, 1, geo.ceil_mode)
        py, px = min(py, geo.out_hw[0] - 1), min(px, geo.out_hw[1] - 1)
    x = np.zeros(geo.in_hw)
    options = dict(kernel_size=geo.kernel_hw, stride=stride, padding=geo.padding, ceil_mode=geo.ceil_mode)
    changed = set()
    for r, c in np.ndindex(*geo.in_hw):
        x[r, c] = 1.0
        if E.avg_pool2d(x, **options)[py, px] != 0:
            changed.add((r, c))
        x[r, c] = 0.0
    rows, cols = geo.block(py, px)
    assert {(r, c) for r in rows for c in cols} == changed


@SETTINGS
@given(pools(), st.data())
def test_pool_tap_cell_is_where_max_pool_found_the_maximum(case, data):
    geo, stride, (py, px) = case
    rows, cols = geo.block(py, px)
    assume(len(rows) and len(cols))
    winner = (data.draw(st.sampled_from(list(rows))), data.draw(st.sampled_from(list(cols))))
    x = np.zeros(geo.in_hw)
    x[winner] = 1.0
    _, arg = E.max_pool2d_argmax(x, geo.kernel_hw, stride, geo.padding, geo.dilation, geo.ceil_mode)
    assert geo.tap_cell(py, px, int(arg[py, px])) == winner


def test_global_pool_is_one_window_over_the_whole_map():
    geo = PoolGeometry.global_pool((7, 5))
    assert geo.out_hw == (1, 1)
    assert geo.block(0, 0) == (range(7), range(5))
    assert LayerGeometry(ConvGeometry.resolve((9, 7), (3, 3)), geo).conv_block(0, 0) == (range(7), range(5))


def test_without_pooling_a_cell_stands_for_itself():
    layer = LayerGeometry(ConvGeometry.resolve((9, 7), (3, 3), padding=1))
    assert layer.conv_block(4, 2) == (range(4, 5), range(2, 3))
    rows, cols = layer.input_cells(range(4, 5), range(2, 3))
    assert list(rows) == [3, 4, 5] and list(cols) == [1, 2, 3]


def test_worked_example_dilated_strided_window_on_padding():
    # 5×5 input, 3×3 kernel, stride 2, padding 1, dilation 2: output (1, 1) reads rows 1, 3, 5.
    geo = ConvGeometry.resolve((5, 5), (3, 3), stride=2, padding=1, dilation=2)
    rows, cols = geo.window(1, 1)
    assert list(rows) == [1, 3, 5] and list(cols) == [1, 3, 5]
    assert geo.rows.inside(1) == range(1, 5, 2)  # row 5 is the bottom padding
    assert geo.rows.span == 5 and geo.rows.centre(1) == 3.0
    assert geo.out_hw == (2, 2) and geo.padded_hw == (7, 7)
