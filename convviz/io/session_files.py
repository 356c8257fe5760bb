"""Save and restore a session (layer, kernels, input reference, view extras) as JSON.

The image itself is not embedded: the session stores its path (empty for samples drawn by
code, stored by name instead) and the caller reloads it. `read` validates the whole document
and returns a `Session` of clean values, so applying it cannot fail half-way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from convviz.io.json_files import JsonFileError, read_json
from convviz.io.kernel_files import KernelFileError, validate_document
from convviz.model.limits import SESSION_FILE_MAX_BYTES
from convviz.model.settings import LayerParams
from convviz.model.state import AppState, ColorMode
from convviz.text import tr

FORMAT = "convviz-session"
VERSION = 1
PARTS = {"format", "version", "layer", "input", "kernels", "extras"}
INPUT_KEYS = {"path", "name", "color_mode"}
MAX_TEXT = 4096  # characters in a path or a name


class SessionError(Exception):
    """The session file cannot be used; the message says why."""


@dataclass(frozen=True)
class Session:
    """A checked session: every field has the right type and range."""

    layer: LayerParams
    color_mode: ColorMode
    image_path: str  # "" when the input was a pattern drawn by code
    image_name: str
    kernels: dict[str, Any] | None  # a validated kernel document, or None to keep the current bank
    extras: dict[str, str] = field(default_factory=dict)


def to_dict(state: AppState, extras: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "layer": state.layer.params.to_dict(),
        "input": {"path": state.input.path, "name": state.input.name, "color_mode": state.input.color_mode.value},
        "kernels": state.bank.to_dict(),
        "extras": dict(extras or {}),
    }


def save(path: str | Path, state: AppState, extras: dict[str, Any] | None = None) -> None:
    Path(path).write_text(json.dumps(to_dict(state, extras), indent=1), encoding="utf-8")


def read(path: str | Path) -> Session:
    """The checked session in ``path``; raises SessionError before anything is applied."""
    name = Path(path).name
    try:
        data = read_json(path, SESSION_FILE_MAX_BYTES, tr("SessionFiles", "session"))
    except JsonFileError as exc:
        raise SessionError(str(exc)) from None
    try:
        return parse(data)
    except SessionError as exc:
        raise SessionError(tr("SessionFiles", "Session '{name}': {reason}").format(name=name, reason=exc)) from None


def parse(data: Any) -> Session:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(tr("SessionFiles", 'this is not a convviz session file (no "format": "convviz-session").'))
    version = data.get("version", VERSION)
    if type(version) is not int or version != VERSION:
        raise SessionError(
            tr("SessionFiles", "version {version} is not one this convviz reads ({supported}).").format(
                version=_show(version), supported=VERSION
            )
        )
    unknown = sorted(set(data) - PARTS)
    if unknown:
        raise SessionError(tr("SessionFiles", "unknown part {part}.").format(part=_show(unknown[0])))
    for part in ("layer", "input", "extras"):
        if not isinstance(data.get(part, {}), dict):
            raise SessionError(tr("SessionFiles", "'{part}' must be an object.").format(part=part))
    try:
        layer = LayerParams.from_dict(data.get("layer", {}))
    except ValueError as exc:
        raise SessionError(tr("SessionFiles", "bad layer setting: {reason}.").format(reason=exc)) from None
    inputs = data.get("input", {})
    unknown = sorted(set(inputs) - INPUT_KEYS)
    if unknown:
        raise SessionError(tr("SessionFiles", "unknown input field {field}.").format(field=_show(unknown[0])))
    image_path, image_name = _text(inputs, "path"), _text(inputs, "name")
    mode = inputs.get("color_mode", ColorMode.GRAY.value)
    if mode not in [m.value for m in ColorMode]:
        raise SessionError(
            tr("SessionFiles", 'input color_mode must be "gray" or "rgb", got {value}.').format(value=_show(mode))
        )
    kernels = None
    if "kernels" in data:
        try:
            kernels = validate_document(data["kernels"])
        except KernelFileError as exc:
            raise SessionError(tr("SessionFiles", "its kernels are malformed: {reason}").format(reason=exc)) from None
    extras = data.get("extras", {})
    for key, value in extras.items():
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise SessionError(
                tr("SessionFiles", "extras.{key} must be a short text, got {value}.").format(
                    key=f"{key:.40}", value=_show(value)
                )
            )
    return Session(layer, ColorMode(mode), image_path, image_name, kernels, dict(extras))


def apply(state: AppState, session: Session) -> None:
    """Apply layer, colour mode and kernels (the image is the caller's, see module doc)."""
    if session.kernels is not None:
        state.bank.load_dict(session.kernels)
    state.layer.set_params(session.layer)
    state.input.set_color_mode(session.color_mode)


def _text(inputs: dict[str, Any], key: str) -> str:
    value = inputs.get(key, "")
    if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value:
        raise SessionError(
            tr("SessionFiles", "input {key} must be a text (a file path or a name), got {value}.").format(
                key=key, value=_show(value)
            )
        )
    return value


def _show(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (RecursionError, ValueError, TypeError):
        text = f"a {type(value).__name__}"
    return text if len(text) <= 40 else text[:37] + "…"
