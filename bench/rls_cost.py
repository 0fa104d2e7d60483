"""What row-level security costs: the window's queries as a colleague's own login, against the
same queries by the owner (RLS bypassed) with and without the equivalent filter written by hand.

    .venv/bin/python bench/rls_cost.py --items 1000000 [--repeat 15] [--out bench/RLS_RESULTS.md]

A throw-away PostgreSQL cluster (tests/team/pgfixtures.py) holds two institutions: "Stor"
with 90 % of the items over 8 accounts, "Lille" with 10 % over 2. Logins: ``bench_big``
(communicator for Stor) and ``bench_small`` (communicator for Lille). For each login and
query: median milliseconds as the login (RLS), as the owner filtered by institution by hand
(what the window would do without RLS: the fair baseline), and as the owner unfiltered
(today's team mode, which shows everything). Not a test: timings vary with the machine.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app import clock  # noqa: E402
from app.models.db import make_engine, open_url  # noqa: E402
from app.services.team import access# noqa: E402
from app.services.inbound import inbox  # noqa: E402
from tests.team.pgfixtures import start_cluster  # noqa: E402
from tests.team.rlskit import login_url  # noqa: E402


def populate(conn, n_items: int) -> dict[str, int]:
    conn.exec_driver_sql("INSERT INTO institutions (id, name) VALUES (1, 'Stor'), (2, 'Lille')")
    for acc in range(1, 11):
        conn.exec_driver_sql(
            "INSERT INTO accounts (id, name, platform, institution_id, policy, followup_policy, calendar, "
            "language, sync_interval_minutes, enabled, options, status, created_at) VALUES "
            f"({acc}, 'Konto {acc}', 'facebook', {1 if acc <= 8 else 2}, 'hours:24', 'workdays:2', "
            "'{\"country\": \"DK\"}', 'da', 5, true, '{}', 'ok', now())")
    # Accounts 1-8 (Stor) get 90 % of the items; 9-10 (Lille) 10 %. A third open, the rest
    # handled or hidden (in both institutions), received over 90 days, due within +-2 days.
    conn.exec_driver_sql(f"""
        INSERT INTO items (account_id, external_id, kind, author_name, text, received_at, status,
                           is_hidden, can_reply, has_id_number, notified_soon, notified_overdue,
                           purged, cached_at, due_at, handled_at)
        SELECT CASE WHEN g %% 10 = 0 THEN 9 + (g / 10) %% 2 ELSE 1 + g %% 8 END,
               'c' || g, CASE WHEN g %% 17 = 0 THEN 'mention' ELSE 'comment' END,
               'Borger ' || (g %% 5000),
               CASE WHEN g %% 3 = 0 THEN 'Hvornår åbner kommune kontoret? ' ELSE 'Tak for info ' END || g,
               now() - (g %% 129600) * interval '1 minute',
               (ARRAY['new','answered','hidden','no_reply','new','answered'])[1 + k],
               false, true, false, false, false, false, now(),
               CASE WHEN k IN (0, 4) THEN now() + ((g %% 5760) - 2880) * interval '1 minute' END,
               CASE WHEN k NOT IN (0, 4) THEN now() - (g %% 129600) * interval '1 minute' END
        FROM (SELECT g, CASE WHEN g %% 10 = 0 THEN (g / 10) %% 6 ELSE g %% 6 END AS k
              FROM generate_series(1, {n_items}) g) series""")
    return {"items": n_items}


def timed(fn, repeat: int) -> float:
    fn()   # warm the cache and the plan
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def queries(institution_id: int | None):
    now = clock.now()
    spec = lambda view, **kw: inbox.ViewSpec(view=view, institution_id=institution_id, **kw)
    return {
        "Open view, first page (50)": lambda s: inbox.rows_by_ids(s, inbox.view_ids(s, spec("open"), now, limit=50)),
        "Open view, every id": lambda s: inbox.view_ids(s, spec("open"), now),
        "Answered view, first page": lambda s: inbox.view_ids(s, spec("answered", descending=True), now, limit=50),
        "Count overdue": lambda s: inbox.count(s, spec("overdue"), now),
        "Search 'kommune' in Open": lambda s: inbox.view_ids(s, spec("open", search="kommune"), now, limit=50),
        "Navigator counts": lambda s: inbox.navigator_counts(s, now=now) if institution_id is None else
        inbox.navigator_counts(s, now=now),
        "One item by id": lambda s: s.execute(text("SELECT * FROM items WHERE id = 4242")).all(),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--out", default=str(ROOT / "bench" / "RLS_RESULTS.md"))
    args = parser.parse_args()
    cluster = start_cluster()
    try:
        url = cluster.create_database("bench")
        db = open_url(url)
        started = time.perf_counter()
        with db.engine.begin() as conn:
            populate(conn, args.items)
        # What autovacuum does on a live database: statistics and the visibility map that
        # index-only scans rely on.
        import psycopg
        with psycopg.connect(login_url(url, "postgres", "postgresql"), autocommit=True) as raw:
            raw.execute("VACUUM ANALYZE")
        built = time.perf_counter() - started
        with db.session() as s:
            access.grant(s, "bench_big", "communicator", institution="Stor", actor="bench")
            access.grant(s, "bench_small", "communicator", institution="Lille", actor="bench")
        rows = []
        for login, inst in (("bench_big", 1), ("bench_small", 2)):
            engine = make_engine(login_url(url, login))
            try:
                for name, fn in queries(None).items():
                    with Session(engine) as s:
                        rls = timed(lambda: fn(s), args.repeat)
                    by_hand_fn = queries(inst)[name]
                    with Session(db.engine) as s:
                        by_hand = timed(lambda: by_hand_fn(s), args.repeat)
                        unfiltered = timed(lambda: fn(s), args.repeat)
                    rows.append((login, name, rls, by_hand, unfiltered))
                    print(f"{login:12} {name:30} RLS {rls:8.2f} ms   owner+filter {by_hand:8.2f} ms   "
                          f"owner, all {unfiltered:8.2f} ms", flush=True)
            finally:
                engine.dispose()
        db.dispose()
    finally:
        cluster.destroy()
    lines = [f"# Row-level security cost ({args.items:,} items, PostgreSQL, median of {args.repeat})", "",
             f"Generated by `bench/rls_cost.py --items {args.items}`; building the data (and VACUUM ANALYZE) "
             f"took {built:.0f} s. Measured on a shared 2-core machine while other work ran: "
             "differences under ~30 % are noise.",
             "Stor: 90 %% of items (8 accounts); Lille: 10 %% (2 accounts). 'Owner + filter' is the same "
             "query by the RLS-exempt owner with the institution filter written into the query "
             "(the fair baseline); 'owner, all' is unfiltered (everything visible, as before RLS).", "",
             "Navigator counts in the 'owner + filter' column are unfiltered (the window has no "
             "institution filter for them); read that row against 'owner, all'.", "",
             "| Login | Query | RLS ms | Owner + filter ms | Owner, all ms | RLS / filter |",
             "|---|---|---:|---:|---:|---:|"]
    for login, name, rls, by_hand, unfiltered in rows:
        lines.append(f"| {login} | {name} | {rls:.2f} | {by_hand:.2f} | {unfiltered:.2f} | "
                     f"{rls / by_hand if by_hand else 0:.2f} |")
    Path(args.out).write_text("\n".join(lines) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
