"""PostgreSQL ingest: a page of comments is one INSERT, whatever mix of empty fields the
comments have (issue 18 point 6: the ORM's bulk insert sent one INSERT per combination of
None columns, ~18 round trips per page of 100), and the stored rows are the same as before:
empty fields NULL, defaults as the connector gave them."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event, select

from app import clock as app_clock
from app.connectors import base as cb
from app.models import tables as t
from app.models.db import open_url
from app.services.inbound.sync import SyncResult, store_page

pytestmark = pytest.mark.postgres


def test_a_page_of_mixed_comments_is_one_insert(pg_url):
    db = open_url(pg_url)
    now = app_clock.now().replace(microsecond=0)
    try:
        with db.session() as s:
            acc = t.Account(name="Aarby", platform="facebook", external_id="p1", policy="hours:24",
                            followup_policy="workdays:2", calendar='{"country": "DK"}', language="da",
                            sync_interval_minutes=5, enabled=True, options="{}", status="ok")
            s.add(acc)
            s.flush()
            account_id = acc.id
        items = []
        for k in range(12):
            items.append(cb.FetchedItem(
                external_id=f"c{k}", thread_external_id="post1",
                kind=cb.ItemKind.REPLY if k % 3 else cb.ItemKind.COMMENT,
                text=f"Spørgsmål {k}", received_at=now - timedelta(minutes=k),
                author_id=None if k % 4 == 0 else f"u{k}", author_name=None if k % 5 == 0 else f"Borger {k}",
                parent_external_id="c0" if k % 3 else None, url=None if k % 2 else f"https://fb.example/c{k}",
                is_hidden=k == 7, can_reply=k != 8, moderation_status=None))
        page = cb.Page(items=items, threads=[cb.FetchedThread("post1", "post", "Vejarbejde")], cursor="after-1")
        inserts: list[str] = []

        def record(conn, cursor, statement, *args):
            if statement.lstrip().upper().startswith("INSERT INTO ITEMS"):
                inserts.append(statement)
        event.listen(db.engine, "before_cursor_execute", record)
        try:
            with db.session() as s:
                store_page(s, s.get(t.Account, account_id), page, SyncResult(account_id), now=now)
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        assert len(inserts) == 1
        with db.session() as s:
            rows = {i.external_id: i for i in s.scalars(select(t.Item).where(t.Item.account_id == account_id))}
        assert len(rows) == 12
        assert rows["c0"].author_id is None and rows["c0"].author_name is None and rows["c0"].parent_external_id is None
        assert rows["c1"].url is None and rows["c2"].url == "https://fb.example/c2"
        assert rows["c1"].parent_external_id == "c0"
        assert rows["c7"].is_hidden and not rows["c8"].can_reply and rows["c9"].can_reply
        assert all(not r.notified_soon and not r.purged and r.status == t.STATUS_NEW for r in rows.values())
        assert rows["c3"].due_at is not None and rows["c3"].due_at == rows["c3"].first_due_at
    finally:
        db.dispose()
