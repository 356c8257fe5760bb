import cv2
import numpy as np
import pytest

from convviz.camera import SourceError, SyntheticSource, list_devices, open_source, sources

from .conftest import VIDEO_FRAMES, VIDEO_SIZE, expected_rgb_frame, write_video


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


@pytest.mark.parametrize("spec", [99999999999, "99999999999", 100])
def test_camera_index_beyond_opencvs_range_is_a_source_error(spec):
    # 99999999999 does not fit a C int: OpenCV raised cv2.error and --camera crashed the app (R14).
    with pytest.raises(SourceError) as info:
        open_source(spec)
    assert str(info.value) == f"No camera at index {int(spec)}: camera indices run from 0 to 99."


@pytest.mark.parametrize("spec", [-1, "-1", " -1 "])
def test_negative_camera_index_is_named_as_an_index(spec):
    # "-1" used to be taken for a file name: "Video file not found: -1" (R15).
    with pytest.raises(SourceError) as info:
        open_source(spec)
    assert str(info.value) == "Camera index must be 0 or more, got -1."


def refuse(*args, **kwargs):
    """cv2.VideoCapture raising, as it does for arguments it cannot convert."""
    raise cv2.error("OpenCV(5.0.0) error: (-5:Bad argument) in function 'VideoCapture'")


@pytest.mark.parametrize(
    "spec, named",
    [
        ("3", "Could not open camera 3: "),
        ("rtsp://camera.invalid/live", "Could not open the stream rtsp://camera.invalid/live: "),
    ],
)
def test_any_opencv_error_while_opening_becomes_a_source_error(monkeypatch, spec, named):
    monkeypatch.setattr(cv2, "VideoCapture", refuse)
    with pytest.raises(SourceError) as info:
        open_source(spec)
    assert str(info.value).startswith(named) and "OpenCV reported an error" in str(info.value)


def test_an_opencv_error_on_a_file_names_the_file(monkeypatch, mjpg_video):
    monkeypatch.setattr(cv2, "VideoCapture", refuse)
    with pytest.raises(SourceError, match=f"Could not open {mjpg_video}: OpenCV reported an error"):
        open_source(str(mjpg_video))


def test_a_silent_stream_server_fails_within_the_open_timeout(monkeypatch, silent_server):
    # The server accepts and never answers; without a timeout OpenCV would wait 30 s (R16).
    monkeypatch.setattr(sources, "STREAM_TIMEOUT_MS", 300)
    real_capture, calls = cv2.VideoCapture, []

    def spy(*args):
        calls.append(args)
        return real_capture(*args)

    monkeypatch.setattr(cv2, "VideoCapture", spy)
    url = silent_server.url()
    with pytest.raises(SourceError) as info:
        open_source(url)
    assert str(info.value) == (
        f"Could not open the stream {url}: check the address and that the server answers within 0.3 s."
    )
    assert silent_server.accepted.is_set()  # it really connected, and gave up on the silence
    params = list(calls[0][2])
    assert params[params.index(cv2.CAP_PROP_OPEN_TIMEOUT_MSEC) + 1] == 300
    assert params[params.index(cv2.CAP_PROP_READ_TIMEOUT_MSEC) + 1] == 300


def test_a_stream_to_a_closed_port_fails_with_the_same_message(silent_server):
    url = silent_server.url()
    silent_server.close()  # nothing listens there any more
    with pytest.raises(SourceError, match="Could not open the stream http://127.0.0.1:"):
        open_source(url)


def test_a_video_longer_than_the_limit_is_downscaled_keeping_its_aspect(tmp_path):
    path = write_video(tmp_path / "tall.avi", (1000, 2600))
    source = open_source(str(path), realtime=False)
    try:
        ok, frame = source.read()
        assert ok and frame.shape == (2048, 788, 3)
        assert source.size == (788, 2048) and source.downscaled_from == (1000, 2600)
    finally:
        source.release()


def test_a_video_within_the_limit_is_left_alone(mjpg_video):
    source = open_source(str(mjpg_video), realtime=False)
    assert source.read()[1].shape == (VIDEO_SIZE[1], VIDEO_SIZE[0], 3) and source.downscaled_from is None
    source.release()


def test_the_synthetic_source_is_drawn_no_larger_than_live_frames_are_kept():
    from convviz.model.limits import LIVE_MAX_SIDE

    source = open_source("synthetic", resolution=(8000, 4000), realtime=False)
    try:
        ok, frame = source.read()
        assert ok and frame.shape == (LIVE_MAX_SIDE // 2, LIVE_MAX_SIDE, 3)
    finally:
        source.release()
