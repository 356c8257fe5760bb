import numpy as np
import pytest

from convviz.camera import SourceError, SyntheticSource, list_devices, open_source

from .conftest import VIDEO_FRAMES, VIDEO_SIZE, expected_rgb_frame


def test_file_gives_rgb_frames_of_the_right_size(mjpg_video):
    source = open_source(str(mjpg_video), realtime=False)
    try:
        assert source.is_opened()
        assert source.size == VIDEO_SIZE
        assert source.fps == pytest.approx(30.0)
        ok, frame = source.read()
        assert ok and frame.shape == (VIDEO_SIZE[1], VIDEO_SIZE[0], 3) and frame.dtype == np.uint8
        red, green, blue = (float(frame[..., c].mean()) for c in range(3))
        assert red > 230 and green < 25 and blue < 25, "first frame is pure red: channels must be RGB"
    finally:
        source.release()
    assert not source.is_opened()


def test_lossless_file_round_trips_exact_pixels(lossless_video):
    source = open_source(lossless_video, realtime=False)  # a PathLike is accepted too
    frames = []
    while True:
        ok, frame = source.read()
        if not ok:
            break
        frames.append(frame)
    source.release()
    assert len(frames) == VIDEO_FRAMES
    for index, frame in enumerate(frames):
        np.testing.assert_array_equal(frame, expected_rgb_frame(index))


def test_file_rewinds_to_the_first_frame(lossless_video):
    source = open_source(str(lossless_video), realtime=False)
    while source.read()[0]:
        pass
    assert source.rewind()
    ok, frame = source.read()
    assert ok
    np.testing.assert_array_equal(frame, expected_rgb_frame(0))
    source.release()


def test_synthetic_spec_and_resolution():
    source = open_source("synthetic", resolution=(200, 100), realtime=False)
    assert isinstance(source, SyntheticSource)
    assert source.read()[1].shape == (100, 200, 3)


@pytest.mark.parametrize("spec", [97, "97", " 97 "])
def test_missing_camera_raises_source_error(spec):
    with pytest.raises(SourceError, match=r"No camera at index 97: it may be missing or in use"):
        open_source(spec)


def test_missing_file_raises_source_error(tmp_path):
    missing = tmp_path / "nope.avi"
    with pytest.raises(SourceError, match="Video file not found") as info:
        open_source(str(missing))
    assert str(missing) in str(info.value)


def test_undecodable_file_raises_source_error(tmp_path):
    junk = tmp_path / "junk.avi"
    junk.write_bytes(b"this is not a video" * 100)
    with pytest.raises(SourceError, match="junk.avi"):
        open_source(str(junk))


@pytest.mark.parametrize("spec", ["", -1, True])
def test_nonsense_specs_raise_source_error(spec):
    with pytest.raises(SourceError):
        open_source(spec)


def test_list_devices_is_quick_and_returns_indices():
    devices = list_devices(max_index=3)
    assert isinstance(devices, list) and all(isinstance(i, int) for i in devices)
