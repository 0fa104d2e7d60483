"""Svarbox on a real PostgreSQL with a million items: what a person waits for, against a
plain-SQL baseline measured in the same run.

    nice -n 5 .venv/bin/python bench/pg_scale.py --items 1000000 [--repeat 9]

The data is the SQLite benchmark's generated cache (``bench/generator.py``, same rows), copied
into a throw-away cluster (``tests/team/pgfixtures.py``) with COPY (``bench/pg_data.py``).

Baseline, for every read: the statements the service sent for one call are recorded
(SQLAlchemy's ``before_cursor_execute``) and replayed with the same parameters on a plain
psycopg connection. The ratio is therefore what the service layer adds (session, ORM/Core
compilation, row objects, time zones) over the database's own work for the same queries.
Ingest: ``sync.store_page`` (parse, dedup, deadlines, one transaction per 100-comment page)
against plain ``executemany`` of the same final rows into a copy of the database.

Not a test: timings vary with the machine; results go to ``bench/pg_results.json`` and the
"1M" part of ``bench/PG_RESULTS.md`` (the load run, ``bench/pg_load.py``, writes the rest).
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
for _p in (str(BENCH_DIR), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)
os.environ.setdefault("SVARBOX_LANG", "en")

import generator  # noqa: E402
import pg_data  # noqa: E402

RESULTS_JSON = BENCH_DIR / "pg_results.json"
FIRST_PAGE = 50


def log(*args) -> None:
    print(*args, flush=True)


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


class Recorder:
    """The statements an engine sends while ``on`` (for the same-shape replay)."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event
        self.on = False
        self.statements: list[tuple[str, object]] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if self.on:
            self.statements.append((statement, parameters))

    def record(self, fn) -> list[tuple[str, object]]:
        self.statements = []
        self.on = True
        try:
            fn()
        finally:
            self.on = False
        return list(self.statements)


def replay(raw, statements) -> None:
    with raw.cursor() as cur:
        for statement, params in statements:
            cur.execute(statement, params or None)
            if cur.description is not None:
                cur.fetchall()


def timed(fn, repeat: int) -> list[float]:
    fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def med(xs):
    return statistics.median(xs) if xs else None


def operations(db, meta: dict):
    """(group, label, fn) for every measured read: fn() does what the window does."""
    from app import clock
    from app.services.inbound import inbox, new_items, reads
    from app.services.inbound.inbox import ViewSpec
    from app.services.team import leases

    user = meta["bench_user"]

    def page(spec):
        def fn():
            with db.session() as s:
                ids = inbox.view_ids(s, spec, clock.now(), limit=FIRST_PAGE)
                return inbox.rows_by_ids(s, ids, user=user)
        return fn

    ops = []
    for view in inbox.VIEWS:
        if view != "all":
            ops.append(("page", f"view {view}", page(ViewSpec(view=view, user=user))))
    for label, key in (("account (largest)", "biggest_account_id"), ("account (median)", "median_account_id")):
        ops.append(("page", label, page(ViewSpec(view="open", account_id=meta[key], user=user))))
    ops.append(("page", "institution 1", page(ViewSpec(view="open", institution_id=1, user=user))))
    common, rare = meta["common_word"], meta["rare_word"]
    for label, spec in (
            (f"open '{common}'", ViewSpec(view="open", search=common, user=user)),
            (f"open '{rare}'", ViewSpec(view="open", search=rare, user=user)),
            (f"all '{common}'", ViewSpec(view="all", search=common, user=user)),
            (f"all '{rare}'", ViewSpec(view="all", search=rare, user=user)),
            (f"all '{common}', newest first", ViewSpec(view="all", search=common, user=user,
                                                        sort="received", descending=True)),
            (f"answered '{common}'", ViewSpec(view="answered", search=common, user=user)),
            (f"hidden '{common}'", ViewSpec(view="hidden", search=common, user=user)),
            (f"open '{common[:4]}' (typing)", ViewSpec(view="open", search=common[:4], user=user))):
        ops.append(("search", label, page(spec)))

    def counts():
        with db.session() as s:
            now = clock.now()
            return new_items.with_modes(reads.with_unread(
                s, inbox.navigator_counts(s, user=user, now=now), user, now))
    ops.append(("counts", "navigator counts", counts))

    def claim():
        item = 4242 + int(time.perf_counter_ns() % 1000)
        leases.claim_item(db, item, user)
        leases.release_claim(db, item)
    ops.append(("claim", "claim + release an item", claim))
    return ops


def measure_reads(db, url: str, meta: dict, repeat: int) -> list[dict]:
    import psycopg
    rec = Recorder(db.engine)
    raw = psycopg.connect(pg_data.raw_url(url), autocommit=True)
    raw.execute("SET TIME ZONE 'UTC'")
    out = []
    for group, label, fn in operations(db, meta):
        statements = rec.record(fn)
        svc = timed(fn, repeat)
        base = timed(lambda statements=statements: replay(raw, statements), repeat)
        plan = None
        if group in ("page", "search") and statements:
            first = statements[0]                            # the id query of the first page
            with raw.cursor() as cur:
                cur.execute("EXPLAIN " + first[0], first[1] or None)
                plan = [r[0] for r in cur.fetchall()]
        row = {"group": group, "label": label, "service_ms": svc, "baseline_ms": base,
               "statements": len(statements), "plan": plan}
        out.append(row)
        log(f"  {group:7} {label:40} service {med(svc):8.2f} ms   replayed SQL {med(base):8.2f} ms"
            f"   x{med(svc) / med(base):.2f}")
    raw.close()
    return out


_BOOL = {"is_hidden", "can_reply", "has_id_number", "answered_late", "notified_soon",
         "notified_overdue", "purged"}


def measure_ingest(db, raw_url: str, meta: dict, reps: int) -> dict:
    """store_page through SQLAlchemy against psycopg executemany of the same final rows."""
    import psycopg
    import run as sqlite_bench  # bench/run.py: the Graph-shaped pages and their raw rows

    from app import clock
    from app.models import tables as t
    from app.services.inbound import items as item_service
    from app.services.inbound.sync import SyncResult, store_page

    cols = generator.ITEM_COLUMNS[1:]
    bool_at = [i for i, c in enumerate(cols) if c in _BOOL]
    item_sql = f"INSERT INTO items ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})"
    thread_sql = (f"INSERT INTO threads ({', '.join(generator.THREAD_COLUMNS)}) VALUES "
                  f"({', '.join(['%s'] * len(generator.THREAD_COLUMNS))})")
    raw = psycopg.connect(raw_url)
    raw.execute("SET TIME ZONE 'UTC'")
    with db.session() as s:
        acc = s.get(t.Account, meta["biggest_account_id"])
        account = {"id": acc.id, "external_id": acc.external_id, "name": acc.name}
    parse = sqlite_bench._parser(account)
    now = clock.now()
    raw_threads = {"next": raw.execute("SELECT coalesce(max(id), 0) + 1 FROM threads").fetchone()[0]}
    raw.commit()
    seen: set[str] = set()
    tail: list = []
    svc_rates, raw_rates = [], []
    for rep in range(reps + 1):          # rep 0 warms both paths and is not counted
        pages = sqlite_bench._graph_pages(rep, account, now, tail)
        tail = json.loads(pages[-1]["body"])["data"][:5]
        result = SyncResult(account["id"])
        gc.collect()
        t0 = time.perf_counter()
        for graph in pages:
            page = sqlite_bench._parse_page(graph, parse)
            with db.session() as s:
                store_page(s, s.get(t.Account, account["id"]), page, result)
        svc_s = time.perf_counter() - t0
        with db.session() as s:
            raw_pages = sqlite_bench._raw_rows(pages, parse, s.get(t.Account, account["id"]), item_service,
                                               account, now, raw_threads, seen)
        prepared = []
        for threads, rows in raw_pages:
            fixed = []
            for r in rows:
                r = list(r)
                for i in bool_at:
                    r[i] = None if r[i] is None else bool(r[i])
                fixed.append(r)
            prepared.append((threads, fixed))
        gc.collect()
        t0 = time.perf_counter()
        for threads, rows in prepared:
            with raw.cursor() as cur:
                if threads:
                    cur.executemany(thread_sql, threads)
                cur.executemany(item_sql, rows)
            raw.commit()
        raw_s = time.perf_counter() - t0
        n = sum(len(rows) for _, rows in prepared)
        if rep == 0:
            continue
        svc_rates.append(n / svc_s)
        raw_rates.append(n / raw_s)
        log(f"    ingest rep {rep}: {n} rows  store_page {n / svc_s:7.0f}/s   raw psycopg {n / raw_s:7.0f}/s")
    raw.close()
    return {"store_page_rate": svc_rates, "raw_rate": raw_rates,
            "ratio": [a / b for a, b in zip(svc_rates, raw_rates)]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--ingest-repeat", type=int, default=3)
    parser.add_argument("--json", default=str(RESULTS_JSON))
    parser.add_argument("--load-clients", type=int, default=0,
                        help="then run bench/pg_load.py's load on the same database (0: no)")
    parser.add_argument("--load-seconds", type=float, default=300)
    parser.add_argument("--load-mode", choices=("processes", "threads"), default="processes")
    args = parser.parse_args(argv)

    from app.models.db import open_url
    from tests.team.pgfixtures import start_cluster

    started_load = loadavg()
    log(f"load average at start: {started_load}")
    folder = generator.ensure_cache(args.items, log=log)
    meta = generator.read_meta(args.items)
    cluster = start_cluster()
    try:
        url = cluster.create_database("bench")
        copied = pg_data.load_sqlite_into_postgres(folder / generator.DB_FILE, url, log=log)
        t0 = time.perf_counter()
        with cluster.admin() as admin:
            admin.execute('CREATE DATABASE "bench_raw" TEMPLATE "bench"')
        log(f"  raw copy for the ingest baseline in {time.perf_counter() - t0:.1f} s")
        db = open_url(url)
        try:
            reads = measure_reads(db, url, meta, args.repeat)
            ingest = measure_ingest(db, pg_data.raw_url(cluster.url("bench_raw")), meta, args.ingest_repeat)
        finally:
            db.dispose()
        if args.load_clients:
            import pg_load  # the load run on the same million items (saves a second COPY)
            report = pg_load.run_load(url, clients=args.load_clients, seconds=args.load_seconds,
                                      mode=args.load_mode, log=log)
            pg_load.print_report(report)
            pg_load.LOAD_RESULTS.write_text(json.dumps(report, indent=1, default=str))
            log(f"wrote {pg_load.LOAD_RESULTS}")
        with cluster.admin() as admin:
            server = admin.execute("SHOW server_version").fetchone()[0]
    finally:
        cluster.destroy()
    result = {"items": args.items, "repeat": args.repeat, "loadavg_start": started_load,
              "loadavg_end": loadavg(), "postgres": server, "copied": copied, "meta": meta,
              "reads": reads, "ingest": ingest, "measured_at_unix": int(time.time())}
    Path(args.json).write_text(json.dumps(result, indent=1, default=str))
    log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
