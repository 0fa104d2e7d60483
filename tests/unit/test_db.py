"""The cache file: created by migrations, tuned for a desktop, and every environment fault
told in one sentence without touching the data."""
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.config import resolve_paths
from app.errors import DatabaseError, DataDirError
from app.models import db as dbmod

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*args, env_extra=None):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=120)


def test_fresh_database_is_migrated_and_tuned(tmp_path):
    paths = resolve_paths(str(tmp_path))
    db = dbmod.open_database(paths)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS
        tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    assert {"accounts", "items", "threads", "outbox", "templates", "signatures", "audit_events",
            "sync_state", "items_fts"} <= tables
    assert dbmod.current_revision(db.engine) == dbmod.head_revision()
    assert paths.sqlite_path == tmp_path / "svarbox.sqlite3"
    db.dispose()


def test_reopening_an_up_to_date_database_makes_no_backup(tmp_path):
    paths = resolve_paths(str(tmp_path))
    dbmod.open_database(paths).dispose()
    dbmod.open_database(paths).dispose()
    assert not list(tmp_path.glob("*.bak"))


def test_newer_database_is_refused_untouched(tmp_path):
    paths = resolve_paths(str(tmp_path))
    dbmod.open_database(paths).dispose()
    with sqlite3.connect(paths.sqlite_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = digest(paths.sqlite_path)
    with pytest.raises(DatabaseError, match="newer version of Svarbox"):
        dbmod.open_database(paths)
    assert digest(paths.sqlite_path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_corrupt_file_is_refused_untouched(tmp_path):
    path = tmp_path / "svarbox.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = digest(path)
    with pytest.raises(DatabaseError, match="damaged"):
        dbmod.open_database(resolve_paths(str(tmp_path)))
    assert digest(path) == before


def test_damaged_pages_are_refused(tmp_path):
    paths = resolve_paths(str(tmp_path))
    dbmod.open_database(paths).dispose()
    data = bytearray(paths.sqlite_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)      # destroy the schema page after the header
    paths.sqlite_path.write_bytes(bytes(data))
    for extra in tmp_path.glob("svarbox.sqlite3-*"):
        extra.unlink()
    before = digest(paths.sqlite_path)
    with pytest.raises(DatabaseError):
        dbmod.open_database(paths)
    assert digest(paths.sqlite_path) == before


def test_locked_database_is_explained(tmp_path, monkeypatch):
    paths = resolve_paths(str(tmp_path))
    db = dbmod.open_database(paths)
    holder = sqlite3.connect(paths.sqlite_path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked"):
            with db.session() as session:
                session.execute(text("PRAGMA busy_timeout=200"))
                session.execute(text("INSERT INTO institutions (name) VALUES ('x')"))
    finally:
        holder.rollback()
        holder.close()
        db.dispose()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_is_explained(tmp_path):
    paths = resolve_paths(str(tmp_path))
    dbmod.open_database(paths).dispose()
    os.chmod(paths.sqlite_path, 0o444)
    try:
        db = dbmod.open_database(paths)
        with pytest.raises(DatabaseError, match="read-only"):
            with db.session() as session:
                session.execute(text("INSERT INTO institutions (name) VALUES ('x')"))
    finally:
        os.chmod(paths.sqlite_path, 0o644)


def test_explain_names_environment_faults_and_not_bugs():
    for message, words in [("database is locked", "locked"),
                           ("attempt to write a readonly database", "read-only"),
                           ("database or disk is full", "disk is full"),
                           ("file is not a database", "damaged")]:
        known = dbmod.explain(sqlite3.OperationalError(message))
        assert known is not None and words in known.message
    assert dbmod.explain(sqlite3.OperationalError("no such column: foo")) is None


def test_data_dir_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="cannot be created"):
        resolve_paths(str(blocker / "sub"))


def test_cli_reports_corrupt_database_in_one_line(tmp_path):
    (tmp_path / "svarbox.sqlite3").write_bytes(b"garbage" * 1000)
    proc = run_cli("--data-dir", str(tmp_path), "inbox")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0]


def test_cli_reports_unwritable_data_dir(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = run_cli("inbox", env_extra={"SVARBOX_DATA_DIR": str(blocker / "sub")})
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "data folder" in proc.stderr


def test_database_url_and_env_override(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("SVARBOX_DATABASE_URL", f"sqlite:///{target}")
    paths = resolve_paths(str(tmp_path / "data"))
    assert paths.sqlite_path == target
    explicit = resolve_paths(str(tmp_path / "data"), database_url=f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert explicit.sqlite_path == tmp_path / "x.sqlite3"


def test_demo_workspace_never_uses_the_team_database(tmp_path, monkeypatch):
    monkeypatch.setenv("SVARBOX_DATABASE_URL", "postgresql+psycopg://nowhere/none")
    paths = resolve_paths(str(tmp_path), workspace="demo")
    assert paths.sqlite_path == tmp_path / "demo" / "svarbox-demo.sqlite3"


def test_windows_default_is_local_not_roaming(monkeypatch):
    from app import config
    monkeypatch.setattr(config.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\Åsa Öberg\AppData\Local")
    monkeypatch.setenv("APPDATA", r"C:\Users\Åsa Öberg\AppData\Roaming")
    assert "Local" in str(config.default_data_dir()) and "Roaming" not in str(config.default_data_dir())


def test_head_constant_matches_alembic():
    from app.models.migrations import HEAD
    assert HEAD == dbmod.head_revision()


def test_paths_with_spaces_and_non_ascii_user_names(tmp_path):
    from app.services.workspace import open_workspace
    folder = tmp_path / "Users" / "Åsa Öberg-Ræhr" / "AppData" / "Local" / "Svarbox data"
    ws = open_workspace(str(folder), user="Åsa Öberg")
    try:
        assert ws.paths.sqlite_path == folder / "svarbox.sqlite3"
        with ws.db.session() as session:
            session.execute(text("INSERT INTO institutions (name) VALUES ('Skövde kommun')"))
        assert ws.paths.sqlite_path.exists()
    finally:
        ws.close()


def test_older_schema_is_backed_up_then_upgraded(tmp_path):
    from alembic import command

    paths = resolve_paths(str(tmp_path))
    engine = dbmod.make_engine(paths.database_url)
    with engine.begin() as conn:
        command.upgrade(dbmod._alembic_config(conn), "0001")       # what an older Svarbox left
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO institutions (name) VALUES ('Viborg Bibliotekerne')")
    engine.dispose()
    db = dbmod.open_database(paths)
    try:
        assert dbmod.current_revision(db.engine) == dbmod.head_revision() != "0001"
        with db.engine.connect() as conn:
            names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'").scalars())
            assert "ix_items_handled_view" in names
            assert conn.exec_driver_sql("SELECT name FROM institutions").scalar() == "Viborg Bibliotekerne"
    finally:
        db.dispose()
    [backup] = tmp_path.glob("svarbox.sqlite3.0001.*.bak")       # named with when it was made
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT name FROM institutions").fetchone() == ("Viborg Bibliotekerne",)
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "ix_items_handled_view" not in indexes


def test_a_bare_sqlite_io_error_is_a_full_disk_only_when_the_disk_is_full(tmp_path, monkeypatch):
    """SQLite says "disk I/O error" when it cannot create its WAL file on a full disk
    (tests/chaos/test_disk.py); on a disk with room the same words stay a real I/O error."""
    io_error = sqlite3.OperationalError("disk I/O error")
    assert dbmod.explain(io_error, tmp_path) is None
    monkeypatch.setattr(dbmod, "LOW_SPACE_BYTES", 1 << 62)     # as if this disk were full
    known = dbmod.explain(io_error, tmp_path)
    assert known is not None and "is full" in known.message and str(tmp_path) in known.message
    assert dbmod.explain(io_error, None) is None
