"""A user's own trained network (an ONNX model) on the engine: its graph, input, labels,
summary, receptive fields and gradients back to the input. Qt-free."""
