"""Save and load kernel banks as readable JSON.

{"format": "convviz-kernels", "version": 1, "shared": bool,
 "filters": [{"name": str, "weights": [[[...]]] (C, kH, kW)}], "bias": [float, ...]}

A file is validated completely (by ``convviz.model.kernels.document``) before anything is
returned, so a bad file never half-applies.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from convviz.io.json_files import JsonFileError, read_json
from convviz.model.kernels.bank import KernelBank
from convviz.model.kernels.document import (  # noqa: F401  (FORMAT_TAG, FORMAT_VERSION, MAX_NAME: the format's names)
    FORMAT_TAG,
    FORMAT_VERSION,
    MAX_NAME,
    KernelDocumentError,
    validate_kernel_document,
)
from convviz.model.limits import KERNEL_FILE_MAX_BYTES
from convviz.text import tr


class KernelFileError(Exception):
    """A kernel file could not be read or is malformed; the message says why."""


def save_kernels(path: str | os.PathLike[str], bank: KernelBank) -> None:
    """Write ``bank`` to ``path`` (one row of weights per line, so the file is easy to read)."""
    Path(path).write_text(format_document(bank.to_dict()), encoding="utf-8")


def format_document(document: dict[str, Any]) -> str:
    """JSON text with one kernel row per line (json.dumps would put every number on its own line)."""

    def dump(value: Any) -> str:
        return json.dumps(value, allow_nan=False, ensure_ascii=False)

    filters = []
    for entry in document["filters"]:
        slices = ",\n".join(
            "   [\n" + ",\n".join(f"    {dump(row)}" for row in channel) + "\n   ]" for channel in entry["weights"]
        )
        filters.append(f'  {{"name": {dump(entry["name"])}, "weights": [\n{slices}\n  ]}}')
    return (
        f'{{\n "format": {dump(document["format"])},\n "version": {dump(document["version"])},\n'
        f' "shared": {dump(document["shared"])},\n "filters": [\n' + ",\n".join(filters) + "\n ],\n"
        f' "bias": {dump(document["bias"])}\n}}\n'
    )


def load_kernels(path: str | os.PathLike[str]) -> KernelBank:
    """A new KernelBank from ``path``; raises KernelFileError if the file is malformed."""
    return KernelBank.from_dict(read_kernel_document(path))


def read_kernel_document(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The validated document in ``path`` (for ``KernelBank.load_dict`` on an existing bank)."""
    path = Path(path)
    try:
        document = read_json(path, KERNEL_FILE_MAX_BYTES, tr("KernelFiles", "kernel file"))
    except JsonFileError as exc:
        raise KernelFileError(str(exc)) from None
    try:
        return validate_document(document)
    except KernelFileError as exc:
        raise KernelFileError(tr("KernelFiles", "'{name}': {reason}").format(name=path.name, reason=exc)) from None


def validate_document(document: Any) -> dict[str, Any]:
    """Check every field; return a clean copy with floats, or raise KernelFileError.

    The checks are the model's (``convviz.model.kernels.document``), the one validator of a
    kernel document; this only gives its message the file error type.
    """
    try:
        return validate_kernel_document(document)
    except KernelDocumentError as exc:
        raise KernelFileError(str(exc)) from None
