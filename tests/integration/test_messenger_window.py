"""Messenger's own reply window: 24 hours, or 7 days for a Page approved for the human-agent
tag, which then goes with every answer."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock as app_clock
from app.errors import UsageError
from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts, outbox
from app.services.sync import sync_account
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
