"""The .npz of weights beside a stack file, read as hostile input.

np.savez writes a zip of "<key>.npy" members, stored or deflated; nothing else is accepted. The
zip's directory, every member's declared size and every .npy header are checked against the
stack's own weight shapes before one byte of array data is read; pickles are never loaded.
"""

from __future__ import annotations

import math
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.lib import format as npy

from convviz.model import limits
from convviz.model.stack.budget import StackPlan
from convviz.model.stack.layers import cut, shown, spec as kind_spec
from convviz.text import tr


class WeightsFileError(ValueError):
    """A weights file that cannot be used; the message says why."""


def _not_npz(name: str) -> WeightsFileError:
    return WeightsFileError(
        tr("StackWeights", "'{name}' is not an .npz archive (the zip of .npy arrays numpy.savez writes)").format(
            name=name
        )
    )


def _both(keys: list[str]) -> str:
    """ "bias and weight" (the keys a layer has or needs, in the interface's language)."""
    if len(keys) == 2:
        return tr("StackWeights", "{first} and {second}").format(first=keys[0], second=keys[1])
    return ", ".join(keys)


_MEMBER = re.compile(r"layer([0-9]{1,4})\.(weight|bias)\.npy")
_MAX_MEMBERS = 2 * limits.STACK_MAX_LAYERS  # a weight and a bias per layer
_MAX_DIRECTORY = _MAX_MEMBERS * 1024  # bytes of zip directory that many short names need, with room
_END = struct.Struct("<4s4x2xHI")  # the end-of-directory record's signature, entries, directory size
_END_SIZE = 22  # the whole record, without its comment


@dataclass(frozen=True)
class _Array:
    info: zipfile.ZipInfo
    layer: int  # 0-based
    key: str  # "weight" or "bias"
    shape: tuple[int, ...]
    dtype: np.dtype
    fortran: bool
    offset: int  # where the data starts in the member

    @property
    def nbytes(self) -> int:
        return math.prod(self.shape) * self.dtype.itemsize


def _directory(handle: Any, size: int, name: str) -> None:
    """Refuse a file that is no zip, or whose directory claims more members than a stack has
    weights, from its end record alone: zipfile would otherwise parse millions of them."""
    tail_len = min(size, _END_SIZE + 65535)  # the record, then at most a 64 KiB comment
    handle.seek(size - tail_len)
    tail = handle.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END_SIZE:
        raise _not_npz(name)
    _, entries, directory = _END.unpack_from(tail, at)
    zip64 = at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07"  # its counts would override these
    if zip64 or entries > _MAX_MEMBERS or directory > _MAX_DIRECTORY:
        if zip64:
            text = tr(
                "StackWeights",
                "weights '{name}' hold very many arrays; a stack has at most {limit} (a weight and a bias per layer)",
            )
        else:
            text = tr(
                "StackWeights",
                "weights '{name}' hold {count} arrays; a stack has at most {limit} (a weight and a bias per layer)",
            )
        raise WeightsFileError(text.format(name=name, count=f"{entries:,}", limit=_MAX_MEMBERS))


def _member(info: zipfile.ZipInfo, name: str, n_layers: int) -> tuple[int, str]:
    match = _MEMBER.fullmatch(info.filename)
    if match is None:
        key = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
        raise WeightsFileError(
            tr(
                "StackWeights",
                "weights '{name}': unexpected array {key} (expected names like layer1.weight and layer1.bias)",
            ).format(name=name, key=shown(key))
        )
    layer, key = int(match[1]) - 1, match[2]
    if not 0 <= layer < n_layers:
        raise WeightsFileError(
            tr("StackWeights", "weights '{name}': '{member}' names no layer (the stack has {count})").format(
                name=name, member=f"layer{layer + 1}.{key}", count=n_layers
            )
        )
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
        raise WeightsFileError(
            tr(
                "StackWeights",
                "weights '{name}': '{member}' is encrypted or compressed in a way numpy.savez never writes",
            ).format(name=name, member=f"layer{layer + 1}.{key}")
        )
    return layer, key


# What reading a hostile member may raise: the zip layer (damaged data) and numpy's header parser.
_ZIP_ERRORS = (OSError, EOFError, RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error)
_HEADER_ERRORS = (ValueError, TypeError, SyntaxError, RecursionError, OverflowError)


def _damaged(name: str, member: str, exc: BaseException) -> WeightsFileError:
    return WeightsFileError(
        tr("StackWeights", "cannot read weights '{name}': '{member}' is damaged ({reason})").format(
            name=name, member=member, reason=cut(str(exc), 80)
        )
    )


def _header(archive: zipfile.ZipFile, info: zipfile.ZipInfo, layer: int, key: str, name: str) -> _Array:
    """The member's .npy header (shape, dtype), read without its data and without pickle."""
    member = f"layer{layer + 1}.{key}"
    try:
        with archive.open(info) as fp:
            try:
                version = npy.read_magic(fp)
                if version == (1, 0):
                    shape, fortran, dtype = npy.read_array_header_1_0(fp)
                elif version == (2, 0):
                    shape, fortran, dtype = npy.read_array_header_2_0(fp)
                else:
                    raise ValueError(f"version {version}")
            except _HEADER_ERRORS:
                raise WeightsFileError(
                    tr("StackWeights", "weights '{name}': '{member}' is not a .npy array numpy can describe").format(
                        name=name, member=member
                    )
                ) from None
            offset = fp.tell()
    except _ZIP_ERRORS as exc:
        raise _damaged(name, member, exc) from None
    if dtype.hasobject:
        raise WeightsFileError(
            tr(
                "StackWeights",
                "weights '{name}': '{member}' holds Python objects (pickled data), which convviz never loads; save plain float arrays",  # noqa: E501 (one literal, as lupdate reads it)
            ).format(name=name, member=member)
        )
    if dtype.kind != "f":
        raise WeightsFileError(
            tr("StackWeights", "weights '{name}': '{member}' must hold finite floats, not {dtype}").format(
                name=name, member=member, dtype=dtype
            )
        )
    arr = _Array(info, layer, key, tuple(shape), dtype, bool(fortran), offset)
    if any(s < 0 for s in arr.shape) or offset + arr.nbytes != info.file_size:
        raise WeightsFileError(
            tr(
                "StackWeights",
                "weights '{name}': '{member}' claims {count} values of {dtype}, but the archive holds {size} bytes for it",  # noqa: E501 (one literal, as lupdate reads it)
            ).format(
                name=name, member=member, count=f"{math.prod(arr.shape):,}", dtype=dtype, size=f"{info.file_size:,}"
            )
        )
    return arr


def _fit(arrays: list[_Array], planned: StackPlan, kinds: list[str], name: str) -> None:
    """Every array has the shape its layer has, and every layer with weights in the file has all of them."""
    found: dict[int, dict[str, tuple[int, ...]]] = {}
    for a in arrays:
        found.setdefault(a.layer, {})[a.key] = a.shape
    for layer, have in sorted(found.items()):
        where = tr("StackWeights", "weights '{name}' do not fit layer {layer} ({kind})").format(
            name=name, layer=layer + 1, kind=kind_spec(kinds[layer]).label
        )
        if layer >= len(planned.outputs):
            raise WeightsFileError(
                tr("StackWeights", "{where}: it cannot be built ({error})").format(where=where, error=planned.error)
            )
        need = planned.weights[layer]
        if not need:
            raise WeightsFileError(tr("StackWeights", "{where}: it has no weights").format(where=where))
        for key, shape in have.items():
            if key not in need:
                raise WeightsFileError(tr("StackWeights", "{where}: it has no {key}").format(where=where, key=key))
            if tuple(shape) != tuple(need[key]):
                raise WeightsFileError(
                    tr("StackWeights", "{where}: '{member}' is {shape}, the layer needs {need}").format(
                        where=where,
                        member=f"layer{layer + 1}.{key}",
                        shape=shown(tuple(shape), 60),
                        need=tuple(need[key]),
                    )
                )
        if set(have) != set(need):
            raise WeightsFileError(
                tr("StackWeights", "{where}: it needs {need}, the file has only {have}").format(
                    where=where, need=_both(sorted(need)), have=_both(sorted(have))
                )
            )


def _data(archive: zipfile.ZipFile, a: _Array, name: str) -> np.ndarray:
    member = f"layer{a.layer + 1}.{a.key}"
    try:
        with archive.open(a.info) as fp:
            fp.read(a.offset)
            raw = fp.read(a.nbytes)
            fp.read(1)  # reaching the end checks the CRC
    except _ZIP_ERRORS as exc:
        raise _damaged(name, member, exc) from None
    if len(raw) != a.nbytes:
        raise WeightsFileError(
            tr("StackWeights", "cannot read weights '{name}': '{member}' is cut short").format(name=name, member=member)
        )
    arr = np.frombuffer(raw, dtype=a.dtype).reshape(a.shape, order="F" if a.fortran else "C")
    if not np.all(np.isfinite(arr)):
        raise WeightsFileError(
            tr("StackWeights", "weights '{name}': '{member}' must hold finite floats").format(name=name, member=member)
        )
    return arr.astype(np.float64)


def read_weights(path: str | Path, planned: StackPlan, kinds: list[str]) -> dict[int, dict[str, np.ndarray]]:
    """{layer index: {"weight": ..., "bias": ...}} from members like "layer3.weight" (1-based),
    for the stack ``planned`` (of layers ``kinds``). All sizes, names and headers are checked
    before any data is read; what is read is bounded by WEIGHTS_FILE_MAX_BYTES uncompressed."""
    path = Path(path)
    name = path.name
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise WeightsFileError(
                tr("StackWeights", "cannot read weights '{name}': it is not a regular file").format(name=name)
            )
        if info.st_size > limits.WEIGHTS_FILE_MAX_BYTES:
            raise WeightsFileError(
                tr("StackWeights", "weights '{name}' are {size} bytes; a weights file may hold at most {limit}").format(
                    name=name, size=f"{info.st_size:,}", limit=limits.mib(limits.WEIGHTS_FILE_MAX_BYTES)
                )
            )
        with open(path, "rb") as handle:
            _directory(handle, info.st_size, name)
            try:
                archive = zipfile.ZipFile(handle)
            except (zipfile.BadZipFile, ValueError, OverflowError, EOFError, NotImplementedError, struct.error):
                raise _not_npz(name) from None
            with archive:
                return _read_archive(archive, planned, kinds, name)
    except (OSError, EOFError) as exc:
        raise WeightsFileError(
            tr("StackWeights", "cannot read weights '{name}': {reason}").format(
                name=name, reason=getattr(exc, "strerror", None) or exc
            )
        ) from None


def _read_archive(
    archive: zipfile.ZipFile, planned: StackPlan, kinds: list[str], name: str
) -> dict[int, dict[str, np.ndarray]]:
    members = archive.infolist()
    seen: set[str] = set()
    for info in members:
        if info.filename in seen:
            raise WeightsFileError(
                tr("StackWeights", "weights '{name}' hold {member} twice").format(
                    name=name, member=shown(info.filename)
                )
            )
        seen.add(info.filename)
    keys = [_member(info, name, len(kinds)) for info in members]
    total = sum(info.file_size for info in members)
    if total > limits.WEIGHTS_FILE_MAX_BYTES:  # the zip's own claim; reads never go past it
        raise WeightsFileError(
            tr(
                "StackWeights", "weights '{name}' would unpack to {size}; a weights file may unpack to at most {limit}"
            ).format(name=name, size=limits.mib(total), limit=limits.mib(limits.WEIGHTS_FILE_MAX_BYTES))
        )
    arrays = [_header(archive, info, layer, key, name) for info, (layer, key) in zip(members, keys, strict=True)]
    _fit(arrays, planned, kinds, name)
    out: dict[int, dict[str, np.ndarray]] = {}
    for a in arrays:
        out.setdefault(a.layer, {})[a.key] = _data(archive, a, name)
    return out
