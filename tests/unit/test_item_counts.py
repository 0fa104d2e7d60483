"""The navigator's kept counts (``item_counts``, SQLite triggers, migration
0013_counts5_item_counts) equal a full count of the items after every kind of change: items
stored one by one and in bulk, status changes through the real actions, deadlines stopped and
restarted (recompute), kinds and accounts changed, items deleted one by one, by condition and
with their account, changes rolled back, and a migration over a cache that already has items.
The navigator's numbers from the kept counts equal those of the plain COUNTs (the PostgreSQL
path) on the same data."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import delete, select, text, update

from app.models import db as dbmod
from app.models import tables as t
from app.services.inbound import inbox, item_counts, reads
from app.services.inbound.items import apply_action
from tests.factories import make_account, make_item, make_items_at

ACTIONS = ("reply", "holding_reply", "no_reply", "refer", "hide", "spam", "delete", "reject",
           "unhide", "reopen", "answered_elsewhere")


@pytest.fixture()
def sqlite_db(file_db):
    return file_db


def _plain_counts(session, monkeypatch, now, user):
    """navigator_counts with the unread counts as PostgreSQL computes them (no kept counts)."""
    with monkeypatch.context() as m:
        m.setattr(item_counts, "kept", lambda _session: None)
        m.setattr(item_counts, "kept_reads", lambda _session, _user: None)
        return reads.with_unread(session, inbox.navigator_counts(session, user=user, now=now), user, now)


def _assert_exact(db, monkeypatch, now, step):
    with db.session() as s:
        assert item_counts.stored(s) == item_counts.recount(s), step
        assert item_counts.stored_reads(s) == item_counts.recount_reads(s), step
        for user in ("Mette", "Anders"):
            kept = reads.with_unread(s, inbox.navigator_counts(s, user=user, now=now), user, now)
            plain = _plain_counts(s, monkeypatch, now, user)
            assert kept == plain, (step, user)
        for view in ("open", "overdue", "followup", "answered", "hidden", "mentions"):
            assert kept.views[view][0] == len(inbox.view_ids(s, inbox.ViewSpec(view=view), now)), (step, view)


def test_kept_counts_stay_exact_through_every_kind_of_change(sqlite_db, test_clock, monkeypatch):
    db, now, rng = sqlite_db, test_clock.now(), random.Random(20261207)
    with db.session() as s:
        accounts = [make_account(s, "Viborg", policy="hours:24").id,
                    make_account(s, "Malmö", country="SE", policy="workdays:2").id,
                    make_account(s, "Kanal", platform="youtube", policy="hours:24").id]
    _assert_exact(db, monkeypatch, now, "empty")
    for step in range(240):
        op = rng.choice(("insert", "insert", "bulk", "action", "action", "action", "clock", "kind",
                         "move", "delete", "delete_where", "rollback", "read", "read", "unread"))
        with db.session() as s:
            ids = list(s.scalars(select(t.Item.id)))
            account = s.get(t.Account, rng.choice(accounts))
            if op == "insert" or not ids:
                status = rng.choice(("new", "new", "holding", "answered", "spam", "own", "hidden"))
                extra = {"holding_sent_at": now - timedelta(days=rng.randint(0, 6))} if status == "holding" else {}
                if status in ("answered", "spam", "hidden"):
                    extra["handled_at"] = now - timedelta(hours=rng.randint(1, 50))
                make_item(s, account, now - timedelta(hours=rng.randint(0, 120)), status=status,
                          kind=rng.choice(("comment", "mention", "message")),
                          assigned_to=rng.choice((None, "Mette")),
                          moderation_status=rng.choice((None, "heldForReview")), **extra)
            elif op == "bulk":
                make_items_at(s, account, [now - timedelta(hours=h) for h in rng.sample(range(1, 200), 5)],
                              status=rng.choice(("new", "answered", "own")))
            elif op == "action":
                item = s.get(t.Item, rng.choice(ids))
                if item.status != t.STATUS_OWN:
                    apply_action(s, item, rng.choice(ACTIONS), "Mette", now=now)
            elif op == "clock":       # what a recompute or a calendar change does to due_at
                s.execute(update(t.Item).where(t.Item.id.in_(rng.sample(ids, min(4, len(ids)))))
                          .values(due_at=rng.choice((None, now + timedelta(hours=rng.randint(-90, 90))))))
            elif op == "kind":
                s.execute(update(t.Item).where(t.Item.id == rng.choice(ids))
                          .values(kind=rng.choice(("mention", "comment"))))
            elif op == "move":
                s.execute(text("UPDATE items SET account_id = :a WHERE id = :i"),
                          {"a": rng.choice(accounts), "i": rng.choice(ids)})
            elif op == "read":
                reads.mark_read(s, rng.sample(ids, min(6, len(ids))), rng.choice(("Mette", "Anders")), now)
            elif op == "unread":
                reads.mark_unread(s, rng.sample(ids, min(3, len(ids))), rng.choice(("Mette", "Anders")))
            elif op == "delete":
                s.delete(s.get(t.Item, rng.choice(ids)))
            elif op == "delete_where":
                s.execute(delete(t.Item).where(t.Item.account_id == account.id, t.Item.status == rng.choice(
                    ("answered", "spam", "own")), t.Item.id.in_(rng.sample(ids, min(5, len(ids))))))
        if op == "rollback":
            with pytest.raises(RuntimeError), db.session() as s:
                s.execute(update(t.Item).values(status="answered", due_at=None))
                make_item(s, s.get(t.Account, accounts[0]), now)
                raise RuntimeError("the action failed half-way")
        if step % 12 == 11:
            _assert_exact(db, monkeypatch, now, (step, op))
    _assert_exact(db, monkeypatch, now, "end")
    with db.session() as s:
        assert sum(item_counts.stored(s).values()) > 50      # the walk really built a cache
        assert sum(item_counts.stored_reads(s).values()) > 20
        s.delete(s.get(t.Account, accounts[0]))               # its items go with it (ON DELETE CASCADE)
    _assert_exact(db, monkeypatch, now, "account removed")
    with db.session() as s:
        assert {acc for acc, *_ in item_counts.stored(s)} == set(accounts[1:])
        assert {acc for _user, acc, *_ in item_counts.stored_reads(s)} <= set(accounts[1:])


def test_the_migration_counts_a_cache_that_already_has_items(tmp_path, test_clock):
    """Upgrading counts what is there; downgrading removes the table and its triggers."""
    from alembic import command

    from app.config import resolve_paths
    now = test_clock.now()
    paths = resolve_paths(str(tmp_path))
    db = dbmod.open_database(paths)
    with db.session() as s:
        acc = make_account(s, "Viborg", policy="hours:24")
        for k in range(30):
            make_item(s, acc, now - timedelta(hours=k), status=("new", "answered", "holding", "own")[k % 4],
                      holding_sent_at=now - timedelta(days=1), handled_at=now)
        reads.mark_read(s, list(s.scalars(select(t.Item.id)))[::2], "Mette", now)
    with db.engine.begin() as conn:
        command.downgrade(dbmod._alembic_config(conn), "0012_perf3_view_indexes")
    with db.engine.begin() as conn:          # changed while no trigger keeps count
        conn.exec_driver_sql("UPDATE items SET status = 'spam', due_at = NULL WHERE id % 3 = 0")
        conn.exec_driver_sql("DELETE FROM items WHERE id % 5 = 0")
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
        assert not {"item_counts", "item_counts_ai", "read_counts", "read_counts_item_bd"} & names
    db.dispose()
    db = dbmod.open_database(paths)
    try:
        with db.session() as s:
            assert item_counts.stored(s) == item_counts.recount(s)
            assert sum(item_counts.stored(s).values()) == 24
            assert item_counts.stored_reads(s) == item_counts.recount_reads(s)
            assert sum(item_counts.stored_reads(s).values()) == 12
    finally:
        db.dispose()


def test_refill_after_a_bulk_load_without_triggers(sqlite_db, test_clock):
    """What the bench generator does: load with the triggers dropped, then count afresh."""
    now = test_clock.now()
    with sqlite_db.session() as s:
        acc = make_account(s, "Viborg", policy="hours:24")
        reads.mark_read(s, [make_item(s, acc, now).id], "Mette", now)
    raw = sqlite_db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND (name LIKE 'item_counts%' OR name LIKE 'read_counts%')").fetchall()
        assert len(triggers) == 7          # item_counts_au also moves the readers' counts (0017)
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE items SET status = 'answered', due_at = NULL")
        conn.execute("INSERT INTO items (account_id, external_id, kind, text, received_at, status, is_hidden, "
                     "can_reply, has_id_number, notified_soon, notified_overdue, purged, cached_at) "
                     "SELECT account_id, external_id || 'x', 'mention', '', received_at, 'new', 0, 1, 0, 0, 0, 0, "
                     "cached_at FROM items")
        for _, ddl in triggers:
            conn.execute(ddl)
        item_counts.refill(conn)
        conn.commit()
    finally:
        raw.close()
    with sqlite_db.session() as s:
        assert item_counts.stored(s) == item_counts.recount(s) == {
            (acc.id, "answered", "comment", False): 1, (acc.id, "new", "mention", False): 1}
        assert item_counts.stored_reads(s) == {("Mette", acc.id, "answered", "comment", False): 1}


def test_the_counts_read_one_snapshot_and_leave_no_transaction_open(sqlite_db, test_clock):
    """A sync committing between two of the counts' statements cannot make them disagree, and
    the read transaction ends with the counts (a write after them in the same session works)."""
    now = test_clock.now()
    with sqlite_db.session() as s:
        acc = make_account(s, "Viborg", policy="hours:24")
        make_item(s, acc, now - timedelta(days=2))
    other = sqlite_db.engine.raw_connection()
    try:
        with sqlite_db.session() as s:
            raw = s.connection().connection.driver_connection
            original = item_counts.kept

            def kept_then_a_sync_commits(session):
                result = original(session)
                # Another connection stores an item not yet due between the counts' statements:
                # read from the newer state, the not-yet-due range would make the first item
                # look on time (1 running in the kept counts less 1 not yet due).
                other.driver_connection.execute(
                    "INSERT INTO items (account_id, external_id, kind, text, received_at, status, due_at, "
                    "is_hidden, can_reply, has_id_number, notified_soon, notified_overdue, purged, cached_at) "
                    "SELECT account_id, 'later', kind, '', received_at, 'new', ?, 0, 1, 0, 0, 0, 0, cached_at "
                    "FROM items LIMIT 1", ((now + timedelta(days=3)).strftime("%Y-%m-%d %H:%M:%S.%f"),))
                other.driver_connection.commit()
                return result
            item_counts.kept = kept_then_a_sync_commits
            try:
                counts = inbox.navigator_counts(s, now=now)
            finally:
                item_counts.kept = original
            assert counts.views["open"] == (1, 1) and counts.accounts[0].open == 1
            assert not raw.in_transaction
            make_item(s, acc, now)                       # the session can still write
        with sqlite_db.session() as s:
            assert inbox.navigator_counts(s, now=now).views["open"] == (3, 1)
    finally:
        other.close()
