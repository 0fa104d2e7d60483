"""Refresh resources/translations/svarbox_{da,sv,en}.ts from the source code.

Runs pyside6-lupdate over every Python file under app/, keeping existing translations and
marking vanished strings obsolete. `make lupdate` calls this; translators then fill the .ts
files (Qt Linguist or by hand) and `make translations` compiles them to .qm.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("da", "sv", "en")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")
                  if "migrations" not in p.parts)


def lupdate(ts_files: list[Path], extra: list[str] | None = None) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(tool), *sources(), "-ts", *map(str, ts_files), *(extra or [])]
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = [TS_DIR / f"svarbox_{lang}.ts" for lang in LANGUAGES]
    for lang, path in zip(LANGUAGES, files):
        if not path.exists():
            path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                            f'<TS version="2.1" language="{lang}"></TS>\n', encoding="utf-8")
    lupdate(files, ["-no-obsolete", "-locations", "none"])
    print("updated", ", ".join(str(f.relative_to(ROOT)) for f in files))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
