"""Issue 14.10: exports refuse links, pipes and devices; files are the user's only; SQLite
overwrites what it deletes."""
import os
import stat

import pytest

from app.errors import UsageError
from app.fileio import write_atomic


def test_export_refuses_a_symlink_and_leaves_its_target(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("keep")
    link = tmp_path / "case.pdf"
    link.symlink_to(target)
    with pytest.raises(UsageError):
        write_atomic(link, b"export")
    assert link.is_symlink() and target.read_text() == "keep"


def test_export_refuses_a_fifo(tmp_path):
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    with pytest.raises(UsageError):
        write_atomic(fifo, b"export")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_export_is_readable_by_the_user_only(tmp_path):
    path = tmp_path / "case.json"
    write_atomic(path, b"{}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sqlite_secure_delete_is_on(tmp_path):
    from app.services.workspace import open_workspace
    ws = open_workspace(str(tmp_path), demo=True, user="Mette Jensen")
    try:
        with ws.db.session() as s:
            assert s.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        ws.close()


# --- issue 14.10: folders 0700; pre-upgrade backups private, under retention and forgetting

def test_data_folders_are_created_for_the_user_only(tmp_path):
    from app.config import resolve_paths
    root = tmp_path / "fresh" / "svarbox"
    resolve_paths(str(root))
    resolve_paths(str(root), workspace="demo")
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE((root / "demo").stat().st_mode) == 0o700


def test_an_existing_data_folder_others_could_read_is_tightened(tmp_path):
    from app.config import resolve_paths
    root = tmp_path / "old"
    root.mkdir(mode=0o755)
    os.chmod(root, 0o755)
    resolve_paths(str(root))
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


def _upgraded_workspace(tmp_path):
    """A cache left at the first schema by an older Svarbox, opened (and so migrated) now."""
    from alembic import command

    from app.config import resolve_paths
    from app.models import db as dbmod
    paths = resolve_paths(str(tmp_path))
    engine = dbmod.make_engine(paths.database_url)
    with engine.begin() as conn:
        command.upgrade(dbmod._alembic_config(conn), "0001")
    engine.dispose()
    dbmod.open_database(paths).dispose()
    return paths


def test_a_pre_upgrade_backup_is_the_users_only_and_dated(tmp_path):
    _upgraded_workspace(tmp_path)
    [backup] = tmp_path.glob("svarbox.sqlite3.0001.*.bak")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_retention_removes_a_backup_once_the_upgrade_has_proven_itself(tmp_path, test_clock):
    from datetime import timedelta

    from app.services.records import backups, retention
    from app.services.workspace import open_workspace
    _upgraded_workspace(tmp_path)
    ws = open_workspace(str(tmp_path), user="Mette Jensen")
    try:
        [backup] = backups.backups_of(ws.paths.sqlite_path)
        retention.run_retention(ws, test_clock.now() + timedelta(days=1), force=True)
        assert backup.exists()                                  # a day after: kept
        retention.run_retention(ws, test_clock.now() + backups.KEEP + timedelta(minutes=1), force=True)
        assert not backup.exists()                              # a week after: gone
    finally:
        ws.close()


def test_a_short_retention_period_shortens_the_backup_too(tmp_path, test_clock):
    from datetime import timedelta

    from app.services.records import backups
    path = tmp_path / "svarbox.sqlite3"
    stamp = (test_clock.now() - timedelta(days=3)).strftime("%Y%m%dT%H%M%SZ")
    old = tmp_path / f"svarbox.sqlite3.0005.{stamp}.bak"
    old.write_bytes(b"x")
    assert backups.prune(path, 7, test_clock.now()) == []
    assert backups.prune(path, 2, test_clock.now()) == [old] and not old.exists()


def test_forgetting_a_person_removes_every_backup(tmp_path):
    from sqlalchemy import select

    from app.models import tables as t
    from app.services.records import backups, retention
    from app.services.workspace import open_workspace
    _upgraded_workspace(tmp_path)
    ws = open_workspace(str(tmp_path), demo=False, user="Mette Jensen")
    try:
        assert backups.backups_of(ws.paths.sqlite_path)
        with ws.db.session() as s:
            account = t.Account(name="Viborg Kommune", platform="facebook")
            s.add(account)
            s.flush()
            result = retention.forget_author(s, account.id, author_name="Åsa Öberg", actor="Mette")
            assert result.backups_removed == 1
            assert s.scalar(select(t.AuditEvent.details).where(t.AuditEvent.action == "forget_author"))
        assert backups.backups_of(ws.paths.sqlite_path) == []
    finally:
        ws.close()


def test_the_cache_and_its_wal_files_are_readable_by_the_user_only(tmp_path):
    import os
    import stat

    from app.services.workspace import open_workspace
    ws = open_workspace(data_dir=str(tmp_path / "data"), demo=True, user="Mette Jensen")
    try:
        db = ws.paths.sqlite_path
        with ws.db.session() as s:           # the WAL and shared-memory files exist now
            s.execute(__import__("sqlalchemy").text("SELECT 1"))
        os.chmod(db, 0o644)                   # opened up by someone, e.g. a copy tool
    finally:
        ws.close()
    ws = open_workspace(data_dir=str(tmp_path / "data"), demo=True, user="Mette Jensen")
    try:
        for part in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            if part.exists():
                assert stat.S_IMODE(part.stat().st_mode) & 0o077 == 0, part
    finally:
        ws.close()
