"""A generated Svarbox cache, loaded into a real PostgreSQL with COPY.

The data is exactly the SQLite benchmark's (``bench/generator.py``: same institutions,
accounts, threads, texts, statuses and real deadlines), so SQLite and PostgreSQL figures are
measured on the same rows. The schema is made by the real migrations (``open_url``), the rows
are copied table by table with ``COPY ... FROM STDIN`` (text values straight from SQLite:
naive UTC timestamps, 0/1 booleans, both of which PostgreSQL's input accepts), the id
sequences are moved past the copied ids, and ``VACUUM ANALYZE`` leaves the statistics and
visibility map a live database has.

    from pg_data import load_sqlite_into_postgres
    stats = load_sqlite_into_postgres(sqlite_path, url)
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

TABLES = ("institutions", "accounts", "threads", "items")
BATCH = 20_000


def raw_url(url: str) -> str:
    """A SQLAlchemy ``postgresql+psycopg://`` URL as psycopg's own connection string."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _pg_columns(conn, table: str) -> list[str]:
    rows = conn.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                        "ORDER BY ordinal_position", (table,)).fetchall()
    return [r[0] for r in rows]


def load_sqlite_into_postgres(sqlite_path: Path | str, url: str, log=print) -> dict:
    """Migrate the PostgreSQL database at ``url`` and copy the generated cache into it."""
    import psycopg

    from app.models.db import open_url

    started = time.perf_counter()
    open_url(url).dispose()                          # the real migrations make the schema
    src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    counts: dict[str, int] = {}
    with psycopg.connect(raw_url(url), autocommit=False) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        for table in TABLES:
            have = {r[1] for r in src.execute(f"PRAGMA table_info({table})")}
            columns = [c for c in _pg_columns(conn, table) if c in have]
            cols = ", ".join(f'"{c}"' for c in columns)
            n = 0
            with conn.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                cursor = src.execute(f"SELECT {cols} FROM {table} ORDER BY rowid")
                while True:
                    chunk = cursor.fetchmany(BATCH)
                    if not chunk:
                        break
                    for row in chunk:
                        copy.write_row(row)
                    n += len(chunk)
            counts[table] = n
            # Ids were copied as they are: new rows must continue after them.
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")
            log(f"  copied {n:,} {table} in {time.perf_counter() - started:.1f} s")
        conn.commit()
    src.close()
    with psycopg.connect(raw_url(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    counts["seconds"] = round(time.perf_counter() - started, 1)
    log(f"  loaded and analysed in {counts['seconds']} s")
    return counts
