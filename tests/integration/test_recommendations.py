"""Facebook Page recommendations (the ratings edge) as inbox items: read with the Page token,
answered with a comment on the recommendation's story, refused as the real API refuses."""
from datetime import timedelta

from sqlalchemy import select

from app import clock as app_clock
from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import FakeFacebook, api_base
from tests.fakes.server import FakeServer


def _ago(minutes):
    return app_clock.now().replace(microsecond=0) - timedelta(minutes=minutes)


def test_recommendations_are_items_and_are_answered_on_their_story(tmp_path):
    fb = FakeFacebook(token="tok")
    story = fb.add_rating("Sagsbehandlingen af min byggesag tog 9 måneder. Ingen svarede på mails.",
                          "negative", created=_ago(90))
    fb.add_rating(None, "positive", created=_ago(80), reviewer={"id": "777", "name": "Jens Holm"})
    with FakeServer(fb) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        info = accounts.add_account(ws, platform="facebook", name="Viborg", token="tok",
                                    base_url=api_base(server), external_id=fb.page_id)
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        with ws.db.session() as s:
            items = {i.external_id: i for i in s.scalars(select(t.Item).where(t.Item.kind == "review"))}
            assert set(items) == {r["story_id"] for r in fb.ratings}
            item = items[story]
            assert item.text.startswith("Sagsbehandlingen") and item.author_name == "Anna Jensen"
            assert item.status == "new" and item.due_at is not None
            assert s.get(t.Thread, item.thread_id).text == "👎"
            item_id = item.id
        # The recommendations are not posts of the feed.
        assert not any(r.path.endswith(f"/{story}/comments") and r.method == "GET" for r in fb.requests)
        with ws.db.session() as s:
            outbox.queue_action(s, item_id, "reply", "Mette Jensen",
                                "Kære Anna, det er vi kede af. Skriv til byggesag@viborg.dk, så ser vi på det.",
                                signature="/Mette")
        assert [r.state for r in outbox.flush(ws)] == ["sent"]
        assert [c["message"] for c in fb.replies_to(story, own_only=True)][0].startswith("Kære Anna")
        ws.close()


def test_user_token_and_missing_permission_are_refused(tmp_path):
    import pytest

    from app.connectors.base import ConnectorConfig, ConnectorError, PermissionMissing
    from app.connectors.facebook import FacebookConnector

    fb = FakeFacebook(token="tok")
    fb.add_rating("Fin service", "positive", created=_ago(30))
    fb.can_read_ratings = False
    with FakeServer(fb) as server:
        connector = FacebookConnector(ConnectorConfig(fb.page_id, "tok", base_url=api_base(server)))
        with pytest.raises(ConnectorError) as err:
            list(connector.fetch(None))
        assert isinstance(err.value, PermissionMissing)
        # Turned off for a Page whose token cannot read them: the rest of the sync goes on.
        connector = FacebookConnector(ConnectorConfig(fb.page_id, "tok", base_url=api_base(server),
                                                      extra={"ratings": False}))
        assert [i for p in connector.fetch(None) for i in p.items] == []
