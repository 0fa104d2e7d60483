"""Response reports: how fast and how reliably each account answered, for a period.

Definitions (the contract; the report window, the CSV and the tests follow them)
--------------------------------------------------------------------------------

*Items in the report* are the citizens' items (every status except our own posts and
replies) **received** in the period: ``since <= received_at < until``. A report row is one
account; the total row adds up all accounts in scope (an institution, one account, or all).

*First response* of an item: the earlier of
  - the moment a holding reply was sent (``holding_sent_at``), and
  - the moment the item was handled (``handled_at``) when its status is *answered* (in
    Svarbox or on the platform itself) or *referred* to the official case channel.
Items closed as no reply needed, hidden, spam or deleted have no first response unless a
holding reply was sent before.

*On time*: first response <= the item's first deadline (``first_due_at``, from the account's
policy and calendar as deadlines.md defines). *Late*: first response after it. *Missed*: no
first response yet, the item is still open, and its first deadline has passed at ``now``.

*On-time rate* = on time / (on time + late + missed), in percent. Items whose first
deadline is still ahead and that have no response yet are not counted either way; items
closed without a response (no reply needed, hidden, spam, deleted) are not counted.

*Time to first response* = first response − received, over the items with a first
response, in two clocks: wall-clock hours, and working hours (open time of the account's
work calendar between the two moments, ``WorkCalendar.working_seconds_between``: an item
received Saturday and answered Monday 09:00 took 1 working hour). A negative time (a
platform clock ahead of ours) counts as 0. *Median* and *90th percentile* are those of a
spreadsheet's MEDIAN and PERCENTILE.INC (linear interpolation between the closest ranks).
The total row takes them over all items of the accounts together, not as an average.

*Holding-reply share* = items that got a holding reply / items with a first response.

*Overdue now*: items of the period still open at ``now`` whose running deadline (first
response, or follow-up after a holding reply) has passed — the inbox's "Overdue" view
limited to the period. *Open now*: status new or holding reply sent.

*Answered*, *referred*, *no reply*, *hidden*, *spam*, *deleted*: items with that status now.

Periods: ``since`` is inclusive, ``until`` exclusive, both aware moments. A week is Monday
00:00 to the next Monday 00:00 in the report's time zone; a month likewise. The weekly series
puts every item in the week of its local receipt date; weeks cut by the period only count
the part inside it.

Speed: the counts are one GROUP BY in SQL; only the items with a first response are streamed
(three columns) to compute the durations, and the weekly series groups by UTC hour in SQL
(at most 24 × days rows) before hours are put in local weeks. A year of 200 000 items is a
couple of seconds, meant for a worker thread; nothing here touches Qt.
"""
from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TextIO, overload
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Row, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from app import clock
from app.i18n import translate
from app.models import tables as t
from app.models.db import table_of
from app.services.inbound.calendar import calendar_from_json

DEFAULT_ZONE = "Europe/Copenhagen"
RESPONDING_STATUSES = (t.STATUS_ANSWERED, t.STATUS_REFERRED)

# Column keys in CSV/JSON order, with the English labels the window translates.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("account", "Account"),
    ("institution", "Institution"),
    ("platform", "Platform"),
    ("received", "Received"),
    ("responded", "With a first response"),
    ("answered", "Answered"),
    ("referred", "Referred"),
    ("on_time", "On time"),
    ("late", "Late"),
    ("missed", "Missed (open, past deadline)"),
    ("on_time_pct", "On time (%)"),
    ("holding", "Holding replies"),
    ("holding_pct", "Holding-reply share (%)"),
    ("median_response_work_h", "Median first response (working hours)"),
    ("p90_response_work_h", "90th percentile first response (working hours)"),
    ("median_response_h", "Median first response (hours)"),
    ("p90_response_h", "90th percentile first response (hours)"),
    ("open_now", "Open now"),
    ("overdue_now", "Overdue now"),
    ("no_reply", "No reply needed"),
    ("hidden", "Hidden"),
    ("spam", "Spam"),
    ("deleted", "Deleted"),
)


def column_labels() -> dict[str, str]:
    """Translated column headings for the report window."""
    return {key: translate("Reports", label) for key, label in COLUMNS}


# ---------------------------------------------------------------- periods

@dataclass(frozen=True)
class Period:
    since: datetime          # inclusive
    until: datetime          # exclusive
    timezone: str
    label: str


def _midnight(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone))


def days_period(first: date, last: date, zone: str = DEFAULT_ZONE) -> Period:
    """From the start of ``first`` to the end of ``last`` (both included), local days."""
    if last < first:
        from app.errors import UsageError
        raise UsageError(translate("Reports", "The period ends before it starts."))
    return Period(_midnight(first, zone), _midnight(last + timedelta(days=1), zone), zone,
                  f"{first.isoformat()} – {last.isoformat()}")


def week_period(day: date, zone: str = DEFAULT_ZONE) -> Period:
    """The ISO week (Monday to Sunday) containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    year, week, _ = monday.isocalendar()
    period = days_period(monday, monday + timedelta(days=6), zone)
    return Period(period.since, period.until, zone, f"{year}-W{week:02d}")


def month_period(year: int, month: int, zone: str = DEFAULT_ZONE) -> Period:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    period = days_period(first, following - timedelta(days=1), zone)
    return Period(period.since, period.until, zone, f"{year}-{month:02d}")


# ---------------------------------------------------------------- results

@dataclass
class ReportRow:
    """One account's figures (``account_id`` None: the total row). Times in hours."""
    account_id: int | None
    account: str
    institution: str | None = None
    platform: str | None = None
    received: int = 0
    responded: int = 0
    answered: int = 0
    referred: int = 0
    on_time: int = 0
    late: int = 0
    missed: int = 0
    holding: int = 0
    open_now: int = 0
    overdue_now: int = 0
    no_reply: int = 0
    hidden: int = 0
    spam: int = 0
    deleted: int = 0
    median_response_work_h: float | None = None
    p90_response_work_h: float | None = None
    median_response_h: float | None = None
    p90_response_h: float | None = None

    @property
    def measured(self) -> int:
        """Items the on-time rate is taken over."""
        return self.on_time + self.late + self.missed

    @property
    def on_time_pct(self) -> float | None:
        return 100.0 * self.on_time / self.measured if self.measured else None

    @property
    def holding_pct(self) -> float | None:
        return 100.0 * self.holding / self.responded if self.responded else None

    def values(self) -> dict[str, Any]:
        """Column key -> raw value (floats unrounded)."""
        data = asdict(self)
        data["on_time_pct"] = self.on_time_pct
        data["holding_pct"] = self.holding_pct
        return {key: data[key] for key, _ in COLUMNS}

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"account_id": self.account_id}
        for key, value in self.values().items():
            data[key] = round(value, 2) if isinstance(value, float) else value
        data["measured"] = self.measured
        return data


@dataclass
class Report:
    since: datetime
    until: datetime
    now: datetime
    timezone: str
    rows: list[ReportRow]
    total: ReportRow
    account_id: int | None = None
    institution_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        zone = ZoneInfo(self.timezone)
        return {"since": self.since.astimezone(zone).isoformat(),
                "until": self.until.astimezone(zone).isoformat(),
                "now": self.now.astimezone(zone).isoformat(), "timezone": self.timezone,
                "rows": [r.to_json() for r in self.rows], "total": self.total.to_json()}

    def table(self) -> list[list[str]]:
        """Header and rows as text cells (hours with 2 decimals, percentages with 1)."""
        return [[key for key, _ in COLUMNS]] + [format_cells(r) for r in self.rows + [self.total]]

    def write_csv(self, handle: TextIO, delimiter: str = ",") -> None:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerows(excel_cells(cells, delimiter) for cells in self.table())


_DECIMAL = re.compile(r"-?\d+\.\d+")


def excel_cells(cells: list[str], delimiter: str) -> list[str]:
    """A ``;`` CSV is the Danish/Swedish Excel convention, which reads "12,5" as a number and
    "12.5" as a date or text: decimals get a comma there. Other cells are left as they are."""
    if delimiter != ";":
        return cells
    return [c.replace(".", ",") if _DECIMAL.fullmatch(c) else c for c in cells]


def format_cells(row: ReportRow) -> list[str]:
    cells = []
    for key, value in row.values().items():
        if value is None:
            cells.append("")
        elif key.endswith("_pct"):
            cells.append(f"{value:.1f}")
        elif isinstance(value, float):
            cells.append(f"{value:.2f}")
        else:
            cells.append(str(value))
    return cells


@dataclass
class WeekPoint:
    week_start: date           # Monday, in the report's zone
    received: int = 0
    on_time: int = 0
    late: int = 0
    missed: int = 0

    @property
    def on_time_pct(self) -> float | None:
        measured = self.on_time + self.late + self.missed
        return 100.0 * self.on_time / measured if measured else None

    def to_json(self) -> dict[str, Any]:
        pct = self.on_time_pct
        return {"week_start": self.week_start.isoformat(), "received": self.received,
                "on_time": self.on_time, "late": self.late, "missed": self.missed,
                "on_time_pct": round(pct, 2) if pct is not None else None}


@dataclass
class ItemFigures:
    """One item's figures, for checking a report by hand (``item_figures``)."""
    item_id: int
    account: str
    status: str
    received_at: datetime
    first_due_at: datetime | None
    holding_sent_at: datetime | None
    handled_at: datetime | None
    first_response_at: datetime | None
    response_work_h: float | None
    response_h: float | None
    outcome: str               # on_time | late | missed | pending | not_counted
    timezone: str = field(default=DEFAULT_ZONE, repr=False)

    HEADER = ("item_id", "account", "status", "received_at", "first_due_at", "holding_sent_at",
              "handled_at", "first_response_at", "response_work_h", "response_h", "outcome")

    def cells(self) -> list[str]:
        zone = ZoneInfo(self.timezone)

        def moment(value: datetime | None) -> str:
            return value.astimezone(zone).isoformat(timespec="seconds") if value else ""

        def hours(value: float | None) -> str:
            return f"{value:.2f}" if value is not None else ""

        return [str(self.item_id), self.account, self.status, moment(self.received_at),
                moment(self.first_due_at), moment(self.holding_sent_at), moment(self.handled_at),
                moment(self.first_response_at), hours(self.response_work_h), hours(self.response_h),
                self.outcome]


# ---------------------------------------------------------------- SQL building blocks

_i = table_of(t.Item).c


def first_response_expr() -> ColumnElement[Any]:
    """SQL for the first response moment (NULL when there is none); see the module doc."""
    responding = _i.status.in_(RESPONDING_STATUSES)
    return case(
        (and_(_i.holding_sent_at.is_not(None),
              or_(~responding, _i.handled_at.is_(None), _i.holding_sent_at <= _i.handled_at)),
         _i.holding_sent_at),
        (and_(responding, _i.handled_at.is_not(None)), _i.handled_at),
        else_=None)


def _raw(column: ColumnElement[Any]) -> ColumnElement[str | None]:
    """The stored value without the UTCDateTime round trip (parsed by ``_utc``): streaming a
    year of rows, the generic conversion costs more than the rest of the loop."""
    return type_coerce(column, String())


@overload
def _utc(value: datetime | str) -> datetime: ...


@overload
def _utc(value: datetime | str | None) -> datetime | None: ...


def _utc(value: datetime | str | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):      # SQLite: 'YYYY-MM-DD HH:MM:SS.ffffff', naive UTC
        return datetime.fromisoformat(value + "+00:00")
    return value.replace(tzinfo=UTC)   # PostgreSQL: a naive UTC datetime


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _outcome_conditions(now: datetime) -> tuple[ColumnElement[Any], ColumnElement[bool],
                                                ColumnElement[bool], ColumnElement[bool]]:
    fr = first_response_expr()
    on_time = and_(fr.is_not(None), _i.first_due_at.is_not(None), fr <= _i.first_due_at)
    late = and_(fr.is_not(None), _i.first_due_at.is_not(None), fr > _i.first_due_at)
    missed = and_(fr.is_(None), _i.status.in_(t.OPEN_STATUSES), _i.first_due_at < now)
    return fr, on_time, late, missed


def _scope_accounts(session: Session, account_id: int | None,
                    institution_id: int | None) -> list[Row[int, str, str, str | None, str | None]]:
    query = (select(t.Account.id, t.Account.name, t.Account.platform, t.Account.calendar,
                    t.Institution.name)
             .outerjoin(t.Institution, t.Institution.id == t.Account.institution_id))
    if account_id is not None:
        query = query.where(t.Account.id == account_id)
    if institution_id is not None:
        query = query.where(t.Account.institution_id == institution_id)
    # calendar and institution may be NULL (nullable column, outer join)
    rows: list[Row[int, str, str, str | None, str | None]] = list(session.execute(query).all())
    # Institution first (accounts without one last), then account name.
    rows.sort(key=lambda r: (r[4] is None, (r[4] or "").casefold(), r[1].casefold()))
    return rows


def _item_filter(account_ids: list[int], since: datetime, until: datetime) -> list[Any]:
    return [_i.account_id.in_(account_ids), _i.status != t.STATUS_OWN,
            _i.received_at >= since, _i.received_at < until]


def report_zone(session: Session, account_id: int | None = None,
                institution_id: int | None = None) -> str:
    """The zone a report is read in: that of the first account in scope (Danish and Swedish
    zones keep the same clock), else Copenhagen."""
    accounts = _scope_accounts(session, account_id, institution_id)
    return calendar_from_json(accounts[0][3] or "{}").zone.key if accounts else DEFAULT_ZONE


# ---------------------------------------------------------------- statistics

def percentile(sorted_values: list[float], fraction: float) -> float | None:
    """PERCENTILE.INC of an ascending list: linear interpolation between closest ranks."""
    if not sorted_values:
        return None
    rank = (len(sorted_values) - 1) * fraction
    low = math.floor(rank)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (rank - low)


def _hours(seconds: float | None) -> float | None:
    return seconds / 3600 if seconds is not None else None


def _fill_durations(row: ReportRow, work: list[float], wall: list[float]) -> None:
    work.sort()
    wall.sort()
    hours = _hours
    row.median_response_work_h = hours(percentile(work, 0.5))
    row.p90_response_work_h = hours(percentile(work, 0.9))
    row.median_response_h = hours(percentile(wall, 0.5))
    row.p90_response_h = hours(percentile(wall, 0.9))


# ---------------------------------------------------------------- the report

def build_report(session: Session, since: datetime, until: datetime, account_id: int | None = None,
                 institution_id: int | None = None, now: datetime | None = None,
                 zone: str | None = None) -> Report:
    """Figures per account in scope (all accounts, one institution's, or one) and a total.

    ``since`` inclusive, ``until`` exclusive (aware); ``now`` decides "missed", "open now"
    and "overdue now" (default: the current time). Accounts without items still get a row.
    """
    now = now or clock.now()
    accounts = _scope_accounts(session, account_id, institution_id)
    zone = zone or (calendar_from_json(accounts[0][3] or "{}").zone.key if accounts else DEFAULT_ZONE)
    rows = {acc_id: ReportRow(acc_id, name, inst, platform)
            for acc_id, name, platform, _cal, inst in accounts}
    total = ReportRow(None, translate("Reports", "Total"))
    report = Report(since, until, now, zone, list(rows.values()), total, account_id, institution_id)
    if not rows:
        return report
    ids = list(rows)
    where = _item_filter(ids, since, until)
    fr, on_time, late, missed = _outcome_conditions(now)
    status = _i.status
    counted = {
        "responded": fr.is_not(None),
        "answered": status == t.STATUS_ANSWERED,
        "referred": status == t.STATUS_REFERRED,
        "on_time": on_time, "late": late, "missed": missed,
        "holding": _i.holding_sent_at.is_not(None),
        "open_now": status.in_(t.OPEN_STATUSES),
        "overdue_now": and_(_i.due_at.is_not(None), _i.due_at < now),
        "no_reply": status == t.STATUS_NO_REPLY,
        "hidden": status == t.STATUS_HIDDEN,
        "spam": status == t.STATUS_SPAM,
        "deleted": status == t.STATUS_DELETED,
    }
    query = (select(_i.account_id, func.count().label("received"),
                    *[_count(cond).label(key) for key, cond in counted.items()])
             .where(*where).group_by(_i.account_id))
    for result in session.execute(query).mappings():
        row = rows[result["account_id"]]
        for key in ("received", *counted):
            value = int(result[key] or 0)
            setattr(row, key, value)
            setattr(total, key, getattr(total, key) + value)

    # Durations: stream only the responded items, three columns each.
    calendars = {acc_id: calendar_from_json(cal or "{}") for acc_id, _n, _p, cal, _i2 in accounts}
    work: dict[int, list[float]] = {acc_id: [] for acc_id in rows}
    wall: dict[int, list[float]] = {acc_id: [] for acc_id in rows}
    stream = (select(_i.account_id, _raw(_i.received_at), _raw(fr).label("first_response"))
              .where(*where, fr.is_not(None)).execution_options(yield_per=20000))
    for acc_id, raw_received, raw_first in session.execute(stream):
        received, first = _utc(raw_received), _utc(raw_first)
        if received is None or first is None:   # NOT NULL column; the query wants a response
            continue
        if first <= received:
            work[acc_id].append(0.0)
            wall[acc_id].append(0.0)
            continue
        wall[acc_id].append((first - received).total_seconds())
        work[acc_id].append(calendars[acc_id].working_seconds_between(received, first))
    all_work: list[float] = []
    all_wall: list[float] = []
    for acc_id, row in rows.items():
        all_work += work[acc_id]
        all_wall += wall[acc_id]
        _fill_durations(row, work[acc_id], wall[acc_id])
    _fill_durations(total, all_work, all_wall)
    return report


def weekly_series(session: Session, since: datetime, until: datetime, account_id: int | None = None,
                  institution_id: int | None = None, now: datetime | None = None,
                  zone: str | None = None) -> list[WeekPoint]:
    """Received items and the on-time rate per local week (Monday start) for the chart.

    Every week overlapping the period is listed, empty ones too, oldest first; the sums over
    the weeks equal the report's totals for the same scope.
    """
    now = now or clock.now()
    zone = zone or report_zone(session, account_id, institution_id)
    tz = ZoneInfo(zone)
    first_monday = since.astimezone(tz).date()
    first_monday -= timedelta(days=first_monday.weekday())
    last_day = (until - timedelta(microseconds=1)).astimezone(tz).date()
    weeks: dict[date, WeekPoint] = {}
    day = first_monday
    while day <= last_day:
        weeks[day] = WeekPoint(day)
        day += timedelta(days=7)
    accounts = _scope_accounts(session, account_id, institution_id)
    if not accounts or not weeks:
        return list(weeks.values())
    _fr, on_time, late, missed = _outcome_conditions(now)
    hour = _hour_key(session, _i.received_at)
    query = (select(hour.label("hour"), func.count().label("received"), _count(on_time).label("on_time"),
                    _count(late).label("late"), _count(missed).label("missed"))
             .where(*_item_filter([a[0] for a in accounts], since, until)).group_by(hour))
    for key, received, n_on_time, n_late, n_missed in session.execute(query):
        start = parse_hour_key(key)
        local_day = start.astimezone(tz).date()
        point = weeks.get(local_day - timedelta(days=local_day.weekday()))
        if point is None:   # cannot happen for items inside the period; be safe
            continue
        point.received += int(received)
        point.on_time += int(n_on_time or 0)
        point.late += int(n_late or 0)
        point.missed += int(n_missed or 0)
    return list(weeks.values())


def _hour_key(session: Session, column: ColumnElement[Any]) -> ColumnElement[str]:
    """UTC hour of a stored (naive UTC) moment as text 'YYYY-MM-DD HH', per dialect."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM-DD HH24")
    return func.strftime("%Y-%m-%d %H", column)


def parse_hour_key(key: object) -> datetime:
    if isinstance(key, datetime):
        return key.replace(tzinfo=UTC)
    return datetime.strptime(str(key), "%Y-%m-%d %H").replace(tzinfo=UTC)


def item_figures(session: Session, since: datetime, until: datetime, account_id: int | None = None,
                 institution_id: int | None = None, now: datetime | None = None,
                 zone: str | None = None) -> Iterator[ItemFigures]:
    """Every item of the report with its first response, durations and outcome, oldest first,
    streamed (for the "items" CSV that lets a person check the report by hand)."""
    now = now or clock.now()
    accounts = _scope_accounts(session, account_id, institution_id)
    if not accounts:
        return
    zone = zone or calendar_from_json(accounts[0][3] or "{}").zone.key
    names = {a[0]: a[1] for a in accounts}
    calendars = {a[0]: calendar_from_json(a[3] or "{}") for a in accounts}
    fr = first_response_expr()
    query = (select(_i.id, _i.account_id, _i.status, _raw(_i.received_at), _raw(_i.first_due_at),
                    _raw(_i.holding_sent_at), _raw(_i.handled_at), _raw(fr).label("first_response"))
             .where(*_item_filter(list(names), since, until))
             .order_by(_i.received_at, _i.id).execution_options(yield_per=5000))
    for item_id, acc_id, status, *moments in session.execute(query):
        received, first_due, holding, handled, first = map(_utc, moments)
        if received is None:   # received_at is NOT NULL
            continue
        work: float | None = None
        wall: float | None = None
        if first is not None:
            wall = max(0.0, (first - received).total_seconds()) / 3600
            work = (calendars[acc_id].working_seconds_between(received, first) / 3600
                    if first > received else 0.0)
            outcome = ("not_counted" if first_due is None
                       else "on_time" if first <= first_due else "late")
        elif status in t.OPEN_STATUSES:
            outcome = "missed" if first_due is not None and first_due < now else "pending"
        else:
            outcome = "not_counted"
        yield ItemFigures(item_id, names[acc_id], status, received, first_due, holding, handled,
                          first, work, wall, outcome, zone)


def write_item_csv(handle: TextIO, figures: Iterable[ItemFigures], delimiter: str = ",") -> int:
    writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(ItemFigures.HEADER)
    count = 0
    for figure in figures:
        writer.writerow(excel_cells(figure.cells(), delimiter))
        count += 1
    return count
