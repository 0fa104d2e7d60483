"""Issue 14.5, wording: platform reasons in the user's language, real plurals, the OS named
right, "overdue" said once."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest

from app import i18n
from app.connectors import base as cb
from app.services import reasons

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def language(qapp):
    def install(code):
        i18n.install(code)
    yield install
    i18n.install("en")


def test_a_known_platform_refusal_is_told_in_danish_and_swedish(language):
    exc = cb.Permanent("The comment no longer exists.", code="not_found")
    language("da")
    assert reasons.reason(exc) == "Det findes ikke længere på platformen (slettet af afsenderen eller af platformen)."
    language("sv")
    assert "finns inte längre" in reasons.reason(exc)
    language("en")
    assert reasons.reason(exc) == "The comment no longer exists."


def test_an_unknown_refusal_gets_translated_words_and_the_platforms_own_quoted(language):
    language("da")
    text = reasons.reason(cb.Permanent("(#1) An unknown error occurred", code="1"))
    assert text.startswith("Platformen afviste det.")
    assert "“(#1) An unknown error occurred”" in text
    assert reasons.reason(cb.AuthExpired("Facebook says this token is not valid.", code="x")).startswith(
        "Platformen godtager ikke længere")
    assert "midlertidigt" in reasons.reason(cb.Transient("HTTP 503"))


def test_the_outbox_stores_the_reason_in_the_users_language(language, tmp_path):
    from app.services.outbound import outbox
    from app.services.workspace import open_workspace
    ws = open_workspace(data_dir=str(tmp_path), demo=True, user="Mette Jensen")
    try:
        from sqlalchemy import select

        from app.models import tables as t
        with ws.db.session() as s:
            item_id = s.scalar(select(t.Item.id).where(t.Item.kind == "comment").limit(1))
            outbox_id = outbox.queue_action(s, item_id, "hide", "Mette Jensen")
        language("da")
        with ws.db.session() as s:
            s.get(t.OutboxAction, outbox_id).state = t.OUTBOX_SENDING
        result = outbox._record_failure(ws, outbox_id, cb.Permanent("The comment no longer exists.",
                                                                     code="not_found"), ws_now())
        assert "Det findes ikke længere på platformen" in result.message
        assert "no longer exists" not in result.message
    finally:
        ws.close()


def ws_now():
    from app import clock
    return clock.now()


def _numerus(language_code):
    root = ET.parse(ROOT / "resources" / "translations" / f"svarbox_{language_code}.ts").getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            if msg.get("numerus") == "yes":
                yield msg.findtext("source"), [f.text for f in msg.find("translation").findall("numerusform")]


@pytest.mark.parametrize("code", ["en", "da", "sv"])
def test_every_plural_has_its_forms_in_every_language(code):
    # An empty English form shows the source: "1 item(s)".
    empty = [source for source, forms in _numerus(code) if not forms or not all(forms)]
    assert not empty, empty
    if code == "en":
        assert all("(s)" not in f for _source, forms in _numerus(code) for f in forms)


def test_no_counted_text_is_written_with_an_s_in_brackets():
    # "(s)" is only allowed where Qt picks the plural (%n); "{n} item(s)" reached users as is.
    pattern = re.compile(r"""(?:tr|translate)\((?:"[A-Za-z]+",\s*)?("(?:[^"\\]|\\.)*")""")
    bad = []
    for path in (ROOT / "app").rglob("*.py"):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            text = m.group(1)
            if re.search(r"\w\(s\)", text) and "%n" not in text:
                bad.append(f"{path.relative_to(ROOT)}: {text}")
    assert not bad, bad


def test_plural_in_the_cli_and_posts(language):
    language("en")
    assert i18n.translate("CLI", "Away until {date}; %n item(s) went back to the team.", None, 1) == \
        "Away until {date}; 1 item went back to the team."
    language("da")
    assert i18n.translate("Posts", "{platform} takes at most %n image(s) in a post.", None, 4) == \
        "{platform} tager højst 4 billeder i et opslag."


def test_the_system_language_choice_names_the_os_it_runs_on():
    from app.ui.dialogs.settings_dialog import CHOICE_LABELS, system_choice_label
    assert system_choice_label("linux") == "Same as the system"
    assert system_choice_label("win32") == "Same as Windows"
    assert system_choice_label("darwin") == "Same as macOS"
    import sys
    if sys.platform.startswith("linux"):
        assert "Windows" not in CHOICE_LABELS[("user.language", "")]


def test_overdue_is_said_once(qapp, test_clock):
    from app.ui.widgets.countdown import OVERDUE, countdown, state_words
    now = test_clock.now()
    c = countdown(now, now - timedelta(days=2, hours=1), "Europe/Copenhagen")
    assert c.urgency == OVERDUE
    words = state_words(c)
    assert words.lower().count("overdue") == 1, words
    soon = countdown(now, now + timedelta(minutes=30), "Europe/Copenhagen")
    assert state_words(soon).startswith("Due soon: ")


def test_danish_cpr_warning_says_cpr_not_personnummer(language):
    from app.services.content import checker
    language("da")
    findings = checker.check("Hej Bo, dit nr. 111111-1118", platform="facebook", language="da")
    text = " ".join(f.message for f in findings if f.code == "id-number")
    assert "CPR" in text and "personnum" not in text
