"""Instagram beyond comments: direct messages (Messenger API for Instagram, 24-hour window,
HUMAN_AGENT for 7 days where the account has it) and media the account is tagged in, as inbox
items, against a fake that refuses what Instagram refuses."""
import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock as app_clock
from app.connectors.base import ConnectorConfig, ConnectorError, ItemKind, Permanent, PermissionMissing, Target
from app.connectors.instagram import InstagramConnector
from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts, attachments
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import FakeInstagram, api_base
from tests.fakes.server import FakeServer


def _ago(**delta):
    return app_clock.now().replace(microsecond=0) - timedelta(**delta)


def connector(fake, server, **extra) -> InstagramConnector:
    return InstagramConnector(ConnectorConfig(fake.user_id, "tok", base_url=api_base(server), handle=fake.username,
                                              extra=extra))


def test_tagged_media_are_mentions_without_reply():
    fake = FakeInstagram(token="tok")
    tagged = fake.add_tagged_media("Se hvor flot legepladsen er blevet @aarby_kommune 🛝", created=_ago(hours=2))
    with FakeServer(fake) as server:
        items = [i for p in connector(fake, server).fetch(None) for i in p.items]
        fake.can_read_tags = False
        with pytest.raises(ConnectorError) as err:
            list(connector(fake, server).fetch(None))
        assert isinstance(err.value, PermissionMissing)
    [item] = items
    assert (item.external_id, item.kind, item.author_name, item.can_reply) == (tagged, ItemKind.MENTION, "borger.anna", False)  # noqa: E501
    assert [(a.kind, a.image_url) for a in item.attachments] == [("photo", "https://scontent.cdninstagram.com/t.jpg")]


def test_dms_need_the_linked_page_with_facebook_login():
    fake = FakeInstagram(token="tok")
    conv = fake.add_dm_conversation()
    fake.add_dm(conv, "Hej, hvornår åbner svømmehallen igen?", created=_ago(hours=1))
    with FakeServer(fake) as server:
        # No Page id: direct messages are not read (the account's node is refused for them).
        assert [i for p in connector(fake, server).fetch(None) for i in p.items if i.kind == ItemKind.MESSAGE] == []
        wrong = InstagramConnector(ConnectorConfig(fake.user_id, "tok", base_url=api_base(server),
                                                   extra={"page_id": "999"}))
        with pytest.raises(Permanent):
            list(wrong.fetch(None))
        items = [i for p in connector(fake, server, page_id=fake.linked_page_id).fetch(None) for i in p.items]
    [dm] = [i for i in items if i.kind == ItemKind.MESSAGE]
    assert dm.thread_external_id == conv and dm.author_id == "17841400000000001" and not dm.is_own


def _workspace(tmp_path, server, fake, options: dict):
    ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    info = accounts.add_account(ws, platform="instagram", name="Aarby IG", token="tok", base_url=api_base(server),
                                external_id=fake.user_id, handle=fake.username)
    with ws.db.session() as s:
        s.get(t.Account, info.id).options = json.dumps(options)
    assert sync_account(ws, info.id, sleep=lambda _s: None).ok
    return ws, info.id


def test_dm_answered_within_24_hours_and_refused_after(tmp_path):
    fake = FakeInstagram(token="tok")
    fresh = fake.add_dm_conversation()
    fake.add_dm(fresh, "Kan I sende mig et link til tilmeldingen?", created=_ago(hours=3),
                attachments=[{"mime_type": "image/jpeg", "image_data": {"url": "https://lookaside.fbsbx.com/x.jpg"}}])
    old = fake.add_dm_conversation(igsid="17841400000000002", username="borger.bo")
    fake.add_dm(old, "Hvorfor svarer I ikke?", created=_ago(hours=30))
    with FakeServer(fake) as server:
        ws, _account = _workspace(tmp_path, server, fake, {"page_id": fake.linked_page_id})
        with ws.db.session() as s:
            msgs = {i.author_name: i for i in s.scalars(select(t.Item).where(t.Item.kind == "message"))}
            assert set(msgs) == {"anna.jensen", "borger.bo"}
            assert attachments.summary(msgs["anna.jensen"].text, msgs["anna.jensen"].attachments).startswith("Kan I")
            assert attachments.parse(msgs["anna.jensen"].attachments)[0]["kind"] == "photo"
            fresh_id, old_id = msgs["anna.jensen"].id, msgs["borger.bo"].id
            outbox.queue_action(s, fresh_id, "reply", "Mette Jensen", "Hej Anna, her er linket: aarby.dk/svoem",
                                signature="/Mette")
            assert any("24-hour" in p for p in outbox.validate_reply(s, old_id, "Hej Bo\n/Mette"))
        assert [r.state for r in outbox.flush(ws)] == ["sent"]
        sent = [m for m in fake.dms_in(fresh) if m["from"]["id"] == fake.user_id]
        assert sent and sent[0]["message"].startswith("Hej Anna")
        post = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")][-1]
        assert post.path.endswith(f"/{fake.linked_page_id}/messages") and post.form["messaging_type"] == "RESPONSE"
        ws.close()


def test_dm_after_24_hours_needs_the_human_agent_tag(tmp_path):
    fake = FakeInstagram(token="tok")
    conv = fake.add_dm_conversation()
    fake.add_dm(conv, "Hej igen, jeg venter stadig på svar om min ansøgning", created=_ago(hours=30))
    with FakeServer(fake) as server:
        target = None
        items = [i for p in connector(fake, server, page_id=fake.linked_page_id).fetch(None) for i in p.items]
        [dm] = [i for i in items if i.kind == ItemKind.MESSAGE]
        target = Target(dm.external_id, dm.thread_external_id, dm.kind, author_id=dm.author_id)
        with pytest.raises(Permanent, match="24-hour"):
            connector(fake, server, page_id=fake.linked_page_id).reply(target, "Hej")
        # The tag without the permission: Instagram refuses it.
        tagged = connector(fake, server, page_id=fake.linked_page_id, human_agent=True)
        with pytest.raises(ConnectorError):
            tagged.reply(target, "Hej, vi beklager ventetiden.")
        fake.human_agent_approved = True
        sent = tagged.reply(target, "Hej, vi beklager ventetiden.")
        post = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")][-1]
        assert post.form["tag"] == "HUMAN_AGENT" and sent.external_id
        assert tagged.find_own_reply(target, "Hej, vi beklager ventetiden.", _ago(minutes=5)) == sent.external_id
