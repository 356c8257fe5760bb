"""The latest-only worker: newest request wins, errors become replies, nothing after shutdown."""

import threading

from convviz.model.latest_only import LatestOnlyWorker


def _worker(delivered, run=lambda n: n * 10, done=None):
    def deliver(reply):
        delivered.append(reply)
        if done is not None:
            done.set()

    return LatestOnlyWorker(run, deliver, lambda request, exc: ("error", request, str(exc)))


def test_a_burst_costs_one_run_of_the_newest_request():
    delivered, gate, ran, done = [], threading.Event(), [], threading.Event()
    worker = _worker(delivered, run=lambda n: (ran.append(n), n * 10)[1], done=done)
    worker._executor.submit(gate.wait, 30)  # hold the one thread so requests pile up
    for n in range(1, 6):
        worker.submit(n)
    assert worker.busy
    gate.set()
    assert done.wait(30)
    worker.shutdown()  # waits for the thread: nothing else can arrive after this
    assert ran == [5] and delivered == [50] and worker.dropped == 4


def test_an_exception_becomes_a_reply_and_the_worker_keeps_going():
    delivered, done = [], threading.Event()

    def run(n):
        if n == 1:
            raise RuntimeError("boom")
        return n

    worker = LatestOnlyWorker(run, lambda r: (delivered.append(r), done.set()), lambda q, e: ("error", q, str(e)))
    worker.submit(1)
    assert done.wait(30)
    done.clear()
    worker.submit(2)
    assert done.wait(30)
    worker.shutdown()
    assert delivered == [("error", 1, "boom"), 2] and not worker.busy


def test_a_reply_made_stale_by_a_newer_request_is_not_delivered():
    delivered, started, release, done = [], threading.Event(), threading.Event(), threading.Event()

    def run(n):
        if n == 1:
            started.set()
            release.wait(30)
        return n

    worker = _worker(delivered, run=run, done=done)
    worker.submit(1)
    assert started.wait(30)
    worker.submit(2)  # arrives while 1 runs: 1's reply is stale
    release.set()
    assert done.wait(30)
    worker.shutdown()
    assert delivered == [2]


def test_nothing_runs_after_shutdown():
    delivered = []
    worker = _worker(delivered)
    worker.shutdown()
    worker.submit(3)
    assert delivered == [] and not worker.busy


def test_the_worker_thread_runs_below_the_callers_priority():
    import os

    from convviz.model.latest_only import BACKGROUND_NICE

    done = threading.Event()
    seen = []

    def run(_):
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    worker = LatestOnlyWorker(run, lambda nice: (seen.append(nice), done.set()), lambda q, e: None)
    worker.submit(0)
    assert done.wait(30)
    worker.shutdown()
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert seen == [min(mine + BACKGROUND_NICE, 19)]
