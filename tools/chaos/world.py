"""The world a chaos run lives in: seven fake platforms (real werkzeug servers on 127.0.0.1,
owned by this parent process so what a platform holds survives every kill of the worker),
one Svarbox database (a SQLite file or a database on a real PostgreSQL cluster), traffic
that keeps arriving, actions people queue, and the invariants checked after each restart.

The worker that syncs and sends is a separate process (``child.py``); the parent kills it
with SIGKILL, either after a random delay or in the middle of the n-th HTTP request that
reaches a platform (before or after the platform stored it), then restarts it.
"""
from __future__ import annotations

import json
import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app import clock as app_clock  # noqa: E402
from app.errors import UsageError  # noqa: E402
from app.models import tables as t  # noqa: E402
from app.services import accounts  # noqa: E402
from app.services.inbound import items as item_service  # noqa: E402
from app.services.outbound import outbox  # noqa: E402
from app.services.workspace import open_workspace  # noqa: E402
from tests.fakes.server import FakeServer  # noqa: E402
from tests.integration.platforms import TOKEN, all_cases  # noqa: E402
from tools.chaos.keychain import FileKeychain  # noqa: E402
from tools.chaos.publishing import Publishing, publishing_case  # noqa: E402
from tools.chaos.sessions import BlueskySessions  # noqa: E402

CHILD = Path(__file__).with_name("child.py")
logging.getLogger("werkzeug").setLevel(logging.ERROR)   # one line per request drowns the report
SIGNATURE = "/Mette, Kommunikation"
USER = "Mette Jensen"
STEP = timedelta(minutes=3)     # the app is restarted a little later: dead workers' leases lapse


# --- platforms -------------------------------------------------------------------------------

class Platform:
    """One fake platform, its server, and how a citizen writes to it 'now'."""

    def __init__(self, case, kill_switch: "KillSwitch", proxy_factory=None, small_pages: bool = True):
        self.case = case
        self.fake = case.make_fake()
        if small_pages:
            case.small_pages(self.fake)        # many pages: many cursors to get wrong
        self.kill_switch = kill_switch
        self.server = FakeServer(_Tripwire(self.fake, kill_switch)).start()
        self.proxy = proxy_factory(self.server.port, case.platform) if proxy_factory else None
        base_server = self.proxy or self.server
        self.base_url = case.base_url(self.fake, base_server)
        self.citizen_ids: list[str] = []
        self._anchor = self._make_anchor()
        self._n = 0

    def _make_anchor(self):
        p, f, now = self.case.platform, self.fake, app_clock.now()
        if p == "facebook":
            return f.add_post("Ny tømningsplan for affald", created=now - timedelta(hours=1))
        if p == "instagram":
            return f.add_media("Sommerlæsning på biblioteket", created=now - timedelta(hours=1))
        if p == "x":
            return f.add_user("borger_anna", "Anna Borger")
        if p == "linkedin":
            return f.add_post("Vi søger en kommunikationsmedarbejder", created_at=now - timedelta(hours=1))
        if p == "youtube":
            return f.add_video("Byrådsmøde", published_at=now - timedelta(hours=1))
        if p == "bluesky":          # the account's own post; citizens reply to it
            self._citizen = f.add_user("borger.bsky.social", "Anna Borger")
            return f.add_post(f.me, "Vinterbadning ved havnen åbner 1. november", created=now - timedelta(hours=1))
        if p == "mastodon":
            self._citizen = f.add_account("borger", "Anna Borger", remote="mastodon.social")
            return f.add_status(f.me, "Ny genbrugsplads på Industrivej", created=now - timedelta(hours=1))
        raise ValueError(p)

    def add_citizen_item(self) -> str:
        """A new citizen comment stamped with the platform's 'now', as the real platform does."""
        self._n += 1
        p, f, now, n = self.case.platform, self.fake, app_clock.now().replace(microsecond=0), self._n
        text = f"Spørgsmål nr. {n} fra en borger: hvornår sker det?"
        if p in ("facebook", "instagram"):
            ext = f.add_comment(self._anchor, text, created=now)
        elif p == "x":
            ext = f.mention(self._anchor, text, created_at=now)
        elif p == "linkedin":
            ext = f.add_comment(self._anchor, f"urn:li:person:member{n}", text, created_at=now)
        elif p == "bluesky":
            ext = f.add_post(self._citizen, text, reply_to=self._anchor, created=now)
        elif p == "mastodon":
            ext = f.add_status(self._citizen, text, reply_to=self._anchor, mention_me=True, created=now)
        else:
            ext = f.add_comment(self._anchor, f"Borger {n}", text, created_at=now)
        self.citizen_ids.append(ext)
        return ext

    def replies_with(self, citizen_ext: str, marker: str) -> int:
        return sum(1 for text in self.case.own_replies(self.fake, citizen_ext) if marker in text)

    def hidden(self, citizen_ext: str) -> bool | None:
        return self.case.is_hidden(self.fake, citizen_ext) if self.case.is_hidden else None

    def stop(self) -> None:
        if self.proxy:
            self.proxy.stop()
        self.server.stop()


class KillSwitch:
    """Arms a SIGKILL for the worker at the n-th platform request (before or after the
    platform handled it). Shared by every platform's tripwire."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pid: int | None = None
        self.countdown: int | None = None
        self.after_handling = False
        self.action = None
        self.path: str | None = None
        self.fired = threading.Event()

    def arm(self, pid: int | None, countdown: int, after_handling: bool, action=None,
            path: str | None = None) -> None:
        """SIGKILL ``pid`` at the moment, or run ``action`` instead (stop the database...).
        ``path``: count only requests whose path contains it."""
        with self.lock:
            self.pid, self.countdown, self.after_handling = pid, countdown, after_handling
            self.action, self.path = action, path
            self.fired.clear()

    def disarm(self) -> None:
        with self.lock:
            self.pid, self.countdown, self.action = None, None, None

    def tick(self, after: bool, path: str = "") -> None:
        with self.lock:
            if self.countdown is None or after != self.after_handling:
                return
            if self.path is not None and self.path not in path:
                return
            self.countdown -= 1
            if self.countdown > 0:
                return
            pid, action = self.pid, self.action
            self.pid, self.countdown, self.action = None, None, None
        if action is not None:
            action()
        else:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.fired.set()


class _Tripwire:
    """WSGI wrapper: the kill switch sees each request before and after the fake handled it."""

    def __init__(self, app, switch: KillSwitch):
        self.app, self.switch = app, switch

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        self.switch.tick(after=False, path=path)
        body = self.app(environ, start_response)
        self.switch.tick(after=True, path=path)
        return body


# --- the database ------------------------------------------------------------------------------

class Store:
    """Where Svarbox keeps its state: a SQLite file, or a database on a real PostgreSQL."""

    def __init__(self, kind: str, root: Path, durable: bool = False):
        """``durable``: the server will be crashed and cut off on purpose (envfaults.py): a
        commit it acknowledged must survive a crash (synchronous_commit=on), and it runs behind
        a link that can be cut (``self.path``, when root can make one)."""
        self.kind, self.root = kind, root
        self.cluster = None
        self.path = None
        self.url: str | None = None
        if kind == "postgresql":
            from tests.team.pgfixtures import NetworkPath, PgCluster, unavailable_reason
            reason = unavailable_reason()
            if reason:
                raise RuntimeError(f"PostgreSQL cannot be started here: {reason}")
            self.cluster = PgCluster()
            try:
                if durable:
                    self.cluster.synchronous_commit = "on"
                    if NetworkPath.unavailable_reason() is None:
                        self.path = NetworkPath()
                        self.path.place(self.cluster)
                self.cluster.init().start()
            except BaseException:
                self.close()
                raise
            self.url = self.cluster.create_database()

    def close(self) -> None:
        if self.path and self.path.is_cut:
            self.path.restore()
        if self.cluster:
            self.cluster.destroy()
        if self.path:
            self.path.close()


# --- the world ---------------------------------------------------------------------------------

@dataclass
class Expected:
    """What must stay true of one queued action and its item."""
    outbox_id: int
    item_id: int
    platform: str
    citizen_ext: str
    action: str
    marker: str
    status: str


@dataclass
class Stats:
    kills: int = 0
    kills_by_kind: dict = field(default_factory=dict)
    restarts: int = 0
    settles: int = 0
    checks: int = 0
    items: int = 0
    actions: int = 0
    notes: int = 0
    posts: int = 0
    long_pauses: int = 0
    reconnects: int = 0
    faults: dict = field(default_factory=dict)
    env_faults: dict = field(default_factory=dict)

    def count(self, bucket: str, key: str) -> None:
        table = getattr(self, bucket)
        table[key] = table.get(key, 0) + 1


# All seven platforms. Bluesky: a kill right after the PDS rotated the refresh JWT loses the new
# pair; past the two-hour grace the account truly needs reconnecting (sessions.py says when that
# is the correct end).
CHAOS_PLATFORMS = ("facebook", "instagram", "x", "linkedin", "youtube", "bluesky", "mastodon")


class World:
    def __init__(self, root: Path, store_kind: str, rng: random.Random, *, platforms=None,
                 faults=None, env_faults: bool = False):
        """``faults``: a proxy.FaultPlan puts a fault-injecting proxy in front of every
        platform (switched on between settles, off while settling). ``env_faults``: a full
        disk (SQLite) or the team database going away (PostgreSQL) at some cycles
        (envfaults.py; ``self.env``)."""
        self.root, self.rng = root, rng
        root.mkdir(parents=True, exist_ok=True)
        self.clock = app_clock.AdvancingClock(app_clock.now())
        self._previous_clock = app_clock.install(self.clock)
        self.kill_switch = KillSwitch()
        cases = [publishing_case(c, TOKEN) for c in all_cases() if c.platform in (platforms or CHAOS_PLATFORMS)]
        self.stats = Stats()
        proxy_factory = None
        if faults is not None:
            from tools.chaos.proxy import FaultProxy
            fault_rng = random.Random(rng.random())

            def proxy_factory(port, name):
                return FaultProxy(port, name, fault_rng, faults, self.stats.faults)
        self.platforms = {c.platform: Platform(c, self.kill_switch, proxy_factory) for c in cases}
        self.env = None
        if env_faults:          # the tmpfs must be in place before the workspace opens
            from tools.chaos.envfaults import EnvFaults
            self.env = EnvFaults(self, store_kind, root, random.Random(rng.random()))
        try:
            self.store = Store(store_kind, root, durable=env_faults)
        except BaseException:
            if self.env:
                self.env.close()        # no tmpfs left mounted, the app's timeouts restored
            raise
        # One keychain for the harness and every worker: what a worker stored outlives it.
        self.credentials = FileKeychain(root / "keychain.json")
        self.ws = open_workspace(str(root / "data"), self.store.url, credentials=self.credentials, user=USER)
        self.ws.settings.set("user.signature", "/{my_first_name}, Kommunikation")
        self.account_of: dict[str, int] = {}
        self.ref_of: dict[str, str] = {}      # platform -> the account's keychain entry
        for name, platform in self.platforms.items():
            fake, case = platform.fake, platform.case
            info = accounts.add_account(self.ws, platform=name, name=f"Aarby {name}", token=TOKEN,
                                        institution="Aarby Kommune", base_url=platform.base_url,
                                        external_id=case.external_id(fake), handle=case.handle(fake),
                                        policy="hours:24", verify=False)
            self.account_of[name] = info.id
            with self.ws.db.session() as s:
                self.ref_of[name] = s.get(t.Account, info.id).credential_ref
        self.user = USER
        self.publishing = Publishing(self)
        self.sessions = BlueskySessions(self)
        self.pending: list[str] = []          # found while settling, reported by the next check
        self.settled_at: datetime | None = None
        self.expected: list[Expected] = []
        self.first_due: dict[int, datetime] = {}
        self.notes: dict[int, int] = {}
        self.zygote: subprocess.Popen | None = None
        self.worker_pid: int | None = None      # the forked worker, until its EXIT is read
        self._seq = 0

    # --- time ------------------------------------------------------------------------------
    def later(self, step: timedelta = STEP) -> None:
        self.clock.advance(step)

    # --- traffic and people --------------------------------------------------------------------
    def citizens_write(self, n: int) -> None:
        names = list(self.platforms)
        for _ in range(n):
            self.platforms[self.rng.choice(names)].add_citizen_item()
            self.stats.items += 1

    def people_act(self, n: int) -> None:
        """Queue replies and moderation on new items, and write internal notes, as the window
        would (while no worker runs: the window and the worker share the database)."""
        with self.ws.db.session() as s:
            candidates = list(s.execute(
                select(t.Item.id, t.Item.account_id, t.Item.external_id).where(
                    t.Item.status == t.STATUS_NEW, t.Item.outbox_state.is_(None)).order_by(t.Item.id)))
        platform_of = {v: k for k, v in self.account_of.items()}
        self.rng.shuffle(candidates)
        for item_id, account_id, ext in candidates[:n]:
            name = platform_of[account_id]
            if ext not in self.platforms[name].citizen_ids:
                continue
            self._seq += 1
            marker = f"[chaos-{self._seq}]"
            choice = self.rng.random()
            # X lets an account hide only replies in conversations it started; citizens'
            # mentions start their own, so the fake (rightly) refuses: no hides there.
            action = "hide" if choice < 0.25 and name != "x" else "reply"
            try:
                with self.ws.db.session() as s:
                    if action == "reply":
                        text = f"Hej, tak for spørgsmålet. Vi svarer her {marker}"
                        outbox_id = outbox.queue_action(s, item_id, "reply", USER, text, confirmed=True,
                                                        signature=SIGNATURE)
                    else:
                        outbox_id = outbox.queue_action(s, item_id, "hide", USER, confirmed=True)
                    status = s.get(t.Item, item_id).status
            except UsageError:
                continue          # this platform does not allow it: the window says so too
            self.expected.append(Expected(outbox_id, item_id, name, ext, action, marker, status))
            self.stats.actions += 1
            if self.rng.random() < 0.3:
                with self.ws.db.session() as s:
                    item_service.add_note(s, item_id, USER, f"Intern note {marker}")
                self.notes[item_id] = self.notes.get(item_id, 0) + 1
                self.stats.notes += 1

    # --- the worker --------------------------------------------------------------------------
    def _zygote(self) -> subprocess.Popen:
        if self.zygote is None or self.zygote.poll() is not None:
            env = dict(os.environ, PYTHONPATH=str(ROOT),
                       SVARBOX_CHAOS_KEYCHAIN=str(self.credentials.path))
            self.zygote = subprocess.Popen(
                [sys.executable, str(CHILD), str(self.root / "data"), self.store.url or ""], cwd=ROOT,
                env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                bufsize=1)
        return self.zygote

    def _expect(self, word: str, timeout: float = 60) -> list[str]:
        """The next line from the zygote, which must start with ``word``."""
        line = self.zygote.stdout.readline()
        if not line:
            raise AssertionError(f"the worker zygote died:\n{self.zygote.stderr.read()}")
        parts = line.split(" ", 2)
        if parts[0] != word:
            raise AssertionError(f"expected {word} from the worker, got {line!r}")
        if word == "EXIT":
            self.worker_pid = None              # reaped: the pid may be anybody's now
        return parts

    def spawn(self, mode: str, ahead: int = 0) -> int:
        """Fork a fresh worker; returns its pid once it says READY."""
        zygote = self._zygote()
        self._err = self.root / "worker.err"
        zygote.stdin.write(json.dumps({"mode": mode, "clock": self.clock.now().isoformat(),
                                       "ahead": ahead, "err": str(self._err)}) + "\n")
        zygote.stdin.flush()
        # The zygote's PID line and the worker's READY line race each other: take both in
        # either order.
        seen = {}
        while len(seen) < 2:
            line = self.zygote.stdout.readline()
            word = line.split(" ", 1)[0]
            if word not in ("PID", "READY") or word in seen:
                raise AssertionError(f"worker failed to start ({line.strip()!r}):\n{self._stderr()}")
            seen[word] = int(line.split()[1])
        self.worker_pid = seen["PID"]
        return seen["PID"]

    def _stderr(self) -> str:
        try:
            return self._err.read_text(errors="replace")
        except OSError:
            return ""

    def crash_once(self, rotation: bool = False) -> str:
        """Start a worker that loops sync + flush and SIGKILL it at a random moment: after a
        random delay, or in the middle of the n-th request a platform receives (before the
        platform handled it, or after it stored the write and before the answer leaves).
        ``rotation``: Bluesky's access JWTs have expired, and the kill lands after the PDS
        rotated the refresh JWT and before the worker stored the new pair."""
        kind = self.rng.choice(["timer", "request-before", "request-after"])
        delay, countdown = self.rng.uniform(0.0, 0.4), self.rng.randint(1, 25)
        path = None
        if rotation and self.sessions.active:
            kind, countdown, path = "rotation", 1, "refreshSession"
            self.platforms["bluesky"].fake.expire_sessions()
        pid = self.spawn("loop")
        if kind == "timer":
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
        else:
            self.kill_switch.arm(pid, countdown, kind != "request-before", path=path)
            if not self.kill_switch.fired.wait(timeout=5):
                kind = "timer"                   # it ran out of requests to make: kill it anyway
                self.kill_switch.disarm()
                os.kill(pid, signal.SIGKILL)
        _, _, code = self._expect("EXIT")
        err = self._stderr()
        if int(code) != -signal.SIGKILL:
            raise AssertionError(f"worker ended by itself ({code.strip()}) instead of being killed:\n{err}")
        if "Traceback" in err:
            raise AssertionError(f"worker printed a traceback before the kill:\n{err}")
        if "KNOWN " in err:
            raise AssertionError(f"worker met an error though no environment fault was injected:\n{err}")
        self.stats.kills += 1
        self.stats.count("kills_by_kind", kind)
        return kind

    def set_faults(self, on: bool) -> None:
        for platform in self.platforms.values():
            if platform.proxy:
                platform.proxy.set_enabled(on)

    def settle(self, ahead: timedelta = timedelta(hours=26)) -> dict:
        """A worker that runs to the end (no kill, network faults off, the storms over):
        everything due must go out now. ``ahead`` reaches past every wait a platform can
        announce: LinkedIn's 429 carries no reset and means "after midnight UTC" (its daily
        limits), which the app honours, so a settle two hours ahead could leave a send queued.
        An account asking to be reconnected is a problem, unless its session was truly lost
        (sessions.py): then the person reconnects, retries what failed meanwhile, and a second
        settle must send it."""
        result = self._settle_once(ahead)
        problems, again = self.sessions.problems_after_settle()
        self.pending += problems
        if again and not problems:
            result = {"before_reconnect": result, "after": self._settle_once(ahead)}
            self.pending += self.sessions.problems_after_settle()[0]
        return result

    def _settle_once(self, ahead: timedelta) -> dict:
        self.set_faults(False)
        self.settled_at = self.clock.now()       # every approved post due by now must go out
        try:
            self.spawn("settle", int(ahead.total_seconds()))
            result = json.loads(self._expect("RESULT")[2])
        finally:
            self.set_faults(True)
        _, _, code = self._expect("EXIT")
        err = self._stderr()
        if int(code) != 0 or "Traceback" in err:
            raise AssertionError(f"settling worker failed ({code.strip()}):\n{err}")
        self.stats.settles += 1
        return result

    # --- invariants ----------------------------------------------------------------------------
    def check(self, quiescent: bool) -> list[str]:
        """After every restart: nothing twice. At quiescence (after a settle): everything once."""
        problems: list[str] = self.pending
        self.pending = []
        self.stats.checks += 1
        for platform in self.platforms.values():
            if platform.proxy and platform.proxy.early:
                problems += [f"did not wait for the platform's 429 reset: {e}" for e in platform.proxy.early]
                platform.proxy.early.clear()
        with self.ws.db.session() as s:
            dupes = list(s.execute(select(t.Item.account_id, t.Item.external_id, func.count())
                                   .group_by(t.Item.account_id, t.Item.external_id).having(func.count() > 1)))
            problems += [f"item {ext} of account {acc} is {n} times in the cache" for acc, ext, n in dupes]
            cached = {(acc, ext): (iid, due) for iid, acc, ext, due in s.execute(
                select(t.Item.id, t.Item.account_id, t.Item.external_id, t.Item.first_due_at))}
            for name, platform in self.platforms.items():
                account_id = self.account_of[name]
                for ext in platform.citizen_ids:
                    row = cached.get((account_id, ext))
                    if row is None:
                        if quiescent:
                            problems.append(f"{name} item {ext} is on the platform but not in the cache "
                                            "(a sync cursor skipped it)")
                        continue
                    iid, due = row
                    if due is not None and self.first_due.setdefault(iid, due) != due:
                        problems.append(f"{name} item {ext}: deadline moved from {self.first_due[iid]} to {due}")
            for exp in self.expected:
                platform = self.platforms[exp.platform]
                item = s.get(t.Item, exp.item_id)
                action = s.get(t.OutboxAction, exp.outbox_id)
                if item is None or action is None:
                    problems.append(f"outbox action {exp.outbox_id} or its item vanished")
                    continue
                notes = s.scalar(select(func.count()).select_from(t.Note).where(t.Note.item_id == exp.item_id))
                if notes < self.notes.get(exp.item_id, 0):
                    problems.append(f"{exp.platform} item {exp.citizen_ext}: lost internal notes")
                if self.sessions.excused(exp.platform, action_state=action.state):
                    # The session is truly gone: failed with the reason, the item back in the
                    # inbox, nothing on the platform; retried after the reconnect.
                    if exp.action == "reply" and platform.replies_with(exp.citizen_ext, exp.marker):
                        problems.append(f"{exp.platform}: reply {exp.marker} failed but is on the platform")
                    if not action.last_error or item.status not in t.OPEN_STATUSES:
                        problems.append(f"{exp.platform}: failed action {exp.outbox_id} has no reason or its item "
                                        f"is not back in the inbox ({item.status})")
                    continue
                if item.status != exp.status:
                    problems.append(f"{exp.platform} item {exp.citizen_ext}: status {exp.status!r} became "
                                    f"{item.status!r}")
                if exp.action == "reply":
                    n = platform.replies_with(exp.citizen_ext, exp.marker)
                    if n > 1:
                        problems.append(f"{exp.platform}: reply {exp.marker} is on the platform {n} times")
                    if quiescent and n != 1:
                        problems.append(f"{exp.platform}: reply {exp.marker} is on the platform {n} times "
                                        f"after settling (outbox state {action.state})")
                    if action.state == t.OUTBOX_SENT and n != 1:
                        problems.append(f"{exp.platform}: reply {exp.marker} marked sent but on the platform {n} times")
                else:
                    hidden = platform.hidden(exp.citizen_ext)
                    if quiescent and hidden is False:
                        problems.append(f"{exp.platform}: hide of {exp.citizen_ext} never reached the platform "
                                        f"(outbox state {action.state})")
                if quiescent and action.state != t.OUTBOX_SENT:
                    problems.append(f"{exp.platform}: action {exp.outbox_id} ({exp.action}) is {action.state} "
                                    f"after settling: {action.last_error}")
            problems += self.publishing.check(s, quiescent, self.settled_at)
        return problems

    def close(self) -> None:
        if self.worker_pid is not None:
            # A run that broke off mid-cycle: the looping worker would outlive the zygote.
            try:
                os.kill(self.worker_pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.zygote and self.zygote.poll() is None:
            self.zygote.stdin.close()       # the zygote ends when its commands do
            try:
                self.zygote.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.zygote.kill()
                self.zygote.wait()
            self.zygote.stdout.close(), self.zygote.stderr.close()
        self.ws.close()
        for platform in self.platforms.values():
            platform.stop()
        self.store.close()
        if self.env:
            self.env.close()
        app_clock.install(self._previous_clock)
