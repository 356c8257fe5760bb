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


class WeightsFileError(ValueError):
    """A weights file that cannot be used; the message says why."""


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
        raise WeightsFileError(f"'{name}' is not an .npz archive (the zip of .npy arrays numpy.savez writes)")
    _, entries, directory = _END.unpack_from(tail, at)
    zip64 = at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07"  # its counts would override these
    if zip64 or entries > _MAX_MEMBERS or directory > _MAX_DIRECTORY:
        raise WeightsFileError(
            f"weights '{name}' hold {'very many' if zip64 else f'{entries:,}'} arrays; "
            f"a stack has at most {_MAX_MEMBERS} (a weight and a bias per layer)"
        )


def _member(info: zipfile.ZipInfo, name: str, n_layers: int) -> tuple[int, str]:
    match = _MEMBER.fullmatch(info.filename)
    if match is None:
        key = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
        raise WeightsFileError(
            f"weights '{name}': unexpected array {shown(key)} (expected names like layer1.weight and layer1.bias)"
        )
    layer, key = int(match[1]) - 1, match[2]
    if not 0 <= layer < n_layers:
        raise WeightsFileError(f"weights '{name}': 'layer{layer + 1}.{key}' names no layer (the stack has {n_layers})")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
        raise WeightsFileError(
            f"weights '{name}': 'layer{layer + 1}.{key}' is encrypted or compressed in a way numpy.savez never writes"
        )
    return layer, key


# What reading a hostile member may raise: the zip layer (damaged data) and numpy's header parser.
_ZIP_ERRORS = (OSError, EOFError, RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error)
_HEADER_ERRORS = (ValueError, TypeError, SyntaxError, RecursionError, OverflowError)


def _damaged(name: str, label: str, exc: BaseException) -> WeightsFileError:
    return WeightsFileError(f"cannot read weights '{name}': {label} is damaged ({cut(str(exc), 80)})")


def _header(archive: zipfile.ZipFile, info: zipfile.ZipInfo, layer: int, key: str, name: str) -> _Array:
    """The member's .npy header (shape, dtype), read without its data and without pickle."""
    label = f"'layer{layer + 1}.{key}'"
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
                raise WeightsFileError(f"weights '{name}': {label} is not a .npy array numpy can describe") from None
            offset = fp.tell()
    except _ZIP_ERRORS as exc:
        raise _damaged(name, label, exc) from None
    if dtype.hasobject:
        raise WeightsFileError(
            f"weights '{name}': {label} holds Python objects (pickled data), which convviz "
            "never loads; save plain float arrays"
        )
    if dtype.kind != "f":
        raise WeightsFileError(f"weights '{name}': {label} must hold finite floats, not {dtype}")
    arr = _Array(info, layer, key, tuple(shape), dtype, bool(fortran), offset)
    if any(s < 0 for s in arr.shape) or offset + arr.nbytes != info.file_size:
        raise WeightsFileError(
            f"weights '{name}': {label} claims {math.prod(arr.shape):,} values of {dtype}, "
            f"but the archive holds {info.file_size:,} bytes for it"
        )
    return arr


def _fit(arrays: list[_Array], planned: StackPlan, kinds: list[str], name: str) -> None:
    """Every array has the shape its layer has, and every layer with weights in the file has all of them."""
    found: dict[int, dict[str, tuple[int, ...]]] = {}
    for a in arrays:
        found.setdefault(a.layer, {})[a.key] = a.shape
    for layer, have in sorted(found.items()):
        where = f"weights '{name}' do not fit layer {layer + 1} ({kind_spec(kinds[layer]).label})"
        if layer >= len(planned.outputs):
            raise WeightsFileError(f"{where}: it cannot be built ({planned.error})")
        need = planned.weights[layer]
        if not need:
            raise WeightsFileError(f"{where}: it has no weights")
        for key, shape in have.items():
            if key not in need:
                raise WeightsFileError(f"{where}: it has no {key}")
            if tuple(shape) != tuple(need[key]):
                raise WeightsFileError(
                    f"{where}: 'layer{layer + 1}.{key}' is {shown(tuple(shape), 60)}, "
                    f"the layer needs {tuple(need[key])}"
                )
        if set(have) != set(need):
            raise WeightsFileError(
                f"{where}: it needs {' and '.join(sorted(need))}, the file has only {' and '.join(sorted(have))}"
            )


def _data(archive: zipfile.ZipFile, a: _Array, name: str) -> np.ndarray:
    label = f"'layer{a.layer + 1}.{a.key}'"
    try:
        with archive.open(a.info) as fp:
            fp.read(a.offset)
            raw = fp.read(a.nbytes)
            fp.read(1)  # reaching the end checks the CRC
    except _ZIP_ERRORS as exc:
        raise _damaged(name, label, exc) from None
    if len(raw) != a.nbytes:
        raise WeightsFileError(f"cannot read weights '{name}': {label} is cut short")
    arr = np.frombuffer(raw, dtype=a.dtype).reshape(a.shape, order="F" if a.fortran else "C")
    if not np.all(np.isfinite(arr)):
        raise WeightsFileError(f"weights '{name}': {label} must hold finite floats")
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
            raise WeightsFileError(f"cannot read weights '{name}': it is not a regular file")
        if info.st_size > limits.WEIGHTS_FILE_MAX_BYTES:
            raise WeightsFileError(
                f"weights '{name}' are {info.st_size:,} bytes; a weights file may hold "
                f"at most {limits.mib(limits.WEIGHTS_FILE_MAX_BYTES)}"
            )
        with open(path, "rb") as handle:
            _directory(handle, info.st_size, name)
            try:
                archive = zipfile.ZipFile(handle)
            except (zipfile.BadZipFile, ValueError, OverflowError, EOFError, NotImplementedError, struct.error):
                raise WeightsFileError(
                    f"'{name}' is not an .npz archive (the zip of .npy arrays numpy.savez writes)"
                ) from None
            with archive:
                return _read_archive(archive, planned, kinds, name)
    except (OSError, EOFError) as exc:
        raise WeightsFileError(f"cannot read weights '{name}': {getattr(exc, 'strerror', None) or exc}") from None


def _read_archive(
    archive: zipfile.ZipFile, planned: StackPlan, kinds: list[str], name: str
) -> dict[int, dict[str, np.ndarray]]:
    members = archive.infolist()
    seen: set[str] = set()
    for info in members:
        if info.filename in seen:
            raise WeightsFileError(f"weights '{name}' hold {shown(info.filename)} twice")
        seen.add(info.filename)
    keys = [_member(info, name, len(kinds)) for info in members]
    total = sum(info.file_size for info in members)
    if total > limits.WEIGHTS_FILE_MAX_BYTES:  # the zip's own claim; reads never go past it
        raise WeightsFileError(
            f"weights '{name}' would unpack to {limits.mib(total)}; a weights file may "
            f"unpack to at most {limits.mib(limits.WEIGHTS_FILE_MAX_BYTES)}"
        )
    arrays = [_header(archive, info, layer, key, name) for info, (layer, key) in zip(members, keys, strict=True)]
    _fit(arrays, planned, kinds, name)
    out: dict[int, dict[str, np.ndarray]] = {}
    for a in arrays:
        out.setdefault(a.layer, {})[a.key] = _data(archive, a, name)
    return out
