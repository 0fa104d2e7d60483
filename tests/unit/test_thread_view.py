"""The conversation shows our reply once, whether it is still in the outbox or already
synced back from the platform."""
from sqlalchemy import select

from app.models import tables as t
from app.services.inbound import inbox
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox
from app.services.workspace import open_workspace

TEXT = "Hej! Tak for beskeden, vi ser på det i dag."


def ours(view):
    return [m for m in view.messages if TEXT in m.text]


def test_reply_shown_once_before_and_after_it_comes_back(tmp_path):
    ws = open_workspace(str(tmp_path), demo=True, user="Mette Jensen")
    try:
        with ws.db.session() as s:
            item = s.scalar(select(t.Item).where(t.Item.status == t.STATUS_NEW, t.Item.kind == "comment",
                                                 t.Item.can_reply.is_(True), t.Item.has_id_number.is_(False))
                            .order_by(t.Item.id))
            item_id, account_id = item.id, item.account_id
            outbox.queue_action(s, item_id, "reply", "Mette Jensen", TEXT, signature="/Mette")
        with ws.db.session() as s:
            waiting = ours(inbox.thread_view(s, item_id))
        assert len(waiting) == 1 and waiting[0].outbox_state == t.OUTBOX_QUEUED
        assert [r.state for r in outbox.flush(ws)] == ["sent"]
        assert sync_account(ws, account_id, force=True).ok        # the platform hands our reply back
        with ws.db.session() as s:
            assert s.scalar(select(t.Item.id).where(t.Item.status == t.STATUS_OWN,
                                                    t.Item.parent_external_id == item.external_id))
            shown = ours(inbox.thread_view(s, item_id))
        assert len(shown) == 1 and shown[0].via == "svarbox" and shown[0].sent_by == "Mette Jensen"
    finally:
        ws.close()
