"""Environment faults for the long run (``run.py --env-faults``, on with ``--faults``):

SQLite   the data folder is a tmpfs of its own; at random cycles it is made full
         (``mount -o remount,size=<what is used + a few KB>``: no filler file, no RAM spent)
         while the worker syncs, publishes and sends, and made roomy again later.
PostgreSQL  the team database goes away at random cycles while the worker syncs, claims and
         sends: the server is stopped (``immediate``: a crash, or ``fast``: an administrator's
         restart; every connection drops) and started again, or the network to it is cut (the
         server runs in a network namespace of its own behind a veth link, and its packets are
         dropped: no reset, no answer, as a pulled cable or a dropped VPN; tests/team/
         pgfixtures.NetworkPath) and restored. The app's tcp_user_timeout and connect_timeout
         are shortened for the run (CUT_TIMEOUTS) so a cut costs seconds.

A fault starts after a random delay or at the n-th request a platform receives (before the
platform handled it, or after it stored a write and before the answer left), or before the
worker starts (it must open the workspace, say the sentence and try again), the worker meets
it for a while, and is SIGKILLed either during the fault or after it ended. Meanwhile the person
acts in the window. What must hold, besides every invariant of world.py after the restart:

- the worker printed no traceback; each failure it met is the app's one sentence: "the disk
  holding <the data folder> is full" / "the team database cannot be reached";
- SQLite: ``PRAGMA integrity_check`` is ok once space is back; an action the window could not
  store was refused with that sentence and is not in the outbox;
- PostgreSQL: what the person did while the server was away was kept locally and goes out
  exactly once after the replay; a claim of a laptop that vanished with the server is still
  its holder's after the restart and is taken over once it expired.

Needs root for the tmpfs (CI and the chaos VM run as root); without it the SQLite part says
why and the run stops rather than silently testing less.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from app.errors import DatabaseError, KnownError, UsageError
from app.models import tables as t
from app.services.outbound import localqueue, outbox
from app.services.team import leases as team

ROOMY = "1g"            # the data folder's tmpfs between faults (pages are only used when written)
PAGE = 4096
CUT_TIMEOUTS = (1000, 2)   # tcp_user_timeout (ms), connect_timeout (s) while a chaos run cuts the network


class EnvFaults:
    def __init__(self, world, kind: str, root: Path, rng):
        self.world, self.kind, self.rng = world, kind, rng
        self.data = root / "data"
        self.mounted = False
        self.mode = ""
        if kind == "postgresql":
            # A cut network is noticed after tcp_user_timeout and connect_timeout (30 s and
            # 10 s in the app); shortened here and in every worker so a cut costs seconds.
            from app.models import db as dbmod
            self._timeouts = dbmod.PG_TCP_USER_TIMEOUT_MS, dbmod.PG_CONNECT_TIMEOUT_S
            dbmod.PG_TCP_USER_TIMEOUT_MS, dbmod.PG_CONNECT_TIMEOUT_S = CUT_TIMEOUTS
            os.environ["SVARBOX_CHAOS_PG_TIMEOUTS"] = ",".join(map(str, CUT_TIMEOUTS))
        if kind == "sqlite":
            self.data.mkdir(parents=True, exist_ok=True)
            self._mount("mount", "-t", "tmpfs", "-o", f"size={ROOMY}", "tmpfs", str(self.data))
            self.mounted = True

    # --- the environment ---------------------------------------------------------------------
    def _mount(self, *command: str) -> None:
        result = subprocess.run(list(command), capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"environment faults need a tmpfs for the data folder (root; uid {os.geteuid()}): "
                               f"{' '.join(command)}: {result.stderr.strip() or result.returncode}")

    def _fill(self) -> None:
        """Make the data folder's disk full: its size becomes what is used plus 0-3 pages."""
        extra = self.rng.randint(0, 3)
        for attempt in range(20):
            # The worker keeps writing: a size below what is used by now is refused, so measure
            # again (and allow one more page) until the remount takes.
            stat = os.statvfs(self.data)
            used = (stat.f_blocks - stat.f_bfree) * stat.f_frsize
            size = max(used + (extra + attempt) * PAGE, PAGE)
            if subprocess.run(["mount", "-o", f"remount,size={size}", str(self.data)],
                              capture_output=True).returncode == 0:
                return
        self._mount("mount", "-o", f"remount,size={size + 16 * PAGE}", str(self.data))

    def _roomy(self) -> None:
        self._mount("mount", "-o", f"remount,size={ROOMY}", str(self.data))

    def _stop_server(self) -> None:
        store = self.world.store
        self.mode = self.rng.choice(["immediate", "fast", "cut"] if store.path else ["immediate", "fast"])
        if self.mode == "cut":
            store.path.cut()
            self.world.stats.count("env_faults", "network to the database cut")
        else:
            store.cluster.stop(self.mode)
            self.world.stats.count("env_faults", f"database stopped ({self.mode})")

    def start_fault(self) -> None:
        if self.kind == "sqlite":
            self._fill()
            self.world.stats.count("env_faults", "disk full")
        else:
            self._stop_server()

    def end_fault(self) -> None:
        if self.kind == "sqlite":
            self._roomy()
        elif self.mode == "cut":
            self.world.store.path.restore()
        else:
            self.world.store.cluster.start()

    def close(self) -> None:
        if self.kind == "postgresql":
            from app.models import db as dbmod
            dbmod.PG_TCP_USER_TIMEOUT_MS, dbmod.PG_CONNECT_TIMEOUT_S = self._timeouts
            os.environ.pop("SVARBOX_CHAOS_PG_TIMEOUTS", None)
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.data)], capture_output=True)
            self.mounted = False

    # --- one cycle -----------------------------------------------------------------------------
    def cycle(self) -> tuple[str, list[str]]:
        """A worker meets the fault and is killed during or after it. Returns the kill's kind
        and what went wrong."""
        w, rng = self.world, self.rng
        trigger = rng.choice(["timer", "request-before", "request-after"])
        delay, countdown = rng.uniform(0.0, 0.4), rng.randint(1, 25)
        meet, after = rng.uniform(0.1, 0.8), rng.uniform(0.1, 0.6)
        kill_during = rng.random() < 0.5
        screen = self._on_screen()
        if self.kind == "sqlite" and rng.random() < 0.7:
            self._checkpoint()
        claim = self._claim_before(screen)
        if claim:          # the person leaves Anna's item alone (a replay would rightly hold it)
            screen = [row for row in screen if row[0] != claim[0]]
        if rng.random() < 0.15:
            trigger = "worker start"        # the app is started while the fault already lasts
        if trigger == "worker start":
            self.start_fault()
        pid = w.spawn("loop")
        if trigger == "worker start":
            pass
        elif trigger == "timer":
            time.sleep(delay)
            self.start_fault()
        else:
            w.kill_switch.arm(None, countdown, trigger == "request-after", action=self.start_fault)
            if not w.kill_switch.fired.wait(timeout=5):
                trigger = "timer"
                w.kill_switch.disarm()
                self.start_fault()
        w.stats.count("env_faults", f"started by {trigger}")
        time.sleep(meet)                              # the worker meets the fault
        problems: list[str] = []
        if kill_during:
            self._kill(pid)
        pending = self._window_acts(screen, problems)
        self.end_fault()
        if not kill_during:
            time.sleep(after)                         # ... and carries on once it is over
            self._kill(pid)
        if self.mode == "cut" and len(screen) > 2 and rng.random() < 0.5:
            pending += self._commit_unacknowledged(screen[2], problems)
        problems += self._worker_said()
        if self.kind == "sqlite":
            problems += self._integrity()
            problems += self._refused_not_queued(pending)
        else:
            problems += self._replay(pending)
            problems += self._claim_after(claim)
            problems += self._leases_taken_over()
        w.stats.kills += 1
        kind = f"env-{self.kind}-{'during' if kill_during else 'after'}"
        w.stats.count("kills_by_kind", kind)
        return kind, problems

    def _kill(self, pid: int) -> None:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, _, code = self.world._expect("EXIT")
        if int(code) != -signal.SIGKILL:
            raise AssertionError(f"worker ended by itself ({code.strip()}) during an environment fault:\n"
                                 f"{self.world._stderr()}")

    def _worker_said(self) -> list[str]:
        err = self.world._stderr()
        problems = []
        if "Traceback" in err:
            problems.append(f"the worker printed a traceback during an environment fault:\n{err}")
        for line in err.splitlines():
            if not line.startswith("KNOWN "):
                continue
            sentence = line[len("KNOWN "):]
            if self.kind == "sqlite":
                ok = "is full" in sentence and str(self.data.resolve()) in sentence
                self.world.stats.count("env_faults", "disk full met by the worker")
            else:
                ok = "cannot be reached" in sentence
                self.world.stats.count("env_faults", "database away met by the worker")
            if not ok:
                problems.append(f"the worker said {sentence!r} during a {self.kind} environment fault")
        return problems

    # --- the window ------------------------------------------------------------------------------
    def _on_screen(self) -> list:
        w = self.world
        with w.ws.db.session() as s:
            rows = list(s.execute(select(t.Item.id, t.Item.account_id, t.Item.external_id).where(
                t.Item.status == t.STATUS_NEW, t.Item.outbox_state.is_(None)).order_by(t.Item.id)))
        platform_of = {v: k for k, v in w.account_of.items()}
        return [(iid, platform_of[acc], ext) for iid, acc, ext in rows
                if ext in w.platforms[platform_of[acc]].citizen_ids]

    def _window_acts(self, screen: list, problems: list[str]) -> list:
        """The person replies to one or two items on screen while the fault lasts."""
        from tools.chaos.world import SIGNATURE, USER, Expected
        w = self.world
        self.rng.shuffle(screen)
        pending = []
        for item_id, name, ext in screen[:self.rng.randint(1, 2)]:
            w._seq += 1
            marker = f"[env-{w._seq}]"
            text = f"Hej, tak for spørgsmålet {marker}"
            try:
                if self.kind == "sqlite":
                    with w.ws.db.session() as s:
                        outbox_id = outbox.queue_action(s, item_id, "reply", USER, text, confirmed=True,
                                                        signature=SIGNATURE)
                        status = s.get(t.Item, item_id).status
                    w.expected.append(Expected(outbox_id, item_id, name, ext, "reply", marker, status))
                    w.stats.actions += 1
                    continue
                result = localqueue.submit(w.ws, item_id, "reply", text, signature=SIGNATURE, confirmed=True)
            except UsageError:
                continue
            except DatabaseError as exc:
                if self.kind == "sqlite" and "is full" in exc.message and str(self.data.resolve()) in exc.message:
                    w.stats.count("env_faults", "window refused with the disk-full sentence")
                    pending.append((item_id, marker))
                    continue
                problems.append(f"the window said {exc.message!r} during a {self.kind} environment fault")
                continue
            if result.local_key is None:
                problems.append(f"reply {marker} was queued in a team database that was stopped")
                continue
            w.stats.count("env_faults", "kept locally while the database was away")
            pending.append((result.local_key, item_id, name, ext, marker))
        return pending

    def _commit_unacknowledged(self, row, problems: list[str]) -> list:
        """The link is cut just as the window's COMMIT leaves: the server stores the reply, its
        acknowledgement never arrives. The window keeps the reply locally (the outcome is
        unknown); its replay must find the stored row by the idempotency key, not queue it twice."""
        from sqlalchemy import event

        from tools.chaos.world import SIGNATURE
        w, path = self.world, self.world.store.path
        item_id, name, ext = row
        w._seq += 1
        marker = f"[env-{w._seq}]"

        def cut_before_commit(_conn):
            if not path.is_cut:        # the first COMMIT only (removed once submit returns)
                path.cut()

        event.listen(w.ws.db.engine, "commit", cut_before_commit)
        try:
            result = localqueue.submit(w.ws, item_id, "reply", f"Hej, tak for spørgsmålet {marker}",
                                       signature=SIGNATURE, confirmed=True)
        except UsageError:
            return []
        finally:
            event.remove(w.ws.db.engine, "commit", cut_before_commit)
            if path.is_cut:
                path.restore()
        if result.local_key is None:
            # The cut came too late for this commit (it had been answered): queued as usual.
            with w.ws.db.session() as s:
                status = s.get(t.Item, item_id).status
            from tools.chaos.world import Expected
            w.expected.append(Expected(result.outbox_id, item_id, name, ext, "reply", marker, status))
            w.stats.actions += 1
            return []
        w.stats.count("env_faults", "window's commit cut off before its answer")
        return [(result.local_key, item_id, name, ext, marker)]

    def _checkpoint(self) -> None:
        """Empty the WAL file first, as after a restart: SQLite writes into the WAL's existing
        blocks without asking the disk for space, so a full disk otherwise bites only once the
        WAL grows past its old size."""
        conn = sqlite3.connect(str(self.world.ws.db.engine.url.database), timeout=5)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
        if not busy:
            self.world.stats.count("env_faults", "WAL emptied before the disk filled")

    def _integrity(self) -> list[str]:
        db_file = Path(self.world.ws.db.engine.url.database)
        conn = sqlite3.connect(str(db_file))
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        self.world.stats.count("env_faults", "integrity checks")
        return [] if verdict == "ok" else [f"PRAGMA integrity_check after a full disk: {verdict}"]

    def _refused_not_queued(self, refused: list) -> list[str]:
        """An action the window was told could not be saved is not in the outbox."""
        problems = []
        with self.world.ws.db.session() as s:
            for item_id, marker in refused:
                if s.get(t.Item, item_id).outbox_state is not None:
                    problems.append(f"reply {marker} was refused (disk full) but is in the outbox")
        return problems

    def _replay(self, pending: list) -> list[str]:
        """Back online: the window replays what it kept; each must go out exactly once."""
        from tools.chaos.world import Expected
        w = self.world
        try:
            replayed = localqueue.replay(w.ws)
        except KnownError as exc:
            return [f"replaying the kept actions failed: {exc.message}"]
        if replayed.offline or replayed.held:
            return [f"replaying the kept actions after the restart: {replayed}"]
        if replayed.already:       # the commit had landed; the replay found it by its key
            w.stats.count("env_faults", "kept actions found already stored by the replay")
        local = {e.idempotency_key: e.outbox_id for e in localqueue.for_workspace(w.ws).all()}
        problems = []
        for key, item_id, name, ext, marker in pending:
            outbox_id = local.get(key)
            if not outbox_id:
                problems.append(f"reply {marker}, kept while the database was away, was never queued")
                continue
            with w.ws.db.session() as s:
                status = s.get(t.Item, item_id).status
            w.expected.append(Expected(outbox_id, item_id, name, ext, "reply", marker, status))
            w.stats.actions += 1
        return problems

    # --- claims ------------------------------------------------------------------------------
    def _claim_before(self, screen: list):
        """A colleague's laptop claims an item just before the server goes away (and vanishes)."""
        if self.kind != "postgresql" or not screen:
            return None
        item_id = self.rng.choice(screen)[0]
        holder = f"laptop-anna:{self.world._seq}:{self.rng.randrange(10**6)}"
        if not team.claim_item(self.world.ws.db, item_id, "Anna Holm", holder=holder).ok:
            return None
        return item_id, holder

    def _claim_after(self, claim) -> list[str]:
        if claim is None:
            return []
        item_id, anna = claim
        db, bo = self.world.ws.db, f"laptop-bo:{self.rng.randrange(10**6)}"
        problems = []
        early = team.claim_item(db, item_id, "Bo Nielsen", holder=bo)
        if early.ok or early.holder != "Anna Holm":
            problems.append(f"item {item_id}: Anna's claim did not survive the restart ({early})")
        later = team.claim_item(db, item_id, "Bo Nielsen", holder=bo,
                                now=self.world.clock.now() + team.CLAIM_TTL + timedelta(seconds=5))
        if not later.ok:
            problems.append(f"item {item_id}: Anna's expired claim was not taken over ({later})")
        else:
            self.world.stats.count("env_faults", "expired claims taken over")
        team.release_claim(db, item_id, holder=bo)
        team.release_claim(db, item_id, holder=anna)
        return problems

    def _leases_taken_over(self) -> list[str]:
        """The killed worker's leases (a sync, the publisher) stay its own until they expire,
        and another client takes them over after that."""
        w = self.world
        db, other, now = w.ws.db, f"laptop-bo:{self.rng.randrange(10**6)}", w.clock.now()
        with db.session() as s:
            leases = [(lease.name, lease.holder, lease.expires_at) for lease in s.scalars(select(t.Lease))]
        problems = []
        for name, holder, expires in leases:
            if expires > now and team.acquire_lease(db, name, holder=other, now=now):
                problems.append(f"lease {name} of {holder} was taken over before it expired ({expires})")
            elif not team.acquire_lease(db, name, holder=other, now=max(now, expires) + timedelta(seconds=1)):
                problems.append(f"lease {name} of {holder} was not taken over after it expired ({expires})")
            else:
                w.stats.count("env_faults", "expired leases taken over")
            team.release_lease(db, name, holder=other)
        return problems
