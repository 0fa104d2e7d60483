"""`svarbox report`: response figures per account for a period, as a table, CSV or JSON.

Dates are local calendar days, both included (``--since 2026-03-01 --until 2026-03-31`` is
all of March); a full ISO moment with an offset is taken as it is (``--until`` exclusive).
"""
from __future__ import annotations

import re
import sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.commands._common import print_json, workspace_from_args
from app.errors import NotFoundError, UsageError
from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("report", help="response report per account for a period",
                       description="Response figures per account: received, answered, on-time "
                       "rate, median and 90th-percentile time to first response, overdue.")
    period = p.add_argument_group("period (either --since/--until, --week or --month)")
    period.add_argument("--since", metavar="DATE", help="first day (YYYY-MM-DD) or an ISO moment")
    period.add_argument("--until", metavar="DATE", help="last day, included (YYYY-MM-DD), or an "
                        "ISO moment, excluded")
    period.add_argument("--week", metavar="YYYY-Www", help="an ISO week, e.g. 2026-W14")
    period.add_argument("--month", metavar="YYYY-MM", help="a month, e.g. 2026-03")
    p.add_argument("--account", metavar="NAME", help="only this account")
    p.add_argument("--institution", metavar="NAME", help="only this institution's accounts")
    p.add_argument("--timezone", metavar="ZONE", help="zone the dates are read in "
                   "(default: the accounts' calendar zone)")
    p.add_argument("--now", metavar="MOMENT", help="count open/overdue/missed as they stood at "
                   "this ISO moment (default: now)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", metavar="FILE", help="write the table as CSV (UTF-8; - for stdout)")
    out.add_argument("--json", action="store_true", help="print the report and the weekly series as JSON")
    p.add_argument("--items-csv", metavar="FILE", help="also write every item with its first "
                   "response, times and outcome as CSV, to check the report by hand")
    p.add_argument("--delimiter", choices=[",", ";"], default=",",
                   help="CSV field separator (; suits Danish and Swedish spreadsheets)")
    p.set_defaults(func=run)


def _moment(text: str, zone: str, end: bool) -> datetime:
    from app.services.inbound.calendar import parse_date
    from app.services.records import reports

    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = parse_date(text)
        bounds = reports.days_period(day, day, zone)
        return bounds.until if end else bounds.since
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(translate("Reports", "Invalid date '{text}'; write YYYY-MM-DD or an ISO "
                                   "moment such as 2026-03-01T00:00:00+01:00.").format(text=text)) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(zone))


def resolve_period(args, zone: str):
    from app.services.records import reports

    chosen = [bool(args.since or args.until), bool(args.week), bool(args.month)]
    if sum(chosen) != 1:
        raise UsageError(translate("Reports", "Give the period as --since and --until, --week or --month."))
    if args.week:
        m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", args.week.strip(), flags=re.I)
        try:
            day = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) if m else None
        except ValueError:
            day = None
        if day is None:
            raise UsageError(translate("Reports", "Invalid week '{text}'; write it as 2026-W14.").format(text=args.week))  # noqa: E501
        return reports.week_period(day, zone)
    if args.month:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", args.month.strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise UsageError(translate("Reports", "Invalid month '{text}'; write it as 2026-03.").format(text=args.month))  # noqa: E501
        return reports.month_period(int(m.group(1)), int(m.group(2)), zone)
    if not (args.since and args.until):
        raise UsageError(translate("Reports", "Give both --since and --until."))
    since, until = _moment(args.since, zone, False), _moment(args.until, zone, True)
    if until <= since:
        raise UsageError(translate("Reports", "The period ends before it starts."))
    return reports.Period(since, until, zone, f"{args.since} – {args.until}")


def _check_zone(zone: str) -> None:
    try:
        ZoneInfo(zone)
    except (KeyError, ValueError, OSError):
        raise UsageError(translate("Reports", "Unknown time zone '{zone}'; use an IANA name such as "
                                   "Europe/Copenhagen.").format(zone=zone)) from None


def _lookup(session, model, name: str, message: str) -> int:
    from sqlalchemy import select

    found = session.scalar(select(model.id).where(model.name == name))
    if found is None:
        raise NotFoundError(message.format(name=name))
    return found


def _open_output(path: str):
    if path == "-":
        return sys.stdout, False
    # A BOM lets spreadsheet programs recognise UTF-8 (æøå in account names).
    return open(path, "w", encoding="utf-8-sig", newline=""), True


def _print_table(report, weeks) -> None:
    from app.services.records import reports

    labels = ["account", "received", "responded", "on_time", "late", "missed", "on_time_pct",
              "holding_pct", "median_response_work_h", "p90_response_work_h", "median_response_h",
              "p90_response_h", "overdue_now", "hidden", "spam"]
    heads = ["Account", "Recv", "Resp", "OnTime", "Late", "Missed", "OnTime%", "Hold%",
             "MedWorkH", "P90WorkH", "MedH", "P90H", "Overdue", "Hidden", "Spam"]
    index = [key for key, _ in reports.COLUMNS]
    lines = [heads] + [[row[index.index(k)] for k in labels] for row in
                       (reports.format_cells(r) for r in report.rows + [report.total])]
    lines = [[c if c != "" else "-" for c in line] for line in lines]
    widths = [max(len(line[i]) for line in lines) for i in range(len(heads))]
    zone = ZoneInfo(report.timezone)
    print(f"{report.since.astimezone(zone):%Y-%m-%d %H:%M} – {report.until.astimezone(zone):%Y-%m-%d %H:%M} "
          f"({report.timezone}; the end is not included)")
    for n, line in enumerate(lines):
        if n == len(lines) - 1:
            print("  ".join("-" * w for w in widths))
        print("  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(line)))
    if weeks:
        print()
        print("Week        Received  On time %")
        for w in weeks:
            pct = f"{w.on_time_pct:.1f}" if w.on_time_pct is not None else "-"
            print(f"{w.week_start.isoformat()}  {w.received:>8}  {pct:>9}")


def run(args) -> int:
    # Imported here: `svarbox --help` and other commands need not load the services.
    from app.models import tables as t
    from app.services.records import reports

    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            account_id = institution_id = None
            if args.account:
                account_id = _lookup(session, t.Account, args.account,
                                     translate("CLI", "There is no account named {name}."))
            if args.institution:
                institution_id = _lookup(session, t.Institution, args.institution,
                                         translate("CLI", "There is no institution named {name}."))
            zone = args.timezone or reports.report_zone(session, account_id, institution_id)
            _check_zone(zone)
            period = resolve_period(args, zone)
            now = _moment(args.now, zone, False) if args.now else None
            report = reports.build_report(session, period.since, period.until, account_id,
                                          institution_id, now=now, zone=zone)
            weeks = reports.weekly_series(session, period.since, period.until, account_id,
                                          institution_id, now=report.now, zone=zone)
            if args.items_csv:
                handle, close = _open_output(args.items_csv)
                try:
                    reports.write_item_csv(handle, reports.item_figures(
                        session, period.since, period.until, account_id, institution_id,
                        now=report.now, zone=zone), delimiter=args.delimiter)
                finally:
                    if close:
                        handle.close()
        if args.csv:
            handle, close = _open_output(args.csv)
            try:
                report.write_csv(handle, delimiter=args.delimiter)
            finally:
                if close:
                    handle.close()
        elif args.json:
            data = report.to_json()
            data["period"] = period.label
            data["weekly"] = [w.to_json() for w in weeks]
            print_json(data)
        else:
            _print_table(report, weeks)
    finally:
        ws.close()
    return 0
