"""`python -m convviz.train` — train a layer stack on labelled images with the engine's own
backward pass; prints one line per epoch and ends with `test accuracy: NN.N%`.

    python -m convviz.train --fresh               # LeNet-5 from seed 0 on the bundled 5,000 digits
                                                  # (without --fresh: go on from the shipped weights)
    python -m convviz.train --data FOLDER --stack my_stack.json --epochs 20 --out trained.npz
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from convviz.io import stack_files
from convviz.io.datasets import DatasetError, load_image_folder, load_mnist5k
from convviz.model.stack.model import StackModel
from convviz.model.training.dataset import Dataset, split_per_class
from convviz.model.training.network import NotAClassifier, classifier, initialize
from convviz.model.training.trainer import OPTIMIZERS, TrainConfig, Trainer, evaluate

DEFAULT_STACK = "lenet5"


class UsageError(ValueError):
    """A bad argument: the message names it."""


def _parser() -> argparse.ArgumentParser:
    d = TrainConfig()
    p = argparse.ArgumentParser(prog="python -m convviz.train", description=__doc__.splitlines()[0])
    p.add_argument(
        "--stack", default=DEFAULT_STACK, help="an example stack's file name (lenet5) or a stack file (.json)"
    )
    p.add_argument(
        "--data", default="mnist", help="mnist (the bundled 5,000 digits) or a folder with one sub-folder per class"
    )
    p.add_argument("--epochs", type=int, default=d.epochs)
    p.add_argument("--batch-size", type=int, default=d.batch_size)
    p.add_argument("--lr", type=float, default=d.lr, help=f"learning rate (default {d.lr})")
    p.add_argument("--optimizer", choices=OPTIMIZERS, default=d.optimizer)
    p.add_argument("--momentum", type=float, default=d.momentum, help="SGD's momentum")
    p.add_argument("--weight-decay", type=float, default=d.weight_decay)
    p.add_argument("--shift", type=int, default=d.max_shift, help="random shifts of up to this many pixels (0: none)")
    p.add_argument("--seed", type=int, default=d.seed, help="decides the batches, the shifts and --fresh weights")
    p.add_argument(
        "--fresh",
        action="store_true",
        help="start from random weights drawn from --seed, even if the stack has trained ones beside it",
    )
    p.add_argument("--out", type=Path, help="save the trained stack: PATH.npz holds the weights, PATH.json the layers")
    return p


def _stack_path(name: str) -> Path:
    path = Path(name)
    if path.suffix.lower() == ".json":
        if not path.is_file():
            raise UsageError(f"--stack: no stack file '{path}'")
        return path
    shipped = {p.stem: p for p in stack_files.examples().values()}
    if name not in shipped:
        raise UsageError(f"--stack: '{name}' is neither a .json stack file nor one of {', '.join(sorted(shipped))}")
    return shipped[name]


def _data(name: str, model: StackModel) -> Dataset:
    if name == "mnist":
        return load_mnist5k()
    channels, h, w = model.input_shape
    try:
        return load_image_folder(name, (h, w), channels)
    except DatasetError as exc:
        raise UsageError(f"--data: {exc}") from None


def _bar(done: int, total: int, loss: float, width: int = 30) -> str:
    filled = round(width * done / total)
    return f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total} loss {loss:.4f}"


def run(args: argparse.Namespace, out=sys.stdout, err=sys.stderr) -> float:
    """Train as asked; the test accuracy. Raises UsageError (or a file error) with a reason."""
    try:
        config = TrainConfig(
            args.epochs,
            args.batch_size,
            args.lr,
            args.optimizer,
            args.momentum,
            args.weight_decay,
            args.seed,
            args.shift,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        spec = stack_files.load(_stack_path(args.stack))
        model = StackModel(channels=spec.channels, size=spec.size or (28, 28))
        stack_files.apply(model, spec)
    except stack_files.StackFileError as exc:
        raise UsageError(f"--stack: {exc}") from None
    data = _data(args.data, model)
    if args.fresh or spec.weights_file is None:
        initialize(list(model.result.layers), config.seed)
    try:
        net = classifier(list(model.result.layers), model.input_shape, len(data.classes))
    except NotAClassifier as exc:
        raise UsageError(f"--stack: {exc}") from None
    if data.sample_shape != model.input_shape:
        raise UsageError(f"--data: its images are {data.sample_shape}, the stack takes {model.input_shape}")
    split = split_per_class(data)
    trainer = Trainer(net, split, config)
    print(
        f"training {args.stack} on {data.name}: {len(split.train)} train, {len(split.val)} validation, "
        f"{len(split.test)} test images; {config.optimizer}, lr {config.lr}, batch {config.batch_size}, "
        f"seed {config.seed}",
        file=out,
    )
    started = time.perf_counter()
    for _ in range(config.epochs):
        report = trainer.train_epoch(on_batch=lambda d, t, loss: print(_bar(d, t, loss), end="", file=err, flush=True))
        assert report is not None  # nothing stops it here
        print("\r" + " " * 60 + "\r", end="", file=err)
        print(
            f"epoch {report.epoch:3d}  loss {report.train_loss:.4f}  train {100 * report.train_accuracy:5.1f}%  "
            f"validation loss {report.val.loss:.4f}  validation {100 * report.val.accuracy:5.1f}%  "
            f"({report.seconds:.1f} s)",
            file=out,
            flush=True,
        )
    test = evaluate(net, split.test)
    print(f"trained in {time.perf_counter() - started:.1f} s", file=out)
    if args.out is not None:
        target = Path(args.out).with_suffix(".json")
        stack_files.save(model, target, name=spec.name or target.stem, description=spec.description)
        print(f"saved {target} and {target.with_suffix('.npz')}", file=out)
    print(f"test accuracy: {100 * test.accuracy:.1f}%", file=out)
    return test.accuracy


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        run(args)
    except UsageError as exc:
        print(f"python -m convviz.train: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
