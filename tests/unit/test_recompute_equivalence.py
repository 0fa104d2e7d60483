"""The scoped recompute (what the window runs after a settings change: only the changed days
when only days changed, else the one account) leaves every deadline exactly where computing it
afresh with the deadline engine puts it, over weekends, holidays and DST nights, for closed
dates added and removed, one day's special hours, opening hours and policy changes. Handled
items keep the deadlines they were measured against.

Fixed moments only (2026): the results do not depend on the clock."""
from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import insert, select

from app.models import tables as t
from app.models.db import open_url
from app.services.account_settings import full_calendar, save_account_policy
from app.services.inbound import items
from tests.factories import make_account, make_thread

# Fridays and weekends, the spring DST night (29 March), Easter (2-6 April), the autumn DST
# night (25 October), Christmas and New Year's Eve.
DATES = [date(2026, 3, d) for d in (6, 7, 8, 10, 11, 27, 28, 29, 30, 31)] + \
        [date(2026, 4, d) for d in (1, 2, 3, 5, 6)] + \
        [date(2026, 10, d) for d in (23, 24, 25, 26)] + \
        [date(2026, 12, d) for d in (23, 24, 28, 31)]
# UTC times around midnight, the DST switch (01:00 UTC), opening and closing in CET/CEST.
TIMES = [(0, 30), (1, 30), (6, 59), (7, 0), (13, 59), (15, 0), (22, 30), (23, 30)]
STATUSES = ("new", "new", "holding", "answered")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    database = open_url(f"sqlite:///{tmp_path_factory.mktemp('recompute') / 'c.sqlite3'}")
    with database.session() as s:
        accounts = [
            make_account(s, "Viborg", policy="workdays:2"),
            make_account(s, "Malmö", country="SE", policy="hours:24", followup_policy="workdays:1"),
            make_account(s, "Aarhus", policy="business_hours:8", followup_policy="hours:48"),
            make_account(s, "Bergen", country="NO", policy="hours:72", followup_policy="business_hours:4"),
        ]
        rows, n = [], 0
        for account in accounts:
            thread = make_thread(s, account)
            for day in DATES:
                for hour, minute in TIMES:
                    received = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
                    status = STATUSES[n % len(STATUSES)]
                    n += 1
                    first = items.first_due_for(account, received)
                    holding = received + timedelta(hours=5) if status != "new" and n % 3 else None
                    follow = items.followup_due_for(account, holding) if holding else None
                    due = first if status == "new" else follow if status == "holding" else None
                    if status == "holding" and holding is None:
                        status, due = "new", first
                    rows.append(dict(
                        account_id=account.id, thread_id=thread.id, external_id=f"{account.id}_{n}",
                        kind="comment", text="tekst", author_name="Borger", received_at=received,
                        status=status, first_due_at=first, followup_due_at=follow, due_at=due,
                        holding_sent_at=holding, cached_at=received, purged=False, is_hidden=False,
                        handled_at=received + timedelta(hours=9) if status == "answered" else None))
        s.execute(insert(t.Item), rows)
    yield database
    database.dispose()


def _deadlines(s) -> dict[int, tuple]:
    return {row.id: (row.first_due_at, row.followup_due_at, row.due_at)
            for row in s.execute(select(t.Item.id, t.Item.first_due_at, t.Item.followup_due_at, t.Item.due_at))}


def _afresh(s, before: dict[int, tuple]) -> dict[int, tuple]:
    """Every deadline computed directly by the engine with the accounts as they are now;
    handled items keep what they had."""
    accounts = {a.id: a for a in s.scalars(select(t.Account))}
    out = {}
    for item in s.scalars(select(t.Item)):
        if item.status not in ("new", "holding"):
            out[item.id] = before[item.id]
            continue
        account = accounts[item.account_id]
        first = items.first_due_for(account, item.received_at)
        follow = items.followup_due_for(account, item.holding_sent_at) if item.holding_sent_at else None
        out[item.id] = (first, follow, first if item.status == "new" else follow)
    return out


def _change(db, name: str, **change) -> tuple[int, frozenset[date] | None, int]:
    """Change one account's settings through the service the settings dialog saves with, and
    run the recompute the window then runs; returns (account id, the changed days or None,
    items looked at)."""
    with db.session() as s:
        account = s.scalars(select(t.Account).where(t.Account.name == name)).one()
        calendar = dict(full_calendar(json.loads(account.calendar)), **change.get("calendar", {}))
        policy, followup = change.get("policy", account.policy), change.get("followup_policy", account.followup_policy)
    scope = save_account_policy(SimpleNamespace(db=db), account.id, policy, followup, calendar, "Mette")
    assert scope is not None and scope.account_id == account.id
    with db.session() as s:
        looked = items.recompute_deadlines(s, scope.account_id, days=scope.days)
    return scope.account_id, scope.days, looked


def _running(db, account_id: int) -> int:
    with db.session() as s:
        return len(s.scalars(select(t.Item.id).where(t.Item.account_id == account_id,
                                                     t.Item.status.in_(("new", "holding")))).all())


CHANGES = [
    ("Viborg", {"calendar": {"closed_dates": ["2026-03-11"]}}, "days"),         # a Wednesday
    ("Viborg", {"calendar": {"closed_dates": ["2026-03-11", "2026-04-01"]}}, "days"),  # before Easter
    ("Viborg", {"calendar": {"closed_dates": ["2026-04-01"]}}, "days"),         # one removed again
    ("Malmö", {"calendar": {"closed_dates": ["2026-03-30", "2026-10-26"]}}, "days"),   # after both DST nights
    ("Aarhus", {"calendar": {"closed_dates": ["2026-12-23"]}}, "days"),
    ("Aarhus", {"calendar": {"date_hours": {"2026-03-30": ["08:00", "12:00"]}}}, "days"),
    ("Bergen", {"calendar": {"date_hours": {"2026-10-24": ["10:00", "14:00"]}}}, "days"),   # a Saturday opened
    ("Bergen", {"calendar": {"closed_dates": ["2026-03-27"], "date_hours": {}}}, "days"),
    ("Viborg", {"calendar": {"open_hours": {str(d): ["08:00", "15:00"] for d in range(5)}}}, "account"),
    ("Malmö", {"calendar": {"open_hours": {str(d): ["09:00", "16:30"] for d in range(4)}}}, "account"),
    ("Aarhus", {"policy": "workdays:3"}, "account"),
    ("Viborg", {"policy": "hours:24", "followup_policy": "business_hours:6"}, "account"),
    ("Malmö", {"policy": "business_hours:8", "followup_policy": "hours:36"}, "account"),
    ("Bergen", {"calendar": {"closed_dates": []}, "policy": "workdays:1"}, "account"),
]


def test_the_scoped_recompute_equals_deadlines_computed_afresh(db):
    with db.session() as s:
        start = _deadlines(s)
    moved = set()
    for name, change, scope in CHANGES:
        with db.session() as s:
            before = _deadlines(s)
        account_id, days, looked = _change(db, name, **change)
        if scope == "days":
            assert days, (name, change)
            # Only the running items whose window spans a changed day are looked at.
            assert 0 < looked < _running(db, account_id), (name, change, looked)
        else:
            assert days is None
            assert looked == _running(db, account_id)
        with db.session() as s:
            now = _deadlines(s)
            expected = _afresh(s, before)
        wrong = {i: (now[i], expected[i]) for i in now if now[i] != expected[i]}
        assert not wrong, (name, change, list(wrong.items())[:3])
        moved |= {i for i in now if now[i] != before[i]}
        # A full recompute finds nothing more to change.
        with db.session() as s:
            items.recompute_deadlines(s)
        with db.session() as s:
            assert _deadlines(s) == now, (name, change)
    # The changes really moved deadlines, running ones only.
    assert len(moved) > 100
    with db.session() as s:
        handled = set(s.scalars(select(t.Item.id).where(t.Item.status == "answered")))
    assert handled and not (moved & handled)
    assert all(_deadlines_of(db, i) == start[i] for i in list(handled)[:20])


def _deadlines_of(db, item_id: int) -> tuple:
    with db.session() as s:
        item = s.get(t.Item, item_id)
        return (item.first_due_at, item.followup_due_at, item.due_at)


def test_only_the_changed_first_deadline_of_a_holding_item_is_written(db):
    """A holding item whose first deadline moves while its follow-up does not keeps its due_at
    (the recompute does not rewrite the due_at indexes for it), yet ends right."""
    with db.session() as s:
        account = make_account(s, "Ribe", policy="workdays:2", followup_policy="hours:24")
        thread = make_thread(s, account)
        received = datetime(2026, 3, 9, 8, tzinfo=UTC)            # Monday -> Wednesday 11
        holding = datetime(2026, 3, 12, 8, tzinfo=UTC)            # Thursday -> Friday 08:00 UTC
        item = t.Item(account_id=account.id, thread_id=thread.id, external_id="ribe-1", kind="comment",
                      text="x", received_at=received, status="holding", holding_sent_at=holding,
                      first_due_at=items.first_due_for(account, received),
                      followup_due_at=items.followup_due_for(account, holding),
                      due_at=items.followup_due_for(account, holding), cached_at=received)
        s.add(item)
        s.flush()
        item_id, account_id, old_due = item.id, account.id, item.due_at
    _, days, looked = _change(db, "Ribe", calendar={"closed_dates": ["2026-03-10"]})
    assert days == frozenset({date(2026, 3, 10)}) and looked == 1
    first, follow, due = _deadlines_of(db, item_id)
    assert first == datetime(2026, 3, 12, 15, tzinfo=UTC)          # Thursday 16:00 Copenhagen
    assert follow == due == old_due == datetime(2026, 3, 13, 8, tzinfo=UTC)
    assert account_id
