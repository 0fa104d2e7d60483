"""The storing path of sync as it was before issue 18 point 5 (branch ingest5), frozen here as
the reference ``tests/services/test_store_page_equivalence.py`` compares the fast path with:
ORM bulk insert, a deadline per item, four queries per Facebook reply. Not used by the app.
Copied verbatim from app/services/inbound/sync.py at 10fe233 (only the imports are new)."""
# ruff: noqa
from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app import clock
from app.connectors import base as cb
from app.models import tables as t
from app.services.inbound import items as item_service

log = logging.getLogger(__name__)
SYNC_SOURCE = "main"
SyncResult = Any


# --- storing pages -------------------------------------------------------------------------

def _id_number_flag(text: str, language: str | None) -> bool:
    from app.services.content.id_flags import flagged
    return flagged(text, language)      # read as the account's country reads it


def store_page(session: Session, account: t.Account, page: cb.Page, result: SyncResult,
               now: datetime | None = None) -> None:
    """Upsert one page of threads and items, mark answers written on the platform, save the
    cursor. The caller commits (one transaction per page)."""
    now = now or clock.now()
    # Threads (also the ones only referenced by items).
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

    # Items: de-duplicate within the page, then split into new and known.
    unique: dict[str, cb.FetchedItem] = {}
    for it in page.items:
        unique[it.external_id] = it
    existing = {}
    if unique:
        keys = list(unique)
        for start in range(0, len(keys), 500):
            for row in session.execute(select(t.Item.id, t.Item.external_id, t.Item.status,
                                              t.Item.text, t.Item.is_hidden, t.Item.attachments,
                                              t.Item.own_conversation).where(
                    t.Item.account_id == account.id, t.Item.external_id.in_(keys[start:start + 500]))):
                existing[row[1]] = row
    new_rows = []
    for ext, it in unique.items():
        if ext in existing:
            row = existing[ext]
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
            continue
        first_due = None if it.is_own else item_service.first_due_for(account, it.received_at)
        new_rows.append(dict(
            account_id=account.id, thread_id=thread_ids[it.thread_external_id], external_id=ext,
            parent_external_id=it.parent_external_id, kind=it.kind.value, author_id=it.author_id,
            author_name=it.author_name, text=it.text or "", url=_safe_url(it.url),
            received_at=it.received_at, status=t.STATUS_OWN if it.is_own else t.STATUS_NEW,
            is_hidden=it.is_hidden, can_reply=it.can_reply, moderation_status=it.moderation_status,
            own_conversation=it.own_conversation, has_id_number=False if it.is_own else _id_number_flag(it.text, account.language), first_due_at=first_due,  # noqa: E501
            due_at=first_due, cached_at=now, notified_soon=False, notified_overdue=False,
            purged=False, attachments=_attachments_json(it)))
    if new_rows:
        # PostgreSQL: rows differ in which columns are None (parent, url, attachments, ...), and
        # the ORM's bulk insert sends one INSERT per such group unless NULLs are rendered: ~18
        # round trips per page of 100 instead of one. No column left None here has a default.
        postgres = session.get_bind().dialect.name == "postgresql"
        session.execute(insert(t.Item).execution_options(render_nulls=postgres), new_rows)
        result.new_items += sum(1 for r in new_rows if r["status"] != t.STATUS_OWN)

    _mark_answered_elsewhere(session, account, unique.values(), result, now)
    result.skipped += len(page.skipped)
    result.skipped_reasons.extend(page.skipped)
    for reason in page.skipped:
        log.warning("Skipped a malformed item from %s: %s", account.platform, reason)
    if page.cursor is not None:
        _save_cursor(session, account.id, page.cursor, now)


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
    own = [it for it in fetched if it.is_own]
    targets: list[t.Item] = []
    for it in own:
        if account.platform == cb.Platform.FACEBOOK.value and it.kind == cb.ItemKind.REPLY and it.parent_external_id:
            targets += _facebook_thread_answers(session, account, it)
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


def _facebook_thread_answers(session: Session, account: t.Account, own: cb.FetchedItem) -> list[Any]:
    """Which open comments a Page reply in a Facebook comment thread answers. facebook.com puts
    every reply under the top-level comment, so the parent says little: the comments answered are
    those of the people the reply tags (message_tags), else every open citizen comment of that
    thread written before the reply."""
    parent = own.parent_external_id
    if session.scalar(select(t.OutboxAction.id).where(t.OutboxAction.result_external_id == own.external_id)):
        return []      # sent by Svarbox: the outbox already closed the item it answered
    # Two index lookups (the comment itself; its replies), filtered here: as one OR, and with
    # status or time in SQL, SQLite read every item of the account per reply (0.5 s each at 1M).
    found: dict[int, Any] = {}
    for condition in (t.Item.external_id == parent, t.Item.parent_external_id == parent):
        for row in session.execute(select(t.Item.id, t.Item.status, t.Item.received_at).where(
                t.Item.account_id == account.id, condition)):
            if row.status in t.OPEN_STATUSES and row.received_at <= own.received_at:
                found[row.id] = row
    if not found:
        return []
    candidates = session.scalars(select(t.Item).where(t.Item.id.in_(sorted(found)))).all()
    tagged = set(getattr(own, "tagged_ids", None) or [])
    if tagged:
        chosen = [c for c in candidates if c.author_id in tagged]
        if chosen:
            return chosen
    return list(candidates)


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


