"""Losing the team database: actions are kept in a small local queue in the user's data
folder and moved into the shared outbox once the server is back, exactly once, even when
replayed twice, after a crash half-way, or by two of the user's windows at the same time.
The PostgreSQL server is really stopped and started again (a private cluster)."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.services.outbound import localqueue, outbox
from app.services.team import collab
from tests.team.pgfixtures import PgCluster, require_or_skip, start_cluster, wait_until
from tests.team.teamkit import ANNA, BO, finish, go_when_ready

pg = pytest.mark.postgres
UNREACHABLE = "The team database cannot be reached; check the network and the database address."


@pytest.fixture(scope="module")
def private_cluster():
    """This module's own server, so stopping it never disturbs the other tests."""
    require_or_skip()
    cluster = start_cluster()
    yield cluster
    cluster.destroy()


@pytest.fixture
def cluster(private_cluster: PgCluster):
    if not private_cluster.is_running():     # a failed test may have left it stopped
        private_cluster.start()
    return private_cluster


def outbox_rows(ws, key=None):
    with ws.db.session() as s:
        query = select(func.count(t.OutboxAction.id))
        if key:
            query = query.where(t.OutboxAction.idempotency_key == key)
        return s.scalar(query)


@pg
def test_an_answer_written_while_the_database_is_away_goes_out_once(cluster, make_team):
    team = make_team(cluster.create_database(), n_comments=1)
    ws = team.anna
    item = team.item_id(team.comment_ids[0])
    queue = localqueue.for_workspace(ws)
    assert localqueue.is_reachable(ws.db)

    cluster.stop()
    assert not localqueue.is_reachable(ws.db)           # the window shows its read-only banner
    kept = localqueue.submit(ws, item, "reply", "Vejen åbner fredag.")
    assert kept.outbox_id is None and kept.local_key and kept.message == UNREACHABLE
    assert queue.path.parent == team.data_dir(ANNA)
    still_away = localqueue.replay(ws)
    assert still_away.offline and still_away.message == UNREACHABLE and not still_away.moved
    assert [p.idempotency_key for p in queue.pending(ws.db.url)] == [kept.local_key]

    cluster.start()
    assert wait_until(lambda: localqueue.is_reachable(ws.db), timeout=10)
    first, second = localqueue.replay(ws), localqueue.replay(ws)
    assert [key for key, _ in first.moved] == [kept.local_key]
    assert (second.moved, second.already, second.held) == ([], [], [])
    assert outbox_rows(ws) == 1 and outbox_rows(ws, kept.local_key) == 1

    # A crash after the outbox commit but before the local row was marked: replay again.
    with sqlite3.connect(queue.path) as conn:
        conn.execute("UPDATE pending_actions SET state = 'pending', outbox_id = NULL")
    third = localqueue.replay(ws)
    assert third.already == first.moved and not third.moved
    assert outbox_rows(ws) == 1

    assert [r.state for r in outbox.flush(ws)] == [t.OUTBOX_SENT]
    assert outbox.flush(ws) == []
    assert team.own_replies(team.comment_ids[0]) == ["Vejen åbner fredag."]
    with ws.db.session() as s:
        assert s.scalar(select(t.OutboxAction.idempotency_key)) == kept.local_key


@pg
def test_two_windows_replaying_at_once_queue_each_action_once(cluster, make_team, tmp_path):
    team = make_team(cluster.create_database(), n_comments=3)
    ws = team.anna
    items = [team.item_id(c) for c in team.comment_ids]
    localqueue.for_workspace(ws)       # created before the windows start (they share it)
    cluster.stop()
    keys = [localqueue.submit(ws, item, "reply", f"Svar {n}").local_key for n, item in enumerate(items)]
    assert all(keys)
    cluster.start()
    assert wait_until(lambda: localqueue.is_reachable(ws.db), timeout=10)
    go = tmp_path / "go"
    windows = [team.spawn("replay", ANNA, "--go", go) for _ in range(2)]
    go_when_ready(go, windows)
    results = [finish(w) for w in windows]
    moved = sorted(key for r in results for key, _ in r["moved"])
    assert moved == sorted(keys), results
    assert outbox_rows(ws) == 3 and all(outbox_rows(ws, key) == 1 for key in keys)
    assert localqueue.for_workspace(ws).pending(ws.db.url) == []
    outbox.flush(ws)
    for n, cid in enumerate(team.comment_ids):
        assert team.own_replies(cid) == [f"Svar {n}"]


@pg
def test_a_colleague_answering_meanwhile_holds_the_kept_answer(cluster, make_team):
    team = make_team(cluster.create_database(), n_comments=1)
    ws, bo = team.anna, team.client(BO)
    item = team.item_id(team.comment_ids[0])
    cluster.stop()
    key = localqueue.submit(ws, item, "reply", "Anna's svar").local_key
    cluster.start()
    assert wait_until(lambda: localqueue.is_reachable(bo.db), timeout=10)
    with bo.db.session() as s:      # Bo was not cut off and answered first
        collab.queue_reply(s, item, BO, "Bo's svar")
    held = localqueue.replay(ws)
    assert held.held == [(key, f"{BO} already answered this; the answer is waiting in the outbox.")]
    queue = localqueue.for_workspace(ws)
    assert [h.idempotency_key for h in queue.held(ws.db.url)] == [key]
    # Anna reads the warning and chooses to send hers as well.
    queue.release_held(key)
    assert [k for k, _ in localqueue.replay(ws).moved] == [key]
    outbox.flush(ws)
    assert team.own_replies(team.comment_ids[0]) == ["Bo's svar", "Anna's svar"]


def test_with_the_database_there_submit_is_the_shared_outbox(db_url, make_team):
    """Nothing is kept locally while the database answers; refusals are raised, not kept."""
    team = make_team(db_url, n_comments=1)
    item = team.item_id(team.comment_ids[0])
    with team.client(BO).db.session() as s:
        collab.queue_reply(s, item, BO, "Bo's svar")
    with pytest.raises(collab.CollisionError):
        localqueue.submit(team.anna, item, "reply", "Anna's svar")
    sent = localqueue.submit(team.anna, item, "reply", "Anna's svar", override=True)
    assert sent.outbox_id and sent.local_key is None
    assert localqueue.for_workspace(team.anna).all() == []


def test_a_commit_whose_answer_was_lost_is_not_queued_twice(db_url, make_team):
    """The connection dropped during COMMIT: the row may exist although we were told it failed.
    The copy kept locally has the same key, so the replay finds the row and adds nothing."""
    team = make_team(db_url, n_comments=1)
    ws, item = team.anna, team.item_id(team.comment_ids[0])
    key = localqueue.new_key()
    with ws.db.session() as s:
        outbox_id = localqueue.queue_in_session(s, item, "reply", ANNA, "Svar", signature=None, confirmed=False,
                                      override=False, key=key)
    queue = localqueue.for_workspace(ws)
    queue.record(ws.db.url, item, "reply", ANNA, "Svar", key=key)
    result = localqueue.replay(ws)
    assert (result.moved, result.already, result.held) == ([], [(key, outbox_id)], [])
    assert outbox_rows(ws) == 1


def test_a_queue_is_only_replayed_into_its_own_database(db_url, make_team, tmp_path):
    team = make_team(db_url, n_comments=1)
    queue = localqueue.for_workspace(team.anna)
    queue.record("postgresql+psycopg://anna:secret@old-server/svarbox", team.item_id(team.comment_ids[0]),
                 "reply", ANNA, "Svar til den gamle server")
    assert localqueue.replay(team.anna).moved == []
    assert outbox_rows(team.anna) == 0
    [kept] = queue.pending()
    assert "secret" not in kept.database and kept.state == localqueue.PENDING
