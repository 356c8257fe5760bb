#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for convviz: system libraries Qt needs, a virtual
# environment in .venv, and the package with its extras. Safe to run again.
#   bash scripts/setup.sh            # runtime only
#   bash scripts/setup.sh test       # + pytest, pytest-qt, hypothesis, torch (reference checks)
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt (PySide6) needs these for offscreen and for a real window; xvfb + imagemagick give a
# virtual screen and screenshots.
QT_LIBS="libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
  libxkbcommon-x11-0 libx11-xcb1 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 \
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1"
EXTRA=""
[ "${1:-}" = "test" ] && EXTRA="xvfb"
missing=""
for p in $QT_LIBS $EXTRA python3-venv; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
if [ "${1:-}" = "test" ]; then
  # torch is only an optional reference; its CPU wheel is pinned in the bench extra.
  .venv/bin/python -m pip install -q -e ".[test,bench]" || .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
