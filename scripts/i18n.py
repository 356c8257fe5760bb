"""The interface's translations: `python scripts/i18n.py update | release | check`.

update [PART ...]
         runs pyside6-lupdate over each part of convviz (shell, explorer, stepper, stack,
         network, live: the window; lessons, teaching, layer, model, io: the Qt-free code, see PARTS),
         adding every new tr() string to convviz/resources/i18n/
         convviz_<part>_<lang>.ts (translations already there are kept; strings no longer in
         the code are dropped)
release [PART ...]
         compiles each .ts into the .qm the app loads (pyside6-lrelease)
check    lists the strings of each .ts that are unfinished (exit status 1 if any)
fill PART LANG FILE.json
         writes translations into convviz_<PART>_<LANG>.ts from a JSON object
         {context: {source: translation}} (marks them finished; sources not in the .ts are
         reported, not added: run update first)

Both tools ship in PySide6-Essentials (.venv/bin/pyside6-lupdate, pyside6-lrelease).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "convviz" / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW")
PACKAGE = ROOT / "convviz"
# One .ts per part of the app and language (convviz_<part>_<lang>.ts): each part's strings are
# translated on their own; the app loads every part's .qm. A part is a set of source folders and
# files (globs under convviz/, "**" for a folder's subfolders too), less any another part claims
# first: the window's parts (shell is gui/shell and the modules at the top of gui/), then the
# Qt-free code's, whose words go through convviz.text.tr.
PARTS: dict[str, tuple[str, ...]] = {
    "shell": ("gui/shell/**/*.py", "gui/*.py"),
    "explorer": ("gui/explorer/**/*.py",),
    "stepper": ("gui/stepper/**/*.py",),
    "stack": ("gui/stack/**/*.py",),
    "network": ("gui/network/**/*.py",),
    "live": ("gui/live/**/*.py",),
    "lessons": ("model/teaching/lesson*.py",),
    "teaching": ("model/teaching/*.py", "animate.py"),
    "layer": ("model/layer/*.py", "model/codegen/*.py"),
    "model": ("model/*.py", "model/**/*.py", "engine/*.py", "text.py", "train.py", "model_info.py", "app.py"),
    "io": ("io/*.py", "camera/*.py"),
}
# convviz.gui.i18n.tr and convviz.text.tr are translate(); convviz.text.noop marks a constant.
ALIAS = ("-tr-function-alias", "translate+=tr,QT_TRANSLATE_NOOP+=noop")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def _claims() -> dict[str, list[Path]]:
    """Each part's files, every file in the first part whose globs match it."""
    taken: set[Path] = set()
    claims: dict[str, list[Path]] = {}
    for part, globs in PARTS.items():
        files = {p for g in globs for p in PACKAGE.glob(g)} - taken
        taken |= files
        claims[part] = sorted(files)
    return claims


def sources(part: str) -> list[str]:
    return [str(p) for p in _claims()[part]]


def ts_path(part: str, language: str) -> Path:
    return FOLDER / f"convviz_{part}_{language}.ts"


def ts_files(language: str) -> list[Path]:
    return [ts_path(part, language) for part in PARTS if ts_path(part, language).exists()]


def update(parts: tuple[str, ...] = tuple(PARTS)) -> None:
    for part in parts:
        for language in LANGUAGES:
            subprocess.run(
                [_tool("pyside6-lupdate"), *sources(part), "-no-obsolete", "-locations", "none", *ALIAS,
                 "-target-language", language, "-ts", str(ts_path(part, language))],
                check=True,
            )  # fmt: skip


def release(parts: tuple[str, ...] = tuple(PARTS)) -> None:
    for language in LANGUAGES:
        for ts in ts_files(language):
            if ts.name.removeprefix("convviz_").removesuffix(f"_{language}.ts") not in parts:
                continue
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


def fill(part: str, language: str, table: dict[str, dict[str, str]]) -> list[str]:
    """Translations from ``table`` into the part's .ts; the (context, source) pairs not found."""
    path = ts_path(part, language)
    tree = ET.parse(path)
    found: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = table.get(name, {}).get(source)
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            found.add((name, source))
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return [f"{c}: {s}" for c, texts in table.items() for s in texts if (c, s) not in found]


def main(argv: list[str]) -> int:
    command, parts = (argv[0] if argv else "check"), tuple(argv[1:]) or tuple(PARTS)
    if command == "update":
        update(parts)
    elif command == "release":
        release(parts)
    elif command == "fill" and len(argv) == 4:
        table = json.loads(Path(argv[3]).read_text(encoding="utf-8"))
        for missing in fill(argv[1], argv[2], table):
            print(f"not in the .ts (run update first?): {missing}", file=sys.stderr)
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
