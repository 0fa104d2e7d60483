"""Quitting with unsent actions asks, keeps them by default, and loses nothing."""
from sqlalchemy import select

from app.models import tables as t
from app.services.outbound import outbox


def queue_offline_reply(ws):
    """A reply waiting in the outbox, as if written on a train."""
    with ws.db.session() as s:
        item = s.scalar(select(t.Item).where(t.Item.status == t.STATUS_NEW, t.Item.kind == "comment",
                                             t.Item.can_reply.is_(True)).order_by(t.Item.id))
        outbox_id = outbox.queue_action(s, item.id, "reply", ws.user, "Hej! Tak for beskeden.",
                                        signature="/Mette, Kommunikation")
        return outbox_id, item.id


def test_keep_is_the_answer_that_keeps(make_window, ws):
    window = make_window()
    outbox_id, _ = queue_offline_reply(ws)
    asked = []
    window.ask_pending_on_quit = lambda count: asked.append(count) or "keep"
    window.close()
    assert asked == [1] and not window.isVisible()
    with ws.db.session() as s:
        assert s.get(t.OutboxAction, outbox_id).state == t.OUTBOX_QUEUED


def test_cancel_keeps_the_window_open(make_window, ws):
    window = make_window()
    queue_offline_reply(ws)
    window.ask_pending_on_quit = lambda count: "cancel"
    window.close()
    assert window.isVisible()
    window.ask_pending_on_quit = lambda count: "keep"


def test_discard_puts_items_back(make_window, ws):
    window = make_window()
    outbox_id, item_id = queue_offline_reply(ws)
    window.ask_pending_on_quit = lambda count: "discard"
    window.close()
    with ws.db.session() as s:
        assert s.get(t.OutboxAction, outbox_id).state == t.OUTBOX_DISCARDED
        item = s.get(t.Item, item_id)
        assert item.status == t.STATUS_NEW and item.due_at is not None


def test_no_question_without_unsent_actions(make_window):
    window = make_window()
    window.ask_pending_on_quit = lambda count: (_ for _ in ()).throw(AssertionError("asked"))
    window.close()
    assert not window.isVisible()
