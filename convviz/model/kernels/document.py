"""The one validator of a kernel document (a kernel file, or the "kernels" part of a session).

{"format": "convviz-kernels", "version": 1, "shared": bool,
 "filters": [{"name": str, "weights": [[[...]]] (C, kH, kW)}], "bias": [float, ...]}

Every field is checked before anything is returned, with a message naming the field, so a bad
document never half-applies. ``KernelBank.from_dict`` / ``load_dict`` run it, and
``convviz.io.kernel_files`` turns its error into a ``KernelFileError`` naming the file.
"""

from __future__ import annotations

import json
import math
from typing import Any

from convviz.model.kernels.ops import MAX_SIZE
from convviz.model.limits import MAX_FILTERS

FORMAT_TAG = "convviz-kernels"
FORMAT_VERSION = 1
MAX_NAME = 200  # characters in a filter's name (it is shown in a combo box)
RGB_CHANNELS = 3


class KernelDocumentError(ValueError):
    """A kernel document is malformed; the message says which field and why."""


def validate_kernel_document(document: Any) -> dict[str, Any]:
    """Check every field; return a clean copy with floats, or raise KernelDocumentError."""
    if not isinstance(document, dict):
        raise KernelDocumentError("the file must contain a JSON object.")
    if document.get("format") != FORMAT_TAG:
        raise KernelDocumentError(f"format must be {FORMAT_TAG!r}, got {_short(document.get('format'))}.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= FORMAT_VERSION:
        raise KernelDocumentError(f"version must be {FORMAT_VERSION}, got {_short(version)}.")
    shared = document.get("shared")
    if not isinstance(shared, bool):
        raise KernelDocumentError(f"'shared' must be true or false, got {_short(shared)}.")
    filters = document.get("filters")
    if not isinstance(filters, list) or not filters:
        raise KernelDocumentError("'filters' must be a non-empty list.")
    if len(filters) > MAX_FILTERS:
        raise KernelDocumentError(
            f"it holds {len(filters)} filters; a layer here holds at most {MAX_FILTERS} "
            "(each gets its own feature map on screen)."
        )
    channels = 1 if shared else RGB_CHANNELS
    clean_filters = [_validate_filter(f, i, channels) for i, f in enumerate(filters)]
    shapes = {_shape(f["weights"]) for f in clean_filters}
    if len(shapes) > 1:
        raise KernelDocumentError(f"all filters must have the same size, got {sorted(shapes)}.")
    bias = document.get("bias", [0.0] * len(filters))
    if not isinstance(bias, list) or len(bias) != len(filters):
        raise KernelDocumentError(f"'bias' must be a list with one number per filter ({len(filters)}).")
    clean_bias = [_number(b, f"bias[{i}]") for i, b in enumerate(bias)]
    return {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "shared": shared,
        "filters": clean_filters,
        "bias": clean_bias,
    }


def _validate_filter(entry: Any, index: int, channels: int) -> dict[str, Any]:
    where = f"filter {index}"
    if not isinstance(entry, dict):
        raise KernelDocumentError(f"{where} must be an object with 'name' and 'weights'.")
    name = entry.get("name", f"filter {index + 1}")
    if not isinstance(name, str):
        raise KernelDocumentError(f"{where}: 'name' must be a string, got {_short(name)}.")
    if len(name) > MAX_NAME:
        raise KernelDocumentError(f"{where}: its name is {len(name):,} characters long; at most {MAX_NAME}.")
    weights = entry.get("weights")
    if not isinstance(weights, list) or len(weights) != channels:
        raise KernelDocumentError(f"{where}: 'weights' must hold {channels} channel slice(s) (C, kH, kW).")
    slices = [_validate_slice(s, f"{where} channel {c}") for c, s in enumerate(weights)]
    if len({(len(s), len(s[0])) for s in slices}) > 1:
        raise KernelDocumentError(f"{where}: its channel slices have different sizes.")
    return {"name": name, "weights": slices}


def _validate_slice(rows: Any, where: str) -> list[list[float]]:
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise KernelDocumentError(f"{where}: weights must be a list of rows of numbers.")
    if not 1 <= len(rows) <= MAX_SIZE:
        raise KernelDocumentError(f"{where}: {len(rows)} rows is outside 1..{MAX_SIZE}.")
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        raise KernelDocumentError(f"{where}: rows have different lengths {sorted(widths)} (ragged).")
    (width,) = widths
    if not 1 <= width <= MAX_SIZE:
        raise KernelDocumentError(f"{where}: {width} columns is outside 1..{MAX_SIZE}.")
    return [[_number(v, f"{where} row {r}") for v in row] for r, row in enumerate(rows)]


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise KernelDocumentError(f"{where}: {_short(value)} is not a number.")
    number = float(value)
    if not math.isfinite(number):
        raise KernelDocumentError(f"{where}: {_short(value)} is not a finite number.")
    return number


def _short(value: Any) -> str:
    """A value as the file wrote it, cut short: messages must stay readable whatever the file holds."""
    try:
        text = repr(value) if isinstance(value, float) else json.dumps(value, ensure_ascii=False)
    except (RecursionError, ValueError, TypeError):
        text = f"a {type(value).__name__}"
    return text if len(text) <= 40 else text[:37] + "…"


def _shape(weights: list[list[list[float]]]) -> tuple[int, int, int]:
    return len(weights), len(weights[0]), len(weights[0][0])
