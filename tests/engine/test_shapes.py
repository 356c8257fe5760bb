"""Shape helpers agree with the actual outputs; window_cells agrees with a perturbation experiment."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings, strategies as st
from scipy import signal

from convviz import engine as E
from convviz.engine import reference as ref

SETTINGS = settings(max_examples=40, deadline=None)


@st.composite
def conv_geometry(draw):
    kH, kW = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    sh, sw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    dh, dw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    H = draw(st.integers(max(1, dh * (kH - 1) + 1 - 2), dh * (kH - 1) + 9))
    W = draw(st.integers(max(1, dw * (kW - 1) + 1 - 2), dw * (kW - 1) + 9))
    t, b, l, r = (draw(st.integers(0, 3)) for _ in range(4))
    padding = draw(st.sampled_from([((t, b), (l, r)), (t, l), t, "valid", "same"]))
    stride = draw(st.sampled_from([(sh, sw), sh]))
    dilation = draw(st.sampled_from([(dh, dw), dh]))
    (sh, sw), (dh, dw) = ref.pair(stride), ref.pair(dilation)
    pads = ref.resolve_padding(padding, (H, W), (kH, kW), (sh, sw), (dh, dw))
    if H + sum(pads[0]) < dh * (kH - 1) + 1 or W + sum(pads[1]) < dw * (kW - 1) + 1:
        padding = "same"  # kernel would not fit; "same" always fits
    return (H, W), (kH, kW), stride, padding, dilation


@SETTINGS
@given(conv_geometry())
def test_conv2d_output_hw_matches_conv2d(geo):
    (H, W), k, stride, padding, dilation = geo
    got = E.conv2d_output_hw((H, W), k, stride=stride, padding=padding, dilation=dilation)
    out = E.conv2d(np.zeros((1, 1, H, W)), np.ones((1, 1, *k)), stride=stride, padding=padding, dilation=dilation)
    assert tuple(got) == out.shape[2:]
    (t, b), (l, r) = ref.resolve_padding(padding, (H, W), k, stride, dilation)
    (sh, sw), (dh, dw) = ref.pair(stride), ref.pair(dilation)
    assert tuple(got) == ((H + t + b - dh * (k[0] - 1) - 1) // sh + 1, (W + l + r - dw * (k[1] - 1) - 1) // sw + 1)
    if padding == "same":
        assert tuple(got) == (-(-H // sh), -(-W // sw))


@SETTINGS
@given(conv_geometry())
def test_resolve_padding_matches_reference(geo):
    hw, k, stride, padding, dilation = geo
    got = E.resolve_padding(padding, hw, k, stride=stride, dilation=dilation)
    assert tuple(map(tuple, got)) == ref.resolve_padding(padding, hw, k, stride, dilation)


@st.composite
def pool_geometry(draw):
    kH, kW = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    sh, sw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    dh, dw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    ph, pw = draw(st.integers(0, kH // 2)), draw(st.integers(0, kW // 2))
    H = draw(st.integers(dh * (kH - 1) + 1, dh * (kH - 1) + 9))
    W = draw(st.integers(dw * (kW - 1) + 1, dw * (kW - 1) + 9))
    stride = draw(st.sampled_from([(sh, sw), None]))
    return dict(
        in_hw=(H, W),
        kernel_size=(kH, kW),
        stride=stride,
        padding=(ph, pw),
        dilation=(dh, dw),
        ceil_mode=draw(st.booleans()),
    )


@SETTINGS
@given(pool_geometry())
def test_pool2d_output_hw_matches_pools(g):
    H, W = g["in_hw"]
    kw = {k: v for k, v in g.items() if k != "in_hw"}
    got = tuple(E.pool2d_output_hw((H, W), **kw))
    x = np.random.default_rng(0).standard_normal((1, 2, H, W))
    assert got == E.max_pool2d(x, **kw).shape[2:]
    (kH, kW), (sh, sw) = g["kernel_size"], g["stride"] or g["kernel_size"]
    (ph, pw), (dh, dw) = g["padding"], g["dilation"]
    assert got == (
        ref.pool_out_size(H, kH, sh, ph, dh, g["ceil_mode"]),
        ref.pool_out_size(W, kW, sw, pw, dw, g["ceil_mode"]),
    )
    if g["dilation"] == (1, 1):
        avg = dict(kw)
        del avg["dilation"]
        assert got == E.avg_pool2d(x, **avg).shape[2:]


@SETTINGS
@given(
    st.integers(1, 6),
    st.integers(1, 6),
    st.integers(1, 4),
    st.integers(1, 4),
    st.integers(1, 3),
    st.integers(1, 3),
    st.integers(0, 2),
    st.integers(0, 2),
    st.integers(1, 3),
    st.integers(1, 3),
    st.data(),
)
def test_conv_transpose2d_output_hw_matches(H, W, kH, kW, sh, sw, ph, pw, dh, dw, data):
    oph = data.draw(st.integers(0, max(sh, dh) - 1))
    opw = data.draw(st.integers(0, max(sw, dw) - 1))
    Ho = (H - 1) * sh - 2 * ph + dh * (kH - 1) + oph + 1
    Wo = (W - 1) * sw - 2 * pw + dw * (kW - 1) + opw + 1
    if Ho < 1 or Wo < 1:
        return
    kw = dict(stride=(sh, sw), padding=(ph, pw), output_padding=(oph, opw), dilation=(dh, dw))
    got = tuple(E.conv_transpose2d_output_hw((H, W), (kH, kW), **kw))
    assert got == (Ho, Wo)
    out = E.conv_transpose2d(np.ones((1, 1, H, W)), np.ones((1, 2, kH, kW)), **kw)
    assert out.shape == (1, 2, Ho, Wo)


def _output_cell_value(x, k_hw, stride, padding, dilation, yx):
    """Zero-padded conv with a ones kernel (scipy), value at output cell yx."""
    (sh, sw), (dh, dw) = ref.pair(stride), ref.pair(dilation)
    pads = ref.resolve_padding(padding, x.shape, k_hw, (sh, sw), (dh, dw))
    kern = np.zeros(((k_hw[0] - 1) * dh + 1, (k_hw[1] - 1) * dw + 1))
    kern[::dh, ::dw] = 1.0
    full = signal.correlate2d(np.pad(x, pads), kern, mode="valid")[::sh, ::sw]
    return full[yx], full.shape


@SETTINGS
@given(conv_geometry(), st.data())
def test_window_cells_matches_perturbation(geo, data):
    (H, W), k, stride, padding, dilation = geo
    rng = np.random.default_rng(data.draw(st.integers(0, 2**31)))
    x = rng.standard_normal((H, W))
    _, out_hw = _output_cell_value(x, k, stride, padding, dilation, (0, 0))
    yx = (data.draw(st.integers(0, out_hw[0] - 1)), data.draw(st.integers(0, out_hw[1] - 1)))
    base, _ = _output_cell_value(x, k, stride, padding, dilation, yx)
    affecting = set()
    for r in range(H):
        for c in range(W):
            xp = x.copy()
            xp[r, c] += 1.0
            if abs(_output_cell_value(xp, k, stride, padding, dilation, yx)[0] - base) > 1e-9:
                affecting.add((r, c))

    wc = E.window_cells(yx, (H, W), k, stride=stride, padding=padding, dilation=dilation)
    taps = [tuple(map(int, t)) for t in wc.taps]
    pad_taps = [tuple(map(int, t)) for t in wc.padding_taps]
    assert len(taps) == len(set(taps)) and len(pad_taps) == len(set(pad_taps))
    # The engine lists every tap in `taps` (padding ones too) and the out-of-range subset in
    # `padding_taps`; the real input taps must be exactly the cells that change the output.
    assert set(taps) - set(pad_taps) == affecting

    (sh, sw), (dh, dw) = ref.pair(stride), ref.pair(dilation)
    (top, _), (left, _) = ref.resolve_padding(padding, (H, W), k, (sh, sw), (dh, dw))
    rows = [yx[0] * sh - top + i * dh for i in range(k[0])]
    cols = [yx[1] * sw - left + j * dw for j in range(k[1])]
    assert list(np.asarray(wc.rows)) == rows and list(np.asarray(wc.cols)) == cols
    inside = np.array([[0 <= r < H and 0 <= c < W for c in cols] for r in rows])
    np.testing.assert_array_equal(np.asarray(wc.inside, dtype=bool), inside)
    grid = {(r, c) for r in rows for c in cols}
    out_of_range = {(r, c) for (r, c) in grid if not (0 <= r < H and 0 <= c < W)}
    assert set(pad_taps) == out_of_range
    assert set(taps) | set(pad_taps) == grid

    span = ((rows[0], rows[-1]), (cols[0], cols[-1]))
    assert tuple(map(tuple, wc.span)) == span
    span_cells = {(r, c) for r in range(rows[0], rows[-1] + 1) for c in range(cols[0], cols[-1] + 1)}
    holes = {tuple(map(int, h)) for h in wc.holes}
    expected_holes = span_cells - grid
    in_range_holes = {(r, c) for (r, c) in expected_holes if 0 <= r < H and 0 <= c < W}
    assert in_range_holes <= holes <= expected_holes  # out-of-range holes may be listed or omitted
    if dilation in (1, (1, 1)):
        assert not holes


def test_window_cells_simple_example():
    wc = E.window_cells((1, 1), (5, 5), (3, 3), stride=2, padding=1, dilation=2)
    assert list(wc.rows) == [1, 3, 5] and list(wc.cols) == [1, 3, 5]
    pads = {tuple(t) for t in wc.padding_taps}
    assert pads == {(5, 1), (5, 3), (5, 5), (1, 5), (3, 5)}
    assert {tuple(t) for t in wc.taps} - pads == {(1, 1), (1, 3), (3, 1), (3, 3)}
    assert {(2, 1), (2, 2), (2, 3), (4, 4), (1, 2), (3, 4)} <= {tuple(h) for h in wc.holes}
    assert tuple(map(tuple, wc.span)) == ((1, 5), (1, 5))


def test_layer_specs_shapes_and_params():
    # Layer specs take per-sample shapes (C, H, W), like Keras summaries.
    conv = E.Conv2d(4, 6, (3, 2), stride=2, padding=1, groups=2)
    out = E.conv2d(np.zeros((4, 9, 8)), np.zeros((6, 2, 3, 2)), np.zeros(6), stride=2, padding=1, groups=2)
    assert tuple(conv.output_shape((4, 9, 8))) == out.shape
    assert conv.num_params == 6 * 2 * 3 * 2 + 6
    assert E.Conv2d(3, 5, 3, bias=False).num_params == 5 * 3 * 9
    assert (
        tuple(E.MaxPool2d(3, stride=2, ceil_mode=True).output_shape((3, 8, 8)))
        == E.max_pool2d(np.zeros((3, 8, 8)), 3, stride=2, ceil_mode=True).shape
    )
    assert E.Linear(12, 5).num_params == 65
    assert tuple(E.Flatten().output_shape((3, 2, 2))) == (12,)
