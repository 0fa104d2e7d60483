"""Broken networks between Svarbox and the platforms: a fault-injecting proxy (tools/chaos/
proxy.py) in front of each fake answers late, resets connections mid-answer, cuts JSON off,
sends 5xx bursts and 429 storms, or never answers. Nothing is lost or sent twice, and a
platform's "come back at" is honoured (and never turns into an unbounded wait)."""
from __future__ import annotations

import random
import time
from datetime import timedelta

from sqlalchemy import select

from app import clock as app_clock
from app.models import tables as t
from app.services.inbound.sync import DEFAULT_BACKOFF, sync_account
from app.services.outbound import outbox
from tests.chaos.test_crash import SEED
from tools.chaos.proxy import FaultPlan
from tools.chaos.run import crash_run
from tools.chaos.world import SIGNATURE, USER, World


def _world(tmp_path, platform: str, **plan) -> World:
    return World(tmp_path / "world", "sqlite", random.Random(11), platforms=[platform],
                 faults=FaultPlan(rate=1.0, **plan))


def _queue_reply(world: World, ext: str, marker: str) -> int:
    with world.ws.db.session() as s:
        item_id = s.scalar(select(t.Item.id).where(t.Item.external_id == ext))
        return outbox.queue_action(s, item_id, "reply", USER, f"Hej, tak for spørgsmålet {marker}",
                                   confirmed=True, signature=SIGNATURE)


def test_a_cut_off_answer_to_a_stored_reply_waits_and_is_settled_by_checking(tmp_path):
    """Regression: a write the platform stored but whose 200 answer arrived cut off was marked
    'failed: the platform refused it' although the reply was public. It now waits, and the
    retry finds the reply instead of sending it again."""
    world = _world(tmp_path, "facebook", weights={"truncated-json": 1}, methods=("POST",))
    try:
        platform = world.platforms["facebook"]
        ext = platform.add_citizen_item()
        world.settle()                                   # faults on from here
        outbox_id = _queue_reply(world, ext, "[cut]")
        [result] = outbox.flush(world.ws)
        assert result.state == t.OUTBOX_QUEUED, result.message
        assert "cut off" in result.message
        assert platform.replies_with(ext, "[cut]") == 1          # it did arrive
        world.set_faults(False)
        [result] = outbox.flush(world.ws, now=app_clock.now() + timedelta(hours=1))
        assert (result.outbox_id, result.state, result.settled_by_check) == (outbox_id, t.OUTBOX_SENT, True)
        assert platform.replies_with(ext, "[cut]") == 1
    finally:
        world.close()


def test_a_platform_that_never_answers_costs_one_timeout_and_sends_once(tmp_path):
    world = _world(tmp_path, "youtube", weights={"hang-after": 1}, methods=("POST",), hang_limit=60)
    try:
        platform = world.platforms["youtube"]
        ext = platform.add_citizen_item()
        world.settle()
        _queue_reply(world, ext, "[hang]")
        started = time.monotonic()
        [result] = outbox.flush(world.ws)
        waited = time.monotonic() - started
        assert result.state == t.OUTBOX_QUEUED and waited < 45, (result.message, waited)
        world.set_faults(False)
        [result] = outbox.flush(world.ws, now=app_clock.now() + timedelta(hours=1))
        assert result.state == t.OUTBOX_SENT and result.settled_by_check
        assert platform.replies_with(ext, "[hang]") == 1
    finally:
        world.close()


def test_a_429_with_a_reset_is_waited_out_exactly_and_no_request_goes_early(tmp_path):
    world = _world(tmp_path, "x", weights={"429-reset": 1}, methods=("GET",), reset_seconds=(90, 90))
    try:
        platform, account_id = world.platforms["x"], world.account_of["x"]
        platform.add_citizen_item()
        world.set_faults(True)
        result = sync_account(world.ws, account_id, sleep=lambda _s: None)
        assert result.status == "paused"
        announced = app_clock.now() + timedelta(seconds=90)
        assert abs((result.paused_until - announced).total_seconds()) < 5
        before = len(platform.fake.requests)
        again = sync_account(world.ws, account_id, sleep=lambda _s: None)
        assert again.status == "paused" and len(platform.fake.requests) == before
        assert platform.proxy.early == []
        world.later(timedelta(minutes=2))
        world.set_faults(False)
        assert sync_account(world.ws, account_id, sleep=lambda _s: None).ok
    finally:
        world.close()


def test_a_429_storm_without_a_reset_backs_off_for_a_bounded_time(tmp_path):
    world = _world(tmp_path, "facebook", weights={"429-bare": 1}, methods=("GET",))
    try:
        world.platforms["facebook"].add_citizen_item()
        world.set_faults(True)
        result = sync_account(world.ws, world.account_of["facebook"], sleep=lambda _s: None)
        assert result.status == "paused"
        wait = (result.paused_until - app_clock.now()).total_seconds()
        assert 0 < wait <= DEFAULT_BACKOFF + 5
    finally:
        world.close()


def test_random_kills_under_every_network_fault_lose_nothing(tmp_path):
    """The crash harness with the proxy on (hangs left to the long run: each costs a timeout),
    all seven platforms. Seed 543867283 once lost a Mastodon mention here: a cut-off answer to
    its thread lookup was skipped as a bad notification (fixed, tests/connectors/test_mastodon.py)."""
    plan = FaultPlan(rate=0.3)
    plan.weights.update({"hang-before": 0, "hang-after": 0})
    result = crash_run("sqlite", 8, SEED, settle_every=4, root=tmp_path / "world", faults=plan)
    assert result["kills"] == 8
    assert sum(result["faults"].values()) > 0, result
