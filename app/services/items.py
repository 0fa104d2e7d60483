"""The life of an item: deadlines, status changes and the audit log.

Every status change goes through ``apply_action`` so the deadline rules of deadlines.md and
the audit trail are kept in one place, whoever acts (window, CLI, outbox, sync).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.calendar import WorkCalendar
from app.services.deadlines import followup_due, first_response_due, parse_policy


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@lru_cache(maxsize=256)
def calendar_from_json(text: str) -> WorkCalendar:
    """Accounts store their calendar as JSON; parsing is cached because sync and recompute
    ask for the same few calendars a million times."""
    data = json.loads(text or "{}")
    return WorkCalendar.from_dict(data)


@lru_cache(maxsize=256)
def _policy(text: str):
    return parse_policy(text)


def account_calendar(account: t.Account) -> WorkCalendar:
    return calendar_from_json(account.calendar or '{"country": "DK"}')


def first_due_for(account: t.Account, received_at: datetime) -> datetime:
    due = first_response_due(received_at, _policy(account.policy), account_calendar(account))
    return due.astimezone(timezone.utc)


def followup_due_for(account: t.Account, holding_at: datetime) -> datetime:
    due = followup_due(holding_at, _policy(account.followup_policy or "workdays:2"),
                       account_calendar(account))
    return due.astimezone(timezone.utc)


def audit(session: Session, actor: str, action: str, *, item_id: int | None = None,
          account_id: int | None = None, outbox_id: int | None = None, at: datetime | None = None,
          **details) -> None:
    """Append to the audit log. Callers pass ids and facts, never tokens or citizens' text."""
    session.add(t.AuditEvent(at=at or utcnow(), actor=actor, action=action, item_id=item_id,
                             account_id=account_id, outbox_id=outbox_id,
                             details=json.dumps(details, ensure_ascii=False, default=str)))


# Actions a communicator takes on an item, and the status each leaves behind.
ACTION_STATUS = {
    "reply": t.STATUS_ANSWERED,
    "holding_reply": t.STATUS_HOLDING,
    "no_reply": t.STATUS_NO_REPLY,
    "refer": t.STATUS_REFERRED,
    "hide": t.STATUS_HIDDEN,
    "spam": t.STATUS_SPAM,
    "delete": t.STATUS_DELETED,
    "reject": t.STATUS_HIDDEN,
    "unhide": None,        # back to where the clock stands
    "reopen": None,
    "answered_elsewhere": t.STATUS_ANSWERED,
}


@dataclass
class PreviousState:
    """What an action replaced, so a discarded outbox action can put the item back."""
    status: str
    due_at: str | None
    handled_at: str | None
    handled_by: str | None

    def to_json(self) -> str:
        return json.dumps(self.__dict__)


def snapshot(item: t.Item) -> PreviousState:
    return PreviousState(item.status, item.due_at.isoformat() if item.due_at else None,
                         item.handled_at.isoformat() if item.handled_at else None, item.handled_by)


def restore(item: t.Item, previous: dict) -> None:
    item.status = previous["status"]
    item.due_at = datetime.fromisoformat(previous["due_at"]) if previous.get("due_at") else None
    item.handled_at = (datetime.fromisoformat(previous["handled_at"])
                       if previous.get("handled_at") else None)
    item.handled_by = previous.get("handled_by")


def apply_action(session: Session, item: t.Item, action: str, actor: str,
                 now: datetime | None = None, **details) -> None:
    """Change an item's status and deadline as deadlines.md says, and audit it."""
    if action not in ACTION_STATUS:
        raise UsageError(translate("Items", "Unknown action: {action}").format(action=action))
    now = now or utcnow()
    account = session.get(t.Account, item.account_id)
    before = item.status
    if action == "holding_reply":
        item.status = t.STATUS_HOLDING
        item.holding_sent_at = now
        item.followup_due_at = followup_due_for(account, now)
        item.due_at = item.followup_due_at
        item.notified_soon = item.notified_overdue = False
    elif action in ("unhide", "reopen"):
        item.is_hidden = False if action == "unhide" else item.is_hidden
        if item.status in (t.STATUS_HIDDEN, t.STATUS_SPAM, t.STATUS_NO_REPLY,
                           t.STATUS_REFERRED, t.STATUS_ANSWERED) and (action == "reopen" or item.handled_by is None
                                                                    or before == t.STATUS_HIDDEN):
            if item.holding_sent_at:
                item.status, item.due_at = t.STATUS_HOLDING, item.followup_due_at
            else:
                item.status, item.due_at = t.STATUS_NEW, item.first_due_at
            item.handled_at = item.handled_by = None
            item.answered_late = None
    else:
        # Every other action stops the clock.
        late = item.due_at is not None and now > item.due_at
        item.status = ACTION_STATUS[action]
        if item.due_at is not None or item.handled_at is None:
            item.handled_at = now
            item.handled_by = actor
            if action in ("reply", "answered_elsewhere"):
                item.answered_late = late
        item.due_at = None
        if action in ("hide", "reject", "spam"):
            item.is_hidden = True
    audit(session, actor, action, item_id=item.id, account_id=item.account_id, at=now,
          status_before=before, status_after=item.status, **details)


def get_item(session: Session, item_id: int) -> t.Item:
    item = session.get(t.Item, item_id)
    if item is None:
        raise NotFoundError(translate("Items", "There is no item {id}.").format(id=item_id))
    return item


def add_note(session: Session, item_id: int, author: str, text: str) -> t.Note:
    text = text.strip()
    if not text:
        raise UsageError(translate("Items", "A note cannot be empty."))
    note = t.Note(item_id=item_id, author=author, text=text, created_at=utcnow())
    session.add(note)
    item = get_item(session, item_id)
    audit(session, author, "note", item_id=item_id, account_id=item.account_id)
    return note


def assign(session: Session, item_id: int, assignee: str | None, actor: str) -> None:
    item = get_item(session, item_id)
    item.assigned_to = assignee or None
    audit(session, actor, "assign", item_id=item_id, account_id=item.account_id, assignee=assignee)


def recompute_deadlines(session: Session, account_id: int | None = None,
                        batch: int = 5000, progress=None) -> int:
    """Recompute the running deadlines after a policy or calendar change (off the GUI thread).

    Only items whose clock still runs (new, or waiting for follow-up) are recomputed: an item
    already answered was measured against the promise in force at the time, and reports must
    not change that afterwards. Works in id batches with short transactions so the window and
    sync keep writing; returns how many items were looked at."""
    accounts = {a.id: a for a in session.scalars(select(t.Account))}
    last_id, done = 0, 0
    while True:
        query = (select(t.Item.id, t.Item.account_id, t.Item.received_at, t.Item.status,
                        t.Item.holding_sent_at)
                 .where(t.Item.id > last_id, t.Item.status.in_(t.OPEN_STATUSES))
                 .order_by(t.Item.id).limit(batch))
        if account_id is not None:
            query = query.where(t.Item.account_id == account_id)
        rows = session.execute(query).all()
        if not rows:
            break
        updates = []
        for item_id, acc_id, received, status, holding_at in rows:
            account = accounts[acc_id]
            first = first_due_for(account, received)
            follow = followup_due_for(account, holding_at) if holding_at else None
            active = first if status == t.STATUS_NEW else follow if status == t.STATUS_HOLDING else None
            updates.append({"b_id": item_id, "first": first, "follow": follow, "active": active})
        session.connection().execute(
            update(t.Item.__table__).where(t.Item.__table__.c.id == _bindparam("b_id"))
            .values(first_due_at=_bindparam("first"), followup_due_at=_bindparam("follow"),
                    due_at=_bindparam("active")),
            updates)
        session.commit()
        last_id = rows[-1][0]
        done += len(rows)
        if progress:
            progress(done)
    return done


def _bindparam(name):
    from sqlalchemy import bindparam
    from app.models.tables import UTCDateTime
    return bindparam(name, type_=UTCDateTime() if name != "b_id" else None)
