"""Connecting Facebook with the token people actually have: a User token is turned into the Page's
never-expiring token before it reaches the keychain; a short-lived one is refused in words."""
import pytest

from app.errors import KnownError
from app.secrets import MemoryStore
from app.services import accounts
from app.services.sync import sync_account
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import FakeFacebook, api_base
from tests.fakes.server import FakeServer


def test_long_lived_user_token_is_stored_as_the_page_token(tmp_path):
    fb = FakeFacebook(token="page-token")
    fb.add_user_token("user-long", long_lived=True)
    fb.add_comment(fb.add_post("Vejarbejde på Torvet"), "Hvornår er I færdige?")
    with FakeServer(fb) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        info = accounts.add_account(ws, platform="facebook", name="Viborg", token="user-long",
                                    base_url=api_base(server), external_id=fb.page_id)
        stored = set(ws.credentials._data.values())
        assert "user-long" not in stored and stored == {f"page-token-from-user-long"}
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        ws.close()


def test_short_lived_token_is_refused_and_nothing_is_saved(tmp_path):
    fb = FakeFacebook(token="page-token")
    fb.add_user_token("user-short", long_lived=False)
    with FakeServer(fb) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        with pytest.raises(KnownError, match="long-lived User token"):
            accounts.add_account(ws, platform="facebook", name="Viborg", token="user-short",
                                 base_url=api_base(server), external_id=fb.page_id)
        assert accounts.list_accounts(ws) == [] and ws.credentials._data == {}
        ws.close()
