"""What a kept layer was and how the current one differs, in words, with sizes by hand."""

from __future__ import annotations

import numpy as np

from convviz.model.layer.comparison import describe, differences
from convviz.model.layer.compute import compute, take_snapshot
from convviz.model.state import AppState


def _result(state: AppState):
    return compute(take_snapshot(state, 0))


def test_valid_to_same_with_pooling_names_each_change_and_the_new_size():
    state = AppState(image=np.random.default_rng(0).random((40, 30)).astype(np.float32))
    kept = _result(state)
    assert describe(kept).endswith("→ 38×28")  # 40 − 3 + 1, 30 − 3 + 1
    assert differences(kept, kept) == []
    state.layer.update(padding_kind="same", pooling="max")
    now = _result(state)
    # SAME keeps 40×30, the 2×2 max pool halves it: 20×15.
    assert differences(kept, now) == ["padding valid → same", "pooling none → max", "output 38×28 → 20×15"]
    state.bank.set_current_kernel(np.ones((5, 5), np.float32))
    assert "the kernel" in differences(kept, _result(state))
