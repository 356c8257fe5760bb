"""The stepper's traversal order: the permutation against loops written here, each cell's numbers
unchanged, and the backward's running and final gradients against torch autograd in both orders."""

import numpy as np
import pytest

from convviz.engine import conv2d_backward
from convviz.engine.trace import BackwardTrace, ForwardTrace, LayerSpec
from convviz.model.teaching.traversal import OrderedBackward, OrderedForward, visited, visiting_order
from tests.conftest import reference_library

SHAPES = [(1, 1), (1, 4), (4, 1), (3, 5), (5, 3), (4, 4)]


def loop_cells(h: int, w: int, order: str) -> list[tuple[int, int]]:
    """The visits as the notes describe them: down each column (then across), or across each row."""
    if order == "columns":
        return [(r, c) for c in range(w) for r in range(h)]
    return [(r, c) for r in range(h) for c in range(w)]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("order", ["rows", "columns"])
def test_the_permutation_visits_every_cell_once_in_the_loop_s_order(shape, order):
    h, w = shape
    cells = [divmod(int(i), w) for i in visiting_order(shape, order)]
    assert cells == loop_cells(h, w, order)
    assert sorted(cells) == [(r, c) for r in range(h) for c in range(w)]  # each exactly once
    for count in range(h * w + 1):
        mask = visited(shape, order, count)
        assert {(int(r), int(c)) for r, c in zip(*np.nonzero(mask), strict=True)} == set(
            loop_cells(h, w, order)[:count]
        )


def test_columns_first_starts_down_the_first_column():
    assert [divmod(int(i), 3) for i in visiting_order((3, 3), "columns")][:4] == [(0, 0), (1, 0), (2, 0), (0, 1)]


def test_an_unknown_order_is_refused():
    with pytest.raises(ValueError, match="order"):
        visiting_order((2, 2), "diagonal")


LAYERS = [
    # (input (C, H, W), kernel (kH, kW), spec)
    ((1, 5, 5), (3, 3), LayerSpec(padding=1)),
    ((1, 6, 4), (2, 3), LayerSpec(stride=(2, 1), padding=(1, 0))),
    ((3, 7, 6), (3, 2), LayerSpec(dilation=2, activation="relu")),
    ((1, 6, 6), (3, 3), LayerSpec(padding=1, activation="relu", pool="max", pool_size=2)),
    ((1, 5, 7), (3, 3), LayerSpec(padding=1, flip=True, pool="avg", pool_size=2)),
]


def _layer(i: int):
    rng = np.random.default_rng(100 + i)
    (c, h, w), (kh, kw), spec = LAYERS[i]
    return rng.normal(size=(c, h, w)), rng.normal(size=(c, kh, kw)), float(rng.normal()), spec


@pytest.mark.parametrize("i", range(len(LAYERS)))
def test_forward_values_per_cell_are_the_row_major_ones(i):
    x, k, b, spec = _layer(i)
    trace = ForwardTrace(x, k, b, spec)
    rows, cols = OrderedForward(trace, "rows"), OrderedForward(trace, "columns")
    h, w = trace.run.z.shape
    assert len(cols) == len(rows) == len(trace)
    by_cell = {rows.step(p).out_yx: rows.step(p) for p in range(h * w)}
    assert list(by_cell) == loop_cells(h, w, "rows")
    padded = np.pad(x, ((0, 0), *trace.run.geo.pads))
    kernel = k[:, ::-1, ::-1] if spec.flip else k
    (sy, sx), (dy, dx) = trace.run.geo.stride, trace.run.geo.dilation
    for p, (r, c) in enumerate(loop_cells(h, w, "columns")):
        step = cols.step(p)
        assert step.index == p and step.phase == "conv" and step.out_yx == (r, c)
        assert step.value == by_cell[(r, c)].value and step.total == by_cell[(r, c)].total
        window = padded[
            :, r * sy : r * sy + dy * (k.shape[1] - 1) + 1 : dy, c * sx : c * sx + dx * (k.shape[2] - 1) + 1 : dx
        ]
        assert step.total == pytest.approx(float((window * kernel).sum()), abs=1e-12)  # a loop's window × kernel
        done = cols.conv_done(p)
        assert done.sum() == p + 1 and all(done[cell] for cell in loop_cells(h, w, "columns")[: p + 1])
    for p in range(h * w, len(trace)):  # pooling keeps its order
        assert cols.step(p).out_yx == trace.step(p).out_yx and cols.step(p).value == trace.step(p).value
        assert cols.conv_done(p).all()


def _torch_gradients(x, k, b, spec, g, z_mask=None):
    """dX, dW, db by torch autograd: through the whole layer, or, with ``z_mask``, from dL/dz kept
    only at the masked output cells (the totals after visiting those cells)."""
    torch = reference_library("torch")
    f = torch.nn.functional
    xt = torch.tensor(x[None], requires_grad=True)
    weight = k[:, ::-1, ::-1].copy() if spec.flip else k
    wt = torch.tensor(weight[None], requires_grad=True)
    bt = torch.tensor([b], dtype=torch.float64, requires_grad=True)
    z = f.conv2d(xt, wt, bt, stride=spec.stride, padding=spec.padding, dilation=spec.dilation)
    a = f.relu(z) if spec.activation == "relu" else z
    if spec.pool == "max":
        a = f.max_pool2d(a, spec.pool_size)
    elif spec.pool == "avg":
        a = f.avg_pool2d(a, spec.pool_size)
    (dz,) = torch.autograd.grad(a, z, torch.tensor(g[None, None]), retain_graph=True)
    if z_mask is not None:
        dz = dz * torch.tensor(z_mask[None, None])
    z.backward(dz)
    dw = wt.grad[0].numpy()
    return xt.grad[0].numpy(), dw[:, ::-1, ::-1] if spec.flip else dw, float(bt.grad[0])


@pytest.mark.parametrize("i", range(len(LAYERS)))
@pytest.mark.parametrize("order", ["rows", "columns"])
def test_backward_totals_follow_the_visited_cells_and_end_at_the_full_gradients(i, order):
    x, k, b, spec = _layer(i)
    y = ForwardTrace(x, k, b, spec).run.y
    g = np.random.default_rng(7 + i).normal(size=y.shape)
    trace = BackwardTrace(x, k, b, spec, g)
    ordered = OrderedBackward(trace, order)
    h, w = trace.run.z.shape
    first = trace.pool_steps + 1
    cells = loop_cells(h, w, order)
    dx_full, dw_full, db_full = _torch_gradients(x, k, b, spec, g)
    for p, cell in enumerate(cells):
        step = ordered.step(first + p)
        assert step.index == first + p and step.phase == "conv" and step.cell == cell
        assert step.grad == trace.d_pre[cell]
    for p in (0, len(cells) // 2, len(cells) - 1):  # the running totals of the cells visited so far
        mask = np.zeros((h, w))
        for cell in cells[: p + 1]:
            mask[cell] = 1.0
        dx, dw, db = _torch_gradients(x, k, b, spec, g, mask)
        step = ordered.step(first + p)
        np.testing.assert_allclose(step.d_input, dx, rtol=1e-9, atol=1e-10)
        np.testing.assert_allclose(step.d_weight, dw, rtol=1e-9, atol=1e-10)
        assert step.d_bias == pytest.approx(db, rel=1e-9, abs=1e-10)
    last = ordered.step(len(ordered) - 1)
    np.testing.assert_allclose(last.d_input, dx_full, rtol=1e-9, atol=1e-10)
    np.testing.assert_allclose(last.d_weight, dw_full, rtol=1e-9, atol=1e-10)
    assert last.d_bias == pytest.approx(db_full, rel=1e-9, abs=1e-10)
    ex, ew, eb = conv2d_backward(trace.d_pre[None, None], x[None], k[None], **spec.conv_options())
    np.testing.assert_allclose(last.d_input, ex[0], rtol=1e-9, atol=1e-10)
    np.testing.assert_allclose(last.d_weight, ew[0], rtol=1e-9, atol=1e-10)
    for p in range(first):  # pooling and the activation keep their places
        assert ordered.step(p).phase == trace.step(p).phase and ordered.step(p).cell == trace.step(p).cell
