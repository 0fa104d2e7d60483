"""Notifications for new items (issue 16, point 9), per account: off (the default), in working
hours (the account's calendar), or always; and the unread count the tray shows. Qt-free: the
window asks ``check`` after each count refresh and shows what it returns."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t

if TYPE_CHECKING:
    from app.services.inbound.inbox import NavigatorCounts

MODES = ("off", "working_hours", "always")
OPTION = "notify_new"
MAX_SHOWN = 3          # more than this at once: one summary instead of a pop-up each


@dataclass(frozen=True)
class NewItem:
    item_id: int
    account_name: str
    author_name: str | None


@dataclass
class Check:
    since_id: int                      # the next call asks for items after this one
    items: list[NewItem] = field(default_factory=list)
    more: int = 0                      # new items beyond MAX_SHOWN (summarised)
    unread: int = 0                    # unread open items for the person (the tray)


def mode_of(options_json: str | None) -> str:
    try:
        mode = json.loads(options_json or "{}").get(OPTION, "off")
    except (ValueError, AttributeError):
        return "off"
    return mode if mode in MODES else "off"


def set_mode(session: Session, account_name: str | int, mode: str, actor: str) -> None:
    """``account_name``: the CLI's name, or the window's account id (names need not be unique)."""
    mode = mode.replace("-", "_")
    if mode not in MODES:
        raise UsageError(translate("Notify", "Choose off, working-hours or always."))
    account = (session.get(t.Account, account_name) if isinstance(account_name, int)
               else session.scalar(select(t.Account).where(t.Account.name == account_name)))
    if account is None:
        raise NotFoundError(translate("Notify", "There is no account called {name}.").format(name=account_name))
    try:
        options = json.loads(account.options or "{}")
    except ValueError:
        options = {}
    options[OPTION] = mode
    account.options = json.dumps(options)
    from app.services.inbound.items import audit
    audit(session, actor, "notify_new_set", account_id=account.id, mode=mode)


def in_working_hours(account: t.Account, now: datetime) -> bool:
    from app.services.inbound.items import account_calendar
    calendar = account_calendar(account)
    day = calendar.local_date(now)
    return calendar.is_open(day) and calendar.open_at(day) <= now < calendar.close(day)


def check(session: Session, since_id: int | None, user: str, now: datetime | None = None) -> Check:
    """New items after ``since_id`` on accounts whose mode allows a notification now. The first
    call (``since_id`` None) only learns where "new" starts: no flood of old items at start."""
    from app.services.inbound import reads
    from app.services.inbound.inbox import ViewSpec
    now = now or clock.now()
    latest = session.scalar(select(func.max(t.Item.id))) or 0
    result = Check(since_id=latest, unread=reads.unread_count(session, ViewSpec(view="open"), user, now))
    if since_id is None or latest <= since_id:
        return result
    accounts = {a.id: a for a in session.scalars(select(t.Account))}
    allowed = {a.id for a in accounts.values() if mode_of(a.options) == "always"
               or (mode_of(a.options) == "working_hours" and in_working_hours(a, now))}
    if not allowed:
        return result
    rows = session.execute(select(t.Item.id, t.Item.account_id, t.Item.author_name).where(
        t.Item.id > since_id, t.Item.status == t.STATUS_NEW, t.Item.account_id.in_(allowed))
        .order_by(t.Item.id)).all()
    result.items = [NewItem(i, accounts[a].name, who) for i, a, who in rows[:MAX_SHOWN]]
    result.more = max(0, len(rows) - MAX_SHOWN)
    return result


def with_modes(counts: NavigatorCounts) -> NavigatorCounts:
    """The navigator's accounts carry their options as read; turn them into the mode."""
    for acc in counts.accounts:
        acc.notify_new = mode_of(acc.notify_new)
    return counts
