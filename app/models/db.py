"""Engine and session set-up, migrations at start-up, and database errors in words.

SQLite is tuned for a desktop (WAL, synchronous=NORMAL, foreign keys, busy timeout). Before
Alembic upgrades a file, the file is copied aside with SQLite's backup API; a database whose
schema is newer than this app is refused untouched.
"""
from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, create_engine, event, text
from sqlalchemy.engine import Connection, CursorResult, Engine, Result
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.config import Paths
from app.errors import DamagedDatabaseError, DatabaseError, KnownError, MigrationFailedError
from app.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

    from app.secrets import CredentialStore

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATION_LOCK_KEY = 0x5376_6172_626F   # any constant every client shares
PG_CONNECT_TIMEOUT_S = 10
LOW_SPACE_BYTES = 1 << 20     # an SQLite "disk I/O error" with less free than this is a full disk
PG_TCP_USER_TIMEOUT_MS = 30_000


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")    # erased text is overwritten, not left in free pages
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA temp_store=MEMORY")
    # 4 MB page cache per connection: the window's pages, counts and search walks read short
    # index ranges; a thread pool of connections at 32 MB each pushed the window's peak RSS
    # past 280 MB, and at 8 MB it was 246-260 MB (target 250) at a million items.
    cursor.execute("PRAGMA cache_size=-4000")
    cursor.close()


def _fsync_wal(database: str) -> None:
    try:
        fd = os.open(database + "-wal", os.O_RDONLY)
    except FileNotFoundError:
        return                      # checkpointed and reset: the data is in the synced main file
    try:
        os.fsync(fd)
    except OSError as exc:          # the commit stands; only its power-cut safety is in doubt
        log.warning("Could not flush the database journal to disk: %s", exc)
    finally:
        os.close(fd)


def make_durable(session: Session) -> None:
    """This session's commit is on the disk before the commit returns, so a power cut cannot
    undo it.

    SQLite in WAL mode with synchronous=NORMAL (the default here, for fast syncs) survives a
    crash of the app but may lose the last commits on a power cut: the commit is written to
    the WAL file without an fsync. Here the WAL is fsynced right after this commit, what
    synchronous=FULL would do (which cannot be switched on inside a transaction). On
    PostgreSQL, synchronous_commit=on waits for the WAL flush (a server may have turned it
    off for speed)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        database = connection.engine.url.database
        if database and database != ":memory:":
            event.listen(session, "after_commit", lambda _s: _fsync_wal(database), once=True)
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL synchronous_commit TO on")


def make_engine(url: str, *, credentials: CredentialStore | None = None, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                                  "check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A team's server: give up connecting after 10 s (the window goes read-only instead of
    # freezing), notice a vanished server within about a minute, and say who we are in
    # pg_stat_activity. Keepalives cover an idle connection only: while a query waits for its
    # acknowledgement (the cable pulled, the VPN gone) the kernel retransmits for ~15 minutes;
    # tcp_user_timeout ends that after 30 s.
    connect_args = {"connect_timeout": PG_CONNECT_TIMEOUT_S, "keepalives": 1, "keepalives_idle": 30,
                    "keepalives_interval": 10, "keepalives_count": 3,
                    "tcp_user_timeout": PG_TCP_USER_TIMEOUT_MS,
                    "application_name": "svarbox", **kwargs.pop("connect_args", {})}
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)
    from app.models.pglogin import connect_hook  # own login from the keychain, verified TLS
    event.listen(engine, "do_connect", connect_hook(url, credentials))
    return engine


def disk_full(folder: Path | str | None) -> DatabaseError:
    if folder is None:
        return DatabaseError(translate("Database", "The disk is full; free some space. Nothing "
                                       "was lost, but nothing new can be saved until then."))
    return DatabaseError(translate("Database", "The disk holding {folder} is full; free some space "
                                   "there. Nothing was lost, but nothing new can be saved until "
                                   "then.").format(folder=folder))


def explain(exc: BaseException, folder: Path | str | None = None) -> KnownError | None:
    """Turn a database failure caused by the environment into one sentence; None for bugs.
    ``folder``: where the database file lives, named when the disk there is full."""
    orig = getattr(exc, "orig", exc)
    message = str(orig).lower()
    if "database is locked" in message or "database table is locked" in message:
        return DatabaseError(translate("Database", "The database is locked by another program; "
                                       "close it (or the other Svarbox) and try again."))
    if "readonly" in message or "read-only" in message:
        return DatabaseError(translate("Database", "The database file is read-only; Svarbox needs "
                                       "permission to write to it."))
    if "disk is full" in message or "database or disk is full" in message or "no space" in message:
        return disk_full(folder)
    if "disk i/o error" in message and _out_of_space(folder):
        # SQLite reports a failed -wal/-shm creation or growth on a full disk as a bare I/O error.
        return disk_full(folder)
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return DatabaseError(translate("Database", "The database file is damaged. Svarbox has not "
                                       "changed it; restore the .bak copy next to it or start afresh."))
    if "unable to open database" in message:
        return DatabaseError(translate("Database", "The database file cannot be opened; check "
                                       "that its folder exists and can be written."))
    if isinstance(orig, Exception) and type(orig).__module__.startswith("psycopg"):
        if "row-level security" in message or getattr(orig, "sqlstate", None) == "42501":
            # The team database's roles said no (app.models.rls): a refusal, not a bug.
            return DatabaseError(translate("Database", "Your role does not allow this change here; "
                                           "ask an administrator of the institution."))
        if "certificate" in message:
            return DatabaseError(translate("Database", "The team database's certificate could not be "
                                           "verified against the organisation's root certificate "
                                           "(sslrootcert); Svarbox does not connect unverified."))
        if "password authentication failed" in message or "no password supplied" in message:
            return DatabaseError(translate("Database", "The team database did not accept your login; "
                                           "store your database password with `svarbox team "
                                           "password` or ask an administrator."))
        if isinstance(exc, OperationalError) or "connection" in message:
            return DatabaseError(translate("Database", "The team database cannot be reached; "
                                           "check the network and the database address."))
    return None


def _out_of_space(folder: Path | str | None) -> bool:
    """Is the disk holding ``folder`` (nearly) full?"""
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


@contextmanager
def known_db_errors(folder: Path | str | None = None) -> Iterator[None]:
    """Re-raise environment failures as DatabaseError; let bugs through unchanged."""
    try:
        yield
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        known = explain(exc, folder)
        if known is None:
            raise
        raise known from exc


@dataclass
class Database:
    url: str
    engine: Engine
    sessionmaker: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def folder(self) -> Path | None:
        """The folder of a SQLite file (named when its disk is full); None for a server."""
        database = self.engine.url.database if self.dialect == "sqlite" else None
        return Path(database).resolve().parent if database and database != ":memory:" else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: committed on success, rolled back on error, always closed."""
        with known_db_errors(self.folder):
            session = self.sessionmaker()
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def dispose(self) -> None:
        if self.engine.dialect.name == "sqlite":
            try:
                optimize(self.engine)     # statistics follow the cache as it grows
            except SQLAlchemyError as exc:
                log.info("PRAGMA optimize skipped: %s", exc)
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except PermissionError:
        raise DatabaseError(translate("Database", "The database file cannot be read; check its "
                                      "permissions.")) from None
    if header != SQLITE_MAGIC:
        raise damaged(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        known = explain(exc, path.resolve().parent)
        if known is not None and "damaged" in known.message:
            raise damaged(path) from None
        raise (known or DatabaseError(str(exc))) from None


def damaged(path: Path) -> DamagedDatabaseError:
    """The damaged-file error, naming the backups that really exist next to it."""
    from app.models.backup_files import backups_of
    found = backups_of(path)
    if found:
        names = ", ".join(p.name for p in reversed(found))      # newest first
        message = translate("Database", "The database file {file} is damaged. Svarbox has not changed it. "
                            "Copies made before upgrades are in the same folder: {names}. Open the folder "
                            "to restore one, or start afresh (the damaged file is kept).").format(
                                file=path.name, names=names)
    else:
        message = translate("Database", "The database file {file} is damaged. Svarbox has not changed it, "
                            "and there is no backup copy of it. Open the folder to look at it, or start "
                            "afresh (the damaged file is kept).").format(file=path.name)
    return DamagedDatabaseError(message, path, found)


BACKUP_STAMP = "%Y%m%dT%H%M%SZ"


def _backup_sqlite(path: Path, revision: str | None) -> Path:
    """A consistent copy (WAL included) next to the file, before migrations touch it, readable
    by the user only. Its name carries when it was made
    (``svarbox.sqlite3.<revision>.<UTC stamp>.bak``): retention removes it by that date
    (services.records.backups)."""
    from app import clock
    stamp = clock.now().astimezone(UTC).strftime(BACKUP_STAMP)
    target = path.with_name(f"{path.name}.{revision or 'empty'}.{stamp}.bak")
    src = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        if os.name == "posix":
            os.close(os.open(str(target), os.O_WRONLY | os.O_CREAT, 0o600))
            os.chmod(target, 0o600)
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        except BaseException:
            dst.close()
            target.unlink(missing_ok=True)     # no half copy left behind (a full disk)
            raise
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def migrate(engine: Engine, sqlite_path: Path | None = None) -> str | None:
    """Upgrade to head. Returns the path of the backup made, if any."""
    from app.models.migrations import HEAD

    current = current_revision(engine)
    if current == HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError(translate(
            "Database", "This database was made by a newer version of Svarbox (schema {rev}); "
            "update Svarbox to open it.").format(rev=current))
    backup = None
    if sqlite_path is not None and sqlite_path.exists() and current is not None:
        backup = _backup_sqlite(sqlite_path, current)
        log.info("Backed up database to %s before migrating %s -> %s", backup, current, head)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Colleagues starting a new version together: one client migrates, the others
            # wait here and then find the schema at head (else their CREATE TABLEs collide).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            from alembic.runtime.migration import MigrationContext
            if MigrationContext.configure(conn).get_current_revision() == head:
                return None
            if current is not None and not conn.execute(text(
                    "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
                    "WHERE tablename = 'alembic_version' AND schemaname = current_schema()")).scalar():
                # A colleague's own login (team roles) cannot alter the owner's tables.
                raise DatabaseError(translate(
                    "Database", "The team database needs an upgrade that only its owner can run; "
                    "ask IT to start this Svarbox version once with the owner's login."))
        command.upgrade(_alembic_config(conn), "head")
    return str(backup) if backup else None


def ensure_statistics(engine: Engine) -> bool:
    """Give SQLite's planner statistics when an index has none (a new cache, or an index a
    migration just added): without them it cannot tell that a partial index (the handled
    views) or a narrow range is the cheap plan. ``analysis_limit`` samples each index, so this
    costs milliseconds even at a million items. True when it ran ANALYZE."""
    with engine.connect() as conn:
        try:
            known = {row[0] for row in conn.exec_driver_sql("SELECT DISTINCT idx FROM sqlite_stat1")}
        except SQLAlchemyError:
            known = set()
        # Partial indexes with no rows yet (nothing hidden) get no statistics row: leave
        # them out, or every start would analyse again.
        indexes = {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items' "
            "AND name NOT LIKE 'sqlite_autoindex%' AND upper(sql) NOT LIKE '% WHERE %'")}
        if indexes <= known:
            return False
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
        return True


def optimize(engine: Engine) -> None:
    """``PRAGMA optimize`` as SQLite recommends before a connection closes: re-analyses the
    tables whose statistics this connection's queries found stale (e.g. after a large sync)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("PRAGMA optimize")
        conn.commit()


def _owner_only(path: Path) -> None:
    """The cache and its WAL files are the user's alone (issue 14.10), even in a folder that was
    opened up later; the 0700 data folder is the first guard. POSIX modes only."""
    if os.name != "posix":
        return
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if part.exists() and not part.is_symlink() and part.stat().st_mode & 0o077:
                os.chmod(part, 0o600)
        except OSError as exc:      # a read-only or foreign file: the folder still guards it
            log.warning("Could not make %s private: %s", part, exc)


def open_database(paths: Paths, *, run_migrations: bool = True,
                  credentials: CredentialStore | None = None) -> Database:
    """Open (and create or upgrade) the database ``paths`` points at."""
    path = paths.sqlite_path
    if path is not None:
        _check_sqlite_file(path)
    engine = make_engine(paths.database_url, credentials=credentials)
    folder = path.resolve().parent if path is not None else None
    try:
        with known_db_errors(folder):
            if path is not None:
                with engine.connect() as conn:
                    mode = conn.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
                    if mode != "wal":
                        log.warning("SQLite journal mode is %s, not WAL", mode)
                _owner_only(path)
            if run_migrations:
                _migrate_or_explain(engine, path)
            if path is not None:
                ensure_statistics(engine)
    except KnownError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        known = explain(exc, folder)
        if known:
            raise known from exc
        raise
    except OSError as exc:
        engine.dispose()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise disk_full(folder) from None
        raise
    return Database(paths.database_url, engine, sessionmaker(engine, expire_on_commit=False))


def _migrate_or_explain(engine: Engine, path: Path | None) -> None:
    """``migrate``; a migration that fails for a reason we do not know is told in words (the
    traceback goes to the log): the upgrade ran in one transaction, so the database is as it
    was, and a SQLite file was copied aside first."""
    from app.models.backup_files import backups_of
    before = set(backups_of(path))
    try:
        migrate(engine, path)
    except (KnownError, OSError):
        raise
    except (SQLAlchemyError, sqlite3.DatabaseError) as exc:
        # A full disk or a locked file is the environment, not the migration: said as such
        # (the caller's known_db_errors names the folder).
        if explain(exc, path.resolve().parent if path is not None else None) is not None:
            raise
        _migration_failed(exc, path, before)
    except Exception as exc:  # noqa: BLE001 - a bug in a migration: told in words, logged in full
        _migration_failed(exc, path, before)


def _migration_failed(exc: BaseException, path: Path | None, before: set[Path]) -> None:
    from app.models.backup_files import backups_of
    log.exception("Upgrading the database failed")
    made = [p for p in backups_of(path) if p not in before]
    backup = made[-1] if made else None
    if backup is not None:
        message = translate("Database", "Svarbox could not upgrade the database to this version. Nothing "
                            "was lost: the database is as it was, and a copy was made first ({backup}). "
                            "Start the previous version of Svarbox, or send the log to IT.").format(
                                backup=backup.name)
    else:
        message = translate("Database", "Svarbox could not upgrade the database to this version. Nothing "
                            "was lost: the database is as it was. Start the previous version of Svarbox, "
                            "or send the log to IT.")
    raise MigrationFailedError(message, path, backup) from None


def open_url(url: str, *, run_migrations: bool = True) -> Database:
    """Open a database by URL alone (tests, team mode)."""
    from app.config import Paths as _Paths

    return open_database(_Paths(data_dir=Path("."), database_url=url), run_migrations=run_migrations)


def rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE matched. ``Session.execute`` is typed as returning a ``Result``;
    for those statements it is a ``CursorResult``, which SQLAlchemy's typing leaves to a cast."""
    return cast("CursorResult[Any]", result).rowcount


def table_of(model: type[Any]) -> Table:
    """A mapped class's Table (``__table__`` is typed as any FromClause)."""
    table = model.__table__
    assert isinstance(table, Table), f"{model.__name__} is not mapped to a table"
    return table


def padded_in_list(values: list[Any]) -> list[Any]:
    """``values`` for an ``IN (...)``, lengthened to the next power of two (at least 8) by
    repeating the last value, which changes nothing an IN matches. SQLAlchemy writes one
    placeholder per value, so every distinct length is a statement of its own, and the driver
    keeps up to 128 prepared statements per connection: a daily purge of a thousand ids left
    a new statement of a few hundred kB there each day (seen in a week's soak)."""
    if not values:
        return values
    size = 8
    while size < len(values):
        size *= 2
    return values + [values[-1]] * (size - len(values))
