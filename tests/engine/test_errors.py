"""Bad arguments raise ValueError whose message names the argument (and, where distinctive, the value)."""

from __future__ import annotations

import numpy as np
import pytest

from convviz import engine as E

X4 = np.random.default_rng(0).standard_normal((1, 2, 6, 6))
W4 = np.random.default_rng(1).standard_normal((3, 2, 3, 3))
X2 = np.random.default_rng(2).standard_normal((5, 5))
K2 = np.ones((3, 3))


@pytest.mark.parametrize(
    "x,k,kw",
    [
        (np.zeros((4, 4)), np.ones((5, 5)), {}),
        (np.zeros((4, 4)), np.ones((3, 7)), dict(padding=1)),
        (np.zeros((5, 5)), np.ones((3, 3)), dict(dilation=3)),  # effective kernel 7 > 5
        (np.zeros((1, 1, 4, 4)), np.ones((1, 1, 5, 2)), dict(padding=((0, 0), (1, 1)))),
    ],
)
def test_kernel_larger_than_padded_input(x, k, kw):
    with pytest.raises(ValueError, match=r"(?i)kernel|weight"):
        E.conv2d(x, k, **kw)


def test_kernel_fits_exactly_is_fine():
    out = E.conv2d(np.ones((4, 4)), np.ones((5, 5)), padding=((1, 0), (0, 1)))
    np.testing.assert_array_equal(out, [[16.0]])


@pytest.mark.parametrize("stride", [0, -1, (1, 0), (-2, 1)])
def test_stride_below_one(stride):
    with pytest.raises(ValueError, match="stride"):
        E.conv2d(X2, K2, stride=stride)


@pytest.mark.parametrize("dilation", [0, -3, (0, 1), (1, -1)])
def test_dilation_below_one(dilation):
    with pytest.raises(ValueError, match="dilation"):
        E.conv2d(X2, K2, dilation=dilation)


@pytest.mark.parametrize("padding", [-1, (0, -2), ((0, 0), (-1, 1)), ((-3, 0), (0, 0))])
def test_negative_padding(padding):
    with pytest.raises(ValueError, match="padding"):
        E.conv2d(X2, K2, padding=padding)


def test_channel_mismatch():
    with pytest.raises(ValueError, match=r"(?i)channel|weight"):
        E.conv2d(X4, np.ones((3, 3, 3, 3)))
    with pytest.raises(ValueError, match=r"(?i)channel|weight|groups"):
        E.conv2d(np.zeros((1, 4, 6, 6)), np.ones((2, 3, 3, 3)), groups=2)  # needs in/groups = 2


@pytest.mark.parametrize("C,O,groups", [(3, 4, 2), (4, 3, 2), (4, 4, 3), (4, 4, 0)])
def test_groups_not_dividing_channels(C, O, groups):
    x = np.zeros((1, C, 5, 5))
    w = np.ones((O, max(C // max(groups, 1), 1), 3, 3))
    with pytest.raises(ValueError, match="groups"):
        E.conv2d(x, w, groups=groups)


@pytest.mark.parametrize("shape", [(6,), (1, 1, 1, 6, 6), ()])
def test_wrong_input_rank(shape):
    with pytest.raises(ValueError, match=r"(?i)\bx\b|input|dim|rank"):
        E.conv2d(np.zeros(shape), K2)


@pytest.mark.parametrize("wshape", [(3,), (1, 1, 1, 3, 3), (1, 1, 1, 1, 3, 3)])
def test_wrong_weight_rank(wshape):
    with pytest.raises(ValueError, match=r"(?i)weight|kernel"):
        E.conv2d(np.zeros((1, 1, 6, 6)), np.ones(wshape))


@pytest.mark.parametrize(
    "bad", [np.array([["a", "b"], ["c", "d"]]), np.array([[1, None], [2, 3]], dtype=object), [["a", "b"], ["c", "d"]]]
)
def test_non_numeric_input(bad):
    with pytest.raises(ValueError, match=r"(?i)\bx\b|input|dtype|numeric"):
        E.conv2d(bad, np.ones((1, 1)))


def test_non_numeric_weight():
    with pytest.raises(ValueError, match=r"(?i)weight|kernel|dtype|numeric"):
        E.conv2d(X2, np.array([["a"]]))


@pytest.mark.parametrize("padding", [4, ((0, 0), (5, 0)), "same"])
def test_reflect_padding_wider_than_input(padding):
    x = np.zeros((3, 3))
    k = np.ones((9, 9)) if padding == "same" else np.ones((1, 1))  # "same" with k=9 pads 4 per side
    with pytest.raises(ValueError, match=r"(?i)padding|reflect"):
        E.conv2d(x, k, padding=padding, padding_mode="reflect")


def test_unknown_padding_mode_names_argument_and_value():
    with pytest.raises(ValueError, match="padding_mode") as info:
        E.conv2d(X2, K2, padding=1, padding_mode="mirror")
    assert "mirror" in str(info.value)


@pytest.mark.parametrize("padding", ["full", "SAME_UPPER", ""])
def test_unknown_padding_string(padding):
    with pytest.raises(ValueError, match="padding") as info:
        E.conv2d(X2, K2, padding=padding)
    if padding:
        assert padding in str(info.value)


def test_stride_value_is_named():
    with pytest.raises(ValueError, match="stride") as info:
        E.conv2d(X2, K2, stride=-7)
    assert "-7" in str(info.value)


def test_backward_validates_too():
    with pytest.raises(ValueError, match="stride"):
        E.conv2d_backward(np.zeros((3, 3)), X2, K2, stride=0)
    with pytest.raises(ValueError, match="padding_mode"):
        E.conv2d_backward(np.zeros((3, 3)), X2, K2, padding_mode="bogus")


@pytest.mark.parametrize(
    "kw,arg",
    [
        (dict(kernel_size=0), "kernel_size"),
        (dict(kernel_size=2, stride=0), "stride"),
        (dict(kernel_size=2, padding=-1), "padding"),
        (dict(kernel_size=2, dilation=0), "dilation"),
    ],
)
def test_max_pool_arguments(kw, arg):
    with pytest.raises(ValueError, match=arg):
        E.max_pool2d(X4, **kw)


@pytest.mark.parametrize(
    "kw,arg",
    [
        (dict(kernel_size=0), "kernel_size"),
        (dict(kernel_size=2, stride=-1), "stride"),
        (dict(kernel_size=3, padding=-2), "padding"),
    ],
)
def test_avg_pool_arguments(kw, arg):
    with pytest.raises(ValueError, match=arg):
        E.avg_pool2d(X4, **kw)


def test_conv_transpose_arguments():
    x, w = np.zeros((1, 2, 4, 4)), np.ones((2, 3, 3, 3))
    with pytest.raises(ValueError, match="stride"):
        E.conv_transpose2d(x, w, stride=0)
    with pytest.raises(ValueError, match=r"(?i)channel|weight"):
        E.conv_transpose2d(np.zeros((1, 3, 4, 4)), w)
    with pytest.raises(ValueError, match="groups"):
        E.conv_transpose2d(np.zeros((1, 3, 4, 4)), np.ones((3, 1, 3, 3)), groups=2)


def test_unknown_activation_name():
    with pytest.raises(ValueError, match="swish"):
        E.activation("swish", X2)


@pytest.mark.parametrize("rate", [-0.1, 1.5])
def test_dropout_rate_out_of_range(rate):
    with pytest.raises(ValueError, match="rate"):
        E.dropout(X2, rate, seed=0)


def test_bias_length_mismatch():
    with pytest.raises(ValueError, match="bias"):
        E.conv2d(np.ones((1, 1, 3, 3)), np.ones((2, 1, 1, 1)), np.ones(3))


@pytest.mark.parametrize("fn", [E.max_pool2d, E.avg_pool2d])
def test_pool_padding_more_than_half_kernel(fn):
    with pytest.raises(ValueError, match="padding"):
        fn(X2, 2, padding=2)


@pytest.mark.parametrize("fn", [E.max_pool2d, E.avg_pool2d])
def test_pool_window_larger_than_padded_input(fn):
    with pytest.raises(ValueError, match=r"(?i)kernel|window"):
        fn(X2, 6)


def test_conv_transpose_output_padding_too_large():
    with pytest.raises(ValueError, match="output_padding"):
        E.conv_transpose2d(X2, np.ones((1, 1, 2, 2)), stride=2, output_padding=2)


@pytest.mark.parametrize("bad", [1.5, True, (1, 2, 3)])
def test_non_integer_stride(bad):
    with pytest.raises(ValueError, match="stride"):
        E.conv2d(X2, K2, stride=bad)
