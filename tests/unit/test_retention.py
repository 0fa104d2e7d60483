"""Retention and "forget this person": exactly what should go, goes; nothing else does."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import clock as app_clock
from app.models import tables as t
from app.services.inbound.inbox import ViewSpec, query_rows
from app.services.records import retention
from tests.factories import make_account, make_item, make_note, make_sent_reply, make_thread, utc

ROOT = Path(__file__).resolve().parents[2]
NOW = utc("2026-06-30 12:00")       # 90 days back: 2026-04-01 12:00 UTC


def search(session, words: str) -> list[int]:
    return [r.id for r in query_rows(session, ViewSpec(view="all", search=words))]


def audit_text(session) -> str:
    return " ".join(f"{e.actor} {e.action} {e.details}" for e in session.scalars(select(t.AuditEvent)))


@pytest.fixture()
def cache(db):
    """Items on both sides of the cut-off; returns their ids by name."""
    with db.session() as s:
        acc = make_account(s, "Odense Kommune")
        old_thread = make_thread(s, acc, text="Vejarbejde på Vestergade", author_name="Odense Kommune",
                                 url="https://facebook.com/odense/posts/1")
        old = make_item(s, acc, utc("2026-02-27 09:00"), status="answered", thread=old_thread,
                        text="Mit hus lugter af kloak efter vejarbejdet", author_name="Karen Sørensen",
                        url="https://facebook.com/odense/posts/1?c=1", handled_at=utc("2026-03-01 10:00"))
        make_note(s, old, "Karen Sørensen har ringet to gange")
        reply = make_sent_reply(s, old, "Hej Karen, vi sender en medarbejder ud.", sent_at=utc("2026-03-01 10:00"))
        recent = make_item(s, acc, utc("2026-03-20 09:00"), status="answered",
                           text="Kloakdæksel mangler på hjørnet", author_name="Jens Holm",
                           handled_at=utc("2026-05-01 10:00"))
        recent_note = make_note(s, recent, "Sendt videre til vej og park")
        # Our reply to the kept item is older than the cut-off but stays with its item.
        make_sent_reply(s, recent, "Tak Jens, vi kigger på kloakdækslet.", sent_at=utc("2026-03-21 10:00"))
        open_new = make_item(s, acc, utc("2026-01-05 09:00"), status="new", text="Kloak? Ingen svar endnu",
                             author_name="Ole Nielsen")
        open_holding = make_item(s, acc, utc("2026-01-06 09:00"), status="holding",
                                 holding_sent_at=utc("2026-01-06 10:00"), text="Hvornår kommer I?",
                                 author_name="Lise Berg")
        spam = make_item(s, acc, utc("2026-01-31 09:00"), status="spam", is_hidden=True,
                         text="Køb billige solbriller", author_name="Spam Bot", handled_at=utc("2026-02-01 09:00"))
        failing = make_item(s, acc, utc("2026-02-01 09:00"), status="answered", text="Kloak igen",
                            author_name="Per Lund", handled_at=utc("2026-02-01 10:00"), outbox_state="failed")
        return {"account": acc.id, "old": old.id, "recent": recent.id, "open_new": open_new.id,
                "open_holding": open_holding.id, "spam": spam.id, "failing": failing.id,
                "old_thread": old_thread.id, "old_reply_outbox": reply.id, "recent_note": recent_note.id}


def snapshot(session, item_id):
    i = session.get(t.Item, item_id)
    return (i.text, i.author_name, i.author_id, i.url, i.purged, i.status, i.received_at, i.handled_at)


def test_dry_run_counts_and_changes_nothing(db, cache):
    with db.session() as s:
        before = {k: snapshot(s, v) for k, v in cache.items() if k in ("old", "spam", "recent")}
        assert retention.due_for_purge(s, 90, NOW) == 2
        result = retention.purge_expired(s, 90, NOW, dry_run=True)
        assert (result.items, result.own_replies, result.dry_run) == (2, 0, True)
    with db.session() as s:
        assert {k: snapshot(s, cache[k]) for k in before} == before
        assert s.scalar(select(t.AuditEvent).where(t.AuditEvent.action == "retention_purge")) is None


def test_purge_removes_exactly_the_expired_data(db, cache):
    with db.session() as s:
        keep = {k: snapshot(s, cache[k]) for k in ("recent", "open_new", "open_holding", "failing")}
        assert cache["old"] in search(s, "kloak")
        result = retention.purge_expired(s, 90, NOW)
    assert (result.items, result.own_replies, result.notes, result.outbox_texts, result.threads) == (2, 1, 1, 1, 1)
    assert result.cutoff == utc("2026-04-01 12:00")
    with db.session() as s:
        for key in ("old", "spam"):
            item = s.get(t.Item, cache[key])
            assert (item.text, item.author_name, item.author_id, item.url, item.purged) == ("", None, None, None, True)
            # Statistics stay.
            assert item.status in ("answered", "spam") and item.handled_at and item.first_due_at
        # Untouched: handled within the period, open items, an item whose reply failed.
        assert {k: snapshot(s, cache[k]) for k in keep} == keep
        assert s.get(t.Note, cache["recent_note"]) is not None
        assert s.scalars(select(t.Note).where(t.Note.item_id == cache["old"])).all() == []
        action = s.get(t.OutboxAction, cache["old_reply_outbox"])
        assert action.text == "" and json.loads(action.target)["author_id"] is None
        own = s.scalars(select(t.Item).where(t.Item.status == "own").order_by(t.Item.received_at)).all()
        assert [(o.text == "", o.purged) for o in own] == [(True, True), (False, False)]
        thread = s.get(t.Thread, cache["old_thread"])
        assert (thread.text, thread.author_name, thread.url) == ("", None, None)
        # The full-text index forgot the purged words but not the kept ones.
        hits = search(s, "kloak")
        assert cache["old"] not in hits and cache["recent"] in hits and cache["open_new"] in hits
        assert search(s, "Karen") == [] and search(s, "solbriller") == []
        assert search(s, "Sørensen") == []
        # The audit log says it happened, with counts and no names or text.
        event = s.scalar(select(t.AuditEvent).where(t.AuditEvent.action == "retention_purge"))
        assert json.loads(event.details)["items"] == 2
        log = audit_text(s)
        assert "Karen" not in log and "kloak" not in log.lower()


def test_our_messages_stay_while_their_conversation_does(db):
    with db.session() as s:
        acc = make_account(s, "Silkeborg Kommune")
        dm = make_thread(s, acc, kind="conversation", author_name="Kim Dal", text="Kim Dal")
        old = make_item(s, acc, utc("2026-02-01 09:00"), status="answered", kind="message", thread=dm,
                        text="Første besked", author_name="Kim Dal", handled_at=utc("2026-02-01 10:00"))
        ours = make_item(s, acc, utc("2026-02-01 10:00"), status="own", kind="message", thread=dm,
                         text="Hej Kim, tak for beskeden", author_name="Silkeborg Kommune", author_id=None)
        recent = make_item(s, acc, utc("2026-06-01 09:00"), status="answered", kind="message", thread=dm,
                           text="Ny besked", author_name="Kim Dal", handled_at=utc("2026-06-01 10:00"))
        ids = (old.id, ours.id, recent.id, dm.id)
    with db.session() as s:
        first = retention.purge_expired(s, 90, NOW)
        assert (first.items, first.own_replies, first.threads) == (1, 0, 0)
        assert s.get(t.Item, ids[1]).text == "Hej Kim, tak for beskeden"
        assert s.get(t.Thread, ids[3]).author_name == "Kim Dal"
    with db.session() as s:
        later = retention.purge_expired(s, 90, NOW + timedelta(days=100))
        assert (later.items, later.own_replies, later.threads) == (1, 1, 1)
        assert s.get(t.Item, ids[1]).text == "" and s.get(t.Thread, ids[3]).text == ""


def test_second_run_and_scheduler(db, cache):
    class FakeWorkspace:
        settings = None

    ws = FakeWorkspace()
    ws.db = db
    first = retention.run_retention(ws, NOW)
    assert first is not None and first.items == 2
    assert retention.run_retention(ws, NOW + timedelta(hours=5)) is None      # not due yet
    again = retention.run_retention(ws, NOW + timedelta(hours=21))
    assert again is not None and again.items == 0
    with db.session() as s:
        retention.set_retention_days(s, 30)
    later = retention.run_retention(ws, utc("2026-06-30 12:00") + timedelta(days=2), force=True)
    # With 30 days, the item handled on 1 May goes too.
    assert later.days == 30 and later.items == 1
    with db.session() as s:
        assert s.get(t.Item, cache["recent"]).purged
        assert not s.get(t.Item, cache["open_new"]).purged


def test_retention_days_setting(db):
    with db.session() as s:
        assert retention.retention_days(s) == 90

        class Settings:
            def get(self, key):
                return 45

        assert retention.retention_days(s, Settings()) == 45
        retention.set_retention_days(s, 120)
        assert retention.retention_days(s, Settings()) == 120      # the team's setting wins


# --- forget this person ----------------------------------------------------------------------

@pytest.fixture()
def people(db):
    with db.session() as s:
        acc = make_account(s, "Malmö stad", country="SE", policy="hours:24")
        other_acc = make_account(s, "Malmö Kulturförvaltningen", country="SE")
        dm = make_thread(s, acc, kind="conversation", author_name="Åsa Öberg")
        first = make_item(s, acc, utc("2026-06-01 09:00"), status="answered", kind="message", thread=dm,
                          text="Jag vill klaga på snöröjningen", author_name="Åsa Öberg", author_id="psid-77",
                          handled_at=utc("2026-06-01 10:00"))
        make_note(s, first, "Åsa Öberg bor på Lindgatan")
        make_sent_reply(s, first, "Hej Åsa Öberg! Vi tittar på det.", sent_at=utc("2026-06-01 10:00"))
        second = make_item(s, acc, utc("2026-06-20 09:00"), status="new", kind="message", thread=dm,
                           text="Inget har hänt", author_name="åsa öberg", author_id="psid-77")
        mention = make_item(s, acc, utc("2026-06-21 09:00"), status="answered", text="Jag håller med Åsa Öberg!",
                            author_name="Nils Ek", handled_at=utc("2026-06-21 10:00"))
        lookalike = make_item(s, acc, utc("2026-06-22 09:00"), text="Åsa Öbergsson har rätt",
                              author_name="Eva Ek")
        other_note = make_note(s, lookalike, "Ringde Åsa Öberg tillbaka")
        elsewhere = make_item(s, other_acc, utc("2026-06-23 09:00"), text="Hej från ÅSA ÖBERG",
                              author_name="Åsa Öberg", author_id="another-person")
        return {"account": acc.id, "first": first.id, "second": second.id, "mention": mention.id,
                "lookalike": lookalike.id, "other_note": other_note.id, "elsewhere": elsewhere.id,
                "dm": dm.id}


def test_forget_author_removes_the_person(db, people):
    with db.session() as s:
        assert people["first"] in search(s, "Öberg")
        result = retention.forget_author(s, people["account"], author_name="Åsa Öberg", actor="Fanny",
                                         now=NOW)
    assert (result.items, result.closed, result.notes_deleted) == (2, 1, 1)
    with db.session() as s:
        for key in ("first", "second"):
            item = s.get(t.Item, people[key])
            assert (item.text, item.author_name, item.author_id, item.purged) == ("", None, None, True)
        assert s.get(t.Item, people["second"]).status == "no_reply"       # no longer waiting
        assert s.get(t.Item, people["second"]).due_at is None
        assert s.get(t.Item, people["mention"]).text == "Jag håller med [name removed]!"
        assert s.get(t.Item, people["lookalike"]).text == "Åsa Öbergsson har rätt"   # another name
        assert s.get(t.Note, people["other_note"]).text == "Ringde [name removed] tillbaka"
        own = s.scalar(select(t.Item).where(t.Item.status == "own"))
        assert own.text == "Hej [name removed]! Vi tittar på det."
        assert s.scalar(select(t.OutboxAction.text)) == ""                # purged with its item
        assert s.get(t.Thread, people["dm"]).author_name is None
        # Their name on another account's text goes; that account's author with the same
        # name is a different person (other id, other account) and keeps their item.
        elsewhere = s.get(t.Item, people["elsewhere"])
        assert elsewhere.text == "Hej från [name removed]" and elsewhere.author_name == "Åsa Öberg"
        assert not search(s, "snöröjningen")
        # Left: the other account's namesake and "Öbergsson" (the search matches prefixes).
        assert sorted(search(s, "Öberg")) == sorted([people["elsewhere"], people["lookalike"]])
        log = audit_text(s)
        assert "Åsa" not in log and "psid-77" not in log and "forget_author" in log


def test_forget_by_author_id_and_errors(db, people):
    with db.session() as s:
        result = retention.forget_author(s, people["account"], author_id="psid-77", actor="Fanny", now=NOW)
        assert result.items == 2
        with pytest.raises(Exception, match="Name the person"):
            retention.forget_author(s, people["account"], actor="Fanny")


# --- the commands ----------------------------------------------------------------------------

def svarbox(tmp_path, *args):
    env = dict(os.environ, SVARBOX_LANG="en", SVARBOX_USER="Fanny")
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def test_cli_purge_and_forget(tmp_path, file_db):
    db = file_db
    now = app_clock.now()
    with db.session() as s:
        acc = make_account(s, "Vejle Kommune")
        old = make_item(s, acc, now - timedelta(days=200), status="answered", text="gammel klage",
                        author_name="Bo Ravn", handled_at=now - timedelta(days=199))
        new = make_item(s, acc, now - timedelta(days=20), status="answered", text="ny klage",
                        author_name="Bo Ravn", handled_at=now - timedelta(days=19))
        ids = (old.id, new.id)
    dry = svarbox(tmp_path, "purge", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["items"] == 1 and json.loads(dry.stdout)["dry_run"] is True
    done = svarbox(tmp_path, "purge", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["items"] == 1
    with db.session() as s:
        assert s.get(t.Item, ids[0]).purged and not s.get(t.Item, ids[1]).purged
        assert s.scalar(select(t.AuditEvent.actor).where(t.AuditEvent.action == "retention_purge")) == "Fanny"
    forget = svarbox(tmp_path, "forget", "--account", "Vejle Kommune", "--author", "bo ravn")
    assert forget.returncode == 0, forget.stderr
    assert "Removed 1 items" in forget.stdout
    with db.session() as s:
        assert s.get(t.Item, ids[1]).purged
    missing = svarbox(tmp_path, "forget", "--account", "Nowhere", "--author", "X")
    assert missing.returncode == 2 and "Nowhere" in missing.stderr
    nobody = svarbox(tmp_path, "forget", "--account", "Vejle Kommune")
    assert nobody.returncode == 2


def _segments(session) -> int:
    raw = session.connection().connection.driver_connection
    return raw.execute("SELECT count(DISTINCT segid) FROM items_fts_idx").fetchone()[0]


@pytest.mark.parametrize("merge_after", [1, 10_000])
def test_a_large_purge_merges_the_search_index(db, monkeypatch, merge_after):
    """Purged rows leave delete markers in new segments of the search index, which every
    search then reads next to the entries they cancel; a purge of many rows merges the index
    into one segment (issue 18 point 2), a small daily one leaves it to FTS5's own merging."""
    monkeypatch.setattr(retention, "MERGE_AFTER", merge_after)
    with db.session() as s:
        acc = make_account(s, "Odense Kommune")
        old = [make_item(s, acc, utc("2026-02-01 09:00") + timedelta(minutes=n), status="answered",
                         text=f"Kloak nummer {n} lugter", handled_at=utc("2026-02-02 09:00")).id
               for n in range(12)]
        kept = make_item(s, acc, utc("2026-06-01 09:00"), status="answered", text="Kloak på torvet",
                         handled_at=utc("2026-06-02 09:00")).id
        s.commit()
        result = retention.purge_expired(s, 90, NOW, batch=2)    # six commits: six new segments
        assert result.items == 12
    with db.session() as s:
        if s.get_bind().dialect.name == "sqlite":
            assert (_segments(s) == 1) == (merge_after == 1)
        else:
            assert retention.merge_search_index(s) == 0      # PostgreSQL: nothing to merge
        assert search(s, "kloak") == [kept]
        assert search(s, "torvet") == [kept] and search(s, "nummer") == []
        assert all(s.get(t.Item, item_id).purged for item_id in old)


def test_purges_of_many_sizes_share_a_few_statements(db):
    """Every distinct length of an IN list is a prepared statement of its own in the driver's
    cache (128 per connection); a daily purge of a different number of items each day left a
    new one there every day (a week's soak: the connection's statement memory grew ~1 MB a
    day). Eight daily purges of 9 to 16 items now run the same statements."""
    from sqlalchemy import event

    from app.models.db import padded_in_list
    assert padded_in_list([]) == []
    assert padded_in_list([3, 1]) == [3, 1, 1, 1, 1, 1, 1, 1]
    assert len(padded_in_list(list(range(9)))) == 16 and set(padded_in_list(list(range(9)))) == set(range(9))
    days = range(9, 17)
    with db.session() as s:
        acc = make_account(s, "Odense Kommune")
        for day, count in enumerate(days):
            for n in range(count):
                handled = utc("2026-02-01 10:00") + timedelta(days=day)
                make_item(s, acc, handled - timedelta(hours=1, minutes=n), status="answered",
                          thread=make_thread(s, acc), text=f"Spørgsmål {day}-{n}", author_name="Karen",
                          handled_at=handled)
    statements: set[str] = set()
    event.listen(db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: statements.add(statement) if " IN (" in statement else None)
    purged = []
    for day in range(len(days)):        # each day's run finds that day's items, 9 to 16 of them
        with db.session() as s:
            purged.append(retention.purge_expired(s, 90, now=utc("2026-05-02 12:00") + timedelta(days=day)).items)
    assert purged == list(days)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(t.Item).where(t.Item.purged.is_(False))) == 0
    by_shape: dict[str, set[int]] = {}
    for statement in statements:
        by_shape.setdefault(statement.split(" IN (")[0], set()).add(statement.count("?") + statement.count("%("))
    assert len(by_shape) >= 4, by_shape       # items, notes, claims, outbox, memory, threads
    assert all(len(counts) == 1 for counts in by_shape.values()), by_shape
