"""The one adapter from layer settings to engine layers, against scipy and counted by hand."""

import numpy as np
import pytest
from scipy import signal

from convviz.model.layer.adapter import ACTIVATION_LAYERS, POOL_LAYERS, TRACE_POOLS, engine_layers, trace_spec
from convviz.model.settings import Activation, LayerParams, Pooling


def test_every_kind_has_one_entry():
    assert set(ACTIVATION_LAYERS) == set(Activation)
    assert set(POOL_LAYERS) == set(Pooling) == set(TRACE_POOLS)


@pytest.mark.parametrize("flip", [False, True])
def test_the_conv_stage_is_scipys_correlation_or_convolution(flip):
    rng = np.random.default_rng(5)
    x = rng.random((1, 9, 11))
    weight = rng.standard_normal((1, 1, 3, 4))
    stages = engine_layers(LayerParams(flip=flip), weight, np.array([0.25]), ((0, 0), (0, 0)))
    oracle = (signal.convolve2d if flip else signal.correlate2d)(x[0], weight[0, 0], mode="valid") + 0.25
    np.testing.assert_allclose(stages.conv.forward(x)[0], oracle, atol=1e-10)


@pytest.mark.parametrize("pooling", list(Pooling))
@pytest.mark.parametrize("activation", list(Activation))
def test_stages_follow_the_settings_and_count_parameters(pooling, activation):
    p = LayerParams(activation=activation, pooling=pooling)
    f, c, k = 4, 3, 5
    stages = engine_layers(p, np.zeros((f, c, k, k)), np.zeros(f), ((0, 0), (0, 0)))
    assert (stages.activation is None) == (activation is Activation.NONE)
    assert (stages.pool is None) == (pooling is Pooling.NONE)
    assert sum(layer.num_params for layer in stages.layers) == f * c * k * k + f  # by hand: weights + biases
    without_bias = engine_layers(p, np.zeros((f, c, k, k)), None, ((0, 0), (0, 0)))
    assert without_bias.conv.num_params == f * c * k * k


def test_global_pooling_is_not_stepped_and_says_so():
    spec, note = trace_spec(LayerParams(pooling=Pooling.GLOBAL_MAX))
    assert spec.pool == "none" and "not stepped" in note
    spec, note = trace_spec(LayerParams(pooling=Pooling.AVG, pool_size=3, pool_stride=1, stride=2))
    assert (spec.pool, spec.pool_size, spec.pool_stride, spec.stride, note) == ("avg", 3, 1, 2, "")
