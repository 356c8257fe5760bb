"""The architecture's import rules hold: `lint-imports` checks the contracts in pyproject.toml
([tool.importlinter]): the layers (entry points > gui > camera, io > model > engine), an engine that
imports no other convviz package and no Qt, pyqtgraph or OpenCV, a model and io without them, and a
camera package without Qt. scripts/check.sh runs the same command; this keeps it in the test suite."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    beside = Path(sys.executable).with_name("lint-imports")
    lint_imports = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert lint_imports, "import-linter is not installed: `bash scripts/setup.sh test` installs the dev tools"
    done = subprocess.run(
        [lint_imports, "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", done.stdout)
    assert kept and int(kept.group(1)) >= 4, done.stdout
