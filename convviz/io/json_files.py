"""Read a JSON document a user chose, treating it as hostile: bounded size, no special files,
no NaN/Infinity literals, nesting that fails cleanly — and one exception type with a sentence to show.

Every reader of user JSON (kernels, sessions, stacks) goes through `read_json`, so each gets the
same limits and the same plain messages instead of RecursionError, MemoryError or a hang on a FIFO.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from convviz.model.limits import mib as _mib
from convviz.text import tr


class JsonFileError(ValueError):
    """The file cannot be read as a JSON document; the message names the file and the reason."""


def read_json(path: str | os.PathLike[str], max_bytes: int, what: str | None = None) -> Any:
    """The decoded document in ``path``; raises JsonFileError (never another exception).

    ``max_bytes`` bounds what is read (a 200 MB "kernel file" is refused before it is decoded);
    ``what`` names the kind of file in messages ("kernel file", "session", "stack file"), in the
    interface's language (the caller translates it); "file" when it is not given.
    """
    what = what or tr("JsonFiles", "file")
    path = Path(path)
    name = path.name or str(path)
    text = _read_text(path, name, max_bytes, what)
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise JsonFileError(
            tr("JsonFiles", "'{name}' is not valid JSON: {reason}.").format(name=name, reason=exc)
        ) from None
    except RecursionError:  # the C decoder guards its recursion: deep nesting raises, not crashes
        raise JsonFileError(
            tr("JsonFiles", "'{name}' nests lists or objects too deeply to be a convviz {what}.").format(
                name=name, what=what
            )
        ) from None
    except ValueError as exc:  # a NaN/Infinity literal, an integer of thousands of digits
        raise JsonFileError(
            tr("JsonFiles", "'{name}' is not valid JSON: {reason}.").format(name=name, reason=exc)
        ) from None


def _read_text(path: Path, name: str, max_bytes: int, what: str) -> str:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise JsonFileError(
            tr("JsonFiles", "Cannot read '{name}': the file does not exist.").format(name=name)
        ) from None
    except OSError as exc:
        raise JsonFileError(_cannot_read(name, exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise JsonFileError(
            tr("JsonFiles", "Cannot read '{name}': it is a folder, not a {what}.").format(name=name, what=what)
        )
    if not stat.S_ISREG(info.st_mode):  # /dev/zero never ends, a FIFO blocks forever
        raise JsonFileError(
            tr("JsonFiles", "Cannot read '{name}': it is not a regular file (a device or a pipe).").format(name=name)
        )
    if info.st_size > max_bytes:
        raise JsonFileError(
            tr(
                "JsonFiles", "Cannot read '{name}': it is {size} bytes, and a convviz {what} is at most {limit}."
            ).format(name=name, size=f"{info.st_size:,}", what=what, limit=_mib(max_bytes))
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except PermissionError:
        raise JsonFileError(tr("JsonFiles", "Cannot read '{name}': permission denied.").format(name=name)) from None
    except OSError as exc:
        raise JsonFileError(_cannot_read(name, exc)) from None
    if len(data) > max_bytes:
        raise JsonFileError(
            tr("JsonFiles", "Cannot read '{name}': it is larger than {limit}.").format(name=name, limit=_mib(max_bytes))
        )
    if not data.strip():
        raise JsonFileError(tr("JsonFiles", "Cannot read '{name}': the file is empty.").format(name=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonFileError(
            tr("JsonFiles", "Cannot read '{name}': it is not UTF-8 text ({reason} at byte {byte}).").format(
                name=name, reason=exc.reason, byte=exc.start
            )
        ) from None


def _cannot_read(name: str, exc: OSError) -> str:
    return tr("JsonFiles", "Cannot read '{name}': {reason}.").format(name=name, reason=exc.strerror or exc)


def _reject_constant(name: str) -> float:
    raise ValueError(tr("JsonFiles", "{name} is not a number JSON allows").format(name=name))
