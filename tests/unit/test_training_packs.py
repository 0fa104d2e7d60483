"""The shipped training scenario packs: complete, well-formed, realistic enough to train on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.content.idnumbers import find_id_numbers
from app.services.content.templates import CATEGORIES
from app.services.inbound.deadlines import parse_policy

TRAINING = Path(__file__).resolve().parents[2] / "resources" / "training"
PLATFORMS = {"facebook", "instagram", "x", "linkedin", "youtube", "messenger", "bluesky", "mastodon"}
KINDS = {"comment", "message", "mention"}
EXPECT = {"greet", "sign", "answer", "holding-reply", "refer", "link", "thank", "stay-calm", "hide",
          "mark-spam", "report-threat", "apologise", "no-personal-data", "private-message", "no-reply"}
KEYS = {"id", "platform", "kind", "author", "text", "arrive_after_s", "policy", "expected_category",
        "expect", "hint"}


def load(language):
    return json.loads((TRAINING / f"{language}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["da", "sv", "en"])
def test_pack_is_complete_and_valid(language):
    pack = load(language)
    assert pack["format"] == "svarbox-training" and pack["version"] == 1
    assert pack["language"] == language and pack["name"].strip() and pack["description"].strip()
    scenarios = pack["scenarios"]
    assert len(scenarios) >= 12
    assert {s["expected_category"] for s in scenarios} == set(CATEGORIES)
    ids = [s["id"] for s in scenarios]
    assert len(ids) == len(set(ids))
    times = [s["arrive_after_s"] for s in scenarios]
    assert times == sorted(times) and times[0] >= 0
    for s in scenarios:
        assert set(s) == KEYS, s["id"]
        assert s["platform"] in PLATFORMS and s["kind"] in KINDS, s["id"]
        assert (s["kind"] == "message") == (s["platform"] == "messenger"), s["id"]
        assert s["kind"] != "mention" or s["platform"] in ("x", "bluesky", "mastodon"), s["id"]
        assert isinstance(s["arrive_after_s"], int)
        assert s["author"].strip() and s["text"].strip() and s["hint"].strip()
        assert s["expect"] and set(s["expect"]) <= EXPECT, s["id"]
        parse_policy(s["policy"])


@pytest.mark.parametrize("language", ["da", "sv", "en"])
def test_pack_trains_the_hard_cases(language):
    scenarios = load(language)["scenarios"]
    # an ID number in a public comment: hide it, refer to the case channel
    with_id = [s for s in scenarios if find_id_numbers(s["text"])]
    assert with_id and all({"hide", "no-personal-data", "refer"} <= set(s["expect"]) for s in with_id)
    threats = [s for s in scenarios if "report-threat" in s["expect"]]
    assert threats and all("hide" in s["expect"] for s in threats)
    late = [s for s in scenarios if s["expected_category"] == "late_apology"]
    assert all("apologise" in s["expect"] for s in late)
    assert {s["platform"] for s in scenarios} == PLATFORMS


# --- issue 22: the theme packs -------------------------------------------------------------

THEMES = ("crisis", "threats", "personal-data", "messenger")


@pytest.mark.parametrize("language", ["da", "sv", "en"])
@pytest.mark.parametrize("theme", THEMES)
def test_theme_packs_are_complete_and_load(language, theme):
    from app.services.training import packs as training
    data = load(f"{language}-{theme}")
    assert data["language"] == language and data["name"].strip() and data["description"].strip()
    scenarios = data["scenarios"]
    assert len(scenarios) >= 5
    assert [s["arrive_after_s"] for s in scenarios] == sorted(s["arrive_after_s"] for s in scenarios)
    for s in scenarios:
        assert KEYS <= set(s) <= KEYS | {"deadline_s", "feedback"}, s["id"]
        assert s["platform"] in PLATFORMS and s["kind"] in KINDS, s["id"]
        assert (s["kind"] == "message") == (s["platform"] == "messenger"), s["id"]
        assert set(s["expect"]) <= EXPECT and s["expected_category"] in CATEGORIES, s["id"]
        parse_policy(s["policy"])
        # An ID number in public is hidden where the platform allows it; anywhere it goes to the
        # case channel.
        if find_id_numbers(s["text"]):
            assert {"refer", "no-personal-data"} <= set(s["expect"]), s["id"]
            hideable = training.can_take_out_of_view(s["platform"], s["kind"])
            assert s["kind"] == "message" or "hide" in s["expect"] or not hideable, s["id"]
    pack = training.load_pack(f"{language}-{theme}")
    assert len(pack.scenarios) == len(scenarios)


@pytest.mark.parametrize("language", ["da", "sv", "en"])
def test_theme_packs_train_what_they_promise(language):
    crisis = load(f"{language}-crisis")["scenarios"]
    # A spike: most comments inside two minutes, most of them angry.
    assert sum(1 for s in crisis if s["arrive_after_s"] <= 120) >= 6
    assert sum(1 for s in crisis if s["expected_category"] == "critical") >= 3
    threats = load(f"{language}-threats")["scenarios"]
    assert any("report-threat" in s["expect"] for s in threats)                   # report
    assert any(s["expect"] == ["hide", "stay-calm"] for s in threats)              # hide only
    assert any(s["expected_category"] == "critical" and "hide" not in s["expect"] for s in threats)  # answer
    personal = load(f"{language}-personal-data")["scenarios"]
    assert sum(1 for s in personal if find_id_numbers(s["text"])) >= 2
    messenger = load(f"{language}-messenger")["scenarios"]
    assert {s["platform"] for s in messenger} == {"messenger", "bluesky", "mastodon"}
    assert sum(1 for s in messenger if s["expected_category"] == "referral") >= 3
    assert any(s["expected_category"] == "answer" for s in messenger)              # not everything moves


@pytest.mark.parametrize("language", ["da", "sv", "en"])
@pytest.mark.parametrize("theme", THEMES)
def test_every_theme_pack_trains_bluesky_and_mastodon(language, theme):
    scenarios = load(f"{language}-{theme}")["scenarios"]
    platforms = {s["platform"] for s in scenarios}
    assert {"bluesky", "mastodon"} <= platforms
    for s in scenarios:
        if s["platform"] in ("bluesky", "mastodon"):
            assert s["kind"] in ("comment", "mention"), s["id"]     # neither has Messenger's windows
    if theme == "threats":
        # Mastodon cannot hide: its threat is left unanswered and reported, not "hidden".
        mastodon = [s for s in scenarios if s["platform"] == "mastodon"]
        assert any("no-reply" in s["expect"] and "report-threat" in s["expect"] for s in mastodon)


def test_what_every_pack_expects_is_possible_on_its_platform(tmp_path):
    """Played into a training workspace, every scenario offers (through the one door) the
    moderation, referral or reply its pack expects: no trainee is asked to hide a Mastodon post,
    or a mention in someone else's thread on X or Bluesky."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    from app.models import tables as t
    from app.services.outbound import actions
    from app.services.training import packs as training
    from app.services.workspace import open_workspace
    start = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
    ws = open_workspace(str(tmp_path), training=True, user="Mette Jensen")
    try:
        for path in training.shipped_packs():
            pack = training.load_pack(path.stem)
            training.prepare(ws, pack)
            training.release_due(ws, pack, start, start + timedelta(hours=1))
            with ws.db.session() as session:
                for s in pack.scenarios:
                    item = session.scalar(select(t.Item).where(t.Item.external_id == s.id))
                    offered = actions.offered(actions._facts(session, item),
                                              now=start + timedelta(seconds=s.arrive_after_s + 30))
                    moderation = training._expected_moderation(s)
                    assert moderation is None or offered & set(moderation), (s.id, sorted(offered))
                    if "hide" in s.expect:
                        assert offered & {"hide", "reject", "delete", "spam"}, (s.id, sorted(offered))
                    if s.expected_category == "referral" or "refer" in s.expect:
                        assert "refer" in offered, (s.id, sorted(offered))
                    if s.expected_category != "spam_threat":
                        assert "reply" in offered, (s.id, sorted(offered))
    finally:
        ws.close()
