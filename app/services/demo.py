"""The demo workspace's content: realistic Danish and Swedish items for first runs and trainers.

``svarbox --demo`` opens its own SQLite file (``<data_dir>/demo/``); ``ensure_demo_data``
fills it once with four institutions, seven accounts on five platforms and about fifty
citizen items: a missed waste collection, a furious driver, spam, a threat, CPR and
personnummer numbers, a Messenger case that belongs in the official case channel, HTML that
must be shown literally, YouTube's moderation queue, X mentions.

Received times are relative to ``now`` and chosen *through the deadline engine*: an item meant
to be "due today" gets a received time for which its account's policy really gives a deadline
later today, so countdowns are live and consistent with ``first_due_for``. On a weekend or
after closing time no deadline can fall today; such items quietly become calm ones instead.

The accounts use the local demo platform (``app.connectors.demo``); nothing here touches a
network.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from app import clock
from app.connectors import demo as platform
from app.connectors import demo_state
from app.connectors.demo_data import ACCOUNTS, THREADS, DemoAccount, DemoThread
from app.models import tables as t
from app.services.demo_data import SEEDS, Seed  # noqa: F401 - Seed is part of this module's API
from app.services.inbound.items import account_calendar, first_due_for, followup_due_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.workspace import Workspace

log = logging.getLogger(__name__)

DK_CALENDAR = '{"country": "DK"}'
SE_CALENDAR = '{"country": "SE"}'
DK_POLICY = "workdays:2"       # Viborg: "svare inden for to arbejdsdage"
SE_POLICY = "hours:24"         # Malmö: "inom 24 timmar", weekends roll to the next working day
FOLLOWUP_POLICY = "workdays:2"



# --- institutions and accounts ---------------------------------------------------------------

@dataclass(frozen=True)
class _Institution:
    name: str
    website: str
    case_channel: str
    country: str


INSTITUTIONS = {
    "viborg": _Institution("Viborg Kommune – Kommunikation", "https://viborg.dk",
                           "https://viborg.dk/kontakt/skriv-sikkert", "DK"),
    "vbib": _Institution("Viborg Bibliotekerne", "https://viborgbib.dk",
                         "https://viborgbib.dk/kontakt", "DK"),
    "malmo": _Institution("Malmö stad – Kommunikation", "https://malmo.se",
                          "https://malmo.se/kontaktcenter", "SE"),
    "rosengard": _Institution("Rosengårdsskolan", "https://malmo.se/rosengardsskolan",
                              "https://malmo.se/rosengardsskolan/kontakt", "SE"),
}
ACCOUNT_INSTITUTION = {
    "viborg-fb": "viborg", "viborg-li": "viborg", "viborg-yt": "viborg", "vbib-ig": "vbib",
    "malmo-fb": "malmo", "malmo-x": "malmo", "rosengard-ig": "rosengard",
    "viborg-bsky": "viborg", "malmo-masto": "malmo",
}
# Who answers on each account in the seeded history (first names, as signatures show them).
STAFF = {
    "viborg": ("Mette", "Jonas"), "vbib": ("Signe",), "malmo": ("Johanna", "Ali"),
    "rosengard": ("Sanna",),
}


# The seeded items are data: app.services.demo_data (Seed, SEEDS).

OPEN_WHENS = ("overdue", "today", "calm")
HANDLED_STATUS = {"answered": t.STATUS_ANSWERED, "late": t.STATUS_ANSWERED,
                  "no_reply": t.STATUS_NO_REPLY, "referred": t.STATUS_REFERRED,
                  "hidden": t.STATUS_HIDDEN, "spam": t.STATUS_SPAM}
AUDIT_ACTION = {"answered": "reply", "late": "reply", "no_reply": "no_reply", "referred": "refer",
                "hidden": "hide", "spam": "spam", "holding": "holding_reply"}


# --- received times that fit the wanted deadline ---------------------------------------------

STEP = timedelta(minutes=10)
SEARCH_SPAN = timedelta(days=10)


def _end_of_today(account: t.Account, now: datetime) -> datetime:
    """The earlier of "end of today" for this computer (the inbox's "Due today" view) and for
    the account's calendar zone, so an item seeded as due today is due today for both."""
    from app.services.inbound.inbox import end_of_local_day

    zone = account_calendar(account).zone
    return min(end_of_local_day(now), end_of_local_day(now, zone))


def _fits(when: str, due: datetime, now: datetime, end_today: datetime) -> bool:
    if when == "overdue":
        return due < now - timedelta(minutes=30)
    if when == "today":
        return now + timedelta(minutes=20) <= due < end_today
    if when == "calm":
        return due >= end_today
    return due > now       # "open": anything still running


def received_for(account: t.Account, when: str, age_hours: float, now: datetime) -> datetime:
    """A received time near ``now - age_hours`` whose first deadline matches ``when``.

    Candidates are tried outwards from the preferred age in 10-minute steps; if nothing fits
    (no deadline can fall today on a weekend), "today" relaxes to "calm", then to "open"."""
    preferred = now - timedelta(hours=age_hours)
    end_today = _end_of_today(account, now)
    latest = now - timedelta(minutes=2)
    steps = int(SEARCH_SPAN / STEP)
    chain = {"today": ("today", "calm", "open"), "calm": ("calm", "open")}.get(when, (when,))
    for goal in chain:
        for k in range(2 * steps + 1):
            offset = STEP * ((k + 1) // 2) * (1 if k % 2 else -1)
            received = preferred + offset
            if received > latest:
                continue
            if _fits(goal, first_due_for(account, received), now, end_today):
                return received
    return min(preferred, latest)


def _jitter(key: str, span_minutes: int) -> timedelta:
    """A stable few minutes per item, so times do not all end in the same minute."""
    return timedelta(minutes=int(hashlib.sha256(key.encode()).hexdigest()[:6], 16) % span_minutes)


def last_work_moment(account: t.Account, moment: datetime, key: str = "") -> datetime:
    """The latest moment at or before ``moment`` when the account's team is at work: seeded
    answers are written in office hours, not at 03:47."""
    calendar = account_calendar(account)
    day = calendar.local_date(moment)
    for _ in range(30):
        if calendar.is_open(day):
            opens, closes = calendar.open_at(day), calendar.close(day)
            if moment >= closes:
                return closes - timedelta(minutes=10) - _jitter(key, 90)
            if moment >= opens:
                return moment
        day -= timedelta(days=1)
    return moment


# --- ids and urls that look like the platform's -----------------------------------------------

def _external_id(account: DemoAccount, thread: DemoThread, seed_key: str) -> str:
    n = int(hashlib.sha256(seed_key.encode()).hexdigest()[:10], 16) % 10**9
    if account.platform == "facebook":
        if thread.kind == "conversation":
            return f"m_demo{n:09d}"
        return f"{thread.external_id}_{n:09d}"
    if account.platform == "instagram":
        return f"1790{n:09d}0417"
    if account.platform == "x":
        return f"19{n:09d}00000417"
    if account.platform == "youtube":
        return f"UgzDemo{n:09d}AaABAg"
    if account.platform == "linkedin":
        return f"urn:li:comment:(urn:li:activity:7301000000000000417,{n})"
    if account.platform == "bluesky":
        return f"at://did:plc:demo{n:09d}citizen/app.bsky.feed.post/3lbd{n:09d}"
    if account.platform == "mastodon":
        return f"113{n:09d}1417"
    return f"demo-{seed_key}"


def _url(account: DemoAccount, thread: DemoThread, external_id: str,
         author: str | None) -> str:
    if account.platform == "facebook":
        if thread.kind == "conversation":
            return thread.url
        return f"{thread.url}?comment_id={external_id.rsplit('_', 1)[-1]}"
    if account.platform == "instagram":
        return f"{thread.url}c/{external_id}/"
    if account.platform == "x":
        handle = (author or account.handle or "i").lstrip("@")
        return f"https://x.com/{handle}/status/{external_id}"
    if account.platform == "youtube":
        return f"{thread.url}&lc={external_id}"
    if account.platform == "linkedin":
        from urllib.parse import quote
        return f"{thread.url}?commentUrn={quote(external_id, safe='')}"
    if account.platform == "bluesky":
        did, _, rkey = external_id[5:].split("/")
        return f"https://bsky.app/profile/{did}/post/{rkey}"
    if account.platform == "mastodon":
        return f"https://social.malmo.se/web/statuses/{external_id}"
    return thread.url


def _has_id_number(text: str, language: str | None) -> bool:
    from app.services.content.id_flags import flagged
    return flagged(text, language)


def _author_id(name: str) -> str:
    return "demo-u-" + hashlib.sha256(name.encode()).hexdigest()[:12]


# --- seeding ---------------------------------------------------------------------------------

def demo_state_path(ws: Workspace) -> Path:
    """The demo platform's state file (same place ``services.connections.connector_for`` uses)."""
    return demo_state.state_file_in(ws.paths.data_dir / ws.kind)


def _check_workspace(ws: Workspace) -> None:
    if getattr(ws, "kind", "main") == "main":
        # The real cache must never receive invented citizens.
        raise ValueError("demo data belongs in the demo workspace, not the main one")


def ensure_demo_data(ws: Workspace, now: datetime | None = None) -> bool:
    """Fill an empty demo database; leave one that has accounts alone. True if it seeded."""
    _check_workspace(ws)
    with ws.db.session() as session:
        if session.scalar(select(func.count(t.Account.id))):
            return False
    try:
        with ws.db.session() as session:
            seed(session, now)
    except IntegrityError:
        # Another window of the demo seeded it at the same moment; theirs is as good.
        log.info("Demo data was seeded concurrently; keeping the other copy")
        return False
    return True


def reset_demo(ws: Workspace, now: datetime | None = None) -> None:
    """Wipe the demo workspace (items, accounts, outbox, notes, log, demo platform) and reseed."""
    _check_workspace(ws)
    with ws.db.session() as session:
        for table in (t.AuditEvent, t.Note, t.Claim, t.OutboxAction, t.SyncState, t.Item,
                      t.Thread, t.Lease, t.Account, t.Institution):
            session.execute(delete(table))
    demo_state.reset_state(demo_state_path(ws))
    ensure_demo_data(ws, now)


def seed(session: Session, now: datetime | None = None) -> None:
    """Write the whole demo data set into ``session`` (the caller commits)."""
    now = (now or clock.now()).astimezone(UTC)
    institutions: dict[str, t.Institution] = {}
    for key, inst in INSTITUTIONS.items():
        institutions[key] = t.Institution(name=inst.name, website=inst.website,
                                          case_channel=inst.case_channel)
        session.add(institutions[key])
    accounts: dict[str, t.Account] = {}
    for offset, demo_account in enumerate(ACCOUNTS):
        inst_key = ACCOUNT_INSTITUTION[demo_account.key]
        danish = INSTITUTIONS[inst_key].country == "DK"
        synced = now - timedelta(minutes=2 + offset)
        account = t.Account(
            name=demo_account.name, platform=demo_account.platform,
            institution=institutions[inst_key], external_id=demo_account.external_id,
            handle=demo_account.handle, base_url=None,
            policy=DK_POLICY if danish else SE_POLICY, followup_policy=FOLLOWUP_POLICY,
            calendar=DK_CALENDAR if danish else SE_CALENDAR, language=demo_account.language,
            credential_ref=None, sync_interval_minutes=2, enabled=True,
            options=json.dumps({"demo": True}), status="ok", status_message=None,
            last_sync_at=synced, last_sync_ok_at=synced, created_at=now - timedelta(days=60))
        session.add(account)
        accounts[demo_account.key] = account
    session.flush()

    # Received times first: threads start before their first item, replies after parents.
    received: dict[str, datetime] = {}
    for s in SEEDS:
        account = accounts[s.account]
        preferred_age = s.age + _jitter(s.key, 50) / timedelta(hours=1)
        if s.when in OPEN_WHENS:
            received[s.key] = received_for(account, s.when, preferred_age, now)
            if s.when == "overdue":
                # Older only makes a deadline earlier: spread the overdue ones over a day
                # rather than bunching them just past the last fitting moment.
                received[s.key] -= _jitter(s.key + "/spread", 20 * 60)
        else:
            # Handled in office hours; the citizen wrote ``after`` hours before that.
            handled = last_work_moment(account, now - timedelta(hours=preferred_age - s.after), s.key)
            handled = min(handled, now - timedelta(minutes=5))
            received[s.key] = handled - timedelta(hours=s.after)
        if s.parent and received[s.key] <= received[s.parent]:
            received[s.key] = min(received[s.parent] + timedelta(minutes=20),
                                  now - timedelta(minutes=2))

    threads: dict[str, t.Thread] = {}
    for demo_thread in THREADS:
        starts = [received[s.key] for s in SEEDS if s.thread == demo_thread.key]
        first = min(starts) if starts else now - timedelta(days=2)
        threads[demo_thread.key] = t.Thread(
            account_id=accounts[demo_thread.account_key].id, external_id=demo_thread.external_id,
            kind=demo_thread.kind, text=demo_thread.text, author_name=demo_thread.author_name
            or platform.ACCOUNTS_BY_KEY[demo_thread.account_key].name,
            url=demo_thread.url,
            created_at=first - (timedelta(minutes=1) if demo_thread.kind == "conversation"
                                else timedelta(hours=3)))
        session.add(threads[demo_thread.key])
    session.flush()

    external_ids: dict[str, str] = {}
    for s in SEEDS:
        _seed_item(session, s, accounts[s.account], threads[s.thread], received[s.key], now,
                   external_ids)
    _audit(session, "svarbox", "demo_seeded", now, items=len(SEEDS))


def _seed_item(session: Session, s: Seed, account: t.Account, thread: t.Thread, received_at: datetime,
               now: datetime, external_ids: dict[str, str]) -> None:
    demo_account = platform.ACCOUNTS_BY_KEY[s.account]
    demo_thread = platform.THREADS_BY_KEY[s.thread]
    staff = STAFF[ACCOUNT_INSTITUTION[s.account]]
    by = s.by or staff[0]
    kind = s.kind or ("message" if demo_thread.kind == "conversation"
                      else "mention" if demo_account.platform == "x" else "comment")
    external_id = _external_id(demo_account, demo_thread, s.key)
    external_ids[s.key] = external_id
    first_due = first_due_for(account, received_at)
    item = t.Item(
        account_id=account.id, thread_id=thread.id, external_id=external_id,
        parent_external_id=external_ids.get(s.parent) if s.parent else None, kind=kind,
        # LinkedIn gives member URNs, not names: the demo shows what the real API gives.
        author_id=platform.linkedin_member(s.author) if demo_account.platform == "linkedin" else _author_id(s.author),
        author_name=None if demo_account.platform == "linkedin" else s.author, text=s.text,
        url=_url(demo_account, demo_thread, external_id, s.author), received_at=received_at,
        status=t.STATUS_NEW, is_hidden=False, can_reply=True, moderation_status=s.moderation,
        has_id_number=_has_id_number(s.text, account.language), first_due_at=first_due, due_at=first_due,
        assigned_to=s.assigned, cached_at=now,
        # The demo's threads are the account's own posts; Bluesky hides replies only in those.
        own_conversation=True if demo_account.platform == "bluesky" else None)
    session.add(item)
    session.flush()

    if s.when in OPEN_WHENS:
        pass
    elif s.when == "holding":
        holding_at = min(received_at + timedelta(hours=s.after), now - timedelta(minutes=5))
        item.status = t.STATUS_HOLDING
        item.holding_sent_at = holding_at
        item.followup_due_at = followup_due_for(account, holding_at)
        item.due_at = item.followup_due_at
        _own_reply(session, s, item, thread, account, demo_account, holding_at, by,
                   "holding_reply", now)
        _audit(session, by, "holding_reply", holding_at, item=item, status_before=t.STATUS_NEW,
               status_after=t.STATUS_HOLDING)
    else:
        handled_at = received_at + timedelta(hours=s.after)
        if s.when == "late":
            handled_at = max(handled_at, first_due + timedelta(minutes=50))
        handled_at = min(handled_at, now - timedelta(minutes=5))
        status = HANDLED_STATUS[s.when]
        item.status = status
        item.due_at = None
        item.handled_at = handled_at
        item.handled_by = by
        if s.when in ("answered", "late"):
            item.answered_late = handled_at > first_due
        if status in (t.STATUS_HIDDEN, t.STATUS_SPAM):
            item.is_hidden = True
            if demo_account.platform == "youtube":
                item.moderation_status = "rejected"
            _outbox(session, item, account, thread, "hide", None, by, handled_at, None)
        if s.reply:
            _own_reply(session, s, item, thread, account, demo_account, handled_at, by, "reply", now)
        _audit(session, by, AUDIT_ACTION[s.when], handled_at, item=item,
               status_before=t.STATUS_NEW, status_after=status)

    if s.note:
        author, text = s.note
        at = min(received_at + timedelta(minutes=40), now - timedelta(minutes=3))
        session.add(t.Note(item_id=item.id, author=author, text=text, created_at=at))
        _audit(session, author, "note", at, item=item)
    if s.assigned:
        _audit(session, s.assigned, "assign", received_at + timedelta(minutes=45), item=item,
               assignee=s.assigned)


def _own_reply(session: Session, s: Seed, item: t.Item, thread: t.Thread, account: t.Account,
               demo_account: DemoAccount, at: datetime, by: str, action: str,
               now: datetime) -> None:
    """Our answer, stored as the platform would return it: an "own" item in the thread."""
    own_id = f"{item.external_id}-r1" if demo_account.platform != "facebook" or thread.kind != "conversation" \
        else f"m_demo_own_{item.id}"
    session.add(t.Item(
        account_id=account.id, thread_id=thread.id, external_id=own_id,
        parent_external_id=item.external_id,
        kind="message" if item.kind == "message" else "reply",
        author_id=demo_account.external_id, author_name=demo_account.name, text=s.reply or "",
        url=item.url, received_at=at, status=t.STATUS_OWN, handled_by=by, cached_at=now))
    _outbox(session, item, account, thread, action, s.reply, by, at, own_id)


def _outbox(session: Session, item: t.Item, account: t.Account, thread: t.Thread, action: str,
            text: str | None, by: str, at: datetime, result_id: str | None) -> None:
    """The sent outbox action behind a seeded reply or hide, so history reads as it would."""
    previous = {"status": t.STATUS_NEW, "due_at": item.first_due_at.isoformat() if item.first_due_at else None,
                "handled_at": None, "handled_by": None}
    key = hashlib.sha256(f"demo|{account.external_id}|{item.external_id}|{action}".encode()).hexdigest()
    session.add(t.OutboxAction(
        item_id=item.id, account_id=account.id, action=action, text=text, author=by,
        idempotency_key=key, state=t.OUTBOX_SENT, attempts=1,
        target=json.dumps({"external_id": item.external_id,
                           "thread_external_id": thread.external_id, "kind": item.kind,
                           "parent_external_id": item.parent_external_id,
                           "author_id": item.author_id, "previous": previous}),
        result_external_id=result_id, created_at=at - timedelta(seconds=20), sent_at=at))
    item.outbox_state = t.OUTBOX_SENT


def _audit(session: Session, actor: str, action: str, at: datetime, *, item: t.Item | None = None,
           **details: Any) -> None:
    # Seeded history keeps its own times (items.audit stamps "now").
    session.add(t.AuditEvent(at=at, actor=actor, action=action,
                             item_id=item.id if item else None,
                             account_id=item.account_id if item else None,
                             details=json.dumps(details, ensure_ascii=False, default=str)))
