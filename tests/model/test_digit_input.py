"""A digit held up to the camera, prepared as the training digits were."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from convviz.io import stack_files
from convviz.model.stack.model import StackModel
from convviz.model.training.digit_input import digit_from_photo
from convviz.model.training.network import classifier


def paper_with(draw, ink=(30, 30, 30), paper=235, size=(480, 640)) -> np.ndarray:
    image = np.full((*size, 3), paper, np.uint8)
    draw(image, ink)
    return image / np.float32(255)


def one(image, ink):
    cv2.line(image, (320, 150), (320, 330), ink, 18)


def seven(image, ink):
    cv2.line(image, (260, 160), (380, 160), ink, 16)
    cv2.line(image, (380, 160), (300, 330), ink, 16)


@pytest.fixture(scope="module")
def lenet():
    model = StackModel(channels=1, size=(28, 28))
    assert stack_files.open_trained_lenet(model)
    return classifier(list(model.result.layers), model.input_shape, 10)


def test_dark_ink_on_paper_becomes_white_on_black_centred_in_a_20_pixel_box():
    d = digit_from_photo(paper_with(one))
    assert d.shape == (28, 28) and d.dtype == np.float32 and d.max() == 1.0
    rows, cols = np.nonzero(d)
    assert rows.max() - rows.min() + 1 == 20  # the longer side fills MNIST's 20×20 box
    assert abs((d.sum(axis=0) * np.arange(28)).sum() / d.sum() - 13.5) <= 0.6  # centred by its mass
    assert d[:, :8].max() == 0 and d[:, 20:].max() == 0  # the paper is black


@pytest.mark.parametrize("draw,digit", [(one, 1), (seven, 7)])
def test_the_trained_lenet5_reads_a_digit_held_up_to_the_camera(lenet, draw, digit):
    for image in (paper_with(draw), 1.0 - paper_with(draw)):  # on paper, and white on a dark board
        scores = lenet.forward(digit_from_photo(image)[None, None])
        assert int(np.argmax(scores)) == digit


def test_blank_paper_gives_an_empty_picture():
    assert digit_from_photo(np.full((240, 320), 0.9, np.float32)).max() == 0.0
