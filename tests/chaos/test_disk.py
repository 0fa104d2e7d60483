"""A full disk during a sync, a migration and an export (a small tmpfs, mounted for the test
as root; CI runs as root). Each time: one sentence naming the folder, no traceback,
`PRAGMA integrity_check` ok, nothing half-written, and the work resumes once space returns."""
from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import DatabaseError, DiskFullError
from app.models import tables as t
from app.services.inbound.sync import sync_account
from tools.chaos.world import World


class SmallDisk:
    """A tmpfs of ``size`` at ``path``; ``fill()`` leaves about ``leave`` bytes free."""

    def __init__(self, path: Path, size: str):
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here (needs root; CI runs as root): "
                        f"{result.stderr.strip() or result.returncode}")
        self.filler = path / "filler.bin"

    def fill(self, leave: int = 0) -> None:
        with open(self.filler, "ab") as handle:
            try:
                while True:
                    stat = os.statvfs(self.path)
                    free = stat.f_bavail * stat.f_frsize
                    if free <= leave:
                        break
                    handle.write(b"\0" * min(free - leave, 1 << 20))
                    handle.flush()
            except OSError:
                pass

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    disks = []

    def make(size: str = "16m") -> SmallDisk:
        disk = SmallDisk(tmp_path / f"disk-{uuid.uuid4().hex[:6]}", size)
        disks.append(disk)
        return disk

    yield make
    for disk in disks:
        disk.unmount()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_a_full_disk_during_sync_stops_cleanly_and_resumes(tmp_path, small_disk):
    disk = small_disk("16m")
    world = World(disk.path / "w", "sqlite", random.Random(5), platforms=["facebook"])
    try:
        platform, account_id = world.platforms["facebook"], world.account_of["facebook"]
        assert sync_account(world.ws, account_id, sleep=lambda _s: None).ok
        for _ in range(400):
            platform.add_citizen_item()
        disk.fill(leave=64 * 1024)
        with pytest.raises(DatabaseError) as caught:
            sync_account(world.ws, account_id, sleep=lambda _s: None)
        assert "is full" in caught.value.message and str(disk.path / "w" / "data") in caught.value.message
        db_file = Path(world.ws.db.engine.url.database)
        assert integrity(db_file) == "ok"
        with world.ws.db.session() as s:
            # Nothing half-written: every stored item has its thread.
            orphans = s.scalar(select(func.count()).select_from(t.Item).where(
                t.Item.thread_id.is_not(None), ~t.Item.thread_id.in_(select(t.Thread.id))))
            assert orphans == 0
        disk.free()
        assert sync_account(world.ws, account_id, sleep=lambda _s: None, force=True).ok
        assert world.check(quiescent=True) == []
        assert integrity(db_file) == "ok"
    finally:
        world.close()


def test_a_full_disk_during_a_migration_leaves_the_old_database_untouched(tmp_path, small_disk):
    from alembic import command

    from app.models import db as dbmod
    from app.services.workspace import open_workspace

    disk = small_disk("8m")
    data = disk.path / "data"
    ws = open_workspace(str(data), user="Mette Jensen")
    db_file = Path(ws.db.engine.url.database)
    with ws.db.engine.begin() as conn:
        command.downgrade(dbmod._alembic_config(conn), "0001")
    ws.close()
    old = dbmod.current_revision(dbmod.make_engine(f"sqlite:///{db_file}"))
    disk.fill(leave=16 * 1024)
    with pytest.raises(DatabaseError) as caught:
        open_workspace(str(data), user="Mette Jensen")
    assert "is full" in caught.value.message and str(data) in caught.value.message
    assert integrity(db_file) == "ok"
    assert dbmod.current_revision(dbmod.make_engine(f"sqlite:///{db_file}")) == old
    assert not list(data.glob("*.bak")), "a half-written backup was left behind"
    disk.free()
    ws = open_workspace(str(data), user="Mette Jensen")
    try:
        assert dbmod.current_revision(ws.db.engine) == dbmod.head_revision()
    finally:
        ws.close()


def test_a_full_disk_during_an_export_writes_neither_file(tmp_path, small_disk):
    from app.services.records.export import export_case

    world = World(tmp_path / "w", "sqlite", random.Random(6), platforms=["facebook"])
    disk = small_disk("1m")
    try:
        ext = world.platforms["facebook"].add_citizen_item()
        assert sync_account(world.ws, world.account_of["facebook"], sleep=lambda _s: None).ok
        with world.ws.db.session() as s:
            item_id = s.scalar(select(t.Item.id).where(t.Item.external_id == ext))
        disk.fill(leave=0)
        pdf, js = disk.path / "case.pdf", disk.path / "case.json"
        with pytest.raises(DiskFullError) as caught:
            with world.ws.db.session() as s:
                export_case(s, item_id, "Mette Jensen", pdf_path=pdf, json_path=js)
        assert str(disk.path) in caught.value.message
        assert sorted(p.name for p in disk.path.iterdir()) == ["filler.bin"]   # no half files
        disk.free()
        with world.ws.db.session() as s:
            export_case(s, item_id, "Mette Jensen", pdf_path=pdf, json_path=js)
        assert pdf.read_bytes().startswith(b"%PDF") and js.stat().st_size > 0
    finally:
        world.close()


def test_opening_the_workspace_on_a_full_disk_names_the_folder(tmp_path, small_disk):
    """Regression (found by the long run's environment faults): a workspace closed cleanly has
    no WAL file; opening it again on a full disk must create one, and SQLite reports that as a
    bare "disk I/O error", which reached the person as such. Now it is the disk-full sentence
    naming the folder, and the workspace opens once space is back."""
    from app.services.workspace import open_workspace

    disk = small_disk("8m")
    data = disk.path / "data"
    open_workspace(str(data), user="Mette Jensen").close()
    db_file = data / "svarbox.sqlite3"
    assert not db_file.with_name(db_file.name + "-wal").exists()
    disk.fill(leave=0)
    with pytest.raises(DatabaseError) as caught:
        open_workspace(str(data), user="Mette Jensen")
    assert "is full" in caught.value.message and str(data.resolve()) in caught.value.message, caught.value.message
    disk.free()
    assert integrity(db_file) == "ok"      # (reading it needs a WAL file too: after freeing)
    open_workspace(str(data), user="Mette Jensen").close()
