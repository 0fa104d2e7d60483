"""``svarbox deadline``: print one due moment, for scripts and for checking the rules.

Bad input (policy, moment, country, zone, subdivision, categories, hours, closed dates)
raises UsageError, which the CLI prints as one line on stderr with exit code 2. A received
time without an offset is read in the calendar's zone.
"""
from __future__ import annotations

import argparse

from app.services.inbound.calendar import WorkCalendar, parse_date, parse_hours
from app.services.inbound.deadlines import due_at, parse_moment, parse_policy


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "deadline",
        help="print the due moment of a response policy",
        description="Print the due moment (ISO 8601, calendar zone's offset) for an item "
                    "received at --received under --policy.",
    )
    parser.add_argument("--policy", required=True,
                        help="hours:H, workdays:N or business_hours:H (e.g. workdays:2)")
    parser.add_argument("--received", required=True,
                        help="ISO 8601 moment, e.g. 2026-03-14T12:00:00+01:00; "
                             "without an offset it is read in the calendar's zone")
    parser.add_argument("--country", default="DK", help="ISO country code for holidays (default: DK)")
    parser.add_argument("--subdivision", help="region code for holidays")
    parser.add_argument("--timezone", help="IANA zone (default: the country's, e.g. Europe/Copenhagen)")
    parser.add_argument("--categories", help="holiday categories counted as closed, comma-separated "
                                             "(default: the country's, e.g. public,de_facto for SE)")
    parser.add_argument("--no-country-rules", action="store_true",
                        help="leave out the country's closed days and half days beyond the categories "
                             "(DK: 24 and 31 Dec closed, 5 June until 12:00; see docs/deadlines.md)")
    parser.add_argument("--hours", metavar="HH:MM-HH:MM",
                        help="opening hours Monday to Friday (default: 08:00-16:00)")
    parser.add_argument("--closed", action="append", metavar="DATE[,DATE...]",
                        help="extra closed dates, YYYY-MM-DD, comma-separated; may be repeated")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    policy = parse_policy(args.policy)
    overrides: dict = {}
    if args.timezone is not None:
        overrides["timezone"] = args.timezone
    if args.subdivision is not None:
        overrides["subdivision"] = args.subdivision
    if args.categories is not None:
        overrides["categories"] = tuple(c.strip() for c in args.categories.split(","))
    if args.no_country_rules:
        overrides["country_rules"] = False
    if args.hours is not None:
        hours = parse_hours(args.hours)
        overrides["open_hours"] = {weekday: hours for weekday in range(5)}
    if args.closed:
        overrides["closed_dates"] = frozenset(
            parse_date(item) for group in args.closed for item in group.split(",") if item.strip())
    calendar = WorkCalendar.for_country(args.country, **overrides)
    received = parse_moment(args.received, calendar)
    print(due_at(policy, received, calendar).isoformat())
    return 0
