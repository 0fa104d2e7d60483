"""The team load run (bench/pg_load.py) in short, on the real PostgreSQL fixture: a few
colleagues for a few seconds on a small generated cache, browsing, searching, claiming,
answering and syncing two fake Pages. What the long run reports must hold here too: every
queued reply on the Page exactly once, every note stored, nothing left unsent, no errors.
And the checker itself must catch a duplicate send and a lost reply."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import generator  # noqa: E402  (bench/generator.py)
import pg_data  # noqa: E402
import pg_load  # noqa: E402

from tests.fakes.graph_fake import FakeFacebook  # noqa: E402


@pytest.mark.postgres
def test_short_load_run_sends_every_reply_once_and_loses_nothing(pg_url, tmp_path):
    generator.generate(tmp_path / "cache", 400, log=lambda *a: None)
    pg_data.load_sqlite_into_postgres(tmp_path / "cache" / generator.DB_FILE, pg_url, log=lambda *a: None)
    report = pg_load.run_load(pg_url, clients=3, seconds=2.0, mode="threads", think=(0.02, 0.1),
                              sync_every=0.8, feed_every=0.2, initial_comments=20,
                              work=tmp_path / "load", log=lambda *a: None)
    assert report["errors"] == [] and report["refused"] == []
    assert report["replies_queued"] >= 1, report["ops"]
    assert report["replies_on_platform"] == report["replies_queued"]
    assert report["duplicate_sends"] == [] and report["comments_answered_twice"] == []
    assert report["lost_replies"] == [] and report["lost_notes"] == []
    assert report["unsent_in_outbox"] == 0 and report["ok"]
    assert {"first page", "search", "claim", "reply (queue)", "sync"} <= set(report["ops"])
    assert report["comments_fed"] > 0


def test_checker_catches_a_duplicate_send_and_a_lost_reply():
    fb = FakeFacebook(page_id="42", token="t")
    post = fb.add_post("Opslag")
    first, second = fb.add_comment(post, "Hvornår?"), fb.add_comment(post, "Hvorfor?")
    fb.add_comment(post, "Svar A", author="page", parent=first)
    fb.add_comment(post, "Svar A", author="page", parent=first)       # sent twice
    result = {"latency_ms": {"claim": [5.0, 7.0]}, "errors": [], "refused": [], "collisions": 0,
              "notes": [{"item_id": 1, "text": "Noten"}],
              "replies": [{"item_id": 1, "outbox_id": 1, "text": "Svar A"},
                          {"item_id": 2, "outbox_id": 2, "text": "Svar B"}]}   # B never arrived
    report = pg_load.check([result], [fb], {"Noten"}, {1: "sent", 2: "sent"}, unsent=0)
    assert report["duplicate_sends"] == ["Svar A"] and report["comments_answered_twice"] == [first]
    assert [r["text"] for r in report["lost_replies"]] == ["Svar B"]
    assert report["lost_notes"] == [] and not report["ok"]
    assert report["ops"]["claim"]["max"] == 7.0
    del second
