"""Publishing and Bluesky sessions in the chaos world.

The checker must catch a post that went out twice or was never approved. "Needs reconnect"
counts as a correct end only when a kill really cost Bluesky's rotated refresh JWT and the
PDS's grace has passed. Even then, what failed must be back in the inbox, off the platform,
and sent exactly once after the person reconnects and retries."""
from __future__ import annotations

import random
from datetime import timedelta

from app.models import tables as t
from app.secrets import refresh_ref
from tools.chaos.sessions import PAST_GRACE
from tools.chaos.world import World


def test_the_checker_catches_a_post_published_twice_or_without_approval(tmp_path):
    world = World(tmp_path / "world", "sqlite", random.Random(3), platforms=["mastodon"])
    try:
        world.citizens_write(2)
        world.settle()
        world.publishing.people_schedule(6)
        world.later(timedelta(minutes=10))           # every post's moment has come
        world.settle()
        assert world.check(quiescent=True) == []
        published = [e for e in world.publishing.expected if e.approved]
        assert published, "the seed scheduled no approved post"
        with world.ws.db.session() as s:
            assert all(s.get(t.Post, e.post_id).status == t.POST_PUBLISHED for e in published)
        fake = world.platforms["mastodon"].fake
        fake.add_status(fake.me, f"Genbrugspladsen igen {published[0].marker}")
        world.publishing.expected[0].approved = False     # as if it had never been approved
        problems = "\n".join(world.check(quiescent=False))
        assert f"{published[0].marker} (status published" in problems and "is on the platform 2 times" in problems
        assert "went out without approval" in problems
    finally:
        world.close()


def _bluesky_world(tmp_path, seed=11):
    world = World(tmp_path / "world", "sqlite", random.Random(seed), platforms=["bluesky"])
    world.citizens_write(4)
    world.settle()
    return world


def test_a_lost_rotation_within_the_grace_recovers_without_asking_anyone(tmp_path):
    world = _bluesky_world(tmp_path)
    try:
        world.people_act(3)
        assert world.crash_once(rotation=True) == "rotation"
        assert world.sessions.rotation_lost() and not world.sessions.truly_lost()
        world.later()
        world.settle()
        assert world.check(quiescent=True) == []
        assert world.stats.reconnects == 0 and not world.sessions.rotation_lost()
    finally:
        world.close()


def test_a_lost_rotation_past_the_grace_asks_to_reconnect_and_then_sends_everything_once(tmp_path):
    world = _bluesky_world(tmp_path, seed=12)
    try:
        assert world.crash_once(rotation=True) == "rotation"
        world.later(PAST_GRACE)                       # the laptop stayed shut
        assert world.sessions.truly_lost()
        world.people_act(3)
        world.publishing.people_schedule(3)
        assert world.expected and world.publishing.expected
        world.crash_once()                            # the next worker meets the dead session
        assert world.check(quiescent=False) == []
        world.settle()
        assert world.stats.reconnects == 1
        assert world.check(quiescent=True) == []     # sent and published exactly once
        with world.ws.db.session() as s:
            assert s.get(t.Account, world.account_of["bluesky"]).status == "ok"
    finally:
        world.close()


def test_needs_reconnect_without_a_lost_session_is_reported(tmp_path):
    world = _bluesky_world(tmp_path, seed=13)
    try:
        world.platforms["bluesky"].fake.expire_sessions()
        world.credentials.delete(refresh_ref(world.ref_of["bluesky"]))   # a keychain that forgot
        world.later()
        world.settle()
        problems = "\n".join(world.check(quiescent=True))
        assert "bluesky asks to be reconnected though its tokens were not lost" in problems
    finally:
        world.close()
