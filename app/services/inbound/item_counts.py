"""How many items there are per account, status, kind and running clock, kept by SQLite's
triggers in ``item_counts`` (migration 0013_counts5_item_counts): the navigator's large
counts (open, answered, hidden, waiting for follow-up, mentions) without reading hundreds of
thousands of index entries after every action. What depends on the moment (overdue, due
today) is read from the indexes as the short range of items not yet due. ``read_counts``
holds the same per person for the items they have read (the unread counts).

SQLite only; on PostgreSQL ``kept`` returns None and the counts are plain COUNTs.
``recount`` is the truth the table must equal (the tests compare them after every kind of
change)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import text
from sqlalchemy.orm import Session

Key = tuple[int, str, str, bool]           # account_id, status, kind, running (due_at set)

# The same statement as the migration's (a migration keeps its own copy).
FILL_SQL = ("INSERT INTO item_counts (account_id, status, kind, running, n) "
            "SELECT account_id, status, kind, due_at IS NOT NULL, count(*) FROM items "
            "GROUP BY account_id, status, kind, due_at IS NOT NULL")
_READS_SQL = ("SELECT r.user_name, i.account_id, i.status, i.kind, i.due_at IS NOT NULL, count(*) "
              "FROM item_reads r JOIN items i ON i.id = r.item_id "
              "GROUP BY r.user_name, i.account_id, i.status, i.kind, i.due_at IS NOT NULL")
READ_FILL_SQL = f"INSERT INTO read_counts (user_name, account_id, status, kind, running, n) {_READS_SQL}"


@dataclass
class Kept:
    """The table's rows, summed the ways the navigator needs them."""
    rows: dict[Key, int] = field(default_factory=dict)

    def running_by_account(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for (acc, _s, _k, run), n in self.rows.items():
            if run:
                out[acc] = out.get(acc, 0) + n
        return out

    def status(self, *statuses: str, running_only: bool = False) -> int:
        return sum(n for (_a, status, _k, run), n in self.rows.items()
                   if status in statuses and (run or not running_only))

    def kind_running(self, kind: str) -> int:
        return sum(n for (_a, _s, k, run), n in self.rows.items() if k == kind and run)


def kept(session: Session) -> Kept | None:
    """The kept counts (a few hundred rows), or None where there are none (PostgreSQL)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    result = Kept()
    for account_id, status, kind, running, n in session.execute(text(
            "SELECT account_id, status, kind, running, n FROM item_counts WHERE n <> 0")):
        result.rows[(account_id, status, kind, bool(running))] = n
    return result


def recount(session: Session) -> dict[Key, int]:
    """The same numbers counted from the items (a full scan: for tests and checks)."""
    return {(acc, status, kind, bool(running)): n for acc, status, kind, running, n in session.execute(text(
        "SELECT account_id, status, kind, due_at IS NOT NULL, count(*) FROM items "
        "GROUP BY account_id, status, kind, due_at IS NOT NULL"))}


def stored(session: Session) -> dict[Key, int]:
    return {(acc, status, kind, bool(running)): n for acc, status, kind, running, n in session.execute(text(
        "SELECT account_id, status, kind, running, n FROM item_counts WHERE n <> 0"))}


def kept_reads(session: Session, user: str) -> dict[Key, int] | None:
    """How many items ``user`` has read, per account, status, kind and running clock (None
    on PostgreSQL)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    return {(acc, status, kind, bool(running)): n for acc, status, kind, running, n in session.execute(text(
        "SELECT account_id, status, kind, running, n FROM read_counts WHERE user_name = :user AND n <> 0"),
        {"user": user})}


def recount_reads(session: Session) -> dict[tuple[str, int, str, str, bool], int]:
    return {(user, acc, status, kind, bool(running)): n
            for user, acc, status, kind, running, n in session.execute(text(_READS_SQL))}


def stored_reads(session: Session) -> dict[tuple[str, int, str, str, bool], int]:
    return {(user, acc, status, kind, bool(running)): n for user, acc, status, kind, running, n in session.execute(
        text("SELECT user_name, account_id, status, kind, running, n FROM read_counts WHERE n <> 0"))}


def refill(conn: sqlite3.Connection) -> None:
    """Count afresh (after a bulk load with the triggers dropped, as the bench generator does)."""
    conn.execute("DELETE FROM item_counts")
    conn.execute(FILL_SQL)
    conn.execute("DELETE FROM read_counts")
    conn.execute(READ_FILL_SQL)


@contextmanager
def one_snapshot(session: Session) -> Iterator[None]:
    """The counts' few statements read one state of the database (SQLite in WAL mode: a read
    transaction), so a sync committing in between cannot make them disagree. Inside a
    transaction already, that one is the snapshot."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    raw = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    if raw.in_transaction:
        yield
        return
    raw.execute("BEGIN")
    try:
        yield
    finally:
        if raw.in_transaction:
            raw.execute("COMMIT")        # nothing written: ends the read snapshot
