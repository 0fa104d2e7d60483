"""The pre-upgrade copies of a SQLite cache next to it (made by ``db._backup_sqlite``): found
here for the damaged-database message and for retention (services.records.backups)."""
from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

_STAMP = re.compile(r"\.(\d{8}T\d{6}Z)\.bak$")


def backups_of(db_path: Path | None) -> list[Path]:
    """The pre-upgrade backups of the SQLite file ``db_path``, oldest first."""
    if db_path is None:
        return []
    folder, name = Path(db_path).parent, Path(db_path).name
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(name + ".") and p.name.endswith(".bak")
             and p.is_file() and not p.is_symlink()]
    return sorted(found, key=made_at)


def made_at(path: Path) -> datetime:
    m = _STAMP.search(path.name)
    if m:
        return datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm files) to ``<name>.damaged-<stamp>`` so a
    fresh one can be made; nothing is deleted. Returns the new name of the main file."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target
