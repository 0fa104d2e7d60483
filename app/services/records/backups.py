"""Pre-upgrade backups (``app.models.db._backup_sqlite``) under retention and "Forget this person".

A backup is a full copy of the cache as it was before a migration. It cannot be edited
safely, so it is removed instead:

- by retention, once the upgrade has proven itself (``KEEP`` days of use) and in any case
  before the retention period has passed since it was made - a backup must not keep
  citizens' words longer than the cache itself would;
- at once by "Forget this person": the copy may hold the person's words.

The file name says when it was made (``<db>.<revision>.<YYYYmmddTHHMMSSZ>.bak``); an older
name without that stamp is dated by its modification time.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from app import clock
from app.models.backup_files import backups_of, made_at

log = logging.getLogger(__name__)

KEEP = timedelta(days=7)


def _remove(paths: list[Path], why: str) -> list[Path]:
    removed = []
    for path in paths:
        try:
            path.unlink()
            removed.append(path)
            log.info("Removed the pre-upgrade backup %s (%s)", path.name, why)
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("Could not remove the pre-upgrade backup %s: %s", path, exc)
    return removed


def prune(db_path: Path | None, retention_days: int, now: datetime | None = None) -> list[Path]:
    """Remove the backups older than ``KEEP`` or than the retention period, whichever is
    shorter. Returns what was removed."""
    now = now or clock.now()
    limit = min(KEEP, timedelta(days=max(int(retention_days), 0)))
    return _remove([p for p in backups_of(db_path) if now - made_at(p) >= limit], "retention")


def remove_all(db_path: Path | None) -> list[Path]:
    """Every backup: a person was forgotten and the copies may hold their words."""
    return _remove(backups_of(db_path), "a person was forgotten")


def database_file(session: Session) -> Path | None:
    """The SQLite file behind a session (None for PostgreSQL or an in-memory database)."""
    url = session.get_bind().engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)
