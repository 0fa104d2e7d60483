"""Private replies (a Messenger/Instagram message to a commenter) go through the outbox exactly
once, to the node the login type requires; the fakes refuse a second one and the wrong node."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock as app_clock
from app.errors import UsageError
from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import FakeFacebook, api_base
from tests.fakes.server import FakeServer


def _setup(tmp_path, server, fake):
    ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    info = accounts.add_account(ws, platform="facebook", name="Viborg", token="tok", base_url=api_base(server),
                                external_id=fake.page_id)
    assert sync_account(ws, info.id, sleep=lambda _s: None).ok
    with ws.db.session() as s:
        item_id = s.scalar(select(t.Item.id).where(t.Item.kind == "comment"))
    return ws, item_id


def test_private_reply_is_sent_once_even_when_the_answer_was_lost(tmp_path):
    fake = FakeFacebook(token="tok")
    post = fake.add_post("Affaldsordning")
    comment = fake.add_comment(post, "Mit CPR-nummer er ... hvorfor er min spand ikke tømt?",
                               created=app_clock.now() - timedelta(hours=2))
    lost = {"once": True}

    def lose_the_answer(request):
        if lost.pop("once", False):
            raise RuntimeError("connection reset after the platform stored the message")
    with FakeServer(fake) as server:
        ws, item_id = _setup(tmp_path, server, fake)
        with ws.db.session() as s:
            outbox.queue_action(s, item_id, "private_reply", "Mette Jensen", "Hej! Vi skriver til dig her.",
                                signature="/Mette")
            with pytest.raises(UsageError, match="already has a private reply"):
                outbox.queue_action(s, item_id, "private_reply", "Mette Jensen", "Igen", signature="/Mette")
        fake.on_write = lose_the_answer
        first = outbox.flush(ws)
        assert [r.state for r in first] == ["queued"]            # the answer was lost: try again later
        with ws.db.session() as s:
            s.get(t.OutboxAction, first[0].outbox_id).next_attempt_at = None
        second = outbox.flush(ws)
        assert [r.state for r in second] == ["sent"]
        assert [p["comment_id"] for p in fake.private_replies] == [comment]     # exactly once
        sent = [r for r in fake.requests if r.method == "POST" and r.path.endswith(f"/{fake.page_id}/messages")]
        assert sent and all('"comment_id"' in r.form["recipient"] for r in sent)
        with ws.db.session() as s:
            assert s.get(t.Item, item_id).status == t.STATUS_ANSWERED
        ws.close()


def test_private_reply_only_within_seven_days(tmp_path):
    fake = FakeFacebook(token="tok")
    post = fake.add_post("Affaldsordning", created=app_clock.now() - timedelta(days=9))
    fake.add_comment(post, "Gammel kommentar", created=app_clock.now() - timedelta(days=8))
    with FakeServer(fake) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        info = accounts.add_account(ws, platform="facebook", name="Viborg", token="tok", base_url=api_base(server),
                                    external_id=fake.page_id)
        from app.services import platform_options  # noqa: F401 - settings module importable here
        sync_account(ws, info.id, sleep=lambda _s: None)
        with ws.db.session() as s:
            item_id = s.scalar(select(t.Item.id).where(t.Item.kind == "comment"))
            if item_id is None:
                pytest.skip("the look-back horizon did not reach the old comment")
            with pytest.raises(UsageError, match="7 days"):
                outbox.queue_action(s, item_id, "private_reply", "Mette Jensen", "Hej", signature="/Mette")
        assert fake.private_replies == []
        ws.close()
