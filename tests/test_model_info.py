"""`python -m convviz.model_info MODEL.onnx [--image PICTURE]` as a user runs it."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
from PIL import Image

from tests.conftest import reference_library

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "convviz.model_info", *args], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def _model(tmp_path: Path):
    torch = reference_library("torch")
    nn = torch.nn
    torch.manual_seed(1)
    net = nn.Sequential(
        nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4 * 8 * 8, 6)
    ).eval()
    path = tmp_path / "tiny.onnx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.onnx.export(net, (torch.zeros(1, 3, 16, 16),), str(path), dynamo=False, input_names=["input"])
    return torch, net, path


def test_the_summary_ends_with_the_totals_and_top5_matches_torch(tmp_path):
    torch, net, path = _model(tmp_path)
    picture = (np.random.default_rng(0).random((16, 16, 3)) * 255).astype(np.uint8)
    Image.fromarray(picture).save(tmp_path / "pic.png")
    done = run(str(path), "--image", str(tmp_path / "pic.png"), "--normalize", "none")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    params = sum(p.numel() for p in net.parameters())
    mult_adds = 16 * 16 * 4 * 27 + 256 * 6
    assert f"5 layers, {params:,} parameters, {mult_adds:,} mult-adds" in lines
    scores = net(torch.from_numpy(picture.astype(np.float32).transpose(2, 0, 1)[None] / 255))[0].detach().numpy()
    top = lines[lines.index(next(line for line in lines if line.startswith("top 5"))) + 1 :]
    assert len(top) == 5
    for rank, index in enumerate(np.argsort(-scores)[:5]):
        assert top[rank].startswith(f"{rank + 1}. class {index} ")
        assert f"score {scores[index]: .4f}" in top[rank]


def test_a_labels_file_names_the_classes(tmp_path):
    _, _, path = _model(tmp_path)
    (tmp_path / "labels.txt").write_text("\n".join(f"thing{i}" for i in range(6)), encoding="utf-8")
    Image.fromarray(np.zeros((20, 30, 3), np.uint8)).save(tmp_path / "pic.png")
    done = run(str(path), "--image", str(tmp_path / "pic.png"), "--labels", str(tmp_path / "labels.txt"))
    assert done.returncode == 0, done.stderr
    assert "1. thing" in done.stdout


def test_a_bad_file_is_one_line_and_exit_status_2(tmp_path):
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"\x00not a model" * 10)
    done = run(str(bad))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and "bad.onnx" in done.stderr and "Traceback" not in done.stderr
