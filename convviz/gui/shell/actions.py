"""Every menu action as data: text, shortcut and tooltip, keyed by an enum (tests walk them all)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP  # marks a text for pyside6-lupdate; translated where shown


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
    Act.OPEN: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "&Open image…"),
        "Ctrl+O",
        QT_TRANSLATE_NOOP("Actions", "Load a picture to convolve."),
    ),
    Act.OPEN_MODEL: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Open &model…"),
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Open your own trained network (.onnx) in the Your model tab: its layers, maps, filters and class scores.",
        ),
    ),
    Act.EXPORT_PNG: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Export feature maps as &PNG…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Save each feature map, coloured as shown, as a PNG."),
    ),
    Act.EXPORT_NPY: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Export feature maps as .&npy…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Save the raw feature maps (F, H, W) as a NumPy file."),
    ),
    Act.EXPORT_KERNEL: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Export &kernel…"),
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Actions", "Save the filters as JSON."),
    ),
    Act.EXPORT_ANIMATION: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Export &animation…"),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Save the stepper's layer as an animated GIF or MP4 for slides (one frame per kernel position)."
        ),
    ),
    Act.LOAD_KERNEL: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Load k&ernels…"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Actions", "Replace the filters with ones saved as JSON (undoable)."),
    ),
    Act.SAVE_SESSION: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "&Save session…"),
        "Ctrl+S",
        QT_TRANSLATE_NOOP("Actions", "Save the layer, kernels and image path as JSON."),
    ),
    Act.LOAD_SESSION: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "&Load session…"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Restore a saved session."),
    ),
    Act.LIVE_START: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Live &camera…"),
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP(
            "Actions", "Feed camera frames (or a video, or the synthetic source) through the layer live."
        ),
    ),
    Act.LIVE_STOP: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Stop li&ve"),
        "",
        QT_TRANSLATE_NOOP("Actions", "Stop the camera; the last frame stays as the image."),
    ),
    Act.SCREENSHOT: ActionSpec(
        "File",
        QT_TRANSLATE_NOOP("Actions", "Screens&hot of window…"),
        "F12",
        QT_TRANSLATE_NOOP("Actions", "Save the window as a PNG."),
    ),
    Act.QUIT: ActionSpec(
        "File", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q", QT_TRANSLATE_NOOP("Actions", "Close convviz.")
    ),
    Act.RESET_VIEW: ActionSpec(
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Reset zoom"),
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Actions", "Fit every view to its data."),
    ),
    Act.ZOOM_TO_PIN: ActionSpec(
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Zoom to the pinned cell"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP(
            "Actions", "Zoom the input onto the pinned cell's receptive field (the maps follow); Ctrl+0 zooms back out."
        ),
    ),
    Act.COMPARE: ActionSpec(
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Keep these maps to compare"),
        "Ctrl+D",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Put the current maps beside the explorer's, then change a setting (VALID → SAME, stride 1 → 2) to compare.",  # noqa: E501 (one literal, as lupdate reads it)
        ),
    ),
    Act.FRAMEWORK_CODE: ActionSpec(
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Framework code…"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP(
            "Actions", "Show the layer (or, on the Layer stack tab, the whole stack) as PyTorch, Keras and tf.nn code."
        ),
    ),
    Act.TAB_LAYER: ActionSpec(
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Layer explorer"),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("Actions", "One layer: input, receptive field, feature maps."),
    ),
    Act.TAB_STEPPER: ActionSpec(
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Step by step"),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("Actions", "Walk the forward and backward pass window by window; learn a kernel."),
    ),
    Act.TAB_STACK: ActionSpec(
        "View",
        QT_TRANSLATE_NOOP("Actions", "Layer s&tack"),
        "Ctrl+3",
        QT_TRANSLATE_NOOP("Actions", "Build a stack of layers and see every layer's maps and the summary."),
    ),
    Act.TAB_MODEL: ActionSpec(
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Your model"),
        "Ctrl+4",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Your own ONNX model on the picture or the camera: layers, maps, filters, class scores, saliency.",
        ),
    ),
    Act.EXPLAIN: ActionSpec(
        "Help",
        QT_TRANSLATE_NOOP("Actions", "&What am I looking at?"),
        "F1",
        QT_TRANSLATE_NOOP(
            "Actions", "Explain what the current tab shows: on the explorer with the layer's own numbers."
        ),
    ),
    Act.SHORTCUTS: ActionSpec(
        "Help",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "",
        QT_TRANSLATE_NOOP("Actions", "Every shortcut of every tab, in one list."),
    ),
    Act.ABOUT: ActionSpec(
        "Help", QT_TRANSLATE_NOOP("Actions", "&About convviz"), "", QT_TRANSLATE_NOOP("Actions", "Version and credits.")
    ),
}
MENUS = ("File", "View", "Help")
MENU_TITLES = {  # as the menu bar shows them (translated there)
    "File": QT_TRANSLATE_NOOP("Menus", "&File"),
    "View": QT_TRANSLATE_NOOP("Menus", "&View"),
    "Help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}
