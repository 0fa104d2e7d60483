"""Search with and without Nordic stemming on a generated cache (issue 21.2: "the search
targets of the performance issue hold with stemming on").

    python bench/search_stemming.py [SIZE]     # default 1,000,000; cache under bench/data/

Times, per search, the window's path for the first page (``inbox.view_ids(limit=50)``) and
the whole view (``view_ids``): first pages median of 7, plain and stemmed alternating; once with the workspace's languages (stemming on:
every word also matches its inflected forms) and once with none (plain words, the old search).
Writes bench/search_stemming.json and bench/SEARCH_STEMMING.md (the table for the README).
"""
from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generator  # noqa: E402

from app.models.db import open_url  # noqa: E402
from app.services.inbound import inbox, search_terms  # noqa: E402
from app.services.inbound.inbox import ViewSpec  # noqa: E402

SEARCHES = [("open", "kommune"), ("all", "kommune"), ("answered", "kommune"), ("open", "kommune "), ("open", "Skærbækvej "), ("all", "kommune "), ("all", "Skærbækvej "),
            ("open", "vej "), ("all", "skola "), ("answered", "kommune "), ("hidden", "kommune "),
            ("open", "genbrugspladsen "), ("open", "komm")]


def _median_ms(fn, repeat: int = 5) -> tuple[float, object]:
    samples, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), out


def main(argv: list[str]) -> int:
    size = int(argv[0]) if argv else 1_000_000
    folder = generator.ensure_cache(size)
    db = open_url(f"sqlite:///{folder / generator.DB_FILE}")
    from datetime import datetime
    meta_now = datetime.fromisoformat(generator.read_meta(size)["generated_at"])
    plain_languages = search_terms.search_languages
    rows = []
    with db.session() as s:
        now = meta_now
        for view, words in SEARCHES:
            spec = ViewSpec(view=view, search=words)
            result = {"view": view, "words": words}
            samples: dict[str, list[float]] = {"plain": [], "stemmed": []}
            # Plain and stemmed alternate, so both see the same machine (other jobs, caches).
            for _ in range(7):
                for mode in ("plain", "stemmed"):
                    search_terms.search_languages = (lambda session: ()) if mode == "plain" else plain_languages
                    s.info.pop("svarbox_search_terms", None)     # the session's memo of stemmed terms
                    ms, _ids = _median_ms(lambda spec=spec: inbox.view_ids(s, spec, now, limit=50), 1)
                    samples[mode].append(ms)
            for mode in ("plain", "stemmed"):
                search_terms.search_languages = (lambda session: ()) if mode == "plain" else plain_languages
                s.info.pop("svarbox_search_terms", None)
                whole, all_ids = _median_ms(lambda spec=spec: inbox.view_ids(s, spec, now), 1)
                result[mode] = {"first_page_ms": round(statistics.median(samples[mode]), 1),
                                "view_ms": round(whole, 1), "matches": len(all_ids)}
            search_terms.search_languages = plain_languages
            rows.append(result)
            print(result, flush=True)
    db.dispose()
    (ROOT / "bench" / "search_stemming.json").write_text(json.dumps({"size": size, "rows": rows}, indent=1))
    lines = ["# Search with Nordic stemming", "",
             f"{size:,} generated items (`bench/search_stemming.py`); median of 7 (first page, plain "
             f"and stemmed alternating) and one run (whole view), load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores. "
             "\"plain\" is the search without inflections (the old one), \"stemmed\" the search now. "
             "A word ending in a space is complete (all its forms); one without is still being typed "
             "(a prefix, plus its longer forms).", "",
             "| search | first page, plain | first page, stemmed | whole view, plain "
             "| whole view, stemmed | matches plain → stemmed |", "|---|---|---|---|---|---|"]
    for r in rows:
        p, st = r["plain"], r["stemmed"]
        lines.append(f"| {r['view']} '{r['words']}' | {p['first_page_ms']} ms | {st['first_page_ms']} ms "
                     f"| {p['view_ms']} ms | {st['view_ms']} ms | {p['matches']:,} → {st['matches']:,} |")
    (ROOT / "bench" / "SEARCH_STEMMING.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
