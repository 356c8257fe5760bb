"""Training a stack: the split, the shifts, determinism, the same losses as torch for the same
LeNet-5 and batches, the shipped trained LeNet-5, and `python -m convviz.train`."""

from __future__ import annotations

import gzip
import hashlib

import numpy as np
import pytest
from PIL import Image

from convviz import engine as E
from convviz.io import datasets, stack_files
from convviz.model.stack.model import StackModel
from convviz.model.training.dataset import Dataset, shifted, split_per_class
from convviz.model.training.network import NotAClassifier, classifier, initialize
from convviz.model.training.trainer import TrainConfig, Trainer, evaluate
from tests.conftest import reference_library

LENET = "LeNet-5 (28×28 gray)"


@pytest.fixture(scope="module")
def digits() -> Dataset:
    return datasets.load_mnist5k()


def lenet(with_weights: bool = True) -> StackModel:
    spec = stack_files.load(stack_files.examples()[LENET], with_weights=with_weights)
    model = StackModel(channels=spec.channels, size=spec.size)
    stack_files.apply(model, spec)
    return model


def test_the_bundled_digits_are_5000_images_500_of_each_digit(digits):
    assert digits.images.shape == (5000, 1, 28, 28) and digits.images.dtype == np.float32
    assert np.bincount(digits.labels).tolist() == [500] * 10
    assert digits.images.min() == 0.0 and digits.images.max() == 1.0
    # Independent of the loader's parser: the file's first line, split by hand.
    with gzip.open(datasets.MNIST5K, "rt") as f:
        first = [int(v) for v in f.readline().split(",")]
    np.testing.assert_array_equal(np.rint(digits.images[0, 0] * 255).ravel(), first[:-1])
    assert digits.labels[0] == first[-1]


def test_a_damaged_digits_file_is_refused(tmp_path):
    broken = tmp_path / "mnist_5k.csv.gz"
    broken.write_bytes(datasets.MNIST5K.read_bytes()[:-10])
    assert hashlib.sha256(broken.read_bytes()).hexdigest() != datasets.MNIST5K_SHA256
    with pytest.raises(datasets.DatasetError, match="damaged"):
        datasets.load_mnist5k(broken)


def test_the_split_is_fixed_disjoint_and_per_class(digits):
    split = split_per_class(digits)
    assert [len(split.train), len(split.val), len(split.test)] == [4000, 500, 500]
    for part, n in ((split.train, 400), (split.val, 50), (split.test, 50)):
        assert np.bincount(part.labels).tolist() == [n] * 10
    seen = {img.tobytes() for part in (split.train, split.val, split.test) for img in part.images}
    assert len(seen) >= 4990  # MNIST has a few identical images; the parts do not share rows
    again = split_per_class(digits)
    np.testing.assert_array_equal(again.test.images, split.test.images)


def test_shifts_move_each_image_by_whole_pixels_and_fill_with_zero():
    rng = np.random.default_rng(0)
    images = rng.random((20, 1, 7, 9)).astype(np.float32)
    out = shifted(images, np.random.default_rng(5), 2)
    shifts = np.random.default_rng(5).integers(-2, 3, size=(20, 2))
    for img, got, (dy, dx) in zip(images, out, shifts, strict=True):
        want = np.zeros_like(img)
        for y in range(7):
            for x in range(9):
                if 0 <= y - dy < 7 and 0 <= x - dx < 9:
                    want[:, y, x] = img[:, y - dy, x - dx]
        np.testing.assert_array_equal(got, want)
    assert shifted(images, rng, 0) is images


def small_split(digits, per_class=20):
    idx = np.concatenate([np.flatnonzero(digits.labels == c)[:per_class] for c in range(10)])
    return split_per_class(digits.subset(idx, "small"))


def test_training_is_deterministic_given_the_seed(digits):
    def weights(seed):
        model = lenet(with_weights=False)  # its first weights depend on the process's history...
        initialize(list(model.result.layers), seed)  # ... these on the seed alone
        net = classifier(list(model.result.layers), model.input_shape, 10)
        Trainer(net, small_split(digits), TrainConfig(epochs=2, seed=seed)).train_epoch()
        return [p.copy() for p in net.parameters()]

    a, b, c = weights(1), weights(1), weights(2)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert not all(np.array_equal(x, y) for x, y in zip(a, c, strict=True))


@pytest.mark.parametrize("optimizer", ["adam", "sgd"])
def test_lenet5_takes_the_same_steps_as_torch_for_20_batches(digits, optimizer):
    torch = reference_library("torch")
    nn = torch.nn
    model = lenet(with_weights=False)
    layers = list(model.result.layers)
    for layer in layers:
        for k, v in layer.params.items():
            layer.params[k] = np.asarray(v, dtype=np.float64)  # float64 on both sides: semantics, not rounding
    net = E.Sequential(layers)
    twin = nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2, 2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2, 2), nn.Flatten(),
        nn.Linear(400, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10),
    ).double()  # fmt: skip
    ours_with_params = [layer for layer in layers if layer.params]
    theirs_with_params = [m for m in twin if isinstance(m, nn.Conv2d | nn.Linear)]
    for ours, theirs in zip(ours_with_params, theirs_with_params, strict=True):
        theirs.weight.data = torch.from_numpy(ours.params["weight"].copy())
        theirs.bias.data = torch.from_numpy(ours.params["bias"].copy())
    config = TrainConfig(lr=0.01 if optimizer == "sgd" else 1e-3, optimizer=optimizer, momentum=0.9)
    trainer = Trainer(net, split_per_class(digits), config)
    opt = (
        torch.optim.SGD(twin.parameters(), lr=0.01, momentum=0.9)
        if optimizer == "sgd"
        else torch.optim.Adam(twin.parameters(), lr=1e-3)
    )
    rng = np.random.default_rng(3)
    for _ in range(20):
        idx = rng.choice(len(digits), 32, replace=False)
        x, y = digits.images[idx].astype(np.float64), digits.labels[idx]
        ours_loss, _ = trainer.step(x, y)
        opt.zero_grad()
        loss = nn.functional.cross_entropy(twin(torch.from_numpy(x)), torch.from_numpy(y))
        loss.backward()
        opt.step()
        assert ours_loss == pytest.approx(float(loss.detach()), abs=1e-4)
    for ours, theirs in zip(ours_with_params, theirs_with_params, strict=True):
        np.testing.assert_allclose(ours.params["weight"], theirs.weight.detach().numpy(), atol=1e-6)


def test_the_shipped_lenet5_is_trained(digits):
    model = lenet()
    net = classifier(list(model.result.layers), model.input_shape, 10)
    assert evaluate(net, split_per_class(digits).test).accuracy >= 0.97
    untrained = lenet(with_weights=False)
    net = classifier(list(untrained.result.layers), untrained.input_shape, 10)
    assert evaluate(net, split_per_class(digits).test).accuracy < 0.3  # what random weights do


def test_a_stack_that_does_not_end_in_class_scores_is_refused_with_what_it_ends_in():
    spec = stack_files.load(stack_files.examples()["VGG-style block (32×32 RGB)"], with_weights=False)
    model = StackModel(channels=spec.channels, size=spec.size)
    stack_files.apply(model, spec)
    with pytest.raises(NotAClassifier, match="must end in 10 class scores.*map"):
        classifier(list(model.result.layers), model.input_shape, 10)
    with pytest.raises(NotAClassifier, match="no layers"):
        classifier([], (1, 28, 28), 10)


def write_folder(root, classes=("circle", "cross"), per_class=12, size=28):
    rng = np.random.default_rng(0)
    yy, xx = np.mgrid[0:size, 0:size]
    for c, name in enumerate(classes):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            cy, cx = rng.integers(9, 19, 2)
            if c == 0:
                img = (np.abs(np.hypot(yy - cy, xx - cx) - 6) < 1.5) * 255
            else:
                img = ((np.abs(yy - xx - (cy - cx)) < 1.5) | (np.abs(yy + xx - (cy + cx)) < 1.5)) * 255
            Image.fromarray(img.astype(np.uint8)).save(root / name / f"{i}.png")
    return root


def test_train_command_on_a_folder_of_images_saves_a_stack_that_reloads(tmp_path, capsys):
    from convviz import train

    folder = write_folder(tmp_path / "shapes")
    stack = tmp_path / "two.json"
    spec = stack_files.load(stack_files.examples()[LENET], with_weights=False)
    layers = [(k, dict(p)) for k, p in spec.layers]
    layers[-1] = ("linear", {**layers[-1][1], "out_features": 2})
    model = StackModel(channels=1, size=(28, 28))
    model.replace(layers, 1, (28, 28))
    stack_files.save(model, stack, with_weights=False)
    out = tmp_path / "trained.npz"
    code = train.main(["--stack", str(stack), "--data", str(folder), "--epochs", "3", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    assert printed.count("epoch ") == 3 and printed.strip().splitlines()[-1].startswith("test accuracy: ")
    assert out.exists() and out.with_suffix(".json").exists()
    reloaded = stack_files.load(out.with_suffix(".json"))
    again = StackModel(channels=1, size=(28, 28))
    stack_files.apply(again, reloaded)
    data = datasets.load_image_folder(folder)
    net = classifier(list(again.result.layers), again.input_shape, 2)
    accuracy = float(printed.strip().splitlines()[-1].split()[-1].rstrip("%")) / 100
    assert evaluate(net, split_per_class(data).test).accuracy == pytest.approx(accuracy, abs=1e-9)


@pytest.mark.parametrize(
    "args,message",
    [
        (["--stack", "nosuch"], "--stack: 'nosuch' is neither"),
        (["--stack", "missing.json"], "--stack: no stack file"),
        (["--stack", "vgg_block"], "--stack: the stack must end in 10 class scores"),
        (["--epochs", "0"], "epochs must be at least 1"),
        (["--lr", "-1"], "learning rate must be positive"),
        (["--data", "/nonexistent/folder"], "--data: '/nonexistent/folder' is not a folder"),
    ],
)
def test_bad_arguments_get_a_clear_error_naming_them(args, message, capsys):
    from convviz import train

    assert train.main(args) == 2
    assert message in capsys.readouterr().err


def test_a_folder_with_a_file_that_is_not_an_image_is_refused_with_its_name(tmp_path):
    folder = write_folder(tmp_path / "shapes", per_class=2)
    (folder / "cross" / "evil.png").write_bytes(b"%!PS-Adobe-3.0\n")  # PostScript named .png
    with pytest.raises(datasets.DatasetError, match="evil.png"):
        datasets.load_image_folder(folder)


def test_a_folder_over_the_limits_is_refused(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "shapes", per_class=3)
    monkeypatch.setattr(datasets, "TRAIN_MAX_IMAGES", 5)
    with pytest.raises(datasets.DatasetError, match="more than 5 images"):
        datasets.load_image_folder(folder)
    monkeypatch.setattr(datasets, "TRAIN_MAX_CLASSES", 1)
    with pytest.raises(datasets.DatasetError, match="at most 1 are read"):
        datasets.load_image_folder(folder)
    (tmp_path / "one" / "a").mkdir(parents=True)
    with pytest.raises(datasets.DatasetError, match="at least two sub-folders"):
        datasets.load_image_folder(tmp_path / "one")
