"""Two communicators, one item: one answer reaches the platform, the other person is told a
colleague answered, unless they explicitly choose to answer anyway. Real separate client
processes on one PostgreSQL database (the race also on one SQLite file), a fake Facebook
Page on 127.0.0.1."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.services.outbound import outbox
from app.services.team import collab
from tests.team.teamkit import ANNA, BO, CARL, finish, go_when_ready

pg = pytest.mark.postgres


def test_racing_clients_send_exactly_one_answer(db_url, make_team, tmp_path):
    team = make_team(db_url)
    item = team.item_id(team.comment_ids[0])
    go = tmp_path / "go"
    # Each client holds the item for a moment after checking: without the lock both would pass.
    racers = [team.spawn("answer", user, "--item", item, "--text", f"Svar fra {user.split()[0]}",
                         "--hold", "0.5", "--flush", "--go", go)
              for user in (ANNA, BO)]
    go_when_ready(go, racers)
    results = {user: finish(proc) for user, proc in zip((ANNA, BO), racers)}

    winners = [user for user, r in results.items() if "queued" in r]
    assert len(winners) == 1, results
    winner = winners[0]
    loser = BO if winner == ANNA else ANNA
    refused = results[loser]
    assert refused["kind"] == "answered" and refused["colleague"] == winner
    assert refused["refused"].startswith(f"{winner} already answered this")
    # The platform saw exactly one answer: the winner's.
    assert team.own_replies(team.comment_ids[0]) == [f"Svar fra {winner.split()[0]}"]
    with team.anna.db.session() as s:
        rows = s.execute(select(t.OutboxAction.author, t.OutboxAction.state)
                         .where(t.OutboxAction.item_id == item)).all()
        assert rows == [(winner, t.OUTBOX_SENT)]
        assert s.get(t.Item, item).handled_by == winner


@pg
def test_answering_anyway_is_an_explicit_choice(pg_url, make_team):
    team = make_team(pg_url)
    item = team.item_id(team.comment_ids[0])
    bo = team.client(BO)
    with team.anna.db.session() as s:
        collab.queue_reply(s, item, ANNA, "Vejen åbner fredag.")
    with bo.db.session() as s:
        assert collab.answer_guard(s, item, BO) == f"{ANNA} already answered this; the answer is " \
                                                   "waiting in the outbox."
        assert collab.answer_guard(s, item, ANNA) is None      # one's own answer is no collision
    with pytest.raises(collab.CollisionError) as caught:
        with bo.db.session() as s:
            collab.queue_reply(s, item, BO, "Vejen åbner fredag kl. 12.")
    assert caught.value.colleague == ANNA
    outbox.flush(team.anna)
    with bo.db.session() as s:
        assert collab.answer_guard(s, item, BO).startswith(f"{ANNA} already answered this at ")
        second = collab.queue_reply(s, item, BO, "Præcisering: kl. 12.", override=True)
    outbox.flush(bo)
    assert team.own_replies(team.comment_ids[0]) == ["Vejen åbner fredag.", "Præcisering: kl. 12."]
    with bo.db.session() as s:
        chosen = s.scalars(select(t.AuditEvent).where(t.AuditEvent.action == "answered_despite_warning")).all()
        assert [(e.actor, e.outbox_id) for e in chosen] == [(BO, second)]


@pg
def test_an_answer_written_on_the_platform_counts(pg_url, make_team):
    team = make_team(pg_url)
    cid = team.comment_ids[0]
    team.fb.add_comment(team.fb.comments[cid]["post_id"], "Svar skrevet på Facebook", author="page",
                        parent=cid)
    from app.services.inbound.sync import sync_account
    assert sync_account(team.anna, team.account_id, sleep=lambda _s: None).ok
    with team.anna.db.session() as s:
        assert collab.answer_guard(s, team.item_id(cid), CARL) == "This was already answered on Facebook itself."


@pg
def test_two_outbox_workers_send_each_action_once(pg_url, make_team, tmp_path):
    """Two clients flush the same shared outbox at the same moment: every action is sent
    once, by one of them; the Page sees no duplicates."""
    team = make_team(pg_url, n_comments=6)
    team.fb.write_delay = 0.1            # widen the window between "sent" and "recorded"
    with team.anna.db.session() as s:
        queued = [collab.queue_reply(s, team.item_id(cid), ANNA, f"Svar {n}")
                  for n, cid in enumerate(team.comment_ids)]
    go = tmp_path / "go"
    workers = [team.spawn("flush", user, "--go", go) for user in (ANNA, BO)]
    go_when_ready(go, workers)
    results = [finish(w) for w in workers]
    sent_by = [r["outbox_id"] for batch in results for r in batch if r["state"] == t.OUTBOX_SENT]
    assert sorted(sent_by) == sorted(queued), results
    for n, cid in enumerate(team.comment_ids):
        assert team.own_replies(cid) == [f"Svar {n}"]
    with team.anna.db.session() as s:
        rows = s.execute(select(t.OutboxAction.state, t.OutboxAction.attempts)).all()
        assert rows and all(r == (t.OUTBOX_SENT, 1) for r in rows), rows
