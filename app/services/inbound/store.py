"""Storing one page of a sync: upsert threads and items, mark answers written on the platform,
save the resume cursor. The caller commits (one transaction per page).

Kept cheap per page because a first sync of a busy Page stores tens of thousands of rows: on
SQLite the new items go in as one ``executemany`` through the driver (the ORM's bulk insert
spent more time building parameters than SQLite spent storing them), and the Facebook replies of
a page look up what they answer with a few queries for the whole page instead of four each.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app import clock
from app.connectors import base as cb
from app.models import tables as t
from app.services.inbound import items as item_service

if TYPE_CHECKING:
    from app.services.inbound.sync import SyncResult

log = logging.getLogger(__name__)
SYNC_SOURCE = "main"
_CHUNK = 500          # ids per IN (...) list


def _id_number_flag(text: str, language: str | None) -> bool:
    from app.services.content.id_flags import flagged
    return flagged(text, language)      # read as the account's country reads it


def store_page(session: Session, account: t.Account, page: cb.Page, result: SyncResult,
               now: datetime | None = None) -> None:
    """Upsert one page of threads and items, mark answers written on the platform, save the
    cursor. The caller commits (one transaction per page)."""
    now = now or clock.now()
    thread_ids = _store_threads(session, account, page)

    # Items: de-duplicate within the page, then split into new and known.
    unique: dict[str, cb.FetchedItem] = {}
    for it in page.items:
        unique[it.external_id] = it
    existing = {}
    if unique:
        keys = list(unique)
        for start in range(0, len(keys), _CHUNK):
            for row in session.execute(select(t.Item.id, t.Item.external_id, t.Item.status,
                                              t.Item.text, t.Item.is_hidden, t.Item.attachments,
                                              t.Item.own_conversation).where(
                    t.Item.account_id == account.id, t.Item.external_id.in_(keys[start:start + _CHUNK]))):
                existing[row[1]] = row
    # New rows as tuples in _ITEM_COLUMNS order; on SQLite the moments are bound here already.
    sqlite = session.get_bind().dialect.name == "sqlite"
    when = _sqlite_time if sqlite else _as_given
    cached_at = when(now)
    new_rows: list[tuple[Any, ...]] = []
    new_citizen_items = 0
    due = _FirstDue(account)
    for ext, it in unique.items():
        if ext in existing:
            _update_known(session, account, it, existing[ext], result)
            continue
        if it.is_own:
            first_due, status, has_id_number = None, t.STATUS_OWN, False
        else:
            first_due, status = when(due(it.received_at)), t.STATUS_NEW
            has_id_number = _id_number_flag(it.text, account.language)
            new_citizen_items += 1
        new_rows.append((
            account.id, thread_ids[it.thread_external_id], ext, it.parent_external_id, it.kind.value,
            it.author_id, it.author_name, it.text or "", _safe_url(it.url), when(it.received_at),
            status, it.is_hidden, it.can_reply, it.moderation_status, it.own_conversation,
            has_id_number, first_due, first_due, cached_at, False, False, False, _attachments_json(it)))
    if new_rows:
        _insert_items(session, new_rows, sqlite)
        result.new_items += new_citizen_items

    _mark_answered_elsewhere(session, account, unique.values(), result, now)
    result.skipped += len(page.skipped)
    result.skipped_reasons.extend(page.skipped)
    for reason in page.skipped:
        log.warning("Skipped a malformed item from %s: %s", account.platform, reason)
    if page.cursor is not None:
        _save_cursor(session, account.id, page.cursor, now)


def _store_threads(session: Session, account: t.Account, page: cb.Page) -> dict[str, int]:
    """Threads of the page (also the ones only referenced by items): external id -> row id."""
    thread_ids: dict[str, int] = {}
    wanted = {th.external_id for th in page.threads} | {i.thread_external_id for i in page.items}
    if wanted:
        for tid, ext in session.execute(select(t.Thread.id, t.Thread.external_id).where(
                t.Thread.account_id == account.id, t.Thread.external_id.in_(wanted))):
            thread_ids[ext] = tid
    for th in page.threads:
        if th.external_id in thread_ids:
            session.execute(update(t.Thread).where(t.Thread.id == thread_ids[th.external_id])
                            .values(text=th.text or "", author_name=th.author_name,
                                    url=_safe_url(th.url), kind=th.kind))
        else:
            thread = t.Thread(account_id=account.id, external_id=th.external_id, kind=th.kind,
                              text=th.text or "", author_name=th.author_name, url=_safe_url(th.url),
                              created_at=th.created_at)
            session.add(thread)
            session.flush()
            thread_ids[th.external_id] = thread.id
    for ext in wanted - thread_ids.keys():
        thread = t.Thread(account_id=account.id, external_id=ext, kind="post", text="")
        session.add(thread)
        session.flush()
        thread_ids[ext] = thread.id
    return thread_ids


def _update_known(session: Session, account: t.Account, it: cb.FetchedItem, row: Any,
                  result: SyncResult) -> None:
    """A re-fetched item: its text, visibility, attachments or conversation may have changed."""
    changes: dict[str, Any] = {}
    if it.text != row.text and not it.is_own:
        changes["text"] = it.text
        changes["has_id_number"] = _id_number_flag(it.text, account.language)
    if it.is_hidden != row.is_hidden:
        changes["is_hidden"] = it.is_hidden
    attachments = _attachments_json(it)
    if attachments != row.attachments and not it.is_own and not getattr(row, "purged", False):
        changes["attachments"] = attachments
    if it.own_conversation is not None and it.own_conversation != row.own_conversation:
        changes["own_conversation"] = it.own_conversation
    if changes:
        changes["moderation_status"] = it.moderation_status
        changes["can_reply"] = it.can_reply
        session.execute(update(t.Item).where(t.Item.id == row.id).values(**changes))
        result.updated_items += 1


class _FirstDue:
    """``items.first_due_for`` for one account, asked once per local date of receipt under a
    ``workdays`` policy (the close of the N-th open date: the date alone decides); the other
    policies depend on the moment and are computed for each item."""

    def __init__(self, account: t.Account):
        self.account = account
        self.zone: Any = None        # the calendar's zone once known to be a workdays policy
        self.asked = False
        self.memo: dict[Any, datetime] = {}

    def __call__(self, received_at: datetime) -> datetime:
        if not self.asked:
            # Read on first use, as before: a page of own replies never parses the policy.
            self.asked = True
            if item_service._policy(self.account.policy).kind == "workdays":
                self.zone = item_service.account_calendar(self.account).zone
        if self.zone is None or received_at.tzinfo is None or received_at.utcoffset() is None:
            return item_service.first_due_for(self.account, received_at)   # (a naive one raises)
        day = received_at.astimezone(self.zone).date()
        due = self.memo.get(day)
        if due is None:
            due = self.memo[day] = item_service.first_due_for(self.account, received_at)
        return due


_ITEM_COLUMNS = ("account_id", "thread_id", "external_id", "parent_external_id", "kind", "author_id",
                 "author_name", "text", "url", "received_at", "status", "is_hidden", "can_reply",
                 "moderation_status", "own_conversation", "has_id_number", "first_due_at", "due_at",
                 "cached_at", "notified_soon", "notified_overdue", "purged", "attachments")
_SQLITE_INSERT = (f"INSERT INTO items ({', '.join(_ITEM_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(_ITEM_COLUMNS))})")


def _insert_items(session: Session, rows: list[tuple[Any, ...]], sqlite: bool) -> None:
    """One INSERT for the page's new items (tuples in _ITEM_COLUMNS order)."""
    if sqlite:
        # The driver directly, values as the ORM would bind them (UTCDateTime: naive UTC text
        # in SQLAlchemy's SQLite format, see _sqlite_time; booleans as 0/1, which sqlite3
        # makes of bool).
        session.connection().exec_driver_sql(_SQLITE_INSERT, rows)
        return
    # PostgreSQL: rows differ in which columns are None (parent, url, attachments, ...), and
    # the ORM's bulk insert sends one INSERT per such group unless NULLs are rendered: ~18
    # round trips per page of 100 instead of one. No column left None here has a default.
    postgres = session.get_bind().dialect.name == "postgresql"
    session.execute(insert(t.Item).execution_options(render_nulls=postgres),
                    [dict(zip(_ITEM_COLUMNS, row, strict=True)) for row in rows])


def _as_given(value: datetime | None) -> datetime | None:
    return value


def _sqlite_time(value: datetime | None) -> str | None:
    """What ``UTCDateTime`` stores on SQLite: the moment in UTC, naive, with microseconds."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given for a UTC column")
    v = value.astimezone(UTC)
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d} "
            f"{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}")


def _attachments_json(it: cb.FetchedItem) -> str | None:
    """Attachment metadata as stored (JSON), None when the item has none."""
    found = [a.to_json() for a in getattr(it, "attachments", None) or []]
    return json.dumps(found, ensure_ascii=False, sort_keys=True) if found else None


def _mark_answered_elsewhere(session: Session, account: t.Account, fetched: Iterable[cb.FetchedItem],
                             result: SyncResult, now: datetime) -> None:
    """Answers written by the account itself (on the platform, or by Svarbox) stop the clock.

    A reply with a parent answers that parent; a message in a conversation answers every
    earlier open message of that conversation. New citizen items whose answer was stored
    earlier (pages can arrive out of order) are caught by the second query."""
    fetched = list(fetched)
    own = [it for it in fetched if it.is_own]
    facebook = account.platform == cb.Platform.FACEBOOK.value
    fb_replies = [it for it in own if facebook and it.kind == cb.ItemKind.REPLY and it.parent_external_id]
    fb_answers = _facebook_thread_answers(session, account, fb_replies) if fb_replies else {}
    targets: list[t.Item] = []
    for it in own:
        if facebook and it.kind == cb.ItemKind.REPLY and it.parent_external_id:
            targets += fb_answers.get(it.external_id, [])
        elif it.parent_external_id:
            targets += session.scalars(select(t.Item).where(
                t.Item.account_id == account.id, t.Item.external_id == it.parent_external_id,
                t.Item.status.in_(t.OPEN_STATUSES))).all()
        elif it.kind == cb.ItemKind.MESSAGE:
            thread_id = session.scalar(select(t.Thread.id).where(
                t.Thread.account_id == account.id, t.Thread.external_id == it.thread_external_id))
            targets += session.scalars(select(t.Item).where(
                t.Item.thread_id == thread_id, t.Item.received_at <= it.received_at,
                t.Item.status.in_(t.OPEN_STATUSES))).all()
    citizen_ids = [it.external_id for it in fetched if not it.is_own]
    if citizen_ids:
        # Filtered on status in Python: with it in SQL, SQLite prefers the status index and
        # walks every own reply of the cache instead of the (account, parent) index.
        answered = {parent for parent, status in session.execute(
            select(t.Item.parent_external_id, t.Item.status).where(
                t.Item.account_id == account.id, t.Item.parent_external_id.in_(citizen_ids)))
            if status == t.STATUS_OWN}
        if answered:
            targets += session.scalars(select(t.Item).where(
                t.Item.account_id == account.id, t.Item.external_id.in_(answered),
                t.Item.status.in_(t.OPEN_STATUSES))).all()
    seen = set()
    for item in targets:
        if item.id in seen:
            continue
        seen.add(item.id)
        # A holding reply we sent is itself an own reply: it must not close the follow-up.
        if item.status == t.STATUS_HOLDING and item.holding_sent_at and _only_holding_replies(session, item):
            continue
        item_service.apply_action(session, item, "answered_elsewhere", "platform", now=now)
        result.answered_elsewhere += 1


def _facebook_thread_answers(session: Session, account: t.Account,
                             replies: Sequence[cb.FetchedItem]) -> dict[str, list[t.Item]]:
    """Which open comments each Page reply in a Facebook comment thread answers (by the
    reply's external id). facebook.com puts every reply under the top-level comment, so the
    parent says little: the comments answered are those of the people the reply tags
    (message_tags), else every open citizen comment of that thread written before the reply.

    A few queries for the whole page: the replies Svarbox sent (the outbox already closed the
    item each answered), the parents themselves and the parents' replies (two index lookups:
    as one OR, and with status or time in SQL, SQLite read every item of the account), then the
    open candidates. Nothing is changed before every reply's answers are known."""
    reply_ids = [r.external_id for r in replies]
    sent: set[str | None] = set()
    for start in range(0, len(reply_ids), _CHUNK):
        sent.update(session.scalars(select(t.OutboxAction.result_external_id).where(
            t.OutboxAction.result_external_id.in_(reply_ids[start:start + _CHUNK]))))
    pending = [r for r in replies if r.external_id not in sent]
    parents = sorted({r.parent_external_id for r in pending if r.parent_external_id})
    family: dict[str, dict[int, Any]] = {p: {} for p in parents}     # parent -> its rows by id
    for start in range(0, len(parents), _CHUNK):
        chunk = parents[start:start + _CHUNK]
        for by_parent in (False, True):      # the parents themselves, then their replies
            column = t.Item.parent_external_id if by_parent else t.Item.external_id
            for row in session.execute(select(t.Item.external_id, t.Item.parent_external_id, t.Item.id,
                                              t.Item.status, t.Item.received_at).where(
                    t.Item.account_id == account.id, column.in_(chunk))):
                parent = row.parent_external_id if by_parent else row.external_id
                family.setdefault(parent or "", {})[row.id] = row
    found: dict[str, list[int]] = {}
    for r in pending:
        rows = family.get(r.parent_external_id or "", {})
        ids = sorted(i for i, row in rows.items()
                     if row.status in t.OPEN_STATUSES and row.received_at <= r.received_at)
        if ids:
            found[r.external_id] = ids
    wanted = sorted({i for ids in found.values() for i in ids})
    loaded: dict[int, t.Item] = {}
    for start in range(0, len(wanted), _CHUNK):
        for item in session.scalars(select(t.Item).where(t.Item.id.in_(wanted[start:start + _CHUNK]))):
            loaded[item.id] = item
    answers: dict[str, list[t.Item]] = {}
    for r in pending:
        candidates = [loaded[i] for i in found.get(r.external_id, ())]
        if not candidates:
            continue
        tagged = set(getattr(r, "tagged_ids", None) or [])
        chosen = [c for c in candidates if c.author_id in tagged] if tagged else []
        answers[r.external_id] = chosen or candidates
    return answers


def _only_holding_replies(session: Session, item: t.Item) -> bool:
    """True when every own reply to the item is one of our holding replies."""
    own_ids = set(session.scalars(select(t.Item.external_id).where(
        t.Item.account_id == item.account_id, t.Item.parent_external_id == item.external_id,
        t.Item.status == t.STATUS_OWN)))
    holding_ids = set(session.scalars(select(t.OutboxAction.result_external_id).where(
        t.OutboxAction.item_id == item.id, t.OutboxAction.action == "holding_reply")))
    return bool(own_ids) and own_ids <= holding_ids


def _save_cursor(session: Session, account_id: int, cursor: str, now: datetime) -> None:
    state = session.get(t.SyncState, (account_id, SYNC_SOURCE))
    if state is None:
        session.add(t.SyncState(account_id=account_id, source=SYNC_SOURCE, cursor=cursor, updated_at=now))
    else:
        state.cursor = cursor
        state.updated_at = now


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links are kept: a javascript: or file: link is never offered to open."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None
