"""Kernel bank JSON files: round trip, readability, and every malformed case."""

from __future__ import annotations

import json

import numpy as np
import pytest

from convviz.io.kernel_files import KernelFileError, load_kernels, read_kernel_document, save_kernels, validate_document
from convviz.model.kernels.bank import KernelBank


def valid_document() -> dict:
    return {
        "format": "convviz-kernels",
        "version": 1,
        "shared": True,
        "filters": [{"name": "a", "weights": [[[0, 1], [2, 3]]]}, {"name": "b", "weights": [[[4, 5], [6, 7.5]]]}],
        "bias": [0.5, -1],
    }


def write(tmp_path, content) -> object:
    path = tmp_path / "bank.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_round_trip_keeps_everything(tmp_path):
    bank = KernelBank()
    bank.resize(3, 5)
    bank.add_filter(name="Ünïcødé")
    bank.set_shared(False)
    bank.channel = 2
    bank.set_value(0, 4, 1 / 3)
    bank.set_bias(0.25)
    path = tmp_path / "bank.json"
    save_kernels(path, bank)
    loaded = load_kernels(path)
    assert loaded.to_dict() == bank.to_dict()
    assert loaded.names == ["edge", "Ünïcødé"] and loaded.size == (3, 5) and not loaded.shared
    np.testing.assert_array_equal(loaded.weight(3), bank.weight(3))


def test_file_is_readable_one_row_per_line(tmp_path):
    path = tmp_path / "bank.json"
    save_kernels(path, KernelBank())
    text = path.read_text(encoding="utf-8")
    assert "[-1.0, 8.0, -1.0]" in text
    assert json.loads(text)["format"] == "convviz-kernels"


def test_valid_document_is_cleaned_to_floats(tmp_path):
    document = read_kernel_document(write(tmp_path, valid_document()))
    assert document["filters"][0]["weights"] == [[[0.0, 1.0], [2.0, 3.0]]]
    assert document["bias"] == [0.5, -1.0]


def test_load_dict_applies_a_file_to_an_existing_bank_as_one_undo_step(tmp_path):
    bank = KernelBank()
    bank.load_dict(read_kernel_document(write(tmp_path, valid_document())))
    assert bank.names == ["a", "b"] and bank.size == (2, 2)
    bank.undo()
    assert bank.names == ["edge"]


def mutate(change):
    document = valid_document()
    change(document)
    return document


MALFORMED = {
    "bad json": ("{not json", "not valid JSON"),
    "NaN literal": ('{"format": "convviz-kernels", "weights": NaN}', "not valid JSON"),
    "not an object": ([1, 2], "JSON object"),
    "wrong format tag": (mutate(lambda d: d.update(format="png")), "format"),
    "wrong version": (mutate(lambda d: d.update(version=7)), "version"),
    "shared not bool": (mutate(lambda d: d.update(shared="yes")), "shared"),
    "no filters": (mutate(lambda d: d.update(filters=[])), "non-empty"),
    "ragged rows": (mutate(lambda d: d["filters"][0].update(weights=[[[1, 2], [3]]])), "ragged"),
    "string weight": (mutate(lambda d: d["filters"][0].update(weights=[[[1, "x"], [3, 4]]])), "not a number"),
    "bool weight": (mutate(lambda d: d["filters"][0].update(weights=[[[1, True], [3, 4]]])), "not a number"),
    "null weight": (mutate(lambda d: d["filters"][0].update(weights=[[[1, None], [3, 4]]])), "not a number"),
    "too big": (
        mutate(lambda d: d.update(filters=[{"name": "x", "weights": [[[0] * 16] * 16]}], bias=[0])),
        "outside 1..15",
    ),
    "zero rows": (mutate(lambda d: d["filters"][0].update(weights=[[]])), "outside 1..15"),
    "zero columns": (mutate(lambda d: d["filters"][0].update(weights=[[[], []]])), "outside 1..15"),
    "mismatched sizes": (mutate(lambda d: d["filters"][1].update(weights=[[[1, 2, 3]]])), "same size"),
    "wrong channel count": (mutate(lambda d: d.update(shared=False)), "3 channel"),
    "bias count": (mutate(lambda d: d.update(bias=[0])), "one number per filter"),
    "bias not number": (mutate(lambda d: d.update(bias=[0, "1"])), "not a number"),
    "name not string": (mutate(lambda d: d["filters"][0].update(name=3)), "name"),
    "weights missing": (mutate(lambda d: d["filters"][0].pop("weights")), "weights"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_file_raises_with_reason(tmp_path, case):
    content, reason = MALFORMED[case]
    with pytest.raises(KernelFileError, match=reason) as info:
        load_kernels(write(tmp_path, content))
    assert "bank.json" in str(info.value)


def test_huge_number_overflowing_to_infinity_is_rejected():
    with pytest.raises(KernelFileError, match="finite"):
        validate_document(mutate(lambda d: d.update(bias=[0, 1e400])))


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(KernelFileError, match="missing.json"):
        load_kernels(tmp_path / "missing.json")
    binary = tmp_path / "bank.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(KernelFileError):
        load_kernels(binary)


def test_a_bad_file_leaves_the_bank_untouched(tmp_path):
    bank = KernelBank()
    before = bank.to_dict()
    with pytest.raises(KernelFileError):
        bank.load_dict(read_kernel_document(write(tmp_path, MALFORMED["mismatched sizes"][0])))
    assert bank.to_dict() == before and not bank.can_undo
