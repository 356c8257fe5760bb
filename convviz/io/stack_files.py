"""Layer stacks on disk: a readable JSON layer list, plus an optional .npz of weights beside it.

Both files are treated as hostile. The JSON goes through ``json_files.read_json`` (size cap,
regular files only, no NaN, deep nesting refused) and every value is type-checked; the .npz is
read by ``stack_weights`` (checked against the layers' shapes before any data is read).
Reading checks everything (format, every layer's kind and parameters, the memory budgets,
every weight's key and shape) before the model changes, so a bad file is rejected with a
reason and never half-applied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from convviz.io.json_files import JsonFileError, read_json
from convviz.io.stack_weights import read_weights
from convviz.model import limits
from convviz.model.stack.budget import check
from convviz.model.stack.layers import check_params, shown, spec as kind_spec
from convviz.model.stack.model import StackModel
from convviz.text import tr

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
    weights_file: Path | None = None  # read by ``apply``, once the input shape is known


def to_dict(model: StackModel, name: str = "", description: str = "") -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": name,
        "description": description,
        "input": {"channels": model.channels, "size": None if model.size is None else list(model.size)},
        "layers": [{"kind": c.kind, **c.params} for c in model.configs],
    }


# --- the JSON layer list ---------------------------------------------------------------------
def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _input(data: dict) -> tuple[int, tuple[int, int] | None]:
    inp = data.get("input", {})
    if not isinstance(inp, dict):
        raise StackFileError(
            tr("StackFiles", '"input" must be an object like {{"channels": 1, "size": [28, 28]}}, got {value}').format(
                value=shown(inp)
            )
        )
    channels, size = inp.get("channels", 1), inp.get("size")
    if not _is_int(channels) or channels not in (1, 3):
        raise StackFileError(
            tr("StackFiles", "input channels must be 1 or 3, got {value}").format(value=shown(channels))
        )
    if size is not None and not (
        isinstance(size, list) and len(size) == 2 and all(_is_int(s) and 1 <= s <= limits.IMAGE_MAX_SIDE for s in size)
    ):
        raise StackFileError(
            tr("StackFiles", "input size must be null or [height, width] in 1..{limit}, got {value}").format(
                limit=limits.IMAGE_MAX_SIDE, value=shown(size)
            )
        )
    return channels, None if size is None else (size[0], size[1])


def _text(data: dict, key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise StackFileError(tr("StackFiles", '"{key}" must be text, got {value}').format(key=key, value=shown(value)))
    return value


def _layers(data: dict) -> list[tuple[str, dict]]:
    entries = data.get("layers")
    if not isinstance(entries, list):
        raise StackFileError(tr("StackFiles", '"layers" must be a list'))
    if len(entries) > limits.STACK_MAX_LAYERS:  # before any is looked at: 10 000 layers is refused at once
        raise StackFileError(
            tr("StackFiles", "it has {count} layers; a stack holds at most {limit}").format(
                count=f"{len(entries):,}", limit=limits.STACK_MAX_LAYERS
            )
        )
    layers = []
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("kind"), str):
            raise StackFileError(tr("StackFiles", 'layer {index}: must be an object with a "kind"').format(index=i))
        try:
            label = kind_spec(entry["kind"]).label
        except ValueError as exc:
            raise StackFileError(tr("StackFiles", "layer {index}: {reason}").format(index=i, reason=exc)) from None
        try:
            given = {k: v for k, v in entry.items() if k != "kind"}
            if entry["kind"] == "dropout" and "training" in given:
                # files before the stack's eval/train switch gave each dropout its own mode:
                # still checked, but the stack's mode decides now
                if not isinstance(given.pop("training"), bool):
                    raise ValueError(tr("StackFiles", "training must be true or false"))
            params = check_params(entry["kind"], given)
            layers.append((entry["kind"], params))
        except ValueError as exc:
            raise StackFileError(
                tr("StackFiles", "layer {index} ({kind}): {reason}").format(index=i, kind=label, reason=exc)
            ) from None
    return layers


def parse(data: Any) -> StackSpec:
    """A checked StackSpec from decoded JSON, or StackFileError naming the first problem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StackFileError(
            tr("StackFiles", 'not a convviz stack (expected "format": "{format}")').format(format=FORMAT)
        )
    version = data.get("version")
    if not _is_int(version) or version != VERSION:
        raise StackFileError(
            tr("StackFiles", "unsupported version {version} (this reads {supported})").format(
                version=shown(version), supported=VERSION
            )
        )
    channels, size = _input(data)
    return StackSpec(_layers(data), channels, size, _text(data, "name"), _text(data, "description"))


def weights_path(path: str | Path) -> Path:
    return Path(path).with_suffix(".npz")


# --- loading and saving --------------------------------------------------------------------
def load(path: str | Path, with_weights: bool = True) -> StackSpec:
    """Read a stack file (and note its .npz if present). Raises StackFileError with a reason."""
    path = Path(path)
    try:
        data = read_json(path, limits.STACK_FILE_MAX_BYTES, tr("StackFiles", "stack file"))
    except JsonFileError as exc:
        raise StackFileError(str(exc)) from None
    spec = parse(data)
    if with_weights:
        try:
            weights_path(path).lstat()
            spec.weights_file = weights_path(path)
        except FileNotFoundError:
            pass  # no weights beside it: the layers get random ones
        except OSError as exc:
            raise StackFileError(
                tr("StackFiles", "cannot read weights '{name}': {reason}").format(
                    name=weights_path(path).name, reason=exc.strerror or exc
                )
            ) from None
    return spec


def apply(model: StackModel, spec: StackSpec) -> None:
    """Put a loaded stack into the model, all or nothing: budgets first (from shapes alone), then
    the weights file against the layers' shapes, then the model."""
    try:
        weights = dict(spec.weights)
        if spec.weights_file is not None:
            planned = check(spec.layers, model.input_shape_for(spec.channels, spec.size))
            weights.update(read_weights(spec.weights_file, planned, [k for k, _ in spec.layers]))
        model.replace(spec.layers, spec.channels, spec.size, weights)
    except ValueError as exc:  # WeightsFileError, a budget, a layer that cannot be built
        raise StackFileError(str(exc)) from None


def save(model: StackModel, path: str | Path, name: str = "", with_weights: bool = True, description: str = "") -> None:
    """Write the JSON layer list and, for the layers that build, their weights as .npz."""
    path = Path(path)
    path.write_text(json.dumps(to_dict(model, name or path.stem, description), indent=2) + "\n", encoding="utf-8")
    if with_weights:
        arrays = {
            f"layer{i + 1}.{k}": v for i, layer in enumerate(model.result.layers) for k, v in layer.params.items()
        }
        np.savez(weights_path(path), **arrays)


TRAINED_LENET = EXAMPLES_DIR / "lenet5.json"  # with lenet5.npz: trained by `python -m convviz.train --fresh`


def open_trained_lenet(model: StackModel) -> bool:
    """Put the shipped, trained LeNet-5 into ``model`` (what the stack tab opens on, so its tiles
    show learned stroke detectors, not noise); False, the model unchanged, if it cannot be read."""
    try:
        apply(model, load(TRAINED_LENET))
    except StackFileError:
        return False
    return True


def examples() -> dict[str, Path]:
    """Shipped example stacks: display name -> path."""
    found = {}
    for p in sorted(EXAMPLES_DIR.glob("*.json")):
        try:
            found[json.loads(p.read_text(encoding="utf-8")).get("name") or p.stem] = p
        except (OSError, ValueError):
            continue
    return found
