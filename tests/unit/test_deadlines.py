"""Deadline policies and due moments, per the deadlines.md design page.

Every expected value is worked out by hand from the contract's rules and the 2026 calendar
(DST: spring forward Sun 2026-03-29, fall back Sun 2026-10-25 in Copenhagen and Stockholm).
"""
from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest

from app.errors import UsageError
from app.services.inbound.calendar import WorkCalendar
from app.services.inbound.deadlines import (
    DEFAULT_FOLLOWUP_POLICY,
    Policy,
    due_at,
    first_response_due,
    followup_due,
    parse_moment,
    parse_policy,
    urgency,
    working_time_left,
)

T = datetime.fromisoformat
D = lambda s: datetime.fromisoformat(s).date()  # noqa: E731
DK = WorkCalendar.for_country("DK")
SE = WorkCalendar.for_country("SE")
EVERY_DAY = {wd: (time(8), time(16)) for wd in range(7)}
DK_7 = WorkCalendar.for_country("DK", open_hours=EVERY_DAY)
SE_7 = WorkCalendar.for_country("SE", open_hours=EVERY_DAY)
NIGHTS = {wd: (time(0), time(6)) for wd in range(7)}  # the DST change falls inside open time
DK_NIGHTS = WorkCalendar.for_country("DK", open_hours=NIGHTS)
SE_NIGHTS = WorkCalendar.for_country("SE", open_hours=NIGHTS)

# The worked examples table of deadlines.md, row by row.
WORKED_EXAMPLES = [
    ("hours:24", "2026-03-10T09:15:00+01:00", "2026-03-11T09:15:00+01:00", DK),  # plain
    ("hours:24", "2026-03-13T10:00:00+01:00", "2026-03-16T16:00:00+01:00", DK),  # due on Saturday
    ("hours:24", "2026-03-15T09:00:00+01:00", "2026-03-16T16:00:00+01:00", DK),  # received Sunday
    ("hours:72", "2026-03-15T09:00:00+01:00", "2026-03-18T09:00:00+01:00", DK),  # later than Monday close
    ("hours:24", "2026-04-01T11:00:00+02:00", "2026-04-07T16:00:00+02:00", DK),  # Easter in DK
    ("workdays:2", "2026-03-09T14:00:00+01:00", "2026-03-11T16:00:00+01:00", DK),  # receipt day not counted
    ("workdays:2", "2026-03-14T12:00:00+01:00", "2026-03-17T16:00:00+01:00", DK),  # Mon and Tue
    ("workdays:2", "2026-12-22T10:00:00+01:00", "2026-12-28T16:00:00+01:00", SE),  # SE Christmas
    ("business_hours:4", "2026-03-09T14:00:00+01:00", "2026-03-10T10:00:00+01:00", DK),  # 2 h + 2 h
    ("business_hours:4", "2026-03-13T18:30:00+01:00", "2026-03-16T12:00:00+01:00", DK),  # Monday opening
]


def check(policy, received, expected, cal):
    due = due_at(policy, T(received), cal)
    assert due.isoformat() == expected
    assert due.tzinfo is cal.zone  # shown in the calendar's zone


@pytest.mark.parametrize("policy, received, expected, cal", WORKED_EXAMPLES)
def test_worked_examples(policy, received, expected, cal):
    check(policy, received, expected, cal)


@pytest.mark.parametrize("policy, received, expected, cal", [
    # Spring forward in the night to Sun 2026-03-29: 72 real hours from Friday 10:00 CET
    # end Monday 11:00 CEST (wall clock would say 10:00).
    ("hours:72", "2026-03-27T10:00:00+01:00", "2026-03-30T11:00:00+02:00", DK),
    ("hours:72", "2026-03-27T10:00:00+01:00", "2026-03-30T11:00:00+02:00", SE),
    # Fall back in the night to Sun 2026-10-25: 72 real hours end Monday 09:00 CET.
    ("hours:72", "2026-10-23T10:00:00+02:00", "2026-10-26T09:00:00+01:00", DK),
    ("hours:72", "2026-10-23T10:00:00+02:00", "2026-10-26T09:00:00+01:00", SE),
    # hours:24 spanning the DST night itself (a calendar open every day).
    ("hours:24", "2026-03-28T12:00:00+01:00", "2026-03-29T13:00:00+02:00", DK_7),
    ("hours:24", "2026-03-28T12:00:00+01:00", "2026-03-29T13:00:00+02:00", SE_7),
    ("hours:24", "2026-10-24T12:00:00+02:00", "2026-10-25T11:00:00+01:00", DK_7),
    ("hours:24", "2026-10-24T12:00:00+02:00", "2026-10-25T11:00:00+01:00", SE_7),
    # Default calendar: due on the DST Sunday rolls to Monday's close in the new offset.
    ("hours:24", "2026-03-27T20:00:00+01:00", "2026-03-30T16:00:00+02:00", DK),
    ("hours:24", "2026-10-23T20:00:00+02:00", "2026-10-26T16:00:00+01:00", SE),
    # workdays over the DST weekend.
    ("workdays:1", "2026-03-27T10:00:00+01:00", "2026-03-30T16:00:00+02:00", DK),
    ("workdays:1", "2026-10-23T10:00:00+02:00", "2026-10-26T16:00:00+01:00", SE),
    # business_hours over the DST weekend: 6 h Friday, 4 h Monday from 08:00.
    ("business_hours:10", "2026-03-27T10:00:00+01:00", "2026-03-30T12:00:00+02:00", DK),
    ("business_hours:10", "2026-03-27T10:00:00+01:00", "2026-03-30T12:00:00+02:00", SE),
    ("business_hours:10", "2026-10-23T10:00:00+02:00", "2026-10-26T12:00:00+01:00", DK),
    ("business_hours:10", "2026-10-23T10:00:00+02:00", "2026-10-26T12:00:00+01:00", SE),
    # Open 00:00-06:00: the spring night has 5 real open hours, so 6 h end Monday 01:00.
    ("business_hours:6", "2026-03-29T00:00:00+01:00", "2026-03-30T01:00:00+02:00", DK_NIGHTS),
    ("business_hours:6", "2026-03-29T00:00:00+01:00", "2026-03-30T01:00:00+02:00", SE_NIGHTS),
    # The autumn night has 7 real open hours: 6 h from 00:00 CEST (22:00 UTC) end 04:00 UTC.
    ("business_hours:6", "2026-10-25T00:00:00+02:00", "2026-10-25T05:00:00+01:00", DK_NIGHTS),
    ("business_hours:6", "2026-10-25T00:00:00+02:00", "2026-10-25T05:00:00+01:00", SE_NIGHTS),
])
def test_dst_weeks(policy, received, expected, cal):
    check(policy, received, expected, cal)


def test_hours_are_real_elapsed_hours_over_dst():
    for cal, received in ((DK_7, "2026-03-28T12:00:00+01:00"), (SE_7, "2026-10-24T12:00:00+02:00")):
        due = due_at("hours:24", T(received), cal)
        assert due - T(received) == timedelta(hours=24)


@pytest.mark.parametrize("policy, received, expected, cal", [
    # Easter in DK: Maundy Thursday 2 Apr to Easter Monday 6 Apr closed.
    ("workdays:2", "2026-04-01T10:00:00+02:00", "2026-04-08T16:00:00+02:00", DK),
    ("business_hours:8", "2026-04-01T12:00:00+02:00", "2026-04-07T12:00:00+02:00", DK),
    ("hours:24", "2026-04-02T10:00:00+02:00", "2026-04-07T16:00:00+02:00", DK),  # received on a holiday
    # SE works on Maundy Thursday.
    ("workdays:2", "2026-04-01T10:00:00+02:00", "2026-04-07T16:00:00+02:00", SE),
    # Christmas to New Year, DK (24, 25, 31 Dec and 1 Jan closed).
    ("workdays:2", "2026-12-22T10:00:00+01:00", "2026-12-28T16:00:00+01:00", DK),
    ("hours:24", "2026-12-23T10:00:00+01:00", "2026-12-28T16:00:00+01:00", DK),
    ("workdays:3", "2026-12-29T09:00:00+01:00", "2027-01-05T16:00:00+01:00", DK),
    ("workdays:4", "2026-12-29T09:00:00+01:00", "2027-01-06T16:00:00+01:00", DK),
    # Christmas to New Year, SE (also 6 Jan, Epiphany).
    ("hours:24", "2026-12-23T10:00:00+01:00", "2026-12-28T16:00:00+01:00", SE),
    ("hours:24", "2026-12-30T12:00:00+01:00", "2027-01-04T16:00:00+01:00", SE),
    # 5 Jan 2027, Twelfth Night Eve: the library's "(from 2pm)" day, so it closes at 14:00.
    ("workdays:3", "2026-12-29T09:00:00+01:00", "2027-01-05T14:00:00+01:00", SE),
    ("workdays:4", "2026-12-29T09:00:00+01:00", "2027-01-07T16:00:00+01:00", SE),
    # Midsummer: Eve (Fri 19 June) closed in SE via de_facto, open in DK.
    ("hours:24", "2026-06-18T10:00:00+02:00", "2026-06-22T16:00:00+02:00", SE),
    ("hours:24", "2026-06-18T10:00:00+02:00", "2026-06-19T10:00:00+02:00", DK),
    ("workdays:1", "2026-06-18T10:00:00+02:00", "2026-06-22T16:00:00+02:00", SE),
    ("workdays:1", "2026-06-18T10:00:00+02:00", "2026-06-19T16:00:00+02:00", DK),
    ("business_hours:8", "2026-06-18T12:00:00+02:00", "2026-06-22T12:00:00+02:00", SE),
    # DK Constitution Day, Fri 5 June: open until 12:00 (issue 14.6).
    ("workdays:1", "2026-06-04T10:00:00+02:00", "2026-06-05T12:00:00+02:00", DK),
])
def test_holidays(policy, received, expected, cal):
    check(policy, received, expected, cal)


CLOSED_MONDAY = WorkCalendar.for_country("DK", closed_dates={D("2026-03-16T00:00")})
HALF_DAY = WorkCalendar.for_country("DK", date_hours={D("2026-12-23T00:00"): (time(8), time(12))})
OPEN_EVE = WorkCalendar.for_country("DK", date_hours={D("2026-12-24T00:00"): (time(9), time(12))})


@pytest.mark.parametrize("policy, received, expected, cal", [
    # Custom closed date Mon 16 March.
    ("workdays:2", "2026-03-14T12:00:00+01:00", "2026-03-18T16:00:00+01:00", CLOSED_MONDAY),
    ("hours:24", "2026-03-13T10:00:00+01:00", "2026-03-17T16:00:00+01:00", CLOSED_MONDAY),
    ("hours:24", "2026-03-15T12:00:00+01:00", "2026-03-17T16:00:00+01:00", CLOSED_MONDAY),
    ("business_hours:4", "2026-03-13T18:30:00+01:00", "2026-03-17T12:00:00+01:00", CLOSED_MONDAY),
    # Half day Wed 23 Dec 08:00-12:00.
    ("workdays:1", "2026-12-22T10:00:00+01:00", "2026-12-23T12:00:00+01:00", HALF_DAY),
    ("business_hours:4", "2026-12-22T14:00:00+01:00", "2026-12-23T10:00:00+01:00", HALF_DAY),
    ("business_hours:6", "2026-12-22T14:00:00+01:00", "2026-12-23T12:00:00+01:00", HALF_DAY),  # ends at close
    ("business_hours:7", "2026-12-22T14:00:00+01:00", "2026-12-28T09:00:00+01:00", HALF_DAY),
    # date_hours on Christmas Eve (a DK holiday) opens it 09:00-12:00.
    ("workdays:1", "2026-12-23T10:00:00+01:00", "2026-12-24T12:00:00+01:00", OPEN_EVE),
    ("hours:24", "2026-12-23T10:00:00+01:00", "2026-12-24T10:00:00+01:00", OPEN_EVE),
    ("business_hours:8", "2026-12-23T12:00:00+01:00", "2026-12-28T09:00:00+01:00", OPEN_EVE),
])
def test_closed_dates_and_date_hours(policy, received, expected, cal):
    check(policy, received, expected, cal)


@pytest.mark.parametrize("policy, received, expected", [
    # business_hours ending exactly at closing stays at that closing moment.
    ("business_hours:2", "2026-03-09T14:00:00+01:00", "2026-03-09T16:00:00+01:00"),
    ("business_hours:8", "2026-03-09T08:00:00+01:00", "2026-03-09T16:00:00+01:00"),
    ("business_hours:8", "2026-03-14T11:00:00+01:00", "2026-03-16T16:00:00+01:00"),  # Saturday
    ("business_hours:16", "2026-03-13T08:00:00+01:00", "2026-03-16T16:00:00+01:00"),
    # received at closing or before opening
    ("business_hours:1", "2026-03-09T16:00:00+01:00", "2026-03-10T09:00:00+01:00"),
    ("business_hours:1", "2026-03-09T06:00:00+01:00", "2026-03-09T09:00:00+01:00"),
    # fractional hours
    ("hours:1.5", "2026-03-10T09:15:00+01:00", "2026-03-10T10:45:00+01:00"),
    ("hours:1.5", "2026-03-13T23:00:00+01:00", "2026-03-16T16:00:00+01:00"),  # lands on Saturday
    ("hours:0.25", "2026-03-10T09:15:00+01:00", "2026-03-10T09:30:00+01:00"),
    ("business_hours:1.5", "2026-03-09T15:00:00+01:00", "2026-03-10T08:30:00+01:00"),
    ("business_hours:0.5", "2026-03-09T15:45:00+01:00", "2026-03-10T08:15:00+01:00"),
    # hours: only the local *date* of due matters, so after closing on an open date stays.
    ("hours:24", "2026-03-10T17:00:00+01:00", "2026-03-11T17:00:00+01:00"),
    ("hours:24", "2026-03-10T06:00:00+01:00", "2026-03-11T06:00:00+01:00"),
    ("hours:24", "2026-03-13T18:00:00+01:00", "2026-03-16T16:00:00+01:00"),
    # received on a closed date: never due before that rollover close
    ("hours:48", "2026-03-14T09:00:00+01:00", "2026-03-16T16:00:00+01:00"),
    ("hours:49", "2026-03-14T15:00:00+01:00", "2026-03-16T16:00:00+01:00"),
    ("hours:50", "2026-03-14T15:00:00+01:00", "2026-03-16T17:00:00+01:00"),
    # workdays: the receipt day never counts, whatever the hour
    ("workdays:1", "2026-03-09T07:00:00+01:00", "2026-03-10T16:00:00+01:00"),
    ("workdays:1", "2026-03-09T23:59:00+01:00", "2026-03-10T16:00:00+01:00"),
    ("workdays:5", "2026-03-09T10:00:00+01:00", "2026-03-16T16:00:00+01:00"),
    # received in another offset: the local date decides (Sun 23:30 UTC is Mon 00:30 in DK)
    ("workdays:1", "2026-03-15T23:30:00+00:00", "2026-03-17T16:00:00+01:00"),
    ("workdays:2", "2026-03-09T13:00:00+00:00", "2026-03-11T16:00:00+01:00"),
    ("hours:24", "2026-03-10T08:15:00+00:00", "2026-03-11T09:15:00+01:00"),
])
def test_edge_cases(policy, received, expected):
    check(policy, received, expected, DK)


def test_other_calendar_zone_and_hours():
    # NO default: Europe/Oslo; custom hours 09:00-15:00.
    cal = WorkCalendar.for_country("NO", open_hours={wd: (time(9), time(15)) for wd in range(5)})
    check("business_hours:4", "2026-03-09T13:00:00+01:00", "2026-03-10T11:00:00+01:00", cal)
    check("workdays:1", "2026-05-15T10:00:00+02:00", "2026-05-18T15:00:00+02:00", cal)
    # Norway: 17 May is a Sunday in 2026; Ascension Thu 14 May closed.
    check("workdays:1", "2026-05-13T10:00:00+02:00", "2026-05-15T15:00:00+02:00", cal)


# ---------------------------------------------------------------- policies

@pytest.mark.parametrize("text, kind, amount, canonical", [
    ("hours:24", "hours", Decimal(24), "hours:24"),
    ("hours:1.5", "hours", Decimal("1.5"), "hours:1.5"),
    ("hours:1.50", "hours", Decimal("1.5"), "hours:1.5"),
    ("hours:100", "hours", Decimal(100), "hours:100"),
    ("workdays:2", "workdays", Decimal(2), "workdays:2"),
    ("business_hours:4", "business_hours", Decimal(4), "business_hours:4"),
    ("  workdays:2 ", "workdays", Decimal(2), "workdays:2"),
    ("Hours:24", "hours", Decimal(24), "hours:24"),
])
def test_parse_policy(text, kind, amount, canonical):
    policy = parse_policy(text)
    assert (policy.kind, policy.amount) == (kind, amount)
    assert str(policy) == canonical
    assert parse_policy(str(policy)) == policy


def test_policy_fields():
    assert parse_policy("hours:1.5").duration == timedelta(hours=1, minutes=30)
    assert parse_policy("business_hours:4").duration == timedelta(hours=4)
    assert parse_policy("workdays:2").days == 2
    with pytest.raises(ValueError):
        _ = parse_policy("workdays:2").duration
    with pytest.raises(ValueError):
        _ = parse_policy("hours:2").days


@pytest.mark.parametrize("text", [
    "", "   ", "hours", "hours:", "hours: ", ":24", "hours:-1", "hours:0", "hours:0.0",
    "days:2", "workdays:1.5", "workdays:0", "workdays:-2", "workdays:", "business_hours:abc",
    "business_hours:", "hours:nan", "hours:inf", "hours:1e3", "hours:24:1", "hours:1,5",
    "hours:.5", "hours:24h", "24", "workdays:two", "hours:999999", "workdays:100000",
])
def test_invalid_policies(text):
    with pytest.raises(UsageError) as exc:
        parse_policy(text)
    message = str(exc.value)
    assert message and "\n" not in message


def test_invalid_policy_messages_name_the_problem():
    def msg(text):
        with pytest.raises(UsageError) as exc:
            parse_policy(text)
        return str(exc.value)

    assert "days" in msg("days:2") and "workdays:N" in msg("days:2")
    assert "whole" in msg("workdays:1.5")
    assert "positive" in msg("hours:-1")
    assert "no number" in msg("hours:")


def test_policy_constructor_validates():
    assert Policy("hours", 1.5) == parse_policy("hours:1.5")
    for kind, amount in (("days", 2), ("hours", 0), ("workdays", 1.5), ("hours", "x")):
        with pytest.raises(UsageError):
            Policy(kind, amount)


# ---------------------------------------------------------------- life cycle helpers

def test_first_response_due_is_due_at():
    assert first_response_due(T("2026-03-09T14:00:00+01:00"), "workdays:2", DK) == T("2026-03-11T16:00:00+01:00")
    assert first_response_due(T("2026-03-09T14:00:00+01:00"), parse_policy("business_hours:4"), DK) \
        == T("2026-03-10T10:00:00+01:00")


def test_followup_due():
    assert DEFAULT_FOLLOWUP_POLICY == parse_policy("workdays:2")
    sent = T("2026-03-09T11:00:00+01:00")  # holding reply sent Monday
    assert followup_due(sent, None, DK) == T("2026-03-11T16:00:00+01:00")
    assert followup_due(sent, DEFAULT_FOLLOWUP_POLICY, DK) == T("2026-03-11T16:00:00+01:00")
    assert followup_due(sent, "hours:24", DK) == T("2026-03-10T11:00:00+01:00")
    assert followup_due(T("2026-12-23T15:00:00+01:00"), None, SE) == T("2026-12-29T16:00:00+01:00")


@pytest.mark.parametrize("now, due, seconds", [
    ("2026-03-09T14:00:00+01:00", "2026-03-10T10:00:00+01:00", 4 * 3600),
    ("2026-03-13T15:00:00+01:00", "2026-03-16T10:00:00+01:00", 3 * 3600),  # weekend not counted
    ("2026-03-10T10:00:00+01:00", "2026-03-10T10:00:00+01:00", 0),
    ("2026-03-10T11:00:00+01:00", "2026-03-10T10:00:00+01:00", -3600),      # overdue
    ("2026-03-16T09:00:00+01:00", "2026-03-13T16:00:00+01:00", -3600),      # overdue since Friday
    ("2026-03-11T16:30:00+01:00", "2026-03-11T17:00:00+01:00", 0),          # due after closing
])
def test_working_time_left(now, due, seconds):
    assert working_time_left(T(now), T(due), DK) == seconds


def test_working_time_left_is_negative_when_overdue_in_closed_time():
    left = working_time_left(T("2026-03-14T10:00:00+01:00"), T("2026-03-13T16:00:00+01:00"), DK)
    assert -1 < left < 0


@pytest.mark.parametrize("now, due, expected", [
    ("2026-03-09T09:00:00+01:00", "2026-03-10T10:00:00+01:00", "calm"),
    ("2026-03-09T13:00:00+01:00", "2026-03-09T15:00:00+01:00", "soon"),     # exactly 2 working hours
    ("2026-03-09T13:00:00+01:00", "2026-03-09T15:00:01+01:00", "calm"),
    ("2026-03-09T14:30:00+01:00", "2026-03-09T15:00:00+01:00", "soon"),
    ("2026-03-13T15:00:00+01:00", "2026-03-16T09:00:00+01:00", "soon"),     # 1 h Fri + 1 h Mon
    ("2026-03-13T15:00:00+01:00", "2026-03-16T10:00:00+01:00", "calm"),     # 3 working hours
    ("2026-03-13T20:00:00+01:00", "2026-03-16T09:30:00+01:00", "soon"),
    ("2026-03-09T15:00:00+01:00", "2026-03-09T15:00:00+01:00", "soon"),     # due this instant
    ("2026-03-09T15:00:01+01:00", "2026-03-09T15:00:00+01:00", "overdue"),
    ("2026-03-14T10:00:00+01:00", "2026-03-13T16:00:00+01:00", "overdue"),  # passed in closed time
])
def test_urgency(now, due, expected):
    assert urgency(T(now), T(due), DK) == expected


def test_naive_moments_are_bugs():
    with pytest.raises(ValueError):
        due_at("hours:24", datetime(2026, 3, 10, 9, 15), DK)
    with pytest.raises(ValueError):
        urgency(datetime(2026, 3, 10, 9), T("2026-03-10T10:00:00+01:00"), DK)


def test_parse_moment():
    assert parse_moment("2026-03-14T12:00:00+01:00", DK) == T("2026-03-14T12:00:00+01:00")
    assert parse_moment("2026-03-14T11:00:00Z", DK) == T("2026-03-14T12:00:00+01:00")
    # naive times are read in the calendar's zone
    assert parse_moment("2026-03-14T12:00", DK) == T("2026-03-14T12:00:00+01:00")
    assert parse_moment("2026-07-14 12:00", SE) == T("2026-07-14T12:00:00+02:00")
    for bad in ("2026-03-14", "yesterday", "", "2026-03-14T25:00", "14/03/2026 12:00"):
        with pytest.raises(UsageError):
            parse_moment(bad, DK)


def test_many_items_are_fast():
    # A calendar change recomputes every item: this must stay well under a second per 10k.
    import time as clock

    cal = WorkCalendar.for_country("DK", closed_dates={D("2026-05-15T00:00")})
    policies = [parse_policy(p) for p in ("hours:24", "workdays:2", "business_hours:4")]
    start = T("2026-01-05T08:00:00+01:00")
    began = clock.perf_counter()
    for i in range(30_000):
        due_at(policies[i % 3], start + timedelta(minutes=17 * i), cal)
    assert clock.perf_counter() - began < 5
