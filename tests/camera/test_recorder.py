import cv2
import numpy as np
import pytest

from convviz.camera import SyntheticSource, VideoRecorder, open_source, save_still


@pytest.mark.parametrize("suffix", [".avi", ".mp4"])
def test_recorder_round_trip(tmp_path, suffix):
    path = tmp_path / f"recording{suffix}"
    source = SyntheticSource(320, 240, realtime=False)
    with VideoRecorder(path, fps=25, size=(320, 240)) as recorder:
        for _ in range(10):
            recorder.write(source.read()[1])
        assert recorder.frames_written == 10
    assert not recorder.is_open

    capture = cv2.VideoCapture(str(path))
    assert capture.isOpened()
    assert int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)) == 320
    assert int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)) == 240
    count = 0
    while capture.read()[0]:
        count += 1
    capture.release()
    assert count == 10


def test_recorded_colours_keep_rgb_order(tmp_path):
    path = tmp_path / "red.avi"
    red = np.zeros((64, 64, 3), np.uint8)
    red[..., 0] = 255
    with VideoRecorder(path, fps=10, size=(64, 64)) as recorder:
        recorder.write(red)
    source = open_source(str(path), realtime=False)
    ok, frame = source.read()
    source.release()
    assert ok and frame[..., 0].mean() > 230 and frame[..., 1:].mean() < 25


def test_unsupported_extension_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match=r"\.avi, \.mp4"):
        VideoRecorder(tmp_path / "clip.webm", fps=30, size=(64, 64))


def test_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        VideoRecorder(tmp_path / "absent" / "clip.avi", fps=30, size=(64, 64))


def test_wrong_frame_size_is_refused_not_silently_dropped(tmp_path):
    with VideoRecorder(tmp_path / "clip.avi", fps=30, size=(64, 48)) as recorder:
        with pytest.raises(ValueError, match="64x48"):
            recorder.write(np.zeros((64, 64, 3), np.uint8))
        with pytest.raises(ValueError, match="uint8"):
            recorder.write(np.zeros((48, 64, 3), np.float32))


def test_write_after_close_is_refused(tmp_path):
    recorder = VideoRecorder(tmp_path / "clip.avi", fps=30, size=(64, 48))
    recorder.close()
    recorder.close()  # idempotent
    with pytest.raises(ValueError, match="closed"):
        recorder.write(np.zeros((48, 64, 3), np.uint8))


@pytest.mark.parametrize("name", ["still.png", "still.bmp", "stíll ünicode.png"])
def test_save_still_writes_rgb_exactly(tmp_path, name):
    frame = SyntheticSource(120, 90).render(7)
    path = tmp_path / name
    save_still(path, frame)
    loaded = cv2.imdecode(np.fromfile(path, np.uint8), cv2.IMREAD_COLOR)
    np.testing.assert_array_equal(cv2.cvtColor(loaded, cv2.COLOR_BGR2RGB), frame)


def test_save_still_errors(tmp_path):
    frame = np.zeros((10, 10, 3), np.uint8)
    with pytest.raises(ValueError, match="unsupported image type"):
        save_still(tmp_path / "still.xyz", frame)
    with pytest.raises(OSError):
        save_still(tmp_path / "absent" / "still.png", frame)
