"""The model part in 简体中文 and 繁體中文: what the Qt-free model and the engine write for a user
(a stack's layer tips, parameter names and error rows, budget messages, a network's summary
line, kernel presets, a kernel file's error, the training status, the live readout) is the
translation the model's .ts files hold (read here, not taken from the code), with the values
computed here by hand in place; with "en" installed again it is the English as before."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from convviz import engine as E
from convviz.engine.kernels import PRESETS
from convviz.gui import i18n
from convviz.model import limits
from convviz.model.kernels.document import validate_kernel_document
from convviz.model.live import LiveStats
from convviz.model.network.probe import class_name, describe_input
from convviz.model.network.summary import summarize
from convviz.model.stack.layers import spec
from convviz.model.stack.model import StackBudgetError, StackModel
from convviz.model.training.network import NotAClassifier, classifier
from tests.gui.test_language import Words


class English:
    """The "en" words: the English source itself."""

    def __call__(self, context: str, english: str) -> str:
        return english


@pytest.fixture(params=["zh_CN", "zh_TW", "en"])
def words(request, qtbot):
    """The language installed as the app installs it (the model's words go through
    convviz.text, routed to Qt's translators); English again afterwards."""
    app = QApplication.instance()
    i18n.install(app, request.param)
    yield English() if request.param == "en" else Words(request.param, "model")
    i18n.install(app, "en")


def stack_28x28() -> StackModel:
    return StackModel(np.zeros((28, 28), np.float32), 1, None)


def test_a_stack_s_tips_parameter_names_and_error_row(words):
    conv = spec("conv2d")
    assert conv.label == "Conv2d"  # the kind's name is torch's, in every language
    assert conv.tip == words("StackLayers", "Standard convolution: every filter sees every input channel")
    out, kernel = conv.params[0], conv.params[1]
    assert (out.name, kernel.name) == ("out_channels", "kernel_size")  # the keys files and code use
    assert out.label == words("StackParams", "out channels")
    assert out.tip == words("StackLayers", "Number of filters = channels of the output")
    assert kernel.label == words("StackParams", "kernel size")
    assert spec("max_pool").tip == words("StackLayers", "Largest value in each window")

    m = stack_28x28()
    m.add("conv2d", out_channels=4, kernel_size=3, padding=1)
    assert m.result.rows[0].params == 4 * 1 * 3 * 3 + 4
    m.add("flatten")
    m.add("conv2d")
    features = f"{4 * 28 * 28:,}"  # 4 maps of 28×28 (padding 1 keeps the size)
    vector = words("StackLayers", "a vector of {n} features").format(n=features)
    expected = words(
        "StackLayers", "{label} needs maps (channels × height × width) but gets {shape}: it cannot follow a Flatten"
    ).format(label="Conv2d", shape=vector)
    assert m.result.rows[2].error == expected and "3,136" in expected
    assert not m.result.error_names_layer  # a view says "Layer 3:" before it

    with pytest.raises(ValueError) as bad:
        m.configure(0, kernel_size=99)
    assert str(bad.value) == words("StackLayers", "{name} must be in [{lo}, {hi}], got {value}").format(
        name="kernel_size", lo="1", hi="15", value="99"
    )


def test_budget_messages_name_the_layer_and_the_fix(words):
    m = StackModel(np.zeros((64, 64), np.float32), 1, None)
    m.add("conv2d", out_channels=64, padding=1)
    m.set_image(np.zeros((2048, 2048), np.float32))  # 64 × 2048² float64 = 2 GiB
    res = m.result
    layer = words("StackBudget", "{label}, {channels} ch of {h}×{w}").format(
        label="Conv2d", channels="64", h=2048, w=2048
    )
    assert res.rows[0].error == words(
        "StackBudget",
        "layer {index} ({layer}) would need {need} for its output{before}; "
        "a stack may use {limit} for all its outputs — {hint}",
    ).format(
        index=1,
        layer=layer,
        need=f"{64 * 2048 * 2048 * 8 / 2**30:.1f} GiB",
        before="",
        limit=f"{limits.STACK_MAX_ACTIVATION_BYTES / 2**20:.0f} MiB",
        hint=words("StackBudget", "use a smaller input size, fewer channels or a stride"),
    )
    assert res.over_budget and res.error_names_layer

    work = 64 * 1 * 15 * 15 * 512 * 512  # a 15×15 conv, 64 filters, every cell of a 512×512 picture
    big = StackModel(np.zeros((512, 512), np.float32), 1, None)
    with pytest.raises(StackBudgetError) as over:
        big.add("conv2d", out_channels=64, kernel_size=15, padding=7)
    billions = words("StackBudget", "{billions} billion")
    assert str(over.value) == words(
        "StackBudget",
        "layer {index} ({layer}) would take {need} multiply-adds{before}; "
        "a stack may take {limit} in all (a few seconds of computing) — {hint}, or a smaller kernel",
    ).format(
        index=1,
        layer=words("StackBudget", "{label}, {channels} ch of {h}×{w}").format(
            label="Conv2d", channels="64", h=512, w=512
        ),
        need=billions.format(billions=f"{work / 1e9:.1f}", yi=f"{work / 1e8:.1f}"),
        before="",
        limit=billions.format(billions="2.0", yi="20.0"),
        hint=words("StackBudget", "use a smaller input size, fewer channels or a stride"),
    )
    assert ("3.8 billion" if isinstance(words, English) else "37.7") in str(over.value)

    full = stack_28x28()
    full.replace([("relu", {})] * limits.STACK_MAX_LAYERS, 1, None)
    with pytest.raises(StackBudgetError) as many:
        full.add("relu")
    assert str(many.value) == words(
        "StackBudget", "a stack holds at most {limit} layers, and this one would have {count} — remove layers first"
    ).format(limit=64, count=65)


def test_a_network_s_summary_line_and_input(words, tmp_path):
    from convviz.io import onnx_files

    m = stack_28x28()
    m.add("conv2d", out_channels=4, kernel_size=3, padding=1)
    m.add("relu")
    m.add("flatten")
    m.add("linear", out_features=10)
    onnx_files.save(m, tmp_path / "small.onnx")
    network = onnx_files.load(tmp_path / "small.onnx")
    summary = summarize(network)
    params = (4 * 1 * 3 * 3 + 4) + (10 * 4 * 28 * 28 + 10)
    mult_adds = 4 * 28 * 28 * (1 * 3 * 3) + 10 * (4 * 28 * 28)
    assert summary.total_line() == words(
        "NetworkSummary", "{layers} layers, {params} parameters, {mult_adds} mult-adds"
    ).format(layers=len(summary.rows), params=f"{params:,}", mult_adds=f"{mult_adds:,}")
    assert f"{params:,}" == "31,410" and f"{mult_adds:,}" == "59,584"
    batch = (
        words("NetworkProbe", "any batch")
        if network.fixed_batch is None
        else words("NetworkProbe", "batch {n}").format(n=network.fixed_batch)
    )
    line = "{c} × {h} × {w} (C × H × W, NCHW), {kind}, {batch}"  # its words are the parts: only punctuation changes
    template = line if isinstance(words, English) else words.table[("NetworkProbe", line)]
    assert describe_input(network) == template.format(c=1, h=28, w=28, kind=words("NetworkProbe", "gray"), batch=batch)
    assert class_name(None, 7) == words("NetworkProbe", "class {n}").format(n=7)
    assert class_name(["cat", "dog"], 1) == "dog"  # the user's labels as they are


def test_kernel_presets_keep_their_keys_and_say_what_they_do(words):
    sobel = PRESETS["sobel_x"]
    assert sobel.name == "sobel_x"
    assert sobel.description == words("KernelPresets", "Sobel x: horizontal gradient, lights up vertical edges.")
    assert sobel.label == words("KernelPresets", "Sobel x (vertical edges)")
    assert PRESETS["box_blur"].description == words("KernelPresets", "Box blur: the mean of the 3×3 neighbourhood.")


def test_a_kernel_file_s_error_names_the_field(words):
    with pytest.raises(ValueError) as wrong:
        validate_kernel_document({"format": "pictures"})
    assert str(wrong.value) == words("KernelFile", "format must be {tag}, got {value}.").format(
        tag="'convviz-kernels'", value='"pictures"'
    )
    document = {
        "format": "convviz-kernels",
        "version": 1,
        "shared": True,
        "filters": [{"name": "a", "weights": [[[1, 2], [3]]]}],
    }
    with pytest.raises(ValueError) as ragged:
        validate_kernel_document(document)
    where = words("KernelFile", "{where} channel {channel}").format(
        where=words("KernelFile", "filter {index}").format(index=0), channel=0
    )
    assert str(ragged.value) == words("KernelFile", "{where}: rows have different lengths {lengths} (ragged).").format(
        where=where, lengths=[1, 2]
    )


def test_the_training_status_says_why_a_stack_cannot_train(words):
    layers = [E.Conv2d(1, 4, 3), E.Flatten()]  # 4 maps of 26×26 flattened: not 10 class scores
    with pytest.raises(NotAClassifier) as why:
        classifier(layers, (1, 28, 28), 10)
    shape = words("StackLayers", "a vector of {n} features").format(n=f"{4 * 26 * 26:,}")
    assert str(why.value) == words(
        "Training",
        "the stack must end in {classes} class scores (a Linear with {classes} outputs), "
        "but its last layer gives {shape}",
    ).format(classes=10, shape=shape)
    with pytest.raises(NotAClassifier) as empty:
        classifier([], (1, 28, 28), 10)
    assert str(empty.value) == words(
        "Training", "the stack has no layers: it must end in a Linear layer with one output per class"
    )


def test_the_live_readout(words):
    stats = LiveStats(clock=lambda: 0.0)
    stats.capture.add(0.3)
    stats.engine.add(5.1)
    stats.display.add(2.04)
    stats.latency.add(38.4)
    assert stats.readout() == words(
        "LiveStats",
        "fps {fps} · capture {capture} ms · engine {engine} ms · display {display} ms · latency {latency} ms",
    ).format(fps="0.0", capture="0.3", engine="5.1", display="2.0", latency="38")
