#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for convviz: system libraries Qt needs, a virtual
# environment in .venv, and the package with its extras. Safe to run again: once set up it
# touches neither apt nor pip (so the app starts offline) until pyproject.toml or this script change.
#   bash scripts/setup.sh            # runtime only
#   bash scripts/setup.sh test       # + pytest, pytest-qt, hypothesis, torch (reference checks),
#                                    #   ruff, mypy, import-linter (scripts/check.sh)
# CONVVIZ_SKIP_APT=1 leaves system packages alone (a managed image, or the setup's own tests).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-run}"
say() { printf 'convviz setup: %s\n' "$*" >&2; }

# Qt (PySide6) needs these for offscreen and for a real window; xvfb gives tests and screenshots
# a virtual screen.
QT_LIBS="libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
  libxkbcommon-x11-0 libx11-xcb1 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 \
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1"
# The app's lessons and help write 卷积 and the course notes' other terms: a font with Chinese
# glyphs, or Qt draws boxes (the tests do not need one, so CI does not fetch its 56 MB).
EXTRA="fonts-noto-cjk"
[ "$MODE" = "test" ] && EXTRA="xvfb"
missing=""
if [ "${CONVVIZ_SKIP_APT:-}" != "1" ] && command -v dpkg >/dev/null; then
  for p in $QT_LIBS $EXTRA python3-venv; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    say "installing system libraries with apt-get:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  else
    say "warning: no apt-get; make sure these (or your system's equivalents) are installed:$missing"
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  say "creating the virtual environment .venv with $("$PY" --version 2>&1)"
  "$PY" -m venv .venv
fi

# What pip installed is recorded by a fingerprint of everything that decides it; the same
# fingerprint next time means nothing to do (no network, no reinstall).
fingerprint() { cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1; .venv/bin/python --version; }
STAMP=".venv/.convviz-setup-$MODE"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(fingerprint)" ]; then
  exit 0
fi

if [ "$MODE" = "test" ]; then
  say "installing convviz and its test tools into .venv (pip; a first install takes a minute or two)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,dev]"
  # torch is only a reference the tests compare against. 2.13.0 is pinned; on this project's
  # machines pip finds its CPU wheel locally. Elsewhere, get the CPU build first (README).
  say "installing torch 2.13.0, the reference for the cross-checks (pip)"
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check "torch==2.13.0"; then
    if [ "${CI:-}" = "true" ]; then
      say "error: torch could not be installed, and CI must run every reference check."
      exit 1
    fi
    say "warning: torch could not be installed; the torch cross-checks will be skipped (see README)."
    STAMP=/dev/null  # try again next time
  fi
else
  say "installing convviz into .venv (pip; a first install takes a minute)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
fingerprint > "$STAMP"
# A test setup is also a complete runtime setup.
if [ "$MODE" = "test" ]; then fingerprint > ".venv/.convviz-setup-run"; fi
say "done"
