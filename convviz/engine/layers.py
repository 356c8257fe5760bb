"""Layer specs named like torch.nn, and a Sequential stack that runs forward and backward.

Each layer knows its output shape, parameter count and multiply-adds from the input shape
alone (what ``summary`` prints), and runs on NCHW batches (what ``Sequential`` does).
Shapes are per sample: (C, H, W) for maps, (F,) after Flatten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from convviz.engine import activations as act, pool
from convviz.engine._args import pair
from convviz.engine.batchnorm import batch_norm2d, batch_norm2d_backward
from convviz.engine.conv import (
    KeptColumns,
    conv2d,
    conv2d_backward,
    conv2d_keeping_columns,
    conv2d_output_hw,
    conv2d_weight_grad,
)
from convviz.engine.conv_transpose import conv_transpose2d, conv_transpose2d_backward, conv_transpose2d_output_hw
from convviz.engine.kernels import random_kernel

Shape = tuple[int, ...]


class Layer:
    """Base: parameter-free, shape-preserving, elementwise."""

    params: dict[str, np.ndarray]
    grads: dict[str, np.ndarray]

    def __post_init__(self) -> None:
        self.params, self.grads = {}, {}

    @property
    def name(self) -> str:
        return type(self).__name__

    @property
    def num_params(self) -> int:
        return int(sum(p.size for p in self.params.values()))

    def output_shape(self, in_shape: Shape) -> Shape:
        return tuple(in_shape)

    def mult_adds(self, in_shape: Shape) -> int:
        return 0

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError


def _maps(in_shape: Shape, layer: str) -> Shape:
    if len(in_shape) != 3:
        raise ValueError(f"{layer} needs a (C, H, W) input, got shape {tuple(in_shape)}")
    return tuple(in_shape)


@dataclass
class Conv2d(Layer):
    in_channels: int
    out_channels: int
    kernel_size: Any
    stride: Any = 1
    padding: Any = 0
    dilation: Any = 1
    groups: int = 1
    bias: bool = True
    padding_mode: str = "zeros"
    seed: int | None = None
    # Not a field (set by Sequential.train). In training, forward keeps the im2col columns its
    # GEMM multiplied and the backward of the same input takes dW and db from them instead of
    # building them again; any backward drops them, and evaluation (the default) keeps nothing.
    training = False

    def __post_init__(self) -> None:
        super().__post_init__()
        self._kept: KeptColumns | None = None
        kh, kw = pair(self.kernel_size, "kernel_size")
        if self.in_channels % self.groups or self.out_channels % self.groups:
            raise ValueError(f"groups={self.groups} must divide in_channels and out_channels")
        shape = (self.out_channels, self.in_channels // self.groups, kh, kw)
        self.params["weight"] = random_kernel(shape, "he", self.seed)
        if self.bias:
            self.params["bias"] = np.zeros(self.out_channels)

    def _options(self) -> dict:
        return dict(
            stride=self.stride,
            padding=self.padding,
            dilation=self.dilation,
            groups=self.groups,
            padding_mode=self.padding_mode,
        )

    def output_shape(self, in_shape: Shape) -> Shape:
        c, h, w = _maps(in_shape, self.name)
        if c != self.in_channels:
            raise ValueError(f"{self.name} expects {self.in_channels} input channels, got {c}")
        kh, kw = pair(self.kernel_size, "kernel_size")
        return (self.out_channels, *conv2d_output_hw((h, w), (kh, kw), self.stride, self.padding, self.dilation))

    def mult_adds(self, in_shape: Shape) -> int:
        o, ho, wo = self.output_shape(in_shape)
        return o * ho * wo * int(np.prod(self.params["weight"].shape[1:]))

    def forward(self, x: np.ndarray) -> np.ndarray:
        self._kept = None  # a new forward pass: the last one's columns are of another input
        if not self.training:
            return conv2d(x, self.params["weight"], self.params.get("bias"), **self._options())
        y, self._kept = conv2d_keeping_columns(x, self.params["weight"], self.params.get("bias"), **self._options())
        return y

    def _take_kept(self) -> KeptColumns | None:
        """The columns the last forward pass kept, forgotten here (one backward uses them)."""
        kept, self._kept = self._kept, None
        return kept

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        kept = self._take_kept()
        dx, dw, db = conv2d_backward(grad_output, x, self.params["weight"], **self._options(), columns=kept)
        self.grads = {"weight": dw, **({"bias": db} if self.bias else {})}
        return dx

    def weight_backward(self, grad_output: np.ndarray, x: np.ndarray) -> None:
        """Only ``grads`` (the first layer of a network in training needs no input gradient)."""
        kept = self._take_kept()
        dw, db = conv2d_weight_grad(grad_output, x, self.params["weight"], **self._options(), columns=kept)
        self.grads = {"weight": dw, **({"bias": db} if self.bias else {})}


@dataclass
class ConvTranspose2d(Layer):
    in_channels: int
    out_channels: int
    kernel_size: Any
    stride: Any = 1
    padding: Any = 0
    output_padding: Any = 0
    groups: int = 1
    bias: bool = True
    dilation: Any = 1
    seed: int | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        kh, kw = pair(self.kernel_size, "kernel_size")
        shape = (self.in_channels, self.out_channels // self.groups, kh, kw)
        self.params["weight"] = random_kernel(shape, "glorot", self.seed)
        if self.bias:
            self.params["bias"] = np.zeros(self.out_channels)

    def _options(self) -> dict:
        return dict(
            stride=self.stride,
            padding=self.padding,
            output_padding=self.output_padding,
            groups=self.groups,
            dilation=self.dilation,
        )

    def output_shape(self, in_shape: Shape) -> Shape:
        c, h, w = _maps(in_shape, self.name)
        if c != self.in_channels:
            raise ValueError(f"{self.name} expects {self.in_channels} input channels, got {c}")
        hw = conv_transpose2d_output_hw(
            (h, w), self.kernel_size, self.stride, self.padding, self.output_padding, self.dilation
        )
        return (self.out_channels, *hw)

    def mult_adds(self, in_shape: Shape) -> int:
        c, h, w = in_shape
        return c * h * w * int(np.prod(self.params["weight"].shape[1:]))

    def forward(self, x: np.ndarray) -> np.ndarray:
        return conv_transpose2d(x, self.params["weight"], self.params.get("bias"), **self._options())

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        dx, dw, db = conv_transpose2d_backward(grad_output, x, self.params["weight"], **self._options())
        self.grads = {"weight": dw, **({"bias": db} if self.bias else {})}
        return dx


@dataclass
class MaxPool2d(Layer):
    kernel_size: Any
    stride: Any = None
    padding: Any = 0
    dilation: Any = 1
    ceil_mode: bool = False

    def _options(self) -> dict:
        return dict(
            kernel_size=self.kernel_size,
            stride=self.stride,
            padding=self.padding,
            dilation=self.dilation,
            ceil_mode=self.ceil_mode,
        )

    def output_shape(self, in_shape: Shape) -> Shape:
        c, h, w = _maps(in_shape, self.name)
        return (c, *pool.pool2d_output_hw((h, w), **self._options()))

    def forward(self, x: np.ndarray) -> np.ndarray:
        return pool.max_pool2d(x, **self._options())

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        return pool.max_pool2d_backward(grad_output, x, **self._options())


@dataclass
class AvgPool2d(Layer):
    kernel_size: Any
    stride: Any = None
    padding: Any = 0
    ceil_mode: bool = False
    count_include_pad: bool = True

    def _options(self) -> dict:
        return dict(
            kernel_size=self.kernel_size,
            stride=self.stride,
            padding=self.padding,
            ceil_mode=self.ceil_mode,
            count_include_pad=self.count_include_pad,
        )

    def output_shape(self, in_shape: Shape) -> Shape:
        c, h, w = _maps(in_shape, self.name)
        hw = pool.pool2d_output_hw((h, w), self.kernel_size, self.stride, self.padding, 1, self.ceil_mode)
        return (c, *hw)

    def forward(self, x: np.ndarray) -> np.ndarray:
        return pool.avg_pool2d(x, **self._options())

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        return pool.avg_pool2d_backward(grad_output, x, **self._options())


@dataclass
class GlobalAvgPool2d(Layer):
    def output_shape(self, in_shape: Shape) -> Shape:
        return (_maps(in_shape, self.name)[0], 1, 1)

    def forward(self, x: np.ndarray) -> np.ndarray:
        return pool.global_avg_pool2d(x)

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        return pool.global_avg_pool2d_backward(grad_output, x)


@dataclass
class GlobalMaxPool2d(GlobalAvgPool2d):
    def forward(self, x: np.ndarray) -> np.ndarray:
        return pool.global_max_pool2d(x)

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        return pool.global_max_pool2d_backward(grad_output, x)


@dataclass
class _Elementwise(Layer):
    kind: str = field(default="none", init=False)

    def forward(self, x: np.ndarray) -> np.ndarray:
        return act.activation(self.kind, x)

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        return act.activation_backward(self.kind, grad_output, x)

    def backward_from_output(self, grad_output: np.ndarray, y: np.ndarray) -> np.ndarray | None:
        """The same gradient from the layer's output y (tanh′ = 1 − y², sigmoid′ = y·(1 − y)),
        which saves computing the activation again; None where y alone does not decide it."""
        if self.kind == "tanh":
            return (grad_output * (1 - y * y)).astype(y.dtype, copy=False)
        if self.kind == "sigmoid":
            return (grad_output * y * (1 - y)).astype(y.dtype, copy=False)
        return None


@dataclass
class ReLU(_Elementwise):
    kind: str = field(default="relu", init=False)


@dataclass
class Sigmoid(_Elementwise):
    kind: str = field(default="sigmoid", init=False)


@dataclass
class Tanh(_Elementwise):
    kind: str = field(default="tanh", init=False)


@dataclass
class LeakyReLU(Layer):
    negative_slope: float = 0.01

    def forward(self, x: np.ndarray) -> np.ndarray:
        return act.leaky_relu(x, self.negative_slope)

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        return act.leaky_relu_backward(grad_output, x, self.negative_slope)


@dataclass
class Dropout(Layer):
    p: float = 0.5
    seed: int = 0
    training: bool = True

    def forward(self, x: np.ndarray) -> np.ndarray:
        return act.dropout(x, self.p, self.seed, self.training)

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        return act.dropout_backward(grad_output, self.p, self.seed, self.training)


@dataclass
class BatchNorm2d(Layer):
    """torch.nn.BatchNorm2d: learned per-channel scale and shift; in training the batch's own
    statistics normalise and the running ones follow them, in evaluation the running ones do."""

    num_features: int
    eps: float = 1e-5
    momentum: float = 0.1
    training: bool = True

    def __post_init__(self) -> None:
        super().__post_init__()
        self.params["weight"] = np.ones(self.num_features)
        self.params["bias"] = np.zeros(self.num_features)
        self.running_mean = np.zeros(self.num_features)
        self.running_var = np.ones(self.num_features)

    def output_shape(self, in_shape: Shape) -> Shape:
        c, h, w = _maps(in_shape, self.name)
        if c != self.num_features:
            raise ValueError(f"{self.name} expects {self.num_features} channels, got {c}")
        return (c, h, w)

    def mult_adds(self, in_shape: Shape) -> int:
        return int(np.prod(in_shape))

    def forward(self, x: np.ndarray) -> np.ndarray:
        return batch_norm2d(
            x,
            self.params["weight"],
            self.params["bias"],
            self.running_mean,
            self.running_var,
            self.training,
            self.momentum,
            self.eps,
        )

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        dx, dw, db = batch_norm2d_backward(
            grad_output, x, self.params["weight"], self.running_mean, self.running_var, self.training, self.eps
        )
        self.grads = {"weight": dw, "bias": db}
        return dx


@dataclass
class Flatten(Layer):
    def output_shape(self, in_shape: Shape) -> Shape:
        return (int(np.prod(in_shape)),)

    def forward(self, x: np.ndarray) -> np.ndarray:
        return act.flatten(x, 1)

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        return act.flatten_backward(grad_output, x.shape)


@dataclass
class Linear(Layer):
    in_features: int
    out_features: int
    bias: bool = True
    seed: int | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        shape = (self.out_features, self.in_features, 1, 1)  # fan-in = in_features, fan-out = out_features
        self.params["weight"] = random_kernel(shape, "glorot", self.seed).reshape(shape[:2])
        if self.bias:
            self.params["bias"] = np.zeros(self.out_features)

    def output_shape(self, in_shape: Shape) -> Shape:
        if tuple(in_shape) != (self.in_features,):
            if len(in_shape) == 1:
                raise ValueError(f"Linear expects {self.in_features} input features but gets {in_shape[0]}")
            size = "×".join(str(int(n)) for n in in_shape)
            article = "an" if size[0] == "8" or size.split("×")[0] in ("11", "18") else "a"
            raise ValueError(
                f"Linear expects {self.in_features} input features but gets {article} {size} map: "
                "add a Flatten before it"
            )
        return (self.out_features,)

    def mult_adds(self, in_shape: Shape) -> int:
        return self.in_features * self.out_features

    def forward(self, x: np.ndarray) -> np.ndarray:
        return act.linear(x, self.params["weight"], self.params.get("bias"))

    def backward(self, grad_output: np.ndarray, x: np.ndarray) -> np.ndarray:
        dx, dw, db = act.linear_backward(grad_output, x, self.params["weight"])
        self.grads = {"weight": dw, **({"bias": db} if self.bias else {})}
        return dx


class Sequential:
    """Runs layers in order on an (N, C, H, W) batch, keeping each layer's input for backward."""

    def __init__(self, layers: list[Layer]) -> None:
        self.layers = list(layers)
        self._inputs: list[np.ndarray] = []
        self._output: np.ndarray | None = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        self._inputs = []
        for layer in self.layers:
            self._inputs.append(x)
            x = layer.forward(x)
        self._output = x
        return x

    def activations(self, x: np.ndarray) -> list[np.ndarray]:
        """Every layer's output for x, in order (what the stack view shows)."""
        outs = []
        for layer in self.layers:
            x = layer.forward(x)
            outs.append(x)
        return outs

    def backward(self, grad_output: np.ndarray) -> np.ndarray:
        """Every layer's gradients (``layer.grads``), last to first; returns the input's."""
        dx = self._backward(grad_output, input_grad=True)
        assert dx is not None
        return dx

    def backward_weights(self, grad_output: np.ndarray) -> None:
        """Every layer's gradients, without the input's: what a training step needs, and a
        first convolution then skips the most expensive half of its backward pass."""
        self._backward(grad_output, input_grad=False)

    def _backward(self, grad_output: np.ndarray, input_grad: bool) -> np.ndarray | None:
        if len(self._inputs) != len(self.layers) or self._output is None:
            raise ValueError("backward needs a forward pass first")
        g = grad_output
        for i in reversed(range(len(self.layers))):
            layer, x = self.layers[i], self._inputs[i]
            if i == 0 and not input_grad and isinstance(layer, Conv2d):
                layer.weight_backward(g, x)
                return None
            if isinstance(layer, _Elementwise):
                y = self._inputs[i + 1] if i + 1 < len(self.layers) else self._output
                from_output = layer.backward_from_output(g, y)
                if from_output is not None:
                    g = from_output
                    continue
            g = layer.backward(g, x)
        return g if input_grad else None

    def parameters(self) -> list[np.ndarray]:
        """Every learned array, layer by layer in order, each layer's in its params' order."""
        return [p for layer in self.layers for p in layer.params.values()]

    def gradients(self) -> list[np.ndarray]:
        """The gradients of the last backward pass, in the order of ``parameters()``."""
        return [layer.grads[name] for layer in self.layers for name in layer.params]

    def train(self, mode: bool = True) -> None:
        """Training or evaluation behaviour for the layers that have both (dropout, batch norm;
        a convolution in training keeps its forward pass's im2col columns for the backward)."""
        for layer in self.layers:
            if hasattr(layer, "training"):
                layer.training = mode
