"""summary() against the textbook figures and against the shapes the layers really produce."""

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from convviz.engine import (
    AvgPool2d,
    Conv2d,
    ConvTranspose2d,
    Dropout,
    Flatten,
    GlobalAvgPool2d,
    Linear,
    MaxPool2d,
    ReLU,
    Sequential,
    summary,
)


def test_keras_conv2d_16_filters_2x2_stride_2():
    s = summary([Conv2d(1, 16, 2, stride=2)], (1, 200, 200))
    assert s.rows[0].output_shape == (16, 100, 100) and s.total_params == 80


def test_20_filters_8x8_stride_2_pad_1():
    s = summary([Conv2d(3, 20, 8, stride=2, padding=1)], (3, 32, 32))
    assert s.rows[0].output_shape == (20, 14, 14) and s.total_params == 3860


def test_max_pool_halves():
    assert summary([MaxPool2d(2, 2)], (15, 100, 100)).rows[0].output_shape == (15, 50, 50)


def test_depthwise_separable_against_plain():
    separable = [Conv2d(16, 16, 3, groups=16, bias=False), Conv2d(16, 32, 1, bias=False)]
    assert summary(separable, (16, 10, 10)).total_params == 656
    assert summary([Conv2d(16, 32, 3, bias=False)], (16, 10, 10)).total_params == 4608


def test_bottleneck_multiply_adds():
    plain = summary([Conv2d(192, 32, 5, padding="same")], (192, 28, 28))
    bottleneck = summary([Conv2d(192, 16, 1), Conv2d(16, 32, 5, padding="same")], (192, 28, 28))
    assert plain.total_mult_adds == 120_422_400
    assert bottleneck.total_mult_adds == 12_443_648


def test_table_text_has_rows_and_totals():
    text = str(summary([Conv2d(1, 6, 5), ReLU(), MaxPool2d(2), Flatten(), Linear(6 * 12 * 12, 10)], (1, 28, 28)))
    assert "Conv2d-1" in text and "(6, 24, 24)" in text and "Total params: 8,806" in text


def test_layer_that_cannot_take_the_shape_says_why():
    with pytest.raises(ValueError, match="Flatten"):
        summary([Conv2d(1, 2, 3), Linear(10, 2)], (1, 8, 8))


layer_choices = st.sampled_from(["conv", "conv_s2", "dw", "pool", "avg", "tconv", "relu", "drop"])


@settings(max_examples=30, deadline=None)
@given(kinds=st.lists(layer_choices, min_size=1, max_size=5), size=st.integers(12, 24), seed=st.integers(0, 99))
def test_summary_shapes_equal_forward_shapes(kinds, size, seed):
    layers, c = [], 2
    for kind in kinds:
        if kind == "conv":
            layers.append(Conv2d(c, 3, 3, padding=1, seed=seed))
            c = 3
        elif kind == "conv_s2":
            layers.append(Conv2d(c, 4, 3, stride=2, padding="same", seed=seed))
            c = 4
        elif kind == "dw":
            layers.append(Conv2d(c, c, 3, groups=c, dilation=2, padding=2, seed=seed))
        elif kind == "pool":
            layers.append(MaxPool2d(2, ceil_mode=True))
        elif kind == "avg":
            layers.append(AvgPool2d(3, 1, 1))
        elif kind == "tconv":
            layers.append(ConvTranspose2d(c, 2, 3, stride=2, padding=1, output_padding=1, seed=seed))
            c = 2
        elif kind == "relu":
            layers.append(ReLU())
        else:
            layers.append(Dropout(0.3, seed=seed))
    layers += [GlobalAvgPool2d(), Flatten(), Linear(c, 3, seed=seed)]
    rows = summary(layers, (2, size, size)).rows
    outs = Sequential(layers).activations(np.random.default_rng(seed).standard_normal((1, 2, size, size)))
    assert [r.output_shape for r in rows] == [o.shape[1:] for o in outs]
    assert sum(r.params for r in rows) == sum(p.size for l in layers for p in l.params.values())


def test_sequential_backward_against_central_differences():
    rng = np.random.default_rng(0)
    layers = [
        Conv2d(2, 3, 3, stride=2, padding=1, seed=1),
        ReLU(),
        MaxPool2d(2),
        Dropout(0.25, seed=3),
        Flatten(),
        Linear(3 * 2 * 2, 2, seed=2),
    ]
    net = Sequential(layers)
    x = rng.standard_normal((2, 2, 8, 8))
    g = rng.standard_normal((2, 2))
    net.forward(x)
    dx = net.backward(g)
    w = layers[0].params["weight"]
    eps = 1e-6

    def loss():
        return float(np.sum(net.forward(x) * g))

    for idx in [(0, 0, 0, 0), (2, 1, 2, 1), (1, 1, 1, 1)]:
        old = w[idx]
        w[idx] = old + eps
        up = loss()
        w[idx] = old - eps
        down = loss()
        w[idx] = old
        assert layers[0].grads["weight"][idx] == pytest.approx((up - down) / (2 * eps), abs=1e-6)
    for idx in [(0, 0, 3, 3), (1, 1, 0, 5)]:
        xp, xm = x.copy(), x.copy()
        xp[idx] += eps
        xm[idx] -= eps
        num = (np.sum(net.forward(xp) * g) - np.sum(net.forward(xm) * g)) / (2 * eps)
        assert dx[idx] == pytest.approx(num, abs=1e-6)
