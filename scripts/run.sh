#!/usr/bin/env bash
# Set up (first time) and start convviz. Extra arguments go to the app, e.g. --image photo.png
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
