"""The stepper tab: walk one conv layer forward and backward step by step, check the gradients,
and learn a kernel by gradient descent."""

from convviz.gui.stepper.stepper_widget import StepperWidget

__all__ = ["StepperWidget"]
