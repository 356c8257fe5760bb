"""python -m convviz.animate: one layer's forward pass, backward pass or transposed stamping as an
animated GIF or MP4 for slides, one frame per kernel position plus a final frame.

    python -m convviz.animate --input 5 --kernel 3 --stride 2 --padding 1 --out conv.gif
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from convviz.camera.recorder import VideoRecorder
from convviz.model.teaching.animation import AnimationConfig
from convviz.model.teaching.animation_files import FORMATS, MAX_WIDTH, MIN_WIDTH, THEMES, export
from convviz.model.teaching.traversal import ORDER_WORDS

ORDERS = tuple(ORDER_WORDS)  # rows, columns

DESCRIPTION = (
    "Export a convolution's forward pass, its backward pass or a transposed convolution's stamping as an "
    "animated GIF or MP4: one frame per kernel position, plus a final frame with the result."
)


def _size(text: str) -> tuple[int, int]:
    """ "5" or "5x7" (rows × columns), each at least 1."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        values = [int(p) for p in parts]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size: write N or HxW, e.g. 5 or 5x7") from None
    if len(values) not in (1, 2) or min(values) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size: write N or HxW with whole numbers of at least 1")
    return (values[0], values[-1])


def _whole(low: int):  # type: ignore[no-untyped-def]
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"{value} is less than {low}")
        return value

    return parse


def _padding(text: str) -> int | str:
    if text.lower() in ("same", "valid"):
        return text.lower()
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a padding: write a whole number, same or valid") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"the padding {value} is negative")
    return value


def _width(text: str) -> int:
    value = _whole(1)(text)
    if not MIN_WIDTH <= value <= MAX_WIDTH:
        raise argparse.ArgumentTypeError(f"{value} is not between {MIN_WIDTH} and {MAX_WIDTH} pixels")
    return value


def _fps(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.1 <= value <= 60:
        raise argparse.ArgumentTypeError(f"{value:g} is not between 0.1 and 60 frames a second")
    return value


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m convviz.animate", description=DESCRIPTION)
    p.add_argument("--input", type=_size, required=True, metavar="N|HxW", help="input size, e.g. 5 or 6x8")
    p.add_argument("--kernel", type=_size, required=True, metavar="K|KHxKW", help="kernel size, e.g. 3")
    p.add_argument("--stride", type=_whole(1), default=1, help="stride (default 1)")
    p.add_argument(
        "--padding", type=_padding, default=0, metavar="P|same|valid",
        help="padding on every side, or same (TensorFlow's: the odd extra cell goes bottom/right) or valid",
    )  # fmt: skip
    p.add_argument("--dilation", type=_whole(1), default=1, help="dilation (default 1)")
    p.add_argument("--transposed", action="store_true", help="animate a transposed convolution's stamping")
    p.add_argument(
        "--output-padding", type=_whole(0), default=0, metavar="A",
        help="a transposed convolution's output padding (smaller than the stride or the dilation)",
    )  # fmt: skip
    p.add_argument("--backward", action="store_true", help="animate the backward pass (dX and dW)")
    p.add_argument(
        "--order", choices=ORDERS, default="rows",
        help="the order the kernel visits the output cells: rows (across each row, then the next; the "
        "default) or columns (down each column, then the next, as the course notes slide)",
    )  # fmt: skip
    p.add_argument("--out", type=Path, required=True, metavar="FILE.gif|FILE.mp4", help="the file to write")
    p.add_argument(
        "--numbers", action=argparse.BooleanOptionalAction, default=True, help="write the values into the cells"
    )
    p.add_argument("--theme", choices=THEMES, default="light", help="light (white, for slides) or dark")
    p.add_argument("--width", type=_width, default=1000, help=f"frame width in pixels ({MIN_WIDTH}–{MAX_WIDTH})")
    p.add_argument("--fps", type=_fps, default=2.0, help="frames a second (default 2)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        p.error(f"argument --out: {args.out.name} must end in .gif or .mp4")
    if args.output_padding and not args.transposed:
        p.error("argument --output-padding: output padding belongs to a transposed convolution (add --transposed)")
    if args.transposed and args.backward:
        p.error("argument --backward: a transposed convolution is animated as its stamping, not its backward pass")
    if args.transposed and args.order != "rows":
        p.error("argument --order: a transposed convolution's stamping goes through the input row by row")
    cfg = AnimationConfig(
        input_hw=args.input,
        kernel_hw=args.kernel,
        stride=args.stride,
        padding=args.padding,
        dilation=args.dilation,
        transposed=args.transposed,
        output_padding=args.output_padding,
        backward=args.backward,
        order=args.order,
    )
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> bool:
        if show:
            print(f"\rframe {done} / {total}", end="", file=sys.stderr, flush=True)
        return True

    try:
        result = export(
            cfg, args.out, fmt, theme=args.theme, numbers=args.numbers, width=args.width, fps=args.fps,
            progress=progress, open_video=VideoRecorder,
        )  # fmt: skip
    except (ValueError, OSError) as exc:
        if show:
            print(file=sys.stderr)
        print(f"convviz.animate: {exc}", file=sys.stderr)
        return 2
    if show:
        print(file=sys.stderr)
    width, height = result.size
    print(f"Wrote {result.path}: {result.frames} frames of {width}×{height}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
