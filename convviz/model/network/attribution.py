"""Which input pixels a class score depends on, by the engine's backward pass through the graph.

- Saliency (Simonyan et al. 2014): |∂ score / ∂ input|, the largest over the channels.
- Grad-CAM (Selvaraju et al. 2017): a convolution layer's maps A_k weighted by the mean of
  ∂ score / ∂ A_k over each map, summed, ReLU'd and stretched to the input's size.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from convviz.model.network.network import Network


def class_scores(network: Network, image: np.ndarray) -> np.ndarray:
    """The model's first output for one (C, H, W) image, flattened."""
    return network.forward(image[None]).reshape(-1)


def _seed(output: np.ndarray, class_index: int) -> np.ndarray:
    if not 0 <= class_index < output[0].size:
        raise ValueError(f"class {class_index} is not one of the model's {output[0].size} outputs")
    seed = np.zeros_like(output)
    seed.reshape(-1)[class_index] = 1
    return seed


def saliency(network: Network, image: np.ndarray, class_index: int) -> np.ndarray:
    """|∂ score_class / ∂ pixel|, the largest over channels: an (H, W) map, ≥ 0."""
    graph = network.graph
    values = network.run(image[None])
    grads = graph.backward(values, graph.output, _seed(values[graph.output], class_index), {graph.input})
    return np.abs(grads[graph.input][0]).max(axis=0)


def grad_cam(network: Network, image: np.ndarray, class_index: int, layer: str, stretch: bool = True) -> np.ndarray:
    """Grad-CAM of one class on one layer's maps (N, C, h, w), ≥ 0: (h, w), or stretched
    bilinearly to the input's (H, W) to lay over the image."""
    graph = network.graph
    values = network.run(image[None])
    if layer not in values or np.ndim(values[layer]) != 4:
        raise ValueError(f"{layer!r} is not a layer with maps")
    grads = graph.backward(values, graph.output, _seed(values[graph.output], class_index), {layer})
    maps, g = values[layer][0], grads[layer][0]
    weights = g.mean(axis=(1, 2))
    cam = np.maximum(np.tensordot(weights, maps, axes=1), 0)
    if not stretch:
        return cam
    h, w = network.input_shape[1:]
    return ndimage.zoom(cam, (h / cam.shape[0], w / cam.shape[1]), order=1, grid_mode=True, mode="nearest")


def conv_layers(network: Network) -> list[str]:
    """The layers Grad-CAM can use (convolutions), first to last."""
    return [n.output for n in network.graph.nodes if n.op.kind == "Conv"]
