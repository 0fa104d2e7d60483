"""One sync per account across the team: the client holding the account's sync lease syncs
it; the others are told a colleague is syncing and make no platform calls; when the holder
disappears mid-sync, another client takes over once the lease expires. The TTL is cut to a
couple of seconds here (60 s in the app) to keep the test fast."""
from __future__ import annotations

import os
import signal
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.services.inbound.sync import sync_account
from app.services.team import leases as team_service
from tests.team.teamkit import ANNA, BO, finish, go_when_ready, wait_for_file

pytestmark = pytest.mark.postgres
TTL = 2.0


@pytest.fixture
def short_lease(monkeypatch):
    """This process's sync lease with the test TTL (the child gets the same via client.py)."""
    def acquire(ws, account_id):
        return team_service.acquire_lease(ws.db, f"sync:{account_id}", ttl=timedelta(seconds=TTL))
    monkeypatch.setattr(team_service, "acquire_sync_lease", acquire)


def test_lease_moves_when_its_holder_is_killed_mid_sync(pg_url, make_team, tmp_path, short_lease):
    team = make_team(pg_url, n_comments=5, sync=False)
    marker = tmp_path / "mid-sync"
    holder = team.spawn("sync", ANNA, "--account", team.account_id, "--ttl", TTL,
                        "--marker", marker, "--hang", 600)
    try:
        holder_id = wait_for_file(marker, holder)
        lease = f"sync:{team.account_id}"
        assert team_service.lease_holder(team.anna.db, lease) == holder_id

        bo = team.client(BO)
        calls = len(team.fb.requests)
        busy = sync_account(bo, team.account_id, sleep=lambda _s: None)
        assert busy.status == "busy" and busy.message == "A colleague's Svarbox is syncing this account."
        assert len(team.fb.requests) == calls, "a client without the lease must not call the platform"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.communicate(timeout=30)
    killed_at = time.monotonic()

    # Bo's client retries on its schedule (every 0.2 s here) until the dead holder's lease expires.
    while True:
        attempt_at = time.monotonic()
        result = sync_account(bo, team.account_id, sleep=lambda _s: None)
        if result.status != "busy":
            break
        assert attempt_at - killed_at < TTL + 5, "the lease never expired"
        time.sleep(0.2)
    took_over_after = attempt_at - killed_at
    assert result.ok, result.message
    assert took_over_after <= TTL + 1.0
    with bo.db.session() as s:
        assert s.scalar(select(func.count(t.Item.id)).where(t.Item.account_id == team.account_id)) == 5
    assert team_service.lease_holder(bo.db, lease) is None     # released after the sync


def test_clients_starting_a_sync_together_sync_once(pg_url, make_team, tmp_path):
    """Both clients go for the free lease in the same instant: one syncs, one is told."""
    team = make_team(pg_url, n_comments=3, sync=False)
    go = tmp_path / "go"
    racers = [team.spawn("sync", user, "--account", team.account_id, "--ttl", 30, "--go", go,
                         "--marker", tmp_path / f"page-{user.split()[0]}", "--hang", 2)
              for user in (ANNA, BO)]
    go_when_ready(go, racers)
    results = sorted(finish(p)["status"] for p in racers)
    assert results == ["busy", "ok"]
    # One sync reached the Page: its feed was read once.
    assert sum(1 for r in team.fb.requests if r.path.endswith("/feed")) == 1


def test_a_long_sync_keeps_its_lease(pg_url, make_team, tmp_path):
    team = make_team(pg_url, n_comments=8, sync=False)
    marker = tmp_path / "first-page"
    lease = f"sync:{team.account_id}"
    # Pages come every 0.6 s; the whole sync lasts well over the 1.5 s TTL.
    holder = team.spawn("sync", ANNA, "--account", team.account_id, "--ttl", 1.5,
                        "--marker", marker, "--page-pause", 0.6)
    holder_id = wait_for_file(marker, holder)
    lost = []
    while holder.poll() is None:
        if team_service.lease_holder(team.anna.db, lease) != holder_id:
            with team.anna.db.session() as s:
                if s.get(t.Account, team.account_id).last_sync_at is None:   # still syncing
                    lost.append(time.monotonic())
        time.sleep(0.1)
    result = finish(holder)
    assert result["ok"], result
    assert not lost, "the lease lapsed while the sync was still running"
