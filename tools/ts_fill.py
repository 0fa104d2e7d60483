"""Fill untranslated messages of a Qt .ts file from other .ts files of the same language.

Used when merging branches that each added translations: keep one side's file, run
`make lupdate` so every string of the merged code is present, then

    python tools/ts_fill.py resources/translations/svarbox_da.ts other_da.ts [more.ts ...]

copies each finished translation (plain or numerus) found in the others for the same context
and source text into the target where the target has none. Nothing already translated changes.
With --any-context, a string that moved to another context (a class was split) takes the
translation the same source text has in any context.
"""
from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = tr.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((tr.text or "").strip())


def _messages(root: ET.Element):
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.findall("message"):
            yield name, message


def fill(target: Path, sources: list[Path], any_context: bool = False) -> int:
    known: dict[tuple[str, str, str], ET.Element] = {}
    for source in sources:
        for name, message in _messages(ET.parse(source).getroot()):
            if _finished(message):
                key = _key(name, message)
                known.setdefault(key, message.find("translation"))
                if any_context:
                    known.setdefault(("*",) + key[1:] + (message.get("numerus", ""),), message.find("translation"))
    tree = ET.parse(target)
    filled = 0
    for name, message in _messages(tree.getroot()):
        if _finished(message):
            continue
        key = _key(name, message)
        found = known.get(key)
        if found is None and any_context:
            found = known.get(("*",) + key[1:] + (message.get("numerus", ""),))
        if found is None:
            continue
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        message.append(copy.deepcopy(found))
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    any_context = "--any-context" in argv
    argv = [a for a in argv if a != "--any-context"]
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    count = fill(Path(argv[0]), [Path(a) for a in argv[1:]], any_context)
    print(f"{argv[0]}: {count} translations filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
