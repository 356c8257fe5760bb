"""A labels file: one class name per line (ImageNet's synset_words.txt and the like)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from convviz.text import tr

MAX_BYTES = 4 * 2**20
MAX_LABELS = 100_000


class LabelFileError(ValueError):
    pass


def read_labels(path: str | os.PathLike[str]) -> list[str]:
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise LabelFileError(
            tr("LabelFiles", "Cannot read '{name}': {reason}.").format(name=path.name, reason=exc.strerror or exc)
        ) from None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
        raise LabelFileError(
            tr("LabelFiles", "'{name}' is not a labels file (a text file of at most {limit} MiB).").format(
                name=path.name, limit=MAX_BYTES // 2**20
            )
        )
    with open(path, "rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LabelFileError(tr("LabelFiles", "'{name}' is not UTF-8 text.").format(name=path.name)) from None
    labels = [line.strip() for line in text.splitlines() if line.strip()]
    if not labels or len(labels) > MAX_LABELS:
        raise LabelFileError(
            tr("LabelFiles", "'{name}' holds {count} labels; one per line, 1 to {limit}.").format(
                name=path.name, count=len(labels), limit=f"{MAX_LABELS:,}"
            )
        )
    return labels
