"""The shipped training scenario packs: complete, well-formed, realistic enough to train on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.deadlines import parse_policy
from app.services.idnumbers import find_id_numbers
from app.services.templates import CATEGORIES

TRAINING = Path(__file__).resolve().parents[2] / "resources" / "training"
PLATFORMS = {"facebook", "instagram", "x", "linkedin", "youtube", "messenger", "bluesky", "mastodon"}
KINDS = {"comment", "message", "mention"}
EXPECT = {"greet", "sign", "answer", "holding-reply", "refer", "link", "thank", "stay-calm", "hide",
          "mark-spam", "report-threat", "apologise", "no-personal-data", "private-message"}
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
