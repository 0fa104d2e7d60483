"""Which items deserve a desktop notification now: one when an item comes within one
working hour of its deadline, one when it becomes overdue, never twice for the same deadline.

``items_to_notify`` is pure (rows, now, calendars in; notifications out) so it is tested
without a database or Qt. ``candidates`` and ``mark_notified`` read and persist the
``notified_soon``/``notified_overdue`` flags, so a restart does not repeat a notification.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app import clock
from app.models import tables as t
from app.services.inbound.calendar import WorkCalendar
from app.services.inbound.deadlines import working_time_left

SOON_SECONDS = 3600               # "within 1 working hour"
HORIZON = timedelta(days=14)      # one working hour can lie days away (a long Easter weekend)
# An item overdue for more than one working day was missed long ago: no pop-up. Counted in
# working time on the account's calendar, so what went overdue on Friday at 15:00 still
# notifies on Monday at 08:00 (and after Christmas), not only within 24 wall-clock hours.
LATE_WORKING_SECONDS = 8 * 3600
LATE_WALL = timedelta(days=1)     # the same rule for an account without a calendar
LOOKBACK = timedelta(days=21)     # database pre-filter: covers the longest closure (Christmas)


@dataclass(frozen=True)
class Candidate:
    item_id: int
    account_id: int
    due_at: datetime
    author_name: str | None = None
    account_name: str = ""
    notified_soon: bool = False
    notified_overdue: bool = False


@dataclass(frozen=True)
class Notification:
    item_id: int
    kind: str                     # "soon" | "overdue"
    due_at: datetime
    author_name: str | None = None
    account_name: str = ""

    @property
    def key(self) -> tuple[int, str, datetime]:
        # A holding reply gives a new deadline, which may be notified again.
        return (self.item_id, self.kind, self.due_at)


CalendarSource = Callable[[int], WorkCalendar | None] | Mapping[int, WorkCalendar] | WorkCalendar | None


def _calendar(source: CalendarSource, account_id: int) -> WorkCalendar | None:
    if source is None or isinstance(source, WorkCalendar):
        return source
    if callable(source):
        return source(account_id)
    return source.get(account_id)


def items_to_notify(rows: Iterable[Candidate], now: datetime, calendars: CalendarSource = None,
                    already: Iterable[tuple[Any, ...]] = ()) -> list[Notification]:
    """The notifications due at ``now``: "overdue" once the deadline has passed, else "soon"
    when at most one working hour is left. ``already`` holds ``Notification.key`` tuples
    shown this session; rows carry the persisted flags."""
    seen = set(already)
    out: list[Notification] = []
    for row in rows:
        due = row.due_at
        if due is None:
            continue
        calendar = _calendar(calendars, row.account_id)
        if now > due:
            if row.notified_overdue or too_late(due, now, calendar):
                continue
            note = Notification(row.item_id, "overdue", due, row.author_name, row.account_name)
            if note.key not in seen:
                out.append(note)
            continue
        if row.notified_soon:
            continue
        left = (working_time_left(now, due, calendar) if calendar is not None
                else (due - now).total_seconds())
        if left <= SOON_SECONDS:
            note = Notification(row.item_id, "soon", due, row.author_name, row.account_name)
            if note.key not in seen:
                out.append(note)
    return out


def too_late(due: datetime, now: datetime, calendar: WorkCalendar | None) -> bool:
    """Overdue for more than a working day: a pop-up would only be noise."""
    if calendar is None:
        return now - due > LATE_WALL
    return calendar.working_seconds_between(due, now) > LATE_WORKING_SECONDS


# --- database side ----------------------------------------------------------------------------

def candidates(session: Session, now: datetime | None = None, limit: int = 5000) -> list[Candidate]:
    """Open items whose deadline is near or just passed and not yet notified (index range scan)."""
    now = now or clock.now()
    i, a = t.Item, t.Account
    query = (select(i.id, i.account_id, i.due_at, i.author_name, a.name, i.notified_soon,
                    i.notified_overdue)
             .join(a, a.id == i.account_id)
             .where(i.due_at.is_not(None), i.due_at >= now - LOOKBACK, i.due_at <= now + HORIZON,
                    i.status != t.STATUS_OWN,
                    or_(i.notified_soon.is_(False), i.notified_overdue.is_(False)))
             .order_by(i.due_at).limit(limit))
    # due_at IS NOT NULL in the query; the column itself is nullable
    return [Candidate(item_id, account_id, due_at, author, account_name, soon, overdue)
            for item_id, account_id, due_at, author, account_name, soon, overdue in session.execute(query)
            if due_at is not None]


def mark_notified(session: Session, notifications: Iterable[Notification]) -> None:
    soon = [n.item_id for n in notifications if n.kind == "soon"]
    overdue = [n.item_id for n in notifications if n.kind == "overdue"]
    if soon:
        session.execute(update(t.Item).where(t.Item.id.in_(soon)).values(notified_soon=True))
    if overdue:
        session.execute(update(t.Item).where(t.Item.id.in_(overdue))
                        .values(notified_soon=True, notified_overdue=True))


def account_calendars(session: Session) -> dict[int, WorkCalendar]:
    """Every account's work calendar, for countdown colours and notifications."""
    return {account_id: p.calendar for account_id, p in account_profiles(session).items()
            if p.calendar is not None}


@dataclass(frozen=True)
class AccountProfile:
    """What the window needs to know about an account besides its counts (plain data)."""
    account_id: int
    calendar: WorkCalendar | None
    language: str
    case_channel: str | None


def account_profiles(session: Session) -> dict[int, AccountProfile]:
    out: dict[int, AccountProfile] = {}
    rows = session.execute(select(t.Account.id, t.Account.calendar, t.Account.language,
                                  t.Institution.case_channel)
                           .outerjoin(t.Institution, t.Institution.id == t.Account.institution_id))
    for account_id, text, language, case_channel in rows:
        try:
            calendar = WorkCalendar.from_dict(json.loads(text or '{"country": "DK"}'))
        except Exception:  # one broken calendar must not hide every other account's colours
            calendar = None
        out[account_id] = AccountProfile(account_id, calendar, language or "da", case_channel)
    return out


def pending(session: Session, now: datetime | None = None,
            already: Iterable[tuple[Any, ...]] = ()) -> list[Notification]:
    """Convenience for the window: candidates filtered by ``items_to_notify``."""
    now = now or clock.now()
    return items_to_notify(candidates(session, now), now, account_calendars(session), already)
