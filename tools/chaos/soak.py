"""Soak: a simulated stretch of time (a week in the long run) with the app's clock running
fast: seven accounts synced every five minutes against fakes that produce about 1,000 items
a day with bursts, people handling most of them, the daily retention run purging handled
items after a day. Sampled every simulated hour: the process's memory (RSS) and open file
handles, the database's size on disk. At the end every item's deadline is recomputed from
its account's policy and compared.

    python -m tools.chaos.soak [--hours 168] [--seed S] [--speed 0] [--json PATH]
                               [--fakes-in-process] [--trace-memory]

The fake platforms keep every item they produce, so they grow all week by design. They run in
a process of their own (``fakes_rss_kb``, sampled apart), and the RSS sampled is the app's
alone: sync, cache, retention, the harness. ``sqlite_kb`` is what SQLite itself says it holds
(its page caches fill as the database grows, up to their size per connection). ``--fakes-in-process`` runs them in the app's
process instead; ``--trace-memory`` (which implies it) then samples the Python heap with
tracemalloc, split into what the fakes hold and the rest.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select  # noqa: E402

from app import clock as app_clock  # noqa: E402
from app.models import tables as t  # noqa: E402
from app.secrets import MemoryStore  # noqa: E402
from app.services import accounts  # noqa: E402
from app.services.inbound import items as item_service  # noqa: E402
from app.services.inbound.sync import due_accounts, sync_account  # noqa: E402
from app.services.records import retention  # noqa: E402
from app.services.workspace import open_workspace  # noqa: E402
from tests.integration.platforms import TOKEN, all_cases  # noqa: E402
from tools.chaos.world import KillSwitch, Platform  # noqa: E402

ITEMS_PER_DAY = 1000
TICK = timedelta(minutes=5)


def _cases():
    """Seven accounts: three Facebook Pages and one account on each other platform."""
    from tests.fakes.graph_fake import FakeFacebook
    cases = {c.platform: c for c in all_cases()}
    pages = [dataclasses.replace(cases["facebook"], make_fake=lambda pid=pid: FakeFacebook(page_id=pid, token=TOKEN))
             for pid in ("111222333", "444555666", "777888999")]
    return pages + [cases[p] for p in ("instagram", "x", "linkedin", "youtube")]


def _rss_kb(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _sqlite_library():
    """The SQLite library this process already has loaded (the one Python's sqlite3 uses), so
    its own count of the memory it holds (page caches, statements) can be read; None where
    sqlite3 is built into Python or the library keeps no count."""
    import ctypes
    path = next((line.split()[-1] for line in Path("/proc/self/maps").read_text().splitlines()
                 if "libsqlite3" in line and line.split()[-1].startswith("/")), None)
    if path is None:
        return None
    lib = ctypes.CDLL(path)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib if lib.sqlite3_memory_used() > 0 else None


_DBSTATUS = {"page_cache_kb": 1, "schema_kb": 2, "statements_kb": 3}   # SQLITE_DBSTATUS_*


def _connection_memory(ws, lib) -> dict:
    """What SQLite says each of the pool's idle connections holds (page cache, schema,
    prepared statements), summed, with their number: the page caches are bounded by the
    connections' cache_size, so this tells a cache filling up from a leak. Empty when the
    connections cannot be read (another Python or SQLAlchemy layout)."""
    import ctypes
    try:
        records = list(ws.db.engine.pool._pool.queue)        # idle between rounds: all of them
    except AttributeError:
        return {}
    lib.sqlite3_db_status.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_int),
                                      ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.sqlite3_db_filename.restype = ctypes.c_char_p
    database = str(Path(ws.db.engine.url.database).resolve()).encode()
    totals = dict.fromkeys(_DBSTATUS, 0)
    for record in records:
        conn = record.dbapi_connection
        # CPython's sqlite3 Connection holds its sqlite3* right after the object header; the
        # file name it answers with confirms the pointer before it is used any further.
        handle = ctypes.c_void_p.from_address(id(conn) + 2 * ctypes.sizeof(ctypes.c_void_p)).value
        if not handle or lib.sqlite3_db_filename(handle, b"main") != database:
            return {}
        for key, op in _DBSTATUS.items():
            current, high = ctypes.c_int(), ctypes.c_int()
            lib.sqlite3_db_status(handle, op, ctypes.byref(current), ctypes.byref(high), 0)
            totals[key] += current.value // 1024
    cache_kib = -int(records[0].dbapi_connection.execute("PRAGMA cache_size").fetchone()[0]) if records else 0
    return {"connections": len(records), "cache_size_kib": cache_kib, **totals}


def _handles() -> int:
    return len(os.listdir("/proc/self/fd"))


_FAKE_FILES = ("/tests/fakes/", "/werkzeug/", "/tools/chaos/world.py", "/tools/chaos/proxy.py")


def _heap_kb() -> dict:
    """Traced Python memory: the fake platforms' (and their servers') and everything else."""
    fakes = rest = 0
    for stat in tracemalloc.take_snapshot().statistics("filename"):
        name = stat.traceback[0].filename.replace("\\", "/")
        if any(part in name for part in _FAKE_FILES):
            fakes += stat.size
        else:
            rest += stat.size
    return {"heap_fakes_kb": fakes // 1024, "heap_rest_kb": rest // 1024}


class _LocalFakes:
    """The fake platforms in this process (their memory counts in the sampled RSS)."""

    def __init__(self):
        switch = KillSwitch()
        # The platforms' own page sizes: the crash harness's two-item pages would make a
        # thousand items a day cost several times the requests they cost for real.
        self.platforms = [Platform(case, switch, small_pages=False) for case in _cases()]
        self.pid = None

    def describe(self) -> list[dict]:
        return [{"platform": p.case.platform, "base_url": p.base_url, "external_id": p.case.external_id(p.fake),
                 "handle": p.case.handle(p.fake)} for p in self.platforms]

    def add_items(self, now, indices: list[int]) -> None:
        for i in indices:
            self.platforms[i].add_citizen_item()

    def end_round(self) -> None:
        for p in self.platforms:           # the fakes' request logs would grow all week
            with p.fake.lock:
                p.fake.requests.clear()

    def stop(self) -> None:
        for p in self.platforms:
            p.stop()


def _fakes_process(conn, start_iso: str, speed: float) -> None:
    """The child that owns the fake platforms: it stamps items with the parent's 'now'."""
    from datetime import datetime
    clock = app_clock.AdvancingClock(datetime.fromisoformat(start_iso), speed=speed)
    app_clock.install(clock)
    fakes = _LocalFakes()
    conn.send(fakes.describe())
    try:
        while True:
            command, *args = conn.recv()
            if command == "stop":
                break
            try:
                if command == "add":
                    clock.set(datetime.fromisoformat(args[0]))
                    fakes.add_items(None, args[1])
                elif command == "end_round":
                    fakes.end_round()
            except Exception as exc:       # the parent names it and stops, never waits forever
                conn.send(f"{type(exc).__name__}: {exc}")
            else:
                conn.send("ok")
    finally:
        fakes.stop()
        conn.send("stopped")


class _FakesApart:
    """The fake platforms in a child process of their own, driven over a pipe; the app talks
    to them over HTTP exactly as it does in-process."""

    def __init__(self, speed: float):
        context = multiprocessing.get_context("spawn")      # no threads or sockets inherited
        self._conn, child_conn = context.Pipe()
        self._process = context.Process(target=_fakes_process, name="soak-fakes", daemon=True,
                                        args=(child_conn, app_clock.now().isoformat(), speed))
        self._process.start()
        child_conn.close()
        self._description = self._conn.recv()
        self.pid = self._process.pid

    def describe(self) -> list[dict]:
        return self._description

    def _call(self, *command) -> None:
        self._conn.send(command)
        answer = self._conn.recv()
        if answer != "ok":
            raise RuntimeError(f"the fakes' process answered {answer!r} to {command[0]}")

    def add_items(self, now, indices: list[int]) -> None:
        if indices:
            self._call("add", now.isoformat(), indices)

    def end_round(self) -> None:
        self._call("end_round")

    def stop(self) -> None:
        try:
            self._conn.send(("stop",))
            self._conn.recv()
        except (EOFError, OSError):
            pass
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()


def soak(root: Path, hours: float, seed: int, speed: float = 60.0, log=print, progress=None,
         trace_memory: bool = False, fakes_apart: bool | None = None) -> dict:
    """``speed``: how fast the app's clock also runs between rounds (0: it moves only by the
    five-minute ticks, so every round is a five-minute round however slow the machine).
    ``progress(partial)`` is called every simulated day with the samples so far.
    ``fakes_apart``: the fake platforms in a process of their own (default unless tracing)."""
    rng = random.Random(seed)
    fakes_apart = not trace_memory if fakes_apart is None else fakes_apart
    root.mkdir(parents=True, exist_ok=True)
    if trace_memory:
        tracemalloc.start()
    clock = app_clock.AdvancingClock(app_clock.now(), speed=speed)
    previous = app_clock.install(clock)
    fakes = _FakesApart(speed) if fakes_apart else _LocalFakes()
    ws = open_workspace(str(root / "data"), credentials=MemoryStore(), user="Soak")
    sqlite_lib = _sqlite_library()
    try:
        ids = []
        platforms = fakes.describe()
        for n, p in enumerate(platforms):
            info = accounts.add_account(ws, platform=p["platform"], name=f"Konto {n}", token=TOKEN,
                                        institution="Aarby Kommune", base_url=p["base_url"],
                                        external_id=p["external_id"], handle=p["handle"],
                                        policy="hours:24", verify=False)
            ids.append(info.id)
        with ws.db.session() as s:
            retention.set_retention_days(s, 1)
        end = clock.now() + timedelta(hours=hours)
        samples, syncs, produced, handled, purged, rounds = [], 0, 0, 0, 0, 0
        burst_until = None
        next_sample = clock.now()
        started = time.monotonic()
        while clock.now() < end:
            # Traffic: ~1,000 a day on average; now and then a burst (a post goes viral).
            now = clock.now()
            if burst_until is None and rng.random() < 0.01:
                burst_until = now + timedelta(minutes=rng.randint(20, 60))
            rate = ITEMS_PER_DAY / (24 * 12) * (8 if burst_until and now < burst_until else 0.85)
            if burst_until and now >= burst_until:
                burst_until = None
            new = [rng.randrange(len(platforms)) for _ in range(_poisson(rng, rate))]
            fakes.add_items(now, new)
            produced += len(new)
            for account_id in due_accounts(ws):
                result = sync_account(ws, account_id, sleep=lambda _s: None)
                assert result.ok or result.status == "paused", result.message
                syncs += 1
            handled += _people_handle(ws, rng)
            outcome = retention.run_retention(ws)
            purged += outcome.items if outcome is not None else 0
            if clock.now() >= next_sample:
                gc.collect()
                samples.append({"sim_hours": round((clock.now() - (end - timedelta(hours=hours))).total_seconds() / 3600, 2),
                                "rss_kb": _rss_kb(), "handles": _handles(), "db_bytes": _db_bytes(ws),
                                **({"fakes_rss_kb": _rss_kb(fakes.pid)} if fakes.pid else {}),
                                **({"sqlite_kb": sqlite_lib.sqlite3_memory_used() // 1024,
                                    **_connection_memory(ws, sqlite_lib)} if sqlite_lib else {}),
                                **(_heap_kb() if trace_memory else {})})
                next_sample += timedelta(hours=1)
                if progress and len(samples) % 24 == 1 and len(samples) > 1:
                    progress({"sim_hours_done": samples[-1]["sim_hours"], "rounds": rounds, "syncs": syncs,
                              "items_produced": produced, "handled": handled, "purged": purged,
                              "seconds": round(time.monotonic() - started, 1), "samples": samples})
            fakes.end_round()
            rounds += 1
            clock.advance(TICK)            # the next five-minute sync round
        wrong = _wrong_deadlines(ws)
        with ws.db.session() as s:
            items = s.scalar(select(func.count()).select_from(t.Item))
            stale_text = s.scalar(select(func.count()).select_from(t.Item).where(
                t.Item.status.not_in((t.STATUS_NEW, t.STATUS_HOLDING, "own")), t.Item.text != "",
                # retention runs once a day: an item may keep its text up to days + 1 day
                t.Item.handled_at < clock.now() - timedelta(days=2, hours=1)))
        return {"seed": seed, "sim_hours": hours, "accounts": len(ids), "fakes_apart": fakes_apart, "rounds": rounds, "syncs": syncs, "items_produced": produced,
                "items_cached": items, "handled": handled, "purged": purged, "wrong_deadlines": wrong,
                "handled_text_older_than_retention": stale_text, "samples": samples,
                "seconds": round(time.monotonic() - started, 1)}
    finally:
        ws.close()
        fakes.stop()
        app_clock.install(previous)
        if trace_memory:
            tracemalloc.stop()


def _poisson(rng: random.Random, lam: float) -> int:
    n, p, limit = 0, 1.0, pow(2.718281828, -lam)
    while True:
        p *= rng.random()
        if p <= limit:
            return n
        n += 1


def _people_handle(ws, rng: random.Random) -> int:
    """The team closes most items within an hour or two (no outbox: the soak is about the cache)."""
    now = app_clock.now()
    with ws.db.session() as s:
        open_items = list(s.scalars(select(t.Item).where(t.Item.status == t.STATUS_NEW,
                                                         t.Item.received_at < now - timedelta(minutes=30))))
        n = 0
        for item in open_items:
            if rng.random() < 0.3:
                item_service.apply_action(s, item, rng.choice(["no_reply", "refer", "spam"]), "Soak", now=now)
                n += 1
        return n


def _db_bytes(ws) -> int:
    path = Path(ws.db.engine.url.database)
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def _wrong_deadlines(ws) -> int:
    """Every item's first deadline, recomputed from its account's policy, must match."""
    wrong = 0
    with ws.db.session() as s:
        accounts_by_id = {a.id: a for a in s.scalars(select(t.Account))}
        for item in s.scalars(select(t.Item).where(t.Item.first_due_at.is_not(None))):
            expected = item_service.first_due_for(accounts_by_id[item.account_id], item.received_at)
            if abs((expected - item.first_due_at).total_seconds()) > 1:
                wrong += 1
            if item.status == t.STATUS_NEW and item.due_at != item.first_due_at:
                wrong += 1
    return wrong


def flatness(samples: list[dict], key: str) -> tuple[float, float]:
    """(max of the first third after warm-up, max of the last third)."""
    body = samples[max(1, len(samples) // 6):]
    third = max(1, len(body) // 3)
    return max(s[key] for s in body[:third]), max(s[key] for s in body[-third:])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hours", type=float, default=168)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--speed", type=float, default=0.0,
                        help="the app clock's own speed between rounds (0: only the five-minute ticks)")
    parser.add_argument("--fakes-in-process", action="store_true",
                        help="run the fake platforms in the app's process (their memory then counts in its RSS)")
    parser.add_argument("--trace-memory", action="store_true",
                        help="also sample the Python heap, the fakes' part apart (slower; fakes in process)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**9)
    print(f"soak: seed {seed}", flush=True)
    def progress(partial):
        print(f"soak: {partial['sim_hours_done']} simulated hours, {partial['rounds']} rounds, "
              f"{partial['items_produced']} items, {partial['seconds']} s", flush=True)
        if args.json:       # an interrupted week still leaves its numbers
            args.json.write_text(json.dumps({"seed": seed, "partial": True, **partial}, indent=2) + "\n")

    result = soak(Path(tempfile.mkdtemp(prefix="svarbox-soak-")), args.hours, seed, speed=args.speed,
                  progress=progress, trace_memory=args.trace_memory,
                  fakes_apart=not (args.fakes_in_process or args.trace_memory))
    rss, handles = flatness(result["samples"], "rss_kb"), flatness(result["samples"], "handles")
    print(json.dumps({k: v for k, v in result.items() if k != "samples"}, indent=2))
    print(f"soak: RSS {rss[0]} -> {rss[1]} kB, handles {handles[0]} -> {handles[1]}, "
          f"DB {result['samples'][-1]['db_bytes']} bytes", flush=True)
    if result["fakes_apart"]:
        fakes_rss = flatness(result["samples"], "fakes_rss_kb")
        print(f"soak: the fakes' own process {fakes_rss[0]} -> {fakes_rss[1]} kB", flush=True)
    if "sqlite_kb" in result["samples"][-1]:
        held = flatness(result["samples"], "sqlite_kb")
        print(f"soak: memory SQLite holds (page caches, statements) {held[0]} -> {held[1]} kB", flush=True)
        rest = flatness([{"kb": s["rss_kb"] - s["sqlite_kb"]} for s in result["samples"]], "kb")
        print(f"soak: RSS less what SQLite holds {rest[0]} -> {rest[1]} kB", flush=True)
        last = result["samples"][-1]
        if "page_cache_kb" in last:
            print(f"soak: {last['connections']} connections' page caches {last['page_cache_kb']} kB "
                  f"(at most {last['cache_size_kib']} KiB each), statements {last['statements_kb']} kB, "
                  f"schema {last['schema_kb']} kB", flush=True)
    if args.trace_memory:
        rest, fakes = flatness(result["samples"], "heap_rest_kb"), flatness(result["samples"], "heap_fakes_kb")
        print(f"soak: Python heap without the fakes {rest[0]} -> {rest[1]} kB, the fakes {fakes[0]} -> {fakes[1]} kB",
              flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
