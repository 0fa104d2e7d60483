"""Random SIGKILLs of the sync/outbox/publishing worker against the seven fake platforms, with
the invariants checked after every restart (the short run; `make chaos LONG=1` runs the long one).

A failure prints the seed; `python -m tools.chaos.run --seed N --db ...` replays it."""
from __future__ import annotations

import os
import random

import pytest

from tests.team.pgfixtures import require_or_skip
from tools.chaos.run import crash_run
from tools.chaos.world import World

SEED = int(os.environ.get("SVARBOX_CHAOS_SEED") or random.SystemRandom().randrange(1, 10**9))
KILLS = {"sqlite": 15, "postgresql": 6}


@pytest.mark.parametrize("store", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_random_kills_lose_nothing_and_send_nothing_twice(tmp_path, store):
    if store == "postgresql":
        require_or_skip()
    print(f"chaos seed {SEED} (replay: SVARBOX_CHAOS_SEED={SEED})")
    result = crash_run(store, KILLS[store], SEED, settle_every=5, root=tmp_path / "world")
    assert result["kills"] == KILLS[store], f"seed {SEED}"
    assert result["actions"] > 0 and result["platform_items"] > 0, f"seed {SEED}: nothing happened"
    assert result["posts"] > 0 and result["post_states"].get("published"), f"seed {SEED}: nothing published"


def test_the_invariant_check_catches_a_double_send_a_lost_status_and_a_skipped_item(tmp_path):
    """The checker itself can fail: a reply on the platform twice, an item whose status
    went back, and a platform item the cache never got are each reported."""
    world = World(tmp_path / "world", "sqlite", random.Random(7), platforms=["facebook"])
    try:
        world.citizens_write(4)
        world.settle()
        world.people_act(2)
        assert world.check(quiescent=False) == []
        world.settle()
        assert world.check(quiescent=True) == []
        sent = next(e for e in world.expected if e.action == "reply")
        platform = world.platforms["facebook"]
        platform.case.add_own_reply(platform.fake, sent.citizen_ext, f"Hej igen {sent.marker}")
        from app.models import tables as t
        with world.ws.db.session() as s:
            s.get(t.Item, sent.item_id).status = t.STATUS_NEW
        platform.add_citizen_item()          # on the platform, never synced
        problems = "\n".join(world.check(quiescent=True))
        assert f"reply {sent.marker} is on the platform 2 times" in problems
        assert "became 'new'" in problems
        assert "a sync cursor skipped it" in problems
    finally:
        world.close()
