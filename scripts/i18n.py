"""The interface's translations: `python scripts/i18n.py update | release | check`.

update   runs pyside6-lupdate over convviz/gui, adding every new tr() string to
         convviz/resources/i18n/convviz_<lang>.ts (translations already there are kept;
         strings no longer in the code are dropped)
release  compiles each .ts into the .qm the app loads (pyside6-lrelease)
check    lists the strings of each .ts that are unfinished (exit status 1 if any)

Both tools ship in PySide6-Essentials (.venv/bin/pyside6-lupdate, pyside6-lrelease).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "convviz" / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW")
SOURCES = ROOT / "convviz" / "gui"
ALIAS = ("-tr-function-alias", "translate+=tr")  # convviz.gui.i18n.tr(context, text) is translate()


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def ts_path(language: str) -> Path:
    return FOLDER / f"convviz_{language}.ts"


def update() -> None:
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", *ALIAS,
             "-target-language", language, "-ts", str(ts_path(language))],
            check=True,
        )  # fmt: skip


def release() -> None:
    for language in LANGUAGES:
        qm = FOLDER / f"convviz_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(qm)], check=True)


def unfinished(language: str) -> list[str]:
    """The source texts of ``language``'s .ts with no finished translation."""
    missing = []
    for message in ET.parse(ts_path(language)).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()
        ):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        problems = {language: unfinished(language) for language in LANGUAGES}
        for language, texts in problems.items():
            print(f"{language}: {len(texts)} unfinished" + "".join(f"\n  {t!r}" for t in texts[:20]))
        return 1 if any(problems.values()) else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
