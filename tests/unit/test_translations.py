"""Every UI string is translated into Danish and Swedish, and the catalogues load."""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "tools"))


def extracted(tmp_path) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in the code right now."""
    import lupdate
    fresh = tmp_path / "fresh.ts"
    fresh.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1"></TS>\n')
    lupdate.lupdate([fresh], ["-locations", "none"])
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in ET.parse(fresh).getroot().iter("context") for msg in ctx.iter("message")}


def translated(language: str) -> dict[tuple[str, str], bool]:
    root = ET.parse(TS_DIR / f"svarbox_{language}.ts").getroot()
    done = {}
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text for f in tr.findall("numerusform")] if tr is not None else []
            ok = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and (
                all(forms) if forms else bool((tr.text or "").strip()))
            done[(ctx.findtext("name"), msg.findtext("source"))] = ok
    return done


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    return extracted(tmp_path_factory.mktemp("ts"))


@pytest.mark.parametrize("language", ["da", "sv"])
def test_every_ui_string_is_translated(sources, language):
    done = translated(language)
    missing = sorted(f"{ctx}: {src}" for ctx, src in sources if not done.get((ctx, src)))
    assert not missing, f"{len(missing)} strings not translated into {language}:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("language", ["da", "sv"])
def test_placeholders_survive_translation(language):
    import re
    root = ET.parse(TS_DIR / f"svarbox_{language}.ts").getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            texts = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            for text in texts:
                if not text:
                    continue
                assert set(re.findall(r"\{[a-z_]+\}", source)) == set(re.findall(r"\{[a-z_]+\}", text)), \
                    (ctx.findtext("name"), source, text)


def test_compiled_catalogues_translate(tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator
    app = QCoreApplication.instance() or QCoreApplication([])
    for language, expected in (("da", "i morgen"), ("sv", "i morgon")):
        qm = tmp_path / f"svarbox_{language}.qm"
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(TS_DIR / f"svarbox_{language}.ts"), "-qm", str(qm)],
                       check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        assert translator.translate("Countdown", "tomorrow {time}").startswith(expected)
    del app
