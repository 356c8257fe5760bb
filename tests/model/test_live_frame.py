"""A camera frame on its way through the app: converted once, by whoever needs its floats
first, bit for bit like a loaded image; its own bytes are what the input view draws."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from convviz.model.layer.compute import compute, take_snapshot
from convviz.model.live_frame import FrameConverter, LiveFrame
from convviz.model.state import AppState, ColorMode, as_image, to_chw


def frame(seed: int, shape=(6, 9, 3)) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, shape, dtype=np.uint8)


def test_a_live_frame_is_converted_once_on_first_use_like_a_loaded_image():
    raw = frame(1)
    converter = FrameConverter()
    live = LiveFrame(raw, False, converter, captured_at=12.5)
    assert not live.converted and converter.allocated == 0  # nothing done until someone asks
    image = live.image()
    assert live.converted and live.image() is image  # kept: a second reader gets the same array
    np.testing.assert_array_equal(image, as_image(raw))
    assert image.dtype == np.float32 and not image.flags.writeable
    assert live.pixels is raw and live.captured_at == 12.5
    mirrored = LiveFrame(raw, True, converter)
    np.testing.assert_array_equal(mirrored.image(), as_image(raw[:, ::-1]))
    np.testing.assert_array_equal(mirrored.pixels, raw[:, ::-1])


def test_the_layer_input_is_the_converted_buffer_itself():
    """Three planes under an (H, W, 3) view: the layer's (3, H, W) input needs no copy."""
    image = LiveFrame(frame(2), False, FrameConverter()).image()
    x = to_chw(image, ColorMode.RGB)
    assert np.shares_memory(x, image)
    np.testing.assert_array_equal(x, np.transpose(as_image(frame(2)), (2, 0, 1)))


@pytest.mark.parametrize(
    "bad", [np.zeros((4, 4), np.uint8), np.zeros((4, 4, 3), np.float32), np.zeros((4, 4, 4), np.uint8)]
)
def test_a_frame_that_is_not_rgb_bytes_is_refused(bad):
    with pytest.raises(ValueError, match="uint8"):
        LiveFrame(bad, False, FrameConverter())


def test_the_input_state_hands_out_the_floats_and_the_frame():
    state = AppState()
    raw = frame(3)
    live = LiveFrame(raw, False, FrameConverter())
    seen = []
    state.input.changed.connect(seen.append)
    state.input.set_live_frame(live)
    assert seen == ["live_frame"] and state.input.is_live and state.input.live is live
    assert not live.converted  # announcing a frame converts nothing
    assert state.input.live_frame is live.image() and state.input.current is live.image()
    state.input.set_live_frame(None)
    assert not state.input.is_live and state.input.live is None and state.input.current is state.input.image


@pytest.mark.parametrize("mirror", [False, True])
def test_the_worker_draws_the_cameras_own_bytes_and_computes_on_its_floats(mirror):
    state = AppState()
    state.input.set_color_mode(ColorMode.RGB)
    raw = frame(4, (20, 24, 3))
    state.input.set_live_frame(LiveFrame(raw, mirror, FrameConverter()))
    snap = take_snapshot(state, 1)
    assert snap.picture is None and not snap.live.converted  # the GUI thread converts nothing
    result = compute(snap)
    seen = raw[:, ::-1] if mirror else raw
    np.testing.assert_array_equal(result.drawing.input, seen)  # exactly what the camera gave
    assert result.drawing.input.flags.c_contiguous  # a QImage's layout
    np.testing.assert_array_equal(result.x, np.transpose(as_image(seen), (2, 0, 1)))
    # The same picture loaded as an image gives the same maps, to the last bit.
    loaded = AppState()
    loaded.input.set_color_mode(ColorMode.RGB)
    loaded.input.set_image(seen)
    np.testing.assert_array_equal(compute(take_snapshot(loaded, 1)).activated, result.activated)


def test_gray_live_frames_are_drawn_from_their_luminance():
    state = AppState()
    raw = frame(5, (20, 24, 3))
    state.input.set_live_frame(LiveFrame(raw, False, FrameConverter()))
    result = compute(take_snapshot(state, 1))
    luma = to_chw(as_image(raw), ColorMode.GRAY)[0]
    expected = np.floor(luma * np.float32(255) + np.float32(0.5)).astype(np.uint8)  # half up, as drawn
    np.testing.assert_array_equal(result.drawing.input, expected)


def test_two_threads_converting_at_once_never_share_a_buffer():
    converter = FrameConverter()
    frames = [frame(10 + i, (32, 40, 3)) for i in range(8)]
    expected = [as_image(f) for f in frames]
    failures: list[str] = []
    held: list[tuple[int, np.ndarray]] = []
    lock = threading.Lock()

    def work(offset: int) -> None:
        for n in range(300):
            i = (n + offset) % len(frames)
            image = LiveFrame(frames[i], False, converter).image()
            if not np.array_equal(image, expected[i]):
                failures.append(f"frame {i} came out wrong")
            if n % 50 == 0:
                with lock:
                    held.append((i, image))  # kept: its buffer must never be written again

    threads = [threading.Thread(target=work, args=(k,)) for k in (0, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    for i, image in held:
        np.testing.assert_array_equal(image, expected[i])
