"""Response deadlines: policies and due moments, exactly as deadlines.md defines them.

Three policy kinds, written as text:

- ``hours:H``: H elapsed hours (UTC arithmetic, so a DST night is still H real hours); a due
  moment on a closed date moves to the close of the next open date, and an item received on a
  closed date is never due before the close of the first open date after it.
- ``workdays:N``: the close of the N-th open date strictly after the local date of receipt.
- ``business_hours:H``: H hours of open time counted from receipt (or the next opening).

Everything here is pure; the calendar memoises holidays and open intervals, so recomputing a
million items after a calendar change is cheap.
"""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Literal

from app.deadline_policy import KINDS, MAX_HOURS, MAX_WORKDAYS, Policy, parse_policy  # noqa: F401 - re-exported
from app.errors import UsageError
from app.services.inbound.calendar import WorkCalendar

SOON_SECONDS = 2 * 3600  # "due within 2 working hours" colours an item as soon

Urgency = Literal["calm", "soon", "overdue"]



DEFAULT_FOLLOWUP_POLICY = Policy("workdays", Decimal(2))


def _policy(policy: Policy | str) -> Policy:
    return policy if isinstance(policy, Policy) else parse_policy(policy)


def _check_aware(moment: datetime, name: str) -> None:
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got {moment!r}")


def due_at(policy: Policy | str, received: datetime, calendar: WorkCalendar) -> datetime:
    """The due moment of an item received at ``received``, in the calendar's zone."""
    policy = _policy(policy)
    _check_aware(received, "received")
    zone = calendar.zone
    received_day = received.astimezone(zone).date()
    if policy.kind == "workdays":
        return calendar.close(calendar.nth_open_date_after(received_day, policy.days))
    if policy.kind == "business_hours":
        return calendar.add_working_time(received, policy.duration)
    # hours: elapsed time, so add in UTC and only then read the local date.
    due = (received.astimezone(UTC) + policy.duration).astimezone(zone)
    due_day = due.date()
    if not calendar.is_open(due_day):
        due = calendar.close(calendar.next_open_date_after(due_day))
    if not calendar.is_open(received_day):
        due = max(due, calendar.close(calendar.next_open_date_after(received_day)))
    return due


def first_response_due(received: datetime, policy: Policy | str, calendar: WorkCalendar) -> datetime:
    """Deadline for the first response (a holding reply meets it)."""
    return due_at(policy, received, calendar)


def followup_due(holding_sent_at: datetime, followup_policy: Policy | str | None,
                 calendar: WorkCalendar) -> datetime:
    """Deadline for the full answer after a holding reply; None means DEFAULT_FOLLOWUP_POLICY."""
    return due_at(followup_policy or DEFAULT_FOLLOWUP_POLICY, holding_sent_at, calendar)


def working_time_left(now: datetime, due: datetime, calendar: WorkCalendar) -> float:
    """Seconds of open time from ``now`` until ``due``; negative exactly when overdue.

    Overdue items count the open time since ``due`` as negative; when none has passed yet
    (due Friday at close, now Saturday) the result is -1e-6 so the sign still says overdue.
    """
    _check_aware(now, "now")
    _check_aware(due, "due")
    if now <= due:
        return calendar.working_seconds_between(now, due)
    return min(-calendar.working_seconds_between(due, now), -1e-6)


def urgency(now: datetime, due: datetime, calendar: WorkCalendar) -> Urgency:
    """``overdue`` once ``due`` has passed, ``soon`` within 2 working hours of it, else ``calm``."""
    _check_aware(now, "now")
    _check_aware(due, "due")
    if now > due:
        return "overdue"
    if calendar.working_seconds_between(now, due) <= SOON_SECONDS:
        return "soon"
    return "calm"


def parse_moment(text: str, calendar: WorkCalendar) -> datetime:
    """ISO 8601 date and time to an aware datetime; UsageError otherwise.

    A time without an offset is read in the calendar's zone (a local clock time is what people
    type); in a DST gap or overlap the earlier offset applies (fold=0).
    """
    raw = str(text).strip()
    bad = (f"Invalid date and time '{raw}'; write ISO 8601 with an offset, "
           "e.g. 2026-03-14T12:00:00+01:00.")
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise UsageError(bad) from None
    try:
        date.fromisoformat(raw)
    except ValueError:
        pass
    else:  # a bare date is not a moment of receipt
        raise UsageError(f"'{raw}' is a date without a time; {bad[bad.index('write'):]}")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=calendar.zone)
    return moment
