"""A real PostgreSQL server for tests, started by the test run itself.

``PgCluster`` runs Debian's ``initdb`` and ``pg_ctl`` (``/usr/lib/postgresql/*/bin``) on a
throw-away cluster in a temporary folder: TCP on 127.0.0.1 at a free port, the unix socket in
the same folder, trust authentication for the ``postgres`` role, durability switched off for
speed. PostgreSQL refuses to run as root, so when the tests run as root (CI) every server
command goes through ``runuser -u postgres --`` and the folder is given to that user.

Fixtures (a pytest plugin; ``tests/team/conftest.py`` registers it):

- ``pg_server``   session-scoped running cluster, stopped and deleted at the end;
- ``pg_url``      a fresh, migrated-nothing database per test: ``postgresql+psycopg://...``;
- ``db_url``      parametrised ``sqlite`` / ``postgresql``: any database test runs on both;
- ``pg_cluster_factory``  private clusters a test may stop and start (fault tests).

Without PostgreSQL binaries the PostgreSQL cases skip with a reason, unless
``SVARBOX_REQUIRE_POSTGRES=1`` (CI), where they fail instead.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

SERVER_USER = "postgres"
REQUIRE_ENV = "SVARBOX_REQUIRE_POSTGRES"


def find_bindir() -> Path | None:
    """The newest installed server's bin folder (``pg_config`` is not in PATH on Debian)."""
    candidates = []
    for path in glob.glob("/usr/lib/postgresql/*/bin"):
        version = Path(path).parent.name
        if os.access(Path(path) / "initdb", os.X_OK) and os.access(Path(path) / "pg_ctl", os.X_OK):
            try:
                candidates.append((float(version), Path(path)))
            except ValueError:
                continue
    if candidates:
        return max(candidates)[1]
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


def unavailable_reason() -> str | None:
    """Why no cluster can be started here, or None when one can."""
    if find_bindir() is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) are not installed; apt-get install postgresql"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root, but there is no '{SERVER_USER}' user to run the server as"
        if shutil.which("runuser") is None:
            return "running as root, but runuser (util-linux) is missing"
    return None


def require_or_skip() -> None:
    reason = unavailable_reason()
    if reason is None:
        return
    if os.environ.get(REQUIRE_ENV):
        pytest.fail(f"{REQUIRE_ENV} is set but PostgreSQL cannot be started: {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    """One throw-away PostgreSQL cluster. Not thread-safe; one per test session or test."""

    def __init__(self, bindir: Path | None = None, root: Path | None = None):
        self.bindir = bindir or find_bindir()
        if self.bindir is None:
            raise RuntimeError("no PostgreSQL binaries")
        self.as_root = os.geteuid() == 0
        # Not pytest's tmp_path: its parents are 0700 root, which the server user cannot enter.
        self.root = Path(root or tempfile.mkdtemp(prefix="svarbox-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port: int | None = None
        # "off" for speed; "on" where the server is crashed on purpose (chaos env faults), so an
        # immediate shutdown loses no commit a client was told had happened (fsync stays off:
        # the kernel keeps what a killed server wrote).
        self.synchronous_commit = "off"
        # Where the server listens; a NetworkPath puts it in a network namespace of its own,
        # behind a link that can be cut.
        self.host = "127.0.0.1"
        self.netns: str | None = None
        if self.as_root:
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)

    # --- running server commands ------------------------------------------------------
    def _cmd(self, *args: str) -> list[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        command = ["runuser", "-u", SERVER_USER, "--", *command] if self.as_root else command
        return ["ip", "netns", "exec", self.netns, *command] if self.netns else command

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        result = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({result.returncode}): {result.stderr.strip()}\n"
                               f"{self.log_tail()}")
        return result

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def init(self) -> "PgCluster":
        self._run("initdb", "-D", str(self.data), "-U", SERVER_USER, "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync", "--no-instructions", timeout=120)
        if self.host != "127.0.0.1":       # reached over a NetworkPath's link
            with (self.data / "pg_hba.conf").open("a") as hba:
                hba.write(f"host all all {self.host.rsplit('.', 1)[0]}.0/24 trust\n")
        return self

    def start(self, port: int | None = None) -> "PgCluster":
        """Start (again) on ``port``, or on the port used before, or on a free one."""
        attempts = 1 if (port or self.port) else 3
        for attempt in range(attempts):
            self.port = port or self.port or free_port()
            options = (f"-p {self.port} -k {self.root} -c listen_addresses={self.host} "
                       f"-c fsync=off -c synchronous_commit={self.synchronous_commit} -c full_page_writes=off "
                       "-c max_connections=200 -c shared_buffers=32MB")
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                          "-o", options, "start", timeout=90)
                return self
            except RuntimeError:
                if attempt == attempts - 1:
                    raise
                self.port = None    # somebody took the port between probe and start: retry
        return self

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop", timeout=90)

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    # --- databases --------------------------------------------------------------------
    def url(self, dbname: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        # Over a NetworkPath the host is not local, where the app would insist on verified TLS.
        tls = "" if self.host == "127.0.0.1" else "?sslmode=disable"
        return f"{driver}://{SERVER_USER}@{self.host}:{self.port}/{dbname}{tls}"

    def admin(self):
        import psycopg
        return psycopg.connect(self.url(driver="postgresql"), autocommit=True, connect_timeout=10)

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            # FORCE: engines a test forgot to dispose must not keep the database alive.
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> PgCluster:
    cluster = PgCluster()
    try:
        cluster.init().start()
    except BaseException:
        cluster.destroy()
        raise
    return cluster


def wait_until(predicate, timeout: float = 10.0, interval: float = 0.05):
    """Poll ``predicate`` until it returns something truthy; that value, or None at timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            return None
        time.sleep(interval)


# --- fixtures ------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_server():
    """A running PostgreSQL cluster for the whole test session."""
    require_or_skip()
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def pg_url(pg_server):
    """A fresh empty database on the session's server, dropped after the test."""
    url = pg_server.create_database()
    try:
        yield url
    finally:
        pg_server.drop_database(url.rsplit("/", 1)[1])


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """The same test on both stores: a SQLite file in tmp_path, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'svarbox.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def pg_cluster_factory():
    """Private clusters a test may stop and restart; destroyed after the test."""
    require_or_skip()
    made: list[PgCluster] = []

    def make() -> PgCluster:
        cluster = start_cluster()
        made.append(cluster)
        return cluster

    try:
        yield make
    finally:
        for cluster in made:
            cluster.destroy()


class NetworkPath:
    """A link to a network namespace of its own (a veth pair), for a server that must become
    unreachable the way a pulled cable or a dropped VPN makes it: ``cut()`` drops every packet
    the server sends (a root ``pfifo`` of length 0 on its end: no ACK, no RST, no ICMP reach
    this side, whose TCP retransmits into the void), ``restore()`` lets them through again.
    Needs root (``ip``, ``tc``)."""

    def __init__(self):
        tag = uuid.uuid4().hex[:6]
        self.ns, self.host_if, self.ns_if = f"svx{tag}", f"svh{tag}", f"svn{tag}"
        net = int(tag, 16) % 250 + 1
        self.host_ip, self.ns_ip = f"10.237.{net}.1", f"10.237.{net}.2"
        self.is_cut = False
        self._sh("ip", "netns", "add", self.ns)
        try:
            self._sh("ip", "link", "add", self.host_if, "type", "veth", "peer", "name", self.ns_if)
            self._sh("ip", "link", "set", self.ns_if, "netns", self.ns)
            self._sh("ip", "addr", "add", f"{self.host_ip}/30", "dev", self.host_if)
            self._sh("ip", "link", "set", self.host_if, "up")
            self._sh(*self._in_ns("ip", "addr", "add", f"{self.ns_ip}/30", "dev", self.ns_if))
            self._sh(*self._in_ns("ip", "link", "set", self.ns_if, "up"))
            self._sh(*self._in_ns("ip", "link", "set", "lo", "up"))
        except BaseException:
            self.close()
            raise

    @staticmethod
    def unavailable_reason() -> str | None:
        if os.geteuid() != 0:
            return "cutting a network link needs root (ip netns, tc); CI runs as root"
        if not (shutil.which("ip") and shutil.which("tc")):
            return "ip and tc (iproute2) are not installed"
        return None

    def _in_ns(self, *command: str) -> list[str]:
        return ["ip", "netns", "exec", self.ns, *command]

    @staticmethod
    def _sh(*command: str) -> None:
        result = subprocess.run(list(command), capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)}: {result.stderr.strip() or result.returncode}")

    def place(self, cluster: "PgCluster") -> "PgCluster":
        """Run ``cluster`` inside the namespace (before it starts), reached at its address."""
        cluster.netns, cluster.host = self.ns, self.ns_ip
        return cluster

    def cut(self) -> None:
        # Dropped at the far end's way out only: a drop at this machine's own queue would be a
        # local error its TCP reacts to within seconds, which a real cut never is. So what this
        # side sends arrives and nothing comes back (no ACK, no answer, no RST).
        self._sh(*self._in_ns("tc", "qdisc", "add", "dev", self.ns_if, "root", "pfifo", "limit", "0"))
        self.is_cut = True

    def restore(self) -> None:
        self._sh(*self._in_ns("tc", "qdisc", "del", "dev", self.ns_if, "root"))
        self.is_cut = False

    def close(self) -> None:
        subprocess.run(["ip", "link", "del", self.host_if], capture_output=True)
        subprocess.run(["ip", "netns", "del", self.ns], capture_output=True)
