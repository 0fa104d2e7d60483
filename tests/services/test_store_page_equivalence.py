"""Sync's storing path (``store_page``) after issue 18 point 5 stores exactly what it stored before.

The fast path inserts a page's new items with one ``executemany`` through the driver, computes a
``workdays`` deadline once per local date, checks for ID numbers only in texts with ten digits
or more, and looks up what a page's Facebook replies answer with a few queries for the whole
page. Here the same pages go through the old path (``legacy_store_page``, a frozen copy, with
the ID-number check reading every text) and the new one, each into its own copy of the same
database, and every row of items, threads, audit events and sync state must be equal, as must
the counts the sync reports."""
from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from app.config import resolve_paths
from app.connectors import base as cb
from app.models import tables as t
from app.models.db import open_database
from app.services.content import idnumbers
from app.services.inbound import store
from app.services.inbound.sync import SyncResult
from tests import factories as f
from tests.services import legacy_store_page as legacy

CPR = "110589-1234"                # a date-valid CPR number (dash form: the date decides)
FULLWIDTH_CPR = "１１０５８９-１２３４"  # the same, in full-width digits (ten Unicode decimals)
NINE_DIGITS = "Ring 12 34 56 789"  # nine digits: never an ID number


def _build(folder: Path, now):
    """Accounts and earlier items the pages meet: open comments, a follow-up whose only own
    reply is our holding reply, a reply Svarbox sent, an own reply stored before its comment."""
    db = open_database(resolve_paths(str(folder)))
    ids: dict[str, int] = {}
    with db.session() as s:
        fb = f.make_account(s, "Aarby Kommune", platform="facebook", policy="workdays:2", country="DK",
                            external_id="page-fb")
        fb_hours = f.make_account(s, "Aarby Bibliotek", platform="facebook", policy="hours:24", country="DK",
                                  external_id="page-fb2")
        x = f.make_account(s, "Borlänge kommun", platform="x", policy="business_hours:8", country="SE",
                           external_id="x-acc")
        ids.update(fb=fb.id, fb_hours=fb_hours.id, x=x.id)
        post = f.make_thread(s, fb, external_id="post-1", text="Vejarbejde på Ringvej")
        early = now - timedelta(days=3)
        for k, author in enumerate(("u-anna", "u-bo", "u-carl")):
            f.make_item(s, fb, early + timedelta(minutes=k), thread=post, external_id=f"old-{k}",
                        author_id=author, author_name=author, text=f"Gammel kommentar {k}")
        # old-0 has replies of its own in the thread (facebook.com puts replies under it).
        for sub, author in (("old-0-sub", "u-dora"), ("old-0-sub2", "u-eve")):
            f.make_item(s, fb, early + timedelta(minutes=5), thread=post, external_id=sub,
                        parent_external_id="old-0", author_id=author, author_name=author, kind="reply")
        holding = f.make_item(s, fb, early + timedelta(minutes=6), thread=post, external_id="old-held",
                              status=t.STATUS_HOLDING, holding_sent_at=early + timedelta(hours=1))
        f.make_sent_reply(s, holding, "Vi vender tilbage", action="holding_reply")
        sent_to = f.make_item(s, fb, early + timedelta(minutes=7), thread=post, external_id="old-sent")
        row = f.make_sent_reply(s, sent_to, "Svar sendt fra Svarbox", synced=False)
        row.result_external_id = "svarbox-reply"
        # An own reply stored before the comment it answers (pages out of order).
        f.make_item(s, fb, early, thread=post, status=t.STATUS_OWN, external_id="early-own",
                    parent_external_id="late-comment", author_id=None, kind="reply")
        # Known items a page brings again, some changed on the platform.
        f.make_item(s, fb, early, thread=post, external_id="known-same", text="Uændret")
        f.make_item(s, fb, early, thread=post, external_id="known-edited", text="Før")
        f.make_item(s, fb, early, thread=post, external_id="known-hidden", text="Skjult")
        tweet = f.make_thread(s, x, external_id="tweet-1", kind="tweet")
        f.make_item(s, x, early, thread=tweet, external_id="x-old", text="Hur länge är det stängt?")
        dm = f.make_thread(s, fb, external_id="conv-1", kind="conversation")
        for k in range(2):
            f.make_item(s, fb, early + timedelta(minutes=k), thread=dm, kind="message",
                        external_id=f"dm-{k}", text=f"Hej {k}")
    db.dispose()
    return ids


def _comment(ext, when, *, thread="post-1", author="u-new", text="Hvornår åbner svømmehallen?", **kw):
    return cb.FetchedItem(external_id=ext, thread_external_id=thread, kind=kw.pop("kind", cb.ItemKind.COMMENT),
                          text=text, received_at=when, author_id=author, author_name=author, **kw)


def _own(ext, when, parent=None, *, thread="post-1", kind=cb.ItemKind.REPLY, **kw):
    return cb.FetchedItem(external_id=ext, thread_external_id=thread, kind=kind, text="Tak for din besked",
                          received_at=when, author_id="page", author_name="Aarby Kommune",
                          parent_external_id=parent, is_own=True, **kw)


def _pages(now):
    # Receipt moments over several local dates, a weekend and both DST nights of 2026.
    spread = [now - timedelta(hours=h * 7 + 1) for h in range(40)]
    spread += [f.local("2026-03-29 01:30"), f.local("2026-03-29 03:30"),
               f.local("2026-10-25 02:30"), f.local("2026-10-25 01:59"), f.local("2026-03-28 23:59"),
               f.local("2026-03-11 00:30")]     # Wednesday here, still Tuesday in UTC
    spread = [moment.astimezone(UTC) for moment in spread]       # as connectors give them
    texts = [f"CPR {CPR}", f"mit nummer er {FULLWIDTH_CPR}", NINE_DIGITS, "Ingen tal her",
             "Sag 2023-004512 og 110589 1234", "Vej 12, 8800 Viborg"]
    first = [_comment(f"c-{k}", when, author=f"u-{k % 4}", text=texts[k % len(texts)],
                      url=("javascript:alert(1)" if k % 5 == 0 else f"https://fb.example/c-{k}"),
                      is_hidden=k % 11 == 0, can_reply=k % 13 != 0,
                      attachments=[cb.Attachment("photo", image_url=f"https://img.example/{k}")] if k % 7 == 0 else [])
             for k, when in enumerate(spread)]
    first.append(first[3])                                                   # a duplicate inside the page
    first.append(_comment("late-comment", now - timedelta(hours=2)))         # answered by "early-own"
    first += [
        # Tags one comment of old-0's family (the comment and its replies): that one only.
        _own("r-tag", now - timedelta(minutes=30), "old-0", tagged_ids=["u-dora"]),
        # Answers every open comment of old-0's family written before it.
        _own("r-all", now - timedelta(minutes=20), "old-0"),
        _own("r-one", now - timedelta(minutes=20), "old-1", tagged_ids=["u-bo"]),
        _own("r-held", now - timedelta(minutes=10), "old-held"),            # an answer, not a holding reply
        _own("svarbox-reply", now - timedelta(minutes=9), "old-sent"),       # sent by Svarbox: skipped
        _own("r-new", now - timedelta(minutes=1), "c-3"),                   # answers a comment of this page
        _own("r-nothing", now - timedelta(minutes=1), "no-such-comment"),
    ]
    page1 = cb.Page(items=first, threads=[cb.FetchedThread("post-1", "post", "Vejarbejde (rettet)")],
                    cursor="after-1", skipped=["no id"])
    page2 = cb.Page(items=[
        _comment("known-same", now - timedelta(days=3), text="Uændret"),
        _comment("known-edited", now - timedelta(days=3), text=f"Efter, med {CPR}"),
        _comment("known-hidden", now - timedelta(days=3), text="Skjult", is_hidden=True,
                 attachments=[cb.Attachment("link", link="https://example.dk")]),
        _comment("c-1", now - timedelta(hours=8), thread="post-2", text="Igen"),  # in page 1 already
        _comment("m-2", now - timedelta(minutes=30), thread="conv-1", kind=cb.ItemKind.MESSAGE),
        _own("m-own", now - timedelta(minutes=5), thread="conv-1", kind=cb.ItemKind.MESSAGE),
        _own("r-late", now, "old-2", tagged_ids=["u-nobody"]),              # tags nobody open: all
    ], threads=[], cursor=None)
    page_x = cb.Page(items=[
        _comment("x-new", now - timedelta(hours=30), thread="tweet-1", own_conversation=True),
        _own("x-reply", now - timedelta(minutes=3), "x-old", thread="tweet-1"),
        _comment(f"x-{CPR}", f.local("2026-03-27 16:59", "Europe/Stockholm"), thread="tweet-1",
                 text=f"personnummer {CPR}"),
    ], threads=[cb.FetchedThread("tweet-1", "tweet", "Vi bygger om")], cursor="x-after")
    page_hours = cb.Page(items=[_comment(f"h-{k}", when, thread="post-h") for k, when in enumerate(spread[:12])],
                         threads=[], cursor="h-after")
    return [("fb", page1), ("fb", page2), ("x", page_x), ("fb_hours", page_hours)]


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(str(path))
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("items", "threads", "audit_events", "sync_state", "outbox")}
    finally:
        conn.close()


def _store_all(folder: Path, ids, pages, store_page, now) -> list[dict]:
    db = open_database(resolve_paths(str(folder)))
    results = []
    try:
        for key, page in pages:
            result = SyncResult(ids[key])
            with db.session() as s:
                store_page(s, s.get(t.Account, ids[key]), page, result, now=now)
            results.append(result.to_json())
    finally:
        db.dispose()
    return results


def test_the_fast_path_stores_what_the_old_path_stored(tmp_path, fixed_clock, monkeypatch):
    now = fixed_clock.now()
    base = tmp_path / "base"
    ids = _build(base, now)
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(base, old)
    shutil.copytree(base, new)
    pages = _pages(now)

    with monkeypatch.context() as m:
        m.setattr(idnumbers, "_MIN_DIGITS", 0)        # the old check: every text normalised
        old_results = _store_all(old, ids, pages, legacy.store_page, now)
    new_results = _store_all(new, ids, pages, store.store_page, now)

    assert new_results == old_results
    before, after = _dump(old / "svarbox.sqlite3"), _dump(new / "svarbox.sqlite3")
    for table in before:
        assert after[table] == before[table], table

    # The pages did what the comparison is about (so equal is not equal-and-empty).
    items = {row[3]: row for row in after["items"]}            # external_id -> row
    columns = [c[1] for c in sqlite3.connect(str(new / "svarbox.sqlite3")).execute("PRAGMA table_info(items)")]
    col = {name: i for i, name in enumerate(columns)}
    statuses = {ext: row[col["status"]] for ext, row in items.items()}
    assert statuses["old-1"] == t.STATUS_ANSWERED                          # r-one
    assert statuses["old-0"] == statuses["old-0-sub"] == statuses["old-0-sub2"] == t.STATUS_ANSWERED
    assert statuses["old-2"] == t.STATUS_ANSWERED                          # r-late, tags nobody open
    assert statuses["old-held"] == t.STATUS_ANSWERED
    assert statuses["old-sent"] == t.STATUS_NEW                            # the outbox's business
    assert statuses["c-3"] == statuses["late-comment"] == t.STATUS_ANSWERED
    assert statuses["dm-0"] == statuses["dm-1"] == statuses["m-2"] == t.STATUS_ANSWERED
    assert statuses["x-old"] == t.STATUS_ANSWERED
    flagged = {ext for ext, row in items.items() if row[col["has_id_number"]]}
    assert {"c-0", "c-7", "known-edited", f"x-{CPR}"} <= flagged          # c-7: full-width digits
    assert "c-1" not in flagged and "c-2" not in flagged and "c-3" not in flagged
    assert items["c-0"][col["url"]] is None and items["c-1"][col["url"]] == "https://fb.example/c-1"
    assert json.loads(items["c-7"][col["attachments"]]) == [{"image_url": "https://img.example/7", "kind": "photo"}]
    assert items["known-hidden"][col["is_hidden"]] == 1
    dues = {row[col["first_due_at"]] for ext, row in items.items() if ext.startswith("c-")}
    assert len(dues) > 5                                                    # many dates, many deadlines
    assert new_results[0]["new_items"] == 47 and new_results[0]["answered_elsewhere"] >= 6


@pytest.mark.parametrize("text", [NINE_DIGITS, "١٢٣٤٥٦٧٨٩", "Ingen tal"])
def test_a_text_with_fewer_than_ten_digits_shows_no_id_number(text):
    assert idnumbers.find_id_numbers(text) == []


def test_ten_unicode_digits_are_still_read_as_an_id_number():
    spans = idnumbers.find_id_numbers(f"mit nummer er {FULLWIDTH_CPR}", "da")
    assert [s.value for s in spans] == [FULLWIDTH_CPR]


def test_a_page_of_facebook_replies_never_reads_the_whole_outbox(tmp_path, fixed_clock):
    """"Did Svarbox send this reply?" is asked by the outbox's result id, which every reply
    ever sent fills: an index lookup (migration 0014_ingest5_outbox_result), not a scan."""
    from sqlalchemy import event

    now = fixed_clock.now()
    ids = _build(tmp_path, now)
    db = open_database(resolve_paths(str(tmp_path)))
    asked: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if "FROM outbox" in statement and not executemany:
            asked.append((statement, parameters))
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.session() as s:
            store.store_page(s, s.get(t.Account, ids["fb"]), _pages(now)[0][1], SyncResult(ids["fb"]), now=now)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    try:
        with db.engine.connect() as conn:
            plans = [" ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
                     for sql, params in asked]
    finally:
        db.dispose()
    assert any("result_external_id IN" in sql for sql, _ in asked)
    assert plans and not any("SCAN outbox" in plan for plan in plans), plans
