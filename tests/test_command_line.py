"""`python main.py` as a newcomer types it: --help, --version, --sample names, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from convviz.app import parse_args, sample_names
from convviz.io import samples

ROOT = Path(__file__).resolve().parents[1]


def run_main(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=300, env=env
    )


def test_help_lists_every_sample_and_version_prints():
    done = run_main("--help")
    assert done.returncode == 0
    names = list(samples.PATTERNS) + [p.stem for p in samples.bundled_samples()]
    assert "landscape" in names and all(name in done.stdout for name in names)
    version = run_main("--version")
    assert version.returncode == 0 and version.stdout.startswith("convviz ")


def test_an_unknown_sample_names_the_valid_ones():
    done = run_main("--sample", "bogus")
    assert done.returncode == 2
    assert "unknown sample 'bogus'" in done.stderr and "checkerboard" in done.stderr and "still_life" in done.stderr


def test_bundled_pictures_are_samples_too():
    args, _ = parse_args(["--sample", "brick_facade"])
    assert args.sample == "brick_facade" and "brick_facade" in sample_names()


def test_without_a_display_one_clear_line_and_a_nonzero_exit():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = run_main(env=env)
    assert done.returncode == 3  # not 134 (Qt's abort, with a core dump)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "needs a display" in lines[0] and "xvfb-run" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
