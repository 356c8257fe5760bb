"""scripts/setup.sh installs once, then starts nothing that needs the network until what it
installs changes (so `bash scripts/run.sh` starts offline)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Stands in for .venv/bin/python: records every pip call instead of making it, runs the rest.
FAKE_PYTHON = f"""#!/usr/bin/env bash
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then echo "pip $*" >> "$(dirname "$0")/../pip_calls"; exit 0; fi
exec {sys.executable} "$@"
"""


def make_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", project / "scripts")
    shutil.copy(ROOT / "pyproject.toml", project)
    venv_bin = project / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "python").write_text(FAKE_PYTHON)
    (venv_bin / "python").chmod(0o755)
    return project


def run_setup(project: Path, mode: str = "test", **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "scripts/setup.sh", mode],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CONVVIZ_SKIP_APT": "1", **env},
    )


def setup(project: Path, mode: str = "test") -> tuple[list[str], str]:
    calls = project / ".venv" / "pip_calls"
    calls.unlink(missing_ok=True)
    done = run_setup(project, mode)
    assert done.returncode == 0, done.stderr
    return (calls.read_text().splitlines() if calls.exists() else []), done.stderr


def test_setup_installs_once_then_calls_no_pip_until_pyproject_changes(tmp_path):
    project = make_project(tmp_path)
    calls, said = setup(project)
    assert any("-e .[test,dev]" in c for c in calls) and any("torch==2.13.0" in c for c in calls)
    assert "installing convviz" in said and "done" in said  # it says what it does
    assert setup(project) == ([], "")  # set up: silent, no pip (no network, no reinstall)
    assert setup(project, "run") == ([], "")  # a test setup covers the app's setup too
    with open(project / "pyproject.toml", "a") as f:
        f.write("\n# a new dependency would change this file\n")
    calls, _ = setup(project, "run")
    assert calls and "-e ." in calls[0]


def test_without_ci_a_failed_torch_install_warns_and_under_ci_it_fails(tmp_path):
    project = make_project(tmp_path)
    fake = project / ".venv" / "bin" / "python"
    fake.write_text(FAKE_PYTHON.replace("exit 0; fi", 'case "$*" in *torch*) exit 1;; esac; exit 0; fi'))
    quiet = run_setup(project, CI="")
    assert quiet.returncode == 0 and "torch cross-checks will be skipped" in quiet.stderr
    strict = run_setup(project, CI="true")
    assert strict.returncode == 1 and "CI must run every reference check" in strict.stderr
