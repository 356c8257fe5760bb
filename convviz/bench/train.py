"""`python -m convviz.bench train` — LeNet-5 trained from the shipped seed on the bundled digits,
as `python -m convviz.train --fresh` trains it: the test accuracy it reaches, and how long it
takes until the validation accuracy first reaches 95 %. (One epoch against torch is a case of
the engine table: `python -m convviz.bench --case LeNet`.)"""

from __future__ import annotations

import argparse
import time

TARGET_FINAL, TARGET_QUICK, QUICK_SECONDS = 0.97, 0.95, 60.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m convviz.bench train", description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=None, help="default: the shipped model's")
    args = parser.parse_args(argv)

    from convviz.io import stack_files
    from convviz.io.datasets import load_mnist5k
    from convviz.model.stack.model import StackModel
    from convviz.model.training.dataset import split_per_class
    from convviz.model.training.network import classifier, initialize
    from convviz.model.training.trainer import TrainConfig, Trainer, evaluate

    config = TrainConfig() if args.epochs is None else TrainConfig(epochs=args.epochs)
    spec = stack_files.load(stack_files.TRAINED_LENET, with_weights=False)
    model = StackModel(channels=spec.channels, size=spec.size)
    stack_files.apply(model, spec)
    initialize(list(model.result.layers), config.seed)
    net = classifier(list(model.result.layers), model.input_shape, 10)
    split = split_per_class(load_mnist5k())
    trainer = Trainer(net, split, config)
    print(
        f"LeNet-5 on the bundled digits ({len(split.train)} train / {len(split.val)} validation / "
        f"{len(split.test)} test), seed {config.seed}, {config.epochs} epochs, {config.optimizer} lr {config.lr}, "
        f"batch {config.batch_size}, shifts ±{config.max_shift} px"
    )
    started, reached = time.perf_counter(), None
    for _ in range(config.epochs):
        report = trainer.train_epoch()
        assert report is not None
        elapsed = time.perf_counter() - started
        if reached is None and report.val.accuracy >= TARGET_QUICK:
            reached = (report.epoch, elapsed)
    total = time.perf_counter() - started
    test = evaluate(net, split.test)
    print(f"trained in {total:.1f} s ({total / config.epochs:.2f} s an epoch)")
    checks = [
        ("test accuracy %", f"{100 * test.accuracy:.1f}", f">= {100 * TARGET_FINAL:.0f}", test.accuracy >= TARGET_FINAL)
    ]
    if reached is None:
        checks.append(("seconds to 95 % validation", "never", f"<= {QUICK_SECONDS:.0f}", False))
    else:
        epoch, seconds = reached
        checks.append(
            (
                f"seconds to 95 % validation (epoch {epoch})",
                f"{seconds:.1f}",
                f"<= {QUICK_SECONDS:.0f}",
                seconds <= QUICK_SECONDS,
            )
        )
    for name, value, target, ok in checks:
        print(f"target {name:<38} {value:>6}  (target {target})  {'pass' if ok else 'FAIL'}")
    failed = [n for n, *_, ok in checks if not ok]
    print("targets met" if not failed else "TARGETS NOT MET: " + ", ".join(failed))
    return 0 if not failed else 1
