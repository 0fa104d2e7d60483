"""The Open view's first page read with the plain ``sqlite3`` module, for the window's first
paint at start-up: no SQLAlchemy, no Alembic, no holiday tables (their imports were most of a
cold start). Only a local SQLite cache at the current schema with real accounts qualifies;
anything else returns None and the window starts the ordinary way."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class FirstRow:
    id: int
    due_at: datetime | None          # aware UTC
    account: str
    platform: str
    zone: str
    author: str | None
    text: str


# The Open view in its default order (due first), as app.services.inbound.inbox builds it.
FIRST_PAGE_SQL = (
    "SELECT items.id, items.due_at, accounts.name, accounts.platform, accounts.calendar, "
    "items.author_name, items.text FROM items JOIN accounts ON accounts.id = items.account_id "
    "WHERE items.due_at IS NOT NULL ORDER BY items.due_at, items.id LIMIT ?")


def read_first_page(db_file: Path, head: str, limit: int = 50) -> list[FirstRow] | None:
    if not db_file.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
        if revision != head:
            return None          # migrations first: the ordinary start handles them
        (real,) = conn.execute("SELECT count(*) FROM accounts WHERE platform != 'demo'").fetchone()
        if not real:
            return None          # the demo workspace opens instead
        rows = conn.execute(FIRST_PAGE_SQL, (limit,)).fetchall()
    except (sqlite3.Error, TypeError):
        return None
    finally:
        conn.close()
    from app.services.inbound.calendar import zone_name
    out = []
    for item_id, due, account, platform, calendar, author, text in rows:
        try:
            zone = zone_name(calendar)
            due_at = datetime.fromisoformat(due).replace(tzinfo=UTC) if due else None
        except Exception:  # noqa: BLE001 - any doubt: the ordinary start shows it properly
            return None
        out.append(FirstRow(item_id, due_at, account, platform, zone, author, text or ""))
    return out
