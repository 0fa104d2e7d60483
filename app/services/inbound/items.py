"""The life of an item: deadlines, status changes and the audit log.

Every status change goes through ``apply_action`` so the deadline rules of deadlines.md and
the audit trail are kept in one place, whoever acts (window, CLI, outbox, sync).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app import clock
from app.deadline_policy import Policy, parse_policy
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.inbound.calendar import WorkCalendar, calendar_from_json  # noqa: F401 - re-exported
from app.services.inbound.deadlines import first_response_due, followup_due


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


def recompute_deadlines(session: Session, account_id: int | None = None,
                        batch: int = 5000, progress: Callable[[int], None] | None = None,
                        days: Iterable[date] | None = None) -> int:
    """Recompute the running deadlines after a policy or calendar change (off the GUI thread).

    Only items whose clock still runs (new, or waiting for follow-up) are recomputed: an item
    already answered was measured against the promise in force at the time, and reports must
    not change that afterwards. Works in id batches with short transactions so the window and
    sync keep writing. Only rows whose deadlines really change are written (each written row
    rewrites several due_at indexes), and a workdays policy is evaluated once per account and
    local date of receipt: its deadline depends on nothing else. Returns the items looked at.

    ``days``: only these dates changed (closed or opened, e.g. one closure added). A deadline
    can then change only if its window (receipt or holding reply to the old deadline) spans
    one of them, so only running items whose deadline is not before the first such day are
    looked at (through the due_at indexes), not every running item."""
    accounts = {a.id: a for a in session.scalars(select(t.Account))}
    memo: dict[tuple[int, date], datetime] = {}
    last_id, done = 0, 0
    # "+status": walk the primary key in id order and filter, one pass over the table in all;
    # with the status index SQLite would collect and sort every running row for each batch.
    where = "id > :last AND +status IN ('new', 'holding')"
    params: dict[str, Any] = {"account": account_id, "batch": batch}
    if account_id is not None:
        where += " AND account_id = :account"
    if days is not None:
        days = sorted(set(days))
        if not days:
            return 0
        # The changed days from their first to their last moment in any zone (UTC+14 to -12).
        params["since"] = datetime.combine(days[0], datetime.min.time(), tzinfo=UTC) - timedelta(hours=14)
        params["until"] = datetime.combine(days[-1], datetime.min.time(), tzinfo=UTC) + timedelta(hours=36)
        # Two index ranges (running deadlines from the first changed day on; holding items'
        # first deadlines), not one OR that the planner answers by reading the whole account.
        acc = " AND account_id = :account" if account_id is not None else ""
        candidates_sql = (
            "SELECT id FROM items WHERE status IN ('new', 'holding') AND due_at >= :since "
            f"AND coalesce(holding_sent_at, received_at) < :until{acc} UNION "
            "SELECT id FROM items WHERE status = 'holding' AND first_due_at >= :since "
            f"AND received_at < :until{acc}")
        where = "id IN (SELECT value FROM json_each(:ids))"
    sql = f"SELECT id, account_id, received_at, status, holding_sent_at, first_due_at, " \
          f"followup_due_at, due_at FROM items WHERE {where} ORDER BY id LIMIT :batch"
    update_sql = text("UPDATE items SET first_due_at = :first, followup_due_at = :follow, due_at = :due "
                      "WHERE id = :id")
    conn = session.connection()
    to_db: Callable[[datetime], str | datetime]
    norm: Callable[[Any], Any]
    if conn.dialect.name == "sqlite":        # DATETIME is text there: compare and write text
        to_db, norm = _db_time, (lambda v: v)
    else:                                   # naive UTC datetimes both ways
        to_db = lambda m: m.astimezone(UTC).replace(tzinfo=None)  # noqa: E731
        norm = lambda v: v.replace(tzinfo=None) if v is not None and v.tzinfo else v  # noqa: E731
        sql = sql.replace("+status", "status")
    for key in ("since", "until"):
        if key in params:
            params[key] = to_db(params[key])
    pending: list[int] | None = None
    if days is not None:
        pending = sorted(conn.execute(text(candidates_sql), params).scalars())
        if conn.dialect.name != "sqlite":
            sql = sql.replace("id IN (SELECT value FROM json_each(:ids))", "id = ANY(:idlist)")
    while True:
        if pending is not None:
            chunk, pending = pending[:batch], pending[batch:]
            if not chunk:
                break
            params["ids"], params["idlist"] = json.dumps(chunk), chunk
        rows = conn.execute(text(sql), {**params, "last": last_id}).all()
        if not rows:
            break
        changed = []
        for item_id, acc_id, received, status, holding_at, old_first, old_follow, old_due in rows:
            account = accounts[acc_id]
            first = to_db(_first_due_memo(memo, account, _from_db(received)))
            follow = to_db(followup_due_for(account, _from_db(holding_at))) if holding_at else None
            active = first if status == t.STATUS_NEW else follow
            if (first, follow, active) != (norm(old_first), norm(old_follow), norm(old_due)):
                changed.append({"first": first, "follow": follow, "due": active, "id": item_id})
        if changed:
            conn.execute(update_sql, changed)
        session.commit()
        conn = session.connection()
        last_id = rows[-1][0]
        done += len(rows)
        if progress:
            progress(done)
    return done


def _from_db(value: datetime | str) -> datetime:
    """A stored naive-UTC DATETIME (text on SQLite) as an aware datetime."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _db_time(moment: datetime) -> str:
    """An aware datetime as SQLAlchemy stores a UTCDateTime on SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _first_due_memo(memo: dict[tuple[int, date], datetime], account: t.Account, received: datetime) -> datetime:
    policy = _policy(account.policy)
    if policy.kind == "workdays":
        calendar = account_calendar(account)
        key = (account.id, received.astimezone(calendar.zone).date())
        due = memo.get(key)
        if due is None:
            due = memo[key] = first_due_for(account, received)
        return due
    return first_due_for(account, received)
