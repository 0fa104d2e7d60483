"""Connecting an Instagram account made with Instagram Login: the connect check runs with the
account's ``login`` option, so the identity is ``user_id`` (not /me's app-scoped ``id``), and the
token's age is recorded for its renewal."""
import json

from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import FakeInstagram, api_base
from tests.fakes.server import FakeServer


def test_instagram_login_account_is_known_by_user_id_from_the_connect_check(tmp_path):
    ig = FakeInstagram(token="IGlong")
    ig.instagram_login = True
    with FakeServer(ig) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        try:
            info = accounts.add_account(ws, platform="instagram", name="Biblioteket", token="IGlong",
                                        base_url=api_base(server), options={
                                            "login": "instagram", "token_obtained_at": "2026-12-01T09:00:00+00:00"})
            with ws.db.session() as s:
                account = s.get(t.Account, info.id)
                external_id, handle, options = account.external_id, account.handle, json.loads(account.options)
            assert external_id == ig.user_id != ig.app_scoped_id and handle == ig.username
            assert options == {"login": "instagram", "token_obtained_at": "2026-12-01T09:00:00+00:00"}
            assert any(r.path.endswith("/me") and "user_id" in r.args.get("fields", "") for r in ig.requests)
        finally:
            ws.close()
