"""The local queue (app.services.outbound.localqueue) at service level: actions written while the
team database was away are replayed into the outbox exactly once, whatever happened between
(a replay twice, a commit that landed before the local row was marked), held in words when a
colleague answered meanwhile, and never replayed into another database. Real SQLite files
(the workspace's and the queue's own), frozen clock."""
from __future__ import annotations

from sqlalchemy import func, select

from app.models import tables as t
from app.services.outbound import localqueue
from app.services.team import collab
from tests.services.conftest import ME, comment

TEXT = "Tak for beskeden. Vi vender tilbage i morgen. /Mette"


def outbox_rows(ws, item_id):
    with ws.db.session() as s:
        return list(s.execute(select(t.OutboxAction.id, t.OutboxAction.idempotency_key, t.OutboxAction.author)
                              .where(t.OutboxAction.item_id == item_id)).all())


def test_a_replay_moves_each_action_once_and_a_second_replay_nothing(ws, demo_account, tmp_path):
    queue = localqueue.LocalQueue(tmp_path / "q" / localqueue.FILE_NAME)
    item_id = comment(ws, demo_account)
    hide_id = comment(ws, demo_account, text="Køb billige solbriller her")
    key = queue.record(ws.db.url, item_id, "reply", ME, TEXT)
    hide_key = queue.record(ws.db.url, hide_id, "hide", ME)
    first = localqueue.replay(ws, queue)
    assert [k for k, _ in first.moved] == [key, hide_key] and not first.held and not first.offline
    assert [(k, a) for _, k, a in outbox_rows(ws, item_id)] == [(key, ME)]   # the local key is the outbox key
    assert queue.count_pending(ws.db.url) == 0
    second = localqueue.replay(ws, queue)
    assert second.moved == [] and second.already == []
    assert len(outbox_rows(ws, item_id)) == 1 and len(outbox_rows(ws, hide_id)) == 1


def test_a_commit_that_landed_before_the_local_row_was_marked_is_found_not_queued_again(ws, demo_account,
                                                                                        tmp_path):
    queue = localqueue.LocalQueue(tmp_path / localqueue.FILE_NAME)
    item_id = comment(ws, demo_account)
    key = queue.record(ws.db.url, item_id, "reply", ME, TEXT)
    # The earlier attempt's COMMIT reached the database; the answer never came back.
    with ws.db.session() as s:
        landed = localqueue.queue_in_session(s, item_id, "reply", ME, TEXT, signature=None, confirmed=False,
                                             override=False, key=key)
    result = localqueue.replay(ws, queue)
    assert result.moved == [] and result.already == [(key, landed)]
    assert [row_id for row_id, _, _ in outbox_rows(ws, item_id)] == [landed]
    assert queue.all()[0].state == localqueue.REPLAYED and queue.all()[0].outbox_id == landed


def test_an_answer_a_colleague_beat_is_held_in_words_until_the_person_decides(ws, demo_account, tmp_path):
    queue = localqueue.LocalQueue(tmp_path / localqueue.FILE_NAME)
    item_id = comment(ws, demo_account)
    key = queue.record(ws.db.url, item_id, "reply", ME, TEXT)
    with ws.db.session() as s:                                   # Anna answered while we were cut off
        collab.queue_reply(s, item_id, "Anna Holm", "Hej, det er ordnet. /Anna")
    result = localqueue.replay(ws, queue)
    assert result.held == [(key, "Anna Holm already answered this; the answer is waiting in the outbox.")]
    assert [a for _, _, a in outbox_rows(ws, item_id)] == ["Anna Holm"]
    assert queue.held(ws.db.url)[0].message.startswith("Anna Holm already answered")
    queue.release_held(key, override=True)                       # "answer anyway"
    again = localqueue.replay(ws, queue)
    assert [k for k, _ in again.moved] == [key]
    assert sorted(a for _, _, a in outbox_rows(ws, item_id)) == ["Anna Holm", ME]


def test_a_discarded_held_action_stays_away(ws, demo_account, tmp_path):
    queue = localqueue.LocalQueue(tmp_path / localqueue.FILE_NAME)
    item_id = comment(ws, demo_account)
    key = queue.record(ws.db.url, item_id, "reply", ME, TEXT)
    with ws.db.session() as s:
        collab.queue_reply(s, item_id, "Anna Holm", "Hej, det er ordnet. /Anna")
    localqueue.replay(ws, queue)
    queue.discard(key)
    queue.release_held(key)                                      # too late: discarded is final
    assert localqueue.replay(ws, queue).moved == []
    assert [a for _, _, a in outbox_rows(ws, item_id)] == ["Anna Holm"]


def test_actions_written_for_another_database_are_left_alone(ws, demo_account, tmp_path):
    queue = localqueue.LocalQueue(tmp_path / localqueue.FILE_NAME)
    item_id = comment(ws, demo_account)
    queue.record("postgresql://anna:secret@teamdb.kommune.local/svarbox", item_id, "reply", ME, TEXT)
    assert localqueue.replay(ws, queue).moved == []
    assert outbox_rows(ws, item_id) == []
    [entry] = queue.pending()
    assert "secret" not in entry.database                        # the password is never written down


def test_on_a_local_file_submit_queues_at_once(ws, demo_account, tmp_path):
    item_id = comment(ws, demo_account)
    queue = localqueue.LocalQueue(tmp_path / localqueue.FILE_NAME)
    result = localqueue.submit(ws, item_id, "reply", TEXT, queue=queue)
    assert result.outbox_id is not None and result.local_key is None
    assert queue.all() == []
    with ws.db.session() as s:
        assert s.scalar(select(func.count(t.OutboxAction.id))) == 1
