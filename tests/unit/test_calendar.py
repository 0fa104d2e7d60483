"""WorkCalendar: defaults, open dates, holidays, special dates, open-time arithmetic, storage.

Expected values are worked out by hand from the deadlines.md design page and the 2026 calendar.
"""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import holidays
import pytest

from app.errors import UsageError
from app.services.inbound import calendar as calendar_module
from app.services.inbound.calendar import WorkCalendar, parse_date, parse_hours, parse_time

D = date.fromisoformat
T = datetime.fromisoformat
DK = WorkCalendar.for_country("DK")
SE = WorkCalendar.for_country("SE")


def one_line(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert message and "\n" not in message
    return message


# ---------------------------------------------------------------- defaults

@pytest.mark.parametrize("code, zone, categories", [
    ("DK", "Europe/Copenhagen", ("public",)),
    ("SE", "Europe/Stockholm", ("public", "de_facto")),
    ("NO", "Europe/Oslo", ("public",)),
    ("FI", "Europe/Helsinki", ("public",)),
    ("dk", "Europe/Copenhagen", ("public",)),  # case-insensitive code
    ("DE", "Europe/Berlin", ("public",)),  # several zones, one clock: the first
    ("NL", "Europe/Amsterdam", ("public",)),  # a single zone
])
def test_country_defaults(code, zone, categories):
    cal = WorkCalendar.for_country(code)
    assert cal.timezone == zone
    assert cal.categories == categories
    assert cal.subdivision is None
    assert cal.closed_dates == frozenset()
    assert dict(cal.date_hours) == {}
    assert dict(cal.open_hours) == {wd: (time(8), time(16)) for wd in range(5)}


def test_plain_constructor_is_the_dk_default():
    assert WorkCalendar() == DK
    assert WorkCalendar(country="SE") == SE


def test_country_with_several_clocks_needs_a_zone():
    with pytest.raises(UsageError) as exc:
        WorkCalendar.for_country("US")
    assert "time zone" in one_line(exc)
    assert WorkCalendar.for_country("US", timezone="America/Chicago").timezone == "America/Chicago"


def test_overrides():
    cal = WorkCalendar.for_country("SE", timezone="Europe/Copenhagen", categories=("public",),
                                   closed_dates={D("2026-03-16")})
    assert cal.timezone == "Europe/Copenhagen"
    assert cal.categories == ("public",)
    assert cal.closed_dates == frozenset({D("2026-03-16")})
    assert cal.country == "SE"


@pytest.mark.parametrize("kwargs", [
    dict(country="XX"),
    dict(country=""),
    dict(timezone="Mars/Base"),
    dict(timezone="Europe"),
    dict(timezone=""),
    dict(subdivision="NOPE"),
    dict(categories=("bogus",)),
    dict(categories=("de_facto",)),  # exists for SE, not for DK
    dict(categories=()),
    dict(open_hours={0: (time(16), time(8))}),
    dict(open_hours={0: (time(8), time(8))}),
    dict(open_hours={7: (time(8), time(16))}),
    dict(open_hours={0: (time(8, 0, 30), time(16))}),
    dict(date_hours={D("2026-03-16"): (time(12), time(9))}),
    dict(date_hours={T("2026-03-16T00:00"): (time(9), time(12))}),
])
def test_invalid_calendars_raise_usage_error(kwargs):
    with pytest.raises(UsageError) as exc:
        WorkCalendar(**kwargs)
    one_line(exc)


def test_unknown_country_message():
    with pytest.raises(UsageError) as exc:
        WorkCalendar.for_country("XX")
    assert "XX" in one_line(exc)


def test_hashable_and_equal_by_value():
    a = WorkCalendar.for_country("DK", closed_dates={D("2026-03-16")})
    b = WorkCalendar.for_country("DK", closed_dates=frozenset({D("2026-03-16")}))
    assert a == b and hash(a) == hash(b)
    assert a != DK
    assert len({a, b, DK}) == 2


def test_copy_pickle_and_replace():
    import copy
    import dataclasses
    import pickle

    cal = WorkCalendar.for_country("SE", closed_dates={D("2026-03-16")},
                                   date_hours={D("2026-12-24"): (time(9), time(12))})
    assert pickle.loads(pickle.dumps(cal)) == cal
    assert copy.deepcopy(cal) == cal
    changed = dataclasses.replace(cal, closed_dates=frozenset())
    assert changed.closed_dates == frozenset() and changed.date_hours == cal.date_hours
    assert changed.timezone == "Europe/Stockholm"


def test_mappings_are_read_only():
    with pytest.raises(TypeError):
        DK.open_hours[5] = (time(8), time(16))  # type: ignore[index]


# ---------------------------------------------------------------- open dates

@pytest.mark.parametrize("cal, day, is_open", [
    # ordinary week
    (DK, "2026-03-13", True),   # Friday
    (DK, "2026-03-14", False),  # Saturday
    (DK, "2026-03-15", False),  # Sunday
    # Easter in DK: Maundy Thursday to Easter Monday closed
    (DK, "2026-04-01", True),
    (DK, "2026-04-02", False),  # Maundy Thursday
    (DK, "2026-04-03", False),  # Good Friday
    (DK, "2026-04-06", False),  # Easter Monday
    (DK, "2026-04-07", True),
    (SE, "2026-04-02", True),   # Maundy Thursday is a working day in SE
    (SE, "2026-04-03", False),
    # DK: 1 May is a working day in municipalities; Constitution Day is open until 12:00
    (DK, "2026-05-01", True),
    (DK, "2026-06-05", True),
    # Midsummer: Eve closed in SE (de_facto), open in DK
    (SE, "2026-06-18", True),
    (SE, "2026-06-19", False),
    (DK, "2026-06-19", True),
    # Christmas to New Year, DK
    (DK, "2026-12-23", True),
    (DK, "2026-12-24", False),  # Christmas Eve (country rule, from the optional category)
    (DK, "2026-12-25", False),
    (DK, "2026-12-28", True),
    (DK, "2026-12-30", True),
    (DK, "2026-12-31", False),  # New Year's Eve (country rule)
    (DK, "2027-01-01", False),
    (DK, "2027-01-04", True),
    (DK, "2027-01-06", True),
    # Christmas to New Year, SE
    (SE, "2026-12-23", True),
    (SE, "2026-12-24", False),  # de_facto
    (SE, "2026-12-25", False),
    (SE, "2026-12-28", True),
    (SE, "2026-12-31", False),  # de_facto
    (SE, "2027-01-01", False),
    (SE, "2027-01-06", False),  # Epiphany
])
def test_is_open(cal, day, is_open):
    assert cal.is_open(D(day)) is is_open
    assert (cal.hours_on(D(day)) is not None) is is_open


def test_categories_change_what_is_closed():
    se_public = WorkCalendar.for_country("SE", categories=("public",))
    assert se_public.is_open(D("2026-06-19"))  # Midsummer Eve is only de facto closed
    assert se_public.is_open(D("2026-12-24"))
    dk_public = WorkCalendar.for_country("DK", categories=("public",), country_rules=False)
    assert dk_public.is_open(D("2026-12-24"))
    assert not dk_public.is_open(D("2026-12-25"))


def test_closed_dates():
    cal = WorkCalendar.for_country("DK", closed_dates={D("2026-05-15")})  # bridge day after Ascension
    assert not cal.is_open(D("2026-05-15"))
    assert cal.hours_on(D("2026-05-15")) is None
    assert cal.next_open_date_after(D("2026-05-13")) == D("2026-05-18")


def test_date_hours_half_day_and_holiday_and_weekend():
    cal = WorkCalendar.for_country("DK", date_hours={
        D("2026-12-23"): (time(8), time(12)),   # half day before Christmas
        D("2026-12-24"): (time(9), time(12)),   # a holiday made open
        D("2026-03-14"): (time(10), time(14)),  # a Saturday made open
    })
    assert cal.hours_on(D("2026-12-23")) == (time(8), time(12))
    assert cal.close(D("2026-12-23")) == T("2026-12-23T12:00:00+01:00")
    assert cal.is_open(D("2026-12-24"))
    assert cal.open_at(D("2026-12-24")) == T("2026-12-24T09:00:00+01:00")
    assert cal.is_open(D("2026-03-14"))
    assert not cal.is_open(D("2026-12-25"))


def test_date_hours_win_over_closed_dates():
    day = D("2026-03-16")
    cal = WorkCalendar.for_country("DK", closed_dates={day}, date_hours={day: (time(9), time(11))})
    assert cal.hours_on(day) == (time(9), time(11))


def test_open_and_close_carry_the_zone_offset():
    assert DK.open_at(D("2026-03-27")) == T("2026-03-27T08:00:00+01:00")
    assert DK.close(D("2026-03-27")).isoformat() == "2026-03-27T16:00:00+01:00"
    assert DK.close(D("2026-03-30")).isoformat() == "2026-03-30T16:00:00+02:00"  # after spring forward
    assert DK.close(D("2026-10-26")).isoformat() == "2026-10-26T16:00:00+01:00"  # after fall back
    assert SE.close(D("2026-06-18")).isoformat() == "2026-06-18T16:00:00+02:00"


def test_close_of_a_closed_date_is_a_bug():
    with pytest.raises(ValueError):
        DK.close(D("2026-03-14"))
    with pytest.raises(ValueError):
        DK.open_at(D("2026-04-02"))


@pytest.mark.parametrize("cal, day, expected", [
    (DK, "2026-03-13", "2026-03-16"),  # Friday -> Monday
    (DK, "2026-03-14", "2026-03-16"),  # Saturday -> Monday
    (DK, "2026-03-16", "2026-03-17"),  # strictly after
    (DK, "2026-04-01", "2026-04-07"),  # over Easter
    (DK, "2026-12-23", "2026-12-28"),
    (DK, "2026-12-30", "2027-01-04"),  # over New Year
    (SE, "2026-06-18", "2026-06-22"),  # over Midsummer
])
def test_next_open_date_after(cal, day, expected):
    assert cal.next_open_date_after(D(day)) == D(expected)


def test_open_dates_after_and_nth():
    it = DK.open_dates_after(D("2026-12-22"))
    assert [next(it) for _ in range(6)] == [D(x) for x in (
        "2026-12-23", "2026-12-28", "2026-12-29", "2026-12-30", "2027-01-04", "2027-01-05")]
    assert DK.nth_open_date_after(D("2026-12-22"), 5) == D("2027-01-04")
    assert SE.nth_open_date_after(D("2026-12-29"), 4) == D("2027-01-07")  # skips Epiphany
    with pytest.raises(ValueError):
        DK.nth_open_date_after(D("2026-12-22"), 0)


def test_calendar_without_open_days_is_a_usage_error():
    cal = WorkCalendar.for_country("DK", open_hours={})
    assert not cal.is_open(D("2026-03-16"))
    with pytest.raises(UsageError) as exc:
        cal.next_open_date_after(D("2026-03-16"))
    one_line(exc)


def test_calendar_with_only_date_hours():
    cal = WorkCalendar.for_country("DK", open_hours={}, date_hours={D("2027-02-01"): (time(9), time(10))})
    assert cal.next_open_date_after(D("2026-03-16")) == D("2027-02-01")


# ---------------------------------------------------------------- open-time arithmetic

@pytest.mark.parametrize("cal, start, end, hours", [
    (DK, "2026-03-09T14:00+01:00", "2026-03-10T10:00+01:00", 4),      # 2 h Mon + 2 h Tue
    (DK, "2026-03-13T15:00+01:00", "2026-03-16T09:00+01:00", 2),      # over a weekend
    (DK, "2026-03-14T10:00+01:00", "2026-03-15T10:00+01:00", 0),      # all closed
    (DK, "2026-03-09T06:00+01:00", "2026-03-09T20:00+01:00", 8),      # a whole day
    (DK, "2026-03-09T07:00+00:00", "2026-03-09T08:00+00:00", 1),      # given in UTC
    (DK, "2026-03-27T15:00+01:00", "2026-03-30T09:00+02:00", 2),      # over spring forward
    (DK, "2026-10-23T15:00+02:00", "2026-10-26T09:00+01:00", 2),      # over fall back
    (DK, "2026-04-01T12:00+02:00", "2026-04-07T12:00+02:00", 8),      # over Easter
    (DK, "2026-12-30T08:00+01:00", "2027-01-04T16:00+01:00", 16),     # over New Year
    (DK, "2026-03-10T10:00+01:00", "2026-03-09T14:00+01:00", -4),     # reversed
])
def test_working_seconds_between(cal, start, end, hours):
    assert cal.working_seconds_between(T(start), T(end)) == hours * 3600


def test_working_seconds_whole_year():
    # DK 2026: 261 weekdays, minus 9 weekday holidays and closed eves (1 Jan, 2/3/6 Apr, 14 May,
    # 25 May, 24/25/31 Dec), 8 hours each; 5 Jun is a half day (08:00-12:00), 1 May a working day.
    seconds = DK.working_seconds_between(T("2026-01-01T00:00+01:00"), T("2027-01-01T00:00+01:00"))
    assert seconds == (261 - 9) * 8 * 3600 - 4 * 3600


@pytest.mark.parametrize("cal, start, amount, expected", [
    (DK, "2026-03-09T14:00+01:00", 4 * 3600, "2026-03-10T10:00:00+01:00"),
    (DK, "2026-03-09T14:00+01:00", 2 * 3600, "2026-03-09T16:00:00+01:00"),  # exactly at closing
    (DK, "2026-03-09T16:00+01:00", 3600, "2026-03-10T09:00:00+01:00"),      # starting at closing
    (DK, "2026-03-09T06:00+01:00", 3600, "2026-03-09T09:00:00+01:00"),      # before opening
    (DK, "2026-03-13T18:30+01:00", timedelta(hours=4), "2026-03-16T12:00:00+01:00"),
    (DK, "2026-03-09T14:00+01:00", 0, "2026-03-09T14:00:00+01:00"),
    (DK, "2026-03-09T15:00+01:00", 5400, "2026-03-10T08:30:00+01:00"),      # 1.5 h
])
def test_add_working_time(cal, start, amount, expected):
    assert cal.add_working_time(T(start), amount).isoformat() == expected


def test_naive_datetimes_are_rejected():
    with pytest.raises(ValueError):
        DK.working_seconds_between(datetime(2026, 3, 9, 8), T("2026-03-09T10:00+01:00"))
    with pytest.raises(ValueError):
        DK.add_working_time(datetime(2026, 3, 9, 8), 60)
    with pytest.raises(ValueError):
        DK.add_working_time(T("2026-03-09T10:00+01:00"), -1)


# ---------------------------------------------------------------- memoisation

def test_holiday_sets_are_built_once_per_year(monkeypatch):
    calls = []
    real = holidays.country_holidays

    def counting(*args, **kwargs):
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)

    monkeypatch.setattr(holidays, "country_holidays", counting)
    # A key no other test uses, so the process-wide memo starts cold.
    key = dict(categories=("public", "optional"), timezone="Europe/Copenhagen")
    start = T("2031-03-03T09:00+01:00")
    for i in range(500):
        cal = WorkCalendar.for_country("DK", **key)  # fresh but equal calendars share the memo
        moment = start + timedelta(hours=i)
        cal.working_seconds_between(moment, moment + timedelta(days=3))
        cal.next_open_date_after(moment.date())
    assert len([c for c in calls if c is not None]) <= 2  # 2031 (and maybe 2032)


def test_equal_calendars_share_year_tables():
    a = WorkCalendar.for_country("FI", closed_dates={D("2033-03-14")})
    b = WorkCalendar.from_dict(a.to_dict())
    assert a is not b
    assert a._year(2033) is b._year(2033)


# ---------------------------------------------------------------- storage

def test_to_dict_shape():
    cal = WorkCalendar.for_country("SE", closed_dates={D("2026-05-15"), D("2026-01-05")},
                                   date_hours={D("2026-12-23"): (time(8), time(12))},
                                   open_hours={0: (time(8, 30), time(16)), 4: (time(8), time(15))})
    assert cal.to_dict() == {
        "timezone": "Europe/Stockholm",
        "country": "SE",
        "subdivision": None,
        "categories": ["public", "de_facto"],
        "open_hours": {"0": ["08:30", "16:00"], "4": ["08:00", "15:00"]},
        "closed_dates": ["2026-01-05", "2026-05-15"],
        "date_hours": {"2026-12-23": ["08:00", "12:00"]},
        "country_rules": True,
    }


@pytest.mark.parametrize("cal", [
    DK,
    SE,
    WorkCalendar.for_country("NO", subdivision="03", closed_dates={D("2026-03-16")},
                             date_hours={D("2026-12-24"): (time(9), time(12))}),
    WorkCalendar.for_country("DK", open_hours={d: (time(7, 45), time(15, 30)) for d in range(7)}),
])
def test_dict_round_trip_through_json(cal):
    assert WorkCalendar.from_dict(json.loads(json.dumps(cal.to_dict()))) == cal


def test_from_dict_missing_keys_take_defaults():
    assert WorkCalendar.from_dict({"country": "SE"}) == SE
    assert WorkCalendar.from_dict({}) == DK


@pytest.mark.parametrize("data", [
    {"country": "XX"},
    {"colour": "red"},
    {"open_hours": {"0": ["8am", "16:00"]}},
    {"open_hours": {"monday": ["08:00", "16:00"]}},
    {"open_hours": {"0": ["08:00"]}},
    {"closed_dates": ["16/03/2026"]},
    {"date_hours": {"2026-12-23": ["12:00", "08:00"]}},
    {"open_hours": ["08:00", "16:00"]},
    [],
])
def test_from_dict_rejects_malformed_data(data):
    with pytest.raises(UsageError) as exc:
        WorkCalendar.from_dict(data)
    one_line(exc)


# ---------------------------------------------------------------- text helpers

def test_parse_helpers():
    assert parse_time("08:00") == time(8)
    assert parse_time("8:05") == time(8, 5)
    assert parse_hours("08:00-16:00") == (time(8), time(16))
    assert parse_hours(" 07:30 - 15:00 ") == (time(7, 30), time(15))
    assert parse_date("2026-03-16") == D("2026-03-16")
    for bad in ("24:00", "8", "08:60", "", "08:00:00"):
        with pytest.raises(UsageError):
            parse_time(bad)
    for bad in ("8-16", "16:00-08:00", "08:00", "08:00-12:00-16:00"):
        with pytest.raises(UsageError):
            parse_hours(bad)
    for bad in ("2026-13-01", "2026-02-30", "16.03.2026", "20260316"):
        with pytest.raises(UsageError):
            parse_date(bad)


def test_module_has_no_utc_fallback():
    # Documented choice: a country without a derivable zone must name one.
    assert "UTC" not in calendar_module.COUNTRY_DEFAULTS
