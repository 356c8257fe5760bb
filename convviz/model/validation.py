"""Explain, in one sentence a learner can act on, why a layer setting cannot run on this input.

The messages name the numbers involved, so the settings panel can show them next to the control
while the views keep the last result that did work.
"""

from __future__ import annotations

from .settings import LayerParams, PaddingMode, Pooling

Pair = tuple[int, int]
AXES = (("rows", "height", "top", "bottom"), ("columns", "width", "left", "right"))


def span(k: int, d: int) -> int:
    """Input cells covered by k taps spaced d apart."""
    return d * (k - 1) + 1


def check_layer(params: LayerParams, in_hw: Pair, kernel_hw: Pair) -> str | None:
    """None if the layer can run, else why not."""
    from convviz import engine  # imported here so the state module stays cheap to import

    pads = engine.resolve_padding(params.padding_arg(), in_hw, kernel_hw, params.stride, params.dilation)
    mode = params.padding_mode
    for axis, (cells, size_word, before, after) in enumerate(AXES):
        size = in_hw[axis]
        for side, pad in zip((before, after), pads[axis]):
            if mode is PaddingMode.REFLECT and pad >= size:
                return (f"Reflect padding mirrors the image, so each pad must be narrower than the "
                        f"image: {side} pad {pad} ≥ {size_word} {size}.")
            if mode is PaddingMode.CIRCULAR and pad > size:
                return (f"Circular padding wraps the image around, so a pad cannot exceed the "
                        f"image: {side} pad {pad} > {size_word} {size}.")
        padded = size + sum(pads[axis])
        reach = span(kernel_hw[axis], params.dilation)
        if reach > padded:
            return (f"The kernel's dilated span is {reach} {cells} ({kernel_hw[axis]} taps, dilation "
                    f"{params.dilation}) but the padded input has only {padded}: the output would be "
                    f"empty. Add padding, lower the dilation or use a smaller kernel.")
    out_hw = engine.conv2d_output_hw(in_hw, kernel_hw, params.stride, params.padding_arg(), params.dilation)
    return check_pooling(params, out_hw)


def check_pooling(params: LayerParams, conv_hw: Pair) -> str | None:
    if params.pooling in (Pooling.MAX, Pooling.AVG) and params.pool_size > min(conv_hw):
        return (f"The {params.pool_size}×{params.pool_size} pooling window does not fit the "
                f"{conv_hw[0]}×{conv_hw[1]} feature map. Use a smaller pool size or less stride.")
    return None
