"""Framework code (convviz.model.codegen): the PyTorch source is run with torch, given the
engine's weights, and must compute what the engine computes; the Keras and tf.nn sources
(TensorFlow is not installed) are parsed and their padding, strides and shapes worked out from
TensorFlow's documented SAME/VALID rules, written here, and compared with the engine's shapes."""

from __future__ import annotations

import ast
import math
import random
import types

import numpy as np
import pytest

from convviz import engine as E
from convviz.model import codegen
from convviz.model.settings import Activation, LayerParams, PaddingKind, PaddingMode, Pooling
from convviz.model.stack.model import StackModel
from tests.conftest import reference_library

torch = reference_library("torch")
nn = torch.nn


# --- random stacks ---------------------------------------------------------------------------
def _divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def _random_layer(rng: random.Random, shape: tuple[int, ...], exotic: bool) -> E.Layer:
    """``exotic``: also what Keras cannot say (grouped or dilated transposed convolutions,
    dilated max pooling)."""
    c, h, w = shape
    kind = rng.choice(["conv", "conv", "conv", "transpose", "max", "avg", "bn", "act", "act", "dropout"])
    if kind == "conv":
        k = rng.choice([1, 2, 3, 4, 5])
        s, d = rng.choice([1, 2, 2, 3]), rng.choice([1, 1, 2])
        g = rng.choice(_divisors(c))
        out = g * rng.randint(1, 3)
        padding = rng.choice(
            ["same", "same", "valid", rng.randint(0, 2), ((rng.randint(0, 2), rng.randint(0, 2)),) * 2]
        )
        if isinstance(padding, tuple):
            padding = ((rng.randint(0, 2), rng.randint(0, 2)), (rng.randint(0, 2), rng.randint(0, 2)))
        mode = rng.choice(["zeros", "zeros", "zeros", "reflect", "replicate", "circular"])
        return E.Conv2d(c, out, k, s, padding, d, g, rng.random() < 0.8, mode, seed=rng.randint(0, 999))
    if kind == "transpose":
        k, s, d = rng.randint(1, 4), rng.randint(1, 3), rng.choice([1, 1, 2] if exotic else [1])
        g = rng.choice(_divisors(c)) if exotic else 1
        op = rng.randint(0, max(s, d) - 1)
        p = rng.randint(0, max(0, (k - 1) * d // 2))
        return E.ConvTranspose2d(
            c, g * rng.randint(1, 2), k, s, p, op, g, rng.random() < 0.8, d, seed=rng.randint(0, 999)
        )
    if kind in ("max", "avg"):
        k = rng.randint(1, 3)
        s = rng.choice([None, 1, 2, 3])
        p = rng.choice([rng.randint(0, k // 2), rng.randint(0, k // 2), "same", "valid"])  # torch's or TF's
        ceil = rng.random() < 0.5 and not isinstance(p, str)
        if kind == "max":
            return E.MaxPool2d(k, s, p, rng.choice([1, 1, 2] if exotic else [1]), ceil)
        return E.AvgPool2d(k, s, p, ceil, rng.random() < 0.5)
    if kind == "bn":
        bn = E.BatchNorm2d(c, eps=rng.choice([1e-5, 1e-3]), training=False)
        r = np.random.default_rng(rng.randint(0, 999))
        bn.params["weight"], bn.params["bias"] = r.normal(1, 0.3, c), r.normal(0, 0.3, c)
        bn.running_mean, bn.running_var = r.normal(0, 0.5, c), r.uniform(0.5, 2, c)
        return bn
    if kind == "dropout":
        return E.Dropout(0.3, training=False)
    return rng.choice([E.ReLU(), E.LeakyReLU(0.1), E.Sigmoid(), E.Tanh()])


def _fits(layer: E.Layer, shape: tuple[int, ...]) -> tuple[int, ...] | None:
    """The layer's output shape if the engine runs it on ``shape`` and it keeps maps of ≥ 2×2."""
    try:
        out = layer.output_shape(shape)
        layer.forward(np.zeros((1, *shape)))
    except ValueError:
        return None
    return out if min(out[1:]) >= 2 and out[1] * out[2] <= 900 else None


def random_stack(seed: int, exotic: bool = True) -> tuple[list[E.Layer], tuple[int, int, int]]:
    rng = random.Random(seed)
    shape = (rng.choice([1, 2, 3, 4]), rng.randint(6, 17), rng.randint(6, 17))
    layers, current = [], shape
    while len(layers) < rng.randint(3, 7):
        layer = _random_layer(rng, current, exotic)
        out = _fits(layer, current)
        if out is not None:
            layers.append(layer)
            current = out
    if rng.random() < 0.3:
        layers.append(rng.choice([E.GlobalAvgPool2d(), E.GlobalMaxPool2d()]))
        current = (current[0], 1, 1)
    if rng.random() < 0.7:
        layers += [E.Flatten(), E.Linear(math.prod(current), rng.randint(2, 6), rng.random() < 0.8, seed=seed)]
    for layer in layers:  # random biases, so a wrong bias placement shows
        if "bias" in layer.params and not isinstance(layer, E.BatchNorm2d):
            layer.params["bias"] = np.random.default_rng(seed).normal(0, 0.5, layer.params["bias"].shape)
    return layers, shape


# --- running the PyTorch source --------------------------------------------------------------
def run_torch_source(source: str, layers: list[E.Layer], x: np.ndarray) -> np.ndarray:
    """Exec the source, copy the engine's weights into its modules in order, run it on x."""
    namespace: dict = {}
    exec(compile(source, "<generated>", "exec"), namespace)
    model = namespace["model"]
    assert isinstance(model, nn.Sequential)
    with_weights = [m for m in model if list(m.parameters(recurse=False))]
    engine_weighted = [layer for layer in layers if layer.params]
    assert len(with_weights) == len(engine_weighted)
    with torch.no_grad():
        for module, layer in zip(with_weights, engine_weighted, strict=True):
            for name, value in layer.params.items():
                target = getattr(module, name)
                assert tuple(target.shape) == value.shape, (module, name)
                target.copy_(torch.from_numpy(np.asarray(value)))
            if isinstance(layer, E.BatchNorm2d):
                module.running_mean.copy_(torch.from_numpy(layer.running_mean))
                module.running_var.copy_(torch.from_numpy(layer.running_var))
        return model.double()(torch.from_numpy(x)).numpy()


def engine_forward(layers: list[E.Layer], x: np.ndarray) -> np.ndarray:
    seq = E.Sequential(layers)
    seq.train(False)
    return seq.forward(x)


@pytest.mark.parametrize("seed", range(40))
def test_pytorch_source_computes_what_the_engine_does(seed):
    layers, shape = random_stack(seed)
    x = np.random.default_rng(seed).normal(size=(2, *shape))
    expected = engine_forward(layers, x)
    got = run_torch_source(codegen.pytorch(layers, shape), layers, x)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


CASES = [
    # SAME at stride 2 on odd and even sizes with odd and even kernels: uneven pads, a ZeroPad2d
    ([E.Conv2d(2, 3, 3, 2, "same", seed=1)], (2, 9, 8)),
    ([E.Conv2d(2, 3, 4, 2, "same", seed=2)], (2, 10, 7)),
    ([E.Conv2d(1, 2, 2, 1, "same", seed=3)], (1, 6, 6)),  # even kernel at stride 1: torch's 'same'
    ([E.Conv2d(3, 6, 3, 3, "same", 2, 3, seed=4)], (3, 11, 12)),  # dilation, groups, stride 3
    ([E.Conv2d(2, 2, 3, 1, ((0, 2), (1, 0)), padding_mode="reflect", seed=5)], (2, 6, 7)),
    ([E.Conv2d(2, 2, 2, 2, "same", padding_mode="circular", seed=6)], (2, 7, 5)),
    ([E.ConvTranspose2d(2, 4, 3, 2, 1, 1, 2, seed=7)], (2, 5, 4)),  # output padding, groups
    ([E.ConvTranspose2d(2, 2, 3, 2, 2, 1, 1, True, 2, seed=8)], (2, 4, 4)),  # output_padding up to dilation
    ([E.MaxPool2d(3, 2, 1, 1, True)], (2, 8, 8)),
    ([E.AvgPool2d(3, 2, 1, True, True)], (1, 8, 9)),  # ceil_mode with count_include_pad
    ([E.AvgPool2d(3, 2, 1, False, False)], (1, 7, 9)),
    ([E.AvgPool2d(2, 2, "same"), E.MaxPool2d(3, 2, "same")], (2, 7, 8)),  # TF's SAME pooling, uneven pads
    ([E.AvgPool2d(3, 1, "same"), E.MaxPool2d(2, 3, "valid")], (1, 6, 7)),
]


@pytest.mark.parametrize("layers, shape", CASES)
def test_each_hard_case_in_pytorch(layers, shape):
    x = np.random.default_rng(0).normal(size=(2, *shape))
    source = codegen.pytorch(layers, shape)
    np.testing.assert_allclose(run_torch_source(source, layers, x), engine_forward(layers, x), rtol=1e-4, atol=1e-4)


def test_same_at_stride_2_is_an_explicit_zero_pad_with_a_comment():
    source = codegen.pytorch([E.Conv2d(1, 1, 4, 2, "same", seed=0)], (1, 10, 10))
    # TF: out = ceil(10 / 2) = 5, total = (5 − 1)·2 + 4 − 10 = 2 → 1 before, 1 after; 9 rows: total 3 → 1, 2
    assert "nn.ZeroPad2d((1, 1, 1, 1))" not in source  # even: a plain padding=1
    odd = codegen.pytorch([E.Conv2d(1, 1, 4, 2, "same", seed=0)], (1, 9, 9))
    assert "nn.ZeroPad2d((1, 2, 1, 2))" in odd
    assert "stride 1 only" in odd


def test_a_stack_model_gives_its_own_layers_and_names():
    stack = StackModel(channels=1, size=(20, 20))
    stack.add("conv2d", out_channels=4, kernel_size=3, stride=2, padding="same")
    stack.add("relu")
    stack.add("max_pool", kernel_size=2)
    stack.add("flatten")
    stack.add("linear", out_features=3)
    source = codegen.pytorch(stack)
    assert "# Conv2d-1: 1×20×20 → 4×10×10" in source
    x = stack.input_array[None].astype(np.float64)
    got = run_torch_source(source, list(stack.result.layers), x)
    np.testing.assert_allclose(got[0], stack.activations()[-1], rtol=1e-4, atol=1e-4)


def test_a_stack_with_an_error_row_stops_before_it_and_says_so():
    stack = StackModel(channels=1, size=(8, 8))
    stack.add("conv2d", out_channels=2, kernel_size=3, padding=0)
    stack.add("linear", out_features=3)  # needs a Flatten first
    source = codegen.pytorch(stack)
    assert "Linear-1 does not build" in source
    assert "nn.Linear" not in source
    ast.parse(codegen.keras(stack))
    ast.parse(codegen.tf_nn(stack))


@pytest.mark.parametrize(
    "changes",
    [
        dict(padding_kind=PaddingKind.SAME, stride=2),
        dict(
            padding_kind=PaddingKind.EXPLICIT,
            pad_top=2,
            pad_bottom=0,
            pad_left=1,
            pad_right=3,
            padding_mode=PaddingMode.REPLICATE,
        ),
        dict(
            padding_kind=PaddingKind.EXPLICIT,
            pad_top=1,
            pad_bottom=1,
            pad_left=1,
            pad_right=1,
            padding_mode=PaddingMode.REFLECT,
            dilation=2,
        ),
        dict(flip=True, activation=Activation.LEAKY_RELU, pooling=Pooling.MAX, pool_size=3, pool_stride=2),
        dict(use_bias=False, activation=Activation.TANH, pooling=Pooling.AVG, pool_size=2, pool_stride=2),
        dict(pooling=Pooling.GLOBAL_AVG, activation=Activation.RELU),
        dict(pooling=Pooling.AVG, pool_size=2, pool_stride=2, pool_padding="same"),  # TF's SAME on odd sizes
        dict(pooling=Pooling.MAX, pool_size=3, pool_stride=2, pool_padding="ceil"),
    ],
)
def test_the_explorers_layer_in_pytorch_matches_the_explorers_compute(changes):
    """The explorer computes through ``layer.adapter.engine_layers`` (flip = the kernel rotated);
    the generated module, given the kernel the comment says (rotated when flip is on), agrees."""
    from convviz.model.layer.adapter import engine_layers

    p = LayerParams(**changes)
    rng = np.random.default_rng(1)
    weight, bias = rng.normal(size=(3, 2, 3, 4)), rng.normal(size=3)
    x = rng.normal(size=(1, 2, 13, 12))
    pads = E.resolve_padding(p.padding_arg(), (13, 12), (3, 4), p.stride, p.dilation)
    stages = engine_layers(p, weight, bias if p.use_bias else None, pads)
    expected = engine_forward(stages.layers, x)
    source = codegen.layer_pytorch(p, weight.shape, (13, 12))
    assert ("rotated 180°" in source) == p.flip
    loaded = weight[..., ::-1, ::-1].copy() if p.flip else weight
    conv = E.Conv2d(2, 3, (3, 4), bias=p.use_bias)
    conv.params = {"weight": loaded, **({"bias": bias} if p.use_bias else {})}
    got = run_torch_source(source, [conv], x)
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


# --- TensorFlow's rules, written here from its documentation ----------------------------------
def tf_same_pads(n: int, k: int, s: int, d: int = 1) -> tuple[int, int]:
    """SAME: out = ceil(n / s), total = max((out − 1)·s + (k − 1)·d + 1 − n, 0), extra cell after."""
    out = -(-n // s)
    total = max((out - 1) * s + (k - 1) * d + 1 - n, 0)
    return total // 2, total - total // 2


def tf_out(n: int, k: int, s: int, d: int, padding: str) -> int:
    if padding.lower() == "same":
        return -(-n // s)
    return -(-(n - (k - 1) * d) // s)  # VALID: ceil((n − span + 1) / s)


def _lit(node: ast.AST):
    return ast.literal_eval(node)


def _two(value) -> tuple[int, int]:
    return (value, value) if isinstance(value, int) else tuple(value)


def keras_shapes(source: str) -> dict[str, tuple[int, ...]]:
    """Each named Keras layer's output shape (per sample, NHWC), worked out from the call's
    arguments with TensorFlow's SAME/VALID rules; Lambdas read as the pad or slice they hold."""
    tree = ast.parse(source)
    seq = next(n.value for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "model")
    assert isinstance(seq, ast.Call) and ast.unparse(seq.func) == "keras.Sequential"
    calls = seq.args[0].elts
    assert ast.unparse(calls[0].func) == "keras.Input"
    shape = _lit(calls[0].keywords[0].value)
    shapes = {}
    for node in calls[1:]:
        kind = ast.unparse(node.func).removeprefix("layers.")
        args = [_lit(a) for a in node.args] if kind != "Lambda" else []
        kw = {k.arg: _lit(k.value) for k in node.keywords}
        h, w, c = shape if len(shape) == 3 else (None, None, None)
        if kind == "ZeroPadding2D":
            p = args[0]
            (t, b), (left, r) = ((p, p), (p, p)) if isinstance(p, int) else p
            shape = (h + t + b, w + left + r, c)
        elif kind == "Cropping2D":
            (t, b), (left, r) = args[0]
            shape = (h - t - b, w - left - r, c)
        elif kind == "Lambda":
            body = node.args[0].body
            if isinstance(body, ast.BinOp):  # ops.average_pool(ops.pad(x, pads), k, s, 'valid') / (the count)
                pooled = body.left
                _, (t, b), (left, r), _ = _lit(pooled.args[0].args[1])
                k, s, pad = (_lit(a) for a in pooled.args[1:])
                shape = (tf_out(h + t + b, k[0], s[0], 1, pad), tf_out(w + left + r, k[1], s[1], 1, pad), c)
            elif isinstance(body, ast.Call) and ast.unparse(body.func) == "ops.concatenate":  # edge cells: run it
                concat = types.SimpleNamespace(concatenate=np.concatenate, repeat=np.repeat)
                expr = ast.Expression(body)
                shape = eval(compile(expr, "lambda", "eval"), {"ops": concat}, {"x": np.zeros((1, *shape))}).shape[1:]
            elif isinstance(body, ast.Subscript):  # x[:, ::sh, ::sw, :]
                sh, sw = (_lit(e.step) for e in body.slice.elts[1:3])
                shape = (-(-h // sh), -(-w // sw), c)
            else:  # ops.pad(x, [[0, 0], [t, b], [l, r], [0, 0]], ...)
                assert ast.unparse(body.func) == "ops.pad"
                _, (t, b), (left, r), _ = _lit(body.args[1])
                shape = (h + t + b, w + left + r, c)
        elif kind in ("Conv2D", "DepthwiseConv2D"):
            k = _two(args[-1] if kind == "DepthwiseConv2D" else args[1])
            s, d = _two(kw.get("strides", 1)), _two(kw.get("dilation_rate", 1))
            pad = kw.get("padding", "valid")
            out_c = c * kw.get("depth_multiplier", 1) if kind == "DepthwiseConv2D" else args[0]
            shape = (tf_out(h, k[0], s[0], d[0], pad), tf_out(w, k[1], s[1], d[1], pad), out_c)
        elif kind == "Conv2DTranspose":
            k, s, op = _two(args[1]), _two(kw.get("strides", 1)), _two(kw["output_padding"])
            assert kw["padding"] == "valid"
            shape = ((h - 1) * s[0] + k[0] + op[0], (w - 1) * s[1] + k[1] + op[1], args[0])
        elif kind in ("MaxPooling2D", "AveragePooling2D"):
            k, s, pad = _two(args[0]), _two(kw["strides"]), kw["padding"]
            shape = (tf_out(h, k[0], s[0], 1, pad), tf_out(w, k[1], s[1], 1, pad), c)
        elif kind == "Permute":
            assert args[0] == (3, 1, 2)
            shape = (c, h, w)
        elif kind == "Flatten":
            shape = (math.prod(shape),)
        elif kind == "Dense":
            shape = (args[0],)
        elif kind in ("GlobalAveragePooling2D", "GlobalMaxPooling2D"):
            assert kw["keepdims"] is True
            shape = (1, 1, c)
        else:
            assert kind in ("BatchNormalization", "ReLU", "Activation", "LeakyReLU", "Dropout"), kind
        shapes[kw["name"]] = shape
    return shapes


def _nhwc(shape: tuple[int, ...]) -> tuple[int, ...]:
    return (shape[1], shape[2], shape[0]) if len(shape) == 3 else shape


@pytest.mark.parametrize("seed", range(40))
def test_keras_source_gives_the_engines_shapes_by_tensorflows_rules(seed):
    check_keras_shapes(*random_stack(seed, exotic=seed % 4 == 0))


@pytest.mark.parametrize("layers, shape", CASES)
def test_each_hard_case_in_keras_by_tensorflows_rules(layers, shape):
    check_keras_shapes(layers, shape)


def check_keras_shapes(layers, shape):
    source = codegen.keras(layers, shape)
    assert f"keras.Input(shape=({shape[1]}, {shape[2]}, {shape[0]}))" in source
    shapes = keras_shapes(source)
    from convviz.model.codegen.common import unpack

    for step in unpack(layers, shape).steps:
        if f"NOT EXPRESSIBLE in Keras: {step.name} " in source:
            break  # the layers after it see another shape; the comment says so
        names = [n for n in shapes if n == step.ident or n.rsplit("_", 1)[0] == step.ident and not n[-1].isdigit()]
        assert names, step.name
        assert shapes[names[-1]] == _nhwc(step.out_shape), step.name
        if isinstance(step.layer, E.Conv2d) and step.layer.groups != step.layer.in_channels:
            assert "w.transpose(2, 3, 1, 0)" in source  # OIHW → HWIO


def test_keras_same_is_written_only_where_tensorflows_same_pads_are_the_engines():
    layer = E.Conv2d(1, 1, 3, 2, 1)  # torch-style padding 1 at stride 2
    even = codegen.keras([layer], (1, 9, 9))  # SAME on 9: out 5, total (5 − 1)·2 + 3 − 9 = 2: (1, 1)
    assert tf_same_pads(9, 3, 2) == (1, 1) and "padding='same'" in even
    odd = codegen.keras([layer], (1, 10, 10))  # SAME on 10: total 1: (0, 1), not torch's (1, 1)
    assert tf_same_pads(10, 3, 2) == (0, 1)
    assert "padding='same'" not in odd and "ZeroPadding2D(((1, 1), (1, 1))" in odd


@pytest.mark.parametrize(
    "layer, shape",
    [
        (E.Conv2d(2, 2, 3, stride=(2, 1), padding=1, groups=2, seed=11), (2, 9, 8)),
        (E.Conv2d(2, 4, 3, stride=(1, 3), padding="same", groups=2, seed=12), (2, 7, 10)),
        (E.Conv2d(3, 3, (2, 3), stride=(3, 2), padding=0, groups=3, seed=13), (3, 11, 9)),
    ],
)
def test_keras_depthwise_with_unequal_strides_is_a_stride_1_convolution_then_a_slice(layer, shape):
    """TensorFlow's DepthwiseConv2D refuses unequal strides (tensorflow/tensorflow#33005)."""
    source = codegen.keras([layer], shape)
    assert "NOT EXPRESSIBLE" not in source
    tree = ast.parse(source)
    depthwise = [
        n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func).endswith("DepthwiseConv2D")
    ]
    assert len(depthwise) == 1
    strides = _two(next((_lit(k.value) for k in depthwise[0].keywords if k.arg == "strides"), 1))
    assert strides[0] == strides[1]
    check_keras_shapes([layer], shape)  # the slice after it gives the engine's shape
