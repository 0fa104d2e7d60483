"""What the deadline recompute writes: only the rows whose deadlines change (each written row
rewrites the due_at indexes), ``due_at`` only when the active deadline changes, and nothing for
an item a colleague handled while the recompute was running (rows are read in batches and
written later, in larger transactions)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from app.models import tables as t
from app.models.db import open_url
from app.services.inbound import items
from tests.factories import make_account, make_item

MON_0900 = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)      # 09:00 in Copenhagen


def _log_updates(db) -> None:
    with db.session() as s:
        s.execute(text("CREATE TABLE upd_log (item_id INTEGER, what TEXT)"))
        s.execute(text("CREATE TRIGGER upd_any AFTER UPDATE ON items "
                       "BEGIN INSERT INTO upd_log VALUES (new.id, 'row'); END"))
        s.execute(text("CREATE TRIGGER upd_due AFTER UPDATE OF due_at ON items "
                       "BEGIN INSERT INTO upd_log VALUES (new.id, 'due_at'); END"))


def _logged(db, what: str) -> list[int]:
    with db.session() as s:
        found = s.execute(text("SELECT item_id FROM upd_log WHERE what = :w ORDER BY item_id"), {"w": what})
        return list(found.scalars())


def test_only_changed_rows_are_written_and_due_at_only_when_it_changes(tmp_path):
    db = open_url(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with db.session() as s:
        acc = make_account(s, "Viborg", policy="workdays:2", followup_policy="workdays:2")
        new_ids = [make_item(s, acc, MON_0900 + timedelta(hours=h)).id for h in range(0, 48, 6)]
        # A holding reply stands: the active deadline is the follow-up one, which a change of
        # the first-response policy does not move.
        holding = make_item(s, acc, MON_0900, status="holding",
                            holding_sent_at=MON_0900 + timedelta(hours=2)).id
        answered = make_item(s, acc, MON_0900, status="answered",
                             handled_at=MON_0900 + timedelta(hours=1)).id
        s.get(t.Account, acc.id).policy = "hours:24"
    _log_updates(db)
    with db.session() as s:
        assert items.recompute_deadlines(s) == len(new_ids) + 1
    assert _logged(db, "row") == sorted(new_ids + [holding])
    assert _logged(db, "due_at") == sorted(new_ids)            # not the holding item's
    with db.session() as s:
        item = s.get(t.Item, holding)
        assert item.first_due_at == MON_0900 + timedelta(hours=24)
        assert item.due_at == item.followup_due_at != item.first_due_at
        assert s.get(t.Item, answered).first_due_at == datetime(2026, 3, 11, 15, 0, tzinfo=UTC)
        s.execute(text("DELETE FROM upd_log"))
    # Nothing changed since: a second recompute looks at every running item and writes none.
    with db.session() as s:
        assert items.recompute_deadlines(s) == len(new_ids) + 1
    assert _logged(db, "row") == []
    db.dispose()


def test_an_item_answered_during_the_recompute_keeps_its_stopped_clock(tmp_path):
    db = open_url(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with db.session() as s:
        acc = make_account(s, "Viborg", policy="workdays:2")
        ids = [make_item(s, acc, MON_0900 + timedelta(hours=h)).id for h in range(20)]
        was_first = s.get(t.Item, ids[1]).first_due_at
        s.get(t.Account, acc.id).policy = "hours:24"
    answered: list[int] = []

    def colleague_answers(done: int) -> None:
        # After the first batch has been read (and before it is written), a colleague answers
        # one of its items in another session.
        if answered:
            return
        with db.session() as other:
            items.apply_action(other, other.get(t.Item, ids[1]), "reply", "Mette",
                               now=MON_0900 + timedelta(hours=3))
        answered.append(ids[1])

    with db.session() as s:
        assert items.recompute_deadlines(s, batch=5, progress=colleague_answers) == 20
    assert answered == [ids[1]]
    with db.session() as s:
        item = s.get(t.Item, ids[1])
        assert item.status == t.STATUS_ANSWERED and item.due_at is None
        assert item.first_due_at == was_first          # measured against the promise then in force
        for item_id in ids[:1] + ids[2:]:
            other = s.get(t.Item, item_id)
            assert other.due_at == other.first_due_at == other.received_at + timedelta(hours=24)
    db.dispose()


def test_a_write_that_fails_stops_the_job_with_its_error_and_keeps_earlier_chunks(tmp_path, monkeypatch):
    """The writer runs on a thread of its own while the next rows are read: its failure (here
    a trigger refusing one row) reaches the job as the database's error, not a hang and not a
    silent success; the chunk it was writing is rolled back, earlier chunks stay written."""
    import sqlite3

    import pytest

    from app.services.inbound import recompute
    monkeypatch.setattr(recompute, "_FLUSH_ROWS", 5)
    db = open_url(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with db.session() as s:
        acc = make_account(s, "Viborg", policy="workdays:2")
        ids = [make_item(s, acc, MON_0900 + timedelta(hours=h)).id for h in range(20)]
        s.get(t.Account, acc.id).policy = "hours:24"
        s.execute(text(f"CREATE TRIGGER refuse BEFORE UPDATE OF due_at ON items WHEN new.id = {ids[12]} "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
    with db.session() as s, pytest.raises(sqlite3.IntegrityError, match="refused by the test"):
        items.recompute_deadlines(s, batch=5)
    with db.session() as s:
        moved = [s.get(t.Item, i).due_at == s.get(t.Item, i).received_at + timedelta(hours=24) for i in ids]
    assert moved[:10] == [True] * 10            # the first two chunks were written
    assert moved[10:15] == [False] * 5          # the refused chunk was rolled back whole
    db.dispose()


def test_a_database_that_is_no_file_is_read_and_written_on_its_one_connection():
    """The second, reading connection needs a file to open; an in-memory database (no file to
    share) is read and written on the session's own connection, one chunk after another. A
    second connection to it would open an empty database of its own and find no rows."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    t.Base.metadata.create_all(engine)
    with Session(engine) as s:
        acc = make_account(s, "Viborg", policy="workdays:2")
        ids = [make_item(s, acc, MON_0900 + timedelta(hours=h)).id for h in range(5)]
        s.get(t.Account, acc.id).policy = "hours:24"
        s.commit()
    with Session(engine) as s:
        assert items.recompute_deadlines(s) == 5
    with Session(engine) as s:
        for item_id in ids:
            item = s.get(t.Item, item_id)
            assert item.due_at == item.first_due_at == item.received_at + timedelta(hours=24)
    engine.dispose()
