"""The headless worker (``svarbox worker``): sync, outbox and scheduled posts without a
window, for an always-on machine next to the team's PostgreSQL. One loop, one tick a
``interval``; SIGTERM/SIGINT end it after the current step (nothing half-written: every step
is a transaction or an outbox claim the next run settles)."""
from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from app import clock

if TYPE_CHECKING:
    from app.services.workspace import Workspace

log = logging.getLogger("svarbox.worker")


@dataclass
class TickResult:
    synced: int = 0
    sent: int = 0
    published: int = 0
    errors: list[str] = field(default_factory=list)


class Worker:
    def __init__(self, ws: Workspace, *, interval: float = 60.0, sync: bool = True) -> None:
        self.ws = ws
        self.interval = interval
        self.sync = sync
        self.stop_event = threading.Event()
        self._last_sync: dict[int, datetime] = {}

    def install_signal_handlers(self) -> None:
        def stop(signum: int, _frame: object) -> None:
            log.info("Signal %s received; stopping after the current step", signum)
            self.stop_event.set()
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

    def _due_accounts(self, now: datetime) -> list[int]:
        from sqlalchemy import select

        from app.models import tables as t
        with self.ws.db.session() as session:
            rows = list(session.execute(select(t.Account.id, t.Account.sync_interval_minutes)
                                        .where(t.Account.enabled.is_(True))))
        due = []
        for account_id, minutes in rows:
            last = self._last_sync.get(account_id)
            if last is None or (now - last).total_seconds() >= max(int(minutes or 5), 1) * 60:
                due.append(account_id)
        return due

    def tick(self, now: datetime | None = None) -> TickResult:
        from app.models import tables as t
        from app.services.inbound.sync import sync_account
        from app.services.outbound import outbox, posts

        now = now or clock.now()
        result = TickResult()
        if self.sync:
            for account_id in self._due_accounts(now):
                if self.stop_event.is_set():
                    return result
                try:
                    synced = sync_account(self.ws, account_id)
                    self._last_sync[account_id] = now
                    result.synced += 1
                    log.info("Sync of account %s: %s, %s new", account_id, synced.status, synced.new_items)
                except Exception as exc:   # one account's trouble must not stop the worker
                    log.exception("Sync of account %s failed", account_id)
                    result.errors.append(str(exc))
        if self.stop_event.is_set():
            return result
        try:
            if self._holds_publisher(now):
                posts.queue_due(self.ws, now)
                posts.settle_native(self.ws, now)
            for r in outbox.flush(self.ws, now=now):
                if r.state == t.OUTBOX_SENT:
                    if r.action == posts.PUBLISH_ACTION:
                        result.published += 1
                    else:
                        result.sent += 1
                log.info("Outbox #%s %s: %s%s", r.outbox_id, r.action, r.state, f" ({r.message})" if r.message else "")
        except Exception as exc:
            log.exception("Outbox run failed")
            result.errors.append(str(exc))
        return result

    def _holds_publisher(self, now: datetime) -> bool:
        from app.services.outbound import posts
        from app.services.team import leases as team
        return team.acquire_lease(self.ws.db, posts.PUBLISHER_LEASE, now=now)

    def run(self, max_ticks: int | None = None) -> int:
        log.info("Worker started (every %.0f s)", self.interval)
        ticks = 0
        while not self.stop_event.is_set():
            self.tick()
            ticks += 1
            if max_ticks is not None and ticks >= max_ticks:
                break
            self.stop_event.wait(self.interval)
        from app.services.outbound import posts
        from app.services.team import leases as team
        team.release_lease(self.ws.db, posts.PUBLISHER_LEASE)
        log.info("Worker stopped cleanly")
        return 0
