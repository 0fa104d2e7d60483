"""PostgreSQL claims in one statement (issue 18 point 6: the load run measured the window's
claim at several times its target with twenty colleagues, most of it round trips): a new
claim, a renewal and a lost claim each cost one transaction, and two clients claiming the
same item at the same moment still end with exactly one holder."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import event

from app import clock as app_clock
from app.services.team import leases
from tests.team.teamkit import ANNA, BO

pytestmark = pytest.mark.postgres


def statements_of(engine, fn):
    seen: list[str] = []

    def record(conn, cursor, statement, *args):
        seen.append(statement.split()[0].upper())
    event.listen(engine, "before_cursor_execute", record)
    try:
        result = fn()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return result, seen


def test_claim_take_renew_and_lose_are_one_statement_each(pg_url, make_team):
    team = make_team(pg_url)
    item = team.item_id(team.comment_ids[0])
    db, now, ttl = team.anna.db, app_clock.now(), timedelta(seconds=30)
    taken, seen = statements_of(db.engine, lambda: leases.claim_item(
        db, item, ANNA, holder="anna-pc", now=now, ttl=ttl))
    assert taken.ok and seen == ["INSERT"]
    renewed, seen = statements_of(db.engine, lambda: leases.claim_item(
        db, item, ANNA, holder="anna-pc", now=now + timedelta(seconds=10), ttl=ttl))
    assert renewed.ok and seen == ["INSERT"]
    # Bo's client meets Anna's live claim (renewed until now + 40 s): told who holds it.
    lost, seen = statements_of(db.engine, lambda: leases.claim_item(
        db, item, BO, holder="bo-pc", now=now + timedelta(seconds=39), ttl=ttl))
    assert (lost.ok, lost.holder) == (False, ANNA) and seen == ["INSERT", "SELECT"]
    assert leases.active_claims(db, now=now + timedelta(seconds=39)) == {item: ANNA}
    # The same person on another computer is another holder: not a renewal.
    assert not leases.claim_item(db, item, ANNA, holder="anna-laptop", now=now + timedelta(seconds=39)).ok
    # Lapsed: Bo takes it over, and the expiry is stored as the moment it is (aware UTC).
    assert leases.claim_item(db, item, BO, holder="bo-pc", now=now + timedelta(seconds=41), ttl=ttl).ok
    assert leases.active_claims(db, now=now + timedelta(seconds=70)) == {item: BO}
    assert leases.active_claims(db, now=now + timedelta(seconds=72)) == {}
    assert not leases.claim_item(db, 987654321, BO, holder="bo-pc", now=now).ok   # no such item


def test_two_clients_claiming_at_once_end_with_one_holder(pg_url, make_team):
    team = make_team(pg_url, n_comments=6)
    db = team.anna.db
    for comment in team.comment_ids:
        item = team.item_id(comment)
        gate = threading.Barrier(2, timeout=10)
        results: dict[str, leases.ClaimResult] = {}

        def claim(user: str, holder: str, item=item, gate=gate, results=results) -> None:
            gate.wait()
            results[user] = leases.claim_item(db, item, user, holder=holder)
        racers = [threading.Thread(target=claim, args=(ANNA, "anna-pc")),
                  threading.Thread(target=claim, args=(BO, "bo-pc"))]
        for racer in racers:
            racer.start()
        for racer in racers:
            racer.join(10)
        winners = [user for user, r in results.items() if r.ok]
        assert len(winners) == 1, results
        loser = (set(results) - set(winners)).pop()
        assert results[loser].holder == winners[0]
        assert leases.active_claims(db) == {item: winners[0]}
        leases.release_claim(db, item, holder="anna-pc" if winners[0] == ANNA else "bo-pc")
