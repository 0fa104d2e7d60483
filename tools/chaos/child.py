"""The chaos worker: Svarbox processes that sync every account and flush the outbox.

Started once as a *zygote*: it pays for the imports, then forks one fresh worker per
command it reads on stdin (a JSON line), so a thousand kills do not cost a thousand
interpreter start-ups. Each worker is a new process: its own pid, its own client id, its own
database connections, opened after the fork; the parent SIGKILLs it by pid.

Commands: {"mode": "loop"|"settle", "clock": ISO, "ahead": seconds, "err": path}
    loop    sync + publish due posts + flush forever (until killed)
    settle  sync to the end, hand over due posts, flush what is due ``ahead`` seconds from
            now, print the result

A looping worker catches a KnownError as the window does (one sentence, then the next round)
and writes ``KNOWN <sentence>`` on its stderr file; the harness allows these only while it
injects an environment fault (envfaults.py).

Lines the zygote and its workers write on stdout: ``PID n``, ``READY n`` (imports done,
workspace open: a random kill lands in real work), ``RESULT n {json}``, ``EXIT n code``.
Tokens live in the world's file keychain (SVARBOX_CHAOS_KEYCHAIN): a token a worker stored
(a rotated Bluesky session) is there for the next worker, as in the OS keychain.
"""
import json
import os
import socket
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

# Connectors are imported lazily by the app; import them here, once, for every fork.
import app.connectors.facebook  # noqa: E401,E402,F401
import app.connectors.instagram  # noqa: E402,F401
import app.connectors.linkedin  # noqa: E401,E402,F401
from app import clock  # noqa: E402
from app.errors import KnownError  # noqa: E402
from app.services.inbound.sync import sync_all  # noqa: E402
from app.services.outbound import outbox, scheduler  # noqa: E402
from app.services.team import leases as team  # noqa: E402
from app.services.workspace import open_workspace  # noqa: E402
from tools.chaos.keychain import FileKeychain  # noqa: E402


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())     # one write: lines of workers never interleave


def work(command: dict, data_dir: str, url: str | None) -> int:
    # A forked worker is a new app instance: a fresh client id (host:pid:random), as a newly
    # started Svarbox would have, so the outbox can tell this worker's rows from the dead ones'.
    team._CLIENT_ID = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    clock.install(clock.AdvancingClock(clock.parse_moment(command["clock"])))
    store = FileKeychain(os.environ["SVARBOX_CHAOS_KEYCHAIN"])
    while True:
        try:
            ws = open_workspace(data_dir, url, credentials=store, user="chaos-worker")
            break
        except KnownError as exc:
            # Started on a full disk or with the team database away: the window shows the
            # sentence and the person tries again. A settling worker must open at once.
            if command["mode"] != "loop":
                raise
            if not command.get("started"):
                say(f"READY {os.getpid()}")      # the harness's schedule goes on meanwhile
                command["started"] = True
            sys.stderr.write("KNOWN " + exc.message.replace("\n", " ") + "\n")
            sys.stderr.flush()
            time.sleep(0.05)
    if not command.get("started"):
        say(f"READY {os.getpid()}")
    if command["mode"] == "loop":
        while True:
            try:
                sync_all(ws, sleep=lambda _s: None)
                scheduler.run_due(ws)       # due posts to the outbox, under the "publisher" lease
                outbox.flush(ws)
            except KnownError as exc:
                # What the window does with a KnownError: one sentence for the person, and the
                # next round later. The harness reads these lines (a full disk, the team
                # database away); anything else would be a traceback and fails the run.
                sys.stderr.write("KNOWN " + exc.message.replace("\n", " ") + "\n")
                sys.stderr.flush()
                time.sleep(0.05)
            time.sleep(0.01)
    ahead = timedelta(seconds=int(command.get("ahead", 0)))
    results = sync_all(ws, sleep=lambda _s: None, force=True)
    scheduler.run_due(ws)
    sent = []
    for _ in range(5):   # a send that waits behind a failed one gets its turn on the next pass
        batch = outbox.flush(ws, now=clock.now() + ahead)
        sent += batch
        if not batch:
            break
    results += sync_all(ws, sleep=lambda _s: None, force=True)
    say(f"RESULT {os.getpid()} " + json.dumps({"sync": [r.status for r in results],
                                               "sync_messages": [r.message for r in results if not r.ok],
                                               "flush": [r.state for r in sent]}))
    ws.close()
    return 0


def main() -> int:
    data_dir, url = sys.argv[1], sys.argv[2] or None
    if os.environ.get("SVARBOX_CHAOS_PG_TIMEOUTS"):     # envfaults.py cuts the network: seconds, not a minute
        from app.models import db as dbmod
        user_ms, connect_s = os.environ["SVARBOX_CHAOS_PG_TIMEOUTS"].split(",")
        dbmod.PG_TCP_USER_TIMEOUT_MS, dbmod.PG_CONNECT_TIMEOUT_S = int(user_ms), int(connect_s)
    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                err = os.open(command["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(err, 2)
                sys.stderr = os.fdopen(2, "w", buffering=1)
                code = work(command, data_dir, url)
            except BaseException:
                import traceback
                traceback.print_exc()
            finally:
                os._exit(code)
        say(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"EXIT {pid} {os.waitstatus_to_exitcode(status)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
