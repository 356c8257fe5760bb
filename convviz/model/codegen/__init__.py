"""Framework code for a stack or for the explorer's layer: PyTorch, Keras and ``tf.nn`` source
that builds the same network (Qt-free; the dialog is ``convviz.gui.code_dialog``).

``pytorch(stack, input_shape)``, ``keras(...)`` and ``tf_nn(...)`` take a ``StackModel`` (its
layers that build, on its own input unless ``input_shape`` is given), a ``StackResult``, an
engine ``Sequential`` or a list of engine layers, and return source that defines ``model``:
an ``nn.Sequential``, a ``keras.Sequential`` starting with ``keras.Input(shape=(H, W, C))``, or
a function ``model(x)`` with its ``tf.Variable``s. ``layer_pytorch(params, weight_shape,
input_hw)`` and the others do the same for the explorer's one layer (``LayerParams`` or
``LayerSettings``, the kernel bank's (F, C, kH, kW)).

Where the frameworks differ (NCHW vs NHWC, TF's SAME vs torch's padding, weight layouts,
``count_include_pad``, ``ceil_mode``) the source says so in comments; a layer a framework
cannot express is a comment starting "NOT EXPRESSIBLE", never silently different code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from convviz import engine as E
from convviz.model.codegen import keras_code, tf_code, torch_code
from convviz.model.codegen.common import NOT_EXPRESSIBLE, Stack, unpack
from convviz.model.layer.adapter import ACTIVATION_LAYERS, POOL_LAYERS
from convviz.model.settings import LayerParams, LayerSettings
from convviz.text import noop, tr

__all__ = [
    "DIFFERENCES",
    "FRAMEWORKS",
    "NOT_EXPRESSIBLE",
    "explorer_layers",
    "keras",
    "layer_keras",
    "layer_pytorch",
    "layer_tf_nn",
    "pytorch",
    "tf_nn",
]

STACK_TITLE = "The convviz stack"
LAYER_TITLE = "The explorer's layer"

# One line per framework on what differs from convviz (the dialog shows it under each tab): prose
# for the reader, so in the interface's language (context "CodeGen"), while the code stays English.
_DIFFERENCES = {
    "PyTorch": noop(
        "CodeGen",
        "PyTorch is NCHW with convviz's weight layouts; its padding='same' is stride 1 only, so TF's SAME "
        "at a stride (and any uneven padding) is an explicit nn.ZeroPad2d.",
    ),
    "Keras": noop(
        "CodeGen",
        "Keras is NHWC: feed x.transpose(0, 2, 3, 1); kernels are HWIO (w.transpose(2, 3, 1, 0)); its "
        "'same' puts the odd extra cell bottom/right, at any stride.",
    ),
    "tf.nn": noop(
        "CodeGen",
        "tf.nn is NHWC with HWIO filters; SAME is TensorFlow's own, explicit pads are tf.pad; the function "
        "model(x) reads the tf.Variables defined above it.",
    ),
}


class _Translated(Mapping[str, str]):
    """A read-only mapping whose values are translated when they are read (not when the module is
    imported, which is before the GUI installs a translator)."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts

    def __getitem__(self, key: str) -> str:
        return tr("CodeGen", self._texts[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


DIFFERENCES: Mapping[str, str] = _Translated(_DIFFERENCES)


def pytorch(stack: Any, input_shape: Any = None) -> str:
    return torch_code.source(unpack(stack, input_shape), STACK_TITLE)


def keras(stack: Any, input_shape: Any = None) -> str:
    return keras_code.source(unpack(stack, input_shape), STACK_TITLE)


def tf_nn(stack: Any, input_shape: Any = None) -> str:
    return tf_code.source(unpack(stack, input_shape), STACK_TITLE)


FRAMEWORKS: dict[str, Callable[[Any, Any], str]] = {"PyTorch": pytorch, "Keras": keras, "tf.nn": tf_nn}


def explorer_layers(params: LayerParams | LayerSettings, weight_shape: tuple[int, ...]) -> list[E.Layer]:
    """The explorer's layer as engine layers: its convolution (padding as set: 'same' stays
    TensorFlow's SAME, so each framework can say it its own way), activation and pooling."""
    p = params.params if isinstance(params, LayerSettings) else params
    f, c, kh, kw = (int(n) for n in weight_shape)
    conv = E.Conv2d(
        c,
        f,
        (kh, kw),
        p.stride,
        p.padding_arg(),
        p.dilation,
        bias=p.use_bias,
        padding_mode=p.padding_mode.value,
        seed=0,
    )
    make_activation, make_pool = ACTIVATION_LAYERS[p.activation], POOL_LAYERS[p.pooling]
    extra = [] if make_activation is None else [make_activation()]
    return [conv, *extra, *([] if make_pool is None else [make_pool(p)])]


def _layer_stack(params: LayerParams | LayerSettings, weight_shape: tuple[int, ...], input_hw: Any) -> Stack:
    p = params.params if isinstance(params, LayerSettings) else params
    layers = explorer_layers(p, weight_shape)
    stack = unpack(layers, (int(weight_shape[1]), int(input_hw[0]), int(input_hw[1])))
    if p.flip:
        note = (
            "The explorer's 'true convolution' flips the kernel; these frameworks cross-correlate, so load each "
            "kernel rotated 180° (w[..., ::-1, ::-1] in convviz's layout)."
        )
        stack = Stack(stack.steps, stack.input_shape, note)
    return stack


def layer_pytorch(params: LayerParams | LayerSettings, weight_shape: tuple[int, ...], input_hw: Any) -> str:
    return torch_code.source(_layer_stack(params, weight_shape, input_hw), LAYER_TITLE)


def layer_keras(params: LayerParams | LayerSettings, weight_shape: tuple[int, ...], input_hw: Any) -> str:
    return keras_code.source(_layer_stack(params, weight_shape, input_hw), LAYER_TITLE)


def layer_tf_nn(params: LayerParams | LayerSettings, weight_shape: tuple[int, ...], input_hw: Any) -> str:
    return tf_code.source(_layer_stack(params, weight_shape, input_hw), LAYER_TITLE)


LAYER_FRAMEWORKS = {"PyTorch": layer_pytorch, "Keras": layer_keras, "tf.nn": layer_tf_nn}
