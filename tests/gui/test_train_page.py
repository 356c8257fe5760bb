"""The stack tab's Train page, driven as a user does: train, pause, go on, stop, read the
confusion matrix, click a misclassified digit; a stack that cannot be trained says why."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from convviz import engine as E
from convviz.gui.stack.train_page import digits
from convviz.io import stack_files
from tests.gui.helpers import stack_tab_on

WAIT_MS = 60_000  # generous: waits end as soon as their condition holds


@pytest.fixture
def tab(qtbot):
    w = stack_tab_on(qtbot, "Train")
    yield w
    w.train.session.shutdown()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def started(qtbot, page, epochs: int):
    """``page`` training for ``epochs``, its first chunk shown."""
    page.epochs.setValue(epochs)
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: page.session.progress is not None, timeout=WAIT_MS)
    return page


def finished(page) -> bool:
    p = page.session.progress
    return p is not None and p.done


def test_training_from_random_weights_learns_and_the_stack_gets_its_weights(tab, qtbot):
    page = tab.train
    page.epochs.setValue(1)
    page.fresh.setChecked(True)
    before = tab.stack.result.layers[0].params["weight"].copy()
    click(qtbot, page.start_button)
    assert not page.start_button.isEnabled() and page.stop_button.isEnabled()
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=WAIT_MS)
    assert page.progress.value() == 1000 and page.status.text().startswith("Epoch 1:")
    # The stack now holds the run's weights: not the shipped ones, not the random start.
    trained = tab.stack.result.layers[0].params["weight"]
    assert not np.allclose(trained, before)
    # The confusion matrix is what these weights do to the validation digits (counted here).
    val = digits().val
    net = E.Sequential(list(tab.stack.result.layers))
    net.train(False)
    predicted = net.forward(val.images.astype(np.float32)).argmax(axis=1)
    for r in range(10):
        for c in range(10):
            cell = page.confusion.item(r, c)
            count = int((predicted[val.labels == r] == c).sum())
            assert (cell.text() if cell else "") == (str(count) if count else "")
    accuracy = (predicted == val.labels).mean()
    assert accuracy > 0.5  # one epoch from random weights already reads most digits
    assert page.gallery.count() == min(200, int((predicted != val.labels).sum()))


def test_pause_stops_after_the_chunk_in_flight_and_resume_goes_on(tab, qtbot):
    page = started(qtbot, tab.train, epochs=2)
    click(qtbot, page.pause_button)
    assert page.pause_button.isChecked() and "Paused" in page.status.text()
    qtbot.waitUntil(lambda: not page.session.busy, timeout=WAIT_MS)  # the chunk in flight arrived
    steps = len(page.session.progress.batch_losses)
    assert not page.session.busy and not page.session.running  # and no next chunk was asked for
    assert steps < 2 * page.session.active.batches_per_epoch
    click(qtbot, page.pause_button)  # go on
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT_MS)
    assert len(page.session.progress.batch_losses) == 2 * page.session.active.batches_per_epoch


def test_stop_keeps_the_weights_so_far_and_enables_a_new_run(tab, qtbot):
    page = started(qtbot, tab.train, epochs=50)
    click(qtbot, page.stop_button)
    qtbot.waitUntil(lambda: page.start_button.isEnabled() and not page.session.busy, timeout=WAIT_MS)
    assert page.session.active.done and page.session.progress.epoch < 50


def test_clicking_a_misclassified_digit_shows_its_maps(tab, qtbot):
    page = tab.train
    page.epochs.setValue(1)
    page.fresh.setChecked(True)
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: finished(page) and page.gallery.count() > 0, timeout=WAIT_MS)
    item = page.gallery.item(0)
    rect = page.gallery.visualItemRect(item)
    qtbot.mouseClick(page.gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    index = item.data(Qt.ItemDataRole.UserRole)
    np.testing.assert_array_equal(tab.stack.image, digits().val.images[index, 0])
    assert tab.tabs.currentIndex() == 0  # the feature maps, of that digit
    true, said = item.text().split("→")
    assert int(true) == digits().val.labels[index] and int(said) != int(true)


def test_a_stack_that_cannot_read_digits_says_why(tab, qtbot):
    spec = stack_files.load(stack_files.examples()["VGG-style block (32×32 RGB)"], with_weights=False)
    stack_files.apply(tab.stack, spec)
    click(qtbot, tab.train.start_button)
    assert tab.train.status.text().startswith("Cannot train: the images are 1×28×28")
    assert tab.train.start_button.isEnabled() and not tab.train.session.running


def test_the_stack_shows_the_weights_while_it_learns_not_only_at_the_end(tab, qtbot):
    page = tab.train
    page.epochs.setValue(3)
    page.fresh.setChecked(True)
    seen = []
    page.weightsApplied.connect(
        lambda: seen.append(
            (
                page.session.active.done,
                page.session.progress.epoch,
                tab.stack.result.layers[0].params["weight"].copy(),
                page.session.progress.weights[0]["weight"],
            )
        )
    )
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: any(not done for done, *_ in seen), timeout=WAIT_MS)  # applied mid-run
    done, epoch, in_stack, in_run = next(entry for entry in seen if not entry[0])
    assert epoch < 3
    np.testing.assert_allclose(in_stack, in_run, rtol=1e-6)  # the stack had the run's weights of that moment
    click(qtbot, page.stop_button)
    qtbot.waitUntil(lambda: page.start_button.isEnabled() and not page.session.busy, timeout=WAIT_MS)


def test_training_on_a_folder_of_my_own_images(tab, qtbot, tmp_path, monkeypatch):
    from PySide6 import QtWidgets

    from tests.model.test_training import write_folder

    folder = write_folder(tmp_path / "shapes", per_class=20)
    spec = stack_files.load(stack_files.TRAINED_LENET, with_weights=False)
    layers = [(k, dict(p)) for k, p in spec.layers]
    layers[-1] = ("linear", {**layers[-1][1], "out_features": 2})  # two classes: circle, cross
    tab.stack.replace(layers, 1, (28, 28))
    page = tab.train
    monkeypatch.setattr(QtWidgets.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.data.activated.emit(1)  # "a folder of my images…"
    qtbot.waitUntil(lambda: page.split is not None, timeout=WAIT_MS)
    assert "2 classes (circle, cross)" in page.status.text()
    assert page.confusion.rowCount() == 2 and page.confusion.horizontalHeaderItem(1).text() == "cross"
    page.epochs.setValue(2)
    click(qtbot, page.start_button)
    assert page.status.text() == "Training…", page.status.text()
    qtbot.waitUntil(lambda: finished(page) and page.start_button.isEnabled(), timeout=WAIT_MS)
    counts = sum(
        int(page.confusion.item(r, c).text() or 0) for r in range(2) for c in range(2) if page.confusion.item(r, c)
    )
    assert counts == len(page.split.val)
    for i in range(page.gallery.count()):
        true, said = page.gallery.item(i).text().split("→")
        assert {true, said} == {"circle", "cross"}


def test_a_folder_that_is_not_a_data_set_is_refused_with_the_reason(tab, qtbot, tmp_path, monkeypatch):
    from PySide6 import QtWidgets

    (tmp_path / "only" / "one").mkdir(parents=True)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "only"))
    tab.train.data.activated.emit(1)
    qtbot.waitUntil(lambda: tab.train.status.text().startswith("Cannot train on that folder"), timeout=WAIT_MS)
    assert "at least two sub-folders" in tab.train.status.text() and tab.train.split is None
    assert tab.train.data.currentIndex() == 0 and tab.train.start_button.isEnabled()
