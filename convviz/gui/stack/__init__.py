"""The layer-stack tab: build a small CNN, see every layer's maps, costs and receptive fields."""

from .stack_widget import StackWidget

__all__ = ["StackWidget"]
