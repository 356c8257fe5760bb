"""The live pipeline's per-frame maths alone, in one library, in its own process (so thread
pools do not fight): `python -m convviz.bench.live_maths --library convviz|cv2 --size WxH`.

Per frame: the camera's uint8 RGB frame to float32 in [0, 1], a 3×3 kernel per channel summed
into one map (VALID), ReLU, 2×2 max pooling — what `python -m convviz.bench live` runs, without
the drawing. The cv2 version is what a user would otherwise write: `cv2.filter2D` per channel,
`np.maximum`, and pooling as the maximum of four strided views. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np

FRAMES = 24  # distinct frames, rendered before timing (the source's drawing is not measured)


def _frames(size: tuple[int, int]) -> list[np.ndarray]:
    from convviz.camera.synthetic import SyntheticSource

    source = SyntheticSource(*size, realtime=False)
    return [source.render(i) for i in range(FRAMES)]


def _kernels() -> tuple[np.ndarray, float]:
    rng = np.random.default_rng(7)
    weight = rng.standard_normal((1, 3, 3, 3)).astype(np.float32) * np.float32(0.2)
    weight[0, :, 1, 1] += 1.0  # a sharpen-like kernel, so ReLU keeps much of the map (the check compares)
    return weight, -0.5


def convviz_step():
    from convviz import engine
    from convviz.model.live_frame import FrameConverter, LiveFrame
    from convviz.model.state import ColorMode, to_chw

    weight, bias = _kernels()
    converter = FrameConverter()
    b = np.array([bias], np.float32)

    def step(frame: np.ndarray) -> np.ndarray:
        x = to_chw(LiveFrame(frame, False, converter).image(), ColorMode.RGB)
        return engine.max_pool2d(engine.relu(engine.conv2d(x, weight, b)), 2, 2)

    return step


def cv2_step():
    import cv2

    weight, bias = _kernels()

    def step(frame: np.ndarray) -> np.ndarray:
        f = frame.astype(np.float32) / np.float32(255.0)
        acc = sum(cv2.filter2D(f[:, :, c], -1, weight[0, c], borderType=cv2.BORDER_CONSTANT) for c in range(3))
        acc = acc[1:-1, 1:-1] + np.float32(bias)  # VALID: the border cells saw padding
        np.maximum(acc, 0, out=acc)
        h, w = acc.shape[0] // 2 * 2, acc.shape[1] // 2 * 2
        rows = np.maximum(acc[0:h:2, :w], acc[1:h:2, :w])
        return np.maximum(rows[:, 0::2], rows[:, 1::2])[None]

    return step


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m convviz.bench.live_maths")
    parser.add_argument("--library", choices=("convviz", "cv2"), required=True)
    parser.add_argument("--size", default="640x480")
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.lower().split("x"))
    frames = _frames(size)  # type: ignore[arg-type]
    step = convviz_step() if args.library == "convviz" else cv2_step()
    for frame in frames[:3]:
        step(frame)  # warm-up: buffers, thread pools
    times, check = [], 0.0
    for i in range(args.repeats):
        frame = frames[i % FRAMES]
        started = time.perf_counter()
        out = step(frame)
        times.append((time.perf_counter() - started) * 1000.0)
        check += float(np.abs(out).sum())
    print(
        json.dumps({"library": args.library, "size": args.size, "median_ms": statistics.median(times), "check": check})
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
