"""The pooling-edge setting in session files: saved and read back, absent in a file written
before it existed (read as VALID, the old behaviour), refused by name when wrong."""

from __future__ import annotations

import json

import pytest

from convviz.io import session_files
from convviz.model.settings import PoolPadding
from convviz.model.state import AppState


def test_pool_padding_round_trips_through_a_session_file(tmp_path):
    state = AppState()
    state.layer.update(pooling="max", pool_size=3, pool_padding="same")
    path = tmp_path / "s.json"
    session_files.save(path, state)
    assert json.loads(path.read_text(encoding="utf-8"))["layer"]["pool_padding"] == "same"
    session = session_files.read(path)
    assert session.layer.pool_padding is PoolPadding.SAME and session.layer.pool_size == 3
    fresh = AppState()
    session_files.apply(fresh, session)
    assert fresh.layer.params.pool_padding is PoolPadding.SAME


def test_an_older_session_without_the_field_loads_as_valid(tmp_path):
    state = AppState()
    state.layer.update(pooling="avg", pool_stride=3)
    document = session_files.to_dict(state)
    del document["layer"]["pool_padding"]  # as convviz wrote sessions before the setting existed
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    session = session_files.read(path)
    assert session.layer.pool_padding is PoolPadding.VALID and session.layer.pool_stride == 3


@pytest.mark.parametrize("value", ["full", 1, True, None])
def test_a_wrong_value_is_refused_naming_the_field(tmp_path, value):
    document = session_files.to_dict(AppState())
    document["layer"]["pool_padding"] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(session_files.SessionError, match="pool_padding must be one of valid, ceil, same"):
        session_files.read(path)
