"""A team on one PostgreSQL: N simulated colleagues for a while, through the real services.

    nice -n 5 .venv/bin/python bench/pg_load.py --items 1000000 --clients 20 --seconds 300
    .venv/bin/python bench/pg_load.py --short        # 2,000 items, 4 clients, 4 s (the test)

Each client is a Svarbox workspace of its own (own engine and pool, own data folder, own
in-memory keychain holding the two Page tokens) on the shared database. It loops until the
end of the run, with a think time between steps (a person reads before clicking):

- first page of a saved view, an account or an institution (``view_ids`` + ``rows_by_ids``,
  as the window does), and now and then the navigator counts;
- a search (common, rare and half-typed words, in Open and Everything);
- claim: opens the composer on an open item of one of the two Pages as the window does
  (``leases.claim_item``, then the collision check ``collab.answer_guard``); when it got the
  item and nobody else answered it, answers through
  the one door (``actions.perform``, a reply with a unique text), sends the outbox
  (``outbox.flush``, several clients flushing at once) and closes the composer; a note on
  some items instead of a reply;
- two clients also sync one Page each (``sync.sync_account``) every few seconds, while a
  feeder thread adds citizens' comments to both fake Pages (``tests/fakes/graph_fake``, real
  HTTP on 127.0.0.1).

Afterwards every queued reply must be on the fake Page exactly once (no duplicate sends, none
lost), no comment may have two answers from the Page, every note must be in the database,
and the outbox must hold nothing unsent. Latency per operation: p50/p95/max.

Clients run as processes (``--mode processes``: each person has a computer; here they share
2 cores with the server, so they contend) or threads (``--mode threads``: one GIL).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
for _p in (str(BENCH_DIR), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)
os.environ.setdefault("SVARBOX_LANG", "en")

TOKENS = ("EAAload-page-one-token-1", "EAAload-page-two-token-2")
PAGE_IDS = ("900100200", "900100300")
WORDS_COMMON = ("kommune", "kommunen", "bibliotek", "vej")
WORDS_RARE = ("Skærbækvej", "svømmehallen")
WORDS_TYPING = ("komm", "bibl", "Skærb")
VIEWS = ("open", "overdue", "due_today", "followup", "answered", "mentions", "assigned")
OP_TARGETS_MS = {"first page": 50.0, "claim": 100.0}
LOAD_RESULTS = BENCH_DIR / "pg_load.json"


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, int(round(q * (len(ordered) - 1)))))
    return ordered[k]


# --- one client --------------------------------------------------------------------------

def client_main(spec: dict, ready) -> dict:
    """One colleague's session: open the workspace, call ``ready()`` (which waits for the
    start and returns the end, in ``time.monotonic()``: one clock for every process on the
    machine), then work until the end; returns what it did."""
    from app.secrets import MemoryStore
    from app.services.inbound import inbox, new_items, reads
    from app.services.inbound.inbox import ViewSpec
    from app.services.inbound.sync import sync_account
    from app.services.outbound import actions, outbox
    from app.services.team import collab, leases
    from app.services.workspace import open_workspace

    rng = random.Random(spec["seed"])
    store = MemoryStore()
    for ref, token in spec["tokens"].items():
        store.set(ref, token)
    ws = open_workspace(spec["data_dir"], spec["url"], credentials=store, user=spec["user"])
    user = spec["user"]
    lat: dict[str, list[float]] = {}
    done: dict[str, list] = {"replies": [], "notes": [], "collisions": 0, "refused": [], "errors": []}
    fake_accounts = spec["fake_accounts"]
    until = ready()
    next_sync = time.monotonic() + rng.uniform(0, spec["sync_every"])

    def timed(name: str, fn):
        t0 = time.perf_counter()
        try:
            return fn()
        finally:
            lat.setdefault(name, []).append((time.perf_counter() - t0) * 1000)

    def page(spec_: ViewSpec):
        def fn():
            with ws.db.session() as s:
                ids = inbox.view_ids(s, spec_, limit=50)
                return list(ids), inbox.rows_by_ids(s, ids, user=user)
        return fn

    def guard(item_id: int) -> str | None:
        with ws.db.session() as s:
            return collab.answer_guard(s, item_id, user)

    def counts():
        with ws.db.session() as s:
            return new_items.with_modes(reads.with_unread(s, inbox.navigator_counts(s, user=user), user))

    def claim_and_answer():
        account_id = rng.choice(fake_accounts)
        ids, _rows = timed("first page", page(ViewSpec(view="open", account_id=account_id, user=user)))
        if not ids:
            return
        item_id = rng.choice(ids[:10])
        # What the window does when the composer opens: claim the item (team_controller), and
        # show the colleague's answer or claim if there is one (the collision check).
        claimed = timed("claim", lambda: leases.claim_item(ws.db, item_id, user))
        if not claimed.ok:
            done["collisions"] += 1
            return
        try:
            if timed("collision check", lambda: guard(item_id)):
                done["collisions"] += 1
                return
            if rng.random() < 0.15:
                text = f"Note {uuid.uuid4().hex[:10]} by {user}"
                result = timed("note", lambda: actions.perform(ws, actions.Request(item_id, "note", user, text=text)))
                if result.ok:
                    done["notes"].append({"item_id": item_id, "text": text})
                return
            text = f"Hej. Tak for din besked, vi ser på det. /{user} ({uuid.uuid4().hex[:10]})"
            result = timed("reply (queue)", lambda: actions.perform(
                ws, actions.Request(item_id, "reply", user, text=text, confirmed=True)))
            if result.outcome == "queued":
                done["replies"].append({"item_id": item_id, "outbox_id": result.outbox_id, "text": text})
                timed("send (outbox flush)", lambda: outbox.flush(ws, account_id=account_id))
            elif result.outcome == "collision":
                done["collisions"] += 1
            else:
                done["refused"].append({"item_id": item_id, "outcome": result.outcome,
                                        "message": result.message, "problems": result.problems})
        finally:
            leases.release_claim(ws.db, item_id)

    try:
        while time.monotonic() < until:
            try:
                if spec.get("sync_account") and time.monotonic() >= next_sync:
                    res = timed("sync", lambda: sync_account(ws, spec["sync_account"], sleep=lambda _s: None))
                    if not res.ok and res.status != "busy":
                        done["errors"].append(f"sync: {res.status} {res.message}")
                    next_sync = time.monotonic() + spec["sync_every"]
                    continue
                roll = rng.random()
                if roll < 0.40:
                    view = rng.choice(VIEWS)
                    timed("first page", page(ViewSpec(view=view, user=user)))
                elif roll < 0.50:
                    which = rng.random()
                    if which < 0.5:
                        acc_spec = ViewSpec(view="open", account_id=rng.choice(spec["accounts"]), user=user)
                        timed("first page", page(acc_spec))
                    elif which < 0.8:
                        inst_spec = ViewSpec(view="open", institution_id=rng.choice(spec["institutions"]), user=user)
                        timed("first page", page(inst_spec))
                    else:
                        timed("navigator counts", counts)
                elif roll < 0.70:
                    pool = rng.choice((WORDS_COMMON, WORDS_COMMON, WORDS_RARE, WORDS_TYPING))
                    view = rng.choice(("open", "all"))
                    timed("search", page(ViewSpec(view=view, search=rng.choice(pool), user=user)))
                else:
                    claim_and_answer()
            except Exception as exc:        # noqa: BLE001 - counted and reported, never hidden
                done["errors"].append(f"{type(exc).__name__}: {exc}")
            time.sleep(rng.uniform(*spec["think"]))
    finally:
        ws.close()
    return {"user": user, "latency_ms": lat, **done}


def _client_process_entry(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    go = Path(spec["go_path"])

    def ready() -> float:
        # Everyone starts together, after the slow imports and opening the workspace.
        Path(spec["result_path"] + ".ready").write_text("ready")
        while not go.exists():
            time.sleep(0.01)
        until = float(go.read_text() or "0")
        while time.monotonic() < until - spec["seconds"]:
            time.sleep(0.005)
        return until
    result = client_main(spec, ready)
    Path(spec["result_path"]).write_text(json.dumps(result, default=str))
    return 0


# --- the run -----------------------------------------------------------------------------

class Feeder(threading.Thread):
    """Citizens writing on both Pages while the team works."""

    def __init__(self, fakes, posts, every: float):
        super().__init__(daemon=True)
        self.fakes, self.posts, self.every = fakes, posts, every
        self.stop_event = threading.Event()
        self.added = 0

    def run(self) -> None:
        import generator
        rng = random.Random(7)
        texts = generator._Texts(rng)
        while not self.stop_event.wait(self.every):
            for fb, post in zip(self.fakes, self.posts):
                text, _ = texts.citizen("da", rng.random() < 0.01)
                fb.add_comment(post, text)
                self.added += 1


def prepare(url: str, work: Path, n_initial: int = 150):
    """Two fake Facebook Pages on 127.0.0.1 connected to the team database and synced once."""
    import generator

    from app.secrets import MemoryStore
    from app.services import accounts
    from app.services.inbound.sync import sync_account
    from app.services.workspace import open_workspace
    from tests.fakes.graph_fake import FakeFacebook, api_base
    from tests.fakes.server import FakeServer

    rng = random.Random(11)
    texts = generator._Texts(rng)
    fakes, servers, posts, account_ids, refs = [], [], [], [], {}
    store = MemoryStore()
    admin = open_workspace(str(work / "admin"), url, credentials=store, user="Team Admin")
    try:
        for page_id, token in zip(PAGE_IDS, TOKENS):
            fb = FakeFacebook(page_id=page_id, token=token, page_size=50)
            post = fb.add_post("Nyt fra kommunen: vejarbejde og tømning i uge 50")
            for _ in range(n_initial):
                fb.add_comment(post, texts.citizen("da", False)[0])
            server = FakeServer(fb).start()
            info = accounts.add_account(admin, platform="facebook", name=f"Belastning {page_id}", token=token,
                                        institution="Belastningstest Kommune", base_url=api_base(server),
                                        external_id=page_id, policy="hours:24")
            from app.models import tables as t
            with admin.db.session() as s:
                refs[s.get(t.Account, info.id).credential_ref] = token
            result = sync_account(admin, info.id, sleep=lambda _s: None)
            if not result.ok:
                raise RuntimeError(f"initial sync failed: {result.message}")
            fakes.append(fb)
            servers.append(server)
            posts.append(post)
            account_ids.append(info.id)
    finally:
        admin.close()
    return fakes, servers, posts, account_ids, refs


def run_load(url: str, *, clients: int = 20, seconds: float = 300, mode: str = "processes",
             think: tuple[float, float] = (0.3, 1.5), sync_every: float = 3.0, feed_every: float = 0.5,
             initial_comments: int = 150, work: Path | None = None, log=print) -> dict:
    from sqlalchemy import func, select

    from app.models import tables as t
    from app.models.db import open_url
    from app.secrets import MemoryStore
    from app.services.outbound import outbox
    from app.services.workspace import open_workspace

    work = Path(work or tempfile.mkdtemp(prefix="svarbox-load-"))
    load_start = loadavg()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)     # one line per fake request otherwise
    fakes, servers, posts, fake_accounts, refs = prepare(url, work, initial_comments)
    db = open_url(url)
    with db.session() as s:
        account_ids = [a for a in s.scalars(select(t.Account.id)) if a not in fake_accounts]
        institutions = list(s.scalars(select(t.Institution.id)))
        n_items = s.scalar(select(func.count()).select_from(t.Item))
    db.dispose()
    feeder = Feeder(fakes, posts, feed_every)
    specs = []
    go_path = work / "go"
    for i in range(clients):
        specs.append({"url": url, "user": f"Kollega {i + 1:02d}", "data_dir": str(work / f"client-{i}"),
                      "seed": 1000 + i, "tokens": refs, "fake_accounts": fake_accounts,
                      "accounts": account_ids or fake_accounts, "institutions": institutions,
                      "sync_account": fake_accounts[i] if i < len(fake_accounts) else None,
                      "sync_every": sync_every, "think": list(think), "seconds": seconds, "go_path": str(go_path),
                      "result_path": str(work / f"result-{i}.json")})
    log(f"load run: {clients} clients ({mode}), {seconds:.0f} s, {n_items:,} items, load average {load_start}")
    results: list[dict] = []
    feeder.start()
    try:
        if mode == "processes":
            procs = []
            for spec in specs:
                path = work / f"spec-{spec['seed']}.json"
                path.write_text(json.dumps(spec))
                procs.append(subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--client", str(path)],
                                              cwd=ROOT, stderr=subprocess.PIPE, text=True))
            while not all(Path(spec["result_path"] + ".ready").exists() for spec in specs):
                dead = [p for p in procs if p.poll() is not None]
                if dead:
                    raise RuntimeError(f"a client exited before the start:\n{dead[0].communicate()[1][-3000:]}")
                time.sleep(0.05)
            tmp_go = go_path.with_suffix(".tmp")
            tmp_go.write_text(repr(time.monotonic() + 0.5 + seconds))
            os.replace(tmp_go, go_path)
            for proc, spec in zip(procs, specs):
                _out, err = proc.communicate(timeout=seconds + 600)
                if proc.returncode != 0:
                    raise RuntimeError(f"client {spec['user']} failed ({proc.returncode}):\n{err[-3000:]}")
                results.append(json.loads(Path(spec["result_path"]).read_text()))
        else:
            slots: list[dict | None] = [None] * clients
            barrier = threading.Barrier(clients, timeout=300)
            end: list[float] = []

            def ready() -> float:
                if barrier.wait() == 0:
                    end.append(time.monotonic() + seconds)
                barrier.wait()
                return end[0]

            def one(k: int) -> None:
                slots[k] = client_main(specs[k], ready)
            threads = [threading.Thread(target=one, args=(k,)) for k in range(clients)]
            for th in threads:
                th.start()
            for th in threads:
                th.join(seconds + 600)
            if any(r is None for r in slots):
                raise RuntimeError("a client thread did not finish")
            results = [r for r in slots if r is not None]
    finally:
        feeder.stop_event.set()
        feeder.join(5)
    load_end = loadavg()

    # Drain: whatever a client queued but a colleague's flush held at the end is sent now,
    # by a client holding both tokens (what the next colleague to open Svarbox would do).
    store = MemoryStore()
    for ref, token in refs.items():
        store.set(ref, token)
    drain = open_workspace(str(work / "drain"), url, credentials=store, user="Team Admin")
    try:
        drained = [r for r in outbox.flush(drain) if r.state == t.OUTBOX_SENT]
        with drain.db.session() as s:
            unsent = s.scalar(select(func.count()).select_from(t.OutboxAction).where(
                t.OutboxAction.state.not_in((t.OUTBOX_SENT, t.OUTBOX_DISCARDED))))
            note_texts = set(s.scalars(select(t.Note.text)))
            stored_outbox = dict(s.execute(select(t.OutboxAction.id, t.OutboxAction.state)).all())
    finally:
        drain.close()
    for server in servers:
        server.stop()
    report = check(results, fakes, note_texts, stored_outbox, unsent)
    report.update({"clients": clients, "mode": mode, "seconds": seconds, "think_s": list(think),
                   "items": n_items, "loadavg_start": load_start, "loadavg_end": load_end,
                   "comments_fed": feeder.added, "drained_at_end": len(drained)})
    return report


def check(results: list[dict], fakes, note_texts: set[str], stored_outbox: dict, unsent: int) -> dict:
    """Latency summary and the invariants: no duplicate sends, no lost action."""
    lat: dict[str, list[float]] = {}
    for r in results:
        for name, samples in r["latency_ms"].items():
            lat.setdefault(name, []).extend(samples)
    ops = {name: {"n": len(s), "p50": percentile(s, 0.5), "p95": percentile(s, 0.95), "max": max(s),
                  "mean": statistics.fmean(s)} for name, s in sorted(lat.items())}
    page_texts: dict[str, int] = {}
    answered_twice = []
    for fb in fakes:
        with fb.lock:
            own = [c for c in fb.comments.values() if (c["from"] or {}).get("id") == fb.page_id
                   and not c["deleted"]]
        per_parent: dict[str, int] = {}
        for c in own:
            page_texts[c["message"]] = page_texts.get(c["message"], 0) + 1
            per_parent[c["parent_id"]] = per_parent.get(c["parent_id"], 0) + 1
        answered_twice += [p for p, n in per_parent.items() if n > 1]
    replies = [rep for r in results for rep in r["replies"]]
    notes = [n for r in results for n in r["notes"]]
    duplicates = [text for text, n in page_texts.items() if n > 1]
    lost_replies = [rep for rep in replies if page_texts.get(rep["text"], 0) == 0
                    or stored_outbox.get(rep["outbox_id"]) != "sent"]
    lost_notes = [n for n in notes if n["text"] not in note_texts]
    errors = [e for r in results for e in r["errors"]]
    refused = [x for r in results for x in r["refused"]]
    targets = {name: {"target_p95_ms": target, "p95_ms": ops.get(name, {}).get("p95"),
                      "met": name in ops and ops[name]["p95"] <= target}
               for name, target in OP_TARGETS_MS.items()}
    return {"ops": ops, "replies_queued": len(replies), "replies_on_platform": sum(page_texts.values()),
            "notes": len(notes), "collisions": sum(r["collisions"] for r in results),
            "duplicate_sends": duplicates, "comments_answered_twice": answered_twice,
            "lost_replies": lost_replies, "lost_notes": lost_notes, "unsent_in_outbox": unsent,
            "errors": errors, "refused": refused, "targets": targets,
            "ok": not (duplicates or answered_twice or lost_replies or lost_notes or unsent or errors)}


def build_database(cluster, items: int, log=print) -> str:
    """A database on ``cluster`` holding the generated cache of ``items`` rows."""
    import generator
    import pg_data
    folder = generator.ensure_cache(items, log=log)
    url = cluster.create_database(f"load_{items}")
    pg_data.load_sqlite_into_postgres(folder / generator.DB_FILE, url, log=log)
    return url


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", help=argparse.SUPPRESS)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--mode", choices=("processes", "threads"), default="processes")
    parser.add_argument("--short", action="store_true", help="2,000 items, 4 clients, 4 s (threads)")
    parser.add_argument("--json", default=str(LOAD_RESULTS))
    args = parser.parse_args(argv)
    if args.client:
        return _client_process_entry(args.client)
    if args.short:
        args.items, args.clients, args.seconds, args.mode = 2_000, 4, 4.0, "threads"
    from tests.team.pgfixtures import start_cluster
    cluster = start_cluster()
    try:
        url = build_database(cluster, args.items)
        report = run_load(url, clients=args.clients, seconds=args.seconds, mode=args.mode)
    finally:
        cluster.destroy()
    print_report(report)
    if not args.short:
        Path(args.json).write_text(json.dumps(report, indent=1, default=str))
        print(f"wrote {args.json}")
    return 0 if report["ok"] else 1


def print_report(report: dict) -> None:
    for name, op in report["ops"].items():
        print(f"  {name:22} n={op['n']:6}  p50 {op['p50']:8.1f} ms  p95 {op['p95']:8.1f} ms  max {op['max']:8.1f} ms")
    print(f"  replies queued {report['replies_queued']}, on the Pages {report['replies_on_platform']}, "
          f"duplicates {len(report['duplicate_sends'])}, lost {len(report['lost_replies'])}, "
          f"notes {report['notes']} (lost {len(report['lost_notes'])}), collisions {report['collisions']}, "
          f"errors {len(report['errors'])}; load average {report['loadavg_start']} -> {report['loadavg_end']}")
    for e in report["errors"][:10]:
        print("  error:", e)


if __name__ == "__main__":
    raise SystemExit(main())
