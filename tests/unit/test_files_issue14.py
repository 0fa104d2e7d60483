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
