"""Exactly once across crashes: a process SIGKILLed after the platform stored the post (its
answer never arrives) leaves one post; the next run asks the platform and does not send
again. Facebook's native scheduling holds a post with every Svarbox closed."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import clock as app_clock
from app.models import tables as t
from app.services.outbound import outbox, posts, scheduler
from tests.fakes.server import FakeServer
from tests.publishing.kit import TOKEN, Env, cases

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("publish_child.py")
CASES = cases()


def child(env, extra_env=None, database_url=None):
    # The child gets what the keychain holds (Bluesky: the session made from the app password).
    tokens = dict(env.store._data) or {env.ref: TOKEN}
    env_vars = dict(os.environ, SVARBOX_TEST_TOKENS=json.dumps(tokens), **(extra_env or {}))
    args = [sys.executable, str(CHILD), str(env.tmp)] + ([database_url] if database_url else [])
    return subprocess.Popen(args, cwd=ROOT, env=env_vars, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("case", CASES, ids=[c.platform for c in CASES])
def test_killed_after_the_platform_stored_the_post_publishes_exactly_once(tmp_path, case):
    fake = case.make_fake()
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server)
        images = [env.image()] if case.platform == "instagram" else []
        text = "Genbrugspladsen holder lukket 2. juledag. Se åbningstider på hjemmesiden."
        with env.ws.db.session() as s:
            [post_id] = posts.compose(s, "Mette Jensen", {env.account_id: text}, link="https://www.aarby.dk/genbrug",
                                      images=images, status="scheduled")
            posts.submit(s, post_id, "Mette Jensen")      # no moment: due now
        proc = child(env)
        killed = []

        def kill(request):
            # The last write of a publish (Instagram: media_publish; LinkedIn: the post itself).
            if not killed and (case.platform != "instagram" or request.path.endswith("media_publish")):
                killed.append(True)
                os.kill(proc.pid, signal.SIGKILL)

        fake.on_write = kill
        proc.wait(timeout=60)
        fake.on_write = None
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
        assert len(fake.own_posts()) == 1
        with env.ws.db.session() as s:
            post = s.get(t.Post, post_id)
            assert post.status == t.POST_PUBLISHING
            assert s.get(t.OutboxAction, post.outbox_id).state == t.OUTBOX_SENDING   # outcome unknown

        results = outbox.flush(env.ws)                  # the next start
        assert [r.state for r in results] == ["sent"]
        assert results[0].settled_by_check is True
        assert len(fake.own_posts()) == 1
        assert scheduler.run_due(env.ws) == []
        assert len(fake.own_posts()) == 1
        with env.ws.db.session() as s:
            post = s.get(t.Post, post_id)
            assert post.status == t.POST_PUBLISHED and post.external_id
            events = {e.action for e in s.scalars(select(t.AuditEvent).where(t.AuditEvent.outbox_id == post.outbox_id))}
            assert {"outbox_queued", "outbox_interrupted", "outbox_sent", "post_published"} <= events


def test_facebook_schedules_natively_and_publishes_with_every_client_closed(tmp_path):
    case = CASES[0]
    fake = case.make_fake()
    now = app_clock.now()
    at = (now + timedelta(days=3)).replace(second=0, microsecond=0)
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server)
        with env.ws.db.session() as s:
            [post_id] = posts.compose(s, "Mette Jensen", {env.account_id: "Juletræet tændes på torvet kl. 16"},
                                      link="https://www.aarby.dk/jul", at=at, status="scheduled")
            posts.submit(s, post_id, "Mette Jensen")
            [row] = posts.list_posts(s)
            assert row.needs_running_client is False
        assert len(scheduler.run_due(env.ws, now=now)) == 1
        assert len(fake.scheduled) == 1
        [scheduled] = fake.scheduled.values()
        assert scheduled["at"] == at
        assert fake.own_posts() == []
        with env.ws.db.session() as s:
            post = s.get(t.Post, post_id)
            assert post.status == t.POST_SCHEDULED and post.native_schedule and post.external_id
        # Before its moment Svarbox does not pretend it went out.
        assert posts.settle_native(env.ws, now=now + timedelta(days=1)) == []
        env.ws.close()                                   # every laptop closed
        assert fake.run_schedule(now=at + timedelta(minutes=1)) == [post.external_id]
        assert [p["message"] for p in fake.own_posts()] == ["Juletræet tændes på torvet kl. 16"]
        # The next Svarbox to run asks Facebook and only then shows it as published.
        from app.services.workspace import open_workspace
        ws = open_workspace(str(tmp_path), credentials=env.store, user="Mette Jensen")
        try:
            assert posts.settle_native(ws, now=at + timedelta(minutes=2)) == [post_id]
            with ws.db.session() as s:
                assert s.get(t.Post, post_id).status == t.POST_PUBLISHED
        finally:
            ws.close()


def test_facebook_refuses_a_native_schedule_outside_10_minutes_to_30_days(tmp_path):
    from app.connectors import publishing as pub
    from app.connectors.base import ConnectorError
    from app.services.outbound.connections import connector_for

    case = CASES[0]
    fake = case.make_fake()
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server)
        with env.ws.db.session() as s:
            connector = connector_for(env.ws, s.get(t.Account, env.account_id))
        for ahead in (timedelta(minutes=5), timedelta(days=31)):
            with pytest.raises(ConnectorError, match="scheduled publish time"):
                pub.publish(connector, pub.Draft("Tekst", publish_at=app_clock.now() + ahead))
        assert fake.scheduled == {}
        # Svarbox itself never asks for that: 31 days ahead waits in Svarbox until it is inside
        # the window; 5 minutes ahead is published by a running client at its moment.
        assert not posts.native_window("facebook", app_clock.now() + timedelta(days=31), app_clock.now())
        assert posts.needs_running_client("facebook", app_clock.now() + timedelta(minutes=5), "scheduled",
                                          app_clock.now())


def test_a_post_elsewhere_waits_for_its_moment_and_warns_it_needs_a_running_client(tmp_path):
    case = CASES[1]   # X
    fake = case.make_fake()
    now = app_clock.now()
    at = now + timedelta(hours=2)
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server)
        with env.ws.db.session() as s:
            [post_id] = posts.compose(s, "Mette Jensen", {env.account_id: "Svømmehallen åbner igen"},
                                      link="https://www.aarby.dk/svom", at=at, status="scheduled")
            posts.submit(s, post_id, "Mette Jensen")
            [row] = posts.list_posts(s, now=now)
            assert row.needs_running_client is True
        assert scheduler.run_due(env.ws, now=now) == []
        assert fake.own_posts() == []
        assert scheduler.run_due(env.ws, now=at + timedelta(seconds=30)) != []
        assert len(fake.own_posts()) == 1
