"""Issue 14.6: country rules - 1 May is no closing day in Danish municipalities, half days
(5 June from 12:00 in DK, the Swedish "(from 2pm)" eves), Norway's Christmas Eve and New
Year's Eve; a stored calendar can switch the rules off."""
from __future__ import annotations

from datetime import date, time

import pytest

from app.services.inbound.calendar import WorkCalendar, calendar_from_json
from app.services.inbound.deadlines import due_at, parse_moment, parse_policy

DK, SE, NO = (WorkCalendar.for_country(c) for c in ("DK", "SE", "NO"))


@pytest.mark.parametrize("cal, day, hours", [
    (DK, date(2026, 5, 1), (time(8), time(16))),     # 1 May: a working day by default
    (DK, date(2026, 6, 5), (time(8), time(12))),     # Constitution Day: until 12:00
    (DK, date(2026, 12, 24), None),
    (DK, date(2026, 12, 31), None),
    (SE, date(2026, 4, 30), (time(8), time(14))),    # Walpurgis Night, "(from 2pm)"
    (SE, date(2026, 4, 2), (time(8), time(14))),     # Maundy Thursday, "(from 2pm)"
    (SE, date(2026, 10, 30), (time(8), time(14))),   # All Saints' Eve
    (SE, date(2026, 12, 24), None),                  # de_facto
    (NO, date(2026, 12, 24), (time(8), time(12))),   # Christmas Eve: until 12:00
    (NO, date(2026, 12, 31), (time(8), time(12))),
    (NO, date(2026, 4, 1), (time(8), time(12))),     # the Wednesday before Maundy Thursday
    (NO, date(2026, 4, 2), None),                    # Maundy Thursday, public in Norway
    (NO, date(2026, 5, 1), None),
])
def test_country_rules(cal, day, hours):
    assert cal.hours_on(day) == hours


def test_a_deadline_on_a_half_day_falls_at_its_early_closing():
    received = parse_moment("2026-12-23T10:00:00+01:00", NO)
    assert due_at(parse_policy("workdays:1"), received, NO).isoformat() == "2026-12-24T12:00:00+01:00"


def test_the_rules_can_be_switched_off_and_are_stored():
    plain = WorkCalendar.for_country("DK", country_rules=False)
    assert plain.hours_on(date(2026, 12, 24)) == (time(8), time(16))
    assert plain.hours_on(date(2026, 6, 5)) == (time(8), time(16))
    assert calendar_from_json('{"country": "DK", "country_rules": false}') == plain
    assert WorkCalendar.from_dict(plain.to_dict()) == plain
    # a half day never opens a day the team closed itself, and a date's own hours still win
    own = WorkCalendar.for_country("DK", date_hours={date(2026, 6, 5): (time(9), time(15))})
    assert own.hours_on(date(2026, 6, 5)) == (time(9), time(15))


def test_the_defaults_are_documented_with_their_sources():
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "docs" / "deadlines.md").read_text(encoding="utf-8")
    section = text.split("## Defaults per country", 1)[1].split("\n## ", 1)[0]
    for needle in ("1 May", "5 June", "12:00", "14:00", "Christmas Eve", "New Year's Eve", "Source"):
        assert needle in section, needle
