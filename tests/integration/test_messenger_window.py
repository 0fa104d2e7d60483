"""Messenger's own reply window: 24 hours, or 7 days for a Page approved for the human-agent
tag, which then goes with every answer."""
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


def setup(tmp_path, server, fake, human_agent: bool):
    ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    info = accounts.add_account(ws, platform="facebook", name="Viborg", token="tok", base_url=api_base(server),
                                external_id=fake.page_id)
    if human_agent:
        with ws.db.session() as s:
            s.get(t.Account, info.id).options = '{"human_agent": true}'
    assert sync_account(ws, info.id, sleep=lambda _s: None).ok
    with ws.db.session() as s:
        item_id = s.scalar(select(t.Item.id).where(t.Item.kind == "message"))
    return ws, item_id


@pytest.mark.parametrize("human_agent", [False, True])
def test_window_and_tag(tmp_path, human_agent):
    fake = FakeFacebook(token="tok")
    conv = fake.add_conversation()
    fake.add_message(conv, "Hej, hvornår får jeg svar på min ansøgning om boligstøtte?",
                     created=app_clock.now().replace(microsecond=0) - timedelta(hours=30))
    fake.human_agent_approved = human_agent
    with FakeServer(fake) as server:
        ws, item_id = setup(tmp_path, server, fake, human_agent)
        with ws.db.session() as s:
            problems = outbox.validate_reply(s, item_id, "Hej! Vi ser på det.\n/Mette")
        if not human_agent:
            assert any("24-hour" in p for p in problems)
            with pytest.raises(UsageError, match="24-hour"):
                with ws.db.session() as s:
                    outbox.queue_action(s, item_id, "reply", "Mette Jensen", "Hej! Vi ser på det.",
                                        signature="/Mette")
            return
        assert not [p for p in problems if "window" in p]
        with ws.db.session() as s:
            outbox.queue_action(s, item_id, "reply", "Mette Jensen", "Hej! Vi ser på det.", signature="/Mette")
        assert [r.state for r in outbox.flush(ws)] == ["sent"]
        sent = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")]
        assert sent[-1].form["messaging_type"] == "MESSAGE_TAG" and sent[-1].form["tag"] == "HUMAN_AGENT"
        ws.close()



def test_window_counts_from_the_latest_citizen_message(tmp_path):
    """An older message selected in a conversation the citizen wrote in again an hour ago: the
    24-hour window is open (counted from the latest), and the send is a plain RESPONSE."""
    fake = FakeFacebook(token="tok")
    conv = fake.add_conversation()
    now = app_clock.now().replace(microsecond=0)
    fake.add_message(conv, "Første spørgsmål", created=now - timedelta(hours=40))
    fake.add_message(conv, "Er der nogen?", created=now - timedelta(hours=1))
    with FakeServer(fake) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        info = accounts.add_account(ws, platform="facebook", name="Viborg", token="tok", base_url=api_base(server),
                                    external_id=fake.page_id)
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        with ws.db.session() as s:
            older = s.scalar(select(t.Item.id).where(t.Item.text == "Første spørgsmål"))
            assert not [p for p in outbox.validate_reply(s, older, "Hej!\n/Mette") if "window" in p]
            outbox.queue_action(s, older, "reply", "Mette Jensen", "Hej! Vi ser på det.", signature="/Mette")
        assert [r.state for r in outbox.flush(ws)] == ["sent"]
        sent = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")][-1]
        assert sent.form["messaging_type"] == "RESPONSE" and "tag" not in sent.form
        ws.close()


def test_fake_refuses_sends_outside_the_window_and_unapproved_tags(tmp_path):
    """The connector would not send these; the fake still says no, as Messenger does."""
    import json as _json

    import requests
    fake = FakeFacebook(token="tok")
    conv = fake.add_conversation()
    fake.add_message(conv, "Hej", created=app_clock.now() - timedelta(hours=30))
    psid = fake.conversations[conv]["psid"]
    with FakeServer(fake) as server:
        def send(**form):
            return requests.post(f"{api_base(server)}/{fake.page_id}/messages", timeout=10,
                                 headers={"Authorization": "Bearer tok"},
                                 data={"recipient": _json.dumps({"id": psid}),
                                       "message": _json.dumps({"text": "Hej"}), **form}).json()
        assert send(messaging_type="RESPONSE")["error"]["error_subcode"] == 2018278
        assert send(messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")["error"]["code"] == 10   # not approved
        fake.human_agent_approved = True
        assert "message_id" in send(messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")


def test_connector_refuses_after_24_hours_without_the_tag(tmp_path):
    from app.connectors.base import ConnectorConfig, ItemKind, Permanent, Target
    from app.connectors.facebook import FacebookConnector
    fake = FakeFacebook(token="tok")
    conv = fake.add_conversation()
    fake.add_message(conv, "Hej", created=app_clock.now() - timedelta(hours=30))
    psid = fake.conversations[conv]["psid"]
    with FakeServer(fake) as server:
        connector = FacebookConnector(ConnectorConfig(fake.page_id, "tok", base_url=api_base(server)))
        with pytest.raises(Permanent) as info:
            connector.reply(Target("m_1", conv, ItemKind.MESSAGE, author_id=psid), "Hej")
        assert info.value.code == "outside-window"
        assert not [r for r in fake.requests if r.method == "POST"]


def test_reply_window_of_a_plain_row_does_not_need_a_session():
    from types import SimpleNamespace
    at = app_clock.now()
    row = SimpleNamespace(kind="message", received_at=at, thread_id=1)
    assert outbox.reply_window(row) == (at + timedelta(hours=24), at + timedelta(days=7))


@pytest.mark.parametrize("human_agent", [False, True])
def test_list_and_conversation_rows_know_the_7_day_window(tmp_path, human_agent):
    from app.services.inbound import inbox
    from app.ui.widgets.countdown import platform_window_text

    fake = FakeFacebook(token="tok")
    conv = fake.add_conversation()
    fake.add_message(conv, "Hej, hvornår får jeg svar på min ansøgning om boligstøtte?",
                     created=app_clock.now().replace(microsecond=0) - timedelta(hours=30))
    fake.human_agent_approved = human_agent
    with FakeServer(fake) as server:
        ws, item_id = setup(tmp_path, server, fake, human_agent)
        with ws.db.session() as s:
            row = inbox.rows_by_ids(s, [item_id])[0]
            view = inbox.thread_view(s, item_id)
        assert row.human_agent is human_agent and view.item.human_agent is human_agent
        text, warn = platform_window_text(app_clock.now(), row, "UTC")
        if human_agent:
            assert "7 days" in text and not text.startswith("Messenger's reply window closed")
        else:
            assert "closed" in text and warn
        ws.close()
