"""The recompute's shortcut for SQLite (``_Deadlines.due_stored``: the stored text in, the
stored text out, the local date from a memo per UTC hour) gives exactly what the deadline
engine gives through aware datetimes, for every policy kind, every hour of a year and some
odd minutes: both DST nights, holidays, weekends, a year end; in Copenhagen and Stockholm,
in a zone half an hour off UTC (India) and in one whose DST change happens at midnight
(Santiago). Fixed moments only."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from app.services.inbound.recompute import _Deadlines, _sqlite_text

ZONES = [("DK", "Europe/Copenhagen"), ("SE", "Europe/Stockholm"), ("DK", "Asia/Kolkata"),
         ("DK", "America/Santiago")]
POLICIES = ["hours:24", "hours:1.5", "workdays:2", "business_hours:8"]


def _moments():
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for h in range(0, 366 * 24 + 48):
        moment = start + timedelta(hours=h)
        yield moment
        yield moment + timedelta(minutes=29, seconds=59, microseconds=999_999)
        if h % 5 == 0:
            yield moment + timedelta(minutes=59, seconds=59)        # stored without microseconds


@pytest.mark.parametrize(("country", "zone"), ZONES)
@pytest.mark.parametrize("policy", POLICIES)
def test_the_stored_shortcut_matches_the_engine(country, zone, policy):
    calendar = json.dumps({"country": country, "timezone": zone})
    account = SimpleNamespace(policy=policy, followup_policy=policy, calendar=calendar)
    fast, slow = _Deadlines(account, _sqlite_text), _Deadlines(account, _sqlite_text)
    mismatches = []
    for moment in _moments():
        stored = moment.replace(tzinfo=None).isoformat(" ", "microseconds" if moment.microsecond else "seconds")
        for engine_policy in (fast.first, fast.follow):
            got = fast.due_stored(engine_policy, stored)
            want = slow.due(engine_policy, moment)
            if got != want:
                mismatches.append((stored, str(engine_policy), got, want))
    assert mismatches == []


def test_a_hour_with_a_change_of_date_or_offset_partway_takes_the_engine():
    """Half an hour off UTC, the local date changes in the middle of the UTC hour, so the hour
    has no single date to remember; around a DST change at midnight neither."""
    account = SimpleNamespace(policy="workdays:2", followup_policy=None,
                              calendar=json.dumps({"country": "DK", "timezone": "Asia/Kolkata"}))
    engine = _Deadlines(account, _sqlite_text)
    assert engine._local_date("2026-03-10 18:10:00.000000") is None       # 23:40 -> 00:40 local
    assert engine._local_date("2026-03-10 17:10:00.000000") is not None
    copenhagen = _Deadlines(SimpleNamespace(policy="workdays:2", followup_policy=None,
                                            calendar='{"country": "DK"}'), _sqlite_text)
    assert str(copenhagen._local_date("2026-03-29 01:10:00")) == "2026-03-29"
    assert copenhagen._local_date("2026-03-29T01:10:00") is None           # not the stored shape
