"""Holidays and hand-over (issue 16, point 8). A colleague marks themselves away until a date:
their open assigned items and live claims go back to the team, each with a note saying why,
so nothing waits for someone who is not there. A hand-over note per shift is kept in the shared
database and shown to the next person who opens Svarbox. Qt-free; stored in shared_settings
rows (keys "away:<name>" and "handover:notes"), so no schema change."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.inbound import items as item_service

NOTES_KEY = "handover:notes"
KEEP_NOTES = 50


@dataclass(frozen=True)
class HandoverNote:
    author: str
    text: str
    at: datetime


def _get(session: Session, key: str) -> Any:
    row = session.get(t.SharedSetting, key)
    return json.loads(row.value) if row is not None else None


def _put(session: Session, key: str, value: object) -> None:
    row = session.get(t.SharedSetting, key)
    if row is None:
        session.add(t.SharedSetting(key=key, value=json.dumps(value, ensure_ascii=False)))
    else:
        row.value = json.dumps(value, ensure_ascii=False)


def set_away(session: Session, user: str, until: date, actor: str, now: datetime | None = None) -> int:
    """Mark ``user`` away until ``until`` (inclusive). Their open assigned items go back to the
    team with a note, their claims are released. Returns how many items went back."""
    now = now or clock.now()
    if until < clock.today():
        raise UsageError(translate("Handover", "The date is in the past."))
    _put(session, f"away:{user}", {"until": until.isoformat()})
    session.execute(delete(t.Claim).where(t.Claim.user_name == user))
    items = list(session.scalars(select(t.Item).where(t.Item.assigned_to == user, t.Item.due_at.is_not(None))))
    note = translate("Handover", "Back with the team: {name} is away until {date}.").format(
        name=user, date=until.strftime("%d.%m.%Y"))
    for item in items:
        item.assigned_to = None
        session.add(t.Note(item_id=item.id, author=actor, text=note, created_at=now))
        item_service.audit(session, actor, "returned_to_team", item_id=item.id, account_id=item.account_id,
                           away=user, until=until.isoformat())
    item_service.audit(session, actor, "away_set", away=user, until=until.isoformat(), returned=len(items))
    return len(items)


def clear_away(session: Session, user: str, actor: str) -> None:
    row = session.get(t.SharedSetting, f"away:{user}")
    if row is not None:
        session.delete(row)
    item_service.audit(session, actor, "away_cleared", away=user)


def away(session: Session, today: date | None = None) -> dict[str, date]:
    """Colleagues away today (name -> last day away); past absences are left out."""
    today = today or clock.today()
    out = {}
    for row in session.scalars(select(t.SharedSetting).where(t.SharedSetting.key.like("away:%"))):
        until = date.fromisoformat(json.loads(row.value)["until"])
        if until >= today:
            out[row.key.split(":", 1)[1]] = until
    return out


def who_is_away(session: Session, name: str | None, today: date | None = None) -> tuple[str, date] | None:
    """(their name as they wrote it, last day away) when ``name`` is away (case aside), else
    None. Assigning to them would leave the item waiting."""
    wanted = (name or "").strip().casefold()
    if not wanted:
        return None
    return next(((who, until) for who, until in away(session, today).items() if who.strip().casefold() == wanted),
                None)


def away_until(session: Session, name: str | None, today: date | None = None) -> date | None:
    found = who_is_away(session, name, today)
    return found[1] if found else None


def away_warning(name: str, until: date) -> str:
    """One sentence for the window and the CLI before assigning to someone who is away."""
    return translate("Handover", "{name} is away until {date}; an item assigned to them waits for someone "
                     "who is not there.").format(name=name, date=until.strftime("%d.%m.%Y"))


def add_note(session: Session, author: str, text: str, now: datetime | None = None) -> HandoverNote:
    text = text.strip()
    if not text:
        raise UsageError(translate("Handover", "A hand-over note cannot be empty."))
    now = now or clock.now()
    notes = _get(session, NOTES_KEY) or []
    notes.append({"author": author, "text": text, "at": now.isoformat()})
    _put(session, NOTES_KEY, notes[-KEEP_NOTES:])
    item_service.audit(session, author, "handover_note")
    return HandoverNote(author, text, now)


def notes_since(session: Session, since: datetime | None, reader: str) -> list[HandoverNote]:
    """Hand-over notes written after ``since`` by colleagues (one's own are not news)."""
    out = []
    for n in _get(session, NOTES_KEY) or []:
        at = datetime.fromisoformat(n["at"])
        if n["author"] != reader and (since is None or at > since):
            out.append(HandoverNote(n["author"], n["text"], at))
    return out
