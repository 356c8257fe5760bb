"""Learning a kernel by gradient descent toward a target kernel's output."""

import numpy as np
import pytest

from convviz.engine.kernels import preset
from convviz.engine.trace import LayerSpec
from convviz.io.samples import circles
from convviz.model.teaching.learner import DEFAULT_LR, LearnConfig, Learner

IMAGE = circles(40, 40).astype(np.float64)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_learns_sobel_x_from_a_random_init(optimizer):
    config = LearnConfig(optimizer=optimizer, lr=DEFAULT_LR[optimizer])
    learner = Learner(IMAGE, preset("sobel_x"), init=None, config=config, seed=3)
    assert learner.max_kernel_error() > 0.5  # really starts elsewhere
    learner.run(20_000)
    assert learner.done and "loss" in learner.reason
    assert learner.max_kernel_error() < 1e-2
    assert abs(learner.bias) < 1e-2
    assert learner.losses[-1] < learner.losses[0] * 1e-6


def test_learns_through_padding_activation_and_pooling_from_chosen_weights():
    spec = LayerSpec(padding="same", activation="leaky_relu", pool="avg")
    learner = Learner(IMAGE, preset("sobel_y"), spec, init=np.zeros((3, 3)), seed=None)
    learner.run(20_000)
    assert learner.max_kernel_error() < 1e-2


def test_stops_when_the_loss_stops_falling():
    # A dead ReLU: zero weights give z = 0 everywhere, where ReLU's slope is 0, so no gradient
    # flows and the loss stays put: the run must end by itself after `patience` steps.
    spec = LayerSpec(activation="relu")
    learner = Learner(IMAGE, preset("sobel_x"), spec, init=np.zeros((3, 3)), config=LearnConfig(patience=20))
    learner.run(20_000)
    assert learner.done and learner.iteration == 21
    assert "fell by" in learner.reason and learner.losses[-1] == learner.losses[0] > 0


def test_reports_divergence_and_rejects_unknown_optimizers():
    learner = Learner(IMAGE, preset("sobel_x"), config=LearnConfig(optimizer="sgd", lr=50.0), seed=0)
    learner.run(500)
    assert learner.done and "diverged" in learner.reason
    with pytest.raises(ValueError, match="optimizer"):
        Learner(IMAGE, preset("sobel_x"), config=LearnConfig(optimizer="lbfgs"))


def test_run_for_respects_its_time_budget():
    learner = Learner(IMAGE, preset("sobel_x"), seed=0)
    ticks = iter(range(1000))  # a clock that moves one unit per look, however fast steps are

    ran = learner.run_for(5, clock=lambda: next(ticks))
    # looks at 0 (deadline 5), then after each step: 1, 2, 3, 4 run on, 5 stops
    assert ran == 5 and learner.iteration == 5


def test_set_input_keeps_the_goal_on_a_new_picture():
    from convviz.engine import conv2d
    from convviz.engine.kernels import preset
    from convviz.model.teaching.learner import Learner

    rng = np.random.default_rng(4)
    learner = Learner(rng.random((16, 16)), preset("sobel_x"))
    new = rng.random((16, 16))
    learner.set_input(new)
    np.testing.assert_allclose(learner.target, conv2d(new, preset("sobel_x")))
    learner.run(400)
    assert learner.max_kernel_error() < 0.05


def test_a_session_learns_sobel_x_in_chunks_and_follows_new_frames():
    """The learn page's loop without Qt: the worker's progress is handed back as the GUI does."""
    import queue

    from convviz.model.state import InputState
    from convviz.model.teaching.learner import LEARN_CROP, LearnSession, learning_input

    image = np.ascontiguousarray(np.tile(circles(48, 48), (2, 2)), dtype=np.float32)
    source = InputState(image)
    replies: queue.Queue = queue.Queue()
    session = LearnSession(source, replies.put)
    try:
        x = learning_input(source.current)
        assert x.shape == (LEARN_CROP, LEARN_CROP)
        session.start(Learner(x, preset("sobel_x"), seed=3))
        chunks = 0
        frame = None
        while session.running:
            progress = replies.get(timeout=30)
            assert session.accept(progress)
            chunks += 1
            if chunks == 2:  # a live frame arrives: the next chunk learns on it
                frame = np.ascontiguousarray(image[::-1], dtype=np.float32)
                frame.setflags(write=False)
                source.set_live_frame(frame)
            session.next_chunk()
        learner = session.learner
        assert chunks > 2 and learner.done
        assert learner.max_kernel_error() < 1e-2
        np.testing.assert_array_equal(learner.x, learning_input(frame))
        np.testing.assert_allclose(progress.output, learner.output())
    finally:
        session.shutdown()


def test_a_reset_session_ignores_the_chunk_still_in_flight():
    import queue

    from convviz.model.state import InputState
    from convviz.model.teaching.learner import LearnSession

    replies: queue.Queue = queue.Queue()
    session = LearnSession(InputState(), replies.put)
    try:
        session.start(Learner(IMAGE, preset("sobel_x"), seed=1))
        session.reset()
        assert not session.accept(replies.get(timeout=30)) and session.learner is None
    finally:
        session.shutdown()
