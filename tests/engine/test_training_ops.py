"""The ops a network trains with — softmax, cross-entropy, batch norm, SGD and Adam — against
loop references, central differences and torch."""

from __future__ import annotations

import numpy as np
import pytest

from convviz import engine as E
from convviz.engine import reference as ref
from tests.conftest import reference_library
from tests.engine.gradcheck import assert_grad_close, numerical_grad

torch = reference_library("torch")
F = torch.nn.functional
RNG = np.random.default_rng(14)


def T(a, grad=False):
    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.float64)).requires_grad_(grad)


# ---- softmax and cross-entropy ------------------------------------------------------------


def test_log_softmax_and_softmax_match_the_loop_and_torch():
    x = RNG.standard_normal((5, 7)) * 3
    np.testing.assert_allclose(E.log_softmax(x), ref.log_softmax(x), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(E.log_softmax(x, dim=1), F.log_softmax(T(x), dim=1).numpy(), atol=1e-12)
    p = E.softmax(x)
    np.testing.assert_allclose(p, F.softmax(T(x), dim=1).numpy(), atol=1e-12)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-12)
    np.testing.assert_allclose(E.softmax(x.T, dim=0), p.T, atol=1e-12)  # along another axis


def test_huge_scores_neither_overflow_nor_lose_the_answer():
    x = np.array([[1000.0, 0.0, -1000.0], [1e4, 1e4, 1e4]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):  # underflow to 0 is the right answer
        logp = E.log_softmax(x)
        loss = E.cross_entropy(x, [0, 2])
    np.testing.assert_allclose(logp[0], [0.0, -1000.0, -2000.0])
    np.testing.assert_allclose(logp[1], np.log(1 / 3))
    assert loss == pytest.approx(np.log(3) / 2)
    assert E.softmax(x.astype(np.float32)).dtype == np.float32


def test_cross_entropy_and_its_gradient_match_torch_and_central_differences():
    logits, targets = RNG.standard_normal((6, 10)) * 2, RNG.integers(0, 10, 6)
    assert E.cross_entropy(logits, targets) == pytest.approx(ref.cross_entropy(logits, targets), rel=1e-12)
    t = T(logits, grad=True)
    want = F.cross_entropy(t, torch.from_numpy(targets))
    want.backward()
    assert E.cross_entropy(logits, targets) == pytest.approx(float(want.detach()), rel=1e-12)
    grad = E.cross_entropy_backward(logits, targets)
    np.testing.assert_allclose(grad, t.grad.numpy(), atol=1e-12)
    numeric = numerical_grad(lambda a: np.array(ref.cross_entropy(a, targets)), logits, np.array(1.0))
    assert_grad_close(grad, numeric)


@pytest.mark.parametrize(
    "targets,match",
    [
        ([0, 10], "outside"),
        ([0, -1], "outside"),
        ([0.0, 1.0], "integer"),
        ([0, 1, 2], "integer"),
        ([[0, 1]], "integer"),
    ],
)
def test_targets_that_cannot_be_classes_are_refused(targets, match):
    with pytest.raises(ValueError, match=match):
        E.cross_entropy(np.zeros((2, 10)), np.array(targets))


def test_cross_entropy_takes_a_batch_of_class_scores():
    with pytest.raises(ValueError, match=r"\(N, C\)"):
        E.cross_entropy(np.zeros((2, 3, 4)), [0, 1])


# ---- batch norm ---------------------------------------------------------------------------


def test_batch_norm_in_training_matches_the_loop_and_torch_with_running_statistics():
    x = RNG.standard_normal((4, 3, 5, 6)) * 2 + 1
    w, b = RNG.standard_normal(3), RNG.standard_normal(3)
    mean, var = RNG.standard_normal(3), RNG.uniform(0.5, 2, 3)
    t_mean, t_var = T(mean), T(var)
    y = E.batch_norm2d(x, w, b, mean, var, training=True, momentum=0.2, eps=1e-4)
    np.testing.assert_allclose(y, ref.batch_norm2d(x, w, b, eps=1e-4), atol=1e-12)
    want = F.batch_norm(T(x), t_mean, t_var, T(w), T(b), training=True, momentum=0.2, eps=1e-4)
    np.testing.assert_allclose(y, want.numpy(), atol=1e-12)
    np.testing.assert_allclose(mean, t_mean.numpy(), atol=1e-12)  # updated in place, as torch does
    np.testing.assert_allclose(var, t_var.numpy(), atol=1e-12)  # with the unbiased batch variance


def test_batch_norm_in_evaluation_uses_the_running_statistics():
    x = RNG.standard_normal((2, 3, 4, 4))
    w, b, mean, var = RNG.standard_normal(3), RNG.standard_normal(3), RNG.standard_normal(3), RNG.uniform(0.5, 2, 3)
    before = mean.copy(), var.copy()
    y = E.batch_norm2d(x, w, b, mean, var, training=False)
    np.testing.assert_allclose(y, ref.batch_norm2d(x, w, b, mean, var), atol=1e-12)
    np.testing.assert_allclose(y, F.batch_norm(T(x), T(mean), T(var), T(w), T(b), training=False).numpy(), atol=1e-12)
    np.testing.assert_array_equal(mean, before[0])
    np.testing.assert_array_equal(var, before[1])


@pytest.mark.parametrize("training", [True, False])
def test_batch_norm_gradients_match_central_differences_and_torch(training):
    x = RNG.standard_normal((3, 2, 4, 5))
    w, b = RNG.standard_normal(2), RNG.standard_normal(2)
    mean, var = RNG.standard_normal(2), RNG.uniform(0.5, 2, 2)
    G = RNG.standard_normal(x.shape)

    def f(a, ww=w, bb=b):
        return E.batch_norm2d(a, ww, bb, mean.copy(), var.copy(), training)

    dx, dw, db = E.batch_norm2d_backward(G, x, w, mean, var, training)
    assert_grad_close(dx, numerical_grad(f, x, G), name="dx")
    assert_grad_close(dw, numerical_grad(lambda ww: f(x, ww), w, G), name="dweight")
    assert_grad_close(db, numerical_grad(lambda bb: f(x, w, bb), b, G), name="dbias")
    tx, tw, tb = T(x, True), T(w, True), T(b, True)
    y = F.batch_norm(tx, T(mean), T(var), tw, tb, training=training)
    (y * T(G)).sum().backward()
    for got, want in ((dx, tx), (dw, tw), (db, tb)):
        np.testing.assert_allclose(got, want.grad.numpy(), atol=1e-10)


def test_batch_norm_layer_trains_like_torch_and_evaluates_on_its_running_statistics():
    layer, twin = E.BatchNorm2d(3, momentum=0.3), torch.nn.BatchNorm2d(3, momentum=0.3).double()
    for step in range(3):
        x = RNG.standard_normal((4, 3, 5, 5)) * (step + 1)
        np.testing.assert_allclose(layer.forward(x), twin(T(x)).detach().numpy(), atol=1e-12)
    np.testing.assert_allclose(layer.running_mean, twin.running_mean.numpy(), atol=1e-12)
    np.testing.assert_allclose(layer.running_var, twin.running_var.numpy(), atol=1e-12)
    seq = E.Sequential([layer])
    seq.train(False)
    twin.eval()
    x = RNG.standard_normal((2, 3, 5, 5))
    np.testing.assert_allclose(seq.forward(x), twin(T(x)).detach().numpy(), atol=1e-12)
    assert layer.output_shape((3, 5, 5)) == (3, 5, 5)
    with pytest.raises(ValueError, match="expects 3 channels"):
        layer.output_shape((4, 5, 5))


def test_batch_norm_refuses_a_single_value_per_channel_in_training():
    with pytest.raises(ValueError, match="more than one value"):
        E.batch_norm2d(np.ones((1, 2, 1, 1)), None, None, None, None, training=True)


# ---- optimisers ---------------------------------------------------------------------------


def _twins(shapes):
    ours = [RNG.standard_normal(s) for s in shapes]
    theirs = [torch.nn.Parameter(T(p.copy())) for p in ours]
    return ours, theirs


@pytest.mark.parametrize(
    "make,make_torch",
    [
        (lambda p: E.SGD(p, lr=0.1), lambda p: torch.optim.SGD(p, lr=0.1)),
        (
            lambda p: E.SGD(p, lr=0.05, momentum=0.9, weight_decay=1e-3),
            lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, weight_decay=1e-3),
        ),
        (lambda p: E.Adam(p, lr=0.01), lambda p: torch.optim.Adam(p, lr=0.01)),
        (
            lambda p: E.Adam(p, lr=0.003, betas=(0.8, 0.99), eps=1e-6, weight_decay=1e-2),
            lambda p: torch.optim.Adam(p, lr=0.003, betas=(0.8, 0.99), eps=1e-6, weight_decay=1e-2),
        ),
    ],
    ids=["sgd", "sgd momentum decay", "adam", "adam options"],
)
def test_optimisers_take_torchs_steps(make, make_torch):
    ours, theirs = _twins([(3, 4), (5,)])
    opt, twin = make(ours), make_torch(theirs)
    for _ in range(12):
        grads = [RNG.standard_normal(p.shape) for p in ours]
        opt.step(grads)
        for t, g in zip(theirs, grads, strict=True):
            t.grad = T(g)
        twin.step()
    for p, t in zip(ours, theirs, strict=True):
        np.testing.assert_allclose(p, t.detach().numpy(), rtol=1e-12, atol=1e-12)


def test_an_optimiser_refuses_what_it_cannot_use():
    p = [np.zeros(3)]
    with pytest.raises(ValueError, match="learning rate"):
        E.SGD(p, lr=0)
    with pytest.raises(ValueError, match="momentum"):
        E.SGD(p, lr=0.1, momentum=1.0)
    with pytest.raises(ValueError, match="1 parameters but 2"):
        E.Adam(p).step([np.zeros(3), np.zeros(3)])
    with pytest.raises(ValueError, match="shape"):
        E.Adam(p).step([np.zeros(4)])


# ---- what a training step skips --------------------------------------------------------------


@pytest.mark.parametrize("case", [dict(padding=2), dict(stride=2, padding=1)], ids=["stride 1", "stride 2"])
def test_a_first_layer_skips_its_input_gradient_and_keeps_its_weight_gradient(case):
    x, w = RNG.standard_normal((3, 2, 12, 11)), RNG.standard_normal((4, 2, 5, 5))
    g = RNG.standard_normal(E.conv2d(x, w, **case).shape)
    full = E.conv2d_backward(g, x, w, **case)
    dw, db = E.conv2d_weight_grad(g, x, w, **case)
    np.testing.assert_array_equal(dw, full[1])
    np.testing.assert_array_equal(db, full[2])
    np.testing.assert_allclose(dw, ref.conv2d_backward(g, x, w, **case)[1], rtol=1e-9, atol=1e-9)


def test_a_sequential_backward_from_the_outputs_equals_the_one_from_the_inputs():
    """Tanh and sigmoid take their derivative from their output (kept by forward); every
    gradient equals the layer-by-layer one computed from the inputs, and the first
    convolution may skip its input gradient."""
    layers = [E.Conv2d(2, 3, 3, padding=1, seed=1), E.Tanh(), E.Conv2d(3, 2, 3, seed=2), E.Sigmoid(), E.Flatten()]
    seq = E.Sequential(layers)
    x = RNG.standard_normal((2, 2, 6, 6))
    y = seq.forward(x)
    g = RNG.standard_normal(y.shape)
    dx = seq.backward(g)
    grads = [a.copy() for a in seq.gradients()]
    inputs = [x]
    for layer in layers[:-1]:
        inputs.append(layer.forward(inputs[-1]))
    want = g
    for layer, inp in zip(reversed(layers), reversed(inputs), strict=True):
        want = layer.backward(want, inp)  # each from its input, as Layer.backward does alone
    np.testing.assert_allclose(dx, want, rtol=1e-12, atol=1e-14)
    for got, expected in zip(grads, seq.gradients(), strict=True):
        np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-14)
    seq.forward(x)
    seq.backward_weights(g)
    for got, expected in zip(seq.gradients(), grads, strict=True):
        np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-14)
