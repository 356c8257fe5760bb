"""The interface's translations: `python scripts/i18n.py update | release | check`.

update [PART ...]
         runs pyside6-lupdate over each part of convviz/gui (shell, explorer, stepper, stack,
         network, live), adding every new tr() string to convviz/resources/i18n/
         convviz_<part>_<lang>.ts (translations already there are kept; strings no longer in
         the code are dropped)
release  compiles each .ts into the .qm the app loads (pyside6-lrelease)
check    lists the strings of each .ts that are unfinished (exit status 1 if any)

Both tools ship in PySide6-Essentials (.venv/bin/pyside6-lupdate, pyside6-lrelease).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "convviz" / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW")
GUI = ROOT / "convviz" / "gui"
# One .ts per part of the window and language (convviz_<part>_<lang>.ts): each part's strings
# are translated on their own; the app loads every part's .qm. A part is the gui's folder of that
# name; "shell" is gui/shell and the modules at the top of gui/.
PARTS = ("shell", "explorer", "stepper", "stack", "network", "live")
ALIAS = ("-tr-function-alias", "translate+=tr")  # convviz.gui.i18n.tr(context, text) is translate()


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources(part: str) -> list[str]:
    files = list((GUI / part).rglob("*.py"))
    if part == "shell":
        files += list(GUI.glob("*.py"))
    return sorted(str(p) for p in files)


def ts_path(part: str, language: str) -> Path:
    return FOLDER / f"convviz_{part}_{language}.ts"


def ts_files(language: str) -> list[Path]:
    return [ts_path(part, language) for part in PARTS if ts_path(part, language).exists()]


def update(parts: tuple[str, ...] = PARTS) -> None:
    for part in parts:
        for language in LANGUAGES:
            subprocess.run(
                [_tool("pyside6-lupdate"), *sources(part), "-no-obsolete", "-locations", "none", *ALIAS,
                 "-target-language", language, "-ts", str(ts_path(part, language))],
                check=True,
            )  # fmt: skip


def release() -> None:
    for language in LANGUAGES:
        for ts in ts_files(language):
            # Into a new file, then renamed: Qt maps a loaded .qm, and one rewritten under a
            # running app (a test) crashed it with a bus error.
            partial = ts.with_suffix(".qm.partial")
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(partial)], check=True)
            os.replace(partial, ts.with_suffix(".qm"))


def unfinished(ts: Path) -> list[str]:
    """The source texts of a .ts with no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()
        ):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str]) -> int:
    command, parts = (argv[0] if argv else "check"), tuple(argv[1:]) or PARTS
    if command == "update":
        update(parts)
    elif command == "release":
        release()
    elif command == "check":
        problems = {ts.name: unfinished(ts) for language in LANGUAGES for ts in ts_files(language)}
        for name, texts in problems.items():
            print(f"{name}: {len(texts)} unfinished" + "".join(f"\n  {t!r}" for t in texts[:20]))
        return 1 if any(problems.values()) else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
