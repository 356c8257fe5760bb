"""A non-editable install carries the bundled pictures and example stacks.

The wheel is built from a copy of the package (not the checkout), installed into a fresh folder,
and imported by a fresh interpreter whose working directory is not the checkout, so nothing can
be found by accident through the source tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, convviz
from convviz.io import samples, stack_files
print(json.dumps({"file": convviz.__file__,
                  "samples": [p.name for p in samples.bundled_samples()],
                  "examples": sorted(stack_files.examples()),
                  "loaded": [samples.bundled_samples()[0].name,
                             list(__import__("convviz.io.images", fromlist=["x"]).load_image(
                                 samples.bundled_samples()[0]).array.shape)]}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    shutil.copy(ROOT / "pyproject.toml", source)
    shutil.copy(ROOT / "README.md", source)
    shutil.copy(ROOT / "LICENSE", source)
    shutil.copytree(ROOT / "convviz", source / "convviz", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        timeout=600,
    )
    (built,) = out.glob("convviz-*.whl")
    return built


def test_the_wheel_holds_every_bundled_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, pattern in (("samples", "*.jpg"), ("stacks", "*.json"), ("i18n", "*.qm")):  # .qm: the translations
        expected = {
            f"convviz/resources/{folder}/{p.name}" for p in (ROOT / "convviz" / "resources" / folder).glob(pattern)
        }
        assert expected and expected <= names
    assert "convviz/resources/samples/README.md" in names  # provenance and licence travel too


def test_an_installed_wheel_finds_samples_and_example_stacks(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(site), str(wheel)],
        check=True,
        timeout=600,
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["file"]).is_relative_to(site)  # the installed copy, not the checkout
    shipped = sorted(p.name for p in (ROOT / "convviz" / "resources" / "samples").glob("*.jpg"))
    assert found["samples"] == shipped
    names = {
        json.loads(p.read_text(encoding="utf-8"))["name"]
        for p in (ROOT / "convviz" / "resources" / "stacks").glob("*.json")
    }
    assert set(found["examples"]) == names and len(names) >= 4
    assert found["loaded"][1][2] == 3  # the first picture decodes as RGB
