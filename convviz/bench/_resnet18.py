"""A ResNet-18-sized ONNX model with random weights, built with onnx.helper (no torch needed):
the torchvision layout (7×7/2 stem, 3×3/2 max pool, four stages of two basic blocks, 64–512
channels, global average pool, 1000 classes) with BatchNorm folded into the convolutions, as
exporters write it. 11.7 M parameters, 1.8 G mult-adds at 224×224."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.nodes: list[onnx.NodeProto] = []
        self.weights: list[onnx.TensorProto] = []
        self.count = 0

    def _name(self, kind: str) -> str:
        self.count += 1
        return f"{kind}_{self.count}"

    def conv(self, x: str, cin: int, cout: int, k: int, stride: int, relu: bool) -> str:
        name = self._name("conv")
        w = self.rng.normal(0, np.sqrt(2 / (cin * k * k)), (cout, cin, k, k)).astype(np.float32)
        b = self.rng.normal(0, 0.01, cout).astype(np.float32)
        self.weights += [numpy_helper.from_array(w, f"{name}.w"), numpy_helper.from_array(b, f"{name}.b")]
        p = k // 2
        self.nodes.append(
            helper.make_node(
                "Conv", [x, f"{name}.w", f"{name}.b"], [name], name=name, strides=[stride] * 2, pads=[p] * 4
            )
        )
        if not relu:
            return name
        self.nodes.append(helper.make_node("Relu", [name], [f"{name}.relu"], name=f"{name}.relu"))
        return f"{name}.relu"

    def block(self, x: str, cin: int, cout: int, stride: int) -> str:
        y = self.conv(self.conv(x, cin, cout, 3, stride, True), cout, cout, 3, 1, False)
        skip = x if stride == 1 and cin == cout else self.conv(x, cin, cout, 1, stride, False)
        add = self._name("add")
        self.nodes.append(helper.make_node("Add", [y, skip], [add], name=add))
        self.nodes.append(helper.make_node("Relu", [add], [f"{add}.relu"], name=f"{add}.relu"))
        return f"{add}.relu"


def build(seed: int = 0, classes: int = 1000) -> onnx.ModelProto:
    b = _Builder(seed)
    x = b.conv("input", 3, 64, 7, 2, True)
    b.nodes.append(
        helper.make_node("MaxPool", [x], ["pool"], name="pool", kernel_shape=[3, 3], strides=[2, 2], pads=[1] * 4)
    )
    x, cin = "pool", 64
    for cout, stride in ((64, 1), (128, 2), (256, 2), (512, 2)):
        x = b.block(x, cin, cout, stride)
        x = b.block(x, cout, cout, 1)
        cin = cout
    b.nodes.append(helper.make_node("GlobalAveragePool", [x], ["gap"], name="gap"))
    b.nodes.append(helper.make_node("Flatten", ["gap"], ["flat"], name="flat", axis=1))
    w = b.rng.normal(0, np.sqrt(1 / 512), (classes, 512)).astype(np.float32)
    b.weights += [numpy_helper.from_array(w, "fc.w"), numpy_helper.from_array(np.zeros(classes, np.float32), "fc.b")]
    b.nodes.append(helper.make_node("Gemm", ["flat", "fc.w", "fc.b"], ["logits"], name="fc", transB=1))
    graph = helper.make_graph(
        b.nodes,
        "resnet18_random",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, 224, 224])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", classes])],
        b.weights,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="convviz.bench")
    onnx.checker.check_model(model)
    return model


def write(path: Path, seed: int = 0) -> Path:
    onnx.save_model(build(seed), str(path))
    return path
