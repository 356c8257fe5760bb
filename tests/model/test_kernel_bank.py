"""KernelBank: editing, operations, filters, channels, undo/redo and change notifications."""

from __future__ import annotations

import numpy as np
import pytest

from convviz.engine.kernels import preset
from convviz.model.kernels.bank import KernelBank
from convviz.model.kernels.ops import fit_centred


@pytest.fixture
def bank() -> KernelBank:
    return KernelBank()


@pytest.fixture
def emissions(bank) -> list[int]:
    calls: list[int] = []
    bank.changed.connect(lambda what: calls.append(what))
    return calls


def test_default_is_one_shared_3x3_edge_filter(bank):
    assert len(bank) == 1 and bank.shared and bank.size == (3, 3)
    assert bank.names == ["edge"] and bank.bias == [0.0]
    np.testing.assert_array_equal(bank.current_slice(), preset("edge"))
    assert bank.filters[0].shape == (1, 3, 3) and bank.filters[0].dtype == np.float64


def test_filters_are_read_only_copies(bank):
    with pytest.raises(ValueError):
        bank.filters[0][0, 0, 0] = 5
    bank.names.append("x")
    assert bank.names == ["edge"]


def test_set_value_and_paint_emit_once_each(bank, emissions):
    bank.set_value(0, 0, 2.5)
    bank.paint(0, 0, -0.5)
    assert bank.current_slice()[0, 0] == 2.0 and len(emissions) == 2
    bank.set_value(0, 0, 2.0)  # no change, no emission, no undo step
    assert len(emissions) == 2
    with pytest.raises(ValueError):
        bank.set_value(0, 0, float("nan"))


def test_resize_crops_and_pads_around_the_centre(bank):
    bank.resize(5, 4)
    assert bank.size == (5, 4)
    assert bank.current_slice()[2, 1] == 8  # the centre stays the centre
    bank.resize(3, 3)
    np.testing.assert_array_equal(bank.current_slice(), preset("edge"))
    for bad in [(0, 3), (3, 16)]:
        with pytest.raises(ValueError):
            bank.resize(*bad)


def test_fit_centred_odd_to_even_round_trip():
    kernel = np.arange(9.0).reshape(1, 3, 3)
    np.testing.assert_array_equal(fit_centred(fit_centred(kernel, 4, 6), 3, 3), kernel)


def test_preset_of_another_size_resizes_every_filter(bank):
    bank.add_filter()
    bank.set_current_kernel(preset("gaussian_5x5"))
    assert bank.size == (5, 5)
    assert bank.filters[0][0, 2, 2] == 8  # the other filter padded around its centre
    np.testing.assert_allclose(bank.current_slice().sum(), 1.0)


@pytest.mark.parametrize(
    "op, expected",
    [
        ("negate", -preset("edge")),
        ("rotate180", preset("emboss")[::-1, ::-1]),
        ("transpose", preset("sobel_x").T),
    ],
)
def test_simple_ops(op, expected):
    bank = KernelBank({"negate": None, "rotate180": preset("emboss"), "transpose": preset("sobel_x")}[op])
    bank.apply(op)
    np.testing.assert_array_equal(bank.current_slice(), expected)


def test_normalise_sums_to_one_or_scales_zero_sum_kernels():
    blur = KernelBank(np.ones((3, 3)))
    blur.apply("normalise")
    np.testing.assert_allclose(blur.current_slice(), 1 / 9)
    edge = KernelBank()
    edge.apply("normalise")
    assert np.abs(edge.current_slice()).max() == pytest.approx(1.0)
    zeros = KernelBank(np.zeros((2, 2)))
    zeros.apply("normalise")
    assert not zeros.current_slice().any()


def test_random_is_he_scaled_and_seeded(bank):
    bank.resize(15, 15)
    bank.apply("random", seed=3)
    weights = bank.current_slice()
    assert weights.std() == pytest.approx(np.sqrt(2 / 225), rel=0.15)
    other = KernelBank()
    other.resize(15, 15)
    other.apply("random", seed=3)
    np.testing.assert_array_equal(other.current_slice(), weights)


def test_transpose_non_square_transposes_every_filter(bank):
    bank.resize(3, 5)
    bank.add_filter()
    bank.apply("transpose")
    assert bank.size == (5, 3) and {f.shape for f in bank.filters} == {(1, 5, 3)}


def test_unknown_op(bank):
    with pytest.raises(ValueError, match="op must be"):
        bank.apply("blur")


def test_add_and_remove_filters(bank, emissions):
    bank.add_filter(np.ones((3, 3)), name="ones")
    assert bank.names == ["edge", "ones"] and bank.current == 1 and bank.bias == [0.0, 0.0]
    bank.add_filter()
    np.testing.assert_array_equal(bank.current_slice(), preset("identity"))
    assert bank.names[2] == "filter 3"
    bank.remove_filter(0)
    assert bank.names == ["ones", "filter 3"] and bank.current == 1
    bank.remove_filter(1)
    assert bank.current == 0
    with pytest.raises(ValueError, match="at least one"):
        bank.remove_filter(0)
    with pytest.raises(ValueError):
        bank.add_filter(np.ones((5, 5)))
    assert len(emissions) == 4


def test_selection_changes_emit_but_are_not_undo_steps(bank, emissions):
    bank.add_filter()
    bank.current = 0
    assert len(emissions) == 2
    bank.undo()
    assert len(bank) == 1
    with pytest.raises(IndexError):
        bank.current = 5
    with pytest.raises(IndexError):
        bank.channel = 1  # shared: only channel 0


def test_shared_to_per_channel_and_back(bank):
    bank.set_shared(False)
    assert bank.channels == 3 and bank.filters[0].shape == (1 * 3, 3, 3)
    bank.channel = 2
    bank.set_value(1, 1, 2.0)
    np.testing.assert_array_equal(bank.filters[0][0], preset("edge"))
    bank.set_shared(True)
    assert bank.channel == 0 and bank.current_slice()[1, 1] == pytest.approx((8 + 8 + 2) / 3)


def test_weight_shapes_for_conv2d(bank):
    bank.add_filter()
    assert bank.weight(3).shape == (2, 3, 3, 3)
    np.testing.assert_array_equal(bank.weight(3)[0, 2], preset("edge"))
    bank.set_shared(False)
    bank.channel = 1
    bank.set_value(0, 0, 5.0)
    np.testing.assert_array_equal(bank.weight(3)[1, :, 0, 0], [0, 5, 0])
    np.testing.assert_array_equal(bank.weight(1)[1, 0, 0, 0], 5)
    with pytest.raises(ValueError):
        bank.weight(4)
    bank.set_bias(0.5)
    np.testing.assert_array_equal(bank.bias_array(), [0.0, 0.5])


def test_undo_redo_round_trip(bank, emissions):
    assert not bank.can_undo and not bank.can_redo
    bank.set_value(0, 0, 1.0)
    bank.apply("negate")
    bank.undo()
    assert bank.current_slice()[0, 0] == 1.0 and bank.can_redo
    bank.undo()
    np.testing.assert_array_equal(bank.current_slice(), preset("edge"))
    assert not bank.can_undo
    bank.redo()
    bank.redo()
    assert bank.current_slice()[0, 0] == -1.0 and not bank.can_redo
    bank.undo()
    bank.set_value(2, 2, 9.0)  # a new edit forgets the redo history
    assert not bank.can_redo
    assert len(emissions) == 8


def test_a_paint_stroke_is_one_undo_step(bank):
    bank.begin_stroke()
    for c in range(3):
        bank.paint(0, c, 0.5)
    bank.end_stroke()
    np.testing.assert_array_equal(bank.current_slice()[0], [-0.5, -0.5, -0.5])
    bank.undo()
    np.testing.assert_array_equal(bank.current_slice(), preset("edge"))
    assert not bank.can_undo


def test_an_empty_stroke_leaves_no_undo_step(bank):
    bank.begin_stroke()
    bank.end_stroke()
    assert not bank.can_undo


def test_rename_and_dict_round_trip(bank):
    bank.rename(0, "outline")
    bank.add_filter(name="second")
    bank.set_bias(-0.25)
    copy = KernelBank.from_dict(bank.to_dict())
    assert copy.to_dict() == bank.to_dict() and not copy.can_undo


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda d: d["filters"][0].update(weights=[[[1, 2], [3]]]),
        lambda d: d["filters"][0].update(weights=[[[float("nan")] * 3] * 3]),
        lambda d: d.update(bias=[0.0, 1.0]),
        lambda d: d.update(shared=False),
        lambda d: d.pop("filters"),
    ],
)
def test_load_dict_rejects_bad_data_without_changing_anything(bank, corrupt):
    data = bank.to_dict()
    corrupt(data)
    with pytest.raises((ValueError, KeyError, TypeError)):
        bank.load_dict(data)
    np.testing.assert_array_equal(bank.current_slice(), preset("edge"))
    assert not bank.can_undo


def test_load_dict_names_the_bad_field_like_a_kernel_file_does(bank):
    from convviz.model.kernels.document import KernelDocumentError

    data = bank.to_dict()
    data["bias"] = [float("inf")]
    with pytest.raises(KernelDocumentError, match=r"bias\[0\]: inf is not a finite number"):
        bank.load_dict(data)
    assert not bank.can_undo


def test_a_learned_kernel_and_its_bias_undo_together():
    bank = KernelBank()
    before, bias_before = bank.current_slice().copy(), bank.bias_array().copy()
    learned = np.arange(9.0).reshape(3, 3)
    bank.set_kernel_and_bias(learned, 0.75)
    np.testing.assert_array_equal(bank.current_slice(), learned)
    assert bank.bias_array()[bank.current] == 0.75
    bank.undo()  # one step takes both back
    np.testing.assert_array_equal(bank.current_slice(), before)
    np.testing.assert_array_equal(bank.bias_array(), bias_before)
    assert not bank.can_undo
