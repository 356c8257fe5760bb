"""Every menu action as data: text, shortcut and tooltip, keyed by an enum (tests walk them all)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto


class Act(Enum):
    OPEN = auto()
    OPEN_MODEL = auto()
    EXPORT_PNG = auto()
    EXPORT_NPY = auto()
    EXPORT_KERNEL = auto()
    EXPORT_ANIMATION = auto()
    LOAD_KERNEL = auto()
    SAVE_SESSION = auto()
    LOAD_SESSION = auto()
    LIVE_START = auto()
    LIVE_STOP = auto()
    SCREENSHOT = auto()
    QUIT = auto()
    RESET_VIEW = auto()
    ZOOM_TO_PIN = auto()
    COMPARE = auto()
    FRAMEWORK_CODE = auto()
    TAB_LAYER = auto()
    TAB_STEPPER = auto()
    TAB_STACK = auto()
    TAB_MODEL = auto()
    EXPLAIN = auto()
    SHORTCUTS = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class ActionSpec:
    menu: str  # "File", "View" or "Help"
    text: str
    shortcut: str  # QKeySequence text; "" for none
    tip: str


ACTIONS: dict[Act, ActionSpec] = {
    Act.OPEN: ActionSpec("File", "&Open image…", "Ctrl+O", "Load a picture to convolve."),
    Act.OPEN_MODEL: ActionSpec(
        "File",
        "Open &model…",
        "Ctrl+Shift+O",
        "Open your own trained network (.onnx) in the Your model tab: its layers, maps, filters and class scores.",
    ),
    Act.EXPORT_PNG: ActionSpec(
        "File", "Export feature maps as &PNG…", "Ctrl+E", "Save each feature map, coloured as shown, as a PNG."
    ),
    Act.EXPORT_NPY: ActionSpec(
        "File", "Export feature maps as .&npy…", "Ctrl+Shift+E", "Save the raw feature maps (F, H, W) as a NumPy file."
    ),
    Act.EXPORT_KERNEL: ActionSpec("File", "Export &kernel…", "Ctrl+K", "Save the filters as JSON."),
    Act.EXPORT_ANIMATION: ActionSpec(
        "File",
        "Export &animation…",
        "",
        "Save the stepper's layer as an animated GIF or MP4 for slides (one frame per kernel position).",
    ),
    Act.LOAD_KERNEL: ActionSpec(
        "File", "Load k&ernels…", "Ctrl+Shift+K", "Replace the filters with ones saved as JSON (undoable)."
    ),
    Act.SAVE_SESSION: ActionSpec("File", "&Save session…", "Ctrl+S", "Save the layer, kernels and image path as JSON."),
    Act.LOAD_SESSION: ActionSpec("File", "&Load session…", "Ctrl+L", "Restore a saved session."),
    Act.LIVE_START: ActionSpec(
        "File",
        "Live &camera…",
        "Ctrl+Shift+L",
        "Feed camera frames (or a video, or the synthetic source) through the layer live.",
    ),
    Act.LIVE_STOP: ActionSpec("File", "Stop li&ve", "", "Stop the camera; the last frame stays as the image."),
    Act.SCREENSHOT: ActionSpec("File", "Screens&hot of window…", "F12", "Save the window as a PNG."),
    Act.QUIT: ActionSpec("File", "&Quit", "Ctrl+Q", "Close convviz."),
    Act.RESET_VIEW: ActionSpec("View", "&Reset zoom", "Ctrl+0", "Fit every view to its data."),
    Act.ZOOM_TO_PIN: ActionSpec(
        "View",
        "&Zoom to the pinned cell",
        "Ctrl+F",
        "Zoom the input onto the pinned cell's receptive field (the maps follow); Ctrl+0 zooms back out.",
    ),
    Act.COMPARE: ActionSpec(
        "View",
        "&Keep these maps to compare",
        "Ctrl+D",
        "Put the current maps beside the explorer's, then change a setting (VALID → SAME, stride 1 → 2) to compare.",
    ),
    Act.FRAMEWORK_CODE: ActionSpec(
        "View",
        "&Framework code…",
        "Ctrl+Shift+C",
        "Show the layer (or, on the Layer stack tab, the whole stack) as PyTorch, Keras and tf.nn code.",
    ),
    Act.TAB_LAYER: ActionSpec("View", "&Layer explorer", "Ctrl+1", "One layer: input, receptive field, feature maps."),
    Act.TAB_STEPPER: ActionSpec(
        "View", "&Step by step", "Ctrl+2", "Walk the forward and backward pass window by window; learn a kernel."
    ),
    Act.TAB_STACK: ActionSpec(
        "View", "Layer s&tack", "Ctrl+3", "Build a stack of layers and see every layer's maps and the summary."
    ),
    Act.TAB_MODEL: ActionSpec(
        "View",
        "&Your model",
        "Ctrl+4",
        "Your own ONNX model on the picture or the camera: layers, maps, filters, class scores, saliency.",
    ),
    Act.EXPLAIN: ActionSpec(
        "Help",
        "&What am I looking at?",
        "F1",
        "Explain what the current tab shows: on the explorer with the layer's own numbers.",
    ),
    Act.SHORTCUTS: ActionSpec("Help", "&Keyboard shortcuts", "", "Every shortcut of every tab, in one list."),
    Act.ABOUT: ActionSpec("Help", "&About convviz", "", "Version and credits."),
}
MENUS = ("File", "View", "Help")
