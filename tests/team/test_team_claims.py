"""Opening the composer claims the item: "<colleague> is answering" shows in the other clients
within a poll interval, goes away when the composer closes, and lapses on its own when the
colleague's Svarbox disappears. Anna's client is a separate process; Bo's is this one."""
from __future__ import annotations

import json
import os
import signal
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock as app_clock
from app.models import tables as t
from app.services.team import collab
from app.services.team import leases as team_service
from tests.team.pgfixtures import wait_until
from tests.team.teamkit import ANNA, BO, CARL, finish, wait_for_file

pg = pytest.mark.postgres
TTL = 2.0


def colleagues_claims(ws, previous=None):
    return collab.claims_changed_since(ws.db, previous)


def test_claim_polling_reports_what_changed(db_url, make_team):
    team = make_team(db_url, n_comments=2)
    a, b = (team.item_id(c) for c in team.comment_ids)
    db, now = team.anna.db, app_clock.now()
    first = collab.claims_changed_since(db, None, now=now)
    assert first.claims == {} and not first.changed
    team_service.claim_item(db, a, BO, holder="bo-laptop", now=now, ttl=timedelta(seconds=30))
    team_service.claim_item(db, b, ANNA, now=now)             # this client's own: not listed
    second = collab.claims_changed_since(db, first.claims, now=now)
    assert (second.claims, second.appeared, second.gone) == ({a: BO}, {a: BO}, frozenset())
    assert collab.claims_changed_since(db, None, include_mine=True, now=now).claims == {a: BO, b: ANNA}
    # Bo's claim lapses and Carl picks the item up: a change of hands is news too.
    later = now + timedelta(seconds=31)
    assert team_service.claim_item(db, a, CARL, holder="carl-pc", now=later, ttl=timedelta(seconds=30)).ok
    third = collab.claims_changed_since(db, second.claims, now=later)
    assert (third.claims, third.appeared, third.gone) == ({a: CARL}, {a: CARL}, frozenset())
    fourth = collab.claims_changed_since(db, third.claims, now=later + timedelta(minutes=5))
    assert (fourth.claims, fourth.gone) == ({}, {a})


@pg
def test_claim_is_seen_by_colleagues_and_released_on_close(pg_url, make_team, tmp_path):
    team = make_team(pg_url)
    item = team.item_id(team.comment_ids[0])
    bo = team.client(BO)
    marker, release = tmp_path / "claimed", tmp_path / "close-composer"
    anna = team.spawn("claim", ANNA, "--item", item, "--ttl", TTL, "--marker", marker,
                      "--release", release, "--renew")
    try:
        opened = json.loads(wait_for_file(marker, anna))
        assert opened["claimed"] and opened["warning"] is None

        seen = wait_until(lambda: colleagues_claims(bo).claims, timeout=collab.CLAIM_POLL_SECONDS)
        assert seen == {item: ANNA}
        with bo.db.session() as s:
            assert collab.answer_guard(s, item, BO) == f"{ANNA} is answering this right now."
        composer = collab.open_composer(bo, item, ttl=timedelta(seconds=TTL))
        assert not composer.claimed and composer.warning == f"{ANNA} is answering this right now."
        assert composer.can_send
        with pytest.raises(collab.CollisionError) as caught:
            with bo.db.session() as s:
                collab.queue_reply(s, item, BO, "Jeg tager den.")
        assert caught.value.kind == "claimed" and caught.value.colleague == ANNA

        # The composer stays open longer than the TTL: Anna's client renews the claim.
        time.sleep(TTL + 1)
        before_close = colleagues_claims(bo)
        assert before_close.claims == {item: ANNA}
        release.write_text("closed")
        assert finish(anna) == {"closed": True}
    finally:
        if anna.poll() is None:
            anna.kill()
            anna.communicate()

    changes = wait_until(lambda: (c := colleagues_claims(bo, before_close.claims)).changed and c,
                         timeout=collab.CLAIM_POLL_SECONDS)
    assert changes and changes.gone == {item} and changes.claims == {}
    mine = collab.open_composer(bo, item, ttl=timedelta(seconds=TTL))
    assert mine.claimed and mine.warning is None
    # Bo's own claim is not a colleague's: his list shows nothing, Anna's would show Bo.
    assert colleagues_claims(bo).claims == {}
    assert team_service.active_claims(bo.db) == {item: BO}
    collab.close_composer(bo, item)
    assert team_service.active_claims(bo.db) == {}


@pg
def test_claim_of_a_vanished_client_expires(pg_url, make_team, tmp_path):
    team = make_team(pg_url)
    item = team.item_id(team.comment_ids[0])
    bo = team.client(BO)
    marker = tmp_path / "claimed"
    anna = team.spawn("claim", ANNA, "--item", item, "--ttl", TTL, "--marker", marker, "--renew")
    try:
        wait_for_file(marker, anna)
        first = wait_until(lambda: colleagues_claims(bo).claims, timeout=collab.CLAIM_POLL_SECONDS)
        assert first == {item: ANNA}
    finally:
        os.kill(anna.pid, signal.SIGKILL)    # no goodbye: the laptop lid closed, the app crashed
        anna.communicate(timeout=30)
    killed_at = time.monotonic()
    gone = wait_until(lambda: (c := colleagues_claims(bo, first)).gone and c, timeout=TTL + 3)
    assert gone and gone.gone == {item}
    assert time.monotonic() - killed_at <= TTL + 2     # renewed at most TTL/3 before the kill
    with bo.db.session() as s:
        # Nobody cleaned up: the row is still there, it simply no longer counts.
        assert s.scalar(select(t.Claim.user_name).where(t.Claim.item_id == item)) == ANNA
        assert collab.answer_guard(s, item, BO) is None
    assert collab.open_composer(bo, item).claimed
