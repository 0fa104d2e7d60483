"""Work calendar: when the team is at work, in one IANA zone (contract: deadlines.md).

A date is open when its weekday has hours, it is not a holiday of the chosen ``holidays``
categories and it is not in ``closed_dates``. A ``date_hours`` entry always wins: it makes the
date open with those hours even on a holiday, a weekend or a closed date (it is the most
specific statement the user made about that date).

All instants are aware datetimes. Internally open intervals are kept as integer microseconds
since the Unix epoch, so arithmetic is exact and daylight-saving changes never shift a result;
results are returned in the calendar's zone.

Speed matters (a million deadlines are recomputed after a calendar change): holiday sets are
memoised per (country, subdivision, categories, year) for the whole process, and one sorted
table of open intervals is memoised per (calendar, year), so lookups are bisections.

Default zone for countries other than DK, SE, NO and FI: the country's zone from the tz
database's ``zone.tab`` when it has one zone, or when all its zones keep the same clock today
(Germany: Europe/Berlin); otherwise (US, Spain with the Canaries, ...) the caller must name the
zone. We never fall back to UTC: a silently wrong zone gives silently wrong deadlines.
"""
from __future__ import annotations

import bisect
import functools
import importlib.resources
import json
import os
import re
import zoneinfo
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any

from app import clock
from app.errors import UsageError

Hours = tuple[time, time]

DEFAULT_HOURS: Hours = (time(8, 0), time(16, 0))
WEEKDAYS = range(7)  # 0 = Monday, as datetime.weekday()

# country -> (zone, holiday categories counted as closed); other countries: see module doc.
COUNTRY_DEFAULTS: Mapping[str, tuple[str, tuple[str, ...]]] = MappingProxyType({
    # DK: not "optional" as a whole - it holds 1 May, which is no closing day in municipalities
    # by default; its Christmas Eve, New Year's Eve and Constitution Day are country rules below.
    "DK": ("Europe/Copenhagen", ("public",)),
    "SE": ("Europe/Stockholm", ("public", "de_facto")),
    "NO": ("Europe/Oslo", ("public",)),
    "FI": ("Europe/Helsinki", ("public",)),
})
DEFAULT_CATEGORIES = ("public",)

# Country rules (docs/deadlines.md "Defaults per country", with sources): whole days closed and
# half days beyond the holiday categories, on by default (``country_rules``). Taken from the
# ``holidays`` categories where the library has the day, so its date rules are used:
#   DK: Christmas Eve and New Year's Eve closed ("optional" category), Constitution Day
#       (5 June, "optional") open until 12:00.
#   SE: the days the library marks "(from 2pm)" in its "optional" category (Twelfth Night,
#       Maundy Thursday, Walpurgis Night, All Saints' Eve) close at 14:00.
#   NO: the library has no category for them: Christmas Eve, New Year's Eve and the Wednesday
#       before Maundy Thursday close at 12:00.
NOON, TWO_PM = time(12, 0), time(14, 0)

# A calendar with no open date within this many years is unusable (e.g. every weekday closed).
SEARCH_YEARS = 10

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})")
_DICT_KEYS = frozenset({"timezone", "country", "subdivision", "categories", "open_hours",
                        "closed_dates", "date_hours", "country_rules"})


# ---------------------------------------------------------------- text parsing helpers

def parse_time(text: str) -> time:
    """``"HH:MM"`` (hour 0-23) to a time; UsageError otherwise."""
    m = _TIME_RE.fullmatch(str(text).strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise UsageError(f"Invalid time '{text}'; write it as HH:MM, e.g. 08:00.")
    return time(int(m.group(1)), int(m.group(2)))


def parse_hours(text: str) -> Hours:
    """``"08:00-16:00"`` to (open, close); UsageError unless open is before close."""
    bad = f"Invalid opening hours '{text}'; write them as HH:MM-HH:MM, e.g. 08:00-16:00."
    parts = str(text).split("-")
    if len(parts) != 2:
        raise UsageError(bad)
    try:
        hours = (parse_time(parts[0]), parse_time(parts[1]))
    except UsageError:
        raise UsageError(bad) from None
    return _check_hours(hours, text)


def parse_date(text: str) -> date:
    """ISO ``YYYY-MM-DD`` to a date; UsageError otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(text).strip()):
        raise UsageError(f"Invalid date '{text}'; write it as YYYY-MM-DD, e.g. 2026-03-16.")
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise UsageError(f"Invalid date '{text}'; write it as YYYY-MM-DD, e.g. 2026-03-16.") from None


def format_time(t: time) -> str:
    return t.strftime("%H:%M")


def _check_hours(value: Any, what: Any) -> Hours:
    try:
        opening, closing = value
    except (TypeError, ValueError):
        raise UsageError(f"Opening hours {what!r} must be a pair (open, close).") from None
    for t in (opening, closing):
        # Whole minutes without a zone: hours are wall-clock times in the calendar's zone and
        # must survive the "HH:MM" JSON form unchanged.
        if not isinstance(t, time) or t.tzinfo is not None or t.second or t.microsecond:
            raise UsageError(f"Opening hours {what!r} must be two whole-minute times without a zone.")
    if not opening < closing:
        raise UsageError(f"Opening hours {format_time(opening)}-{format_time(closing)} "
                         "close before they open.")
    return (opening, closing)


# ---------------------------------------------------------------- process-wide memos

@functools.cache
def _zone(key: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(key)
    except (KeyError, ValueError, OSError):  # not found, malformed key, a folder name
        raise UsageError(f"Unknown time zone '{key}'; use an IANA name such as Europe/Copenhagen.") from None


@functools.cache
def _normalise_country(code: str) -> str:
    """Upper-case ISO code, alpha-3 aliases mapped to the alpha-2 code ``holidays`` uses."""
    import holidays  # loaded on first use: ~0.15 s, not on the first paint's path (zone_name)
    key = str(code).strip().upper()
    # Not list_supported_countries(): it imports all ~150 country modules (70 ms alone,
    # over a second at start-up once PySide6's import hook reads each one's source).
    try:
        return holidays.country_holidays(key).country
    except NotImplementedError:
        raise UsageError(f"Unknown country code '{code}'; use a two-letter ISO code such as DK, SE, NO or FI.") from None  # noqa: E501


@functools.cache
def _check_holiday_options(country: str, subdivision: str | None, categories: tuple[str, ...]) -> None:
    import holidays  # loaded on first use: ~0.15 s, not on the first paint's path (zone_name)
    try:
        holidays.country_holidays(country, subdiv=subdivision, categories=categories)
    except NotImplementedError:
        subdivs = holidays.list_supported_countries().get(country, [])
        if not subdivs:
            raise UsageError(f"Country {country} has no subdivisions; leave the subdivision out.") from None
        raise UsageError(f"Country {country} has no subdivision '{subdivision}'; "
                         f"known codes: {', '.join(subdivs)}.") from None
    except ValueError:
        supported = holidays.country_holidays(country).supported_categories
        raise UsageError(f"Holiday categories '{','.join(categories)}' are not all known for {country}; "
                         f"choose from {', '.join(sorted(supported))}.") from None


@functools.cache
def holiday_dates(country: str, subdivision: str | None, categories: tuple[str, ...],
                  year: int) -> frozenset[date]:
    """Closed holiday dates in ``year``; built once per key for the whole process."""
    import holidays  # loaded on first use: ~0.15 s, not on the first paint's path (zone_name)
    # Neighbour years too: observed-day rules may move a holiday across New Year.
    found = holidays.country_holidays(country, subdiv=subdivision, categories=categories,
                                      years=(year - 1, year, year + 1))
    return frozenset(d for d in found if d.year == year)


@functools.cache
def country_rule_days(country: str, year: int) -> tuple[frozenset[date], Mapping[date, time]]:
    """(closed dates, {date: early closing time}) of a country's rules in ``year``."""
    import holidays  # loaded on first use: ~0.15 s, not on the first paint's path (zone_name)
    closed: set[date] = set()
    early: dict[date, time] = {}
    if country == "DK":
        for day, _name in holidays.country_holidays("DK", years=year, categories=("optional",)).items():
            if (day.month, day.day) in ((12, 24), (12, 31)):
                closed.add(day)
            elif (day.month, day.day) == (6, 5):
                early[day] = NOON
    elif country == "SE":
        found = holidays.country_holidays("SE", years=year, categories=("optional",), language="en_US")
        for day, name in found.items():
            if "(from 2pm)" in name:
                early[day] = TWO_PM
    elif country == "NO":
        public = holidays.country_holidays("NO", years=year, language="en_US")
        maundy = next((d for d, n in public.items() if n == "Maundy Thursday"), None)
        for day in (date(year, 12, 24), date(year, 12, 31), *((maundy - timedelta(days=1),) if maundy else ())):
            early[day] = NOON
    return frozenset(closed), MappingProxyType(early)


@functools.cache
def _zone_table() -> Mapping[str, tuple[str, ...]]:
    text = None
    try:
        text = importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        for folder in zoneinfo.TZPATH:
            try:
                with open(os.path.join(folder, "zone.tab"), encoding="utf-8") as fh:
                    text = fh.read()
                break
            except OSError:
                continue
    table: dict[str, list[str]] = {}
    for line in (text or "").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            table.setdefault(fields[0], []).append(fields[2])
    return {k: tuple(v) for k, v in table.items()}


def _default_zone(country: str) -> str:
    if country in COUNTRY_DEFAULTS:
        return COUNTRY_DEFAULTS[country][0]
    zones = _zone_table().get(country, ())
    if zones:
        year = clock.now().year
        probes = [datetime(year, 1, 15, 12, tzinfo=UTC), datetime(year, 7, 15, 12, tzinfo=UTC)]
        clocks = {tuple(p.astimezone(zoneinfo.ZoneInfo(z)).utcoffset() for p in probes) for z in zones}
        if len(clocks) == 1:
            return zones[0]
        raise UsageError(f"Country {country} spans several time zones; name one explicitly "
                         f"(--timezone), e.g. {zones[0]}.")
    raise UsageError(f"No default time zone is known for country {country}; name one explicitly (--timezone).")


@functools.lru_cache(maxsize=256)
def zone_name(calendar_json: str | None) -> str:
    """The time-zone name of a stored calendar (JSON), without building the calendar (which
    loads the country's holiday tables): the named zone, else the country's default."""
    import json
    try:
        data = json.loads(calendar_json or "{}")
    except ValueError:
        data = None
    if isinstance(data, Mapping):
        zone = data.get("timezone")
        if zone is None:
            zone = COUNTRY_DEFAULTS.get(str(data.get("country") or "DK").strip().upper(), (None,))[0]
        if isinstance(zone, str) and zone:
            try:
                _zone(zone)
                return zone
            except UsageError:
                pass              # the full calendar says what is wrong with it
    return calendar_from_json(calendar_json or "{}").zone.key


def _us(moment: datetime) -> int:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: the work calendar needs aware datetimes")
    return (moment - _EPOCH) // _US


@dataclass(frozen=True, slots=True)
class _Year:
    """Open intervals of one calendar year, sorted, as µs since the epoch."""

    ordinals: list[int]  # date.toordinal() of each open date
    opens: list[int]
    closes: list[int]
    before: list[int]  # open µs in this year before interval i


# ---------------------------------------------------------------- the calendar

@dataclass(frozen=True)
class WorkCalendar:
    """When the team is at work. Prefer ``WorkCalendar.for_country``.

    ``timezone`` and ``categories`` left as None take the country's defaults, and
    ``open_hours`` left as None means Monday to Friday 08:00-16:00. Invalid values raise
    ``UsageError`` with one sentence.
    """

    timezone: str | None = None
    country: str = "DK"
    subdivision: str | None = None
    categories: tuple[str, ...] | None = None
    open_hours: Mapping[int, Hours] | None = None
    closed_dates: frozenset[date] = frozenset()
    date_hours: Mapping[date, Hours] = field(default_factory=dict)
    country_rules: bool = True      # the country's closed days and half days (see above)
    # Set by __post_init__ (not arguments, not compared): the zone, the hash, the year tables.
    _tz: zoneinfo.ZoneInfo = field(init=False, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)
    _years: dict[int, _Year] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        put = functools.partial(object.__setattr__, self)
        country = _normalise_country(self.country)
        put("country", country)
        put("timezone", self.timezone if self.timezone is not None else _default_zone(country))
        put("_tz", _zone(self.timezone))

        subdivision = str(self.subdivision).strip() if self.subdivision is not None else None
        put("subdivision", subdivision or None)
        if self.categories is None:
            categories = COUNTRY_DEFAULTS.get(country, (None, DEFAULT_CATEGORIES))[1]
        else:
            raw = (self.categories,) if isinstance(self.categories, str) else self.categories
            categories = tuple(dict.fromkeys(str(c).strip().lower() for c in raw))  # dedupe, keep order
            if not categories or "" in categories:
                raise UsageError("Holiday categories must be non-empty names such as public or optional.")
        put("categories", categories)
        _check_holiday_options(country, self.subdivision, categories)

        source = {d: DEFAULT_HOURS for d in range(5)} if self.open_hours is None else self.open_hours
        open_hours = {}
        for weekday, hours in sorted(dict(source).items()):
            if weekday not in WEEKDAYS or isinstance(weekday, bool):
                raise UsageError(f"Weekday {weekday!r} must be 0 (Monday) to 6 (Sunday).")
            open_hours[weekday] = _check_hours(hours, hours)
        put("open_hours", MappingProxyType(open_hours))

        closed = frozenset(self.closed_dates)
        date_hours = {}
        for day, hours in sorted(dict(self.date_hours).items()):
            if not isinstance(day, date) or isinstance(day, datetime):
                raise UsageError(f"Special opening hours need a date, not {day!r}.")
            date_hours[day] = _check_hours(hours, hours)
        for day in closed:
            if not isinstance(day, date) or isinstance(day, datetime):
                raise UsageError(f"Closed dates must be dates, not {day!r}.")
        put("closed_dates", closed)
        put("date_hours", MappingProxyType(date_hours))

        put("country_rules", bool(self.country_rules))
        put("_hash", hash((self.timezone, country, self.subdivision, categories,
                           tuple(open_hours.items()), closed, tuple(date_hours.items()), self.country_rules)))
        put("_years", {})

    def __hash__(self) -> int:  # the mappings are read-only proxies, so this is stable
        return self._hash

    def __reduce__(self) -> tuple[Any, ...]:  # mappingproxy cannot be pickled; the JSON form can
        return (WorkCalendar.from_dict, (self.to_dict(),))

    # ---- construction and storage

    @classmethod
    def for_country(cls, code: str, **overrides: Any) -> WorkCalendar:
        """The country's default calendar, with any field overridden by keyword."""
        return cls(country=code, **overrides)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: dates ISO, times "HH:MM", weekdays as "0".."6" keys."""
        assert self.categories is not None and self.open_hours is not None   # set by __post_init__
        return {
            "timezone": self.timezone,
            "country": self.country,
            "subdivision": self.subdivision,
            "categories": list(self.categories),
            "open_hours": {str(wd): [format_time(o), format_time(c)] for wd, (o, c) in self.open_hours.items()},
            "closed_dates": sorted(d.isoformat() for d in self.closed_dates),
            "date_hours": {d.isoformat(): [format_time(o), format_time(c)] for d, (o, c) in self.date_hours.items()},
            "country_rules": self.country_rules,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkCalendar:
        """Inverse of ``to_dict``; missing keys take the country's defaults."""
        if not isinstance(data, Mapping):
            raise UsageError("A stored work calendar must be a JSON object.")
        unknown = set(data) - _DICT_KEYS
        if unknown:
            raise UsageError(f"Unknown work calendar field(s): {', '.join(sorted(map(str, unknown)))}.")
        kwargs: dict[str, Any] = {}
        try:
            for key in ("timezone", "subdivision"):
                if data.get(key) is not None:
                    kwargs[key] = str(data[key])
            if data.get("categories") is not None:
                kwargs["categories"] = tuple(data["categories"])
            if data.get("open_hours") is not None:
                kwargs["open_hours"] = {_weekday(k): _hours_pair(v) for k, v in data["open_hours"].items()}
            if data.get("closed_dates") is not None:
                kwargs["closed_dates"] = frozenset(parse_date(d) for d in data["closed_dates"])
            if data.get("date_hours") is not None:
                kwargs["date_hours"] = {parse_date(k): _hours_pair(v) for k, v in data["date_hours"].items()}
            if data.get("country_rules") is not None:
                if not isinstance(data["country_rules"], bool):
                    raise TypeError
                kwargs["country_rules"] = data["country_rules"]
        except (TypeError, AttributeError):
            raise UsageError("A stored work calendar has a field of the wrong shape.") from None
        return cls.for_country(data.get("country", "DK"), **kwargs)

    # ---- single dates

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self._tz

    def hours_on(self, day: date) -> Hours | None:
        """(open, close) of ``day``, or None when closed."""
        special = self.date_hours.get(day)
        if special is not None:
            return special
        assert self.open_hours is not None   # set by __post_init__
        hours = self.open_hours.get(day.weekday())
        if hours is None or day in self.closed_dates:
            return None
        if day in holiday_dates(self.country, self.subdivision, self.categories, day.year):
            return None
        if self.country_rules:
            closed, early = country_rule_days(self.country, day.year)
            if day in closed:
                return None
            closing = early.get(day)
            if closing is not None and closing < hours[1]:
                return (hours[0], closing) if closing > hours[0] else None
        return hours

    def is_open(self, day: date) -> bool:
        return self.hours_on(day) is not None

    def open_at(self, day: date) -> datetime:
        """Opening moment of open date ``day`` in the calendar's zone."""
        return datetime.combine(day, self._hours_or_fail(day)[0], tzinfo=self._tz)

    def close(self, day: date) -> datetime:
        """Closing moment of open date ``day`` in the calendar's zone."""
        return datetime.combine(day, self._hours_or_fail(day)[1], tzinfo=self._tz)

    def _hours_or_fail(self, day: date) -> Hours:
        hours = self.hours_on(day)
        if hours is None:
            raise ValueError(f"{day.isoformat()} is not an open date")
        return hours

    def local_date(self, moment: datetime) -> date:
        """Date of an aware moment in the calendar's zone."""
        _us(moment)  # rejects naive datetimes
        return moment.astimezone(self._tz).date()

    # ---- walking over open dates

    def next_open_date_after(self, day: date) -> date:
        """First open date strictly after ``day``."""
        return self.nth_open_date_after(day, 1)

    def nth_open_date_after(self, day: date, n: int) -> date:
        """The ``n``-th open date strictly after ``day`` (n >= 1)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        year, table = day.year, self._year(day.year)
        index = bisect.bisect_right(table.ordinals, day.toordinal()) + n - 1
        while index >= len(table.ordinals):
            index -= len(table.ordinals)
            year, table = self._next_nonempty_year(year + 1, day)
        return date.fromordinal(table.ordinals[index])

    def open_dates_after(self, day: date) -> Iterator[date]:
        """Endless iterator over the open dates strictly after ``day``."""
        year, table = day.year, self._year(day.year)
        index = bisect.bisect_right(table.ordinals, day.toordinal())
        while True:
            while index >= len(table.ordinals):
                year, table = self._next_nonempty_year(year + 1, day)
                index = 0
            yield date.fromordinal(table.ordinals[index])
            index += 1

    # ---- open time

    def working_seconds_between(self, start: datetime, end: datetime) -> float:
        """Open time in seconds between two aware moments; negative when ``end`` is earlier."""
        a, b = _us(start), _us(end)
        if b < a:
            return -self.working_seconds_between(end, start)
        total = 0
        for year in range(start.astimezone(self._tz).year, end.astimezone(self._tz).year + 1):
            table = self._year(year)
            total += _open_before(table, b) - _open_before(table, a)
        return total / 1_000_000

    def add_working_time(self, start: datetime, amount: float | timedelta) -> datetime:
        """The moment when ``amount`` (seconds or timedelta, >= 0) of open time after ``start`` is used.

        Counting starts at ``start``, or at the next opening when closed then. When the budget
        runs out exactly at a closing moment, that closing moment is the answer.
        """
        budget = amount // _US if isinstance(amount, timedelta) else round(amount * 1_000_000)
        if budget < 0:
            raise ValueError("working time to add must not be negative")
        return self._moment(self.add_working_us(_us(start), start.astimezone(self._tz).year, budget, start.date()))

    def add_working_us(self, now: int, year: int, budget: int, since: date | None = None) -> int:
        """``add_working_time`` in microseconds since the Unix epoch (``year``: the local year
        of ``now``), for callers that hold moments as numbers or stored text."""
        table = self._year(year)
        index = bisect.bisect_right(table.closes, now)  # first interval still open after `now`
        while True:
            while index >= len(table.opens):
                year, table = self._next_nonempty_year(year + 1, since or date(year, 1, 1))
                index = 0
            cursor = max(now, table.opens[index])
            available = table.closes[index] - cursor
            if budget <= available:
                return cursor + budget
            budget -= available
            index += 1

    # ---- internals

    def _moment(self, us: int) -> datetime:
        return (_EPOCH + timedelta(microseconds=us)).astimezone(self._tz)

    def _next_nonempty_year(self, year: int, since: date) -> tuple[int, _Year]:
        for candidate in range(year, year + SEARCH_YEARS):
            table = self._year(candidate)
            if table.ordinals:
                return candidate, table
        raise UsageError(f"The work calendar has no open day within {SEARCH_YEARS} years after "
                         f"{since.isoformat()}; check its opening hours and closed dates.")

    def _year(self, year: int) -> _Year:
        # Instance dict first (no hashing of the calendar), then the shared memo, so equal
        # calendars rebuilt per item (e.g. from stored JSON) still share one table.
        table = self._years.get(year)
        if table is None:
            table = self._years[year] = _shared_year(self, year)
        return table

    def _build_year(self, year: int) -> _Year:
        ordinals: list[int] = []
        opens: list[int] = []
        closes: list[int] = []
        before: list[int] = []
        running = 0
        first = date(year, 1, 1).toordinal()
        for ordinal in range(first, date(year, 12, 31).toordinal() + 1):
            day = date.fromordinal(ordinal)
            hours = self.hours_on(day)
            if hours is None:
                continue
            start = _us(datetime.combine(day, hours[0], tzinfo=self._tz))
            # A closing time inside a DST gap could map before the opening: clamp to empty.
            end = max(start, _us(datetime.combine(day, hours[1], tzinfo=self._tz)))
            ordinals.append(ordinal)
            opens.append(start)
            closes.append(end)
            before.append(running)
            running += end - start
        return _Year(ordinals, opens, closes, before)


@functools.lru_cache(maxsize=512)
def _shared_year(calendar: WorkCalendar, year: int) -> _Year:
    return calendar._build_year(year)


def _open_before(table: _Year, us: int) -> int:
    """Open µs of ``table``'s year that lie before instant ``us``."""
    index = bisect.bisect_right(table.opens, us) - 1
    if index < 0:
        return 0
    return table.before[index] + min(us, table.closes[index]) - table.opens[index]


def _weekday(key: Any) -> int:
    try:
        return int(key)
    except (TypeError, ValueError):
        raise UsageError(f"Weekday {key!r} must be 0 (Monday) to 6 (Sunday).") from None


def _hours_pair(value: Iterable[str]) -> Hours:
    if isinstance(value, str):
        return parse_hours(value)
    items = list(value)
    if len(items) != 2:
        raise UsageError(f"Opening hours {items!r} must be two times [\"HH:MM\", \"HH:MM\"].")
    return _check_hours((parse_time(items[0]), parse_time(items[1])), "-".join(map(str, items)))


@functools.lru_cache(maxsize=256)
def calendar_from_json(text: str) -> WorkCalendar:
    """Accounts store their calendar as JSON; parsing is cached because sync and recompute
    ask for the same few calendars a million times."""
    return WorkCalendar.from_dict(json.loads(text or "{}"))
