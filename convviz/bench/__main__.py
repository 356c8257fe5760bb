"""`python -m convviz.bench [SUBCOMMAND] [options]` — dispatch to a benchmark's ``main(argv)``.

A subcommand is a module of this package with a ``main(argv) -> int``. To add one, put the
module here and add a line to SUBCOMMANDS; it is imported only when chosen, so a missing
optional dependency of one benchmark never breaks another.
"""

from __future__ import annotations

import importlib
import sys

# name -> (module, one-line help)
SUBCOMMANDS = {
    "engine": ("convviz.bench.engine_bench", "convolution/pooling engine vs scipy, cv2, torch (default)"),
    "live": ("convviz.bench.live", "live camera pipeline frame rate (convviz/bench/live.py)"),
    "model": (
        "convviz.bench.live_model",
        "the trained LeNet-5 (or --model FILE) on the live camera: displayed fps (convviz/bench/live_model.py)",
    ),
    "hover": ("convviz.bench.hover", "cost of one hover on the GUI thread (convviz/bench/hover.py)"),
    "ui": ("convviz.bench.ui", "worst GUI-thread stall per interaction, every tab (convviz/bench/ui.py)"),
    "train": (
        "convviz.bench.train",
        "LeNet-5 from the shipped seed: test accuracy, time to 95 % (convviz/bench/train.py)",
    ),
}
DEFAULT = "engine"


def _usage() -> str:
    lines = ["usage: python -m convviz.bench [SUBCOMMAND] [options]", "", "subcommands:"]
    lines += [f"  {name:<8} {help_}" for name, (_, help_) in SUBCOMMANDS.items()]
    lines += ["", "`python -m convviz.bench SUBCOMMAND --help` for its options."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help", "help"):
        print(_usage())
        return 0
    name = argv.pop(0) if argv and not argv[0].startswith("-") else DEFAULT
    if name not in SUBCOMMANDS:
        print(f"unknown subcommand {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module_name = SUBCOMMANDS[name][0]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        print(f"subcommand {name!r} is not available yet ({module_name} does not exist)", file=sys.stderr)
        return 2
    return int(module.main(argv) or 0)


if __name__ == "__main__":
    sys.exit(main())
