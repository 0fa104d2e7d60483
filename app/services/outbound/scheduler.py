"""The publishing scheduler's tick: due posts to the outbox, natively scheduled ones settled,
the outbox flushed. Apart from ``posts`` because the outbox itself calls ``posts`` back.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from app import clock
from app.models import tables as t
from app.services.outbound import outbox, posts
from app.services.team import leases as team

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def run_due(ws: Workspace, now: datetime | None = None, holder: str | None = None) -> list[int]:
    """The scheduler's tick, for the window and ``svarbox worker``: under the team lease
    "publisher" (one client at a time) hand due posts over and flush their outbox rows."""
    now = now or clock.now()
    if not team.acquire_lease(ws.db, posts.PUBLISHER_LEASE, holder=holder, now=now):
        return []
    posts.queue_due(ws, now)
    posts.settle_native(ws, now)
    return [r.outbox_id for r in outbox.flush(ws, now=now)
            if r.action == posts.PUBLISH_ACTION and r.state == t.OUTBOX_SENT]
