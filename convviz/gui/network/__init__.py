"""The "Your model" tab: a user's own ONNX model at work on the current image or the camera."""

from convviz.gui.network.network_tab import NetworkTab

__all__ = ["NetworkTab"]
