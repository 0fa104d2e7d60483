"""The planning calendar as an iCalendar file (RFC 5545), for export and for subscribing
(Outlook, Google Calendar and Apple Calendar re-read a file or address they subscribe to).

Written by hand, no dependency: one VEVENT per post or manual entry, UTC times, lines folded
at 75 octets, text escaped. Citizen text never appears here: posts are our own words."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from app import clock

if TYPE_CHECKING:
    from app.services.outbound.posts import PostRow

PRODID = "-//Svarbox//Planning calendar//EN"
DURATION = timedelta(minutes=30)


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def to_ics(rows: Iterable[PostRow], *, name: str = "Svarbox", now: datetime | None = None,
           domain: str = "svarbox.local") -> str:
    """``rows``: ``services.posts.PostRow``s; rows without a moment are left out."""
    now = now or clock.now()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{_escape(name)}"]
    for row in rows:
        if row.scheduled_at is None:
            continue
        where = row.account_name or row.channel or ""
        summary = f"[{where}] {row.text.splitlines()[0] if row.text else ''}".strip()
        description = row.text + (f"\n{row.link}" if row.link else "") + f"\nStatus: {row.status}"
        if row.needs_running_client:
            description += "\nNeeds a running Svarbox to be published."
        lines += ["BEGIN:VEVENT", f"UID:post-{row.id}@{domain}", f"DTSTAMP:{_stamp(now)}",
                  f"DTSTART:{_stamp(row.scheduled_at)}", f"DTEND:{_stamp(row.scheduled_at + DURATION)}",
                  f"SUMMARY:{_escape(summary[:200])}", f"DESCRIPTION:{_escape(description)}",
                  f"STATUS:{'CONFIRMED' if row.status in ('scheduled', 'published') else 'TENTATIVE'}"]
        categories = [c for c in (row.campaign, row.label, row.status) if c]
        if categories:
            lines.append("CATEGORIES:" + ",".join(_escape(c) for c in categories))
        if row.permalink:
            lines.append(f"URL:{row.permalink}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
