"""Stacks round-trip through JSON + .npz; malformed files are refused with a reason, untouched model."""

from __future__ import annotations

import json

import numpy as np
import pytest

from convviz.io import stack_files as sf
from convviz.model.stack.model import StackModel


@pytest.fixture
def model() -> StackModel:
    m = StackModel(np.random.default_rng(0).random((20, 20, 3), dtype=np.float32), 3, (16, 16))
    m.add("conv2d", out_channels=4, kernel_size=3, padding="same")
    m.add("leaky_relu", negative_slope=0.1)
    m.add("conv_transpose2d", out_channels=2, kernel_size=2, stride=2)
    m.add("flatten")
    m.add("linear", out_features=5)
    return m


def test_round_trip_keeps_layers_input_and_weights(model, tmp_path):
    path = tmp_path / "net.json"
    sf.save(model, path)
    assert sf.weights_path(path).exists()
    data = json.loads(path.read_text())
    assert data["layers"][1] == {"kind": "leaky_relu", "negative_slope": 0.1}
    other = StackModel(np.random.default_rng(0).random((20, 20, 3), dtype=np.float32))  # same picture
    sf.apply(other, sf.load(path))
    assert [(c.kind, c.params) for c in other.configs] == [(c.kind, c.params) for c in model.configs]
    assert (other.channels, other.size) == (3, (16, 16))
    for i in (0, 2, 4):
        for k in ("weight", "bias"):
            assert np.array_equal(other.weights(i)[k], model.weights(i)[k])
    assert np.allclose(other.activations()[-1], model.activations()[-1])


def _write(tmp_path, data) -> str:
    p = tmp_path / "bad.json"
    p.write_text(data if isinstance(data, str) else json.dumps(data))
    return p


GOOD = {
    "format": "convviz-stack",
    "version": 1,
    "input": {"channels": 1, "size": [8, 8]},
    "layers": [{"kind": "conv2d", "out_channels": 2}],
}


@pytest.mark.parametrize(
    "data,reason",
    [
        ("{not json", "not valid JSON"),
        ({"layers": []}, "not a convviz stack"),
        ({**GOOD, "version": 7}, "version"),
        ({**GOOD, "input": {"channels": 2}}, "channels"),
        ({**GOOD, "input": {"channels": 1, "size": [8]}}, "size"),
        ({**GOOD, "layers": [{"kind": "conv9d"}]}, "layer 1: unknown layer kind"),
        ({**GOOD, "layers": [{"kind": "conv2d", "kernel_size": -3}]}, "kernel_size"),
        ({**GOOD, "layers": [{"kind": "relu", "alpha": 1}]}, "no parameter alpha"),
        ({**GOOD, "layers": [{"kind": "dropout", "training": "yes"}]}, "true or false"),
    ],
)
def test_malformed_stack_is_refused_and_model_untouched(model, tmp_path, data, reason):
    before = (model.configs, model.channels, model.size)
    with pytest.raises(sf.StackFileError, match=reason):
        sf.apply(model, sf.load(_write(tmp_path, data)))
    assert (model.configs, model.channels, model.size) == before


@pytest.mark.parametrize(
    "arrays,reason",
    [
        ({"layer1.weight": np.zeros((2, 1, 5, 5)), "layer1.bias": np.zeros(2)}, "do not fit"),
        ({"layer1.weight": np.zeros((2, 1, 3, 3))}, "do not fit"),
        ({"layer3.weight": np.zeros(1)}, "names no layer"),
        ({"first.weight": np.zeros(1)}, "unexpected array 'first.weight'"),
        ({"layer1.weight": np.full((2, 1, 3, 3), np.nan), "layer1.bias": np.zeros(2)}, "finite"),
    ],
)
def test_bad_weights_are_refused(model, tmp_path, arrays, reason):
    path = _write(tmp_path, GOOD)
    np.savez(sf.weights_path(path), **arrays)
    before = model.configs
    with pytest.raises(sf.StackFileError, match=reason):
        sf.apply(model, sf.load(path))
    assert model.configs == before


def test_corrupt_npz_is_refused(model, tmp_path):
    path = _write(tmp_path, GOOD)
    sf.weights_path(path).write_bytes(b"not a zip")
    with pytest.raises(sf.StackFileError, match="'bad.npz' is not an .npz archive"):
        sf.apply(model, sf.load(path))


def test_a_dropout_from_an_older_file_loads_and_the_stacks_mode_decides(model, tmp_path):
    data = {
        "format": "convviz-stack",
        "version": 1,
        "input": {"channels": 3, "size": [16, 16]},
        "layers": [{"kind": "dropout", "p": 0.25, "training": True, "seed": 0}],
    }
    sf.apply(model, sf.load(_write(tmp_path, data)))
    assert model.configs[0].params == {"p": 0.25, "seed": 0} and not model.training
    np.testing.assert_array_equal(model.activations()[0], model.input_array)


def test_the_description_is_saved_with_the_stack(model, tmp_path):
    path = tmp_path / "net.json"
    sf.save(model, path, "My net", description="Two convs and a head.")
    spec = sf.load(path)
    assert (spec.name, spec.description) == ("My net", "Two convs and a head.")
