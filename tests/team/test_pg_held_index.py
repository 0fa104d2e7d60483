"""PostgreSQL's "Held for review" view reads its own partial index (migration 0012_perf3_view_indexes):
at 1M items its first page walked every running deadline and its count scanned the table.
The index is used only if the service's own query (bound parameters and all) implies the
index's condition, so the plans are taken of the statements the service really sends."""
from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import event, update

from app import clock as app_clock
from app.models import tables as t
from app.services.inbound import inbox

pytestmark = pytest.mark.postgres


def test_held_view_page_and_count_use_the_partial_index(pg_url, make_team):
    team = make_team(pg_url, n_comments=3)
    db, now = team.anna.db, app_clock.now()
    held = team.item_id(team.comment_ids[1])
    with db.session() as s:
        s.execute(update(t.Item).where(t.Item.id == held).values(moderation_status="heldForReview"))
    sent: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, *args):
        sent.append((statement, parameters))
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.session() as s:
            assert list(inbox.view_ids(s, inbox.ViewSpec(view="held"), now, limit=50)) == [held]
            assert inbox.count(s, inbox.ViewSpec(view="held"), now) == 1
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(sent) == 2
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as raw:
        # A three-row table is read sequentially whatever the indexes: take that choice away
        # and see which index the planner can prove fits.
        raw.execute("SET enable_seqscan = off")
        for statement, params in sent:
            plan = "\n".join(r[0] for r in raw.execute("EXPLAIN " + statement, params).fetchall())
            assert "ix_items_held_view" in plan, plan
