"""`python -m convviz.model_info MODEL.onnx` — a Keras-style summary of an ONNX model run on
convviz's engine, ending with `N layers, P parameters, M mult-adds`; with `--image PICTURE`
also the top-5 class scores.

    python -m convviz.model_info resnet18.onnx --image cat.jpg --labels synset_words.txt
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from convviz.engine.losses import softmax
from convviz.io.images import ImageLoadError, load_image
from convviz.io.label_files import LabelFileError, read_labels
from convviz.io.onnx_files import OnnxFileError, load
from convviz.model.network.network import Network
from convviz.model.network.preprocess import Preprocess, to_input
from convviz.model.network.summary import NetworkSummary, summarize


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m convviz.model_info", description=__doc__.splitlines()[0].strip("`"))
    p.add_argument("model", help="an .onnx file (weights inside or in a sibling .onnx.data file)")
    p.add_argument("--image", help="a picture to classify: resized, centre-cropped and normalised for the model")
    p.add_argument("--labels", help="a text file with one class name per line")
    p.add_argument("--size", help="HxW for a model whose input size is open (default 224x224)")
    p.add_argument(
        "--normalize",
        choices=("auto", "imagenet", "none"),
        default="auto",
        help="auto: ImageNet mean/std for a colour model, [0, 1] for a grayscale one",
    )
    return p


def _size(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    try:
        h, w = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"error: --size must look like 224x224, got {text!r}") from None
    if not (1 <= h <= 4096 and 1 <= w <= 4096):
        raise SystemExit(f"error: --size {text} is outside 1..4096")
    return h, w


def table(summary: NetworkSummary) -> str:
    head = ("layer", "operator", "output shape", "params", "mult-adds", "receptive field")
    lines = [
        (
            r.name,
            r.op,
            "×".join(map(str, r.output_shape)) or "scalar",
            f"{r.params:,}",
            f"{r.mult_adds:,}",
            "whole input" if r.receptive_field is None else f"{r.receptive_field[0]}×{r.receptive_field[1]}",
        )
        for r in summary.rows
    ]
    widths = [max(len(h), *(len(line[i]) for line in lines)) if lines else len(h) for i, h in enumerate(head)]
    fmt = "  ".join(f"{{:{'>' if i in (3, 4) else '<'}{w}}}" for i, w in enumerate(widths))
    rows = [fmt.format(*head), fmt.format(*("─" * w for w in widths)), *(fmt.format(*line) for line in lines)]
    return "\n".join(row.rstrip() for row in rows)


def top5(network: Network, scores: np.ndarray, labels: list[str] | None) -> list[str]:
    probs = softmax(scores.astype(np.float64))
    order = np.argsort(-scores, kind="stable")[:5]
    names = labels or network.labels
    out = []
    for rank, i in enumerate(order, 1):
        name = names[i] if names and i < len(names) else f"class {i}"
        out.append(f"{rank}. {name:<30} score {scores[i]: .4f}  p={probs[i]:.3f}")
    return out


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        network = load(args.model, _size(args.size))
        labels = read_labels(args.labels) if args.labels else None
    except (OnnxFileError, LabelFileError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary = summarize(network)
    c, h, w = network.input_shape
    print(
        f"{network.name}: input {c}×{h}×{w}" + ("" if network.fixed_batch is None else f", batch {network.fixed_batch}")
    )
    for note in network.notes:
        print(f"note: {note}")
    print(table(summary))
    print(summary.total_line())
    if args.image:
        try:
            picture = load_image(args.image).array
        except ImageLoadError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        how = {"imagenet": Preprocess.imagenet(), "none": Preprocess()}.get(args.normalize, Preprocess.default_for(c))
        x = to_input(picture, network.input_shape, how)
        batch = np.repeat(x[None], network.fixed_batch or 1, axis=0)
        scores = network.forward(batch)[0].reshape(-1)
        print(f"top 5 for {args.image} ({how.describe()}):")
        print("\n".join(top5(network, scores, labels)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
