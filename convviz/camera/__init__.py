"""Live frame sources (OpenCV captures and a synthetic source), read off the GUI thread.

Qt-free: the GUI polls `FrameGrabber.latest()` from a timer and marshals `on_error` to its own thread.
"""

from convviz.camera.capture import Frame, FrameGrabber
from convviz.camera.recorder import VIDEO_CODECS, VideoRecorder, save_still
from convviz.camera.sources import FrameSource, SourceError, list_devices, open_source
from convviz.camera.synthetic import SyntheticSource

__all__ = [
    "Frame",
    "FrameGrabber",
    "FrameSource",
    "SourceError",
    "SyntheticSource",
    "VIDEO_CODECS",
    "VideoRecorder",
    "list_devices",
    "open_source",
    "save_still",
]
