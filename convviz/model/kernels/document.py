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
from convviz.text import tr

FORMAT_TAG = "convviz-kernels"
FORMAT_VERSION = 1
MAX_NAME = 200  # characters in a filter's name (it is shown in a combo box)
RGB_CHANNELS = 3


class KernelDocumentError(ValueError):
    """A kernel document is malformed; the message says which field and why."""


def validate_kernel_document(document: Any) -> dict[str, Any]:
    """Check every field; return a clean copy with floats, or raise KernelDocumentError."""
    if not isinstance(document, dict):
        raise KernelDocumentError(tr("KernelFile", "the file must contain a JSON object."))
    if document.get("format") != FORMAT_TAG:
        raise KernelDocumentError(
            tr("KernelFile", "format must be {tag}, got {value}.").format(
                tag=repr(FORMAT_TAG), value=_short(document.get("format"))
            )
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= FORMAT_VERSION:
        raise KernelDocumentError(
            tr("KernelFile", "version must be {version}, got {value}.").format(
                version=FORMAT_VERSION, value=_short(version)
            )
        )
    shared = document.get("shared")
    if not isinstance(shared, bool):
        raise KernelDocumentError(
            tr("KernelFile", "'shared' must be true or false, got {value}.").format(value=_short(shared))
        )
    filters = document.get("filters")
    if not isinstance(filters, list) or not filters:
        raise KernelDocumentError(tr("KernelFile", "'filters' must be a non-empty list."))
    if len(filters) > MAX_FILTERS:
        raise KernelDocumentError(
            tr(
                "KernelFile",
                "it holds {count} filters; a layer here holds at most {limit} "
                "(each gets its own feature map on screen).",
            ).format(count=len(filters), limit=MAX_FILTERS)
        )
    channels = 1 if shared else RGB_CHANNELS
    clean_filters = [_validate_filter(f, i, channels) for i, f in enumerate(filters)]
    shapes = {_shape(f["weights"]) for f in clean_filters}
    if len(shapes) > 1:
        raise KernelDocumentError(
            tr("KernelFile", "all filters must have the same size, got {sizes}.").format(sizes=sorted(shapes))
        )
    bias = document.get("bias", [0.0] * len(filters))
    if not isinstance(bias, list) or len(bias) != len(filters):
        raise KernelDocumentError(
            tr("KernelFile", "'bias' must be a list with one number per filter ({count}).").format(count=len(filters))
        )
    clean_bias = [_number(b, f"bias[{i}]") for i, b in enumerate(bias)]
    return {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "shared": shared,
        "filters": clean_filters,
        "bias": clean_bias,
    }


def _validate_filter(entry: Any, index: int, channels: int) -> dict[str, Any]:
    where = tr("KernelFile", "filter {index}").format(index=index)
    if not isinstance(entry, dict):
        raise KernelDocumentError(
            tr("KernelFile", "{where} must be an object with 'name' and 'weights'.").format(where=where)
        )
    name = entry.get("name", f"filter {index + 1}")
    if not isinstance(name, str):
        raise KernelDocumentError(
            tr("KernelFile", "{where}: 'name' must be a string, got {value}.").format(where=where, value=_short(name))
        )
    if len(name) > MAX_NAME:
        raise KernelDocumentError(
            tr("KernelFile", "{where}: its name is {length} characters long; at most {limit}.").format(
                where=where, length=f"{len(name):,}", limit=MAX_NAME
            )
        )
    weights = entry.get("weights")
    if not isinstance(weights, list) or len(weights) != channels:
        raise KernelDocumentError(
            tr("KernelFile", "{where}: 'weights' must hold {channels} channel slice(s) (C, kH, kW).").format(
                where=where, channels=channels
            )
        )
    slices = [
        _validate_slice(s, tr("KernelFile", "{where} channel {channel}").format(where=where, channel=c))
        for c, s in enumerate(weights)
    ]
    if len({(len(s), len(s[0])) for s in slices}) > 1:
        raise KernelDocumentError(
            tr("KernelFile", "{where}: its channel slices have different sizes.").format(where=where)
        )
    return {"name": name, "weights": slices}


def _validate_slice(rows: Any, where: str) -> list[list[float]]:
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise KernelDocumentError(
            tr("KernelFile", "{where}: weights must be a list of rows of numbers.").format(where=where)
        )
    if not 1 <= len(rows) <= MAX_SIZE:
        raise KernelDocumentError(
            tr("KernelFile", "{where}: {rows} rows is outside 1..{limit}.").format(
                where=where, rows=len(rows), limit=MAX_SIZE
            )
        )
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        raise KernelDocumentError(
            tr("KernelFile", "{where}: rows have different lengths {lengths} (ragged).").format(
                where=where, lengths=sorted(widths)
            )
        )
    (width,) = widths
    if not 1 <= width <= MAX_SIZE:
        raise KernelDocumentError(
            tr("KernelFile", "{where}: {columns} columns is outside 1..{limit}.").format(
                where=where, columns=width, limit=MAX_SIZE
            )
        )
    return [
        [_number(v, tr("KernelFile", "{where} row {row}").format(where=where, row=r)) for v in row]
        for r, row in enumerate(rows)
    ]


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise KernelDocumentError(
            tr("KernelFile", "{where}: {value} is not a number.").format(where=where, value=_short(value))
        )
    number = float(value)
    if not math.isfinite(number):
        raise KernelDocumentError(
            tr("KernelFile", "{where}: {value} is not a finite number.").format(where=where, value=_short(value))
        )
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
