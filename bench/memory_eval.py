"""Answer memory, measured: on the labelled Danish and Swedish set (tests/data/memory_cases.json),
how often is an earlier answer to the same question among the first 1 and 3 suggestions, how
pure are the topic groups, and how long does a suggestion take. Writes bench/MEMORY.md.

    .venv/bin/python bench/memory_eval.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.config import resolve_paths  # noqa: E402
from app.models.db import open_database  # noqa: E402
from app.services.content import memory  # noqa: E402
from tests.unit.test_memory import CASES, _load  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(folder))
        with db.session() as s:
            topic_of, queries = _load(s)
            memory.refresh(s)
            top1 = top3 = 0
            took = []
            for item_id, topic in queries:
                started = time.perf_counter()
                found = memory.similar_answered(s, item_id, limit=3)
                took.append((time.perf_counter() - started) * 1000)
                top1 += bool(found) and topic_of[found[0].item_id] == topic
                top3 += any(topic_of[p.item_id] == topic for p in found)
        db.dispose()
    lines = ["# Answer memory on the labelled set", "",
             f"{len(queries)} new questions (Danish and Swedish, {len(CASES['topics'])} recurring topics), "
             f"{sum(len(t['history']) for t in CASES['topics'])} answered earlier.", "",
             "| measure | result |", "|---|---|",
             f"| right answer first | {top1}/{len(queries)} = {top1 / len(queries):.0%} |",
             f"| right answer in the first three | {top3}/{len(queries)} = {top3 / len(queries):.0%} |",
             f"| suggestion time, median | {statistics.median(took):.1f} ms |"]
    for language in ("da", "sv"):
        rows, truth = [], {}
        for topic in CASES["topics"]:
            if topic["language"] == language:
                for question in topic["queries"]:
                    rows.append((len(rows) + 1, None, question, language))
                    truth[len(rows)] = topic["id"]
        groups = memory.topics(rows)
        grouped = [i for g in groups for i in g.item_ids]
        pure = sum(Counter(truth[i] for i in g.item_ids).most_common(1)[0][1] for g in groups)
        lines.append(f"| topic groups ({language}): purity / coverage | "
                     f"{pure / max(1, len(grouped)):.0%} / {len(grouped) / len(rows):.0%} ({len(groups)} groups) |")
    text = "\n".join(lines) + "\n"
    (ROOT / "bench" / "MEMORY.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
