"""One database URL chooses the store; the same Alembic migrations build both, and the
services behave the same on SQLite and on a team's PostgreSQL."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from app import clock as app_clock
from app.config import resolve_paths
from app.models import db as dbmod
from app.models import tables as t
from app.services.inbound import inbox, items
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox
from app.services.team import collab
from tests.team.teamkit import ANNA, BO, CLIENT, ROOT, Team, finish

pg = pytest.mark.postgres


@pg
def test_migrations_build_every_table_on_postgresql(pg_url):
    db = dbmod.open_url(pg_url)
    try:
        assert db.dialect == "postgresql"
        inspector = inspect(db.engine)
        tables = set(inspector.get_table_names())
        assert set(t.Base.metadata.tables) <= tables
        assert "alembic_version" in tables
        assert dbmod.current_revision(db.engine) == dbmod.head_revision()
        assert "ix_items_search" in {ix["name"] for ix in inspector.get_indexes("items")}
        # Naive UTC timestamps, as on SQLite: the same rows, the same index scans.
        columns = {c["name"]: c for c in inspector.get_columns("items")}
        assert not getattr(columns["due_at"]["type"], "timezone", False)
    finally:
        db.dispose()
    # Opening again is a no-op (and never tries a SQLite backup of a server database).
    again = dbmod.open_url(pg_url)
    assert dbmod.current_revision(again.engine) == dbmod.head_revision()
    again.dispose()


@pg
def test_downgrade_and_upgrade_again_on_postgresql(pg_url):
    db = dbmod.open_url(pg_url)
    try:
        with db.engine.begin() as conn:
            command.downgrade(dbmod._alembic_config(conn), "base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        dbmod.migrate(db.engine)
        assert set(t.Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()


@pg
def test_database_url_setting_chooses_the_store(tmp_path, pg_url, monkeypatch):
    monkeypatch.delenv("SVARBOX_DATABASE_URL", raising=False)
    local = resolve_paths(str(tmp_path))
    assert local.is_sqlite and local.sqlite_path == tmp_path / "svarbox.sqlite3"
    team = resolve_paths(str(tmp_path), pg_url)
    assert not team.is_sqlite and team.sqlite_path is None
    monkeypatch.setenv("SVARBOX_DATABASE_URL", pg_url)
    from_env = resolve_paths(str(tmp_path))
    db = dbmod.open_database(from_env)
    try:
        assert db.dialect == "postgresql"
    finally:
        db.dispose()
    # The demo never touches the team's database, whatever the address says.
    assert resolve_paths(str(tmp_path), pg_url, workspace="demo").is_sqlite


def test_the_same_story_on_both_stores(db_url, make_team):
    """Sync, views, counts, search, thread, notes, assignment, reply, flush, deadlines."""
    team: Team = make_team(db_url, n_comments=3)
    ws = team.anna
    first = team.item_id(team.comment_ids[0])
    with ws.db.session() as s:
        assert inbox.count(s, inbox.ViewSpec(view="open")) == 3
        # Search: FTS5 on SQLite, tsvector on PostgreSQL; words match as prefixes, any case.
        found = inbox.query_rows(s, inbox.ViewSpec(view="all", search="hovedg"))
        assert {r.id for r in found} == {team.item_id(c) for c in team.comment_ids}
        assert inbox.query_rows(s, inbox.ViewSpec(view="all", search="HOVEDGADEN spørgsmål 1"))[0].id == \
            team.item_id(team.comment_ids[1])
        assert inbox.query_rows(s, inbox.ViewSpec(view="all", search="cykelsti")) == []
        assert inbox.query_rows(s, inbox.ViewSpec(view="all", search="'\"):*&|!")) is not None
        items.add_note(s, first, ANNA, "Ring til vejafdelingen først")
        collab.assign(s, first, BO, ANNA)
    with ws.db.session() as s:
        assigned = inbox.query_rows(s, inbox.ViewSpec(view="assigned", user=BO))
        assert [r.id for r in assigned] == [first]
        counts = inbox.navigator_counts(s, user=BO)
        assert counts.views["assigned"] == (1, 0)
        assert counts.accounts[0].open == 3
        view = inbox.thread_view(s, first)
        assert any(m.via == "note" and m.sent_by == ANNA for m in view.messages)
        oid = collab.queue_reply(s, first, ANNA, "Vejen åbner igen fredag.")
    sent = outbox.flush(ws)
    assert [(r.outbox_id, r.state) for r in sent] == [(oid, t.OUTBOX_SENT)]
    assert team.own_replies(team.comment_ids[0]) == ["Vejen åbner igen fredag."]
    assert sync_account(ws, team.account_id, sleep=lambda _s: None).ok
    with ws.db.session() as s:
        assert inbox.count(s, inbox.ViewSpec(view="open")) == 2
        assert inbox.count(s, inbox.ViewSpec(view="answered")) == 1
        # Aware UTC in, aware UTC out, on both stores.
        row = s.get(t.Item, first)
        assert row.handled_at.tzinfo is not None and row.received_at.tzinfo is not None
        account = s.get(t.Account, team.account_id)
        account.policy = "hours:2"
    with ws.db.session() as s:
        # Only running clocks: the answered item keeps the deadline it was measured against.
        assert items.recompute_deadlines(s, team.account_id) == 2
    with ws.db.session() as s:
        due = s.scalars(select(t.Item.due_at).where(t.Item.status == t.STATUS_NEW)).all()
        assert due and all(d is not None and d.tzinfo is not None for d in due)


@pg
def test_search_uses_the_gin_index_on_postgresql(pg_url, make_team):
    team = make_team(pg_url, n_comments=1)
    with team.anna.db.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))   # one row: force the planner's hand
        query = select(t.Item.id).where(*inbox._conditions(s, inbox.ViewSpec(view="all", search="hovedg"),
                                                            app_clock.now()))
        compiled = query.compile(dialect=s.get_bind().dialect)
        plan = "\n".join(row[0] for row in s.connection().exec_driver_sql(
            "EXPLAIN " + str(compiled), compiled.params))
    assert "ix_items_search" in plan, plan


@pg
def test_clients_starting_together_migrate_once(pg_server, pg_url, tmp_path):
    """Colleagues start the new version at the same moment: one migrates, the others wait
    and open the migrated database; nobody gets an error."""
    import psycopg

    dbname = pg_url.rsplit("/", 1)[1]
    blocker = psycopg.connect(pg_server.url(dbname, driver="postgresql"))
    try:
        # Hold the catalogue entry both migrations need, so both are surely in flight.
        blocker.execute("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        procs = [subprocess.Popen([sys.executable, str(CLIENT), "migrate", "--db", pg_url,
                                   "--data-dir", str(tmp_path / f"c{i}"), "--user", f"u{i}"],
                                  cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for i in range(2)]
        with pg_server.admin() as admin:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                waiting = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                                        "AND wait_event_type = 'Lock'", (dbname,)).fetchone()[0]
                if waiting >= 2:
                    break
                time.sleep(0.05)
            assert waiting >= 2, "both clients should be migrating"
    finally:
        blocker.rollback()
        blocker.close()
    results = [finish(p) for p in procs]
    assert results == [{"ok": True}, {"ok": True}], results
