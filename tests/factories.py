"""Quick builders for tests: institutions, accounts, threads, items, notes and sent replies.

Deadlines are computed by ``app.services.inbound.items`` exactly as sync computes them, so a test
item looks like one the app stored itself. Every builder flushes, so ids are set on return.

    account = make_account(session, "Viborg Kommune", policy="workdays:2")
    item = make_item(session, account, local("2026-04-01 14:00"), status="answered",
                     handled_at=local("2026-04-07 10:00"))
"""
from __future__ import annotations

import itertools
import json
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from app.models import tables as t
from app.services.inbound import items as item_service

_counter = itertools.count(1)
COUNTRY_ZONES = {"DK": "Europe/Copenhagen", "SE": "Europe/Stockholm",
                 "NO": "Europe/Oslo", "FI": "Europe/Helsinki"}
HANDLED = (t.STATUS_ANSWERED, t.STATUS_NO_REPLY, t.STATUS_HIDDEN, t.STATUS_SPAM,
           t.STATUS_REFERRED, t.STATUS_DELETED)


def local(text: str, zone: str = "Europe/Copenhagen") -> datetime:
    """``"2026-04-01 14:00"`` read in ``zone`` (default Copenhagen) as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def make_institution(session, name: str, **fields) -> t.Institution:
    inst = session.scalar(select(t.Institution).where(t.Institution.name == name))
    if inst is None:
        inst = t.Institution(name=name, **fields)
        session.add(inst)
        session.flush()
    return inst


def make_account(session, name: str, platform: str = "facebook", country: str = "DK",
                 policy: str = "workdays:2", institution: t.Institution | str | None = None, *,
                 followup_policy: str = "workdays:2", calendar: dict | None = None,
                 **fields) -> t.Account:
    """An account with the country's default calendar (or ``calendar``, a calendar dict)."""
    if isinstance(institution, str):
        institution = make_institution(session, institution)
    account = t.Account(
        name=name, platform=platform, policy=policy, followup_policy=followup_policy,
        calendar=json.dumps(calendar if calendar is not None else {"country": country}),
        language=fields.pop("language", {"SE": "sv", "DK": "da"}.get(country, "en")),
        institution_id=institution.id if institution is not None else None,
        external_id=fields.pop("external_id", f"page-{next(_counter)}"), **fields)
    session.add(account)
    session.flush()
    return account


def make_thread(session, account: t.Account, *, external_id: str | None = None, kind: str = "post",
                text: str = "", author_name: str | None = None, url: str | None = None,
                created_at: datetime | None = None) -> t.Thread:
    thread = t.Thread(account_id=account.id, external_id=external_id or f"thread-{next(_counter)}",
                      kind=kind, text=text, author_name=author_name, url=url, created_at=created_at)
    session.add(thread)
    session.flush()
    return thread


def make_item(session, account: t.Account, received_at: datetime, status: str = "new",
              text: str = "Hvornår åbner svømmehallen?", author_name: str | None = "Anna Jensen",
              kind: str = "comment", thread: t.Thread | None = None, **fields) -> t.Item:
    """An item with deadlines as the app computes them.

    ``first_due_at`` comes from the account's policy and calendar; ``due_at`` (the running
    clock) is the first deadline while new, the follow-up deadline while a holding reply
    stands (``holding_sent_at`` required) and NULL once handled. ``answered_late`` is
    filled in for answered items with a ``handled_at``. Any column may be overridden.
    """
    if thread is None:
        thread = make_thread(session, account, kind="conversation" if kind == "message" else "post")
    own = status == t.STATUS_OWN
    first_due = None if own else item_service.first_due_for(account, received_at)
    values = dict(account_id=account.id, thread_id=thread.id,
                  external_id=f"{account.id}_{next(_counter)}", kind=kind, text=text,
                  author_name=author_name,
                  author_id=fields.pop("author_id") if "author_id" in fields
                  else (f"uid-{author_name}" if author_name else None),
                  received_at=received_at, status=status, first_due_at=first_due, cached_at=received_at)
    values.update(fields)
    holding_at = values.get("holding_sent_at")
    if holding_at is not None and "followup_due_at" not in fields:
        values["followup_due_at"] = item_service.followup_due_for(account, holding_at)
    if "due_at" not in fields:
        values["due_at"] = (first_due if status == t.STATUS_NEW
                            else values.get("followup_due_at") if status == t.STATUS_HOLDING else None)
    if (status == t.STATUS_ANSWERED and values.get("handled_at") is not None
            and "answered_late" not in fields):
        deadline = values.get("followup_due_at") if holding_at else first_due
        values["answered_late"] = values["handled_at"] > deadline
    if status in HANDLED and values.get("handled_at") is not None:
        values.setdefault("handled_by", "Mette")
    item = t.Item(**values)
    session.add(item)
    session.flush()
    return item


def make_note(session, item: t.Item, text: str, author: str = "Mette",
              created_at: datetime | None = None) -> t.Note:
    note = t.Note(item_id=item.id, author=author, text=text,
                  created_at=created_at or item.received_at + timedelta(minutes=5))
    session.add(note)
    session.flush()
    return note


def make_sent_reply(session, item: t.Item, text: str, author: str = "Mette",
                    sent_at: datetime | None = None, action: str = "reply",
                    state: str = t.OUTBOX_SENT, synced: bool = True) -> t.OutboxAction:
    """A reply sent through the outbox; with ``synced`` also the own item sync brings back."""
    sent_at = sent_at or item.handled_at or item.holding_sent_at or item.received_at + timedelta(hours=1)
    result_id = f"{item.external_id}_r{next(_counter)}"
    row = t.OutboxAction(item_id=item.id, account_id=item.account_id, action=action, text=text,
                         author=author, idempotency_key=f"key-{next(_counter)}",
                         target=json.dumps({"external_id": item.external_id,
                                            "thread_external_id": "", "kind": item.kind,
                                            "parent_external_id": item.parent_external_id,
                                            "author_id": item.author_id}),
                         state=state, attempts=1, created_at=sent_at,
                         sent_at=sent_at if state == t.OUTBOX_SENT else None,
                         result_external_id=result_id if state == t.OUTBOX_SENT else None)
    session.add(row)
    session.flush()
    if synced and state == t.OUTBOX_SENT:
        account = session.get(t.Account, item.account_id)
        make_item(session, account, sent_at, status=t.STATUS_OWN, text=text, author_name=account.name,
                  author_id=None, kind="reply" if item.kind != "message" else "message",
                  thread=session.get(t.Thread, item.thread_id), external_id=result_id,
                  parent_external_id=item.external_id if item.kind != "message" else None)
    return row


def make_year_of_items(session, accounts: list[t.Account], count: int, *, start: datetime,
                       days: int = 365, seed: int = 1, batch: int = 20000) -> int:
    """Bulk-insert ``count`` realistic items spread over ``days`` (for speed tests).

    Mostly daytime arrivals; 80 % answered (a fifth after a holding reply), some no-reply,
    hidden and spam, the newest still open. Deadlines are the real ones. Returns the count."""
    rng = random.Random(seed)
    threads = {a.id: make_thread(session, a).id for a in accounts}
    rows, done = [], 0
    span = days * 86400
    for n in range(count):
        account = accounts[n % len(accounts)]
        offset = rng.random() * span
        received = start + timedelta(seconds=offset)
        if rng.random() < 0.7:      # pull most items into local daytime
            received = received.replace(hour=6 + int(rng.random() * 12))
        first_due = item_service.first_due_for(account, received)
        roll = rng.random()
        row = dict(account_id=account.id, thread_id=threads[account.id],
                   external_id=f"bulk{n}", kind="comment", text=f"spørgsmål nummer {n} om affald",
                   author_name=f"Borger {n % 5000}", author_id=f"u{n % 5000}", received_at=received,
                   first_due_at=first_due, followup_due_at=None, due_at=None, holding_sent_at=None,
                   handled_at=None, handled_by=None, answered_late=None, status=t.STATUS_ANSWERED,
                   is_hidden=False, cached_at=received, purged=False)
        if offset > span - 3 * 86400 and roll < 0.5:
            row.update(status=t.STATUS_NEW, due_at=first_due)
        elif roll < 0.8:
            handled = received + timedelta(minutes=rng.expovariate(1 / 600))
            if roll < 0.16:
                holding = received + timedelta(minutes=rng.expovariate(1 / 60))
                row.update(holding_sent_at=holding,
                           followup_due_at=item_service.followup_due_for(account, holding))
                handled = max(handled, holding + timedelta(minutes=30))
            row.update(handled_at=handled, handled_by="Mette", answered_late=handled > first_due)
        elif roll < 0.9:
            row.update(status=t.STATUS_NO_REPLY, handled_at=received + timedelta(hours=2), handled_by="Mette")
        elif roll < 0.96:
            row.update(status=t.STATUS_HIDDEN, is_hidden=True, handled_at=received + timedelta(hours=1),
                       handled_by="Mette")
        else:
            row.update(status=t.STATUS_SPAM, is_hidden=True, handled_at=received + timedelta(hours=1),
                       handled_by="Mette")
        rows.append(row)
        if len(rows) >= batch:
            session.execute(insert(t.Item), rows)
            done += len(rows)
            rows = []
    if rows:
        session.execute(insert(t.Item), rows)
        done += len(rows)
    return done


def make_items_at(session, account: t.Account, moments, status: str = "answered",
                  thread: t.Thread | None = None, **fields) -> int:
    """Bulk-insert one plain item per moment (fast: thousands for volume tests). Handled
    items get ``handled_at`` an hour after receipt unless given. Returns the count."""
    thread = thread or make_thread(session, account)
    rows = []
    for moment in moments:
        first_due = None if status == t.STATUS_OWN else item_service.first_due_for(account, moment)
        row = dict(account_id=account.id, thread_id=thread.id,
                   external_id=f"{account.id}_b{next(_counter)}", kind="comment", text="tekst",
                   author_name="Borger", author_id="uid-borger", received_at=moment, status=status,
                   first_due_at=first_due, due_at=first_due if status == t.STATUS_NEW else None,
                   handled_at=moment + timedelta(hours=1) if status in HANDLED else None,
                   cached_at=moment, purged=False, is_hidden=False)
        row.update(fields)
        rows.append(row)
    if rows:
        session.execute(insert(t.Item), rows)
    return len(rows)


def open_test_database(request, tmp_path):
    """For a fixture parametrised ``["sqlite", "postgresql"]``: a migrated database on a SQLite
    file in ``tmp_path``, or on a fresh PostgreSQL database (``pg_url`` from
    tests/team/pgfixtures.py, which skips or fails as that module says without a server)."""
    from app.config import resolve_paths
    from app.models.db import open_database, open_url

    if getattr(request, "param", "sqlite") == "postgresql":
        return open_url(request.getfixturevalue("pg_url"))
    return open_database(resolve_paths(str(tmp_path)))
