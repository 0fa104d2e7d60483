"""Records export: the PDF's extracted text and the JSON carry the case exactly, æøå äöå and
emoji included; the export is audited without text."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app import __version__
from app.models import tables as t
from app.services.records import export
from tests.factories import local, make_account, make_item, make_note, make_sent_reply, make_thread

ROOT = Path(__file__).resolve().parents[2]
SE = "Europe/Stockholm"
CITIZEN_TEXT = ("Hej! Min dotter halkade i omklädningsrummet och skadade knät 😢 Vem ansvarar? "
                "Æøå äöå ÅÄÖ 🎉 **inte fet** <b>inte html</b> {nb}")
REPLY_TEXT = "Hej Åsa! Vi har skickat ditt ärende till fritidsförvaltningen 🙂 /Fanny, Malmö stad"

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def build_case(s) -> dict[str, int]:
    acc = make_account(s, "Malmö stad", country="SE", policy="hours:24",
                       institution="Malmö stad – Kommunikation")
    post = make_thread(s, acc, text="Nu öppnar nya badet i Hyllie! 🏊 Välkomna på lördag.",
                       author_name="Malmö stad", url="https://www.facebook.com/malmostad/posts/123",
                       created_at=local("2026-04-01 09:00", SE))
    unrelated = make_item(s, acc, local("2026-04-01 10:00", SE), status="answered", thread=post,
                          text="Kul med nytt bad", author_name="Ola Nilsson",
                          handled_at=local("2026-04-01 11:00", SE))
    item = make_item(s, acc, local("2026-04-01 14:00", SE), status="answered", thread=post,
                     text=CITIZEN_TEXT, author_name="Åsa Öberg",
                     url="https://www.facebook.com/malmostad/posts/123?comment_id=456",
                     handled_at=local("2026-04-02 09:30", SE))
    make_sent_reply(s, item, REPLY_TEXT, author="Fanny Palm")
    follow = make_item(s, acc, local("2026-04-02 12:00", SE), status="answered", thread=post,
                       text="Tack för snabbt svar! 🙏", author_name="Åsa Öberg",
                       parent_external_id=item.external_id, handled_at=local("2026-04-02 13:00", SE))
    make_note(s, item, "Registrerat i Platina, dnr FRI-2026-0042")
    return {"item": item.id, "follow": follow.id, "unrelated": unrelated.id, "account": acc.id}


@pytest.fixture()
def case(db):
    with db.session() as s:
        return build_case(s)


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


@needs_poppler
def test_pdf_text_has_the_whole_case(db, case, tmp_path):
    pdf, js = tmp_path / "ärende.pdf", tmp_path / "ärende.json"
    with db.session() as s:
        record = export.export_case(s, case["item"], "Fanny Palm", pdf_path=pdf, json_path=js,
                                    now=local("2026-04-03 08:15", SE))
    assert record.scope == "branch"
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    for expected in ["Case record: conversation on Facebook", "Malmö stad – Kommunikation",
                     "Åsa Öberg", "Æøå äöå ÅÄÖ", "😢", "🎉", "🏊", "🙏", "🙂",
                     "**inte fet** <b>inte html</b> {nb}",      # plain text, no markup, no page alias
                     "our reply, sent by Fanny Palm via Svarbox", "2026-04-01 14:00",
                     "https://www.facebook.com/malmostad/posts/123?comment_id=456",
                     "Exported 2026-04-03 08:15 by Fanny Palm", f"Svarbox {__version__}", "Page 1 of 1",
                     "Nu öppnar nya badet i Hyllie!"]:
        assert expected in flat, expected
    assert " ".join(CITIZEN_TEXT.split()) in flat
    assert " ".join(REPLY_TEXT.split()) in flat
    # Another citizen's comment on the same post is not part of this case; notes only on request.
    assert "Ola Nilsson" not in flat and "Platina" not in flat
    # The reply precedes the follow-up, which precedes nothing else: time order.
    assert flat.index("Min dotter") < flat.index("Vi har skickat") < flat.index("Tack för snabbt svar")


def test_json_has_the_same_content_and_metadata(db, case, tmp_path):
    js = tmp_path / "case.json"
    with db.session() as s:
        export.export_case(s, case["follow"], "Fanny Palm", json_path=js, include_notes=True,
                           now=local("2026-04-03 08:15", SE))
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["format"] == "svarbox-case-export" and data["svarbox_version"] == __version__
    assert data["exported_at"] == "2026-04-03T08:15:00+02:00" and data["exported_by"] == "Fanny Palm"
    assert data["account"]["name"] == "Malmö stad" and data["platform"] == "facebook"
    assert data["institution"]["name"] == "Malmö stad – Kommunikation"
    assert data["item_id"] == case["follow"]
    # Exporting from the follow-up finds the same branch as from the first comment.
    assert case["item"] in data["item_ids"] and case["unrelated"] not in data["item_ids"]
    assert data["thread"]["url"] == "https://www.facebook.com/malmostad/posts/123"
    roles = [(m["role"], m["author"]) for m in data["messages"]]
    assert roles == [("citizen", "Åsa Öberg"), ("note", "Mette"), ("ours", "Malmö stad"),
                     ("citizen", "Åsa Öberg")]
    first, note, ours, follow = data["messages"]
    assert first["text"] == CITIZEN_TEXT and first["at"] == "2026-04-01T14:00:00+02:00"
    assert first["url"].endswith("comment_id=456") and first["status"] == "answered"
    assert (ours["text"], ours["sent_by"], ours["via"], ours["action"]) == (REPLY_TEXT, "Fanny Palm", "svarbox", "reply")  # noqa: E501
    assert note["text"].startswith("Registrerat i Platina") and data["includes_notes"] is True
    assert follow["text"] == "Tack för snabbt svar! 🙏"


def test_export_is_audited_without_text(db, case, tmp_path):
    with db.session() as s:
        export.export_case(s, case["item"], "Fanny Palm", json_path=tmp_path / "a.json")
    with db.session() as s:
        event = s.scalar(select(t.AuditEvent).where(t.AuditEvent.action == "exported"))
        assert (event.actor, event.item_id, event.account_id) == ("Fanny Palm", case["item"], case["account"])
        details = json.loads(event.details)
        assert details["formats"] == ["json"] and case["item"] in details["item_ids"]
        assert "Åsa" not in event.details and "dotter" not in event.details


@needs_poppler
def test_conversation_unsupported_characters_and_unsynced_replies(db, tmp_path):
    with db.session() as s:
        acc = make_account(s, "Viborg Kommune")
        dm = make_thread(s, acc, kind="conversation", author_name="Søren Ærø")
        first = make_item(s, acc, local("2026-03-09 14:00"), status="answered", kind="message", thread=dm,
                          text="Hej, 漢字 og tab\there\r\nny linje \x07", author_name="Søren Ærø",
                          handled_at=local("2026-03-09 15:00"))
        make_sent_reply(s, first, "Hej Søren, det ordner vi.", author="Mette", synced=False,
                        sent_at=local("2026-03-09 15:00"))
        make_sent_reply(s, first, "Venter stadig", author="Mette", state=t.OUTBOX_FAILED, synced=False)
        second = make_item(s, acc, local("2026-03-10 09:00"), status="new", kind="message", thread=dm,
                           text="Tak! ❤️", author_name="Søren Ærø")
        pdf, js = tmp_path / "dm.pdf", tmp_path / "dm.json"
        record = export.export_case(s, second.id, "Mette", pdf_path=pdf, json_path=js)
    assert record.scope == "conversation" and record.item_ids == [first.id, second.id]
    flat = " ".join(pdf_text(pdf).split())
    assert "Hej, \ufffd\ufffd og tab here" in flat and "ny linje" in flat
    assert "our reply, sent by Mette via Svarbox" in flat and "Hej Søren, det ordner vi." in flat
    assert "Venter stadig" not in flat        # never reached the citizen
    assert "Tak! ❤" in flat
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["messages"][0]["text"] == "Hej, 漢字 og tab\there\r\nny linje \x07"   # exact in JSON
    assert [m["role"] for m in data["messages"]] == ["citizen", "ours", "citizen"]


@needs_poppler
def test_long_conversation_pages_and_a_picture(db, tmp_path):
    with db.session() as s:
        acc = make_account(s, "Aarhus Kommune")
        dm = make_thread(s, acc, kind="conversation", author_name="Bo")
        last = None
        for n in range(40):
            last = make_item(s, acc, local(f"2026-03-{10 + n // 10:02d} {8 + n % 10:02d}:00"), kind="message",
                             thread=dm, text=f"Besked nummer {n}: " + "blå bølger på Århus Å 🌊 " * 6,
                             author_name="Bo Ærlig")
        pdf = tmp_path / "long.pdf"
        export.export_case(s, last.id, "Mette", pdf_path=pdf)
    text = pdf_text(pdf)
    pages = text.count("\f")
    assert pages >= 2 and f"Page {pages} of {pages}" in " ".join(text.split())
    assert "Besked nummer 0:" in text and "Besked nummer 39:" in text
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                       check=True)
        png = next(tmp_path.glob("page*.png"))
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


def test_printable_keeps_text_plain():
    assert export.printable("a\tb\r\nc\x00") == "a b\nc"
    assert export.printable("æøå äöå 😀") == "æøå äöå 😀"
    assert export.printable("中") == "\ufffd"


# --- the command -----------------------------------------------------------------------------

def svarbox(tmp_path, *args):
    env = dict(os.environ, SVARBOX_LANG="en", SVARBOX_USER="Fanny Palm")
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


@needs_poppler
def test_cli_export(tmp_path, file_db):
    db = file_db
    with db.session() as s:
        case = build_case(s)
    out = tmp_path / "out"
    out.mkdir()
    result = svarbox(tmp_path, "export", str(case["item"]), "--pdf", str(out / "case.pdf"),
                     "--json", str(out / "case.json"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["scope"] == "branch"
    assert "Æøå äöå ÅÄÖ" in " ".join(pdf_text(out / "case.pdf").split())
    assert json.loads((out / "case.json").read_text(encoding="utf-8"))["exported_by"] == "Fanny Palm"
    only_json = svarbox(tmp_path, "export", str(case["item"]), "--json", str(out / "only.json"))
    assert only_json.returncode == 0 and not (out / "only.pdf").exists()
    assert svarbox(tmp_path, "export", str(case["item"])).returncode == 2
    missing = svarbox(tmp_path, "export", "9999", "--json", str(out / "x.json"))
    assert missing.returncode == 2 and "9999" in missing.stderr and not (out / "x.json").exists()
    unwritable = svarbox(tmp_path, "export", str(case["item"]), "--pdf", str(out / "nope" / "x.pdf"))
    assert unwritable.returncode == 2 and "cannot be written" in unwritable.stderr
    with db.session() as s:
        assert len(s.scalars(select(t.AuditEvent).where(t.AuditEvent.action == "exported")).all()) == 2
