"""Layer stacks on disk: a readable JSON layer list, plus an optional .npz of weights beside it.

Reading checks everything (format, every layer's kind and parameters, every weight's key and
shape, by building the stack on the side) before the model changes, so a bad file is rejected
with a reason and never half-applied.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from convviz.model.stack import StackModel
from convviz.model.stack_layers import check_params

FORMAT, VERSION = "convviz-stack", 1
EXAMPLES_DIR = Path(str(resources.files("convviz") / "resources" / "stacks"))  # package data


class StackFileError(ValueError):
    """A stack or weights file that cannot be used; the message says why."""


@dataclass
class StackSpec:
    layers: list[tuple[str, dict]]
    channels: int = 1
    size: tuple[int, int] | None = None
    name: str = ""
    description: str = ""
    weights: dict[int, dict[str, np.ndarray]] = field(default_factory=dict)


def to_dict(model: StackModel, name: str = "", description: str = "") -> dict:
    return {"format": FORMAT, "version": VERSION, "name": name, "description": description,
            "input": {"channels": model.channels, "size": None if model.size is None else list(model.size)},
            "layers": [{"kind": c.kind, **c.params} for c in model.configs]}


def parse(data: Any) -> StackSpec:
    """A checked StackSpec from decoded JSON, or StackFileError naming the first problem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StackFileError(f"not a convviz stack (expected \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise StackFileError(f"unsupported version {data.get('version')!r} (this reads {VERSION})")
    inp = data.get("input", {})
    channels, size = inp.get("channels", 1), inp.get("size")
    if channels not in (1, 3) or isinstance(channels, bool):
        raise StackFileError(f"input channels must be 1 or 3, got {channels!r}")
    if size is not None and not (isinstance(size, list) and len(size) == 2
                                 and all(isinstance(s, int) and 1 <= s <= 2048 for s in size)):
        raise StackFileError(f"input size must be null or [height, width] in 1..2048, got {size!r}")
    if not isinstance(data.get("layers"), list):
        raise StackFileError("\"layers\" must be a list")
    layers = []
    for i, entry in enumerate(data["layers"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("kind"), str):
            raise StackFileError(f"layer {i}: must be an object with a \"kind\"")
        params = {k: v for k, v in entry.items() if k != "kind"}
        try:
            layers.append((entry["kind"], check_params(entry["kind"], params)))
        except ValueError as exc:
            raise StackFileError(f"layer {i}: {exc}") from None
    return StackSpec(layers, channels, None if size is None else (size[0], size[1]),
                     str(data.get("name", "")), str(data.get("description", "")))


def weights_path(path: str | Path) -> Path:
    return Path(path).with_suffix(".npz")


def read_weights(path: str | Path, n_layers: int) -> dict[int, dict[str, np.ndarray]]:
    """{layer index: {"weight": ..., "bias": ...}} from keys like "layer3.weight" (1-based)."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            items = {k: np.asarray(npz[k]) for k in npz.files}
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        raise StackFileError(f"cannot read weights {Path(path).name}: {exc}") from None
    out: dict[int, dict[str, np.ndarray]] = {}
    for key, arr in items.items():
        head, _, name = key.partition(".")
        if not head.startswith("layer") or not head[5:].isdigit() or name not in ("weight", "bias"):
            raise StackFileError(f"weights {Path(path).name}: unexpected key {key!r}")
        i = int(head[5:]) - 1
        if not 0 <= i < n_layers:
            raise StackFileError(f"weights {Path(path).name}: {key!r} names no layer (stack has {n_layers})")
        if not np.issubdtype(arr.dtype, np.floating) or not np.all(np.isfinite(arr)):
            raise StackFileError(f"weights {Path(path).name}: {key!r} must hold finite floats")
        out.setdefault(i, {})[name] = arr.astype(np.float64)
    return out


def load(path: str | Path, with_weights: bool = True) -> StackSpec:
    """Read a stack file (and its .npz if present). Raises StackFileError with a reason."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise StackFileError(f"cannot read {path.name}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise StackFileError(f"{path.name} is not valid JSON: {exc}") from None
    spec = parse(data)
    if with_weights and weights_path(path).exists():
        spec.weights = read_weights(weights_path(path), len(spec.layers))
    return spec


def apply(model: StackModel, spec: StackSpec) -> None:
    """Put a loaded stack into the model, all or nothing."""
    try:
        model.replace(spec.layers, spec.channels, spec.size, spec.weights)
    except ValueError as exc:
        raise StackFileError(str(exc)) from None


def save(model: StackModel, path: str | Path, name: str = "", with_weights: bool = True) -> None:
    """Write the JSON layer list and, for the layers that build, their weights as .npz."""
    path = Path(path)
    path.write_text(json.dumps(to_dict(model, name or path.stem), indent=2) + "\n", encoding="utf-8")
    if with_weights:
        arrays = {f"layer{i + 1}.{k}": v for i, layer in enumerate(model.result.layers)
                  for k, v in layer.params.items()}
        np.savez(weights_path(path), **arrays)


def examples() -> dict[str, Path]:
    """Shipped example stacks: display name -> path."""
    found = {}
    for p in sorted(EXAMPLES_DIR.glob("*.json")):
        try:
            found[json.loads(p.read_text(encoding="utf-8")).get("name") or p.stem] = p
        except (OSError, ValueError):
            continue
    return found
