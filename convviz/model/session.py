"""Save and restore a session (layer, kernels, input reference, view extras) as JSON.

The image itself is not embedded: the session stores its path (empty for samples drawn by
code, stored by name instead) and the caller reloads it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .settings import LayerParams
from .state import AppState, ColorMode

FORMAT = "convviz-session"
VERSION = 1


class SessionError(Exception):
    """The session file cannot be used; the message says why."""


def to_dict(state: AppState, extras: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "layer": state.layer.params.to_dict(),
        "input": {"path": state.input.path, "name": state.input.name,
                  "color_mode": state.input.color_mode.value},
        "kernels": state.bank.to_dict(),
        "extras": dict(extras or {}),
    }


def save(path: str | Path, state: AppState, extras: dict[str, Any] | None = None) -> None:
    Path(path).write_text(json.dumps(to_dict(state, extras), indent=1), encoding="utf-8")


def read(path: str | Path) -> dict[str, Any]:
    """The checked document; raises SessionError before anything is applied."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SessionError(f"Cannot read session '{Path(path).name}': {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(f"'{Path(path).name}' is not a convviz session file.")
    for part in ("layer", "input", "extras"):
        if not isinstance(data.get(part, {}), dict):
            raise SessionError(f"Session '{Path(path).name}': '{part}' must be an object.")
    try:
        LayerParams.from_dict(data.get("layer", {}))
        ColorMode(data.get("input", {}).get("color_mode", "gray"))
    except (ValueError, TypeError, AttributeError) as exc:
        raise SessionError(f"Session '{Path(path).name}' has a bad layer setting: {exc}") from None
    return data


def apply(state: AppState, data: dict[str, Any]) -> None:
    """Apply layer, colour mode and kernels (the image is the caller's, see module doc)."""
    if "kernels" in data:
        try:
            state.bank.load_dict(data["kernels"])
        except (KeyError, ValueError, TypeError) as exc:
            raise SessionError(f"Session kernels are malformed: {exc}") from None
    state.layer.set_params(LayerParams.from_dict(data.get("layer", {})))
    state.input.set_color_mode(data.get("input", {}).get("color_mode", "gray"))
