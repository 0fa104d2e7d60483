"""Training mode scoring, from the workspace's own records."""
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import UsageError
from app.models import tables as t
from app.services.inbound import items as item_service
from app.services.outbound import outbox
from app.services.training import packs as training
from app.services.workspace import open_workspace

SIG = "/Mette, Kommunikation"


@pytest.fixture
def ws(tmp_path):
    ws = open_workspace(str(tmp_path), training=True, user="Mette Jensen")
    yield ws
    ws.close()


def item_id(ws, scenario_id):
    with ws.db.session() as s:
        return s.scalar(select(t.Item.id).where(t.Item.external_id == scenario_id))


def test_packs_load_and_bad_packs_are_refused(tmp_path):
    for lang in ("da", "sv", "en"):
        pack = training.load_pack(lang)
        assert len(pack.scenarios) >= 12 and pack.language == lang
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}')
    with pytest.raises(UsageError, match="not a Svarbox training pack"):
        training.load_pack(str(bad))
    with pytest.raises(UsageError, match="cannot be read"):
        training.load_pack(str(tmp_path / "missing.json"))


def test_only_the_training_workspace_plays_packs(tmp_path):
    main = open_workspace(str(tmp_path / "main"), user="x", credentials=None, demo=True)
    with pytest.raises(UsageError):
        training.prepare(main, training.load_pack("da"))
    main.close()


def test_scenarios_arrive_on_time_and_answers_are_scored(ws):
    pack = training.load_pack("da")
    training.prepare(ws, pack)
    start = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    first_wave = training.release_due(ws, pack, start, start)
    assert len(first_wave) == sum(1 for s in pack.scenarios if s.arrive_after_s == 0)
    assert training.release_due(ws, pack, start, start) == []          # idempotent
    end = start + timedelta(seconds=max(s.arrive_after_s for s in pack.scenarios))
    training.release_due(ws, pack, start, end)
    assert len({s.id for s in pack.scenarios}) == len(pack.scenarios)

    answer = next(s for s in pack.scenarios if s.expected_category == "answer")
    spam = next(s for s in pack.scenarios if "mark-spam" in s.expect)
    late = next(s for s in pack.scenarios if s.expected_category == "thanks")
    # A good, signed, on-time answer from an answer template.
    with ws.db.session() as s:
        at = start + timedelta(seconds=answer.arrive_after_s + 60)
        training.record_template_use(s, item_id(ws, answer.id), "answer", "Mette Jensen")
        outbox.queue_action(s, item_id(ws, answer.id), "reply", "Mette Jensen",
                            "Hej Mette, tak for din besked. Vi sender en bil ud i morgen tidlig.",
                            signature=SIG, now=at)
        item_service.apply_action(s, s.get(t.Item, item_id(ws, spam.id)), "spam", "Mette Jensen",
                                  now=start + timedelta(seconds=spam.arrive_after_s + 30))
        # Late and SHOUTING, no template.
        outbox.queue_action(s, item_id(ws, late.id), "reply", "Mette Jensen",
                            "TAK FOR ROSEN. DET GLÆDER OS MEGET.", signature=SIG,
                            now=start + timedelta(seconds=late.arrive_after_s + 600))
    summary = training.score(ws, pack, "Mette Jensen", SIG)
    scores = {sc.scenario_id: sc for sc in summary.scores}
    assert len(scores) == len(pack.scenarios)
    points = pack.rubric["criteria"]
    good = scores[answer.id]
    # Issue 22: criteria apply only where they make sense; a written answer is scored on all
    # text criteria, no referral is expected of it.
    assert set(good.points) == {"deadline", "signature", "tone", "handling"}
    assert good.points["signature"] == points["signature"]["points"] and good.total == good.possible
    # The hidden spam: nobody wrote text, so no signature or tone points either way.
    hidden = scores[spam.id]
    assert set(hidden.maximum) == {"deadline", "handling"} and hidden.total == hidden.possible
    assert "signature" not in hidden.feedback and "tone" not in hidden.points
    bad = scores[late.id]
    assert bad.points["handling"] == 0 and bad.points["tone"] < points["tone"]["points"] and bad.points["deadline"] == 0
    assert all(sentence for sentence in bad.feedback.values()) and set(bad.feedback) == set(bad.points)
    unhandled = [sc for sid, sc in scores.items() if sid not in (answer.id, spam.id, late.id)]
    assert all(sc.total == 0 and not sc.handled for sc in unhandled)
    # Not answered: no text, so nothing to sign; the maximum is the sum of what applies.
    assert all("signature" not in sc.maximum for sc in unhandled)
    assert summary.maximum == sum(sc.possible for sc in summary.scores)
    csv_text = summary.to_csv()
    assert answer.id in csv_text and csv_text.strip().splitlines()[-1].startswith("total")
    assert summary.to_json()["total"] == summary.total
