import threading

from convviz.camera import SourceError
from convviz.camera.opener import SourceOpener

WAIT_S = 30.0  # generous: every wait ends as soon as its event is set


class Released:
    def __init__(self) -> None:
        self.released = threading.Event()

    def release(self) -> None:
        self.released.set()


def open_with(open_fn, on_done=None):
    finished = threading.Event()

    def done(opener):
        if on_done is not None:
            on_done(opener)
        finished.set()

    opener = SourceOpener(open_fn, "camera 0", done)
    opener.start()
    return opener, finished


def test_the_opened_source_is_handed_over_once():
    source = Released()
    opener, finished = open_with(lambda: source)
    assert finished.wait(WAIT_S)
    assert opener.take() is source and opener.take() is None
    assert opener.error is None and not source.released.is_set()


def test_a_source_error_is_kept_as_the_message():
    def fail():
        raise SourceError("No camera at index 0: it may be missing or in use by another program.")

    opener, finished = open_with(fail)
    assert finished.wait(WAIT_S)
    assert opener.take() is None
    assert opener.error == "No camera at index 0: it may be missing or in use by another program."


def test_an_unexpected_exception_becomes_a_message_naming_the_source():
    def crash():
        raise OSError("driver crashed")

    opener, finished = open_with(crash)
    assert finished.wait(WAIT_S)
    assert opener.error == "Could not open camera 0: driver crashed"


def test_cancelling_a_pending_open_releases_what_it_opens_later():
    proceed, source, called = threading.Event(), Released(), []

    def slow_open():
        proceed.wait(WAIT_S)  # a stream server that has not answered yet
        return source

    opener, _ = open_with(slow_open, on_done=called.append)
    opener.cancel()
    proceed.set()
    assert source.released.wait(WAIT_S)
    assert called == [] and opener.take() is None


def test_a_receiver_that_is_gone_does_not_leave_the_source_open():
    source = Released()

    def gone(opener):
        raise RuntimeError("Internal C++ object already deleted.")

    opener = SourceOpener(lambda: source, "camera 0", gone)
    opener.start()
    assert source.released.wait(WAIT_S)
