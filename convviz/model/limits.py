"""The budgets that keep convviz responsive and its memory bounded, in one place.

Each is far beyond what a lesson or an experiment needs and far below what would freeze the
window or exhaust memory on a laptop; README's "Limits" section lists them with these reasons.
Qt-free: the readers, the models and the views all check against the same numbers.
"""

from __future__ import annotations

# Images: decoded at most this many pixels (a 50 MP phone photo opens; a 684 KB PNG that claims
# 13000×13000 would need 4 GB to decode and is refused from its header, before any decoding).
IMAGE_MAX_PIXELS = 50_000_000
# ... and worked on at most this long a side (larger pictures are downscaled, with a note).
IMAGE_MAX_SIDE = 2048
# Live frames are downscaled to the same side, so an 8K video costs what a 2048 px one does.
LIVE_MAX_SIDE = IMAGE_MAX_SIDE

# The explorer's filter bank: every filter gets its own feature map on screen.
MAX_FILTERS = 64

# Files a user opens are read whole; these bound what is read before it is decoded.
KERNEL_FILE_MAX_BYTES = 2 * 2**20  # 64 RGB 15×15 filters as text take about 1 MiB
SESSION_FILE_MAX_BYTES = 4 * 2**20
STACK_FILE_MAX_BYTES = 1 * 2**20

# Layer stacks: every layer's output is kept (each is drawn as tiles).
STACK_MAX_LAYERS = 64
STACK_MAX_ACTIVATION_BYTES = 512 * 2**20  # all layers' outputs together, as float64
STACK_MAX_WEIGHTS = 16_000_000  # all layers' parameters together (128 MiB as float64)
WEIGHTS_FILE_MAX_BYTES = 256 * 2**20  # an .npz, counted uncompressed (a zip bomb is refused)
# A stack is recomputed on every change; the engine does roughly 0.5–2.5 billion multiply-adds a
# second on 2 cores, so this keeps one change to a few seconds.
STACK_MAX_MULT_ADDS = 2_000_000_000

# Training on a folder of images (one sub-folder per class): each image is read and shrunk to
# the stack's input on load, so these bound both the time to read and the memory held.
TRAIN_MAX_CLASSES = 100
TRAIN_MAX_IMAGES = 20_000


def mib(size: float) -> str:
    """Bytes as a short human figure: '512 MiB', '1.5 GiB'."""
    if size >= 2**30:
        return f"{size / 2**30:.1f} GiB"
    return f"{size / 2**20:.0f} MiB" if size >= 2**20 else f"{size / 1024:.0f} KiB"


# An ONNX model, its weights inside or in sibling files together (ResNet-50 is about 100 MB).
ONNX_FILE_MAX_BYTES = 1024 * 2**20
ONNX_MAX_NODES = 5_000
# The largest side a model whose file leaves its input size open is run at, and the most one
# pass may keep: every layer's output is kept for the maps (a ResNet-18 keeps 0.1 GiB at 224²,
# about 2 GiB at 1024²: there the budget says to pick a smaller size).
MODEL_MAX_SIDE = 1024
MODEL_MAX_VALUE_BYTES = 1536 * 2**20
