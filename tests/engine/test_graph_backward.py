"""Every graph op's backward against central differences (float64), and ``connect`` against a
perturbation oracle: the input cells whose change moves the chosen output cell."""

from __future__ import annotations

import numpy as np
import pytest

from convviz.engine import graph_ops as ops, graph_shapes as shapes, graph_windows as windows
from tests.engine.gradcheck import assert_grad_close, distinct_values, numerical_grad

rng = np.random.default_rng(7)


def _x(shape):
    return distinct_values(rng, shape, spread=3.0)


W = windows.Window
CASES = [
    ("conv asym pads s2", windows.Conv(W((3, 3), (2, 2), (1, 1), (1, 0, 2, 1))), [(2, 4, 7, 6), (3, 4, 3, 3), (3,)]),
    (
        "conv same_lower d2 g2",
        windows.Conv(W((3, 3), (1, 2), (2, 1), auto_pad="SAME_LOWER"), groups=2),
        [(1, 4, 6, 7), (4, 2, 3, 3)],
    ),
    (
        "convT pads outpad",
        windows.ConvTranspose((2, 3), (1, 1), (1, 0, 0, 2), (1, 2)),
        [(1, 2, 3, 4), (2, 3, 3, 3), (3,)],
    ),
    (
        "convT output_shape",
        windows.ConvTranspose((2, 2), output_shape=(8, 9), auto_pad="SAME_UPPER"),
        [(1, 2, 4, 4), (2, 1, 3, 3)],
    ),
    ("maxpool ceil dil", windows.MaxPool(W((2, 3), (2, 2), (2, 1), (1, 1, 0, 1), ceil_mode=True)), [(1, 2, 7, 8)]),
    (
        "avgpool cip ceil",
        windows.AveragePool(W((3, 3), (2, 2), (1, 1), (1, 0, 1, 1), ceil_mode=True), True),
        [(1, 2, 6, 7)],
    ),
    ("avgpool no cip dil", windows.AveragePool(W((2, 2), (1, 2), (2, 2), (0, 1, 1, 0)), False), [(1, 1, 6, 7)]),
    ("global avg", ops.GlobalPool("GlobalAveragePool"), [(2, 3, 4, 5)]),
    ("global max", ops.GlobalPool("GlobalMaxPool"), [(2, 3, 4, 5)]),
    ("leaky", ops.unary("LeakyRelu", alpha=0.2), [(2, 3, 4)]),
    ("sigmoid", ops.unary("Sigmoid"), [(2, 3, 4)]),
    ("tanh", ops.unary("Tanh"), [(2, 3, 4)]),
    ("hardsigmoid", ops.unary("HardSigmoid", alpha=0.3, beta=0.4), [(2, 3, 4)]),
    ("hardswish", ops.unary("HardSwish"), [(2, 3, 4)]),
    ("prelu", ops.PRelu(), [(2, 3, 4, 4), (3, 1, 1)]),
    ("add bcast", ops.Binary("Add"), [(2, 3, 4), (3, 1)]),
    ("sub bcast", ops.Binary("Sub"), [(2, 3, 4), (4,)]),
    ("mul bcast", ops.Binary("Mul"), [(2, 3, 1, 1), (2, 3, 4, 5)]),
    ("batchnorm", ops.BatchNorm(1e-3), [(2, 3, 4, 4), (3,), (3,), (3,), None]),
    ("gemm transA transB", ops.Gemm(0.7, 1.3, True, True), [(4, 2), (5, 4), (5,)]),
    ("matmul batched", ops.MatMul(), [(2, 3, 4), (4, 5)]),
    ("softmax", ops.Softmax(1), [(2, 5, 3)]),
    ("softmax opset 11", ops.Softmax(1, flatten_first=True), [(2, 3, 4)]),
    ("reducemean", ops.ReduceMean((2, 3)), [(2, 3, 4, 5)]),
    ("flatten", shapes.Flatten(2), [(2, 3, 4, 5)]),
    ("transpose", shapes.Transpose((0, 2, 3, 1)), [(2, 3, 4, 5)]),
    ("pad reflect", shapes.Pad("reflect", (0, 0, 2, 1, 0, 0, 1, 3)), [(1, 2, 4, 5)]),
    ("pad edge crop", shapes.Pad("edge", (0, 0, 3, -1, 0, 0, -2, 2)), [(1, 2, 4, 5)]),
    ("slice", shapes.Slice((1, -4), (4, 100), (2, 3)), [(1, 2, 5, 6)]),
]


def _inputs(shapes_):
    out = []
    for shape in shapes_:
        if shape is None:  # batchnorm's variance: positive
            out.append(rng.uniform(0.5, 2.0, 3))
        else:
            out.append(_x(shape))
    return out


@pytest.mark.parametrize("name, op, shapes_", CASES, ids=[c[0] for c in CASES])
def test_backward_is_the_central_difference(name, op, shapes_):
    inputs = _inputs(shapes_)
    y = op.forward(*inputs)
    G = rng.standard_normal(y.shape)
    got = op.backward(G, inputs, y, [True] * len(inputs))
    differentiable = (
        2 if isinstance(op, (windows.Conv, windows.ConvTranspose, ops.Gemm, ops.MatMul, ops.Binary, ops.PRelu)) else 1
    )
    for i in range(min(differentiable + (len(inputs) > 2 and not isinstance(op, ops.BatchNorm)), len(inputs))):

        def f(v, i=i):
            args = list(inputs)
            args[i] = v
            return op.forward(*args)

        assert got[i] is not None, f"{name}: no gradient for input {i}"
        assert_grad_close(got[i], numerical_grad(f, inputs[i], G), rtol=1e-5, name=f"{name} input {i}")


@pytest.mark.parametrize("name, op, shapes_", CASES, ids=[c[0] for c in CASES])
def test_connect_marks_exactly_the_cells_that_move_the_output(name, op, shapes_):
    inputs = _inputs(shapes_)
    y = op.forward(*inputs)
    index = tuple(d // 2 for d in y.shape)
    mask = np.zeros(y.shape, bool)
    mask[index] = True
    marked = op.connect(mask, inputs, y)[0]
    x = inputs[0]
    moved = np.zeros(x.shape, bool)
    for k in range(x.size):
        bumped = x.copy().reshape(-1)
        for delta in (0.37, -0.61, 2.3):  # several sizes, so a kink (ReLU, max, clip) does not hide a dependence
            bumped[k] = x.reshape(-1)[k] + delta
            if op.forward(bumped.reshape(x.shape), *inputs[1:])[index] != y[index]:
                moved.reshape(-1)[k] = True
                break
    # connect is structural: a max pool's window or a saturated unit counts even where this input does not move it
    assert np.all(marked[moved]), f"{name}: a cell that moves the output is not marked"
    if not isinstance(op, (windows.MaxPool, ops.GlobalPool, ops.Unary)) or op.kind in ("GlobalAveragePool",):
        assert np.array_equal(marked, moved), f"{name}: marked {marked.sum()} cells, {moved.sum()} move the output"
