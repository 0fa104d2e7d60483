"""The life of an item: deadlines, status changes and the audit log.

Every status change goes through ``apply_action`` so the deadline rules of deadlines.md and
the audit trail are kept in one place, whoever acts (window, CLI, outbox, sync).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from app import clock
from app.deadline_policy import Policy, parse_policy
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.inbound.calendar import WorkCalendar, calendar_from_json  # noqa: F401 - re-exported
from app.services.inbound.deadlines import first_response_due, followup_due
from app.services.inbound.recompute import recompute_deadlines  # noqa: F401 - re-exported


@lru_cache(maxsize=256)
def _policy(text: str) -> Policy:
    return parse_policy(text)


def account_calendar(account: t.Account) -> WorkCalendar:
    return calendar_from_json(account.calendar or '{"country": "DK"}')


def first_due_for(account: t.Account, received_at: datetime) -> datetime:
    due = first_response_due(received_at, _policy(account.policy), account_calendar(account))
    return due.astimezone(UTC)


def followup_due_for(account: t.Account, holding_at: datetime) -> datetime:
    due = followup_due(holding_at, _policy(account.followup_policy or "workdays:2"),
                       account_calendar(account))
    return due.astimezone(UTC)


def audit(session: Session, actor: str, action: str, *, item_id: int | None = None,
          account_id: int | None = None, outbox_id: int | None = None, at: datetime | None = None,
          **details: Any) -> None:
    """Append to the audit log. Callers pass ids and facts, never tokens or citizens' text."""
    session.add(t.AuditEvent(at=at or clock.now(), actor=actor, action=action, item_id=item_id,
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
    """What an action replaced, so a failed or discarded outbox action can put the item back:
    status, clocks (so it returns to the same views with its clock running) and visibility."""
    status: str
    due_at: str | None
    handled_at: str | None
    handled_by: str | None
    is_hidden: bool | None = None
    holding_sent_at: str | None = None
    followup_due_at: str | None = None
    answered_late: bool | None = None
    moderation_status: str | None = None

    def to_json(self) -> str:
        return json.dumps(self.__dict__)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def snapshot(item: t.Item) -> PreviousState:
    return PreviousState(item.status, _iso(item.due_at), _iso(item.handled_at), item.handled_by,
                         bool(item.is_hidden), _iso(item.holding_sent_at), _iso(item.followup_due_at),
                         item.answered_late, item.moderation_status)


def restore(item: t.Item, previous: dict[str, Any]) -> None:
    item.status = previous["status"]
    item.due_at = _time(previous.get("due_at"))
    item.handled_at = _time(previous.get("handled_at"))
    item.handled_by = previous.get("handled_by")
    # Snapshots written before these were kept leave them as they are.
    if previous.get("is_hidden") is not None:
        item.is_hidden = bool(previous["is_hidden"])
    if "holding_sent_at" in previous:
        item.holding_sent_at = _time(previous.get("holding_sent_at"))
        item.followup_due_at = _time(previous.get("followup_due_at"))
        item.answered_late = previous.get("answered_late")
        item.moderation_status = previous.get("moderation_status")


def apply_action(session: Session, item: t.Item, action: str, actor: str,
                 now: datetime | None = None, **details: Any) -> None:
    """Change an item's status and deadline as deadlines.md says, and audit it."""
    if action not in ACTION_STATUS:
        raise UsageError(translate("Items", "Unknown action: {action}").format(action=action))
    now = now or clock.now()
    account = session.get_one(t.Account, item.account_id)
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
        status = ACTION_STATUS[action]
        assert status is not None   # the actions without a status of their own took the branch above
        item.status = status
        if item.due_at is not None or item.handled_at is None:
            item.handled_at = now
            item.handled_by = actor
            if action in ("reply", "answered_elsewhere", "refer"):
                item.answered_late = late   # a referral is the answer: sent as a reply
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
    note = t.Note(item_id=item_id, author=author, text=text, created_at=clock.now())
    session.add(note)
    item = get_item(session, item_id)
    audit(session, author, "note", item_id=item_id, account_id=item.account_id)
    return note


def assign(session: Session, item_id: int, assignee: str | None, actor: str) -> None:
    item = get_item(session, item_id)
    item.assigned_to = assignee or None
    audit(session, actor, "assign", item_id=item_id, account_id=item.account_id, assignee=assignee)
