"""A camera frame on its way through the app: the uint8 pixels it came as, and the float image
the layer reads, made once, on first use, by whichever thread needs it first.

The live controller hands frames over on the GUI thread; converting a 1080p frame there cost
4-9 ms of every frame before the worker could start. Now the explorer's worker converts it as
the first step of its job, and a tab that follows the camera at its own rate (stack, stepper)
reads the image already made. The input view draws the pixels themselves (no float → bytes).
"""

from __future__ import annotations

import sys
import threading

import numpy as np


class FrameConverter:
    """uint8 RGB camera frames -> read-only float32 images in [0, 1], in recycled buffers.

    A buffer is written again only when nothing outside this pool holds it any more (a view,
    a snapshot, a tab that kept the frame), so a frame handed out is never changed under its
    reader. Recycling keeps glibc from unmapping and faulting in megabytes per frame (measured
    2-3x slower on this pipeline). Dividing by float32 255 matches `as_image` bit for bit, so a
    paused frame equals a loaded one.

    A colour frame is stored as three planes (C, H, W) and handed out as its (H, W, 3) view:
    the layer's input is then that buffer itself (`to_chw` copies nothing), where transposing
    a 1080p frame cost the worker 4-9 ms a frame. Safe to call from several threads.
    """

    MAX_POOL = 6  # buffers kept for reuse (the state, the newest and last valid results, one being filled)

    def __init__(self) -> None:
        self._pool: list[np.ndarray] = []
        self._lock = threading.Lock()
        self.allocated = 0  # buffers made so far (a steady stream means frames are held too long)

    def _free_buffer(self, shape: tuple[int, ...]) -> np.ndarray:
        with self._lock:
            self._pool = [b for b in self._pool if b.shape == shape]
            for index in range(len(self._pool)):  # not enumerate: its tuple would hold one more reference
                buffer = self._pool[index]
                # References: the pool's list, this name and getrefcount's argument; every view
                # handed out (and every view of a view) holds one more.
                if sys.getrefcount(buffer) <= 3:
                    del self._pool[index]  # out of the pool while it is filled: no other thread takes it
                    break
            else:
                buffer = np.empty(shape, np.float32)
                self.allocated += 1
            return buffer

    def _give_back(self, buffer: np.ndarray) -> None:
        with self._lock:
            self._pool = (self._pool + [buffer])[-self.MAX_POOL :]

    def convert(self, frame: np.ndarray, mirror: bool = False) -> np.ndarray:
        source = frame[:, ::-1] if mirror else frame  # a view: the flip happens inside the divide
        planar = source.ndim == 3
        out = self._free_buffer((source.shape[2], *source.shape[:2]) if planar else source.shape)
        np.divide(source.transpose(2, 0, 1) if planar else source, np.float32(255.0), out=out)
        image = out.transpose(1, 2, 0) if planar else out[...]  # a view, so the buffer's count says it is held
        image.setflags(write=False)
        self._give_back(out)
        return image


class LiveFrame:
    """One camera frame: `raw` as the camera gave it (H, W, 3) uint8, `mirrored` as chosen,
    `pixels` as drawn (a view of raw), and `image()`, the float32 (H, W, 3) the layer reads.
    `captured_at`: time.perf_counter() when the source returned it (for the latency readout)."""

    def __init__(self, raw: np.ndarray, mirrored: bool, converter: FrameConverter, captured_at: float = 0.0) -> None:
        if raw.dtype != np.uint8 or raw.ndim != 3 or raw.shape[2] != 3:
            raise ValueError(f"a live frame is (H, W, 3) uint8, got {raw.dtype} {raw.shape}")
        self.raw, self.mirrored, self.captured_at = raw, mirrored, captured_at
        self._converter = converter
        self._image: np.ndarray | None = None
        self._lock = threading.Lock()

    @property
    def pixels(self) -> np.ndarray:
        return self.raw[:, ::-1] if self.mirrored else self.raw

    @property
    def shape(self) -> tuple[int, ...]:
        return self.raw.shape

    @property
    def converted(self) -> bool:
        return self._image is not None

    def image(self) -> np.ndarray:
        """The float image, converted on the first call (on the caller's thread) and kept."""
        with self._lock:
            if self._image is None:
                self._image = self._converter.convert(self.raw, self.mirrored)
            return self._image
