"""Issue 22: scoring people learn from -- a rubric as data, criteria only where they apply,
feedback per criterion in the trainee's language, scores across sessions, certificates."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import UsageError
from app.models import tables as t
from app.services.inbound import items as item_service
from app.services.outbound import outbox
from app.services.training import packs as training
from app.services.training import training_record
from app.services.workspace import open_workspace

SIG = "/Mette, Kommunikation"
START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def open_pack_ws(tmp_path, spec):
    ws = open_workspace(str(tmp_path), training=True, user="Mette Jensen")
    pack = training.load_pack(spec)
    training.prepare(ws, pack)
    training.release_due(ws, pack, START, START + timedelta(hours=2))
    return ws, pack


def item_of(session, scenario_id):
    return session.scalar(select(t.Item).where(t.Item.external_id == scenario_id))


@pytest.fixture
def da(tmp_path):
    ws, pack = open_pack_ws(tmp_path, "da")
    yield ws, pack
    ws.close()


def by_id(summary):
    return {s.scenario_id: s for s in summary.scores}


def test_id_number_and_referral_apply_only_where_the_scenario_has_them(da):
    ws, pack = da
    with_id = next(s for s in pack.scenarios if "no-personal-data" in s.expect)
    messenger = next(s for s in pack.scenarios if s.platform == "messenger")
    with ws.db.session() as s:
        item = item_of(s, with_id.id)
        at = START + timedelta(seconds=with_id.arrive_after_s + 30)
        item_service.apply_action(s, item, "hide", "Mette Jensen", now=at)
        item_service.apply_action(s, item, "refer", "Mette Jensen", now=at + timedelta(seconds=5))
        # The Messenger case answered in the chat instead of moved to the case channel.
        m = item_of(s, messenger.id)
        training.record_template_use(s, m.id, "answer", "Mette Jensen")
        outbox.queue_action(s, m.id, "reply", "Mette Jensen", "Hej Lone, tak for din besked. Vi ser på det.",
                            signature=SIG, now=START + timedelta(seconds=messenger.arrive_after_s + 40))
    summary = training.score(ws, pack, "Mette Jensen", SIG)
    scores = by_id(summary)
    hidden = scores[with_id.id]
    assert set(hidden.maximum) == {"deadline", "id_numbers", "handling", "referral"}
    assert hidden.points["id_numbers"] == hidden.maximum["id_numbers"] and hidden.total == hidden.possible
    chat = scores[messenger.id]
    assert "id_numbers" not in chat.maximum and chat.points["referral"] == 0
    rubric = json.loads((training.packs_dir() / "rubric.json").read_text(encoding="utf-8"))
    assert chat.feedback["referral"] == rubric["feedback"]["da"]["referral"]["miss"]
    assert chat.feedback["signature"] == rubric["feedback"]["da"]["signature"]["ok"]
    # A criterion that does not apply is said to be not applicable, in the export too.
    rows = summary.to_csv().splitlines()
    header = rows[0].split(",")
    row = next(r.split(",") for r in rows if r.startswith(with_id.id))
    assert row[header.index("signature")] == "n/a" and row[header.index("tone")] == "n/a"
    data = summary.to_json()
    entry = next(s for s in data["scenarios"] if s["scenario_id"] == with_id.id)
    assert entry["not_applicable"] == ["signature", "tone"]


def test_repeating_the_id_number_in_a_reply_loses_the_point(da):
    ws, pack = da
    with_id = next(s for s in pack.scenarios if "no-personal-data" in s.expect)
    from app.services.content.idnumbers import find_id_numbers
    number = find_id_numbers(with_id.text)[0].value
    with ws.db.session() as s:
        item = item_of(s, with_id.id)
        item_service.apply_action(s, item, "hide", "Mette Jensen", now=START + timedelta(seconds=with_id.arrive_after_s + 20))  # noqa: E501
        outbox.queue_action(s, item.id, "reply", "Mette Jensen", f"Hej, vi har noteret {number}.", signature=SIG,
                            now=START + timedelta(seconds=with_id.arrive_after_s + 50), confirmed=True)
    sc = by_id(training.score(ws, pack, "Mette Jensen", SIG))[with_id.id]
    assert sc.points["id_numbers"] == 0 and "tone" in sc.points      # text was written: tone applies


def test_feedback_is_in_the_packs_language(tmp_path):
    ws, pack = open_pack_ws(tmp_path, "sv")
    try:
        summary = training.score(ws, pack, "Eva", SIG)
        untouched = summary.scores[0]
        assert untouched.feedback["deadline"].startswith("Du missade tidsfristen")
        assert summary.language == "sv" and not summary.passed
    finally:
        ws.close()


def test_a_pack_overrides_the_rubric_and_a_scenario_its_own_sentence(tmp_path):
    data = json.loads((training.packs_dir() / "en.json").read_text(encoding="utf-8"))
    data["rubric"] = {"pass_percent": 50, "criteria": {"deadline": {"points": 40}},
                      "feedback": {"en": {"deadline": {"miss": "Too slow for a crisis evening."}}}}
    data["scenarios"][0]["feedback"] = {"handling": {"miss": "Answer the bin question concretely."}}
    path = tmp_path / "custom.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    pack = training.load_pack(str(path))
    assert pack.rubric["criteria"]["deadline"]["points"] == 40 and pack.rubric["criteria"]["tone"]["points"] == 20
    ws = open_workspace(str(tmp_path / "ws"), training=True, user="x")
    try:
        training.prepare(ws, pack)
        training.release_due(ws, pack, START, START)
        first = training.score(ws, pack, "x", SIG).scores[0]
        assert first.maximum["deadline"] == 40
        assert first.feedback["deadline"] == "Too slow for a crisis evening."
        assert first.feedback["handling"] == "Answer the bin question concretely."
    finally:
        ws.close()
    data["rubric"] = {"criteria": {"tone": {"points": "many"}}}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(UsageError, match="incomplete"):
        training.load_pack(str(path))


def passed_summary(ws, pack):
    with ws.db.session() as s:
        for sc in pack.scenarios:
            item = item_of(s, sc.id)
            at = START + timedelta(seconds=sc.arrive_after_s + 20)
            if "hide" in sc.expect:
                item_service.apply_action(s, item, "hide", "Mette Jensen", now=at)
                if "refer" in sc.expect:
                    item_service.apply_action(s, item, "refer", "Mette Jensen", now=at)
            elif sc.expected_category == "referral":
                item_service.apply_action(s, item, "refer", "Mette Jensen", now=at)
            else:
                training.record_template_use(s, item.id, sc.expected_category, "Mette Jensen")
                outbox.queue_action(s, item.id, "holding_reply" if sc.expected_category == "holding" else "reply",
                                    "Mette Jensen", "Hej, tak for din besked. Vi vender tilbage i dag.",
                                    signature=SIG, now=at, confirmed=True)
    return training.score(ws, pack, "Mette Jensen", SIG)


def test_scores_across_sessions_and_the_certificate(da, tmp_path):
    ws, pack = da
    store = training_record.ScoreStore(tmp_path / "scores" / "training-scores.json")
    first = training.score(ws, pack, "Mette Jensen", SIG)
    with pytest.raises(UsageError, match="not passed"):
        training_record.render_certificate(first)
    store.record(first, now=START)
    summary = passed_summary(ws, pack)
    assert summary.passed, [(s.scenario_id, s.points, s.notes) for s in summary.scores if s.total < s.possible]
    store.record(summary, now=START + timedelta(days=1))
    store.record(first.__class__("Other pack", "Per Holm", [], "da"), now=START)
    history = store.history("mette jensen")
    assert [h["passed"] for h in history] == [False, True] and history[1]["percent"] == summary.percent
    assert store.trainees() == ["Mette Jensen", "Per Holm"]
    (tmp_path / "scores" / "training-scores.json").write_text("{half", encoding="utf-8")
    assert store.history() == []          # a damaged file reads as empty, never a traceback

    pdf = training_record.save_certificate(summary, tmp_path / "cert.pdf", issued_at=START)
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Kursusbevis" in text and "Mette Jensen" in text and pack.name in text
    assert f"{summary.total} af {summary.maximum} point" in text and "2026-03-10" in text


def test_certificate_record_in_the_database(da):
    ws, pack = da
    summary = passed_summary(ws, pack)
    with ws.db.session() as s:
        assert not training_record.has_certificate(s, "Mette Jensen")
        training_record.record_certificate(s, summary, issued_at=START)
    with ws.db.session() as s:
        assert training_record.has_certificate(s, "Mette Jensen", pack.name)
        assert not training_record.has_certificate(s, "Mette Jensen", "another pack")


def test_the_summary_window_saves_the_certificate_and_the_team_record(da, tmp_path, qtbot, qapp):
    """A passed pack: the PDF from the window, and the record through the on_certified hook
    (in a class over the team database the action controller points it there)."""
    from app.ui.dialogs.training_summary import TrainingSummaryWindow
    ws, pack = da
    summary = passed_summary(ws, pack)
    window = TrainingSummaryWindow(summary, store_path=tmp_path / "scores.json", session_code="s1")
    qtbot.addWidget(window)
    assert window.certificate_button.isEnabled()
    window.ask_certificate_path = lambda suggested: str(tmp_path / "bevis.pdf")
    window.on_certified = lambda s: training_record.record_certificate_in(ws.db, s)
    window.certificate_button.click()
    assert (tmp_path / "bevis.pdf").read_bytes().startswith(b"%PDF")
    with ws.db.session() as s:
        assert training_record.has_certificate(s, "Mette Jensen", pack.name)
    # Scoring the same session again updates its entry instead of adding one.
    TrainingSummaryWindow(summary, store_path=tmp_path / "scores.json", session_code="s1").close()
    assert len(training_record.ScoreStore(tmp_path / "scores.json").history("Mette Jensen")) == 1


@pytest.mark.parametrize("language", ["da", "sv", "en"])
def test_a_referral_through_the_action_door_scores_as_a_referral(tmp_path, language):
    """Since "refer" is a reply with the referral template (one door), the training workspace
    needs a case channel, and the score reads the referral's text like any reply."""
    from app.services.outbound import actions
    ws, pack = open_pack_ws(tmp_path, f"{language}-messenger")
    try:
        case = next(s for s in pack.scenarios if s.expected_category == "referral")
        with ws.db.session() as s:
            item_id = item_of(s, case.id).id
        at = START + timedelta(seconds=case.arrive_after_s + 40)
        result = actions.perform(ws, actions.Request(item_id, "refer", "Mette Jensen", signature=SIG), now=at)
        assert result.outcome == "queued", result.problems
        with ws.db.session() as s:
            row = s.scalar(select(t.OutboxAction).where(t.OutboxAction.item_id == item_id))
            assert row.action == "refer" and pack.referral_channel() in row.text
            assert item_of(s, case.id).status == t.STATUS_REFERRED
        scored = by_id(training.score(ws, pack, "Mette Jensen", SIG))[case.id]
        assert scored.action == "refer"
        assert scored.points["referral"] == scored.maximum["referral"] > 0
        assert scored.points["handling"] == scored.maximum["handling"]
        assert scored.points["signature"] == scored.maximum["signature"]    # the template's text is scored too
    finally:
        ws.close()


def test_bluesky_and_mastodon_cases_score_what_each_platform_allows(tmp_path):
    """Played through the one door: a Mastodon threat cannot be hidden, so leaving it unanswered
    earns the handling; a Mastodon ID number is scored on "not repeated" alone (with the
    scenario's own sentence); a Bluesky reply under the account's post is hidden and referred
    in a shortened referral (the template is too long for 300 characters)."""
    from app.services.outbound import actions
    ws = open_workspace(str(tmp_path), training=True, user="Mette Jensen")
    try:
        results = {}
        for spec in ("da-threats", "da-personal-data"):
            pack = training.load_pack(spec)
            training.prepare(ws, pack)
            training.release_due(ws, pack, START, START + timedelta(hours=1))

            def act(scenario_id, action, text=None, category=None, after=60, pack=pack):
                s = next(x for x in pack.scenarios if x.id == scenario_id)
                with ws.db.session() as session:
                    item_id = item_of(session, scenario_id).id
                at = START + timedelta(seconds=s.arrive_after_s + after)
                result = actions.perform(ws, actions.Request(item_id, action, "Mette Jensen", text, signature=SIG,
                                                             template_category=category), now=at)
                assert result.ok, (scenario_id, action, result.problems)

            if spec == "da-threats":
                act("da-threats-08", "no_reply")                       # Mastodon: no public debate
                act("da-threats-07", "hide")                           # Bluesky: the account's own thread
                act("da-threats-05", "hide")                           # X: a reply under the account's post
                act("da-threats-02", "reply", "Hej Susanne\n\nTak for din kritik. Vi ser på ordningen igen.",
                    category="critical")
            else:
                act("da-personal-data-07", "refer")                    # the template, 363 characters
                act("da-personal-data-06", "hide", after=20)
                act("da-personal-data-06", "reply", "Hej Kirsten\n\nSkriv til os via Digital Post på borger.dk, "
                    "så ser en sagsbehandler på det.", category="referral")
            results.update(by_id(training.score(ws, pack, "Mette Jensen", SIG)))
        for sid in ("da-threats-08", "da-threats-07", "da-threats-05", "da-personal-data-07", "da-personal-data-06"):
            assert results[sid].total == results[sid].possible > 0, (sid, results[sid].points, results[sid].notes)
        mastodon_threat = results["da-threats-08"]
        assert mastodon_threat.action == "no_reply" and "signature" not in mastodon_threat.maximum
        assert mastodon_threat.feedback["handling"].startswith("Rigtigt: ingen offentlig debat")
        mastodon_id = results["da-personal-data-07"]
        assert mastodon_id.action == "refer" and set(mastodon_id.maximum) >= {"id_numbers", "referral", "signature"}
        assert "Mastodon" in mastodon_id.feedback["id_numbers"]
        bluesky = results["da-personal-data-06"]
        assert bluesky.action == "hide" and bluesky.points["referral"] == bluesky.maximum["referral"]
        with ws.db.session() as s:
            assert item_of(s, "da-personal-data-06").status == t.STATUS_REFERRED
        # Answering the Mastodon threat in public is the wrong handling, with the scenario's own words.
        pack = training.load_pack("da-threats")
        fresh = open_workspace(str(tmp_path / "again"), training=True, user="Mette Jensen")
        try:
            training.prepare(fresh, pack)
            training.release_due(fresh, pack, START, START + timedelta(hours=1))
            with fresh.db.session() as s:
                item_id = item_of(s, "da-threats-08").id
            at = START + timedelta(seconds=300)
            assert actions.perform(fresh, actions.Request(item_id, "reply", "Mette Jensen", "Hej, det er ikke i orden.",
                                                          signature=SIG, confirmed=True), now=at).ok
            answered = by_id(training.score(fresh, pack, "Mette Jensen", SIG))["da-threats-08"]
            assert answered.points["handling"] == 0
            assert answered.feedback["handling"].startswith("På Mastodon kan truslen ikke skjules")
        finally:
            fresh.close()
    finally:
        ws.close()
