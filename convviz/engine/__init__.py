"""The convolution engine: numpy + scipy only (no Qt, pyqtgraph or OpenCV), NCHW like
``torch.nn.functional``. See docs/engine-api.md for the contract."""

from convviz.engine.activations import (
    ACTIVATIONS,
    activation,
    activation_backward,
    dropout,
    dropout_backward,
    dropout_mask,
    flatten,
    flatten_backward,
    leaky_relu,
    leaky_relu_backward,
    linear,
    linear_backward,
    relu,
    relu_backward,
    sigmoid,
    sigmoid_backward,
    tanh,
    tanh_backward,
)
from convviz.engine.batchnorm import batch_norm2d, batch_norm2d_backward
from convviz.engine.conv import conv2d, conv2d_backward, conv2d_output_hw, conv2d_weight_grad
from convviz.engine.conv_transpose import conv_transpose2d, conv_transpose2d_backward, conv_transpose2d_output_hw
from convviz.engine.geometry import ConvGeometry, LayerGeometry, PoolGeometry, WindowAxis
from convviz.engine.layers import (
    AvgPool2d,
    BatchNorm2d,
    Conv2d,
    ConvTranspose2d,
    Dropout,
    Flatten,
    GlobalAvgPool2d,
    GlobalMaxPool2d,
    Layer,
    LeakyReLU,
    Linear,
    MaxPool2d,
    ReLU,
    Sequential,
    Sigmoid,
    Tanh,
)
from convviz.engine.losses import cross_entropy, cross_entropy_backward, log_softmax, softmax
from convviz.engine.optim import SGD, Adam
from convviz.engine.padding import PADDING_MODES, pad, resolve_padding
from convviz.engine.pool import (
    avg_pool2d,
    avg_pool2d_backward,
    global_avg_pool2d,
    global_avg_pool2d_backward,
    global_max_pool2d,
    global_max_pool2d_backward,
    max_pool2d,
    max_pool2d_argmax,
    max_pool2d_backward,
    pool2d_output_hw,
    pool_geometry,
)
from convviz.engine.receptive_field import (
    RFInfo,
    WindowCells,
    exact_extents,
    input_region,
    receptive_field,
    window_cells,
)
from convviz.engine.summary import Summary, SummaryRow, summary

__all__ = [name for name in dir() if not name.startswith("_")]
