#!/usr/bin/env bash
# Static checks, run by .ci/run before the tests: ruff (lint), mypy (engine, model, io),
# import-linter (the import contracts between the layers) and ruff format (the layout; fix it
# with `.venv/bin/ruff format .`). Each reads its settings from pyproject.toml; every check
# runs, and the script fails if any of them failed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test  # the dev tools come with the test setup (nothing to do once installed)
failed=""
run() {
  printf 'check: %s\n' "$*"
  "$@" || failed="$failed $1"
}
run .venv/bin/ruff check .
run .venv/bin/mypy
run .venv/bin/lint-imports --no-cache --no-logo
run .venv/bin/ruff format --check .
if [ -n "$failed" ]; then
  printf 'check: failed:%s\n' "$failed"
  exit 1
fi
printf 'check: ruff, mypy, lint-imports and ruff format passed\n'
