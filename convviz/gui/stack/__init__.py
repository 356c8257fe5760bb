"""The layer-stack tab: build a small CNN, see every layer's maps, costs and receptive fields."""

from convviz.gui.stack.stack_widget import StackWidget

__all__ = ["StackWidget"]
