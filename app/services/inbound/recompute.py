"""Recompute the running deadlines after a policy or calendar change (off the GUI thread).

Only items whose clock still runs (new, or waiting for follow-up) are recomputed: an item
already answered was measured against the promise in force at the time, and reports must
not change that afterwards. The work goes in batches with short transactions so the window
and sync keep writing, and only rows whose deadlines really change are written (each written
row rewrites the due_at indexes).

A million cached items hold ~270,000 running ones; an opening-hours change moves nearly all of
their deadlines. What keeps that within seconds, on SQLite:

- the running items' ids come from an index alone (status and due_at, or the account's), not
  from a walk of every row; their rows are then read by id, a batch at a time, with no
  transaction left open between batches;
- reading and writing overlap: the rows are read and worked out through a second connection
  while a writer thread writes the previous chunk on the session's (WAL lets one reader and
  one writer work at once; the writes, with their index upkeep, are most of the job);
- a chunk is one ``UPDATE ... FROM json_each(?)``: SQLite runs it in one step, during which
  the driver lets go of the GIL, so the writer neither waits for the reading thread nor holds
  the window up (``executemany`` takes the GIL back between rows);
- rows are read through the DB-API cursor: SQLAlchemy's Row objects and per-row parameter
  processing cost more than the deadline engine itself, and Rows are containers the cyclic GC
  has to walk (its full passes hold the GIL, and with it the window);
- only rows whose deadlines change are written, in id order, ``_FLUSH_ROWS`` to a transaction:
  a transaction per few thousand rows wrote the pages of the indexes that are not in id order
  (author, account, the per-account deadlines) again each time; each write is guarded by the
  status read, so an item a colleague answers meanwhile keeps its stopped clock;
- deadlines are worked out on the stored text (naive UTC) itself: the local date comes from
  a memo per UTC hour, what depends on dates alone (``workdays:N``, where a due moment on a
  closed date moves to) from memos per date shared by the accounts with one calendar, and
  business hours are counted in microseconds; only what falls outside these takes the
  engine's aware datetimes;
- a holding item whose first deadline moved but whose active one did not is written without
  touching ``due_at`` (and so without its indexes);
- the job sleeps briefly between batches, so the window's thread takes the GIL at once
  instead of after a switch interval;
- full cyclic-GC passes wait until the job is done (``app.gcpause``): one walks the whole heap
  of the window holding the GIL, and the job's steady allocation used to trigger them.

``days``: only these dates changed (closed or opened, or one day's hours). A deadline can then
change only if its window (receipt or holding reply to the old deadline) spans one of them, so
only running items whose deadline is not before the first such day are looked at (through the
due_at indexes), not every running item.
"""
from __future__ import annotations

import json
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.deadline_policy import Policy, parse_policy
from app.gcpause import full_collections_held_off
from app.models import tables as t
from app.models.db import BUSY_TIMEOUT_MS
from app.services.inbound.calendar import WorkCalendar, calendar_from_json
from app.services.inbound.deadlines import DEFAULT_FOLLOWUP_POLICY, due_at

_EPOCH = datetime(1970, 1, 1)          # naive UTC, as SQLite stores moments
_US = timedelta(microseconds=1)
_COLUMNS = "id, account_id, received_at, status, holding_sent_at, first_due_at, followup_due_at, due_at"
# One index range each: running deadlines from the first changed day on (due_at is the
# active one), and holding items' first deadlines; not one OR, which the planner answers
# by reading the whole account.
_CANDIDATES = (
    "SELECT id FROM items WHERE status IN ('new', 'holding') AND due_at >= :since "
    "AND coalesce(holding_sent_at, received_at) < :until{acc} UNION "
    "SELECT id FROM items WHERE status = 'holding' AND first_due_at >= :since "
    "AND received_at < :until{acc}")


@lru_cache(maxsize=256)
def _policy(text: str) -> Policy:
    return parse_policy(text)


class _Deadlines:
    """An account's two policies and calendar; due moments as the database stores them, with
    memos for the date-only ones.

    ``shared``: the job's memos, shared by the accounts with the same calendar (and the local
    dates by those in the same zone): an account holds a few thousand running items spread
    over a year or more, so memos of its own would rarely be asked twice, while a
    municipality's accounts mostly share one calendar."""

    __slots__ = ("first", "follow", "calendar", "zone", "to_db", "memo", "open", "hour_dates")

    def __init__(self, account: t.Account, to_db: Callable[[datetime], Any],
                 shared: dict[tuple[str, str], Any] | None = None):
        calendar_text = account.calendar or '{"country": "DK"}'
        self.first = _policy(account.policy)
        self.follow = _policy(account.followup_policy) if account.followup_policy else DEFAULT_FOLLOWUP_POLICY
        self.calendar: WorkCalendar = calendar_from_json(calendar_text)
        self.zone = self.calendar.zone
        self.to_db = to_db
        shared = {} if shared is None else shared
        self.memo: dict[tuple[Policy | None, date], Any] = shared.setdefault(("memo", calendar_text), {})
        self.open: dict[date, bool] = shared.setdefault(("open", calendar_text), {})
        self.hour_dates: dict[str, date | None] = shared.setdefault(("zone", str(self.zone)), {})

    def due(self, policy: Policy, moment: datetime) -> Any:
        """``deadlines.due_at`` of an aware UTC moment, as stored."""
        kind = policy.kind
        if kind == "workdays":
            return self._workdays(policy, moment.astimezone(self.zone).date(), moment)
        if kind == "hours":
            # Elapsed hours: the plain sum when receipt and due moment fall on open dates;
            # otherwise a closed date moves it and the engine says where.
            plain = moment + policy.duration
            if self._is_open(moment.astimezone(self.zone).date()) and \
                    self._is_open(plain.astimezone(self.zone).date()):
                return self.to_db(plain)
        return self.to_db(due_at(policy, moment, self.calendar))

    def _workdays(self, policy: Policy, day: date, moment: datetime) -> Any:
        """The close of the N-th open date after ``day`` (the local date of ``moment``): the
        date alone decides, so it is worked out once per policy and date."""
        found = self.memo.get((policy, day))
        if found is None:
            found = self.memo[(policy, day)] = self.to_db(due_at(policy, moment, self.calendar))
        return found

    def due_stored(self, policy: Policy, stored: str) -> Any:
        """``due`` of a moment as SQLite stores it (naive UTC text), as stored: the same value,
        without turning every row's text into an aware datetime and back. The local date comes
        from a memo per UTC hour; what depends on dates alone (the close of the N-th open date,
        where a due moment on a closed date moves to) from memos per date."""
        day = self._local_date(stored) if len(stored) in (19, 26) else None     # with or without µs
        if day is None:
            return self.due(policy, _aware(stored))
        kind = policy.kind
        if kind == "workdays":
            return self._workdays(policy, day, _aware(stored))
        naive = datetime.fromisoformat(stored)
        if kind == "business_hours":
            us = self.calendar.add_working_us((naive - _EPOCH) // _US, day.year, policy.duration // _US)
            return (_EPOCH + timedelta(microseconds=us)).isoformat(" ", "microseconds")
        plain = (naive + policy.duration).isoformat(" ", "microseconds")
        due_day = self._local_date(plain)
        if due_day is None:
            return self.due(policy, _aware(stored))
        # hours: elapsed time; a due moment on a closed date moves to the close of the next
        # open date, and an item received on a closed date is never due before that close
        # (fixed-width UTC text compares as the moments do).
        due = plain if self._is_open(due_day) else self._close_after(due_day)
        return due if self._is_open(day) else max(due, self._close_after(day))

    def _close_after(self, day: date) -> Any:
        key = (None, day)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self.to_db(self.calendar.close(self.calendar.next_open_date_after(day)))
        return found

    def _local_date(self, stored: str) -> date | None:
        """The local date of a stored UTC moment, from its hour ('YYYY-MM-DD HH'); None when
        that hour holds a change of offset or date partway (a DST change at midnight, an
        offset of half an hour) or the text is not in the stored shape."""
        key = stored[:13]
        try:
            return self.hour_dates[key]
        except KeyError:
            pass
        found: date | None = None
        if stored[10:11] == " " and stored[4:5] == "-":
            try:
                start = datetime.fromisoformat(key + ":00:00").replace(tzinfo=UTC)
            except ValueError:
                start = None
            if start is not None:
                first = start.astimezone(self.zone)
                last = (start + timedelta(hours=1) - timedelta(microseconds=1)).astimezone(self.zone)
                if first.utcoffset() == last.utcoffset() and first.date() == last.date():
                    found = first.date()
        self.hour_dates[key] = found
        return found

    def _is_open(self, day: date) -> bool:
        found = self.open.get(day)
        if found is None:
            found = self.open[day] = self.calendar.is_open(day)
        return found


def recompute_deadlines(session: Session, account_id: int | None = None,
                        batch: int = 5000, progress: Callable[[int], None] | None = None,
                        days: Iterable[date] | None = None) -> int:
    """Recompute the running deadlines of one account (or all); returns the items looked at.
    ``days``: only these calendar dates changed (see the module doc)."""
    sqlite = session.connection().dialect.name == "sqlite"
    to_db = _sqlite_text if sqlite else _naive_utc
    shared: dict[tuple[str, str], Any] = {}
    engines = {a.id: _Deadlines(a, to_db, shared) for a in session.scalars(select(t.Account))}
    ids: list[int] | None = None
    if days is not None:
        days = sorted(set(days))
        if not days:
            return 0
        ids = _candidates(session, account_id, days)
    with full_collections_held_off():        # the window paints on meanwhile (app.gcpause)
        if sqlite:
            return _recompute_sqlite(session, engines, account_id, ids, batch, progress)
        return _recompute_portable(session, engines, account_id, ids, batch, progress)


def _candidates(session: Session, account_id: int | None, days: list[date]) -> list[int]:
    # The changed days from their first to their last moment in any zone (UTC+14 to -12).
    since = datetime.combine(days[0], datetime.min.time(), tzinfo=UTC) - timedelta(hours=14)
    until = datetime.combine(days[-1], datetime.min.time(), tzinfo=UTC) + timedelta(hours=36)
    conn = session.connection()
    to_db = _sqlite_text if conn.dialect.name == "sqlite" else _naive_utc
    sql = _CANDIDATES.format(acc=" AND account_id = :account" if account_id is not None else "")
    params = {"since": to_db(since), "until": to_db(until), "account": account_id}
    return sorted(conn.execute(text(sql), params).scalars())


def _recompute_sqlite(session: Session, engines: dict[int, _Deadlines], account_id: int | None,
                      ids: list[int] | None, batch: int, progress: Callable[[int], None] | None) -> int:
    # One connection for the whole job's writes, committed through the driver: its page cache
    # and its prepared statements stay (a session commit hands the connection back to the pool).
    dbapi = _dbapi(session)
    cursor = dbapi.cursor()
    reader: sqlite3.Connection | None = None
    try:
        if ids is None:          # every running item (of the account), from a covering index
            ids = _running_ids(cursor, account_id)
        reader = _read_only_twin(cursor)
        with _Writer(cursor, dbapi, threaded=reader is not None) as writer:
            return _walk(reader.cursor() if reader is not None else cursor, writer, engines, ids, batch, progress)
    finally:
        dbapi.commit()
        cursor.close()
        if reader is not None:
            reader.close()


def _read_only_twin(cursor: Any) -> sqlite3.Connection | None:
    """A second, read-only connection to the same file, so the rows of the next batch are read
    while the writer's UPDATE runs (WAL lets one reader and one writer work at once); None
    for a database that is not a file."""
    path = next((row[2] for row in cursor.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not path:
        return None
    return sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)


def _walk(cursor: Any, writer: _Writer, engines: dict[int, _Deadlines], ids: list[int], batch: int,
          progress: Callable[[int], None] | None) -> int:
    """Read the rows of ``ids`` a batch at a time (no transaction stays open between them),
    work their deadlines out and hand the changed ones to the writer ``_FLUSH_ROWS`` at a time."""
    select_sql = (f"SELECT {_COLUMNS} FROM items WHERE id IN (SELECT value FROM json_each(?)) "
                  "AND status IN ('new', 'holding')")
    changed: list[tuple[Any, ...]] = []
    first_only: list[tuple[Any, ...]] = []
    done = 0
    for start in range(0, len(ids), batch):
        rows = cursor.execute(select_sql, (json.dumps(ids[start:start + batch]),)).fetchall()
        for item_id, acc_id, received, status, holding_at, old_first, old_follow, old_due in rows:
            engine = engines[acc_id]
            first = engine.due_stored(engine.first, received)
            follow = engine.due_stored(engine.follow, holding_at) if holding_at else None
            active = first if status == t.STATUS_NEW else follow
            if active != old_due or follow != old_follow:
                changed.append((first, follow, active, item_id, status, holding_at))
            elif first != old_first:
                first_only.append((first, item_id, status))   # due_at and its indexes stay
        if len(changed) + len(first_only) >= _FLUSH_ROWS:
            writer.put(changed, first_only)
            changed, first_only = [], []
        done += len(rows)
        if progress:
            progress(done)
        time.sleep(_PAUSE)       # the window's thread takes the GIL now, not after a switch interval
    writer.put(changed, first_only)
    return done


# Changed rows written per transaction: one transaction per few thousand rows rewrote the pages
# of the indexes that do not follow the id order (author, account) again in each of them.
_FLUSH_ROWS = 20_000
_PAUSE = 0.002

# One statement per transaction, its rows as a JSON array: SQLite runs the whole UPDATE inside
# one step, during which the driver lets go of the GIL, so the next batch is read and worked
# out meanwhile (executemany takes the GIL back between rows and would queue behind it).
# Each row is written only while its item is still running as read (a colleague may have
# answered it since), so no handled item gets a clock back.
_UPDATE_CHANGED = (
    "UPDATE items SET first_due_at = v.value->>0, followup_due_at = v.value->>1, due_at = v.value->>2 "
    "FROM json_each(?) AS v WHERE items.id = v.value->>3 AND items.status = v.value->>4 "
    "AND items.holding_sent_at IS v.value->>5")
_UPDATE_FIRST_ONLY = (
    "UPDATE items SET first_due_at = v.value->>0 FROM json_each(?) AS v "
    "WHERE items.id = v.value->>1 AND items.status = v.value->>2")


class _Writer:
    """Writes the changed rows, a transaction per chunk, rows in id order: on a thread of its
    own when the rows are read through a second connection, else at once."""

    def __init__(self, cursor: Any, dbapi: Any, threaded: bool) -> None:
        self._cursor, self._dbapi = cursor, dbapi
        self._queue: queue.Queue[tuple[str, str] | None] | None = queue.Queue(maxsize=2) if threaded else None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def __enter__(self) -> _Writer:
        if self._queue is not None:
            self._thread = threading.Thread(target=self._run, name="recompute-writer", daemon=True)
            self._thread.start()
        return self

    def put(self, changed: list[tuple[Any, ...]], first_only: list[tuple[Any, ...]]) -> None:
        if not (changed or first_only):
            return
        chunk = (json.dumps(changed), json.dumps(first_only))
        if self._queue is None:
            self._write(*chunk)
            return
        while self._error is None:
            try:
                self._queue.put(chunk, timeout=0.5)
                return
            except queue.Full:
                continue
        raise self._error

    def _run(self) -> None:
        assert self._queue is not None
        while (chunk := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._write(*chunk)
                except BaseException as exc:     # raised in the job's thread at its next put or at the end
                    self._error = exc
                    self._dbapi.rollback()

    def _write(self, changed: str, first_only: str) -> None:
        if changed != "[]":
            self._cursor.execute(_UPDATE_CHANGED, (changed,))
        if first_only != "[]":
            self._cursor.execute(_UPDATE_FIRST_ONLY, (first_only,))
        self._dbapi.commit()

    def __exit__(self, *exc: object) -> None:
        if self._queue is not None and self._thread is not None:
            self._queue.put(None)
            self._thread.join()
        if self._error is not None and exc[0] is None:
            raise self._error


def _running_ids(cursor: Any, account_id: int | None) -> list[int]:
    """Ids of the running items in id order, read from an index alone (status and due_at,
    or the account's), not from the rows."""
    if account_id is None:
        found = cursor.execute("SELECT id FROM items WHERE status IN ('new', 'holding')")
    else:
        found = cursor.execute("SELECT id FROM items WHERE account_id = ? AND status IN ('new', 'holding')",
                               (account_id,))
    return sorted(row[0] for row in found)


def _dbapi(session: Session) -> Any:
    dbapi = session.connection().connection.dbapi_connection
    assert dbapi is not None
    return dbapi


def _recompute_portable(session: Session, engines: dict[int, _Deadlines], account_id: int | None,
                        ids: list[int] | None, batch: int, progress: Callable[[int], None] | None) -> int:
    """Any other database (PostgreSQL): naive UTC datetimes both ways, through SQLAlchemy."""
    if ids is not None:
        where = "id = ANY(:idlist)"
    else:
        where = "id > :last AND status IN ('new', 'holding')"
        if account_id is not None:
            where += " AND account_id = :account"
    sql = text(f"SELECT {_COLUMNS} FROM items WHERE {where} ORDER BY id LIMIT :batch")
    update_sql = text("UPDATE items SET first_due_at = :first, followup_due_at = :follow, due_at = :due "
                      "WHERE id = :id AND status = :status")
    last_id, done, start = 0, 0, 0
    while True:
        params: dict[str, Any] = {"last": last_id, "account": account_id, "batch": batch}
        if ids is not None:
            params["idlist"] = ids[start:start + batch]
            start += batch
            if not params["idlist"]:
                break
        rows = session.connection().execute(sql, params).all()
        if not rows:
            break
        changed = []
        for item_id, acc_id, received, status, holding_at, old_first, old_follow, old_due in rows:
            engine = engines[acc_id]
            first = engine.due(engine.first, _aware(received))
            follow = engine.due(engine.follow, _aware(holding_at)) if holding_at else None
            active = first if status == t.STATUS_NEW else follow
            if (first, follow, active) != (_naive(old_first), _naive(old_follow), _naive(old_due)):
                changed.append({"first": first, "follow": follow, "due": active, "id": item_id, "status": status})
        if changed:
            session.connection().execute(update_sql, changed)
        session.commit()
        last_id = rows[-1][0]
        done += len(rows)
        if progress:
            progress(done)
    return done


def _aware(value: datetime | str) -> datetime:
    """A stored naive-UTC DATETIME (text on SQLite) as an aware datetime."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _sqlite_text(moment: datetime) -> str:
    """An aware datetime as SQLAlchemy stores a UTCDateTime on SQLite (naive UTC text with
    microseconds: ``%Y-%m-%d %H:%M:%S.%f``)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _naive(value: Any) -> Any:
    return value.replace(tzinfo=None) if isinstance(value, datetime) and value.tzinfo else value
