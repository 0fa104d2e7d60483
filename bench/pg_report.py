"""Write bench/PG_RESULTS.md from bench/pg_results.json (pg_scale.py) and bench/pg_load.json
(pg_load.py). ``python bench/pg_report.py``"""
from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def scale_section(r: dict) -> list[str]:
    lines = [f"## {r['items']:,} items on PostgreSQL {r['postgres']} (`bench/pg_scale.py`)", "",
             f"Median of {r['repeat']} after one warm-up. Load average at start {r['loadavg_start']}, "
             f"at the end {r['loadavg_end']} (2 cores shared with other jobs). Data: the SQLite "
             f"benchmark's generated cache, copied with COPY in {r['copied']['seconds']} s "
             "(VACUUM ANALYZE included).", "",
             "Baseline: the statements the service sent for the same call, replayed with the same "
             "parameters on a plain psycopg connection (autocommit, no pool). The ratio is what the "
             "service layer adds: pool checkout with its ping, BEGIN/COMMIT, compilation, row objects.", "",
             "| What a person waits for | Statements | Plain SQL, same statements (ms) | Svarbox (ms) | Ratio |",
             "|---|---:|---:|---:|---:|"]
    for row in r["reads"]:
        svc, base = med(row["service_ms"]), med(row["baseline_ms"])
        lines.append(f"| {row['group']}: {row['label']} | {row['statements']} | {base:.1f} | {svc:.1f} | "
                     f"{svc / base:.2f}× |")
    ing = r["ingest"]
    lines += ["", f"Ingest (Graph-shaped pages of 100 comments through `sync.store_page`, one transaction "
              f"per page): {med(ing['store_page_rate']):.0f} items/s; plain psycopg `executemany` of the "
              f"same rows into a copy of the database: {med(ing['raw_rate']):.0f} items/s; ratio "
              f"{med(ing['ratio']):.2f}×.", ""]
    slow = [row for row in r["reads"] if row.get("plan") and med(row["service_ms"]) > 50]
    if slow:
        lines += ["Plans of the id queries over 50 ms:", ""]
        for row in slow:
            lines += [f"- {row['label']}:", "", "  ```", *("  " + p for p in row["plan"]), "  ```", ""]
    return lines


def load_section(r: dict) -> list[str]:
    lines = [f"## Load: {r['clients']} colleagues for {r['seconds']:.0f} s (`bench/pg_load.py`)", "",
             f"{r['items']:,} items; clients as {r['mode']} on the same 2-core machine as the server, "
             f"think time {r['think_s'][0]}–{r['think_s'][1]} s between steps; load average at start "
             f"{r['loadavg_start']}, at the end {r['loadavg_end']}. Two clients also synced one fake "
             f"Facebook Page each while {r['comments_fed']} citizens' comments arrived.", "",
             "| Operation | n | p50 ms | p95 ms | max ms | Target (p95) | Met |", "|---|---:|---:|---:|---:|---|---|"]
    for name, op in r["ops"].items():
        target = r["targets"].get(name)
        goal = f"≤ {target['target_p95_ms']:.0f} ms" if target else "–"
        lines.append(f"| {name} | {op['n']} | {op['p50']:.1f} | {op['p95']:.1f} | {op['max']:.1f} | "
                     f"{goal} | "
                     f"{('yes' if target['met'] else 'no') if target else '–'} |")
    lines += ["", f"Replies queued {r['replies_queued']}, on the fake Pages {r['replies_on_platform']}; "
              f"duplicate sends {len(r['duplicate_sends'])}; comments answered twice "
              f"{len(r['comments_answered_twice'])}; lost replies {len(r['lost_replies'])}; notes "
              f"{r['notes']} (lost {len(r['lost_notes'])}); left unsent {r['unsent_in_outbox']}; "
              f"collisions refused by the guard {r['collisions']}; sent by the end-of-run drain "
              f"{r['drained_at_end']}; errors {len(r['errors'])}.", ""]
    return lines


def ab_section(r: dict) -> list[str]:
    """The claim before and after the one-statement claim, same load, same machine."""
    lines = [f"## Claim before and after the one-statement claim ({r['clients']} clients, {r['seconds']:.0f} s, "
             f"{r['items']:,} items, run one after the other)", "",
             "| Operation | Before p50 / p95 ms | After p50 / p95 ms | Load average at start (before, after) |",
             "|---|---|---|---|"]
    for name in r["ops"]:
        b, a = r["before"]["ops"].get(name), r["after"]["ops"].get(name)
        if b and a:
            lines.append(f"| {name} | {b['p50']:.0f} / {b['p95']:.0f} | {a['p50']:.0f} / {a['p95']:.0f} | "
                         f"{r['before']['loadavg_start']}; {r['after']['loadavg_start']} |")
    return lines + [""]


def ingest_ab_section(r: dict) -> list[str]:
    b, a = r["before"], r["after"]
    return [f"## Ingest before and after one INSERT per page ({r['items']:,} items, run one after the other)", "",
            f"store_page {med(b['store_page_rate']):.0f}/s (ratio to plain executemany {med(b['ratio']):.2f}×) "
            f"before, {med(a['store_page_rate']):.0f}/s ({med(a['ratio']):.2f}×) after; load average at start "
            f"{r['loadavg_start'][0]} and {r['loadavg_start'][1]}. What remains: for each own reply the sync path "
            "asks the outbox whether Svarbox sent it and looks up the comments it answers (two queries per "
            "own reply, ten per page), then closes each answered comment.", ""]


def main() -> int:
    parts = ["# Svarbox on PostgreSQL: a million items and a team of twenty", "",
             "Generated by `bench/pg_report.py` from `bench/pg_results.json`, `bench/pg_load.json` and "
             "`bench/pg_claim_ab.json`; `bench/pg_results_before_held_index.json` is the 1M run before "
             "migration 0012_pg3 (held view 436 ms, navigator counts 915 ms).", ""]
    load_path = BENCH_DIR / "pg_load.json"
    if load_path.exists():
        r = json.loads(load_path.read_text())
        verdicts = "; ".join(f"{name} p95 {t['p95_ms']:.0f} ms against ≤ {t['target_p95_ms']:.0f} ms: "
                             f"{'met' if t['met'] else 'NOT met'}" for name, t in r["targets"].items())
        parts += [f"Targets with {r['clients']} clients (issue 18 point 6): {verdicts}. Duplicate sends "
                  f"{len(r['duplicate_sends'])}, lost actions {len(r['lost_replies']) + len(r['lost_notes'])}. "
                  "The machine's load average (other jobs on the same 2 cores) is given with each run; "
                  "it is what the absolute times mostly measure.", ""]
    for name, section in (("pg_results.json", scale_section), ("pg_load.json", load_section),
                          ("pg_claim_ab.json", ab_section), ("pg_ingest_ab.json", ingest_ab_section)):
        path = BENCH_DIR / name
        if path.exists():
            parts += section(json.loads(path.read_text()))
    (BENCH_DIR / "PG_RESULTS.md").write_text("\n".join(parts) + "\n")
    print("wrote bench/PG_RESULTS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
