"""The team's collision guard (app.services.team.collab) at service level: what counts as a
colleague's answer or claim, the refusal in words, "answer anyway" on the record, and claims
that lapse with the clock. Real SQLite file, frozen clock."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.services.outbound import outbox
from app.services.team import collab
from app.services.team import leases as team
from tests.services.conftest import ME, comment

ANNA = "Anna Holm"


def queue(ws, item_id, author, text="Tak, vi ser på det.", **kw):
    with ws.db.session() as s:
        return collab.queue_reply(s, item_id, author, text, **kw)


def replies(ws, item_id):
    with ws.db.session() as s:
        return s.scalar(select(func.count(t.OutboxAction.id)).where(t.OutboxAction.item_id == item_id))


def test_a_colleagues_waiting_answer_stops_a_second_one(ws, demo_account):
    item_id = comment(ws, demo_account)
    queue(ws, item_id, ANNA)
    with pytest.raises(collab.CollisionError) as refused:
        queue(ws, item_id, ME)
    assert refused.value.kind == "answered" and refused.value.colleague == ANNA
    assert str(refused.value) == f"{ANNA} already answered this; the answer is waiting in the outbox."
    assert replies(ws, item_id) == 1


def test_my_own_earlier_answer_is_no_collision(ws, demo_account):
    item_id = comment(ws, demo_account)
    queue(ws, item_id, ME, action="holding_reply")
    with ws.db.session() as s:
        assert collab.find_collision(s, item_id, ME) is None
        assert collab.answer_guard(s, item_id, ANNA) is None     # a holding reply is not "the answer"


def test_answer_anyway_queues_and_is_on_the_record(ws, demo_account):
    item_id = comment(ws, demo_account)
    queue(ws, item_id, ANNA)
    outbox_id = queue(ws, item_id, ME, override=True)
    assert replies(ws, item_id) == 2
    with ws.db.session() as s:
        event = s.scalar(select(t.AuditEvent.details).where(t.AuditEvent.action == "answered_despite_warning",
                                                            t.AuditEvent.outbox_id == outbox_id))
    assert event is not None and ANNA in event


def test_a_discarded_answer_no_longer_collides(ws, demo_account):
    from app.services.outbound import outbox_followup
    item_id = comment(ws, demo_account)
    anna = queue(ws, item_id, ANNA)
    with ws.db.session() as s:
        outbox_followup.discard(s, anna, ANNA)
    assert queue(ws, item_id, ME) > anna


def test_a_colleagues_claim_collides_until_it_lapses(ws, demo_account, fixed_clock):
    item_id = comment(ws, demo_account)
    assert team.claim_item(ws.db, item_id, ANNA, holder="annas-pc", ttl=timedelta(minutes=1)).ok
    assert not team.claim_item(ws.db, item_id, ME, holder="my-pc").ok
    with ws.db.session() as s:
        collision = collab.find_collision(s, item_id, ME)
    assert collision.kind == "claimed" and collision.message == f"{ANNA} is answering this right now."
    with pytest.raises(collab.CollisionError):
        queue(ws, item_id, ME)
    fixed_clock.advance(minutes=2)                       # Anna closed her laptop; the claim lapses
    with ws.db.session() as s:
        assert collab.find_collision(s, item_id, ME) is None
    assert team.claim_item(ws.db, item_id, ME, holder="my-pc").ok
    queue(ws, item_id, ME)
    assert replies(ws, item_id) == 1


def test_an_answer_written_on_the_platform_itself_collides(ws, demo_account):
    item_id = comment(ws, demo_account)
    with ws.db.session() as s:
        item = s.get(t.Item, item_id)
        item.status, item.handled_by = t.STATUS_ANSWERED, "platform"
    with ws.db.session() as s:
        assert collab.answer_guard(s, item_id, ME) == "This was already answered on Facebook itself."


def test_moderation_is_never_held_back_by_the_guard(ws, demo_account):
    item_id = comment(ws, demo_account)
    queue(ws, item_id, ANNA)
    with ws.db.session() as s:
        assert outbox.queue_action(s, item_id, "hide", ME) > 0
