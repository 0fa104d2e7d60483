"""A colleague's Svarbox as a separate process, for the team tests.

    python tests/team/client.py COMMAND --db URL --data-dir DIR --user NAME [options]

Tokens come in through SVARBOX_TEST_TOKENS (JSON ref -> token) into an in-memory keychain:
each process has only its own keychain, as each colleague does. The last stdout line is JSON.
``--go FILE``: write FILE.<pid> when ready, then wait for FILE (lines racers up).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.errors import KnownError  # noqa: E402
from app.secrets import MemoryStore  # noqa: E402
from app.services.outbound import outbox  # noqa: E402
from app.services.team import collab
from app.services.team import leases as team


def out(payload) -> None:
    print(json.dumps(payload, default=str), flush=True)


def open_ws(args):
    from app.services.workspace import open_workspace
    store = MemoryStore()
    for ref, token in json.loads(os.environ.get("SVARBOX_TEST_TOKENS", "{}")).items():
        store.set(ref, token)
    return open_workspace(args.data_dir, args.db, credentials=store, user=args.user)


def write_atomic(path: Path, text: str) -> None:
    """The test reads a marker as soon as it exists: it must never see it half-written."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def wait_for_go(go: str | None) -> None:
    if not go:
        return
    Path(f"{go}.{os.getpid()}").write_text("ready")
    while not Path(go).exists():
        time.sleep(0.001)


def short_sync_lease(ttl: float) -> None:
    """The sync lease with a test-sized TTL (sync.py takes it through this module attribute)."""
    def acquire(ws, account_id):
        return team.acquire_lease(ws.db, f"sync:{account_id}", ttl=timedelta(seconds=ttl))
    team.acquire_sync_lease = acquire


class SlowConnector:
    """The real connector, with pauses between pages, and a longer one after the first page
    (``hang`` seconds: "mid-sync", where the kill test kills the process)."""

    def __init__(self, inner, marker: Path, page_pause: float, hang: float):
        self.inner, self.marker, self.page_pause, self.hang = inner, marker, page_pause, hang

    def fetch(self, cursor, progress=None):
        pages = 0
        for page in self.inner.fetch(cursor, progress):
            yield page
            pages += 1
            if pages == 1:
                write_atomic(self.marker, team.client_id())
                time.sleep(self.hang)
            time.sleep(self.page_pause)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def cmd_answer(ws, args) -> None:
    wait_for_go(args.go)
    hold = (lambda: time.sleep(args.hold)) if args.hold else None
    try:
        with ws.db.session() as session:
            outbox_id = collab.queue_reply(session, args.item, ws.user, args.text,
                                           override=args.override, after_check=hold)
        result = {"queued": outbox_id}
    except collab.CollisionError as exc:
        result = {"refused": exc.message, "kind": exc.kind, "colleague": exc.colleague}
    if args.flush:
        result["flushed"] = [r.to_json() for r in outbox.flush(ws)]
    out(result)


def cmd_flush(ws, args) -> None:
    wait_for_go(args.go)
    out([r.to_json() for r in outbox.flush(ws)])


def cmd_sync(ws, args) -> None:
    from app.models import tables as t
    from app.services.inbound.sync import sync_account
    from app.services.outbound.connections import connector_for
    short_sync_lease(args.ttl)
    connector = None
    if args.marker:
        with ws.db.session() as session:
            inner = connector_for(ws, session.get(t.Account, args.account))
        connector = SlowConnector(inner, Path(args.marker), args.page_pause, args.hang)
    wait_for_go(args.go)
    result = sync_account(ws, args.account, connector=connector, sleep=lambda _s: None)
    out(result.to_json())


def cmd_claim(ws, args) -> None:
    ttl = timedelta(seconds=args.ttl)
    state = collab.open_composer(ws, args.item, ttl=ttl)
    write_atomic(Path(args.marker), json.dumps({"claimed": state.claimed, "warning": state.warning,
                                                "client": team.client_id()}))
    release = Path(args.release) if args.release else None
    while release is None or not release.exists():
        time.sleep(collab.renew_every(ttl) if args.renew else 0.05)
        if args.renew:
            collab.renew_composer(ws, args.item, ttl=ttl)
    collab.close_composer(ws, args.item)
    out({"closed": True})


def cmd_act(ws, args) -> None:
    with ws.db.session() as session:
        if args.assign:
            collab.assign(session, args.item, args.assign, ws.user)
        if args.note:
            from app.services.inbound import items
            items.add_note(session, args.item, ws.user, args.note)
    out({"ok": True, "client": team.client_id()})


def cmd_replay(ws, args) -> None:
    from app.services.outbound import localqueue
    wait_for_go(args.go)
    result = localqueue.replay(ws)
    out({"moved": result.moved, "already": result.already, "held": result.held, "offline": result.offline})


def cmd_migrate(ws_unused, args) -> None:
    from app.models.db import open_url
    try:
        open_url(args.db).dispose()
        out({"ok": True})
    except KnownError as exc:
        out({"ok": False, "error": exc.message})
    except Exception as exc:   # the test wants to see what went wrong, not a traceback
        out({"ok": False, "error": f"{type(exc).__name__}: {str(exc).splitlines()[0]}"})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["answer", "flush", "sync", "claim", "act", "replay", "migrate"])
    parser.add_argument("--db", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--go")
    parser.add_argument("--item", type=int)
    parser.add_argument("--account", type=int)
    parser.add_argument("--text", default="")
    parser.add_argument("--hold", type=float, default=0.0)
    parser.add_argument("--override", action="store_true")
    parser.add_argument("--flush", action="store_true")
    parser.add_argument("--ttl", type=float, default=60.0)
    parser.add_argument("--marker")
    parser.add_argument("--release")
    parser.add_argument("--renew", action="store_true")
    parser.add_argument("--hang", type=float, default=0.0)
    parser.add_argument("--page-pause", type=float, default=0.0)
    parser.add_argument("--assign")
    parser.add_argument("--note")
    args = parser.parse_args()
    if args.command == "migrate":
        cmd_migrate(None, args)
        return 0
    ws = open_ws(args)
    try:
        globals()[f"cmd_{args.command}"](ws, args)
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
