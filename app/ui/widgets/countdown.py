"""The countdown to an item's due moment, as the list shows it: text plus urgency.

Kept free of widgets so it can be tested without a window. The text goes through Qt's
translators (``app.i18n.translate``), so "3 h 12 min" reads "3 t 12 min" in Danish and
"3 tim 12 min" in Swedish once a translation is installed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app import clock as app_clock
from app.i18n import translate

CALM, SOON, OVERDUE, NONE = "calm", "soon", "overdue", "none"
SOON_SECONDS = 2 * 3600          # "due within 2 working hours"
CLOSE_SECONDS = 6 * 3600         # below this a clock time is less useful than hours and minutes


@dataclass(frozen=True)
class Countdown:
    text: str
    urgency: str                 # calm | soon | overdue | none (no running clock)
    tooltip: str = ""


@lru_cache(maxsize=64)
def zone(name: str | None) -> tzinfo:
    if not name:
        return app_clock.local_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def weekday_name(day: int) -> str:
    # Listed as literals so pyside6-lupdate extracts every one.
    names = (translate("Countdown", "Mon"), translate("Countdown", "Tue"), translate("Countdown", "Wed"),
             translate("Countdown", "Thu"), translate("Countdown", "Fri"), translate("Countdown", "Sat"),
             translate("Countdown", "Sun"))
    return names[day]


def clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"   # strftime("%H:%M"), a third of the cost


def moment_text(moment: datetime, now: datetime, tz: tzinfo | str | None = None) -> str:
    """A moment near ``now`` as a person says it: "16:00", "tomorrow 16:00", "Fri 16:00", "24/3 16:00"."""
    tz = zone(tz) if not isinstance(tz, tzinfo) else tz
    local, today = moment.astimezone(tz), now.astimezone(tz).date()
    days = (local.date() - today).days
    if days == 0:
        return clock(local)
    if days == 1:
        return translate("Countdown", "tomorrow {time}").format(time=clock(local))
    if days == -1:
        return translate("Countdown", "yesterday {time}").format(time=clock(local))
    if 1 < days < 7:
        return translate("Countdown", "{weekday} {time}").format(weekday=weekday_name(local.weekday()),
                                                                 time=clock(local))
    return translate("Countdown", "{day}/{month} {time}").format(day=local.day, month=local.month,
                                                                 time=clock(local))


def _hours_minutes(seconds: float) -> str:
    minutes = max(1, math.ceil(seconds / 60))   # never show "0 min" while time is left
    hours, minutes = divmod(minutes, 60)
    if hours == 0:
        return translate("Countdown", "%n min", None, minutes)
    return translate("Countdown", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)


def overdue_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return translate("Countdown", "%n min overdue", None, max(1, minutes))
    hours = minutes // 60
    if hours < 24:
        return translate("Countdown", "%n h overdue", None, hours)
    return translate("Countdown", "%n d overdue", None, hours // 24)


def countdown(now: datetime, due: datetime | None, tz: tzinfo | str | None = None,
              calendar=None) -> Countdown:
    """Text and urgency for an item due at ``due``, seen at ``now``.

    ``tz`` is the account calendar's zone (due moments are shown there). ``calendar`` (a
    ``WorkCalendar``) makes "soon" mean two *working* hours, as deadlines.md says; without it
    two elapsed hours are used.
    """
    if due is None:
        return Countdown("", NONE)
    tz = zone(tz) if not isinstance(tz, tzinfo) else tz
    left = (due - now).total_seconds()
    tooltip = translate("Countdown", "Due {moment}").format(moment=moment_text(due, now, tz))
    if left < 0:
        return Countdown(overdue_text(-left), OVERDUE, tooltip)
    urgency = _urgency(now, due, left, calendar)
    local_due, local_now = due.astimezone(tz), now.astimezone(tz)
    if left < CLOSE_SECONDS or local_due.date() == local_now.date():
        text = _hours_minutes(left)
    else:
        text = moment_text(due, now, tz)
    return Countdown(text, urgency, tooltip)


def _urgency(now: datetime, due: datetime, left: float, calendar) -> str:
    if calendar is not None:
        try:
            from app.services.inbound.deadlines import urgency
            return urgency(now, due, calendar)
        except Exception:  # a broken calendar must not break the list; fall back to elapsed time
            pass
    return SOON if left <= SOON_SECONDS else CALM


def urgency_label(urgency: str) -> str:
    """Words for screen readers and tooltips, so colour is never the only signal."""
    return {
        CALM: translate("Countdown", "On time"),
        SOON: translate("Countdown", "Due soon"),
        OVERDUE: translate("Countdown", "Overdue"),
    }.get(urgency, "")


def state_words(c) -> str:
    """The urgency and the countdown in one phrase, not saying "overdue" twice: "Due soon: 40
    min left", but "2 d overdue" (never "Overdue: 2 d overdue")."""
    if c.urgency == OVERDUE or not urgency_label(c.urgency):
        return c.text
    return translate("Countdown", "{urgency}: {countdown}").format(urgency=urgency_label(c.urgency),
                                                                   countdown=c.text)


__all__ = ["Countdown", "countdown", "moment_text", "urgency_label", "state_words", "CALM", "SOON", "OVERDUE",
           "NONE"]


def platform_window_text(now: datetime, row, tz: tzinfo | str | None = None) -> tuple[str, bool] | None:
    """Messenger's own reply window beside our deadline: (text, warn). ``warn`` is True when the
    platform's window closes before the municipal deadline (or has closed), so the answer must
    come sooner than our own promise says. None for items without such a window."""
    from app.services.outbound.outbox import reply_window

    # Facebook Messenger and Instagram direct messages (Messenger API for Instagram) share the rules.
    if getattr(row, "kind", None) != "message" or getattr(row, "platform", None) not in ("facebook", "instagram"):
        return None
    window = reply_window(row)
    if window is None:
        return None
    # A Page with Messenger's HUMAN_AGENT tag may answer for 7 days (the outbox sends the tag
    # after 24 hours); without it the 24-hour window is the last word.
    human_agent = bool(getattr(row, "human_agent", False))
    standard, extended = window
    in_extended = human_agent and now >= standard
    closes = extended if in_extended else standard
    tz = zone(tz) if not isinstance(tz, tzinfo) else tz
    left = (closes - now).total_seconds()
    if left <= 0:
        if human_agent:
            return (translate("Countdown", "Messenger's 7-day human-agent window closed {moment}; answer "
                                           "through the case channel").format(moment=moment_text(closes, now, tz)),
                    True)
        return (translate("Countdown", "Messenger's reply window closed {moment}; answer through the case "
                                       "channel").format(moment=moment_text(closes, now, tz)), True)
    final = extended if human_agent else standard
    warn = row.due_at is None or final < row.due_at
    if in_extended:
        text = translate("Countdown", "Messenger human-agent window (7 days): {left} left (closes {moment})").format(
            left=_days_hours(left), moment=moment_text(closes, now, tz))
    else:
        text = translate("Countdown", "Messenger window: {left} left (closes {moment})").format(
            left=_hours_minutes(left), moment=moment_text(closes, now, tz))
        if human_agent:
            text += " – " + translate("Countdown", "then the human-agent tag until {moment}").format(
                moment=moment_text(extended, now, tz))
    if warn and row.due_at is not None:
        text += " – " + translate("Countdown", "closes before our deadline")
    return text, warn


def _days_hours(seconds: float) -> str:
    if seconds < 24 * 3600:
        return _hours_minutes(seconds)
    hours = int(seconds // 3600)
    return translate("Countdown", "{days} d {hours} h").format(days=hours // 24, hours=hours % 24)
