"""What a durable outbox commit costs: ``outbox.queue_action`` as Svarbox does it (the WAL
fsynced right after the commit, what synchronous=FULL would do, before the window says
"queued") against the same call with WAL + synchronous=NORMAL alone (a power cut may undo the
last commits), on a real SQLite file in this machine's temporary folder (its disk, its fsync).

    .venv/bin/python bench/outbox_durability.py [--n 200] [--dir PATH]

Prints medians and p95 in milliseconds and writes bench/outbox_durability.json.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from app.models import db as dbmod  # noqa: E402
from app.models import tables as t  # noqa: E402
from app.services.outbound import outbox  # noqa: E402
from app.services.inbound.sync import sync_account  # noqa: E402


def measure(world, item_ids: list[int], durable: bool) -> list[float]:
    real = dbmod.make_durable
    if not durable:
        dbmod.make_durable = lambda session: None      # the NORMAL baseline
    samples = []
    try:
        for n, item_id in enumerate(item_ids):
            started = time.perf_counter()
            with world.ws.db.session() as s:
                outbox.queue_action(s, item_id, "hide", "bench", confirmed=True)
            samples.append((time.perf_counter() - started) * 1000)
    finally:
        dbmod.make_durable = real
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None, help="where the SQLite file lives")
    args = parser.parse_args()
    from tools.chaos.world import World
    root = Path(tempfile.mkdtemp(prefix="svarbox-durability-", dir=args.dir))
    world = World(root, "sqlite", random.Random(1), platforms=["facebook"])
    try:
        for _ in range(2 * args.n):
            world.platforms["facebook"].add_citizen_item()
        assert sync_account(world.ws, world.account_of["facebook"], sleep=lambda _s: None).ok
        with world.ws.db.session() as s:
            ids = list(s.scalars(select(t.Item.id).order_by(t.Item.id)))
        random.Random(2).shuffle(ids)
        normal, full = [], []
        for n in range(args.n):          # interleaved: load on the machine hits both alike
            normal += measure(world, [ids[2 * n]], durable=False)
            full += measure(world, [ids[2 * n + 1]], durable=True)
    finally:
        world.close()

    def summary(samples):
        ordered = sorted(samples)
        return {"median_ms": round(statistics.median(ordered), 2),
                "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2), "n": len(ordered)}

    result = {"folder": str(root.parent), "normal_no_fsync": summary(normal),
              "durable_wal_fsync": summary(full)}
    result["extra_median_ms"] = round(result["durable_wal_fsync"]["median_ms"]
                                      - result["normal_no_fsync"]["median_ms"], 2)
    print(json.dumps(result, indent=2))
    (Path(__file__).with_name("outbox_durability.json")).write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
