"""Recompute after a calendar change touches only the items whose window spans a changed
day, and leaves every deadline exactly where a full recompute would put it."""
import json
from datetime import UTC, date, datetime

from app.models import tables as t
from app.models.db import open_url
from app.services.account_settings import calendar_change_days, full_calendar
from app.services.inbound import items
from tests.factories import make_account, make_item

UTC = UTC


def _deadlines(s):
    return {i.id: (i.first_due_at, i.followup_due_at, i.due_at) for i in s.query(t.Item).order_by(t.Item.id)}


def test_one_closed_day_recomputes_only_the_items_whose_window_spans_it(tmp_path):
    db = open_url(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with db.session() as s:
        acc = make_account(s, "Viborg", policy="workdays:2")
        other = make_account(s, "Malmö", country="SE", policy="workdays:2")
        spans = make_item(s, acc, datetime(2026, 3, 9, 8, tzinfo=UTC)).id        # Mon -> Wed 11
        before = make_item(s, acc, datetime(2026, 3, 4, 8, tzinfo=UTC)).id       # Wed 4 -> Fri 6
        after = make_item(s, acc, datetime(2026, 3, 13, 8, tzinfo=UTC)).id       # Fri 13 -> Tue 17
        holding = make_item(s, acc, datetime(2026, 3, 5, 8, tzinfo=UTC), status="holding",
                            holding_sent_at=datetime(2026, 3, 10, 8, tzinfo=UTC)).id   # -> Thu 12
        answered = make_item(s, acc, datetime(2026, 3, 9, 8, tzinfo=UTC), status="answered",
                             handled_at=datetime(2026, 3, 9, 9, tzinfo=UTC)).id
        elsewhere = make_item(s, other, datetime(2026, 3, 9, 8, tzinfo=UTC)).id
        acc_id = acc.id
    with db.session() as s:
        was = _deadlines(s)
        account = s.get(t.Account, acc_id)
        old = full_calendar(json.loads(account.calendar))
        new = dict(old, closed_dates=["2026-03-11"])
        days = calendar_change_days(old, new)
        assert days == frozenset({date(2026, 3, 11)})
        account.calendar = json.dumps(new)
    with db.session() as s:
        looked_at = items.recompute_deadlines(s, acc_id, days=days)
    with db.session() as s:
        now = _deadlines(s)
    assert looked_at == 2                                   # the two whose window spans Wed 11
    changed = {i for i in was if was[i] != now[i]}
    assert changed == {spans, holding}
    assert now[spans][2] == datetime(2026, 3, 12, 15, tzinfo=UTC)     # Thu 16:00 Copenhagen
    assert now[holding][2] == datetime(2026, 3, 13, 15, tzinfo=UTC)   # Fri 16:00
    for unchanged in (before, after, answered, elsewhere):
        assert now[unchanged] == was[unchanged]
    # A full recompute finds nothing more to change: the targeted one missed nobody.
    with db.session() as s:
        items.recompute_deadlines(s)
    with db.session() as s:
        assert _deadlines(s) == now
    # Re-opening the day puts the deadlines back.
    with db.session() as s:
        account = s.get(t.Account, acc_id)
        back = dict(full_calendar(json.loads(account.calendar)), closed_dates=[])
        account.calendar = json.dumps(back)
    with db.session() as s:
        items.recompute_deadlines(s, acc_id, days=days)
    with db.session() as s:
        assert _deadlines(s) == was
    db.dispose()


def test_what_counts_as_a_per_day_change():
    old = full_calendar({"country": "DK"})
    assert calendar_change_days(old, dict(old)) == frozenset()
    assert calendar_change_days(old, dict(old, date_hours={"2026-12-23": ["08:00", "12:00"]})) \
        == frozenset({date(2026, 12, 23)})
    assert calendar_change_days(old, dict(old, timezone="Europe/Stockholm")) is None
    assert calendar_change_days(old, dict(old, open_hours={"0": ["08:00", "15:00"]})) is None
    assert calendar_change_days(None, old) is None


def test_full_recompute_still_walks_every_running_item_once(tmp_path):
    db = open_url(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with db.session() as s:
        acc = make_account(s, "Viborg", policy="workdays:2")
        ids = [make_item(s, acc, datetime(2026, 3, 2 + d % 20, 8, tzinfo=UTC)).id for d in range(30)]
        make_item(s, acc, datetime(2026, 3, 9, 8, tzinfo=UTC), status="answered",
                  handled_at=datetime(2026, 3, 9, 9, tzinfo=UTC))
        s.get(t.Account, acc.id).policy = "hours:24"
    seen = []
    with db.session() as s:
        assert items.recompute_deadlines(s, batch=7, progress=seen.append) == 30
    assert seen == [7, 14, 21, 28, 30]
    with db.session() as s:
        for item_id in ids:
            item = s.get(t.Item, item_id)
            assert item.due_at == item.first_due_at
            assert (item.due_at - item.received_at).total_seconds() <= 4 * 86400
    db.dispose()
