"""A platform's pause (a 429 and the moment it announced) kept in this process as well as on
the account's row. The row may not take it: on a full disk or with the team database away the
write fails, and the next round would ask the platform again before the announced moment (the
chaos run's full disk caught LinkedIn asked 108 s early). This process honours it regardless.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.workspace import Workspace

_KEY = "platform_pauses"


def remember(ws: Workspace, account_id: int, until: datetime) -> None:
    ws.extras.setdefault(_KEY, {})[account_id] = until


def until(ws: Workspace, account_id: int, stored: datetime | None, now: datetime) -> datetime | None:
    """The later of the stored and the remembered pause, if it has not ended by ``now``."""
    kept = ws.extras.get(_KEY, {}).get(account_id)
    latest = max((m for m in (stored, kept) if m is not None), default=None)
    return latest if latest is not None and latest > now else None


def paused_accounts(ws: Workspace, now: datetime) -> set[int]:
    """Accounts this process knows to be paused at ``now`` (the database may not say so)."""
    return {account_id for account_id, moment in ws.extras.get(_KEY, {}).items() if moment > now}


def forget(ws: Workspace, account_id: int) -> None:
    """The account was reconnected: its row's pause is cleared, and so is this one."""
    ws.extras.get(_KEY, {}).pop(account_id, None)
